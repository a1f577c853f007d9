// Plan files: JSON in the documented format (data/FORMAT.md, data/handlingsplan.schema.json).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "handlingsplan/plan.hpp"

namespace handlingsplan {

inline constexpr int schema_version = 1;

// Parses a plan from JSON text. Every problem throws DataError naming `source`, the place
// (line and column for a syntax error, the JSON path otherwise) and what was expected.
Plan plan_from_json(std::string_view text, const std::string& source = "<text>");

// The canonical text of a plan: stable key and measure order, two-space indentation, UTF-8
// written as is, a final newline. The same plan always gives the same bytes.
std::string plan_to_json(const Plan& plan);

// Reads a plan file; FileError if it cannot be read, DataError if it is malformed.
Plan load_plan(const std::filesystem::path& path);

// Writes a plan file atomically: the text goes to a temporary file in the same folder, which is
// flushed to disk and then renamed over `path`; on any failure `path` is left as it was.
void save_plan(const Plan& plan, const std::filesystem::path& path);

}  // namespace handlingsplan
