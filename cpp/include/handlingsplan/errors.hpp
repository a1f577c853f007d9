// The library's error types: one root, a subclass per kind of failure.
// Each carries the place it concerns so that a message can say where and what.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace handlingsplan {

// Root of every error the library throws on purpose.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A piece of text (an id, a period, an agency phrase ...) is not in its expected form.
class ParseError : public Error {
public:
    ParseError(std::string what_kind, std::string input, std::string expected);
    const std::string& kind() const noexcept { return kind_; }
    const std::string& input() const noexcept { return input_; }
    const std::string& expected() const noexcept { return expected_; }

private:
    std::string kind_, input_, expected_;
};

// A value breaks an invariant of the model (a period ending before it starts, an empty title ...).
class InvalidValue : public Error {
public:
    using Error::Error;
};

// A plan file (or JSON text) is malformed: syntax, a wrong type, a missing or unknown field.
// `where` is "line L, column C" for syntax errors, otherwise a JSON path such as
// "/reports/0/measures/3/period".
class DataError : public Error {
public:
    DataError(std::string source, std::string where, std::string problem);
    const std::string& source() const noexcept { return source_; }
    const std::string& where() const noexcept { return where_; }
    const std::string& problem() const noexcept { return problem_; }

private:
    std::string source_, where_, problem_;
};

// Something asked for by key does not exist: a report year, a measure id, an agency.
class NotFound : public Error {
public:
    NotFound(std::string what_kind, std::string key);
    const std::string& key() const noexcept { return key_; }

private:
    std::string key_;
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
