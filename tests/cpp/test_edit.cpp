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
    CHECK(r.at(MeasureId::parse("1.2.1")).status().appendix_text() == "Uppdaterad, tidplan och innehåll");
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
    CHECK_THROWS_AS(plan.complete_measure(2022, id("1.1.9"), 2018), RuleViolation);   // before the plan
    CHECK_THROWS_AS(plan.complete_measure(2022, id("1.1.9"), 2023), RuleViolation);   // after the plan
    CHECK_THROWS_AS(plan.complete_measure(2022, id("1.1.10"), 2020), RuleViolation);  // before its start
    CHECK_THROWS_AS(plan.withdraw_measure(2022, id("1.1.9"), 2021, "  "), RuleViolation);
    CHECK_THROWS_AS(plan.complete_measure(2022, id("9.9.9"), 2021), NotFound);
    CHECK_THROWS_AS(plan.complete_measure(2030, id("1.1.9"), 2021), NotFound);
    CHECK(plan == before);
}

TEST_CASE("the 2021 report may record an end in 2021 but not in 2022", "[edit]") {
    Plan plan = plan_with_2022();
    CHECK_THROWS_AS(plan.complete_measure(2021, MeasureId::parse("1.1.9"), 2022), RuleViolation);
    CHECK_NOTHROW(plan.withdraw_measure(2021, MeasureId::parse("1.1.9"), 2021, "Skäl."));
}
