#include "regular_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <thread>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "handlingsplan/errors.hpp"

namespace handlingsplan::detail {
namespace {

struct Descriptor {
    int fd;
    explicit Descriptor(int opened) noexcept : fd(opened) {}
    Descriptor(Descriptor&& other) noexcept : fd(std::exchange(other.fd, -1)) {}
    Descriptor& operator=(Descriptor&&) = delete;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

[[noreturn]] void refuse(const std::string& name, const struct stat& status) {
    if (S_ISDIR(status.st_mode)) throw FileError(name, EISDIR, "read");
    throw FileError(name, EINVAL, "read",
                    std::string("it is ") + file_type_name(status.st_mode) +
                        ", not a regular file; a plan is read from a regular file only");
}

}  // namespace

void give_back_pages(const char* begin, const char* end) noexcept {
    static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto first = (reinterpret_cast<std::uintptr_t>(begin) + page - 1) / page * page;
    const auto last = reinterpret_cast<std::uintptr_t>(end) / page * page;
    // Advice only: where the system declines, the pages simply stay.
    if (first < last) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

const char* file_type_name(unsigned mode) noexcept {
    switch (mode & S_IFMT) {
    case S_IFREG: return "a regular file";
    case S_IFDIR: return "a directory";
    case S_IFIFO: return "a FIFO (named pipe)";
    case S_IFCHR: return "a character device";
    case S_IFBLK: return "a block device";
    case S_IFSOCK: return "a socket";
    case S_IFLNK: return "a symbolic link";
    default: return "a special file";
    }
}

namespace {

// Reads up to `size` bytes of `fd` at `offset` into `into`, fewer only at the file's end; -1 with
// errno where a read fails. pread: the halves of a large file are read at once, from two threads.
std::ptrdiff_t read_at(int fd, char* into, std::size_t size, std::size_t offset) {
    std::size_t done = 0;
    while (done < size) {
        const auto n = ::pread(fd, into + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return -1;
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    return static_cast<std::ptrdiff_t>(done);
}

// Files from this size on are worth a second thread: read in two halves at once
// (read_known_size), or read while they are parsed (ArrivingFile). The system's copying, and
// the first touch of each fresh page of the buffer, are most of the time a large plan's read
// takes.
constexpr std::size_t second_thread_from = std::size_t{8} << 20;

// The first `size` bytes of `fd` into `into` (fewer where the file has shrunk since it said
// its size); FileError naming `name` where a read fails.
std::size_t read_known_size(int fd, char* into, std::size_t size, const std::string& name) {
    std::ptrdiff_t first = 0, second = 0;
    int second_error = 0;
    const std::size_t half = size >= second_thread_from ? size / 2 : size;
    {
        std::jthread other;
        if (half < size) {
            other = std::jthread([&] {
                second = read_at(fd, into + half, size - half, half);
                if (second < 0) second_error = errno;
            });
        }
        first = read_at(fd, into, half, 0);
        if (first < 0) throw FileError(name, errno, "read");
    }
    if (second < 0) throw FileError(name, second_error, "read");
    // A first half cut short is where the file now ends; the rest is read after it.
    const auto first_read = static_cast<std::size_t>(first);
    return first_read < half ? first_read : half + static_cast<std::size_t>(second);
}

// A FileError for a file of `size` bytes or more, above the caller's `limit`.
FileError too_large(const std::string& name, std::uintmax_t size, std::uintmax_t limit) {
    return FileError(name, EFBIG, "read",
                     "it holds " + std::to_string(size) + " bytes" + " or more, more than the " +
                         std::to_string(limit) + " bytes the caller allows (max_bytes)");
}

struct Opened {
    Descriptor file;
    std::size_t size;  // as the file says
};

// `path` opened for reading, once it is known to be a regular file within `limit`; FileError
// naming `name` otherwise, before anything is read.
Opened open_checked(const std::filesystem::path& path, std::optional<std::uintmax_t> limit,
                    const std::string& name) {
    // Looked at before it is opened: opening a FIFO waits for a writer, opening a device may do
    // something of its own.
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) throw FileError(name, errno, "read");
    if (!S_ISREG(status.st_mode)) refuse(name, status);
    // O_NONBLOCK: should the path have become a FIFO since, opening it still does not wait.
    Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)};
    if (file.fd < 0) throw FileError(name, errno, "read");
    if (::fstat(file.fd, &status) != 0) throw FileError(name, errno, "read");
    if (!S_ISREG(status.st_mode)) refuse(name, status);
    const auto size = static_cast<std::uintmax_t>(status.st_size);
    if (limit && size > *limit) throw too_large(name, size, *limit);
    if (size >= std::string().max_size()) {
        throw FileError(name, EFBIG, "read",
                        "it holds " + std::to_string(size) + " bytes, more than fit in memory");
    }
    return {std::move(file), static_cast<std::size_t>(size)};
}

}  // namespace

FileBytes read_file_bytes(const std::filesystem::path& path, std::optional<std::uintmax_t> limit) {
    const std::string name = path.string();
    const Opened opened = open_checked(path, limit, name);
    const Descriptor& file = opened.file;
    const auto over = [&](std::uintmax_t size) { return limit && size > *limit; };
    // One byte more than the file has: the read that finds its end needs no larger buffer (the
    // file is read once, into one buffer of its size).
    FileBytes text(opened.size + 1);
    std::size_t done = read_known_size(file.fd, text.data(), opened.size, name);
    while (true) {
        // A file that grows while it is read (or says it is empty, as /proc files do) gets room
        // as it goes; with a limit, one byte more than the limit tells a file that grew past it.
        if (done == text.capacity()) {
            if (over(done)) throw too_large(name, done, *limit);
            std::uintmax_t room = done * 2 + 4096;
            if (limit) room = std::min<std::uintmax_t>(*limit + 1, room);
            text.grow(static_cast<std::size_t>(room), done);
        }
        const auto n = read_at(file.fd, text.data() + done, text.capacity() - done, done);
        if (n < 0) throw FileError(name, errno, "read");
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    text.set_size(done);
    if (over(done)) throw too_large(name, done, *limit);
    return text;
}

std::string read_regular_file(const std::filesystem::path& path,
                              std::optional<std::uintmax_t> limit) {
    return std::string(read_file_bytes(path, limit).view());
}

namespace {

// A large file's first bytes arrive on their own, so that the parse begins soon; the rest a few
// MiB at a time, each telling the parser once (a wake-up per arrival).
constexpr std::size_t first_arrival = std::size_t{1} << 20;
constexpr std::size_t arrival = std::size_t{4} << 20;

}  // namespace

ArrivingFile::ArrivingFile(const std::filesystem::path& path, std::optional<std::uintmax_t> limit)
    : name_(path.string()) {
    Opened opened = open_checked(path, limit, name_);
    bytes_ = FileBytes(opened.size + 1);  // before the descriptor is taken: it closes on a throw
    size_ = opened.size;
    fd_ = std::exchange(opened.file.fd, -1);
    if (size_ < second_thread_from) {
        read_rest();  // here, at once
        return;
    }
    try {
        reader_ = std::jthread([this] { read_rest(); });
    } catch (const std::system_error&) {
        read_rest();  // no thread to be had: read here, before the parse
    }
}

ArrivingFile::~ArrivingFile() {
    stop_.store(true, std::memory_order_relaxed);
    if (reader_.joinable()) reader_.join();
    ::close(fd_);
}

std::string_view ArrivingFile::arrived() const noexcept {
    return {bytes_.view().data(),
            static_cast<std::size_t>(state_.load(std::memory_order_acquire) / 2)};
}

const char* ArrivingFile::wait_beyond(const char* end) {
    const char* begin = bytes_.view().data();
    const auto have = static_cast<std::uint64_t>(end - begin);
    std::uint64_t state = state_.load(std::memory_order_acquire);
    while (state / 2 <= have && state % 2 == 0) {
        state_.wait(state, std::memory_order_acquire);
        state = state_.load(std::memory_order_acquire);
    }
    return begin + state / 2;
}

bool ArrivingFile::whole() {
    if (reader_.joinable()) reader_.join();
    if (error_ != 0) throw FileError(name_, error_, "read");
    // Whether anything follows what was read: a file that grew while it was read.
    const auto read = static_cast<std::size_t>(state_.load(std::memory_order_acquire) / 2);
    char after = 0;
    const auto n = read_at(fd_, &after, 1, read);
    if (n < 0) throw FileError(name_, errno, "read");
    return n == 0;
}

void ArrivingFile::read_rest() noexcept {
    std::size_t done = 0;
    std::size_t step = first_arrival;
    while (done < size_ && !stop_.load(std::memory_order_relaxed)) {
        const std::size_t want = std::min(step, size_ - done);
        const auto n = read_at(fd_, bytes_.data() + done, want, done);
        if (n < 0) {
            error_ = errno;
            break;
        }
        done += static_cast<std::size_t>(n);
        if (static_cast<std::size_t>(n) < want) break;  // the file ends sooner than it said
        publish(done, false);
        step = arrival;
    }
    publish(done, true);
}

void ArrivingFile::publish(std::size_t arrived, bool finished) noexcept {
    state_.store(std::uint64_t{arrived} * 2 + (finished ? 1 : 0), std::memory_order_release);
    state_.notify_all();
}

FileBytes::FileBytes(std::size_t capacity)
    : bytes_(std::make_unique_for_overwrite<char[]>(capacity)), capacity_(capacity) {}

void FileBytes::grow(std::size_t capacity, std::size_t keep) {
    auto more = std::make_unique_for_overwrite<char[]>(capacity);
    std::memcpy(more.get(), bytes_.get(), keep);
    bytes_ = std::move(more);
    capacity_ = capacity;
}

}  // namespace handlingsplan::detail
