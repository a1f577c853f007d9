#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"

using namespace handlingsplan;

namespace {

// The small plan's JSON with `from` replaced by `to` (once).
std::string edited(const std::string& from, const std::string& to) {
    std::string text = plan_to_json(fixtures::small_plan());
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

DataError error_of(const std::string& text) {
    try {
        plan_from_json(text, "test.json");
    } catch (const DataError& e) {
        return e;
    }
    FAIL("no DataError");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("a period is read in its canonical form only, so it is written back as read",
          "[json_format]") {
    const std::string canonical = "\"period\": \"2019–2022\"";
    for (const std::string other : {"2019-2022", "2019 – 2022", " 2019–2022", "2021–2021"}) {
        const auto e = error_of(edited(canonical, "\"period\": \"" + other + "\""));
        CHECK_THAT(e.where(), Catch::EndsWith("/period"));
        CHECK_THAT(e.problem(), Catch::Contains("canonical form"));
    }
    CHECK_THAT(error_of(edited(canonical, "\"period\": \"2021–2021\"")).problem(),
               Catch::Contains("\"2021\""));
    // Every form the writer produces reads back as itself.
    const std::string text = plan_to_json(fixtures::small_plan());
    CHECK(plan_to_json(plan_from_json(text)) == text);
}

TEST_CASE("the loader and the constructors refuse the same values", "[json_format]") {
    // Each value the loader refuses in a file, the model refuses when built or edited.
    CHECK_THROWS_AS(Plan("  ", 2019, 2022, {}, {}), InvalidValue);
    CHECK_THAT(error_of(edited("\"title\": \"Testplan 2019–2022\"", "\"title\": \" \"")).where(),
               Catch::Equals("/title"));
    CHECK_THROWS_AS(Objective(ObjectiveId(1, 1), ""), InvalidValue);
    CHECK_THROWS_AS(Agencies("", {{"MSB", Role::responsible}}), InvalidValue);
    CHECK_THROWS_AS(Agencies("MSB", {{" ", Role::responsible}}), InvalidValue);
    auto f = fixtures::measure("1.1.1", Status::ongoing()).fields();
    for (const int page : {0, -1, max_page + 1}) {
        auto g = f;
        g.page = page;
        CHECK_THROWS_AS(Measure(g), InvalidValue);
        CHECK_THAT(error_of(edited("\"page\": 22", "\"page\": " + std::to_string(page))).where(),
                   Catch::EndsWith("/page"));
    }
    auto g = f;
    g.page = max_page;
    CHECK_NOTHROW(Measure(g));
    g = f;
    g.appendix_title = "";
    CHECK_THROWS_AS(Measure(g), InvalidValue);
    g = f;
    g.appendix_agencies = "\t";
    CHECK_THROWS_AS(Measure(g), InvalidValue);
    g = f;
    g.agencies = Agencies();
    CHECK_THROWS_AS(Measure(g), InvalidValue);

    // An edit cannot make what the loader refuses either.
    auto plan = fixtures::small_plan();
    plan.reopen_report(2021, "Rättelse.", boost::gregorian::date(2021, 4, 1));
    const auto before = plan;
    CHECK_THROWS_AS(plan.update_measure(2021, MeasureId(1, 1, 9), MeasureUpdate{.page = 1'000'000}),
                    InvalidValue);
    CHECK_THROWS_AS(plan.update_measure(2021, MeasureId(1, 1, 9), MeasureUpdate{.title = ""}),
                    InvalidValue);
    CHECK(plan == before);
}

TEST_CASE("a plan's own words and lettered ids are kept in the file", "[json_format]") {
    const Plan plan = fixtures::pillar_plan();
    const std::string text = plan_to_json(plan);
    CHECK(text.find("\"words\"") < text.find("\"agencies\""));
    CHECK(text.find("\"ids\": \"bokstäver\"") != std::string::npos);
    CHECK(text.find("\"number\": \"A\"") != std::string::npos);
    CHECK(text.find("\"id\": \"A.1.1\"") != std::string::npos);
    // Only the words that differ from the 2019–2022 plan's are written.
    CHECK(text.find("\"Klar\"") == std::string::npos);
    CHECK(text.find("\"page_column\"") == std::string::npos);
    const Plan again = plan_from_json(text);
    CHECK(again == plan);
    CHECK(again.words() == fixtures::pillar_words());
    CHECK(plan_to_json(again) == text);
}

TEST_CASE("lettered ids are refused where the plan's words do not say so", "[json_format]") {
    const std::string text = plan_to_json(fixtures::pillar_plan());
    const auto replaced = [&](const std::string& from, const std::string& to) {
        std::string out = text;
        const auto at = out.find(from);
        REQUIRE(at != std::string::npos);
        return out.replace(at, from.size(), to);
    };
    auto e = error_of(replaced("\"id\": \"A.1.1\"", "\"id\": \"1.1.1\""));
    CHECK(e.where() == "/reports/0/measures/0/id");
    CHECK_THAT(e.problem(), Catch::Contains("written with siffror"));
    e = error_of(replaced("\"ids\": \"bokstäver\"", "\"ids\": \"siffror\""));
    CHECK(e.where() == "/priorities/0/number");
    CHECK_THAT(e.problem(), Catch::Contains("\"ids\": \"bokstäver\""));
    e = error_of(replaced("\"id\": \"A.1\"", "\"id\": \"B.1\""));
    CHECK(e.where() == "/priorities/0/objectives/0/id");
    CHECK_THAT(e.problem(), Catch::Contains("does not belong to strategic priority A"));
    e = error_of(
        replaced("\"schema_version\": " + std::to_string(schema_version), "\"schema_version\": 4"));
    CHECK(e.where() == "/words");
}
