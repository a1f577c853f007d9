#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"

using namespace handlingsplan;

namespace {
std::vector<std::string> ids(const std::vector<const Measure*>& measures) {
    std::vector<std::string> out;
    for (const Measure* m : measures) out.push_back(m->id().to_string());
    return out;
}
using Ids = std::vector<std::string>;
}  // namespace

TEST_CASE("a report keeps its measures in numeric order", "[plan]") {
    const auto plan = fixtures::small_plan();
    const auto& report = plan.report(2021);
    CHECK(report.size() == 5);
    CHECK(report.measures().front().id().to_string() == "1.1.9");
    CHECK(report.measures()[1].id().to_string() == "1.1.10");
    CHECK(report.submitted() == boost::gregorian::date(2021, 3, 1));
    CHECK(report.at(MeasureId::parse("2.1.1")).status().year() == 2020);
    CHECK_THROWS_AS(report.at(MeasureId::parse("9.9.9")), NotFound);
    CHECK_THROWS_AS(plan.report(2030), NotFound);
}

TEST_CASE("a report rejects a repeated id", "[plan]") {
    CHECK_THROWS_AS(Report(2021, Report::due_date(2021),
                           {fixtures::measure("1.1.1", Status::ongoing()),
                            fixtures::measure("1.1.1.", Status::added())}),
                    InvalidValue);
}

TEST_CASE("queries by priority, objective, agency, role, status and year", "[plan]") {
    const auto plan = fixtures::small_plan();
    const auto& report = plan.report(2021);
    CHECK(ids(report.select({.priority = 2})) == Ids{"2.1.1", "2.1.2"});
    CHECK(ids(report.select({.objective = ObjectiveId(1, 2)})) == Ids{"1.2.1"});
    CHECK(ids(report.select({.agency = "FRA"})) == Ids{"1.1.10", "1.2.1"});
    CHECK(ids(report.select({.agency = "FRA", .role = Role::responsible})) == Ids{"1.1.10"});
    CHECK(ids(report.select({.role = Role::with_support})) == Ids{"1.2.1"});
    CHECK(ids(report.select({.status = StatusKind::completed})) == Ids{"2.1.1"});
    CHECK(ids(report.select({.active_in = 2021})) == Ids{"1.1.9", "1.1.10", "1.2.1"});
    CHECK(ids(report.select({.active_in = 2030})) == Ids{"1.1.9"});
    CHECK(ids(report.select({.priority = 1, .status = StatusKind::added})) == Ids{"1.1.10"});
    CHECK(report.select({}).size() == report.size());
}

TEST_CASE("counts by status", "[plan]") {
    const auto counts = fixtures::small_plan().report(2021).count_by_status();
    CHECK(counts.at(StatusKind::ongoing) == 1);
    CHECK(counts.at(StatusKind::added) == 1);
    CHECK(counts.at(StatusKind::withdrawn) == 1);
}

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
    CHECK_THROWS_AS(Plan("P", 2019, 2022, {}, {},
                         {Report(2021, Report::due_date(2021)), Report(2021, Report::due_date(2021))}),
                    InvalidValue);
}

TEST_CASE("measure invariants", "[plan]") {
    auto fields = fixtures::measure("1.1.1", Status::ongoing()).fields();
    CHECK(Measure(fields).title_in_appendix() == "Åtgärd 1.1.1");
    fields.appendix_title = "Annan lydelse";
    CHECK(Measure(fields).title_in_appendix() == "Annan lydelse");
    fields.appendix_title = fields.title;
    CHECK_THROWS_AS(Measure(fields), InvalidValue);
    fields.appendix_title.reset();
    fields.title = "  ";
    CHECK_THROWS_AS(Measure(fields), InvalidValue);
    fields.title = "T";
    fields.page = 0;
    CHECK_THROWS_AS(Measure(fields), InvalidValue);
    fields.page.reset();
    fields.chapter_marking = StatusKind::completed;
    CHECK_THROWS_AS(Measure(fields), InvalidValue);
}
