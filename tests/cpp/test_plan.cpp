#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"

using namespace handlingsplan;

TEST_CASE("the plan finds priorities, objectives and measures", "[plan]") {
    const auto plan = fixtures::small_plan();
    CHECK(plan.years() == std::vector<int>{2021});
    CHECK(plan.priority(2).title() == "Öka säkerheten");
    CHECK(plan.objective(ObjectiveId(1, 2)).text == "Andra målet");
    CHECK(plan.find_objective(ObjectiveId(3, 2)) == nullptr);
    CHECK_THROWS_AS(plan.objective(ObjectiveId(3, 2)), NotFound);
    CHECK(plan.measure(MeasureId::parse("1.1.10")).title() == "Åtgärd 1.1.10");
    CHECK_THROWS_AS(plan.measure(MeasureId::parse("1.1.1")), NotFound);
}

TEST_CASE("plan invariants", "[plan]") {
    CHECK_THROWS_AS(Plan("P", 2022, 2019, {}, {}), InvalidValue);
    CHECK_THROWS_AS(Plan("P", 2019, 2022, {}, {Priority(1, "A", {}), Priority(1, "B", {})}),
                    InvalidValue);
    CHECK_THROWS_AS(Priority(1, "A", {{ObjectiveId(2, 1), "fel prioritering"}}), InvalidValue);
    CHECK_THROWS_AS(Priority(1, "", {}), InvalidValue);
    CHECK_THROWS_AS(
        Plan("P", 2019, 2022, {}, {},
             {Report(2021, Report::due_date(2021)), Report(2021, Report::due_date(2021))}),
        InvalidValue);
}

TEST_CASE("a priority's number runs 1 to 999, its objectives and the plan's priorities once",
          "[plan]") {
    CHECK(Priority(999, "Sista", {}).number() == 999);
    CHECK(Priority(1, "Första", {}).number() == 1);
    CHECK_THROWS_WITH(Priority(1000, "För hög", {}),
                      Catch::Contains("numbered 1 to 999, got 1000"));
    CHECK_THROWS_WITH(Priority(0, "Noll", {}), Catch::Contains("got 0"));
    // Objectives in any order are kept in id order; one listed twice is refused by its id.
    const Priority p(1, "A", {{ObjectiveId(1, 3), "c"}, {ObjectiveId(1, 1), "a"}});
    CHECK(p.objectives().front().id == ObjectiveId(1, 1));
    CHECK_THROWS_WITH(
        Priority(
            1, "A",
            {{ObjectiveId(1, 2), "b"}, {ObjectiveId(1, 1), "a"}, {ObjectiveId(1, 2), "b igen"}}),
        Catch::Contains("objective 1.2 is listed twice"));
    CHECK_THROWS_WITH(Plan("P", 2019, 2022, {},
                           {Priority(3, "C", {}), Priority(1, "A", {}), Priority(3, "C igen", {})}),
                      Catch::Contains("strategic priority 3 is listed twice"));
    const Plan plan("P", 2019, 2022, {}, {Priority(2, "B", {}), Priority(1, "A", {})});
    CHECK(plan.priorities().front().number() == 1);
}

TEST_CASE("recorded_changes: what an edit or an import records of a measure", "[plan]") {
    const ChangeSource line(SourceFields{.file = "redovisning-2022.txt", .line = 412});
    const Provenance from_text{line, ""};
    const Measure before = fixtures::measure("1.1.9", Status::ongoing());
    // New: "added" with its title.
    const auto added = recorded_changes(std::nullopt, before, from_text);
    REQUIRE(added.size() == 1);
    CHECK(added[0].part() == ChangedPart::added);
    CHECK(added[0].after() == "Åtgärd 1.1.9");
    CHECK(added[0].source()->line() == 412);
    // Unchanged, or no provenance: nothing.
    CHECK(recorded_changes(before, before, from_text).empty());
    CHECK(recorded_changes(std::nullopt, before, Provenance{}).empty());
    // Ended with another period: the period and the status, each with its values.
    const Measure after =
        fixtures::measure("1.1.9", Status::completed(2021), "MSB", Period(2019, 2021));
    const auto ended = recorded_changes(before, after, from_text);
    REQUIRE(ended.size() == 2);
    CHECK(ended[0].part() == ChangedPart::period);
    CHECK(ended[1].part() == ChangedPart::status);
    CHECK(ended[1].before() == "pågående");
    CHECK(ended[1].after() == "genomförd 2021");
}

