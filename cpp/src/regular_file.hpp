// Reading a whole file, bounded if the caller asks (private to the library).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "arriving_text.hpp"

namespace handlingsplan::detail {

// A file's bytes, in memory of their own that is not zeroed before they are read into it.
class FileBytes {
public:
    FileBytes() = default;
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

// The bytes of the regular file at `path`, read front to back on a thread of their own while
// the caller reads those already in (ArrivingText): a large plan is parsed as it is read, the
// read's time hidden behind the parse. The file is checked as read_regular_file checks it,
// FileError before anything is read. A small file is read at once, on the caller's thread.
class ArrivingFile final : public ArrivingText {
public:
    ArrivingFile(const std::filesystem::path& path, std::optional<std::uintmax_t> limit);
    ArrivingFile(const ArrivingFile&) = delete;
    ArrivingFile& operator=(const ArrivingFile&) = delete;
    ~ArrivingFile();  // a reading still under way is stopped

    // What has arrived so far (for a large file, perhaps nothing yet).
    std::string_view arrived() const noexcept;
    const char* wait_beyond(const char* end) override;
    // Waits for the reading to end: whether the bytes read are the file whole (false where it
    // grew while it was read: read it again). FileError where a read failed.
    bool whole();

private:
    void read_rest() noexcept;
    void publish(std::size_t arrived, bool finished) noexcept;

    std::string name_;
    int fd_ = -1;
    std::size_t size_ = 0;  // as the file said when opened
    FileBytes bytes_;
    // Bytes arrived, times two, plus one once the reading is over: one value, so that the two
    // are seen together.
    std::atomic<std::uint64_t> state_{0};
    std::atomic<bool> stop_{false};
    int error_ = 0;  // errno of a failed read, written before the reading is over
    std::jthread reader_;
};

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
