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
