// The library's error types: one root, a subclass per kind of failure.
// Each carries the place it concerns so that a message can say where and what.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Root of every error the library throws on purpose.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What a ParseError expected, in English (for the message) and in Swedish (for the
// coordinator): {"three numbers such as \"1.1.5\"", "tre tal som \"1.1.5\""}.
struct ExpectedText {
    std::string english;
    std::string swedish;
};

// A piece of text (an id, a period, an agency phrase ...) is not in its expected form.
class ParseError : public Error {
public:
    // With `did_you_mean`, the message ends: `; did you mean "…"?`. The expected form in
    // English only (swedish_expected() is then empty).
    ParseError(std::string what_kind, std::string input, std::string expected,
               std::optional<std::string> did_you_mean = std::nullopt);
    // The expected form in both languages.
    ParseError(std::string what_kind, std::string input, ExpectedText expected,
               std::optional<std::string> did_you_mean = std::nullopt);
    const std::string& kind() const noexcept { return kind_; }
    const std::string& input() const noexcept { return input_; }
    const std::string& expected() const noexcept { return expected_; }
    // What was expected, in Swedish ("tre tal som \"1.1.5\""); empty where not worded.
    const std::string& swedish_expected() const noexcept { return swedish_expected_; }
    // The accepted word nearest to the input, where one is near.
    const std::optional<std::string>& did_you_mean() const noexcept { return did_you_mean_; }

private:
    std::string kind_, input_, expected_, swedish_expected_;
    std::optional<std::string> did_you_mean_;
};

// A ParseError in Swedish, as the coordinator reads it: the kind's word ("ogiltigt
// åtgärdsnummer" for "measure id"), the input in quotes, what was expected (`: ska vara tre tal
// som "1.1.5"`, where the error has it in Swedish) and `; menade du "…"?` where one is near.
// A kind without a Swedish word keeps the English message.
std::string swedish_parse_problem(const ParseError& error);
// "ogiltigt åtgärdsnummer" for the kind "measure id"; empty for a kind without a word.
std::string_view parse_kind_word(std::string_view kind) noexcept;

// A value breaks an invariant of the model (a period ending before it starts, an empty title ...).
// Where the core words the invariant in Swedish too, swedish() gives it (a coordinator reads it
// when a file breaks it); otherwise swedish() is empty.
class InvalidValue : public Error {
public:
    using Error::Error;
    InvalidValue(const std::string& message, std::string swedish)
        : Error(message), swedish_(std::move(swedish)) {}
    const std::string& swedish() const noexcept { return swedish_; }

private:
    std::string swedish_;
};

// A plan file (or JSON text) is malformed: syntax, a wrong type, a missing or unknown field.
// `where` is "line L, column C" for syntax errors, otherwise a JSON path such as
// "/reports/0/measures/3/period". Where the text is known, the error also carries the line and
// column of the offending value, and in a report or a measure that context ("report 2021,
// measure 1.3.3") and the field within it ("status.kind"); the message then reads
// `plan.json:300:24: report 2021, measure 1.3.3, status.kind: <problem> (at <JSON path>)`.
struct DataPlace {
    std::size_t line = 0;  // 1-based; 0 where unknown
    std::size_t column = 0;
    std::string context;  // "report 2021, measure 1.3.3", or empty
    std::string field;    // "status.kind", or empty
};

class DataError : public Error {
public:
    using Place = DataPlace;

    // `swedish_problem` is the problem as a coordinator reads it; empty where the core has no
    // Swedish words for it (swedish_problem() then gives `problem`).
    DataError(std::string source, std::string where, std::string problem, Place place = {},
              std::string swedish_problem = {});
    const std::string& source() const noexcept { return source_; }
    const std::string& where() const noexcept { return where_; }
    const std::string& problem() const noexcept { return problem_; }
    // The problem in Swedish ("en text väntades, ett heltal hittades"), worded where it is found.
    const std::string& swedish_problem() const noexcept {
        return swedish_problem_.empty() ? problem_ : swedish_problem_;
    }
    std::size_t line() const noexcept { return place_.line; }
    std::size_t column() const noexcept { return place_.column; }
    const std::string& context() const noexcept { return place_.context; }
    const std::string& field() const noexcept { return place_.field; }

private:
    std::string source_, where_, problem_, swedish_problem_;
    Place place_;
};

// Something asked for by key does not exist: a report year, a measure id, an agency.
class NotFound : public Error {
public:
    // With `did_you_mean`, the message ends: `; did you mean "…"?`.
    NotFound(std::string what_kind, std::string key,
             std::optional<std::string> did_you_mean = std::nullopt);
    const std::string& key() const noexcept { return key_; }
    // The known key nearest to the one asked for, where one is near.
    const std::optional<std::string>& did_you_mean() const noexcept { return did_you_mean_; }

private:
    std::string key_;
    std::optional<std::string> did_you_mean_;
};

// An edit would break a rule of the plan (a reused number, a completed measure brought back ...).
class RuleViolation : public Error {
public:
    using Error::Error;
};

// The file system refused: the file is missing, unreadable, or cannot be written; or the library
// refuses the file (not a regular file, too large). `reason` is strerror(error_number) unless
// given.
class FileError : public Error {
public:
    FileError(std::string path, int error_number, const std::string& action);
    FileError(std::string path, int error_number, const std::string& action, std::string reason);
    const std::string& path() const noexcept { return path_; }
    int error_number() const noexcept { return errno_; }
    const std::string& reason() const noexcept { return reason_; }

private:
    std::string path_;
    int errno_;
    std::string reason_;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
