#include "handlingsplan/errors.hpp"

#include <cstring>

namespace handlingsplan {

ParseError::ParseError(std::string what_kind, std::string input, std::string expected)
    : Error("invalid " + what_kind + " \"" + input + "\": expected " + expected),
      kind_(std::move(what_kind)),
      input_(std::move(input)),
      expected_(std::move(expected)) {}

DataError::DataError(std::string source, std::string where, std::string problem)
    : Error(source + ": " + (where.empty() ? std::string() : where + ": ") + problem),
      source_(std::move(source)),
      where_(std::move(where)),
      problem_(std::move(problem)) {}

NotFound::NotFound(std::string what_kind, std::string key)
    : Error("no " + what_kind + " " + key), key_(std::move(key)) {}

FileError::FileError(std::string path, int error_number, const std::string& action)
    : Error("cannot " + action + " " + path + ": " + std::strerror(error_number)),
      path_(std::move(path)),
      errno_(error_number) {}

}  // namespace handlingsplan
