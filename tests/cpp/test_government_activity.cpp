#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "activity_properties.hpp"
#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/government_activity.hpp"
#include "handlingsplan/json_io.hpp"

using namespace handlingsplan;
namespace greg = boost::gregorian;

namespace {

std::vector<std::string> numbers(const ActivityFacts& facts) {
    std::vector<std::string> out;
    for (const auto& n : facts.case_numbers) out.push_back(n.to_string());
    return out;
}

std::vector<std::pair<std::string, std::string>> events(const ActivityFacts& facts) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& e : facts.events) out.emplace_back(event_kind_text(e.kind), e.when.to_iso());
    return out;
}

using Events = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("the rule reads case numbers and dated events from an activity's text", "[activity]") {
    // Activities of seed 003, word for word.
    auto facts = read_activity_text(
        "Uppdrag om en samlad informations- och cybersäkerhetshandlingsplan för åren 2019–2022, "
        "beslutades den 12 "
        "juli 2018 (Ju2018/03737/SSK). Den första handlingsplanen redovisades den 5 mars 2019 och "
        "ska redovisas "
        "årligen.");
    CHECK(numbers(facts) == std::vector<std::string>{"Ju2018/03737/SSK"});
    CHECK(events(facts) == Events{{"beslutad", "2018-07-12"}, {"redovisad", "2019-03-05"}});

    facts = read_activity_text(
        "Regeringen har beslutat att ge en särskild utredare i uppdrag att utreda "
        "förutsättningarna för den "
        "offentliga förvaltningen att få tillgång till säker och kostnadseffektiv it-drift (dir. "
        "2019:64). "
        "Uppdraget ska redovisas senast den 31 augusti 2020 samt senast den 31 maj 2021.");
    CHECK(numbers(facts) == std::vector<std::string>{"dir. 2019:64"});
    CHECK(events(facts) ==
          Events{{"ska redovisas", "2020-08-31"}, {"ska redovisas", "2021-05-31"}});
    CHECK(facts.events[0].bound == DateBound::no_later_than);

    facts = read_activity_text(
        "Uppdrag till Försäkringskassan att erbjuda samordnad och säker it-drift för vissa "
        "statliga myndigheter "
        "(Fi2017/03257/DF). Uppdraget har förlängts till och med den 31 december 2022 "
        "(I2019/02515/DF).");
    CHECK(numbers(facts) == std::vector<std::string>{"Fi2017/03257/DF", "I2019/02515/DF"});
    CHECK(events(facts) == Events{{"förlängd", "2022-12-31"}});
    CHECK(facts.events[0].bound == DateBound::through);

    facts = read_activity_text(
        "Uppdrag till Tillväxtverket att utveckla och genomföra ett program för att höja "
        "kompetensen om "
        "digitalisering i små företags ledningar och styrelser (N2018/04128/D). Uppdraget "
        "delredovisades den 18 "
        "december 2019 och ska slutredovisas senast den 31 mars 2021.");
    CHECK(events(facts) == Events{{"redovisad", "2019-12-18"}, {"ska redovisas", "2021-03-31"}});

    facts = read_activity_text(
        "Europeiska kommissionens rekommendation från mars 2019 om stärkt nätsäkerhet för 5G "
        "omfattade "
        "framtagande av en EU-gemensam riskanalys för 5G-nät. PTS fick i uppdrag att ta fram "
        "förslag till "
        "Sveriges del av riskanalysen (I2019/01414/D) . Den EU-gemensamma riskanalysen antogs av "
        "kommissionen i "
        "oktober 2019. En översyn av verktygslådan ska genomföras under 2020.");
    CHECK(events(facts) ==
          Events{{"övrigt", "2019-03"}, {"antagen", "2019-10"}, {"övrigt", "2020"}});

    facts = read_activity_text(
        "Lagändringar för ett starkt straffrättsligt skydd för den personliga integriteten (prop. "
        "2016/17:222) "
        "trädde i kraft den 1 januari 2018 respektive 1 januari 2019.");
    CHECK(numbers(facts) == std::vector<std::string>{"prop. 2016/17:222"});
    CHECK(events(facts) == Events{{"i kraft", "2018-01-01"}, {"i kraft", "2019-01-01"}});

    facts = read_activity_text(
        "Avslutade förhandlingar av cybersäkerhetspaketet hösten 2017 (JOIN(2017)450 final).");
    CHECK(numbers(facts) == std::vector<std::string>{"JOIN(2017) 450 final"});
    CHECK(events(facts) == Events{{"övrigt", "2017-hösten"}});
    CHECK(facts.events[0].when.precision() == DatePrecision::season);
}

