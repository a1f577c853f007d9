#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <csignal>

#include <fcntl.h>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.hpp"
#include "handlingsplan/errors.hpp"

using handlingsplan::FileError;
using handlingsplan::detail::write_atomically;
using handlingsplan::detail::write_atomically_named;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path path;
    Folder() {
        path = fs::temp_directory_path() /
               ("handlingsplan-atomic-" + std::to_string(::getpid()) + "-" +
                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }
    std::size_t entries() const {
        return static_cast<std::size_t>(
            std::distance(fs::directory_iterator(path), fs::directory_iterator()));
    }
};

std::string contents(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

mode_t mode_of(const fs::path& path) {
    struct stat status {};
    REQUIRE(::stat(path.c_str(), &status) == 0);
    return status.st_mode & 07777;
}

struct stat status_of(const fs::path& path) {
    struct stat status {};
    REQUIRE(::stat(path.c_str(), &status) == 0);
    return status;
}

// Descriptor 0 closed while it lives (the next open gets it), given back after.
struct NoStandardInput {
    int saved = ::dup(0);
    NoStandardInput() {
        REQUIRE(saved >= 0);
        ::close(0);
    }
    ~NoStandardInput() {
        ::dup2(saved, 0);
        ::close(saved);
    }
};

// Files may grow to `bytes` only while it lives: a write beyond fails with EFBIG (SIGXFSZ,
// which would end the process, ignored meanwhile). Lowering the soft limit needs no privilege.
struct FileSizeLimit {
    struct rlimit old {};
    void (*handler)(int) = SIG_DFL;
    explicit FileSizeLimit(rlim_t bytes) {
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        handler = std::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit lower { bytes, old.rlim_max };
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &lower) == 0);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, handler);
    }
};

// The error with which opening `path` with `flags` fails (0 if it does not; the file is closed).
int open_error(const char* path, int flags) {
    const int fd = ::open(path, flags | O_CLOEXEC, 0600);
    if (fd < 0) return errno;
    ::close(fd);
    return 0;
}

int error_number(const fs::path& path) {
    try {
        write_atomically(path, "ny");
    } catch (const FileError& e) {
        return e.error_number();
    }
    return 0;
}

}  // namespace

TEST_CASE("a save keeps the old file's mode, a new file gets 0644", "[atomic_file]") {
    Folder folder;
    const auto file = folder.path / "plan.json";
    write_atomically(file, "ett");
    CHECK(mode_of(file) == 0644);
    REQUIRE(::chmod(file.c_str(), 0600) == 0);
    write_atomically(file, "två");
    CHECK(contents(file) == "två");
    CHECK(mode_of(file) == 0600);
    CHECK(folder.entries() == 1);
}

TEST_CASE("a save through a symbolic link replaces its target and keeps the link",
          "[atomic_file]") {
    Folder folder;
    fs::create_directories(folder.path / "data");
    const auto target = folder.path / "data" / "plan.json";
    write_atomically(target, "gammal");
    const auto link = folder.path / "plan.json";
    fs::create_symlink("data/plan.json", link);
    const auto second = folder.path / "länk.json";
    fs::create_symlink(link, second);  // a chain of two links
    write_atomically(second, "ny");
    CHECK(fs::is_symlink(link));
    CHECK(fs::is_symlink(second));
    CHECK(contents(target) == "ny");
    // A link whose target does not exist yet: the target is created.
    const auto dangling = folder.path / "kommande.json";
    fs::create_symlink("data/kommande.json", dangling);
    write_atomically(dangling, "först");
    CHECK(fs::is_symlink(dangling));
    CHECK(contents(folder.path / "data" / "kommande.json") == "först");
    // A loop of links is refused.
    fs::create_symlink("b", folder.path / "a");
    fs::create_symlink("a", folder.path / "b");
    CHECK(error_number(folder.path / "a") == ELOOP);
}

TEST_CASE("a save refuses what is not a regular file and leaves it", "[atomic_file]") {
    Folder folder;
    const auto fifo = folder.path / "plan.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(error_number(fifo) == EINVAL);
    CHECK(fs::is_fifo(fifo));
    fs::create_directories(folder.path / "arkiv.json");
    CHECK(error_number(folder.path / "arkiv.json") == EISDIR);
    CHECK(fs::is_directory(folder.path / "arkiv.json"));
    CHECK(error_number("/dev/null") == EINVAL);
    CHECK(folder.entries() == 2);  // no temporary file left beside them
}

TEST_CASE("a save breaks a hard link: the saved name gets the new text", "[atomic_file]") {
    Folder folder;
    const auto file = folder.path / "plan.json";
    write_atomically(file, "gammal");
    const auto other = folder.path / "kopia.json";
    fs::create_hard_link(file, other);
    write_atomically(file, "ny");
    CHECK(contents(file) == "ny");
    CHECK(contents(other) == "gammal");  // the documented choice: atomic, never torn
}

