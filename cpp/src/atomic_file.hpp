// Replacing a file's contents atomically (private to the library).
#pragma once

#include <filesystem>
#include <string_view>

namespace handlingsplan::detail {

// Writes `contents` to `path` so that a reader sees either the old file or the new one, never a
// part, and a failure (a full disk, a kill) leaves the old file as it was:
// - a symbolic link is followed (through every link, as open() would) and its target replaced,
//   so the link stays a link;
// - the file there must be a regular file: a directory, a FIFO, a device or a socket is refused
//   (FileError) and left alone;
// - the new file keeps the old one's permission bits and, where the process may set them, its
//   owner and group; a new file gets 0644;
// - a hard link is broken: the name saved to gets the new file, other names keep the old one
//   (writing in place would keep the link but could leave a torn file);
// - the contents are written to a file with no name (Linux O_TMPFILE) that is flushed to disk
//   and only then linked in and renamed over the target, so a process killed meanwhile leaves
//   nothing behind; where the file system has no O_TMPFILE a hidden ".<name>.XXXXXX" is used.
void write_atomically(const std::filesystem::path& path, std::string_view contents);

// The same with the hidden named file from the start, as where the system has no O_TMPFILE (or
// no /proc to name such a file through): that fallback, for its tests.
void write_atomically_named(const std::filesystem::path& path, std::string_view contents);

}  // namespace handlingsplan::detail
