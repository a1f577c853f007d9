#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"
#include "json_load.hpp"

using namespace handlingsplan;
using json = nlohmann::ordered_json;
namespace greg = boost::gregorian;

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

// A plan's JSON document, to edit.
json document_of(const Plan& plan) { return json::parse(plan_to_json(plan)); }

// The plan `document` gives, read as plan_from_json reads it, in one pass (a good file is
// never read twice) and carefully: all three the same.
Plan read_both_ways(const json& document) {
    const std::string text = document.dump();
    const Plan plan = plan_from_json(text, "test.json");
    CHECK(detail::read_plan_in_one_pass(text, "test.json") == plan);
    CHECK(detail::read_plan_carefully(text, "test.json") == plan);
    return plan;
}

// The JSON of measure `id` in the first report of `document`.
json& measure_json(json& document, const std::string& id) {
    for (auto& m : document["reports"][0]["measures"]) {
        if (m["id"] == id) return m;
    }
    FAIL("no measure " << id);
    throw std::logic_error("unreachable");
}

const Measure& measure_of(const Plan& plan, int year, const std::string& id) {
    for (const auto& m : plan.report(year).measures()) {
        if (m.id().to_string() == id) return m;
    }
    FAIL("no measure " << id);
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

TEST_CASE("a date is read in every digit and at both ends of the plan's years", "[json_format]") {
    // A form register entry's date (read by both reads of a report).
    const std::vector<std::pair<const char*, greg::date>> dates{
        {"1900-01-01", greg::date(1900, 1, 1)},  {"2200-12-31", greg::date(2200, 12, 31)},
        {"2019-09-29", greg::date(2019, 9, 29)}, {"2045-06-17", greg::date(2045, 6, 17)},
        {"2038-07-28", greg::date(2038, 7, 28)},
    };
    for (const auto& [text, day] : dates) {
        INFO(text);
        json document = document_of(fixtures::small_plan());
        document["reports"][0]["forms"] = json::array(
            {{{"agency", "MSB"}, {"event", "sent"}, {"file", "msb.xlsx"}, {"date", text}}});
        const Plan plan = read_both_ways(document);
        REQUIRE(plan.report(2021).forms().size() == 1);
        CHECK(plan.report(2021).forms()[0].on() == day);
    }
    const std::vector<std::pair<const char*, const char*>> refused{
        {"1899-12-31", "outside 1900–2200"}, {"2201-01-01", "outside 1900–2200"},
        {"2021-1 -01", "YYYY-MM-DD"},        {"2021-01- 1", "YYYY-MM-DD"},
        {"202 -01-01", "YYYY-MM-DD"},        {"+021-01-01", "YYYY-MM-DD"},
        {"2021-0a-01", "YYYY-MM-DD"},        {"2021-02-30", "not a date in the calendar"},
    };
    for (const auto& [text, says] : refused) {
        INFO(text);
        json document = document_of(fixtures::small_plan());
        document["reports"][0]["forms"] = json::array(
            {{{"agency", "MSB"}, {"event", "sent"}, {"file", "msb.xlsx"}, {"date", text}}});
        const auto e = error_of(document.dump());
        CHECK(e.where() == "/reports/0/forms/0/date");
        CHECK_THAT(e.problem(), Catch::Contains(says));
    }
}

TEST_CASE("a form register entry's agency is one of the plan's registry", "[json_format]") {
    json document = document_of(fixtures::small_plan());
    document["reports"][0]["forms"] =
        json::array({{{"agency", "PTS"}, {"event", "answered"}, {"file", "pts.xlsx"}}});
    const Plan plan = read_both_ways(document);
    REQUIRE(plan.report(2021).forms().size() == 1);
    CHECK(plan.report(2021).forms()[0].agency() == "PTS");
    document["reports"][0]["forms"][0]["agency"] = "Okänd myndighet";
    const auto e = error_of(document.dump());
    CHECK(e.where() == "/reports/0/forms/0/agency");
    CHECK_THAT(e.problem(), Catch::Contains("not in the plan's registry"));
}

TEST_CASE("an updated status's aspects each set their own", "[json_format]") {
    // The careful read reads a measure's status itself (the one pass builds measures apart).
    for (const auto& [aspects, schedule, content] : std::vector<std::tuple<json, bool, bool>>{
             {json::array({"tidplan"}), true, false},
             {json::array({"innehåll"}), false, true},
             {json::array({"innehåll", "tidplan"}), true, true}}) {
        INFO(aspects.dump());
        json document = document_of(fixtures::small_plan());
        measure_json(document, "1.2.1")["status"]["aspects"] = aspects;
        const Plan plan = read_both_ways(document);
        CHECK(measure_of(plan, 2021, "1.2.1").status() == Status::updated(schedule, content));
    }
}

TEST_CASE("a measure's appendix may give its title or its agencies alone", "[json_format]") {
    json document = document_of(fixtures::small_plan());
    measure_json(document, "1.1.10")["appendix"] = {{"title", "Rubrik i bilagan"}};
    Plan plan = read_both_ways(document);
    CHECK(measure_of(plan, 2021, "1.1.10").appendix_title() == "Rubrik i bilagan");
    CHECK(!measure_of(plan, 2021, "1.1.10").appendix_agencies());
    measure_json(document, "1.1.10")["appendix"] = {{"agencies", "FRA"}};
    plan = read_both_ways(document);
    CHECK(!measure_of(plan, 2021, "1.1.10").appendix_title());
    CHECK(measure_of(plan, 2021, "1.1.10").appendix_agencies() == "FRA");
}

TEST_CASE("a lettered plan's priority number is a capital letter, never digits", "[json_format]") {
    for (const char* number : {"1", "a", "AA"}) {
        INFO(number);
        json document = document_of(fixtures::pillar_plan());
        document["priorities"][0]["number"] = number;
        const auto e = error_of(document.dump());
        CHECK(e.where() == "/priorities/0/number");
        CHECK_THAT(e.problem(), Catch::Contains("expected a capital letter A–Z"));
    }
}

TEST_CASE("a follow-up result's priority is written as the plan writes its ids from version 6",
          "[json_format]") {
    json document = document_of(fixtures::pillar_plan());
    document["reports"][0]["follow_up"] = {
        {"results", json::array({{{"priority", "B"}, {"text", "Resultat."}}})}};
    const Plan plan = read_both_ways(document);
    CHECK(plan.report(2026).follow_up().results() == std::map<int, std::string>{{2, "Resultat."}});
    CHECK(json::parse(plan_to_json(plan))["reports"][0]["follow_up"] ==
          document["reports"][0]["follow_up"]);
    // Before version 6, always as a number.
    document["schema_version"] = 5;
    document["reports"][0]["follow_up"]["results"][0]["priority"] = 2;
    CHECK(read_both_ways(document) == plan);
}

TEST_CASE("every schema version from 1 is read, each with the fields it knew", "[json_format]") {
    const Plan small = fixtures::small_plan();
    // Version 1: no report state (every report final), nothing a later version added.
    json document = document_of(small);
    document["schema_version"] = 1;
    document["reports"][0].erase("state");
    const Plan first = read_both_ways(document);
    CHECK(first.report(2021).state() == ReportState::final);
    CHECK(first.report(2021).measures() == small.report(2021).measures());
    document["reports"][0]["state"] = "final";
    CHECK(error_of(document.dump()).where() == "/reports/0/state");
    // Version 4 added the prose chapters, the recorded changes and the form register.
    document = document_of(small);
    document["schema_version"] = 4;
    document["reports"][0]["chapters"] = json::parse(
        R"([{"heading": "Slutord", "blocks": [{"kind": "paragraph", "text": "Sista ordet."}]}])");
    document["reports"][0]["forms"] =
        json::array({{{"agency", "MSB"}, {"event", "sent"}, {"file", "msb.xlsx"}}});
    const Plan fourth = read_both_ways(document);
    REQUIRE(fourth.report(2021).chapters().size() == 1);
    CHECK(fourth.report(2021).chapters()[0].heading() == "Slutord");
    CHECK(fourth.report(2021).forms().size() == 1);
    document["schema_version"] = 3;
    CHECK(error_of(document.dump()).where() == "/reports/0/chapters");
    // Version 5 added the plan's own words.
    document = document_of(fixtures::pillar_plan());
    document["schema_version"] = 5;
    CHECK(read_both_ways(document) == fixtures::pillar_plan());
    document["schema_version"] = 0;
    CHECK(error_of(document.dump()).where() == "/schema_version");
}

TEST_CASE("a report's measures are objects, each with an id written as the plan writes them",
          "[json_format]") {
    json document = document_of(fixtures::small_plan());
    for (json value : {json(5), json("1.1.11"), json(nullptr), json(true)}) {
        INFO(value.dump());
        json broken = document;
        broken["reports"][0]["measures"].push_back(value);
        const auto e = error_of(broken.dump());
        CHECK(e.where() == "/reports/0/measures/5");
        CHECK_THAT(e.problem(), Catch::Contains("expected an object"));
    }
    // Every measure lettered in a plan whose words say digits.
    for (auto& measure : document["reports"][0]["measures"]) {
        std::string id = measure["id"];
        id[0] = static_cast<char>('A' + (id[0] - '1'));
        measure["id"] = id;
    }
    const auto e = error_of(document.dump());
    CHECK(e.where() == "/reports/0/measures/0/id");
    CHECK_THAT(e.problem(), Catch::Contains("written with bokstäver"));
}