TEST_CASE("a save closes every descriptor it opens, descriptor 0 too", "[atomic_file]") {
    Folder folder;
    const auto file = folder.path / "plan.json";
    bool zero_left_open = true;
    {
        const NoStandardInput closed;
        write_atomically(file, "ett");  // a new file
        write_atomically(file, "två");  // over an old one
        zero_left_open = ::fcntl(0, F_GETFD) != -1;
    }
    CHECK_FALSE(zero_left_open);
    CHECK(contents(file) == "två");
    CHECK(folder.entries() == 1);
}

TEST_CASE("a save that cannot write it all leaves the old file and nothing beside it",
          "[atomic_file]") {
    Folder folder;
    const auto file = folder.path / "plan.json";
    write_atomically(file, "gammal");
    const std::string longer = "en text längre än gränsen";
    int error = 0;
    {
        const FileSizeLimit limit(4);  // the first write is cut short, the second refused
        try {
            write_atomically(file, longer);
        } catch (const FileError& e) {
            error = e.error_number();
        }
    }
    CHECK(error == EFBIG);
    CHECK(contents(file) == "gammal");
    CHECK(folder.entries() == 1);
    write_atomically(file, longer);  // the limit gone, the same save succeeds
    CHECK(contents(file) == longer);
}

TEST_CASE("a save whose temporary name would be too long is refused with that reason",
          "[atomic_file]") {
    Folder folder;
    // A name the file system takes, but not with the dot before it and the suffix after.
    const auto file = folder.path / (std::string(250, 'p') + ".json");
    REQUIRE(file.filename().string().size() + 8 > 255);
    REQUIRE(file.filename().string().size() <= 255);
    CHECK(error_number(file) == ENAMETOOLONG);
    CHECK(folder.entries() == 0);
}

TEST_CASE("a save keeps the old file's owner and group where the process may set them",
          "[atomic_file]") {
    Folder folder;
    const auto file = folder.path / "plan.json";
    write_atomically(file, "gammal");
    const uid_t other_user = ::geteuid() + 1000;
    const gid_t other_group = ::getegid() + 1000;
    // Another owner (the group ours): only a privileged process may give the file away, and the
    // save may then too; otherwise the file stays ours.
    const bool may_give = ::chown(file.c_str(), other_user, ::getegid()) == 0;
    REQUIRE(::chmod(file.c_str(), 06750) == 0);
    write_atomically(file, "ny");
    CHECK(status_of(file).st_uid == (may_give ? other_user : ::geteuid()));
    CHECK(status_of(file).st_gid == ::getegid());
    CHECK(mode_of(file) == 06750);  // set again after fchown cleared the set-ID bits
    // Another group (the owner ours), one the process is not in: again only a privileged one
    // may set it.
    const bool may_set_group = ::chown(file.c_str(), ::geteuid(), other_group) == 0;
    REQUIRE(::chmod(file.c_str(), 06750) == 0);
    write_atomically(file, "tre");
    CHECK(status_of(file).st_uid == ::geteuid());
    CHECK(status_of(file).st_gid == (may_set_group ? other_group : ::getegid()));
    CHECK(mode_of(file) == 06750);
    CHECK(contents(file) == "tre");
}

TEST_CASE("a save falls back to a named file only where the system has no nameless one",
          "[atomic_file]") {
    // /proc makes no files, named or not. A nameless one it refuses to root as unsupported
    // (EOPNOTSUPP: the named file is then tried, and its error is the one reported), to
    // others for want of permission (EACCES: reported as it is).
    const int nameless = open_error("/proc", O_TMPFILE | O_WRONLY);
    const int named = open_error("/proc/.plan.json.prov", O_CREAT | O_EXCL | O_WRONLY);
    REQUIRE(nameless != 0);
    REQUIRE(named == ENOENT);
    CHECK(error_number("/proc/plan.json") == (nameless == EOPNOTSUPP ? named : nameless));
    // /proc/self refuses a nameless file with EPERM, to everyone: no reason to try a name.
    const int refused = open_error("/proc/self", O_TMPFILE | O_WRONLY);
    REQUIRE(refused != 0);
    REQUIRE(refused != EOPNOTSUPP);
    REQUIRE(refused != EISDIR);
    REQUIRE(refused != EINVAL);
    REQUIRE(refused != ENOENT);
    CHECK(error_number("/proc/self/plan.json") == refused);
}

