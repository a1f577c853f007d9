#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/columns.hpp"
#include "handlingsplan/diff.hpp"

using namespace handlingsplan;

TEST_CASE("measure columns: one entry per measure, in the report's order", "[columns]") {
    const auto plan = fixtures::small_plan();
    const Report& report = plan.report(2021);
    const MeasureColumns c = measure_columns(report);
    REQUIRE(c.id.size() == report.measures().size());
    for (auto size : {c.priority.size(), c.objective.size(), c.number.size(), c.title.size(),
                      c.agencies.size(), c.period.size(), c.open_ended.size(), c.status.size(),
                      c.updated_aspects.size(), c.page.size(), c.chapter_marking.size()}) {
        CHECK(size == c.id.size());
    }
    CHECK(c.id == std::vector<std::string>{"1.1.9", "1.1.10", "1.2.1", "2.1.1", "2.1.2"});
    CHECK(c.objective == std::vector<std::string>{"1.1", "1.1", "1.2", "2.1", "2.1"});
    CHECK(c.number == std::vector<int>{9, 10, 1, 1, 2});
    CHECK(c.status ==
          std::vector<std::string>{"pågående", "ny", "uppdaterad", "genomförd", "avskriven"});
    CHECK(c.active == std::vector<bool>{true, true, true, false, false});
    // 1.1.9 is open-ended from 2019, 1.1.10 is 2021 alone, 2.1.1 prints no period.
    CHECK(c.period[0] == std::optional<std::string>("2019 och tills vidare"));
    CHECK(c.period_end[0] == std::nullopt);
    CHECK(c.open_ended == std::vector<bool>{true, false, false, false, false});
    CHECK(c.period_start[1] == 2021);
    CHECK(c.period_end[1] == 2021);
    CHECK(c.period[3] == std::nullopt);
    CHECK(c.agencies[1] == std::vector<std::string>{"FRA", "MSB"});
    CHECK(c.responsible[1] == std::vector<std::string>{"FRA"});
    CHECK(c.updated_aspects[2] == std::vector<std::string>{"tidplan"});
    CHECK(c.completed_year[3] == 2020);
    CHECK(c.withdrawn_year[3] == std::nullopt);
    CHECK(c.withdrawn_year[4] == 2019);
    CHECK(c.withdrawn_reason[4] == std::optional<std::string>("Ingår i 2.1.1."));
    CHECK(c.withdrawn_reason[3] == std::nullopt);
}

TEST_CASE("agency role columns: one entry per measure and agency, in printed order", "[columns]") {
    const auto plan = fixtures::small_plan();
    const AgencyRoleColumns c = agency_role_columns(plan.report(2021), plan.agencies());
    CHECK(c.id == std::vector<std::string>{"1.1.9", "1.1.10", "1.1.10", "1.2.1", "1.2.1", "2.1.1",
                                           "2.1.2"});
    CHECK(c.agency ==
          std::vector<std::string>{"MSB", "FRA", "MSB", "Försvarsmakten", "FRA", "PTS", "PTS"});
    CHECK(c.role[2] == "i samverkan med");
    CHECK(c.role[4] == "med stöd av");
    CHECK(c.responsible == std::vector<bool>{true, true, false, true, false, true, true});
    CHECK(c.agency_name[1] == plan.agencies().at("FRA").name());
    CHECK(c.status[5] == "genomförd");

    // An agency the registry does not know keeps its printed name and is not SAMFI's.
    const AgencyRoleColumns unknown = agency_role_columns(plan.report(2021), AgencyRegistry());
    CHECK(unknown.agency_name == unknown.agency);
    CHECK(unknown.samfi == std::vector<bool>(unknown.agency.size(), false));
}

TEST_CASE("a diff counts each class without listing it", "[diff][columns]") {
    const auto plan = fixtures::small_plan();
    const auto d = diff(plan.report(2021), plan.report(2021));
    for (auto change : {Change::added, Change::completed, Change::withdrawn, Change::changed,
                        Change::unchanged, Change::vanished}) {
        CHECK(d.count(change) == d.of(change).size());
    }
    CHECK(d.count(Change::unchanged) == plan.report(2021).size());
}
