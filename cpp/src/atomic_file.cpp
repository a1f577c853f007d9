#include "atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <random>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "handlingsplan/errors.hpp"
#include "regular_file.hpp"

namespace handlingsplan::detail {
namespace {

namespace fs = std::filesystem;

// Symbolic links are followed at most this often, as the kernel does (ELOOP beyond).
constexpr int max_links = 40;

// What a symbolic link holds. Its size is only a first guess: the kernel's links (/proc/self/fd/N)
// give 64 or 0 whatever they hold, and a text that fills the buffer may have been cut short.
std::string read_link(const fs::path& link, off_t size, const std::string& name) {
    std::string buffer(static_cast<std::size_t>(size > 0 ? size : 255) + 1, '\0');
    for (;;) {
        const auto n = ::readlink(link.c_str(), buffer.data(), buffer.size());
        if (n < 0) throw FileError(name, errno, "write");
        if (static_cast<std::size_t>(n) < buffer.size()) {
            buffer.resize(static_cast<std::size_t>(n));
            return buffer;
        }
        buffer.resize(buffer.size() * 2);
    }
}

// The path a chain of symbolic links ends in (the path itself if it is none); the end need not
// exist yet.
fs::path resolve_links(const fs::path& path, const std::string& name) {
    fs::path target = path;
    for (int links = 0;; ++links) {
        struct stat status {};
        if (::lstat(target.c_str(), &status) != 0 || !S_ISLNK(status.st_mode)) return target;
        if (links == max_links) throw FileError(name, ELOOP, "write");
        const fs::path link(read_link(target, status.st_size, name));
        target = link.is_absolute() ? link : target.parent_path() / link;
    }
}

struct Descriptor {
    int fd = -1;
    Descriptor() = default;
    explicit Descriptor(int f) : fd(f) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
    int release() {
        const int f = fd;
        fd = -1;
        return f;
    }
};

std::string random_suffix() {
    static thread_local std::mt19937_64 generator{std::random_device{}()};
    static constexpr char letters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string out(6, 'x');
    for (char& c : out) c = letters[generator() % (sizeof letters - 1)];
    return out;
}

// The temporary file, open for writing: without a name where the system offers one (`name` stays
// empty until link_in gives it one), else a hidden name beside the target.
struct Temporary {
    Descriptor file;
    std::string name;  // empty while the file has none

    ~Temporary() {
        if (!name.empty()) ::unlink(name.c_str());
    }
};

void open_temporary(Temporary& temp, const fs::path& folder, const fs::path& target,
                    const std::string& shown, bool nameless) {
#ifdef O_TMPFILE
    // A file without a name is given one through /proc/self/fd (link_in); without /proc, none.
    temp.file.fd = nameless && ::access("/proc/self/fd", X_OK) == 0
                       ? ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600)
                       : (errno = EOPNOTSUPP, -1);
    if (temp.file.fd >= 0) return;
    // Not every file system has O_TMPFILE; the others fall back to a named file.
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT) {
        throw FileError(shown, errno, "write");
    }
#endif
    std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0) throw FileError(shown, errno, "write");
    temp.file.fd = fd;
    temp.name = std::move(pattern);
}

// Gives a file opened with O_TMPFILE a hidden name beside the target, to be renamed over it.
void link_in(Temporary& temp, const fs::path& folder, const fs::path& target,
             const std::string& shown) {
    if (!temp.name.empty()) return;
    const std::string self = "/proc/self/fd/" + std::to_string(temp.file.fd);
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name =
            (folder / ("." + target.filename().string() + "." + random_suffix())).string();
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
            temp.name = std::move(name);
            return;
        }
        if (errno != EEXIST) throw FileError(shown, errno, "write");
    }
    throw FileError(shown, EEXIST, "write");
}

void save(const fs::path& path, std::string_view contents, bool nameless) {
    const std::string shown = path.string();
    const fs::path target = resolve_links(path, shown);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");

    struct stat old {};
    const bool exists = ::stat(target.c_str(), &old) == 0;
    if (!exists && errno != ENOENT) throw FileError(shown, errno, "write");
    if (exists && S_ISDIR(old.st_mode)) throw FileError(shown, EISDIR, "write");
    if (exists && !S_ISREG(old.st_mode)) {
        throw FileError(shown, EINVAL, "write",
                        std::string("it is ") + file_type_name(old.st_mode) +
                            ", not a regular file; a plan is saved over a regular file only");
    }

    Temporary temp;
    open_temporary(temp, folder, target, shown, nameless);
    for (std::size_t done = 0; done < contents.size();) {
        const auto n = ::write(temp.file.fd, contents.data() + done, contents.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw FileError(shown, errno, "write");
        }
        done += static_cast<std::size_t>(n);
    }
    // The old file's permissions (a private plan stays private) and, where allowed, its owner;
    // a new file is readable by the group and others like any file people save.
    const mode_t mode = exists ? (old.st_mode & 07777) : 0644;
    if (::fchmod(temp.file.fd, mode) != 0) throw FileError(shown, errno, "write");
    if (exists && (old.st_uid != ::geteuid() || old.st_gid != ::getegid())) {
        // Only root may give a file away; others keep what they can (the group, if theirs).
        if (::fchown(temp.file.fd, old.st_uid, old.st_gid) != 0 &&
            ::fchown(temp.file.fd, static_cast<uid_t>(-1), old.st_gid) != 0) {
            // Not allowed: the new file belongs to whoever saves it, as with any editor.
        }
        // fchown clears the set-user-ID and set-group-ID bits; put the mode back.
        if (::fchmod(temp.file.fd, mode) != 0) throw FileError(shown, errno, "write");
    }
    if (::fsync(temp.file.fd) != 0) throw FileError(shown, errno, "write");
    link_in(temp, folder, target, shown);
    if (::close(temp.file.release()) != 0) throw FileError(shown, errno, "write");
    if (std::rename(temp.name.c_str(), target.c_str()) != 0) throw FileError(shown, errno, "write");
    temp.name.clear();  // renamed: nothing left to remove
    // The rename itself is made durable with the folder.
    const Descriptor directory(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (directory.fd >= 0) ::fsync(directory.fd);
}

}  // namespace

void write_atomically(const fs::path& path, std::string_view contents) {
    save(path, contents, true);
}

void write_atomically_named(const fs::path& path, std::string_view contents) {
    save(path, contents, false);
}

}  // namespace handlingsplan::detail
