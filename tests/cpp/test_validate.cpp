#include <catch2/catch.hpp>

#include <filesystem>

#include "fixtures.hpp"
#include "handlingsplan/json_io.hpp"
#include "handlingsplan/validate.hpp"

using namespace handlingsplan;

namespace {

std::vector<std::string> codes(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.code);
    return out;
}

Measure with(Measure m, const std::function<void(MeasureFields&)>& change) {
    MeasureFields f = m.fields();
    change(f);
    return Measure(std::move(f));
}

Plan plan_of(std::vector<Report> reports) {
    auto plan = fixtures::small_plan();
    return Plan("P", 2019, 2022, AgencyRegistry::standard(), plan.priorities(), std::move(reports));
}

using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("a clean plan has no findings", "[validate]") {
    CHECK(validate(fixtures::small_plan()).empty());
}

TEST_CASE("measure-level findings", "[validate]") {
    using fixtures::measure;
    const auto ok = measure("1.1.1", Status::ongoing());
    const Report report(
        2021, Report::due_date(2021),
        {
            measure("1.9.1", Status::ongoing()),                             // objective-missing
            measure("7.1.1", Status::ongoing()),                             // priority-missing
            measure("1.1.2", Status::completed(2018), "MSB", std::nullopt),  // outside plan
            measure("1.1.3", Status::completed(2022), "MSB", std::nullopt),  // after report
            measure("1.1.4", Status::completed(2019), "MSB", Period(2020, 2021)),  // before start
            measure("1.1.5", Status::withdrawn(2020, " "), "MSB", std::nullopt),   // no reason
            with(ok,
                 [](auto& f) {
                     f.id = MeasureId(1, 1, 6);
                     f.agencies = Agencies("Skatteverket", {{"Skatteverket", Role::responsible}});
                 }),
            with(ok,
                 [](auto& f) {
                     f.id = MeasureId(1, 1, 7);
                     f.agencies = Agencies("MSB", {});
                 }),
            with(ok,
                 [](auto& f) {
                     f.id = MeasureId(1, 1, 8);
                     f.agencies = Agencies("MSB och FRA", {{"MSB", Role::responsible}});
                 }),
            with(ok,
                 [](auto& f) {
                     f.id = MeasureId(1, 1, 9);
                     f.appendix_title = "Annan";
                     f.appendix_agencies = "FRA";
                 }),
            with(ok,
                 [](auto& f) {
                     f.id = MeasureId(1, 1, 10);
                     f.chapter_marking = StatusKind::added;
                 }),
        });
    const auto findings = validate(plan_of({report}));
    // Ordered by measure id, then code.
    CHECK(codes(findings) == Codes{"end-year-outside-plan", "end-after-report", "end-before-start",
                                   "withdrawal-without-reason", "agency-unknown", "agencies-empty",
                                   "agencies-text-mismatch", "appendix-agencies-differs",
                                   "appendix-title-differs", "chapter-marking-differs",
                                   "objective-missing", "priority-missing"});
    const Finding& missing = findings.at(10);
    CHECK(missing.place() == "redovisning 2021, åtgärd 1.9.1");
    CHECK(missing.severity == Severity::error);
    CHECK_THAT(missing.message, Catch::Contains("1.9"));
    for (const auto& f : findings) {
        const bool warning =
            f.code.find("differs") != std::string::npos || f.code == "agencies-text-mismatch";
        CHECK((f.severity == Severity::warning) == warning);
    }
}

TEST_CASE("findings across consecutive reports", "[validate]") {
    using fixtures::measure;
    const Report before(2021, Report::due_date(2021),
                        {measure("1.1.1", Status::ongoing()), measure("1.1.2", Status::ongoing()),
                         measure("1.1.3", Status::ongoing()), measure("1.1.4", Status::ongoing()),
                         measure("1.1.5", Status::completed(2020), "MSB", std::nullopt)});
    const Report after(2022, Report::due_date(2022),
                       {measure("1.1.1", Status::added()),               // new-but-existed
                        measure("1.1.2", Status::updated(true, false)),  // updated-without-change
                        with(measure("1.1.3", Status::ongoing()),
                             [](auto& f) { f.period = Period(2019, 2025); }),  // change-unmarked
                        // 1.1.4 vanishes
                        measure("1.1.5", Status::ongoing())});  // number-reused
    const auto findings = validate(plan_of({before, after}));
    CHECK(codes(findings) == Codes{"new-but-existed", "updated-without-change", "change-unmarked",
                                   "measure-vanished", "number-reused"});
    CHECK(findings[2].severity == Severity::warning);
    CHECK(findings[2].message ==
          "ändringarna sedan redovisningen 2021 ger \"Uppdaterad, tidplan\", den är märkt "
          "\"inget\"");
}

