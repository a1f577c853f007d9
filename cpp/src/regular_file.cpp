#include "regular_file.hpp"

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "handlingsplan/errors.hpp"

namespace handlingsplan::detail {
namespace {

struct Descriptor {
    int fd;
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

std::string read_regular_file(const std::filesystem::path& path,
                              std::optional<std::uintmax_t> limit) {
    const std::string name = path.string();
    // Looked at before it is opened: opening a FIFO waits for a writer, opening a device may do
    // something of its own.
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) throw FileError(name, errno, "read");
    if (!S_ISREG(status.st_mode)) refuse(name, status);
    // O_NONBLOCK: should the path have become a FIFO since, opening it still does not wait.
    const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)};
    if (file.fd < 0) throw FileError(name, errno, "read");
    if (::fstat(file.fd, &status) != 0) throw FileError(name, errno, "read");
    if (!S_ISREG(status.st_mode)) refuse(name, status);
    const auto too_large = [&](std::uintmax_t size) {
        return FileError(name, EFBIG, "read",
                         "it holds " + std::to_string(size) + " bytes" +
                             " or more, more than the " + std::to_string(*limit) +
                             " bytes the caller allows (max_bytes)");
    };
    const auto over = [&](std::uintmax_t size) { return limit && size > *limit; };
    const auto size = static_cast<std::uintmax_t>(status.st_size);
    if (over(size)) throw too_large(size);
    if (size >= std::string().max_size()) {
        throw FileError(name, EFBIG, "read",
                        "it holds " + std::to_string(size) + " bytes, more than fit in memory");
    }
    std::string text;
    // One byte more than the file has: the read that finds its end needs no larger buffer (the
    // file is read once, into one buffer of its size).
    text.resize(static_cast<std::size_t>(size) + 1);
    std::size_t done = 0;
    while (true) {
        // A file that grows while it is read (or says it is empty, as /proc files do) gets room
        // as it goes; with a limit, one byte more than the limit tells a file that grew past it.
        if (done == text.size()) {
            if (over(text.size())) throw too_large(text.size());
            std::uintmax_t room = text.size() * 2 + 4096;
            if (limit) room = std::min<std::uintmax_t>(*limit + 1, room);
            text.resize(static_cast<std::size_t>(room));
        }
        const auto n = ::read(file.fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw FileError(name, errno, "read");
        }
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    text.resize(done);
    if (over(done)) throw too_large(done);
    return text;
}

}  // namespace handlingsplan::detail
