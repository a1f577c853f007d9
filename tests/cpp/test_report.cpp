#include <catch2/catch.hpp>

#include <algorithm>

#include "fixtures.hpp"
#include "handlingsplan/diff.hpp"
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

TEST_CASE("a report given its measures in any order keeps each, in id order", "[report]") {
    // Every order of five measures: cycles of every length the sort follows, and none.
    std::vector<std::string> numbers = {"1.1.2", "1.1.9", "1.1.10", "1.2.1", "2.1.1"};
    const std::vector<std::string> in_order = numbers;
    std::sort(numbers.begin(), numbers.end());
    do {
        std::vector<Measure> given;
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            // Each measure's own status, so that a measure moved without its fields shows.
            given.push_back(fixtures::measure(numbers[i].c_str(),
                                              Status::completed(2019 + static_cast<int>(i))));
        }
        const std::vector<Measure> copies = given;
        const Report report(2021, Report::due_date(2021), std::move(given));
        CAPTURE(numbers);
        REQUIRE(report.size() == numbers.size());
        for (std::size_t k = 0; k < in_order.size(); ++k) {
            const Measure& kept = report.measures()[k];
            CHECK(kept.id().to_string() == in_order[k]);
            const auto same = std::find_if(copies.begin(), copies.end(),
                                           [&](const Measure& m) { return m.id() == kept.id(); });
            CHECK(kept == *same);
        }
    } while (std::next_permutation(numbers.begin(), numbers.end()));
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

// --- Selections: filters answered from the report's index, as matches() answers them --------

namespace {

// A report of many measures that differ in every criterion a filter asks about.
Report varied_report() {
    const char* phrases[] = {"MSB", "FRA i samverkan med MSB", "Försvarsmakten med stöd av FRA",
                             "PTS", "FRA, Försvarsmakten och MSB tillsammans med PTS"};
    std::vector<Measure> measures;
    int k = 0;
    for (int priority = 1; priority <= 3; ++priority) {
        for (int objective = 1; objective <= 3; ++objective) {
            for (int number = 1; number <= 12; ++number, ++k) {
                const std::string id = std::to_string(priority) + "." + std::to_string(objective) +
                                       "." + std::to_string(number);
                const Status status = k % 5 == 0   ? Status::completed(2020)
                                      : k % 5 == 1 ? Status::withdrawn(2020, "Ingår i annan.")
                                      : k % 5 == 2 ? Status::added()
                                      : k % 5 == 3 ? Status::updated(true, k % 2 == 0)
                                                   : Status::ongoing();
                const std::optional<Period> period =
                    k % 7 == 0   ? std::nullopt
                    : k % 7 == 1 ? std::optional<Period>(Period::open_ended(2019 + k % 3))
                                 : std::optional<Period>(Period(2019 + k % 3, 2021 + k % 4));
                measures.push_back(fixtures::measure(id.c_str(), status, phrases[k % 5], period));
            }
        }
    }
    return Report(2021, Report::due_date(2021), std::move(measures));
}

Ids ids(const MeasureSelection& selection) {
    Ids out;
    for (const Measure& m : selection) out.push_back(m.id().to_string());
    return out;
}

}  // namespace

TEST_CASE("a selection answers every combination of criteria as matches() does", "[report]") {
    const Report report = varied_report();
    const std::vector<std::optional<int>> priorities{std::nullopt, 1, 3, 4};
    const std::vector<std::optional<ObjectiveId>> objectives{std::nullopt, ObjectiveId(1, 1),
                                                             ObjectiveId(2, 3), ObjectiveId(9, 9)};
    const std::vector<std::optional<std::string>> agencies{std::nullopt, "FRA", "PTS", "FOI"};
    const std::vector<std::optional<Role>> roles{std::nullopt, Role::responsible,
                                                 Role::with_support, Role::together_with};
    const std::vector<std::optional<StatusKind>> statuses{
        std::nullopt,        StatusKind::ongoing,   StatusKind::added,
        StatusKind::updated, StatusKind::completed, StatusKind::withdrawn};
    const std::vector<std::optional<int>> years{std::nullopt, 2019, 2021, 2024};
    std::size_t nonempty = 0;
    for (const auto& priority : priorities) {
        for (const auto& objective : objectives) {
            for (const auto& agency : agencies) {
                for (const auto& role : roles) {
                    for (const auto& status : statuses) {
                        for (const auto& year : years) {
                            const MeasureFilter filter{priority, objective, agency,
                                                       role,     status,    year};
                            Ids expected;
                            for (const Measure& m : report.measures()) {
                                if (filter.matches(m)) expected.push_back(m.id().to_string());
                            }
                            const MeasureSelection selected = report.selection(filter);
                            REQUIRE(ids(selected) == expected);
                            REQUIRE(ids(report.select(filter)) == expected);
                            if (!expected.empty()) ++nonempty;
                        }
                    }
                }
            }
        }
    }
    CHECK(nonempty > 500);  // the combinations select something often enough to mean something
}