TEST_CASE("a plan's ids are written as its words say", "[plan]") {
    auto plan = fixtures::pillar_plan();
    CHECK(plan.words().ids == IdStyle::letters);
    CHECK(plan.objective(ObjectiveId::parse("B.1")).text == "Mål B.1");
    plan.new_report(2027);
    const auto numbered = fixtures::measure("2.1.1", Status::ongoing(), "MSB");
    CHECK_THROWS_WITH(plan.add_measure(2027, numbered),
                      Catch::Contains("measure 2.1.1 is written with siffror, but the plan "
                                      "writes its ids with bokstäver (\"A.1.1\")"));
    // The plan's registry reads the phrase: MCF is an agency of its own here.
    Measure lettered(MeasureFields{.id = MeasureId::parse("B.1.1"),
                                   .title = "Aktivitet B.1.1",
                                   .description = "",
                                   .agencies = Agencies::parse("MSB"),
                                   .period = std::nullopt,
                                   .page = std::nullopt,
                                   .status = Status::ongoing()});
    CHECK_THROWS_AS(plan.add_measure(2027, lettered), ParseError);
    CHECK(plan.report(2027).size() == 1);
    // A plan of numbers refuses a lettered objective, and a lettered plan a numbered one.
    CHECK_THROWS_WITH(Plan("P", 2019, 2022, AgencyRegistry::standard(),
                           {Priority(1, "Ett", {{ObjectiveId::parse("A.1"), "Mål"}})}),
                      Catch::Contains("objective A.1 is written with bokstäver"));
    CHECK_THROWS_AS(
        Plan("P", 2019, 2022, AgencyRegistry::standard(),
             {Priority(1, "Ett", {{ObjectiveId(1, 1), "Mål"}})}, {}, fixtures::pillar_words()),
        InvalidValue);
    // A blank word is refused.
    PlanWords blank = fixtures::pillar_words();
    blank.appendix.empty = "";
    CHECK_THROWS_AS(Plan("P", 2019, 2022, AgencyRegistry::standard(), {}, {}, blank), InvalidValue);
}

TEST_CASE("a report's follow-up gives results only for the plan's priorities", "[plan]") {
    const Plan base = fixtures::small_plan();
    const auto with_results = [&](int priority) {
        return Plan(base.title(), base.first_year(), base.last_year(), base.agencies(),
                    base.priorities(),
                    {Report(2021, Report::due_date(2021), {}, ReportState::final, {},
                            FollowUp("", {}, {{priority, "Resultat."}}))});
    };
    CHECK(*with_results(2).report(2021).follow_up().results_for(2) == "Resultat.");
    CHECK_THROWS_WITH(with_results(3),
                      Catch::Contains("the Uppföljning chapter of the 2021 report gives results "
                                      "for priority 3, which the plan does not have"));
}

TEST_CASE("an activity of a priority the plan lacks is refused by its place", "[plan]") {
    Plan plan = fixtures::small_plan();
    const auto activity = [](int priority) {
        return GovernmentActivity::from_text(priority, ActivityState::ongoing,
                                             "Ska redovisas den 1 mars 2021.");
    };
    try {
        plan.set_activities({activity(1), activity(7)});
        FAIL("no error");
    } catch (const InvalidValue& e) {
        CHECK_THAT(e.what(),
                   Catch::Contains("government activity 2 belongs to strategic priority 7"));
        CHECK_THAT(e.swedish(),
                   Catch::Contains("regeringens aktivitet 2 hör till strategisk prioritering 7"));
    }
    CHECK(plan.activities().empty());
}

TEST_CASE("an activity read from a page the plan has read already is refused by its place",
          "[plan]") {
    Plan plan = fixtures::small_plan();
    const auto read_from = [](const char* source, const char* text) {
        return GovernmentActivity(1, text, ActivityState::ongoing, {}, {},
                                  ActivityDetails{.title = "", .source = source, .agencies = {}});
    };
    plan.add_activity(read_from("a.html", "Första."));
    plan.add_activity(read_from("b.html", "Andra."));
    plan.add_activity(read_from("", "Utan källa."));
    plan.add_activity(read_from("", "Också utan källa."));  // no source: nothing to compare
    CHECK(plan.activities().size() == 4);
    CHECK_THROWS_WITH(plan.add_activity(read_from("b.html", "Igen.")),
                      "the plan has this activity already: government activity 2 was read from "
                      "b.html");
    CHECK(plan.activities().size() == 4);
}