namespace {

std::vector<GovernmentActivity> sample() {
    return {
        GovernmentActivity::from_text(
            1, ActivityState::ongoing,
            "Uppdrag till MSB att ta fram en struktur. Uppdraget ska redovisas den 1 mars 2021."),
        GovernmentActivity::from_text(
            2, ActivityState::ongoing,
            "Uppdrag till Försäkringskassan (Fi2017/03257/DF). Uppdraget ska redovisas senast "
            "den 31 januari 2021."),
        GovernmentActivity::from_text(
            5, ActivityState::ongoing,
            "Uppdrag till Tillväxtverket (N2018/04128/D). Uppdraget delredovisades den 18 "
            "december 2019 och ska slutredovisas senast den 31 mars 2021."),
        GovernmentActivity::from_text(
            3, ActivityState::finished,
            "Uppdrag till FRA och Säkerhetspolisen om utveckling av arbetet "
            "(Fö2017/00535/SUND). Redovisades den 31 juli 2017."),
        GovernmentActivity::from_text(
            3, ActivityState::ongoing,
            "Försvarsmakten har i regleringsbrev haft i uppdrag med stöd av Försvarets "
            "radioanstalt. Försvarsmaktens redovisning sker årligen."),
    };
}

}  // namespace

TEST_CASE("today's wording of a deadline: the report word after the date, stage and form",
          "[activity]") {
    using Report = std::tuple<std::string, std::string, std::string, std::string>;
    const auto reports = [](std::string_view text) {
        std::vector<Report> out;
        for (const auto& e : read_activity_text(text).events) {
            out.emplace_back(event_kind_text(e.kind), e.when.to_iso(), report_stage_text(e.stage),
                             report_form_text(e.form));
        }
        return out;
    };
    CHECK(reports("NCSC vid FRA ska senast den 6 mars 2026 skriftligen redovisa en översikt.") ==
          std::vector<Report>{{"ska redovisas", "2026-03-06", "", "skriftlig"}});
    CHECK(reports("FRA ska senast den 20 mars 2026 lämna en muntlig delredovisning till "
                  "Regeringskansliet och senast den 1 december 2026 lämna en skriftlig "
                  "slutredovisning.") ==
          std::vector<Report>{{"ska redovisas", "2026-03-20", "delredovisning", "muntlig"},
                              {"ska redovisas", "2026-12-01", "slutredovisning", "skriftlig"}});
    CHECK(reports("Uppdraget ska delredovisas senast den 31 mars 2021 och slutredovisas senast "
                  "den 15 december 2021.") ==
          std::vector<Report>{{"ska redovisas", "2021-03-31", "delredovisning", ""},
                              {"ska redovisas", "2021-12-15", "slutredovisning", ""}});
    CHECK(reports("Uppdraget ska redovisas muntligt den 15 januari 2021.") ==
          std::vector<Report>{{"ska redovisas", "2021-01-15", "", "muntlig"}});
    // The decision of the sentence before does not date the deadline of the next paragraph.
    CHECK(reports("Regeringen beslutade den 1 mars 2025 att ge FRA uppdraget.\n\nFRA ska senast "
                  "den 1 mars 2026 redovisa.") ==
          std::vector<Report>{{"beslutad", "2025-03-01", "", ""},
                              {"ska redovisas", "2026-03-01", "", ""}});
    CHECK(reports("Arbetet ska påbörjas senast den 1 februari 2026.") ==
          std::vector<Report>{{"påbörjad", "2026-02-01", "", ""}});
    // A requisition is no report.
    CHECK(reports("Rekvisition ska lämnas senast den 1 december 2020.") ==
          std::vector<Report>{{"övrigt", "2020-12-01", "", ""}});
    CHECK(parse_report_stage("delredovisning") == ReportStage::interim);
    CHECK(parse_report_form("skriftlig") == ReportForm::written);
    CHECK_THROWS_AS(parse_report_form("telefon"), ParseError);
}

