#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/rules.hpp"
#include "handlingsplan/validate.hpp"

using namespace handlingsplan;

namespace {
std::vector<std::string> codes(const std::vector<RuleProblem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.code);
    return out;
}
using Codes = std::vector<std::string>;
const Measure measure = fixtures::measure("1.1.1", Status::ongoing(), "MSB", Period(2020, 2022));
}  // namespace

TEST_CASE("a sound end breaks no rule", "[rules]") {
    CHECK(end_problems(2019, 2022, 2021, measure, StatusKind::completed, 2020).empty());
    CHECK(end_problems(2019, 2022, 2021, measure, StatusKind::withdrawn, 2021, "Ingår i 1.1.2.")
              .empty());
}

TEST_CASE("each end rule by its code, every broken one reported", "[rules]") {
    CHECK(codes(end_problems(2019, 2022, 2023, measure, StatusKind::completed, 2023)) ==
          Codes{"end-year-outside-plan"});
    CHECK(codes(end_problems(2019, 2022, 2021, measure, StatusKind::completed, 2022)) ==
          Codes{"end-after-report"});
    CHECK(codes(end_problems(2019, 2022, 2021, measure, StatusKind::completed, 2019)) ==
          Codes{"end-before-start"});
    CHECK(codes(end_problems(2019, 2022, 2021, measure, StatusKind::withdrawn, 2021, " \n")) ==
          Codes{"withdrawal-without-reason"});
    CHECK(codes(end_problems(2019, 2022, 2021, measure, StatusKind::withdrawn, 2018)) ==
          Codes{"end-year-outside-plan", "end-before-start", "withdrawal-without-reason"});
}

TEST_CASE("the editing methods and validate() apply the same rules", "[rules]") {
    // An edit refused by a rule names it; a file that records the same end gets the same code.
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    const auto id = MeasureId::parse("1.1.10");  // period 2021
    REQUIRE_THROWS_AS(plan.complete_measure(2022, id, 2020), RuleViolation);
    try {
        plan.complete_measure(2022, id, 2020);
    } catch (const RuleViolation& error) {
        const auto expected =
            end_problems(2019, 2022, 2022, plan.report(2022).at(id), StatusKind::completed, 2020);
        REQUIRE(expected.size() == 1);
        CHECK_THAT(error.what(), Catch::Contains(expected.front().message));
        CHECK_THAT(error.what(), Catch::Contains("report 2022, measure 1.1.10"));
    }
    auto fields = plan.report(2022).at(id).fields();
    fields.status = Status::completed(2020);
    const Plan recorded("P", 2019, 2022, AgencyRegistry::standard(), plan.priorities(),
                        {Report(2022, Report::due_date(2022), {Measure(fields)})});
    bool found = false;
    for (const auto& finding : validate(recorded)) found |= finding.code == "end-before-start";
    CHECK(found);
}