TEST_CASE("two pages of one assignment, headed by one diarienummer, are one activity", "[plan]") {
    const auto page = [](const char* title, const char* number, const char* source) {
        return GovernmentActivity(
            std::nullopt, "Uppdrag.", ActivityState::ongoing, {CaseNumber::parse(number)}, {},
            ActivityDetails{.title = title, .source = source, .agencies = {}});
    };
    Plan plan = fixtures::small_plan();
    plan.add_activity(page("Uppdrag till MSB", "Ju2018/03737/SSK", "a.html"));
    CHECK_THROWS_WITH(plan.add_activity(page("Uppdrag till MSB", "Ju2018/03737", "b.html")),
                      "the plan has this activity already: government activity 1 is "
                      "Ju2018/03737/SSK");
    // Without a title (the overview's activities), or headed by another kind of number, two
    // activities are not taken for one.
    plan.add_activity(page("", "Ju2018/03737", "c.html"));
    plan.add_activity(page("Kommittédirektiv", "dir. 2019:50", "d.html"));
    plan.add_activity(page("Kommittédirektiv igen", "dir. 2019:50", "e.html"));
    CHECK(plan.activities().size() == 4);
}

TEST_CASE("a new report: its years, its chapters carried over, one removed", "[plan]") {
    Plan empty("P", 2019, 2022, AgencyRegistry::standard(), fixtures::small_plan().priorities());
    CHECK(empty.new_report(2019).chapters().empty());  // the first year, and nothing to carry
    CHECK_THROWS_WITH(Plan("P", 2019, 2022, {}, {}).new_report(2024),
                      "the plan's reports are due 2019–2023, not 2024");

    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    plan.set_chapter(2022, ProseChapter("Slutord", {ChapterBlock::paragraph("Slut.")}));
    plan.finalize_report(2022);
    const Report& next = plan.new_report(2023);
    REQUIRE(next.chapters().size() == 1);
    CHECK(next.chapters()[0].carried_over_from() == 2022);
    plan.remove_chapter(2023, "Slutord");
    CHECK(plan.report(2023).chapters().empty());
    CHECK_THROWS_AS(plan.remove_chapter(2023, "Slutord"), NotFound);
}

TEST_CASE("an update marks what it changed, never a page alone or a new measure", "[plan]") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    plan.add_measure(2022, fixtures::measure("1.1.5", Status::added()));
    // 1.1.9 is pågående when carried over: a page alone is no update of it.
    plan.update_measure(2022, MeasureId::parse("1.1.9"), MeasureUpdate{.page = 40});
    CHECK(plan.report(2022).at(MeasureId::parse("1.1.9")).status() == Status::ongoing());
    // A new measure stays new, whatever is changed in it.
    plan.update_measure(2022, MeasureId::parse("1.1.5"), MeasureUpdate{.title = "Ny rubrik"});
    CHECK(plan.report(2022).at(MeasureId::parse("1.1.5")).status() == Status::added());
    // A schedule changed after the content: both are marked.
    plan.update_measure(2022, MeasureId::parse("1.1.9"), MeasureUpdate{.title = "Annan"});
    plan.update_measure(2022, MeasureId::parse("1.1.9"),
                        MeasureUpdate{.period = Period(2019, 2025)});
    CHECK(plan.report(2022).at(MeasureId::parse("1.1.9")).status() == Status::updated(true, true));
}

TEST_CASE("a form is recorded once, for an agency of the plan's registry", "[plan]") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    const FormEntry sent("MSB", FormEvent::sent, "MSB.xlsx");
    plan.record_form(2022, sent);
    plan.record_form(2022, sent);  // again: recorded once
    CHECK(plan.report(2022).forms() == std::vector<FormEntry>{sent});
    CHECK_THROWS_AS(plan.record_form(2022, FormEntry("Okänd myndighet", FormEvent::sent, "x.xlsx")),
                    NotFound);
}

TEST_CASE("an edit with a provenance records its change in the report, once", "[plan]") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    const MeasureId id = MeasureId::parse("1.1.9");
    const Provenance noted{std::nullopt, "Enligt beslut."};
    plan.update_measure(2022, id, MeasureUpdate{.page = 40}, noted);
    plan.update_measure(2022, id, MeasureUpdate{.page = 40}, noted);  // nothing new to record
    plan.complete_measure(2022, id, 2022, noted);
    const auto changes = plan.report(2022).changes_of(id);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].part() == ChangedPart::status);
    CHECK(changes[0].before() == "pågående");
    CHECK(changes[0].after() == "genomförd 2022");
}