TEST_CASE("activities are selected by priority, state, agency and case number", "[activity]") {
    const auto activities = sample();
    const auto& registry = AgencyRegistry::standard();
    CHECK(select_activities(activities, {.priority = 3}, registry).size() == 2);
    CHECK(select_activities(activities, {.state = ActivityState::finished}, registry).size() == 1);
    const auto fra = select_activities(activities, {.agency = "FRA"}, registry);
    CHECK(fra.size() == 2);  // by short name, and by full name ("Försvarets radioanstalt")
    CHECK(select_activities(activities, {.agency = "Försvarsmakten"}, registry).size() == 1);
    CHECK(select_activities(activities, {.agency = "MSB"}, registry).front() == &activities[0]);
    const auto cited = select_activities(
        activities, {.case_number = CaseNumber::parse("Fö2017/00535/ SUND")}, registry);
    REQUIRE(cited.size() == 1);
    CHECK(cited.front() == &activities[3]);
    CHECK_THROWS_AS(select_activities(activities, {.agency = "Nobody"}, registry), NotFound);
}

TEST_CASE("deadlines between two dates and overdue activities", "[activity]") {
    const auto activities = sample();
    const auto due = deadlines_between(activities, greg::date(2021, 1, 1), greg::date(2021, 3, 1));
    REQUIRE(due.size() == 2);
    CHECK(due[0].activity == &activities[1]);
    CHECK(due[0].event.when.exact_day() == greg::date(2021, 1, 31));
    CHECK(due[1].activity == &activities[0]);
    CHECK(deadlines_between(activities, greg::date(2021, 3, 2), greg::date(2021, 12, 31)).size() ==
          1);
    CHECK_THROWS_AS(deadlines_between(activities, greg::date(2021, 3, 2), greg::date(2021, 1, 1)),
                    InvalidValue);
    CHECK(overdue_activities(activities, greg::date(2021, 3, 1)) ==
          std::vector<const GovernmentActivity*>{&activities[1]});
    CHECK(overdue_activities(activities, greg::date(2021, 4, 1)).size() == 3);
    CHECK(!activities[3].overdue_on(greg::date(2030, 1, 1)));  // finished
}

TEST_CASE("government activities keep their invariants", "[activity]") {
    CHECK_THROWS_AS(GovernmentActivity(1000, "x", ActivityState::ongoing, {}, {}), InvalidValue);
    CHECK_THROWS_AS(GovernmentActivity(1, "  ", ActivityState::ongoing, {}, {}), InvalidValue);
    const auto n = CaseNumber::parse("dir. 2019:50");
    CHECK_THROWS_AS(GovernmentActivity(1, "x", ActivityState::ongoing, {n, n}, {}), InvalidValue);
    CHECK(parse_activity_state("avslutad") == ActivityState::finished);
    CHECK(parse_event_kind("ska redovisas") == EventKind::due);
    CHECK_THROWS_AS(parse_event_kind("ska redovisa"), ParseError);
}

TEST_CASE("a plan's activities go through its JSON and a plan without them reads as before",
          "[activity]") {
    auto plan = fixtures::small_plan();
    const std::string before = plan_to_json(plan);
    CHECK(before.find("activities") == std::string::npos);
    CHECK(plan_to_json(plan_from_json(before)) == before);

    auto activities = sample();
    CHECK_THROWS_AS(plan.set_activities(activities),
                    InvalidValue);  // priorities 3 and 5 are not in the plan
    CHECK(plan.activities().empty());
    activities.erase(std::remove_if(activities.begin(), activities.end(),
                                    [](const GovernmentActivity& a) { return a.priority() > 2; }),
                     activities.end());
    plan.set_activities(activities);
    const std::string text = plan_to_json(plan);
    CHECK(text.starts_with(before.substr(0, before.size() - 3)));  // the activities come last
    const auto back = plan_from_json(text);
    CHECK(back == plan);
    CHECK(back.activities() == activities);
    CHECK(plan_to_json(back) == text);
}

