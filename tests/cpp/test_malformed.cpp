// Broken and hostile input: the catalogue of malformed plan files (tests/malformed, described in
// its make_catalogue.py), the fuzzers' seeds and findings (fuzz/) replayed in the normal run, and
// a save that fails in the middle of writing.
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <sys/resource.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"
#include "properties.hpp"

using namespace handlingsplan;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path malformed_dir = HANDLINGSPLAN_MALFORMED_DIR;
const fs::path fuzz_dir = HANDLINGSPLAN_FUZZ_DIR;

// Generous enough for a Debug build under ASan on a slow machine; a hang takes far longer.
constexpr auto time_limit = std::chrono::seconds(30);

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

json catalogue() { return json::parse(read_file(malformed_dir / "catalogue.json")); }

// The text of a generated case: the base (or nothing) with `replace` swapped for the pieces.
std::string generate(const json& spec) {
    std::string pieces;
    for (const json& piece : spec.at("with")) {
        std::string unit = piece.value("text", "");
        const auto hex = piece.value("hex", "");
        for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
            unit += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
        }
        const auto times = piece.at("times").get<std::size_t>();
        if (unit.size() == 1) {
            pieces.append(times, unit.front());
        } else {
            for (std::size_t i = 0; i < times; ++i) pieces += unit;
        }
    }
    const auto base = spec.at("base").get<std::string>();
    if (base.empty()) return pieces;
    std::string text = read_file(malformed_dir / base);
    const auto replace = spec.at("replace").get<std::string>();
    const auto at = text.find(replace);
    REQUIRE(at != std::string::npos);
    return text.replace(at, replace.size(), pieces);
}

struct TempDir {
    fs::path path =
        fs::temp_directory_path() / ("handlingsplan-malformed-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

// Loads `path` and checks that it gives what the catalogue entry expects, in bounded time.
// Anything but a DataError or a FileError escapes and fails the test.
void check_case(const json& entry, const fs::path& path) {
    const auto expected =
        entry.at("error").is_null() ? std::string() : entry.at("error").get<std::string>();
    const auto where = entry.at("where").get<std::string>();
    const auto says = entry.at("says").get<std::string>();
    INFO(entry.at("why").get<std::string>());
    const auto start = std::chrono::steady_clock::now();
    try {
        load_plan(path);
        CHECK(expected.empty());
    } catch (const DataError& e) {
        INFO(e.what());
        CHECK(expected == "DataError");
        CHECK(e.source() == path.string());
        CHECK_THAT(e.where(), Catch::Contains(where));
        CHECK_THAT(e.problem(), Catch::Contains(says));
        CHECK(std::string_view(e.what()).size() < 1000);  // a quoted 10 MB token is cut short
    } catch (const FileError& e) {
        INFO(e.what());
        CHECK(expected == "FileError");
        CHECK_THAT(e.what(), Catch::Contains(where) && Catch::Contains(says));
    }
    CHECK(std::chrono::steady_clock::now() - start < time_limit);
}

}  // namespace

TEST_CASE("the catalogue's base is a valid plan, saved in the current canonical form",
          "[malformed]") {
    // The base is a version-1 file: it loads, every report final, and saves as version 4.
    const auto base = malformed_dir / catalogue().at("base").get<std::string>();
    CHECK(read_file(base).find("\"schema_version\": 1") != std::string::npos);
    const Plan plan = load_plan(base);
    CHECK(plan.report(2021).is_final());
    CHECK(plan_to_json(plan) == read_file(malformed_dir / "schema-version-4.json"));
    // Version-2 and version-3 files load unchanged: the same plan.
    CHECK(load_plan(malformed_dir / "schema-version-3.json") == plan);
    CHECK(load_plan(malformed_dir / "schema-version-2.json") == plan);
}

TEST_CASE("every malformed file gives the library's own error naming the place", "[malformed]") {
    const json cases = catalogue().at("cases");
    CHECK(cases.size() >= 40);
    for (const json& entry : cases) {
        if (!entry.contains("file")) continue;
        const auto name = entry.at("file").get<std::string>();
        DYNAMIC_SECTION(name) { check_case(entry, malformed_dir / name); }
    }
}

TEST_CASE("huge and deeply nested inputs give an error or a plan in bounded time",
          "[malformed][huge]") {
    const json cases = catalogue().at("cases");
    for (const json& entry : cases) {
        if (!entry.contains("generate")) continue;
        const auto name = entry.at("name").get<std::string>();
        DYNAMIC_SECTION(name) {
            const TempDir dir;
            const fs::path file = dir.path / (name + ".json");
            std::ofstream(file, std::ios::binary) << generate(entry.at("generate"));
            check_case(entry, file);
        }
    }
}

TEST_CASE("the catalogue lists every file in its folder", "[malformed]") {
    const json c = catalogue();
    std::set<std::string> listed{c.at("base").get<std::string>(), "catalogue.json"};
    for (const json& entry : c.at("cases")) listed.insert(entry.value("file", ""));
    for (const auto& file : fs::directory_iterator(malformed_dir)) {
        if (file.path().extension() == ".json")
            CHECK(listed.count(file.path().filename().string()) == 1);
    }
    CHECK_FALSE(fs::exists(malformed_dir / "missing.json"));
}

TEST_CASE("the fuzzers' seeds and every input they found still pass their checks",
          "[malformed][fuzz]") {
    const std::pair<const char*, void (*)(std::string_view)> targets[] = {
        {"fuzz_json", fuzz::check_json},
        {"fuzz_text", fuzz::check_text},
    };
    for (const auto& [target, check] : targets) {
        for (const char* folder : {"corpus", "regressions"}) {
            const fs::path dir = fuzz_dir / folder / target;
            if (!fs::is_directory(dir)) continue;
            for (const auto& input : fs::directory_iterator(dir)) {
                INFO(input.path().string());
                CHECK_NOTHROW(check(read_file(input.path())));
            }
        }
    }
}

TEST_CASE("a save that runs out of space leaves the old file and no temporary file",
          "[malformed][save]") {
    const TempDir dir;
    const fs::path file = dir.path / "plan.json";
    save_plan(load_plan(malformed_dir / "valid-minimal.json"), file);
    const std::string before = read_file(file);
    const auto big = fixtures::small_plan();
    REQUIRE(plan_to_json(big).size() > before.size());

    // A file size limit fails the write with EFBIG, as a full disk would, and stops root too.
    rlimit limit{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &limit) == 0);
    const rlimit small{.rlim_cur = before.size(), .rlim_max = limit.rlim_max};
    const auto handler = std::signal(SIGXFSZ, SIG_IGN);  // or the process is killed
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    int error = 0;
    try {
        save_plan(big, file);
    } catch (const FileError& e) {
        error = e.error_number();
    }
    ::setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, handler);

    CHECK(error == EFBIG);
    CHECK(read_file(file) == before);
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}