TEST_CASE("consecutive reports marked as their changes call for have no findings", "[validate]") {
    using fixtures::measure;
    const Report before(2021, Report::due_date(2021),
                        {measure("1.1.1", Status::ongoing()), measure("1.1.2", Status::ongoing())});
    const Report after(2022, Report::due_date(2022),
                       {measure("1.1.1", Status::ongoing()),
                        with(measure("1.1.2", Status::updated(true, false)),
                             [](auto& f) { f.period = Period(2019, 2025); }),
                        measure("1.1.3", Status::added())});
    CHECK(validate(plan_of({before, after})).empty());
}

TEST_CASE("an update marked in the wrong aspect is an unmarked change", "[validate]") {
    using fixtures::measure;
    const Report before(2021, Report::due_date(2021), {measure("1.1.1", Status::ongoing())});
    const Report after(2022, Report::due_date(2022),
                       {with(measure("1.1.1", Status::updated(true, false)),
                             [](auto& f) { f.title = "Ny rubrik"; })});
    const auto findings = validate(plan_of({before, after}));
    REQUIRE(codes(findings) == Codes{"change-unmarked"});
    CHECK(findings[0].message ==
          "ändringarna sedan redovisningen 2021 ger \"Uppdaterad, innehåll\", den är märkt "
          "\"Uppdaterad, tidplan\"");
}

TEST_CASE("report year outside the plan", "[validate]") {
    const auto findings = validate(plan_of({Report(2030, Report::due_date(2030))}));
    CHECK(codes(findings) == Codes{"report-year-outside-plan"});
    CHECK(findings[0].place() == "redovisning 2030");
    CHECK(findings[0].message == "planens redovisningar lämnas 2019–2023");
    CHECK(findings[0].severity == Severity::error);
}

TEST_CASE("a plan's reports run from its first year to the year after its last", "[validate]") {
    // The plan runs 2019–2022; its reports may be given 2019–2023.
    for (const int year : {2019, 2023}) {
        CAPTURE(year);
        CHECK(validate(plan_of({Report(year, Report::due_date(year))})).empty());
    }
    for (const int year : {2018, 2024}) {
        CAPTURE(year);
        CHECK(codes(validate(plan_of({Report(year, Report::due_date(year))}))) ==
              Codes{"report-year-outside-plan"});
    }
}

TEST_CASE("findings of one code on one measure keep the order they were found in", "[validate]") {
    const auto m = with(fixtures::measure("1.1.1", Status::ongoing()), [](auto& f) {
        f.agencies = Agencies("Skatteverket och Tullverket", {{"Skatteverket", Role::responsible},
                                                              {"Tullverket", Role::responsible}});
    });
    const auto findings = validate(plan_of({Report(2021, Report::due_date(2021), {m})}));
    REQUIRE(codes(findings) == Codes{"agency-unknown", "agency-unknown"});
    CHECK_THAT(findings[0].message, Catch::Contains("\"Skatteverket\""));
    CHECK_THAT(findings[1].message, Catch::Contains("\"Tullverket\""));
}

TEST_CASE("the shipped plan has the two title discrepancies of the source and no errors",
          "[validate][data]") {
    const auto plan =
        load_plan(std::filesystem::path(HANDLINGSPLAN_DATA_DIR) / "handlingsplan.json");
    const auto findings = validate(plan);
    for (const auto& f : findings) {
        INFO(f.place() << ": " << f.code << ": " << f.message);
        CHECK(f.severity == Severity::warning);
    }
}

TEST_CASE("a period before the plan, and an active measure past its period, are warned of",
          "[validate]") {
    auto early = fixtures::measure("1.1.1", Status::ongoing(), "MSB", Period(2017, 2019)).fields();
    auto overrun =
        fixtures::measure("1.1.2", Status::ongoing(), "MSB", Period(2019, 2020)).fields();
    auto ended =
        fixtures::measure("1.1.3", Status::completed(2020), "MSB", Period(2019, 2020)).fields();
    auto open =
        fixtures::measure("1.2.1", Status::ongoing(), "MSB", Period::open_ended(2019)).fields();
    const Plan plan = fixtures::small_plan();
    const Plan checked("P", 2019, 2022, AgencyRegistry::standard(), plan.priorities(),
                       {Report(2022, Report::due_date(2022),
                               {Measure(early), Measure(overrun), Measure(ended), Measure(open)})});
    std::vector<std::pair<std::string, std::string>> found;
    for (const auto& f : validate(checked)) {
        CHECK(f.severity == Severity::warning);
        found.emplace_back(f.code, f.measure->to_string());
    }
    CHECK(found == std::vector<std::pair<std::string, std::string>>{{"period-before-plan", "1.1.1"},
                                                                    {"period-overrun", "1.1.1"},
                                                                    {"period-overrun", "1.1.2"}});
}

TEST_CASE("the severities' Swedish words", "[validate]") {
    CHECK(severity_text(Severity::error) == "fel");
    CHECK(severity_text(Severity::warning) == "varning");
}