TEST_CASE("a selection is a sequence: index, slice, ids, equality", "[report]") {
    const Report report = varied_report();
    const MeasureSelection fra = report.selection({.agency = "FRA"});
    REQUIRE(fra.size() > 10);
    CHECK(fra.at(0) == fra[0]);
    CHECK_THROWS_AS(fra.at(fra.size()), NotFound);
    const MeasureSelection every_other = fra.slice(1, 2, fra.size() / 2);
    REQUIRE(every_other.size() == fra.size() / 2);
    for (std::size_t i = 0; i < every_other.size(); ++i) CHECK(every_other[i] == fra[1 + 2 * i]);
    const MeasureSelection backwards = fra.slice(fra.size() - 1, -1, fra.size());
    CHECK(backwards[0] == fra[fra.size() - 1]);
    CHECK(fra.ids().front() == fra[0].id());
    CHECK(fra == report.selection({.agency = "FRA"}));
    CHECK_FALSE(fra == report.selection({.agency = "PTS"}));
    CHECK_FALSE(fra.slice(0, 1, 1) == fra.slice(1, 1, 1));  // as long, other measures
    CHECK(fra.slice(1, 1, 1) == fra.slice(1, 1, 1));
    CHECK(MeasureSelection(report.shared_measures()).size() == report.size());
    CHECK_THROWS_AS(MeasureSelection(report.shared_measures(), {0, 100000}), InvalidValue);
    // The last position is the size less one.
    const auto last = static_cast<std::uint32_t>(report.size() - 1);
    CHECK(MeasureSelection(report.shared_measures(), {last})[0] == report.measures().back());
    CHECK_THROWS_WITH(MeasureSelection(report.shared_measures(), {last + 1}),
                      Catch::Contains("names position " + std::to_string(last + 1) + " of only " +
                                      std::to_string(report.size()) + " measures"));
}

TEST_CASE("a selection and a diff keep what they saw when the report is edited", "[report]") {
    auto plan = fixtures::small_plan();
    plan.new_report(2022);
    const MeasureSelection active = plan.report(2022).selection({.status = StatusKind::ongoing});
    const ReportDiff before_edit = diff(plan.report(2021), plan.report(2022));
    const std::size_t completed = before_edit.count(Change::completed);
    REQUIRE(active.size() == 3);
    const MeasureId first = active[0].id();
    plan.complete_measure(2022, first, 2022);
    // The old selection and diff are snapshots; a new one sees the edit (the index is rebuilt).
    CHECK(active.size() == 3);
    CHECK(active[0].status().kind() == StatusKind::ongoing);
    CHECK(before_edit.count(Change::completed) == completed);
    CHECK(before_edit.of(Change::completed).size() == completed);
    CHECK(plan.report(2022).selection({.status = StatusKind::ongoing}).size() == 2);
    CHECK(plan.report(2022).selection({.status = StatusKind::completed}).size() == 2);
    CHECK(diff(plan.report(2021), plan.report(2022)).count(Change::completed) == completed + 1);
    CHECK(plan.report(2022).at(first).status().kind() == StatusKind::completed);
}

TEST_CASE("a report's recorded changes are of measures it holds, found by measure", "[report]") {
    using fixtures::measure;
    const MeasureId first = MeasureId::parse("1.1.1");
    const MeasureId second = MeasureId::parse("1.1.2");
    const auto noted = [](const MeasureId& id, const char* after) {
        return RecordedChange(id, ChangedPart::period, "2019–2022", after,
                              Provenance{std::nullopt, "Enligt beslut."});
    };
    const Report report(
        2022, Report::due_date(2022),
        {measure("1.1.1", Status::ongoing()), measure("1.1.2", Status::ongoing())},
        ReportState::draft, {}, {},
        {noted(first, "2019–2023"), noted(second, "2019–2024"), noted(first, "2019–2025")});
    CHECK(report.changes_of(first) ==
          std::vector<RecordedChange>{noted(first, "2019–2023"), noted(first, "2019–2025")});
    CHECK(report.changes_of(second) == std::vector<RecordedChange>{noted(second, "2019–2024")});
    CHECK(report.changes_of(MeasureId::parse("1.1.3")).empty());
    CHECK_THROWS_WITH(Report(2022, Report::due_date(2022), {measure("1.1.1", Status::ongoing())},
                             ReportState::draft, {}, {}, {noted(second, "2019–2024")}),
                      Catch::Contains("records a change of 1.1.2, a measure it does not hold"));
}

