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

DataError::DataError(std::string source, std::string where, std::string problem, Place place)
    : Error(data_error_message(source, where, problem, place)),
      source_(std::move(source)),
      where_(std::move(where)),
      problem_(std::move(problem)),
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