TEST_CASE("malformed activities in a plan file name the place", "[activity]") {
    auto plan = fixtures::small_plan();
    plan.set_activities({GovernmentActivity::from_text(1, ActivityState::ongoing,
                                                       "Ska redovisas den 1 mars 2021.")});
    const std::string good = plan_to_json(plan);
    const auto replaced = [&](const std::string& from, const std::string& to) {
        std::string text = good;
        const auto at = text.rfind(from);
        REQUIRE(at != std::string::npos);
        return text.replace(at, from.size(), to);
    };
    CHECK_THROWS_WITH(plan_from_json(replaced("\"2021-03-01\"", "\"2021-02-30\"")),
                      Catch::Contains("/activities/0/events/0/date"));
    CHECK_THROWS_WITH(plan_from_json(replaced("\"ska redovisas\"", "\"ska redovisa\"")),
                      Catch::Contains("/activities/0/events/0/kind"));
    CHECK_THROWS_WITH(plan_from_json(replaced("\"priority\": 1", "\"priority\": 4")),
                      Catch::Contains("/activities/0/priority"));
    CHECK_THROWS_WITH(
        plan_from_json(replaced("\"case_numbers\": []", "\"case_numbers\": [\"Ju2019\"]")),
        Catch::Contains("/activities/0/case_numbers/0"));
    CHECK_THROWS_WITH(
        plan_from_json(replaced("\"state\": \"pågående\"", "\"state\": \"pågående\", \"x\": 1")),
        Catch::Contains("/activities/0/x"));
    CHECK_THROWS_AS(plan_from_json(replaced("\"activities\": [", "\"activities\": {\"a\": [")),
                    DataError);
}

TEST_CASE("the fuzzer's properties hold on its seed corpus", "[activity][fuzz]") {
    namespace fs = std::filesystem;
    const fs::path folder = fs::path(HANDLINGSPLAN_FUZZ_DIR) / "corpus" / "fuzz_activity";
    std::size_t inputs = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
        INFO(entry.path().filename().string());
        CHECK_NOTHROW(handlingsplan::fuzz::check_activity_text(bytes));
        ++inputs;
    }
    CHECK(inputs >= 10);
}

namespace {
using Dated = std::tuple<std::string, std::string, std::string, std::string>;
// Each event of `text`: its kind, date, stage and form.
std::vector<Dated> dated(std::string_view text) {
    std::vector<Dated> out;
    for (const auto& e : read_activity_text(text).events) {
        out.emplace_back(event_kind_text(e.kind), e.when.to_iso(), report_stage_text(e.stage),
                         report_form_text(e.form));
    }
    return out;
}
}  // namespace

TEST_CASE("a sentence ends at a full stop before blanks or a line break and a capital",
          "[activity]") {
    // The word of the sentence before dates nothing in the next.
    for (const char* text : {"Rapporten redovisades.\nDen 1 mars 2021 hölls ett möte.",
                             "Rapporten redovisades.\r\nDen 1 mars 2021 hölls ett möte.",
                             "Rapporten redovisades. \n Den 1 mars 2021 hölls ett möte."}) {
        INFO(text);
        CHECK(dated(text) == std::vector<Dated>{{"övrigt", "2021-03-01", "", ""}});
    }
    // No blank after the stop, or no capital after the blank: the same sentence goes on.
    for (const char* text : {"Rapporten redovisades.Den 1 mars 2021 hölls ett möte.",
                             "Rapporten redovisades. den 1 mars 2021 hölls ett möte.",
                             "Rapporten redovisades\nden 1 mars 2021."}) {
        INFO(text);
        CHECK(dated(text) == std::vector<Dated>{{"redovisad", "2021-03-01", "", ""}});
    }
    // A text may begin and end with line breaks.
    CHECK(dated("\nSka redovisas den 1 mars 2021.\n") ==
          std::vector<Dated>{{"ska redovisas", "2021-03-01", "", ""}});
}

