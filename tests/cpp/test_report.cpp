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

TEST_CASE("a report keeps its measures in numeric order", "[report]") {
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

TEST_CASE("a report rejects a repeated id", "[report]") {
    CHECK_THROWS_AS(Report(2021, Report::due_date(2021),
                           {fixtures::measure("1.1.1", Status::ongoing()),
                            fixtures::measure("1.1.1.", Status::added())}),
                    InvalidValue);
}

TEST_CASE("queries by priority, objective, agency, role, status and year", "[report]") {
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

TEST_CASE("counts by status", "[report]") {
    const auto counts = fixtures::small_plan().report(2021).count_by_status();
    CHECK(counts.at(StatusKind::ongoing) == 1);
    CHECK(counts.at(StatusKind::added) == 1);
    CHECK(counts.at(StatusKind::withdrawn) == 1);
}

TEST_CASE("a report due 1 March, selecting nothing when nothing matches", "[report]") {
    CHECK(Report::due_date(2023) == boost::gregorian::date(2023, 3, 1));
    const auto plan = fixtures::small_plan();
    const auto& report = plan.report(2021);
    CHECK(report.select({.agency = "Säkerhetspolisen"}).empty());
    CHECK(report.find(MeasureId::parse("9.9.9")) == nullptr);
    CHECK(report.contains(MeasureId::parse("2.1.2")));
}
