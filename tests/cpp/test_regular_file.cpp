#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"
#include "regular_file.hpp"

using handlingsplan::FileError;
using handlingsplan::detail::read_regular_file;
namespace fs = std::filesystem;

namespace {

FileError error_of(const fs::path& path, std::uintmax_t limit = 1000) {
    try {
        read_regular_file(path, limit);
    } catch (const FileError& e) {
        return e;
    }
    FAIL("no FileError for " << path);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("only a regular file is read: a FIFO, a device, a directory are refused at once",
          "[regular_file]") {
    const auto folder =
        fs::temp_directory_path() / ("handlingsplan-read-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const auto fifo = folder / "plan.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // A FIFO with no writer would make a plain read wait for ever.
    CHECK(error_of(fifo).error_number() == EINVAL);
    CHECK_THAT(error_of(fifo).what(), Catch::Contains("FIFO"));
    CHECK_THAT(error_of("/dev/zero").what(), Catch::Contains("character device"));
    CHECK(error_of(folder).error_number() == EISDIR);
    CHECK(error_of(folder / "saknas.json").error_number() == ENOENT);
    CHECK_THROWS_AS(handlingsplan::load_plan("/dev/urandom"), FileError);
    fs::remove_all(folder);
}

TEST_CASE("a file over the limit is refused before it is read", "[regular_file]") {
    const auto file =
        fs::temp_directory_path() / ("handlingsplan-big-" + std::to_string(::getpid()));
    std::ofstream(file) << std::string(1001, 'x');
    const auto e = error_of(file, 1000);
    CHECK(e.error_number() == EFBIG);
    CHECK_THAT(e.what(), Catch::Contains("1000 bytes"));
    CHECK(read_regular_file(file, 1001).size() == 1001);
    fs::remove(file);
    // /proc files say they are empty and are not: the limit holds while reading too.
    CHECK_THROWS_AS(read_regular_file("/proc/self/maps", 10), FileError);
}

TEST_CASE("without a limit any regular file is read whole, load_plan limits only on request",
          "[regular_file]") {
    const auto file =
        fs::temp_directory_path() / ("handlingsplan-any-" + std::to_string(::getpid()));
    std::ofstream(file) << std::string(100000, 'x');
    CHECK(read_regular_file(file).size() == 100000);
    CHECK(read_regular_file(file, std::nullopt).size() == 100000);
    // The limit is checked before the text is parsed: a file over it is refused as too large,
    // not as malformed JSON.
    try {
        handlingsplan::load_plan(file, 99999);
        FAIL("no FileError");
    } catch (const FileError& e) {
        CHECK(e.error_number() == EFBIG);
        CHECK_THAT(e.what(), Catch::Contains("99999 bytes"));
    }
    CHECK_THROWS_AS(handlingsplan::load_plan(file), handlingsplan::DataError);
    fs::remove(file);
    // /proc files say they are empty and are not: without a limit they are read to their end.
    CHECK(read_regular_file("/proc/self/maps").size() > 10);
}
