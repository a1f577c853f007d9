// Files as the library reads and writes them, for every format (the plan file, and the documents,
// workbooks and tables the Python package writes): written atomically, read only from regular
// files and within a bound.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Replaces the file at `path` with `contents` as save_plan does: a temporary file in the target's
// folder, flushed to disk, then renamed over it; a failure (a full disk, a kill) leaves the old
// file byte for byte; mode and owner kept; a symbolic link's target replaced; a directory, FIFO,
// device or socket refused (FileError naming the path).
void write_file(const std::filesystem::path& path, std::string_view contents);

// The bytes of the regular file at `path`, as load_plan reads a plan: FileError before anything
// is read for a missing or unreadable file, a directory, a FIFO, a device, a socket, or a file
// larger than `limit` bytes (also one that grows past it while read).
std::string read_file(const std::filesystem::path& path, std::uintmax_t limit);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
