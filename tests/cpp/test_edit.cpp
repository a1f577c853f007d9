#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"

using namespace handlingsplan;

namespace {
Plan plan_with_2022() {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    return plan;
}
}  // namespace

TEST_CASE("a new report carries every measure forward", "[edit]") {
    Plan plan = fixtures::small_plan();
    const Report& next = plan.new_report(2022);
    CHECK(plan.years() == std::vector<int>{2021, 2022});
    CHECK(next.submitted() == boost::gregorian::date(2022, 3, 1));
    REQUIRE(next.size() == plan.report(2021).size());
    CHECK(next.at(MeasureId::parse("1.1.10")).status() == Status::ongoing());
    CHECK(next.at(MeasureId::parse("1.1.10")).page() == std::nullopt);
    CHECK(next.at(MeasureId::parse("2.1.1")).status() == Status::completed(2020));
    // Pages are dropped (the new report is not laid out yet), which is no change.
    CHECK(diff(plan.report(2021), next).empty());
}

TEST_CASE("new reports come in order and within the plan's years", "[edit]") {
    Plan plan = fixtures::small_plan();
    CHECK_THROWS_AS(plan.new_report(2021), RuleViolation);
    CHECK_THROWS_AS(plan.new_report(2020), RuleViolation);
    CHECK_THROWS_AS(plan.new_report(2024), RuleViolation);
    CHECK_NOTHROW(plan.new_report(2023));  // the final report
}

TEST_CASE("edits give the markings the next report must carry", "[edit]") {
    Plan plan = plan_with_2022();
    plan.update_measure(2022, MeasureId::parse("1.1.9"), {.period = Period(2019, 2023)});
    plan.update_measure(2022, MeasureId::parse("1.2.1"), {.description = "Ny beskrivning."});
    plan.update_measure(2022, MeasureId::parse("1.2.1"), {.period = Period::year(2022)});
    plan.complete_measure(2022, MeasureId::parse("1.1.10"), 2021);
    auto fields = fixtures::measure("1.1.11", Status::ongoing()).fields();
    plan.add_measure(2022, Measure(fields));
    const Report& r = plan.report(2022);
    CHECK(r.at(MeasureId::parse("1.1.9")).status().appendix_text() == "Uppdaterad, tidplan");
    CHECK(r.at(MeasureId::parse("1.2.1")).status().appendix_text() ==
          "Uppdaterad, tidplan och innehåll");
    CHECK(r.at(MeasureId::parse("1.1.10")).status() == Status::completed(2021));
    CHECK(r.at(MeasureId::parse("1.1.11")).status() == Status::added());
    const auto d = diff(plan.report(2021), r);
    CHECK(d.of(Change::added).size() == 1);
    CHECK(d.of(Change::completed).size() == 1);
    CHECK(d.marking_disagreements().empty());
}

TEST_CASE("the rules of the plan hold, and a refused edit changes nothing", "[edit]") {
    Plan plan = plan_with_2022();
    const Plan before = plan;
    const auto id = [](const char* text) { return MeasureId::parse(text); };
    auto reused = fixtures::measure("2.1.2", Status::ongoing()).fields();  // withdrawn in 2019
    CHECK_THROWS_AS(plan.add_measure(2022, Measure(reused)), RuleViolation);
    auto orphan = fixtures::measure("3.2.9", Status::ongoing()).fields();  // no objective 3.2 here
    CHECK_THROWS_AS(plan.add_measure(2022, Measure(orphan)), RuleViolation);
    CHECK_THROWS_AS(plan.complete_measure(2022, id("2.1.1"), 2021), RuleViolation);  // already done
    CHECK_THROWS_AS(plan.update_measure(2022, id("2.1.2"), {.title = "x"}), RuleViolation);
    CHECK_THROWS_AS(plan.complete_measure(2022, id("1.1.9"), 2018),
                    RuleViolation);  // before the plan
    CHECK_THROWS_AS(plan.complete_measure(2022, id("1.1.9"), 2023),
                    RuleViolation);  // after the plan
    CHECK_THROWS_AS(plan.complete_measure(2022, id("1.1.10"), 2020),
                    RuleViolation);  // before its start
    CHECK_THROWS_AS(plan.withdraw_measure(2022, id("1.1.9"), 2021, "  "), RuleViolation);
    CHECK_THROWS_AS(plan.complete_measure(2022, id("9.9.9"), 2021), NotFound);
    CHECK_THROWS_AS(plan.complete_measure(2030, id("1.1.9"), 2021), NotFound);
    CHECK(plan == before);
}

