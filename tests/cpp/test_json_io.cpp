#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"

using namespace handlingsplan;
using json = nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        path =
            fs::temp_directory_path() / ("handlingsplan-test-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// The DataError that parsing `text` gives (fails the test if none).
DataError error_of(const std::string& text) {
    try {
        plan_from_json(text, "test.json");
    } catch (const DataError& e) {
        return e;
    }
    FAIL("no DataError for: " << text.substr(0, 200));
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("load -> save -> load gives an equal plan and identical bytes", "[json_io]") {
    const auto plan = fixtures::small_plan();
    const std::string text = plan_to_json(plan);
    const auto again = plan_from_json(text);
    CHECK(again == plan);
    CHECK(plan_to_json(again) == text);
}

TEST_CASE("the canonical form keeps Swedish characters and a stable order", "[json_io]") {
    const std::string text = plan_to_json(fixtures::small_plan());
    CHECK(text.find("Öka säkerheten") != std::string::npos);
    CHECK(text.find("\\u") == std::string::npos);
    CHECK(text.back() == '\n');
    CHECK(text.find("\"schema_version\": " + std::to_string(schema_version)) <
          text.find("\"title\""));
    // The 2019–2022 plan's words are the defaults, and are not written.
    CHECK(text.find("\"words\"") == std::string::npos);
    CHECK(text.find("\"1.1.9\"") < text.find("\"1.1.10\""));
    CHECK(text.find("\"period\": \"2019 och tills vidare\"") != std::string::npos);
    CHECK(text.find("\"page\": null") == std::string::npos);
}

TEST_CASE("the shipped plan loads and round-trips byte for byte", "[json_io][data]") {
    const fs::path file = fs::path(HANDLINGSPLAN_DATA_DIR) / "handlingsplan.json";
    const auto plan = load_plan(file);
    CHECK(plan.report(2021).size() > 0);
    CHECK(plan_to_json(plan) == read_file(file));
}

TEST_CASE("save is atomic and leaves no temporary files", "[json_io]") {
    TempDir dir;
    const auto file = dir.path / "plan.json";
    const auto plan = fixtures::small_plan();
    save_plan(plan, file);
    save_plan(plan, file);
    CHECK(load_plan(file) == plan);
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("a failed save leaves the old file untouched", "[json_io]") {
    TempDir dir;
    const auto file = dir.path / "plan.json";
    save_plan(fixtures::small_plan(), file);
    const std::string before = read_file(file);
    CHECK_THROWS_AS(save_plan(fixtures::small_plan(), dir.path / "no-such-folder" / "plan.json"),
                    FileError);
    // Text that no plan file can hold never gets into a plan: the model refuses it (as the
    // loader does), so a save cannot fail on it.
    auto bad = fixtures::measure("1.1.1", Status::ongoing()).fields();
    bad.title = "ogiltig \xff text";
    CHECK_THROWS_AS(Measure(bad), InvalidValue);
    CHECK(read_file(file) == before);
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("file system errors name the file", "[json_io]") {
    TempDir dir;
    try {
        load_plan(dir.path / "saknas.json");
        FAIL("no error");
    } catch (const FileError& e) {
        CHECK_THAT(e.what(), Catch::Contains("saknas.json"));
        CHECK(e.error_number() == ENOENT);
    }
    CHECK_THROWS_AS(load_plan(dir.path), FileError);
}

TEST_CASE("syntax errors give line and column", "[json_io]") {
    const auto e = error_of("{\n  \"schema_version\": 1,\n  \"title\": tru\n}");
    CHECK(e.where() == "line 3, column 15");
    CHECK(e.source() == "test.json");
    CHECK_THAT(e.what(), Catch::StartsWith("test.json:3:15: "));
    CHECK((e.line() == 3 && e.column() == 15));
    CHECK(error_of("").problem().find("empty") != std::string::npos);
    CHECK(error_of("   \n").problem().find("empty") != std::string::npos);
    CHECK(error_of("{\"title\": \"\xff\"}").where() == "line 1, column 12");
    CHECK_THAT(error_of(std::string(100000, '[')).problem(), Catch::Contains("nested deeper"));
    CHECK(error_of("[1, 2").where().starts_with("line 1"));
}

TEST_CASE("malformed plans name the JSON path and what was expected", "[json_io]") {
    const json valid = json::parse(plan_to_json(fixtures::small_plan()));
    struct Case {
        const char* name;
        std::function<void(json&)> mutate;
        const char* where;
        const char* says;
    };
    const std::vector<Case> cases{
        {"not an object", [](json& j) { j = json::array(); }, "/", "expected an object"},
        {"missing field", [](json& j) { j.erase("reports"); }, "/",
         "missing the field \"reports\""},
        {"unknown field", [](json& j) { j["extra"] = 1; }, "/extra", "unknown field"},
        {"wrong schema version", [](json& j) { j["schema_version"] = schema_version + 1; },
         "/schema_version", "reads schema_version 1 to "},
        {"chapters not an array", [](json& j) { j["reports"][0]["chapters"] = "Slutord"; },
         "/reports/0/chapters", "expected an array"},
        {"unknown chapter heading",
         [](json& j) {
             j["reports"][0]["chapters"] = json::parse(
                 R"([{"heading": "Slutrod", "blocks": [{"kind": "paragraph", "text": "a"}]}])");
         },
         "/reports/0/chapters/0/heading", "did you mean \"Slutord\""},
        {"chapter text of wrong type",
         [](json& j) {
             j["reports"][0]["chapters"] = json::parse(
                 R"([{"heading": "Slutord", "blocks": [{"kind": "paragraph", "text": 5}]}])");
         },
         "/reports/0/chapters/0/blocks/0/text", "expected a string, found a whole number"},
        {"list items of wrong type",
         [](json& j) {
             j["reports"][0]["chapters"] = json::parse(
                 R"([{"heading": "Slutord", "blocks": [{"kind": "bullets", "items": "a"}]}])");
         },
         "/reports/0/chapters/0/blocks/0/items", "expected an array"},
        {"unknown block kind",
         [](json& j) {
             j["reports"][0]["chapters"] = json::parse(
                 R"([{"heading": "Slutord", "blocks": [{"kind": "paragraf", "text": "a"}]}])");
         },
         "/reports/0/chapters/0/blocks/0/kind", "did you mean \"paragraph\""},
        {"chapter without blocks",
         [](json& j) {
             j["reports"][0]["chapters"] = json::parse(R"([{"heading": "Slutord", "blocks": []}])");
         },
         "/reports/0/chapters/0", "has no text"},
        {"carried over from no year",
         [](json& j) {
             j["reports"][0]["chapters"] =
                 json::parse(R"([{"heading": "Slutord", "carried_over_from": "2021",
                                  "blocks": [{"kind": "heading", "text": "a"}]}])");
         },
         "/reports/0/chapters/0/carried_over_from", "expected a whole number, found a string"},
        {"chapter given twice",
         [](json& j) {
             const json chapter = json::parse(
                 R"({"heading": "Slutord", "blocks": [{"kind": "paragraph", "text": "a"}]})");
             j["reports"][0]["chapters"] = json::array({chapter, chapter});
         },
         "/reports/0/chapters/1/heading", "given twice"},
        {"chapters in a version-3 file",
         [](json& j) {
             j["schema_version"] = 3;
             j["reports"][0]["chapters"] = json::array();
         },
         "/reports/0/chapters", "unknown field"},
        {"title of wrong type", [](json& j) { j["title"] = 5; }, "/title",
         "expected a string, found a whole number"},
        {"empty title", [](json& j) { j["title"] = " "; }, "/title", "non-empty"},
        {"year 0", [](json& j) { j["first_year"] = 0; }, "/first_year", "from 1900 to 2200"},
        {"year 99999", [](json& j) { j["reports"][0]["year"] = 99999; }, "/reports/0/year",
         "from 1900 to 2200"},
        {"fractional year", [](json& j) { j["last_year"] = 2022.5; }, "/last_year",
         "found the number 2022.5"},
        {"year in exponent form", [](json& j) { j["last_year"] = 2.022e3; }, "/last_year",
         "found the number 2022.0"},
        {"bad measure id", [](json& j) { j["reports"][0]["measures"][0]["id"] = "1..2"; },
         "/reports/0/measures/0/id", "1.1.5"},
        {"id with 200 levels",
         [](json& j) {
             std::string id = "1";
             for (int i = 0; i < 199; ++i) id += ".1";
             j["reports"][0]["measures"][0]["id"] = id;
         },
         "/reports/0/measures/0/id", "three numbers"},
        {"repeated id", [](json& j) { j["reports"][0]["measures"][1]["id"] = "1.1.9"; },
         "/reports/0/measures/1/id", "listed twice"},
        {"bad period", [](json& j) { j["reports"][0]["measures"][0]["period"] = "snart"; },
         "/reports/0/measures/0/period", "2019–2022"},
        {"period ending before it starts",
         [](json& j) { j["reports"][0]["measures"][0]["period"] = "2022–2019"; },
         "/reports/0/measures/0/period", "before it starts"},
        {"unknown status",
         [](json& j) { j["reports"][0]["measures"][0]["status"]["kind"] = "klar"; },
         "/reports/0/measures/0/status/kind", "genomförd"},
        {"completed without year",
         [](json& j) { j["reports"][0]["measures"][3]["status"].erase("year"); },
         "/reports/0/measures/3/status", "missing the field \"year\""},
        {"updated without aspects",
         [](json& j) { j["reports"][0]["measures"][2]["status"]["aspects"] = json::array(); },
         "/reports/0/measures/2/status", "tidplan"},
        {"unknown aspect",
         [](json& j) { j["reports"][0]["measures"][2]["status"]["aspects"][0] = "budget"; },
         "/reports/0/measures/2/status/aspects/0", "innehåll"},
        {"unknown role",
         [](json& j) { j["reports"][0]["measures"][0]["agencies"]["roles"][0]["role"] = "chef"; },
         "/reports/0/measures/0/agencies/roles/0/role", "ansvarig"},
        {"roles not an array",
         [](json& j) { j["reports"][0]["measures"][0]["agencies"]["roles"] = "MSB"; },
         "/reports/0/measures/0/agencies/roles", "expected an array"},
        {"bad date", [](json& j) { j["reports"][0]["submitted"] = "2021-02-30"; },
         "/reports/0/submitted", "calendar"},
        {"date of wrong shape", [](json& j) { j["reports"][0]["submitted"] = "1 mars 2021"; },
         "/reports/0/submitted", "YYYY-MM-DD"},
        {"page 0", [](json& j) { j["reports"][0]["measures"][0]["page"] = 0; },
         "/reports/0/measures/0/page", "from 1"},
        {"objective under the wrong priority",
         [](json& j) { j["priorities"][0]["objectives"][0]["id"] = "2.9"; },
         "/priorities/0/objectives/0/id", "does not belong"},
        {"two reports for one year", [](json& j) { j["reports"].push_back(j["reports"][0]); },
         "/reports/1/year", "second report"},
        {"agency listed twice", [](json& j) { j["agencies"].push_back(j["agencies"][0]); },
         "/agencies", "listed twice"},
        {"unknown chapter marking",
         [](json& j) { j["reports"][0]["measures"][0]["chapter_marking"] = "Ändrad"; },
         "/reports/0/measures/0/chapter_marking", "Ny åtgärd"},
        {"empty appendix",
         [](json& j) { j["reports"][0]["measures"][0]["appendix"] = json::object(); },
         "/reports/0/measures/0/appendix", "expected \"title\""},
        {"key with slash", [](json& j) { j["a/b~c"] = 1; }, "/a~1b~0c", "unknown field"},
    };
    for (const auto& c : cases) {
        SECTION(c.name) {
            json broken = valid;
            c.mutate(broken);
            const auto e = error_of(broken.dump());
            CHECK(e.where() == c.where);
            CHECK_THAT(e.problem(), Catch::Contains(c.says));
        }
    }
}

TEST_CASE("an error in a hand-edited file names line, column, report, measure and field",
          "[json_io]") {
    const std::string good = plan_to_json(fixtures::small_plan());
    // The second measure's status, with a typo.
    std::string text = good;
    const std::string typo_from = "\"kind\": \"pågående\"";
    const auto at = text.find(typo_from);
    REQUIRE(at != std::string::npos);
    text.replace(at, typo_from.size(), "\"kind\": \"pågånde\"");
    try {
        plan_from_json(text, "min-plan.json");
        FAIL("the typo loads");
    } catch (const DataError& e) {
        // Where the value starts: the line of the typo, the column after "kind": .
        std::size_t line =
            1 + static_cast<std::size_t>(
                    std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        CHECK(e.line() == line);
        CHECK(e.column() > 1);
        CHECK(e.context() == "report 2021, measure 1.1.9");
        CHECK(e.field() == "status.kind");
        CHECK_THAT(e.what(), Catch::StartsWith("min-plan.json:" + std::to_string(line) + ":"));
        CHECK_THAT(e.what(), Catch::Contains("report 2021, measure 1.1.9, status.kind: "));
        CHECK_THAT(e.what(), Catch::Contains("did you mean \"pågående\"?"));
        CHECK_THAT(e.where(), Catch::EndsWith("/status/kind"));
    }
}

TEST_CASE("a file whose text is given back while it is read still says where it is wrong",
          "[json_io]") {
    // load_plan gives the text's pages back as the one pass reads them; the careful read must
    // then read the file again, or it would find zeros where the first measures were.
    const std::string good = plan_to_json(fixtures::small_plan());
    std::string text = good;
    const std::string description = "\"Beskrivning av åtgärden.\\n\\nAndra stycket.\"";
    const auto first = text.find(description);
    REQUIRE(first != std::string::npos);
    text.replace(first, description.size(), "\"" + std::string(9u << 20, 'x') + "\"");
    const std::string page = "\"page\": 22";
    const auto last = text.rfind(page);
    REQUIRE(last > first);
    text.replace(last, page.size(), "\"page\": \"22\"");
    const TempDir dir;
    const auto file = dir.path / "stor.json";
    std::ofstream(file, std::ios::binary) << text;
    try {
        load_plan(file);
        FAIL("a page given as text loads");
    } catch (const DataError& e) {
        const auto line =
            1 + std::count(text.begin(), text.begin() + static_cast<long>(last), '\n');
        CHECK(e.line() == static_cast<std::size_t>(line));
        CHECK(e.field() == "page");
        CHECK(e.context() == "report 2021, measure 2.1.2");
    }
    // The same file without the mistake loads, its long description whole.
    text.replace(last, page.size() + 2, page);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    const Plan plan = load_plan(file);
    CHECK(plan.reports().at(2021).measures().front().description() == std::string(9u << 20, 'x'));
}
