#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.hpp"
#include "handlingsplan/errors.hpp"

using handlingsplan::FileError;
using handlingsplan::detail::write_atomically;
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
