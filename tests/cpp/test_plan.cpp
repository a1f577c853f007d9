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