TEST_CASE("the fallback's named file: the same results, and nothing left after a failure",
          "[atomic_file]") {
    Folder folder;
    const auto file = folder.path / "plan.json";
    bool zero_left_open = true;
    {
        const NoStandardInput closed;  // the named file gets descriptor 0
        write_atomically_named(file, "ett");
        zero_left_open = ::fcntl(0, F_GETFD) != -1;
    }
    CHECK_FALSE(zero_left_open);
    CHECK(contents(file) == "ett");
    CHECK(mode_of(file) == 0644);
    REQUIRE(::chmod(file.c_str(), 0600) == 0);
    int error = 0;
    {
        const FileSizeLimit limit(2);
        try {
            write_atomically_named(file, "längre än två");
        } catch (const FileError& e) {
            error = e.error_number();
        }
    }
    CHECK(error == EFBIG);
    CHECK(contents(file) == "ett");
    CHECK(folder.entries() == 1);  // the named file removed again
    write_atomically_named(file, "två");
    CHECK(contents(file) == "två");
    CHECK(mode_of(file) == 0600);
    CHECK(folder.entries() == 1);
    int too_long = 0;
    try {
        write_atomically_named(folder.path / (std::string(250, 'p') + ".json"), "ny");
    } catch (const FileError& e) {
        too_long = e.error_number();
    }
    CHECK(too_long == ENAMETOOLONG);
    CHECK(folder.entries() == 1);
    // Where a nameless file would be refused otherwise, the named file's own refusal is the one
    // reported: it was the only one tried.
    const int named = open_error("/proc/self/.plan.json.prov", O_CREAT | O_EXCL | O_WRONLY);
    REQUIRE(named != 0);
    REQUIRE(named != open_error("/proc/self", O_TMPFILE | O_WRONLY));
    int refused = 0;
    try {
        write_atomically_named("/proc/self/plan.json", "ny");
    } catch (const FileError& e) {
        refused = e.error_number();
    }
    CHECK(refused == named);
}

TEST_CASE("a save through /proc/self/fd/N replaces the file the descriptor is open on",
          "[atomic_file]") {
    Folder folder;
    // A path longer than the 64 bytes the kernel gives as the size of such a link.
    const auto file = folder.path / (std::string(80, 'p') + ".json");
    REQUIRE(file.string().size() > 64);
    write_atomically(file, "gammal");
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    try {
        write_atomically("/proc/self/fd/" + std::to_string(fd), "ny");
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
    CHECK(contents(file) == "ny");
    CHECK(folder.entries() == 1);
}

TEST_CASE("a new file belongs to whoever saves it", "[atomic_file]") {
    Folder folder;
    const auto file = folder.path / "plan.json";
    // A privileged process may save as another group for a while; others save as their own.
    const gid_t own = ::getegid();
    const gid_t other = own + 1000;
    const bool switched = ::setegid(other) == 0;
    bool saved = false;
    try {
        write_atomically(file, "ny");
        saved = true;
    } catch (...) {
    }
    if (switched) REQUIRE(::setegid(own) == 0);
    REQUIRE(saved);
    CHECK(status_of(file).st_uid == ::geteuid());
    CHECK(status_of(file).st_gid == (switched ? other : own));
}

TEST_CASE("a save by one who may not give the file away keeps its group if that is theirs",
          "[atomic_file]") {
    Folder folder;
    const auto file = folder.path / "plan.json";
    write_atomically(file, "gammal");
    REQUIRE(::chmod(folder.path.c_str(), 0777) == 0);
    const uid_t me = ::geteuid();
    const gid_t my_group = ::getegid();
    std::vector<gid_t> my_groups(static_cast<std::size_t>(::getgroups(0, nullptr)));
    REQUIRE(::getgroups(static_cast<int>(my_groups.size()), my_groups.data()) >= 0);
    const uid_t saver = me + 2000;  // not the old file's owner (me + 1000), but in its group
    const gid_t group = my_group + 1000;
    // Only a privileged process can set this up (a file of another user, and becoming a user
    // in its group for a while); otherwise the save is of a file of one's own.
    const bool privileged = ::chown(file.c_str(), me + 1000, group) == 0;
    const bool arranged = privileged && ::setgroups(1, &group) == 0 &&
                          ::setegid(my_group + 2000) == 0 && ::seteuid(saver) == 0;
    bool saved = false;
    try {
        write_atomically(file, "ny");
        saved = true;
    } catch (...) {
    }
    if (privileged) {
        REQUIRE(::seteuid(me) == 0);
        REQUIRE(::setegid(my_group) == 0);
        REQUIRE(::setgroups(my_groups.size(), my_groups.data()) == 0);
    }
    REQUIRE(arranged == privileged);
    REQUIRE(saved);
    CHECK(contents(file) == "ny");
    CHECK(status_of(file).st_uid == (arranged ? saver : me));
    CHECK(status_of(file).st_gid == (arranged ? group : my_group));
}