TEST_CASE("a date's words at the sentence's start and at the text's end", "[activity]") {
    // The word at the sentence's start comes before the date: it wins over a report word after.
    CHECK(dated("Redovisades den 5 mars 2019 i en rapport.") ==
          std::vector<Dated>{{"redovisad", "2019-03-05", "", ""}});
    // A report word that ends the text (no full stop) still dates the deadline.
    CHECK(dated("FRA ska senast den 6 mars 2026 redovisa") ==
          std::vector<Dated>{{"ska redovisas", "2026-03-06", "", ""}});
    // A qualifier at the sentence's start counts.
    CHECK(dated("Muntligen ska uppdraget redovisas den 15 januari 2021.") ==
          std::vector<Dated>{{"ska redovisas", "2021-01-15", "", "muntlig"}});
}

TEST_CASE("stage and form: a qualifier's stage, a reported interim, never a decision's form",
          "[activity]") {
    CHECK(dated("Uppdraget ska slutligt redovisas den 1 mars 2021.") ==
          std::vector<Dated>{{"ska redovisas", "2021-03-01", "slutredovisning", ""}});
    CHECK(dated("Uppdraget delredovisades den 18 december 2019.") ==
          std::vector<Dated>{{"redovisad", "2019-12-18", "delredovisning", ""}});
    CHECK(dated("Regeringen beslutade muntligt den 1 mars 2025.") ==
          std::vector<Dated>{{"beslutad", "2025-03-01", "", ""}});
}

TEST_CASE("an activity's priority is 1 to 999", "[activity]") {
    CHECK(GovernmentActivity(1, "x", ActivityState::ongoing, {}, {}).priority() == 1);
    CHECK(GovernmentActivity(999, "x", ActivityState::ongoing, {}, {}).priority() == 999);
    CHECK_THROWS_AS(GovernmentActivity(0, "x", ActivityState::ongoing, {}, {}), InvalidValue);
    CHECK_NOTHROW(GovernmentActivity(std::nullopt, "x", ActivityState::ongoing, {}, {}));
}

TEST_CASE("an activity's own agencies: named by short or full name, none blank", "[activity]") {
    const auto& registry = AgencyRegistry::standard();
    const auto with = [](std::vector<AssignedAgency> agencies) {
        return GovernmentActivity(1, "x", ActivityState::ongoing, {}, {},
                                  ActivityDetails{"Uppdrag", "", std::move(agencies)});
    };
    const auto by_short = with({{"FRA", AssignmentRole::assignee}});
    CHECK(by_short.names_agency(*registry.find("FRA")));
    CHECK_FALSE(by_short.names_agency(*registry.find("MSB")));
    const auto by_full = with({{"Försvarets radioanstalt", AssignmentRole::assignee}});
    CHECK(by_full.names_agency(*registry.find("FRA")));
    CHECK_FALSE(by_full.names_agency(*registry.find("MSB")));
    CHECK_NOTHROW(with({{"FRA", AssignmentRole::assignee, "NCSC", "NCSC vid FRA"}}));
    CHECK_THROWS_AS(with({{"FRA", AssignmentRole::assignee, " "}}), InvalidValue);
    CHECK_THROWS_AS(with({{"FRA", AssignmentRole::assignee, "", "\xC2\xA0"}}), InvalidValue);
    CHECK_THROWS_AS(with({{" ", AssignmentRole::assignee}}), InvalidValue);
}

TEST_CASE("an agency named in an activity's text: a whole word or its genitive", "[activity]") {
    const auto& fra = *AgencyRegistry::standard().find("FRA");
    const auto text = [](const char* t) {
        return GovernmentActivity(1, t, ActivityState::ongoing, {}, {});
    };
    CHECK(text("Uppdrag till FRAs enhet.").names_agency(fra));
    CHECK(text("Uppdrag till FRA.").names_agency(fra));
    CHECK_FALSE(text("Uppdrag till FRAse.").names_agency(fra));
    CHECK_FALSE(text("Uppdrag till FRAX.").names_agency(fra));
    CHECK_FALSE(text("Uppdrag till XFRA.").names_agency(fra));
    // A name found inside a longer word first is looked for again further on.
    CHECK(text("FRAX och FRA").names_agency(fra));
    CHECK(text("FRAse, FRAs").names_agency(fra));
}

