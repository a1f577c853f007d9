// Reading a whole file, bounded if the caller asks (private to the library).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace handlingsplan::detail {

// A file's bytes, in memory of their own that is not zeroed before they are read into it.
class FileBytes {
public:
    explicit FileBytes(std::size_t capacity);

    std::string_view view() const noexcept { return {bytes_.get(), size_}; }
    char* data() noexcept { return bytes_.get(); }
    std::size_t capacity() const noexcept { return capacity_; }
    // Room for `capacity` bytes, the first `keep` of them kept.
    void grow(std::size_t capacity, std::size_t keep);
    void set_size(std::size_t size) noexcept { size_ = size; }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t capacity_ = 0;
    std::size_t size_ = 0;
};

// The bytes of the regular file at `path`, as read_regular_file reads them (a large file in two
// halves at once), without a copy.
FileBytes read_file_bytes(const std::filesystem::path& path,
                          std::optional<std::uintmax_t> limit = std::nullopt);

// The bytes of the regular file at `path`. FileError, before anything is read, for a file that
// is missing or unreadable, a directory, anything that is not a regular file (a FIFO, which
// would wait for a writer; a device such as /dev/zero, which never ends) and, given a `limit`, a
// file larger than `limit` bytes (also when it grows past `limit` while being read). Without a
// limit any regular file is read whole, once, into one buffer of its size.
std::string read_regular_file(const std::filesystem::path& path,
                              std::optional<std::uintmax_t> limit = std::nullopt);

// Gives the memory pages lying wholly inside [begin, end) back to the system: the bytes there
// read as zeros afterwards. For a buffer read front to back once, such as a file's text being
// parsed, so that the text and what is built from it are not both whole in memory at once.
void give_back_pages(const char* begin, const char* end) noexcept;

// "a FIFO", "a directory", "a character device" ...: what the file type in `mode` is called.
const char* file_type_name(unsigned mode) noexcept;

}  // namespace handlingsplan::detail
