#include "handlingsplan/errors.hpp"

#include <cstring>

#include "utf8.hpp"

namespace handlingsplan {

ParseError::ParseError(std::string what_kind, std::string input, std::string expected,
                       std::optional<std::string> did_you_mean)
    : Error("invalid " + what_kind + " \"" + input + "\": expected " + expected +
            (did_you_mean ? "; did you mean \"" + *did_you_mean + "\"?" : std::string())),
      kind_(std::move(what_kind)),
      input_(std::move(input)),
      expected_(std::move(expected)),
      did_you_mean_(std::move(did_you_mean)) {}

ParseError::ParseError(std::string what_kind, std::string input, ExpectedText expected,
                       std::optional<std::string> did_you_mean)
    : ParseError(std::move(what_kind), std::move(input), std::move(expected.english),
                 std::move(did_you_mean)) {
    swedish_expected_ = std::move(expected.swedish);
}

std::string_view parse_kind_word(std::string_view kind) noexcept {
    struct Word {
        std::string_view kind, word;
    };
    static constexpr Word words[] = {
        {"agency phrase", "ogiltig myndighetsfras"},
        {"measure id", "ogiltigt åtgärdsnummer"},
        {"objective id", "ogiltigt målsättningsnummer"},
        {"period", "ogiltig period"},
        {"role", "ogiltig roll"},
        {"status", "ogiltig status"},
        {"status text", "ogiltig status"},
        {"date", "ogiltigt datum"},
        {"case number", "ogiltigt diarienummer"},
        {"assignment page", "ingen uppdragssida"},
        {"assignment role", "ogiltig roll i uppdraget"},
        {"activity state", "ogiltigt läge för aktiviteten"},
        {"change", "ogiltig ändring"},
        {"changed part", "ogiltig ändrad del"},
        {"chapter block kind", "ogiltigt slags kapitelstycke"},
        {"chapter marking", "ogiltig kapitelmarkering"},
        {"date bound", "ogiltig datumgräns"},
        {"date precision", "ogiltig datumprecision"},
        {"event kind", "ogiltigt slags händelse"},
        {"field", "ogiltigt fält"},
        {"id style", "ogiltigt sätt att skriva nummer"},
        {"form event", "ogiltig formulärhändelse"},
        {"kind of case number", "ogiltigt slags diarienummer"},
        {"report form", "ogiltig redovisningsform"},
        {"report stage", "ogiltigt redovisningsskede"},
        {"report state", "ogiltigt läge för redovisningen"},
    };
    for (const auto& w : words) {
        if (w.kind == kind) return w.word;
    }
    return {};
}

std::string swedish_parse_problem(const ParseError& error) {
    const std::string_view word = parse_kind_word(error.kind());
    if (word.empty()) return error.what();
    std::string text = std::string(word) + " \"" + error.input() + "\"";
    if (!error.swedish_expected().empty()) text += ": ska vara " + error.swedish_expected();
    if (error.did_you_mean()) text += "; menade du \"" + *error.did_you_mean() + "\"?";
    return text;
}

namespace {

std::string data_error_message(const std::string& source, const std::string& where,
                               const std::string& problem, const DataError::Place& place) {
    // The source is shown readable: a NUL or a control character in it must not cut the message.
    const std::string shown = detail::readable(source, 1000);
    if (place.line == 0) {
        return shown + ": " + (where.empty() ? std::string() : where + ": ") + problem;
    }
    std::string message =
        shown + ":" + std::to_string(place.line) + ":" + std::to_string(place.column) + ": ";
    if (!place.context.empty()) message += place.context + ", ";
    if (!place.field.empty()) message += place.field + ": ";
    message += problem;
    // The JSON path, for tools; a syntax error's place is the line and column said already.
    if (where.starts_with('/')) message += " (at " + where + ")";
    return message;
}

}  // namespace

DataError::DataError(std::string source, std::string where, std::string problem, Place place,
                     std::string swedish_problem)
    : Error(data_error_message(source, where, problem, place)),
      source_(std::move(source)),
      where_(std::move(where)),
      problem_(std::move(problem)),
      swedish_problem_(std::move(swedish_problem)),
      place_(std::move(place)) {}

NotFound::NotFound(std::string what_kind, std::string key, std::optional<std::string> did_you_mean)
    : Error("no " + what_kind + " " + key +
            (did_you_mean ? "; did you mean \"" + *did_you_mean + "\"?" : std::string())),
      key_(std::move(key)),
      did_you_mean_(std::move(did_you_mean)) {}

FileError::FileError(std::string path, int error_number, const std::string& action)
    : FileError(std::move(path), error_number, action, std::strerror(error_number)) {}

FileError::FileError(std::string path, int error_number, const std::string& action,
                     std::string reason)
    : Error("cannot " + action + " " + detail::readable(path.empty() ? "\"\"" : path, 1000) + ": " +
            reason),
      path_(std::move(path)),
      errno_(error_number),
      reason_(std::move(reason)) {}

}  // namespace handlingsplan
