#include "handlingsplan/errors.hpp"

#include <cstring>

#include "utf8.hpp"

namespace handlingsplan {

ParseError::ParseError(std::string what_kind, std::string input, std::string expected)
    : Error("invalid " + what_kind + " \"" + input + "\": expected " + expected),
      kind_(std::move(what_kind)),
      input_(std::move(input)),
      expected_(std::move(expected)) {}

DataError::DataError(std::string source, std::string where, std::string problem)
    // The source is shown readable: a NUL or a control character in it must not cut the message.
    : Error(detail::readable(source, 1000) + ": " + (where.empty() ? std::string() : where + ": ") +
            problem),
      source_(std::move(source)),
      where_(std::move(where)),
      problem_(std::move(problem)) {}

NotFound::NotFound(std::string what_kind, std::string key)
    : Error("no " + what_kind + " " + key), key_(std::move(key)) {}

FileError::FileError(std::string path, int error_number, const std::string& action)
    : FileError(std::move(path), error_number, action, std::strerror(error_number)) {}

FileError::FileError(std::string path, int error_number, const std::string& action, std::string reason)
    : Error("cannot " + action + " " + detail::readable(path.empty() ? "\"\"" : path, 1000) + ": " +
            reason),
      path_(std::move(path)),
      errno_(error_number),
      reason_(std::move(reason)) {}

}  // namespace handlingsplan