TEST_CASE("an activity's deadlines are its due events only", "[activity]") {
    const auto a = GovernmentActivity::from_text(
        1, ActivityState::ongoing,
        "Uppdraget beslutades den 1 mars 2020. Det ska redovisas den 1 mars 2021.");
    REQUIRE(a.events().size() == 2);
    const auto due = a.deadlines();
    REQUIRE(due.size() == 1);
    CHECK(due[0].kind == EventKind::due);
    CHECK(due[0].when.to_iso() == "2021-03-01");
}

TEST_CASE("a report on the deadline's own day meets it", "[activity]") {
    const auto a = GovernmentActivity::from_text(
        1, ActivityState::ongoing,
        "Uppdraget ska redovisas den 1 mars 2021. Det redovisades den 1 mars 2021.");
    REQUIRE(a.events().size() == 2);
    CHECK_FALSE(a.overdue_on(greg::date(2021, 4, 1)));
    const auto after = GovernmentActivity::from_text(
        1, ActivityState::ongoing,
        "Uppdraget ska redovisas den 1 mars 2021. Det redovisades den 2 mars 2021.");
    CHECK_FALSE(after.overdue_on(greg::date(2021, 4, 1)));
    // A report the day before is an earlier one's: the deadline is still open.
    const auto before = GovernmentActivity::from_text(
        1, ActivityState::ongoing,
        "Uppdraget ska redovisas den 1 mars 2021. Det redovisades den 28 februari 2021.");
    CHECK(before.overdue_on(greg::date(2021, 4, 1)));
}

TEST_CASE("deadlines between a day and itself: the deadlines of that day", "[activity]") {
    const auto activities = sample();
    const greg::date day(2021, 1, 31);
    const auto due = deadlines_between(activities, day, day);
    REQUIRE(due.size() == 1);
    CHECK(due[0].activity == &activities[1]);
    CHECK(deadlines_between(activities, greg::date(2021, 2, 1), greg::date(2021, 2, 28)).empty());
    CHECK(deadlines_between(activities, greg::date(2021, 3, 1), greg::date(2021, 3, 1)).size() ==
          1);
}

TEST_CASE("an assigned agency's name: as printed, or today's once its successor took over",
          "[activity]") {
    const auto& registry = AgencyRegistry::standard();
    const AssignedAgency msb{"MSB", AssignmentRole::assignee};
    const std::string today_msb = "MSB (sedan 2026 Myndigheten för civilt försvar)";
    CHECK(assigned_agency_name(msb, registry) == "MSB");
    CHECK(assigned_agency_name(msb, registry, greg::date(2025, 12, 31)) == "MSB");
    CHECK(assigned_agency_name(msb, registry, greg::date(2026, 1, 1)) == today_msb);
    CHECK(assigned_agency_name(msb, registry, greg::date(2026, 3, 1)) == today_msb);
    // Agencies without a successor, or unknown to the registry, keep their names.
    CHECK(assigned_agency_name({"FRA", AssignmentRole::assignee}, registry,
                               greg::date(2026, 3, 1)) == "FRA");
    CHECK(assigned_agency_name({"Valmyndigheten", AssignmentRole::assignee}, registry,
                               greg::date(2026, 3, 1)) == "Valmyndigheten");
    // A page printed with today's names keeps them, its abbreviation in brackets or not.
    const auto printed = [&](const char* as_printed) {
        return assigned_agency_name({"MSB", AssignmentRole::assignee, "", as_printed}, registry,
                                    greg::date(2026, 3, 1));
    };
    CHECK(printed("Myndigheten för civilt försvar (MCF)") ==
          "Myndigheten för civilt försvar (MCF)");
    CHECK(printed("Myndigheten för civilt försvar") == "Myndigheten för civilt försvar");
    CHECK(printed("MCF") == "MCF");
    // Brackets only at the end are an abbreviation; an old name is today's.
    CHECK(printed("MCF (enligt sidan) i Stockholm") == today_msb);
    CHECK(printed("Myndigheten för samhällsskydd och beredskap") == today_msb);
}

