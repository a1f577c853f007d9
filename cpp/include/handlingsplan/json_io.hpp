// Plan files: JSON in the documented format (data/FORMAT.md, data/handlingsplan.schema.json).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "handlingsplan/plan.hpp"

namespace handlingsplan {

// The version this library writes. Version 2 added each report's state (draft or final) and its
// reopenings; a version-1 file still loads, every report in it final (submitted).
inline constexpr int schema_version = 3;

// The largest plan file load_plan reads (64 MiB; the national plan with a report is about
// 110 kB): a larger file is refused before it is read.
inline constexpr std::uintmax_t max_plan_file_size = 64u * 1024u * 1024u;

// Parses a plan from JSON text. Every problem throws DataError naming `source`, the place
// (line and column for a syntax error, the JSON path otherwise) and what was expected. The text
// holds one JSON document (after at most one byte order mark) and nothing after it; periods are
// in their canonical form (Period::to_string), so that what is read is written back unchanged.
// The model's constructors apply the same rules to every value (data/FORMAT.md). A good text is
// read in one pass, each measure as it is parsed; a text with anything wrong is read again with
// places to say where (cpp/src/json_load.hpp).
Plan plan_from_json(std::string_view text, const std::string& source = "<text>");

// The canonical text of a plan: stable key and measure order, two-space indentation, UTF-8
// written as is, a final newline. The same plan always gives the same bytes.
std::string plan_to_json(const Plan& plan);

// Reads a plan file; FileError if it cannot be read, is not a regular file (a FIFO, a device)
// or is larger than max_plan_file_size, DataError if it is malformed.
Plan load_plan(const std::filesystem::path& path);

// Writes a plan file atomically: the text goes to a temporary file in the same folder, which is
// flushed to disk and then renamed over `path`; on any failure `path` is left as it was. A
// symbolic link is written through (its target replaced, the link kept); the old file's mode and
// owner are kept; a target that is not a regular file is refused (FileError); a hard link is
// broken (the other names keep the old contents). A process killed meanwhile leaves no temporary
// file behind where the system has O_TMPFILE (Linux).
void save_plan(const Plan& plan, const std::filesystem::path& path);

}  // namespace handlingsplan
