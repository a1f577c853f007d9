#include <catch2/catch.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/history.hpp"

using namespace handlingsplan;

TEST_CASE("a measure's history: each report's state, what changed and its recorded source") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    const MeasureId id = MeasureId::parse("1.1.9");
    const ChangeSource source(SourceFields{.agency = "MSB",
                                           .file = "MSB.xlsx",
                                           .sheet = "Åtgärder",
                                           .cell = "F2",
                                           .comment = "Slutförd."});
    plan.complete_measure(2022, id, 2022, Provenance{source, ""});
    const auto history = measure_history(plan, id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].year == 2021);
    CHECK(history[0].changes.empty());  // pågående where first listed: not marked new
    CHECK(history[1].year == 2022);
    CHECK(history[1].state == ReportState::draft);
    CHECK(history[1].changes ==
          std::vector<PartChange>{{ChangedPart::status, "pågående", "genomförd 2022"}});
    REQUIRE(history[1].recorded.size() == 1);
    CHECK(history[1].recorded[0].source()->comment() == "Slutförd.");
    CHECK(measure_history(plan, MeasureId::parse("1.1.10"))[0].changes ==
          std::vector<PartChange>{{ChangedPart::added, "", "Åtgärd 1.1.10"}});
    CHECK_THROWS_AS(measure_history(plan, MeasureId::parse("3.3.3")), NotFound);
}

TEST_CASE("an active measure's new marking is no change of its own, an ended one's end is") {
    using fixtures::measure;
    const Plan base = fixtures::small_plan();
    const auto history = [&](Measure then, Measure now) {
        const Plan plan(base.title(), base.first_year(), base.last_year(), base.agencies(),
                        base.priorities(),
                        {Report(2021, Report::due_date(2021), {std::move(then)}),
                         Report(2022, Report::due_date(2022), {std::move(now)})});
        return measure_history(plan, MeasureId::parse("1.1.9"));
    };
    // pågående, then "Uppdaterad, tidplan": the period is the change, the marking follows it.
    const auto updated =
        history(measure("1.1.9", Status::ongoing()),
                measure("1.1.9", Status::updated(true, false), "MSB", Period(2019, 2024)));
    REQUIRE(updated.size() == 2);
    CHECK(updated[1].changes ==
          std::vector<PartChange>{{ChangedPart::period, "2019–2022", "2019–2024"}});
    // Completed, then active again: the status is a change.
    const auto back = history(measure("1.1.9", Status::completed(2020), "MSB", std::nullopt),
                              measure("1.1.9", Status::ongoing(), "MSB", std::nullopt));
    REQUIRE(back.size() == 2);
    CHECK(back[1].changes ==
          std::vector<PartChange>{{ChangedPart::status, "genomförd 2020", "pågående"}});
}