namespace {

using ojson = nlohmann::ordered_json;

// The small plan's text (priorities 1 and 2) with `activity` its one government activity.
std::string with_activity(const ojson& activity) {
    ojson document = ojson::parse(plan_to_json(fixtures::small_plan()));
    document["activities"] = ojson::array({activity});
    return document.dump();
}

// An activity giving every field, each key in the order the plan file writes it.
ojson full_activity() {
    const ojson event = {{"kind", "ska redovisas"},
                         {"date", "2021-03-01"},
                         {"bound", "senast"},
                         {"stage", "delredovisning"},
                         {"form", "muntlig"}};
    const ojson first = {{"name", "MSB"},
                         {"role", "uppdragstagare"},
                         {"unit", "Enheten för cybersäkerhet"},
                         {"printed", "Myndigheten för samhällsskydd"}};
    const ojson second = {{"name", "FRA"}, {"role", "genom"}};
    return {{"priority", 2},
            {"state", "pågående"},
            {"text", "Myndigheten ska delredovisa uppdraget muntligt senast den 1 mars 2021."},
            {"case_numbers", ojson::array({"dir. 2019:50"})},
            {"events", ojson::array({event})},
            {"title", "Uppdrag att stärka cybersäkerheten"},
            {"source", "Regleringsbrev för 2021"},
            {"agencies", ojson::array({first, second})}};
}

// The activity `full_activity()` with the value at `pointer` set to `value`.
ojson changed(const std::string& pointer, const ojson& value) {
    ojson activity = full_activity();
    activity[ojson::json_pointer(pointer)] = value;
    return activity;
}

DataError load_error(const ojson& activity) {
    try {
        (void)plan_from_json(with_activity(activity), "a.json");
    } catch (const DataError& e) {
        return e;
    }
    FAIL("the plan loaded");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("an activity's every field goes through the plan file and back", "[activity]") {
    const Plan plan = plan_from_json(with_activity(full_activity()), "a.json");
    REQUIRE(plan.activities().size() == 1);
    const GovernmentActivity& a = plan.activities()[0];
    CHECK(a.priority() == 2);
    CHECK(a.state() == ActivityState::ongoing);
    REQUIRE(a.case_numbers().size() == 1);
    CHECK(a.case_numbers()[0].to_string() == "dir. 2019:50");
    REQUIRE(a.events().size() == 1);
    CHECK(a.events()[0].kind == EventKind::due);
    CHECK(a.events()[0].when.to_iso() == "2021-03-01");
    CHECK(a.events()[0].bound == DateBound::no_later_than);
    CHECK(a.events()[0].stage == ReportStage::interim);
    CHECK(a.events()[0].form == ReportForm::oral);
    CHECK(a.details().title == "Uppdrag att stärka cybersäkerheten");
    CHECK(a.details().source == "Regleringsbrev för 2021");
    REQUIRE(a.details().agencies.size() == 2);
    CHECK(a.details().agencies[0].name == "MSB");
    CHECK(a.details().agencies[0].role == AssignmentRole::assignee);
    CHECK(a.details().agencies[0].unit == "Enheten för cybersäkerhet");
    CHECK(a.details().agencies[0].printed == "Myndigheten för samhällsskydd");
    CHECK(a.details().agencies[1].role == AssignmentRole::through);
    CHECK(a.details().agencies[1].unit.empty());
    CHECK(a.details().agencies[1].printed.empty());
    // Written, the activity is the one read, no field left out and none added.
    CHECK(ojson::parse(plan_to_json(plan))["activities"][0] == full_activity());
    // Without the optional fields, none is written.
    ojson bare = full_activity();
    for (const char* key : {"priority", "title", "source", "agencies"}) bare.erase(key);
    for (const char* key : {"bound", "stage", "form"}) bare["events"][0].erase(key);
    const Plan read = plan_from_json(with_activity(bare), "a.json");
    CHECK_FALSE(read.activities()[0].priority().has_value());
    CHECK(read.activities()[0].events()[0].bound == DateBound::none);
    CHECK(ojson::parse(plan_to_json(read))["activities"][0] == bare);
}

TEST_CASE("an activity's priority is a whole number from 1 to 999 among the plan's", "[activity]") {
    CHECK(plan_from_json(with_activity(changed("/priority", 1)), "a.json")
              .activities()[0]
              .priority() == 1);
    const auto refused = [](const ojson& priority) {
        const DataError e = load_error(changed("/priority", priority));
        CHECK(e.where() == "/activities/0/priority");
        return e.problem();
    };
    CHECK(refused(0) == "expected a whole number from 1 to 999, found 0");
    CHECK(refused(1000) == "expected a whole number from 1 to 999, found 1000");
    CHECK(refused("2") == "expected a whole number from 1 to 999, found a string");
    CHECK(refused(1.5) == "expected a whole number from 1 to 999, found the number 1.5");
    CHECK(refused(999) == "strategic priority 999 is not among the plan's priorities");
    CHECK(refused(3) == "strategic priority 3 is not among the plan's priorities");
    CHECK(load_error(changed("/priority", -1)).swedish_problem() ==
          "ett heltal från 1 till 999 väntades, -1 hittades");
    CHECK(load_error(changed("/priority", nullptr)).swedish_problem() ==
          "ett heltal från 1 till 999 väntades, null hittades");
}

TEST_CASE("an activity's fields are refused where they are wrong, each at its place",
          "[activity]") {
    struct Case {
        std::string pointer;
        ojson value;
        std::string where, problem;
    };
    const std::vector<Case> cases = {
        {"/events/0/stage", "", "/activities/0/events/0/stage",
         "leave \"stage\" out for an event without one"},
        {"/events/0/form", "", "/activities/0/events/0/form",
         "leave \"form\" out for an event without one"},
        {"/events/0/bound", "", "/activities/0/events/0/bound",
         "leave \"bound\" out for a date without one"},
        {"/agencies/0/unit", "", "/activities/0/agencies/0/unit", "leave it out rather than empty"},
        {"/agencies/1/printed", "", "/activities/0/agencies/1/printed",
         "leave it out rather than empty"},
        {"/agencies/1/unit", 5, "/activities/0/agencies/1/unit",
         "expected a string, found a whole number"},
        {"/agencies/0/x", 1, "/activities/0/agencies/0/x",
         "unknown field; expected only \"name\", \"role\", \"unit\", \"printed\""},
        {"/agencies/1", "FRA", "/activities/0/agencies/1", "expected an object, found a string"},
        {"/agencies", ojson::object(), "/activities/0/agencies",
         "expected an array, found an object"},
        {"/title", 5, "/activities/0/title", "expected a string, found a whole number"},
        {"/source", true, "/activities/0/source", "expected a string, found a boolean"},
        {"/x", 1, "/activities/0/x",
         "unknown field; expected only \"state\", \"text\", \"case_numbers\", \"events\", "
         "\"priority\", \"title\", \"source\", \"agencies\""},
        {"/events/0", ojson::array(), "/activities/0/events/0",
         "expected an object, found an array"},
        {"/case_numbers/0", 1, "/activities/0/case_numbers/0",
         "expected a string, found a whole number"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.pointer, c.value.dump());
        const DataError e = load_error(changed(c.pointer, c.value));
        CHECK(e.where() == c.where);
        CHECK(e.problem() == c.problem);
    }
    ojson missing = full_activity();
    missing.erase("state");
    const DataError e = load_error(missing);
    CHECK(e.where() == "/activities/0");
    CHECK(e.problem() == "missing the field \"state\"");
    CHECK(e.swedish_problem() == "fältet \"state\" saknas");
    ojson document = ojson::parse(with_activity(full_activity()));
    document["activities"] = ojson::object();
    try {
        (void)plan_from_json(document.dump(), "a.json");
        FAIL("the plan loaded");
    } catch (const DataError& error) {
        CHECK(error.where() == "/activities");
        CHECK(error.problem() == "expected an array, found an object");
        CHECK(error.swedish_problem() == "en lista väntades, ett objekt hittades");
    }
}
