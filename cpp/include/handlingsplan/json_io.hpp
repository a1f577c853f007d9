// Plan files: JSON in the documented format (data/FORMAT.md, data/handlingsplan.schema.json).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "handlingsplan/export.hpp"
#include "handlingsplan/plan.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// The version this library writes. Version 2 added each report's state (draft or final) and its
// reopenings; version 3 an agency's successor and the activities read from assignment pages;
// version 4 the units of an agency ("NCSC" at FRA) and, for an agency of an assignment, its unit
// and the name the page printed, each report's recorded changes (with their sources) and its
// form register, and its prose chapters; version 5 the plan's own words (PlanWords: its levels,
// how it writes its ids, its Bilaga 1's wording), a lettered priority's "number" ("A");
// version 6 a follow-up result's "priority" as the plan writes its ids ("A" where it letters
// them). Every earlier version still loads (a version-1 file with every report final,
// submitted).
inline constexpr int schema_version = 6;

// Parses a plan from JSON text. Every problem throws DataError naming `source`, the place
// (line and column for a syntax error, the JSON path otherwise) and what was expected. The text
// holds one JSON document (after at most one byte order mark) and nothing after it; periods are
// in their canonical form (Period::to_string), so that what is read is written back unchanged.
// The model's constructors apply the same rules to every value (data/FORMAT.md). A good text is
// read in one pass, each measure as it is parsed; a text with anything wrong is read again with
// places to say where (cpp/src/json_load.hpp).
// @throws DataError for anything malformed: syntax, a wrong type, a missing or unknown field, a
// value the model refuses, a schema_version it does not know.
Plan plan_from_json(std::string_view text, const std::string& source = "<text>");

// The canonical text of a plan: stable key and measure order, two-space indentation, UTF-8
// written as is, a final newline. The same plan always gives the same bytes. Throws nothing of
// its own (every plan the model holds can be written).
std::string plan_to_json(const Plan& plan);

// Reads a plan file; FileError if it cannot be read or is not a regular file (a FIFO, a device),
// DataError if it is malformed. A regular file of any size that fits in memory is read (whatever
// save_plan writes, load_plan reads); given `max_bytes`, a larger file is refused (FileError)
// before it is read, and so is one that grows past it while it is read.
// @throws FileError if the file cannot be read or is refused (FileError::path, error_number).
// @throws DataError if it is malformed, naming the file, line and column, report, measure and
// field (DataError::line, column, context, field, where).
Plan load_plan(const std::filesystem::path& path,
               std::optional<std::uintmax_t> max_bytes = std::nullopt);

// Writes a plan file atomically: the text goes to a temporary file in the same folder, which is
// flushed to disk and then renamed over `path`; on any failure `path` is left as it was. A
// symbolic link is written through (its target replaced, the link kept); the old file's mode and
// owner are kept; a target that is not a regular file is refused (FileError); a hard link is
// broken (the other names keep the old contents). A process killed meanwhile leaves no temporary
// file behind where the system has O_TMPFILE (Linux).
// @throws FileError if the file cannot be written (the folder is missing or read-only, the disk
// is full, the target is not a regular file); `path` is then as it was.
void save_plan(const Plan& plan, const std::filesystem::path& path);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