TEST_CASE("the 2021 report may record an end in 2021 but not in 2022", "[edit]") {
    Plan plan = plan_with_2022();
    plan.reopen_report(2021, "Rättelse av en åtgärd.", boost::gregorian::date(2021, 4, 1));
    CHECK_THROWS_AS(plan.complete_measure(2021, MeasureId::parse("1.1.9"), 2022), RuleViolation);
    CHECK_NOTHROW(plan.withdraw_measure(2021, MeasureId::parse("1.1.9"), 2021, "Skäl."));
}

TEST_CASE("a final report refuses every edit and stays as it was", "[edit]") {
    Plan plan = fixtures::small_plan();  // its 2021 report is final, as a report built from data is
    REQUIRE(plan.report(2021).is_final());
    const Plan before = plan;
    const auto id = MeasureId::parse("1.1.9");
    CHECK_THROWS_WITH(plan.complete_measure(2021, id, 2021),
                      Catch::Contains("report 2021 is final") && Catch::Contains("reopen"));
    CHECK_THROWS_AS(plan.withdraw_measure(2021, id, 2021, "Skäl."), RuleViolation);
    CHECK_THROWS_AS(plan.update_measure(2021, id, MeasureUpdate{.title = "Ny titel"}),
                    RuleViolation);
    CHECK_THROWS_AS(plan.add_measure(2021, fixtures::measure("1.1.20", Status::added())),
                    RuleViolation);
    CHECK(plan == before);
}

TEST_CASE("a correction of a final report is on the record: reopened with its reason", "[edit]") {
    Plan plan = fixtures::small_plan();
    const boost::gregorian::date day(2021, 4, 1);
    CHECK_THROWS_AS(plan.reopen_report(2021, "  ", day), RuleViolation);
    CHECK(plan.report(2021).is_final());
    plan.reopen_report(2021, "Fel år för 2.1.1.", day);
    CHECK_FALSE(plan.report(2021).is_final());
    CHECK(plan.report(2021).reopenings() == std::vector<Reopening>{{day, "Fel år för 2.1.1."}});
    CHECK_THROWS_AS(plan.reopen_report(2021, "igen", day), RuleViolation);  // a draft already
    plan.complete_measure(2021, MeasureId::parse("1.1.9"), 2021);
    plan.finalize_report(2021);
    CHECK(plan.report(2021).is_final());
    CHECK(plan.report(2021).reopenings().size() == 1);
}

TEST_CASE("a new report is a draft, and asking for it again gives the same draft", "[edit]") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    CHECK_FALSE(plan.report(2022).is_final());
    plan.complete_measure(2022, MeasureId::parse("1.1.9"), 2021);
    const Plan edited = plan;
    plan.new_report(2022);  // a notebook cell run twice
    CHECK(plan == edited);
    plan.finalize_report(2022);
    CHECK_THROWS_WITH(plan.new_report(2022), Catch::Contains("final"));
}

TEST_CASE("the same edit twice is no edit, a different one says what is recorded", "[edit]") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    const auto id = MeasureId::parse("1.1.9");
    plan.complete_measure(2022, id, 2021);
    const Plan once = plan;
    plan.complete_measure(2022, id, 2021);
    CHECK(plan == once);
    CHECK_THROWS_WITH(
        plan.complete_measure(2022, id, 2022),
        Catch::Contains("report 2022, measure 1.1.9") && Catch::Contains("genomförd 2021"));
    CHECK_THROWS_WITH(plan.withdraw_measure(2022, id, 2021, "Skäl."),
                      Catch::Contains("genomförd 2021"));

    const auto other = MeasureId::parse("1.2.1");
    plan.withdraw_measure(2022, other, 2022, "Ingår i 1.1.9.");
    const Plan withdrawn = plan;
    plan.withdraw_measure(2022, other, 2022, "Ingår i 1.1.9.");
    CHECK(plan == withdrawn);
    CHECK_THROWS_AS(plan.withdraw_measure(2022, other, 2022, "Ett annat skäl."), RuleViolation);

    const Measure added = fixtures::measure("1.1.20", Status::added(), "MSB", Period(2022, 2022));
    plan.add_measure(2022, added);
    const Plan with_new = plan;
    plan.add_measure(2022, added);
    CHECK(plan == with_new);
    auto changed = added.fields();
    changed.title = "Annan titel";
    CHECK_THROWS_WITH(plan.add_measure(2022, Measure(changed)), Catch::Contains("never reused"));
}

TEST_CASE("a new measure's period does not start before the plan", "[edit]") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    CHECK_THROWS_WITH(plan.add_measure(2022, fixtures::measure("1.1.20", Status::added(), "MSB",
                                                               Period(2017, 2022))),
                      Catch::Contains("starts before the plan's first year, 2019"));
}
