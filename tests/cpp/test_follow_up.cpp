#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/follow_up.hpp"
#include "handlingsplan/json_io.hpp"

using namespace handlingsplan;

namespace {

FollowUp sample() {
    return FollowUp("Inför redovisningen har myndigheterna gjort en uppföljning.\n\nAndra stycket.",
                    {{"Om covid-19-pandemins påverkan på handlingsplanens åtgärder",
                      "Spridningen av covid-19 har påverkat arbetet."}},
                    {{2, "Under året har arbetet fortsatt."}, {1, "Ett flertal åtgärder."}});
}

Plan with_follow_up(FollowUp follow_up) {
    const Plan base = fixtures::small_plan();
    const Report& r = base.report(2021);
    return Plan(base.title(), base.first_year(), base.last_year(), base.agencies(),
                base.priorities(),
                {Report(r.year(), r.submitted(), r.measures(), r.state(), r.reopenings(),
                        std::move(follow_up))});
}

}  // namespace

TEST_CASE("A follow-up keeps its introduction, notes and results per priority") {
    const FollowUp f = sample();
    CHECK_FALSE(f.empty());
    CHECK(f.notes().size() == 1);
    CHECK(f.results().begin()->first == 1);  // in priority order
    REQUIRE(f.results_for(2) != nullptr);
    CHECK(*f.results_for(2) == "Under året har arbetet fortsatt.");
    CHECK(f.results_for(3) == nullptr);
    CHECK(FollowUp().empty());
}

TEST_CASE("A follow-up refuses empty notes and results and impossible priorities") {
    CHECK_THROWS_AS(FollowUp("", {{"Om något", " "}}, {}), InvalidValue);
    CHECK_THROWS_AS(FollowUp("", {{"", "text"}}, {}), InvalidValue);
    CHECK_THROWS_AS(FollowUp("", {}, {{0, "text"}}), InvalidValue);
    CHECK_THROWS_AS(FollowUp("", {}, {{1, "\n"}}), InvalidValue);
    CHECK_THROWS_WITH(FollowUp("", {}, {{1000, "text"}}),
                      Catch::Contains("priority 1000") && Catch::Contains("from 1 to 999"));
}

TEST_CASE("A follow-up takes results for priorities 1 to 999, both included") {
    const FollowUp f("", {}, {{1, "Första."}, {999, "Sista."}});
    REQUIRE(f.results_for(999) != nullptr);
    CHECK(*f.results_for(999) == "Sista.");
    CHECK(*f.results_for(1) == "Första.");
}

TEST_CASE("A plan refuses a follow-up naming a priority it does not have") {
    CHECK_THROWS_WITH(with_follow_up(FollowUp("", {}, {{6, "Resultat."}})),
                      Catch::Contains("priority 6"));
}

TEST_CASE("The follow-up goes through the plan file unchanged, and is absent when empty") {
    const Plan plan = with_follow_up(sample());
    const std::string text = plan_to_json(plan);
    CHECK(text.find("\"follow_up\"") < text.find("\"measures\""));
    CHECK(plan_from_json(text) == plan);
    CHECK(plan_from_json(text).report(2021).follow_up() == sample());
    CHECK(plan_to_json(fixtures::small_plan()).find("follow_up") == std::string::npos);
}

TEST_CASE("A malformed follow-up in a plan file is refused with its path") {
    const std::string good = plan_to_json(with_follow_up(sample()));
    const auto broken = [&](const std::string& from, const std::string& to) {
        std::string text = good;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        try {
            plan_from_json(text, "t.json");
        } catch (const DataError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK_THAT(broken("\"priority\": 2", "\"priority\": 1"), Catch::Contains("listed twice"));
    CHECK_THAT(broken("\"notes\"", "\"remarks\""), Catch::Contains("unknown field"));
    CHECK_THAT(broken("\"priority\": 2", "\"priority\": 0"),
               Catch::Contains("/follow_up/results/"));
}

TEST_CASE("Reports that differ only in their follow-up are different reports") {
    const Plan with = with_follow_up(sample());
    const Plan without = with_follow_up(FollowUp());
    CHECK_FALSE(with.report(2021) == without.report(2021));
    CHECK_FALSE(with == without);
    CHECK(with.report(2021) == with_follow_up(sample()).report(2021));
}
