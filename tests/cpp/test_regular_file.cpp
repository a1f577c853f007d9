#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"
#include "regular_file.hpp"

using handlingsplan::FileError;
using handlingsplan::detail::read_regular_file;
namespace fs = std::filesystem;

namespace {

FileError error_of(const fs::path& path, std::optional<std::uintmax_t> limit = 1000) {
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

TEST_CASE("a file opened as descriptor 0, where standard input is closed, is read and closed",
          "[regular_file]") {
    // open() gives the lowest free descriptor: 0 while standard input is closed.
    const auto file =
        fs::temp_directory_path() / ("handlingsplan-fd0-" + std::to_string(::getpid()));
    std::ofstream(file) << "abc";
    const int saved = ::fcntl(0, F_DUPFD_CLOEXEC, 3);  // -1 where it is closed already
    ::close(0);
    std::string text;
    bool refused = false;
    try {
        text = read_regular_file(file);
    } catch (const FileError&) {
        refused = true;
    }
    const bool left_open = ::fcntl(0, F_GETFD) != -1;
    if (left_open) ::close(0);
    if (saved >= 0) {
        ::dup2(saved, 0);
        ::close(saved);
    }
    fs::remove(file);
    CHECK_FALSE(refused);
    CHECK(text == "abc");
    CHECK_FALSE(left_open);
}

TEST_CASE("a regular file whose read fails is refused with the read's error", "[regular_file]") {
    // /proc/self/mem is a regular file (of size 0) whose read at offset 0, an address no
    // process maps, fails with EIO: neither retried nor taken for the file's end.
    CHECK(error_of("/proc/self/mem").error_number() == EIO);
    CHECK(error_of("/proc/self/mem", std::nullopt).error_number() == EIO);
}

TEST_CASE("a file of std::string's max_size bytes is refused as too large for memory",
          "[regular_file]") {
    // A memory file (memfd) of that size holds no data: its length is only set.
    const int fd = ::memfd_create("handlingsplan-huge", MFD_CLOEXEC);
    REQUIRE(fd >= 0);
    const auto size = std::string().max_size();
    REQUIRE(::ftruncate(fd, static_cast<off_t>(size)) == 0);
    const auto e = error_of("/proc/self/fd/" + std::to_string(fd), std::nullopt);
    ::close(fd);
    CHECK(e.error_number() == EFBIG);
    CHECK_THAT(e.what(), Catch::Contains(std::to_string(size) + " bytes, more than fit"));
}

TEST_CASE("give_back_pages gives back the pages wholly inside the range, and no others",
          "[regular_file]") {
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    // Private anonymous memory reads as zeros once given back (madvise MADV_DONTNEED).
    void* mapped =
        ::mmap(nullptr, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    REQUIRE(mapped != MAP_FAILED);
    char* const base = static_cast<char*>(mapped);
    const auto filled = [&](std::size_t n, char c) {
        return std::string(base + n * page, page) == std::string(page, c);
    };
    std::fill(base, base + 4 * page, 'x');
    // A range starting at a page's start gives that page back.
    handlingsplan::detail::give_back_pages(base, base + page);
    CHECK(filled(0, '\0'));
    CHECK(filled(1, 'x'));
    std::fill(base, base + 4 * page, 'x');
    // Pages only partly inside the range are kept.
    handlingsplan::detail::give_back_pages(base + page + 1, base + 4 * page - 1);
    CHECK(filled(0, 'x'));
    CHECK(filled(1, 'x'));
    CHECK(filled(2, '\0'));
    CHECK(filled(3, 'x'));
    ::munmap(mapped, 4 * page);
}

TEST_CASE("a large file, read in two halves at once, is read byte for byte", "[regular_file]") {
    // Above 8 MiB the halves are read on two threads: each block of the file names its place,
    // so a half read to the wrong place or cut short shows. An odd size puts the cut mid-block.
    const auto file =
        fs::temp_directory_path() / ("handlingsplan-halves-" + std::to_string(::getpid()));
    std::string written;
    for (std::size_t block = 0; written.size() < (std::size_t{9} << 20); ++block) {
        written += "[" + std::to_string(block) + "]" + std::string(block % 97, '.');
    }
    written += "end";
    std::ofstream(file, std::ios::binary) << written;
    const auto bytes = handlingsplan::detail::read_file_bytes(file);
    CHECK(bytes.view().size() == written.size());
    CHECK(bytes.view() == written);
    CHECK(read_regular_file(file, written.size()) == written);
    CHECK_THROWS_AS(read_regular_file(file, written.size() - 1), FileError);
    fs::remove(file);
}

namespace {

// Every byte of `file` as it arrives: waited for until the reading is over.
std::string all_arrived(handlingsplan::detail::ArrivingFile& file) {
    std::string_view arrived = file.arrived();
    const char* end = arrived.data() + arrived.size();
    while (const char* more = file.wait_beyond(end)) {
        if (more == end) break;
        end = more;
    }
    return std::string(arrived.data(), end);
}

// A file whose blocks name their places, `size` bytes or a little more.
std::string placed_blocks(std::size_t size) {
    std::string written;
    for (std::size_t block = 0; written.size() < size; ++block) {
        written += "[" + std::to_string(block) + "]" + std::string(block % 97, '.');
    }
    return written;
}

}  // namespace

TEST_CASE("a file arriving as it is read arrives byte for byte, small and large alike",
          "[regular_file]") {
    // Above 8 MiB the file is read on a thread of its own, a few MiB at a time; below, at once.
    const auto file =
        fs::temp_directory_path() / ("handlingsplan-arriving-" + std::to_string(::getpid()));
    for (const std::size_t size : {std::size_t{1000}, std::size_t{9} << 20}) {
        CAPTURE(size);
        const std::string written = placed_blocks(size);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << written;
        handlingsplan::detail::ArrivingFile arriving(file, std::nullopt);
        CHECK(all_arrived(arriving) == written);
        CHECK(arriving.whole());
        // A limit is checked before anything is read.
        CHECK_THROWS_AS(handlingsplan::detail::ArrivingFile(file, written.size() - 1), FileError);
        CHECK_NOTHROW(handlingsplan::detail::ArrivingFile(file, written.size()));
    }
    fs::remove(file);
}

TEST_CASE("a file that grew while it arrived is not whole, and is to be read again",
          "[regular_file]") {
    // The file's size is taken when it is opened; what is written after it is not read.
    const auto file =
        fs::temp_directory_path() / ("handlingsplan-growing-" + std::to_string(::getpid()));
    for (const std::size_t size : {std::size_t{1000}, std::size_t{9} << 20}) {
        CAPTURE(size);
        const std::string written = placed_blocks(size);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << written;
        handlingsplan::detail::ArrivingFile arriving(file, std::nullopt);
        std::ofstream(file, std::ios::binary | std::ios::app) << "more";
        CHECK(all_arrived(arriving) == written);
        CHECK_FALSE(arriving.whole());
    }
    fs::remove(file);
}

TEST_CASE("a file is checked before it arrives, and a failed read is its error", "[regular_file]") {
    CHECK_THROWS_AS(handlingsplan::detail::ArrivingFile(fs::temp_directory_path(), std::nullopt),
                    FileError);
    CHECK_THROWS_AS(handlingsplan::detail::ArrivingFile("/dev/zero", std::nullopt), FileError);
    // /proc/self/mem: its read fails with EIO (see above). Nothing arrives, and whole() says why.
    handlingsplan::detail::ArrivingFile arriving("/proc/self/mem", std::nullopt);
    CHECK(all_arrived(arriving).empty());
    try {
        (void)arriving.whole();
        FAIL("a failed read is whole");
    } catch (const FileError& e) {
        CHECK(e.error_number() == EIO);
    }
}

TEST_CASE("a large file given up on while it arrives stops being read", "[regular_file]") {
    // The reading thread is stopped and joined when the file is let go of, mid-read: no hang,
    // and (under the sanitizers) no write into the freed buffer.
    const auto file =
        fs::temp_directory_path() / ("handlingsplan-given-up-" + std::to_string(::getpid()));
    std::ofstream(file, std::ios::binary) << placed_blocks(std::size_t{24} << 20);
    for (int i = 0; i < 5; ++i) {
        handlingsplan::detail::ArrivingFile arriving(file, std::nullopt);
        CHECK(arriving.arrived().size() <= (std::size_t{24} << 20) + 200);
    }
    fs::remove(file);
}