TEST_CASE("a report finds a measure by its exact id, or nothing", "[report]") {
    using fixtures::measure;
    const Report report(2021, Report::due_date(2021),
                        {measure("1.1.2", Status::ongoing()), measure("1.1.4", Status::ongoing())});
    REQUIRE(report.find(MeasureId::parse("1.1.4")) != nullptr);
    CHECK(report.find(MeasureId::parse("1.1.4"))->id() == MeasureId::parse("1.1.4"));
    // Before the first and between two: no measure, not the next one.
    CHECK(report.find(MeasureId::parse("1.1.1")) == nullptr);
    CHECK(report.find(MeasureId::parse("1.1.3")) == nullptr);
    CHECK_THROWS_AS(report.at(MeasureId::parse("1.1.3")), NotFound);
}

TEST_CASE("a measure added between two others is inserted, not put in the next one's place",
          "[report]") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    // small_plan's measures carry over (1.1.9, 1.1.10, …); 1.1.5 goes before them all.
    plan.add_measure(2022, fixtures::measure("1.1.5", Status::added()));
    CHECK(ids(plan.report(2022).select({})) ==
          Ids{"1.1.5", "1.1.9", "1.1.10", "1.2.1", "2.1.1", "2.1.2"});
}

TEST_CASE("reports are equal in every part, or not equal", "[report]") {
    using fixtures::measure;
    const auto make = [](int year, std::vector<Measure> measures, ReportState state,
                         std::vector<Reopening> reopenings, FollowUp follow_up,
                         std::vector<FormEntry> forms, std::vector<ProseChapter> chapters) {
        return Report(year, Report::due_date(2021), std::move(measures), state,
                      std::move(reopenings), std::move(follow_up), {}, std::move(forms),
                      std::move(chapters));
    };
    const std::vector<Measure> measures{measure("1.1.1", Status::ongoing())};
    const std::vector<Reopening> reopened{{boost::gregorian::date(2021, 4, 1), "Rättelse."}};
    const FollowUp follow_up("Inledning.", {}, {{1, "Resultat."}});
    const std::vector<FormEntry> forms{FormEntry("MSB", FormEvent::sent, "MSB.xlsx")};
    const std::vector<ProseChapter> chapters{
        ProseChapter("Slutord", {ChapterBlock::paragraph("Slut.")})};
    const Report report =
        make(2021, measures, ReportState::final, reopened, follow_up, forms, chapters);
    CHECK(report == make(2021, measures, ReportState::final, reopened, follow_up, forms, chapters));
    const Report copy = report;  // the same measures, shared
    CHECK(copy == report);
    CHECK_FALSE(report ==
                make(2022, measures, ReportState::final, reopened, follow_up, forms, chapters));
    CHECK_FALSE(report == Report(2021, Report::due_date(2021) + boost::gregorian::days(1), measures,
                                 ReportState::final, reopened, follow_up, {}, forms, chapters));
    CHECK_FALSE(report == make(2021, {measure("1.1.2", Status::ongoing())}, ReportState::final,
                               reopened, follow_up, forms, chapters));
    CHECK_FALSE(report ==
                make(2021, measures, ReportState::draft, reopened, follow_up, forms, chapters));
    CHECK_FALSE(report == make(2021, measures, ReportState::final, {}, follow_up, forms, chapters));
    CHECK_FALSE(report == make(2021, measures, ReportState::final, reopened, {}, forms, chapters));
    CHECK_FALSE(report ==
                make(2021, measures, ReportState::final, reopened, follow_up, {}, chapters));
    CHECK_FALSE(report == make(2021, measures, ReportState::final, reopened, follow_up, forms, {}));
    const RecordedChange change(MeasureId::parse("1.1.1"), ChangedPart::title, "Åtgärd 1.1.1",
                                "Ny rubrik", Provenance{std::nullopt, "Enligt beslut."});
    CHECK_FALSE(report == Report(2021, Report::due_date(2021), measures, ReportState::final,
                                 reopened, follow_up, {change}, forms, chapters));
}
