#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/columns.hpp"
#include "handlingsplan/declaration.hpp"
#include "handlingsplan/diff.hpp"

using namespace handlingsplan;

namespace {

// Every entry of a column of texts none of which is missing.
std::vector<std::string> texts(const TextColumn& column) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < column.size(); ++i) {
        REQUIRE(column.has_value(i));
        out.emplace_back(column[i]);
    }
    return out;
}

// Each entry of a column, as text, to compare columns of any kind.
std::vector<std::string> entries(const TextColumn& column) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < column.size(); ++i) {
        out.push_back(column.has_value(i) ? "=" + std::string(column[i]) : "missing");
    }
    return out;
}
std::vector<std::string> entries(const TextListColumn& column) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < column.size(); ++i) {
        std::string joined;
        for (const auto& item : column[i]) joined += item + "|";
        out.push_back(joined);
    }
    return out;
}
std::vector<std::string> entries(const OptionalIntColumn& column) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < column.size(); ++i) {
        out.push_back(column[i] ? std::to_string(*column[i]) : "missing");
    }
    return out;
}
template <class T>
std::vector<std::string> entries(const std::vector<T>& column) {
    std::vector<std::string> out;
    for (const T value : column) out.push_back(std::to_string(value));
    return out;
}

}  // namespace

TEST_CASE(
    "the columns of the Arrow tables only, apart or in one walk: the same columns, the others left "
    "empty",
    "[columns]") {
    const auto plan = fixtures::small_plan();
    for (const auto& [year, report] : plan.reports()) {
        INFO(year);
        const MeasureColumns all = measure_columns(report);
        const MeasureColumns tables = measure_columns(report, ColumnScope::tables);
        const MeasureSelection selection(report.shared_measures());
        const MeasureColumns selected = measure_columns(selection, ColumnScope::tables);
        // The tables' columns laid out in one walk, for the report and for a selection.
        const TableColumns one_walk = table_columns(report, plan.agencies());
        const TableColumns one_walk_selected = table_columns(selection, plan.agencies());
        for (const ColumnDeclaration& column : measure_columns_declared) {
            INFO(column.name);
            std::visit(
                [&](auto member) {
                    REQUIRE(entries(all.*member).size() == report.size());
                    if (column.tables.empty()) {
                        CHECK(entries(tables.*member).empty());
                        CHECK(entries(one_walk.measures.*member).empty());
                    } else {
                        CHECK(entries(tables.*member) == entries(all.*member));
                        CHECK(entries(selected.*member) == entries(all.*member));
                        CHECK(entries(one_walk.measures.*member) == entries(all.*member));
                        CHECK(entries(one_walk_selected.measures.*member) == entries(all.*member));
                    }
                },
                column.member);
        }
        for (const MeasureColumns* laid_out : {&one_walk.measures, &one_walk_selected.measures}) {
            CHECK(laid_out->objective_codes.codes == all.objective_codes.codes);
            CHECK(laid_out->objective_codes.categories == all.objective_codes.categories);
            CHECK(laid_out->status_codes.codes == all.status_codes.codes);
            CHECK(laid_out->status_codes.categories == all.status_codes.categories);
        }
        const AgencyRoleColumns roles = agency_role_columns(report, plan.agencies());
        const AgencyRoleColumns table_roles =
            agency_role_columns(report, plan.agencies(), ColumnScope::tables);
        const AgencyRoleColumns selected_roles =
            agency_role_columns(selection, plan.agencies(), ColumnScope::tables);
        for (const AgencyRoleColumnDeclaration& column : agency_role_columns_declared) {
            INFO(column.name);
            std::visit(
                [&](auto member) {
                    REQUIRE_FALSE(entries(roles.*member).empty());
                    if (column.arrow.empty()) {
                        CHECK(entries(table_roles.*member).empty());
                        CHECK(entries(one_walk.agency_roles.*member).empty());
                    } else {
                        CHECK(entries(table_roles.*member) == entries(roles.*member));
                        CHECK(entries(selected_roles.*member) == entries(roles.*member));
                        CHECK(entries(one_walk.agency_roles.*member) == entries(roles.*member));
                        CHECK(entries(one_walk_selected.agency_roles.*member) ==
                              entries(roles.*member));
                    }
                },
                column.member);
        }
    }
}

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
    CHECK(texts(c.id) == std::vector<std::string>{"1.1.9", "1.1.10", "1.2.1", "2.1.1", "2.1.2"});
    CHECK(texts(c.objective) == std::vector<std::string>{"1.1", "1.1", "1.2", "2.1", "2.1"});
    CHECK(c.objective_codes.codes == std::vector<std::int32_t>{0, 0, 1, 2, 2});
    CHECK(c.objective_codes.categories == std::vector<std::string>{"1.1", "1.2", "2.1"});
    CHECK(c.number == std::vector<std::int64_t>{9, 10, 1, 1, 2});
    CHECK(texts(c.status) ==
          std::vector<std::string>{"pågående", "ny", "uppdaterad", "genomförd", "avskriven"});
    // The status codes index every kind's text, in the kinds' order.
    REQUIRE(c.status_codes.categories.size() == 5);
    for (std::size_t i = 0; i < c.status.size(); ++i) {
        const auto code = static_cast<std::size_t>(c.status_codes.codes[i]);
        CHECK(c.status_codes.categories.at(code) == c.status[i]);
    }
    CHECK(c.active == std::vector<std::uint8_t>{1, 1, 1, 0, 0});
    // 1.1.9 is open-ended from 2019, 1.1.10 is 2021 alone, 2.1.1 prints no period.
    CHECK(c.period.value(0) == std::optional<std::string>("2019 och tills vidare"));
    CHECK(c.period_end[0] == std::nullopt);
    CHECK(c.open_ended == std::vector<std::uint8_t>{1, 0, 0, 0, 0});
    CHECK(c.period_start[1] == 2021);
    CHECK(c.period_end[1] == 2021);
    CHECK(c.period.value(3) == std::nullopt);
    CHECK(!c.period.has_value(3));
    CHECK(c.period.any_missing());
    CHECK(!c.id.any_missing());
    CHECK(c.agencies[1] == std::vector<std::string>{"FRA", "MSB"});
    CHECK(c.responsible[1] == std::vector<std::string>{"FRA"});
    CHECK(c.updated_aspects[2] == std::vector<std::string>{"tidplan"});
    CHECK(c.completed_year[3] == 2020);
    CHECK(c.withdrawn_year[3] == std::nullopt);
    CHECK(c.withdrawn_year[4] == 2019);
    CHECK(c.withdrawn_reason.value(4) == std::optional<std::string>("Ingår i 2.1.1."));
    CHECK(c.withdrawn_reason.value(3) == std::nullopt);
}

TEST_CASE("a text column lays its texts out as an Arrow string array", "[columns]") {
    TextColumn column;
    column.push_back(std::string_view("åtgärd"));
    column.push_missing();
    column.push_back(std::optional<std::string>(""));
    column.push_back(std::optional<std::string>("FRA"));
    REQUIRE(column.size() == 4);
    CHECK(column.offsets() == std::vector<std::int64_t>{0, 8, 8, 8, 11});
    CHECK(column.data() == "åtgärdFRA");
    CHECK(column.valid() == std::vector<std::uint8_t>{1, 0, 1, 1});
    CHECK(column.values() ==
          std::vector<std::optional<std::string>>{"åtgärd", std::nullopt, "", "FRA"});

    TextListColumn lists;
    lists.push_back({"MSB", "FRA"});
    lists.push_back({});
    lists.push_back({"PTS"});
    CHECK(lists.starts() == std::vector<std::int64_t>{0, 2, 2, 3});
    CHECK(lists[0] == std::vector<std::string>{"MSB", "FRA"});
    CHECK(lists[1].empty());
    CHECK(lists.items()[2] == "PTS");

    OptionalIntColumn years;
    years.push_back(2021);
    years.push_back(std::nullopt);
    CHECK(years[0] == 2021);
    CHECK(years[1] == std::nullopt);
    CHECK(years.valid() == std::vector<std::uint8_t>{1, 0});
}

TEST_CASE("an entry written straight into a text column is an entry as any other", "[columns]") {
    TextColumn column;
    column.push_back(std::string_view("1.1.1"));
    column.push_written([](std::string& data) { MeasureId(1, 1, 10).append_to(data); });
    column.push_missing();
    column.push_written([](std::string& data) { data += "2019–2022"; });
    column.push_written([](std::string&) {});  // an empty text, not a missing one
    CHECK(column.values() == std::vector<std::optional<std::string>>{
                                 "1.1.1", "1.1.10", std::nullopt, "2019–2022", ""});
    CHECK(column.offsets() == std::vector<std::int64_t>{0, 5, 11, 11, 22, 22});
    CHECK_FALSE(column.has_value(2));
    CHECK(column.has_value(4));
    CHECK(column.any_missing());
}

TEST_CASE("measure columns of a selection follow the selection", "[columns]") {
    const auto plan = fixtures::small_plan();
    const Report& report = plan.report(2021);
    const auto active = report.selection({.active_in = 2021});
    const MeasureColumns c = measure_columns(active);
    REQUIRE(c.id.size() == active.size());
    for (std::size_t i = 0; i < active.size(); ++i) {
        CHECK(c.id[i] == active[i].id().to_string());
        CHECK(c.title[i] == active[i].title());
    }
    const MeasureColumns none = measure_columns(report.selection({.active_in = 1990}));
    CHECK(none.id.size() == 0);
    CHECK(none.objective_codes.categories.empty());
}

TEST_CASE("agency role columns of a selection are its measures' rows, in its order", "[columns]") {
    const auto plan = fixtures::small_plan();
    const Report& report = plan.report(2021);
    using Texts = std::vector<std::optional<std::string>>;
    // Every measure: the report's own columns.
    const AgencyRoleColumns all = agency_role_columns(report, plan.agencies());
    const AgencyRoleColumns shared =
        agency_role_columns(MeasureSelection(report.shared_measures()), plan.agencies());
    CHECK(shared.id.values() == all.id.values());
    CHECK(shared.agency_name.values() == all.agency_name.values());
    CHECK(shared.samfi == all.samfi);
    CHECK(shared.responsible == all.responsible);
    // Some measures, out of id order: their rows only, in the selection's order.
    const MeasureSelection some(report.shared_measures(), {2, 0});
    const AgencyRoleColumns c = agency_role_columns(some, plan.agencies());
    CHECK(c.id.values() == Texts{"1.2.1", "1.2.1", "1.1.9"});
    CHECK(c.agency.values() == Texts{"Försvarsmakten", "FRA", "MSB"});
    // An agency the registry does not know keeps its printed name, as in a report's columns.
    const AgencyRoleColumns unknown = agency_role_columns(some, AgencyRegistry());
    CHECK(unknown.agency.values() == unknown.agency_name.values());
    CHECK(unknown.samfi == std::vector<std::uint8_t>{0, 0, 0});
}

TEST_CASE("agency role columns: one entry per measure and agency, in printed order", "[columns]") {
    const auto plan = fixtures::small_plan();
    const AgencyRoleColumns c = agency_role_columns(plan.report(2021), plan.agencies());
    using Texts = std::vector<std::optional<std::string>>;
    CHECK(c.id.values() == Texts{"1.1.9", "1.1.10", "1.1.10", "1.2.1", "1.2.1", "2.1.1", "2.1.2"});
    CHECK(c.agency.values() == Texts{"MSB", "FRA", "MSB", "Försvarsmakten", "FRA", "PTS", "PTS"});
    CHECK(c.objective.values() == Texts{"1.1", "1.1", "1.1", "1.2", "1.2", "2.1", "2.1"});
    CHECK(c.priority == std::vector<std::int64_t>{1, 1, 1, 1, 1, 2, 2});
    CHECK(c.role[2] == "i samverkan med");
    CHECK(c.role[4] == "med stöd av");
    CHECK(c.responsible == std::vector<std::uint8_t>{1, 1, 0, 1, 0, 1, 1});
    CHECK(c.agency_name[1] == plan.agencies().at("FRA").name());
    CHECK(c.status[5] == "genomförd");
    CHECK_FALSE(c.agency_name.any_missing());
    for (std::size_t i = 0; i < c.agency.size(); ++i) {
        CHECK(c.samfi[i] == (plan.agencies().at(std::string(c.agency[i])).samfi() ? 1 : 0));
    }

    // An agency the registry does not know keeps its printed name and is not SAMFI's.
    const AgencyRoleColumns unknown = agency_role_columns(plan.report(2021), AgencyRegistry());
    CHECK(unknown.agency_name.values() == unknown.agency.values());
    CHECK(unknown.samfi == std::vector<std::uint8_t>(unknown.agency.size(), 0));
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

TEST_CASE("diff columns: one entry per measure of either report, as the entries say",
          "[diff][columns]") {
    using fixtures::measure;
    const auto kept = measure("1.1.1", Status::ongoing());
    const Report before(2021, Report::due_date(2021), {kept, measure("1.1.2", Status::ongoing())});
    MeasureFields retitled = kept.fields();
    retitled.title = "Ny lydelse";
    retitled.status = Status::updated(false, true);
    const Report after(2022, Report::due_date(2022),
                       {Measure(std::move(retitled)), measure("1.1.3", Status::added())});
    const auto d = diff(before, after);
    const DiffColumns c = diff_columns(d);
    const auto& entries = d.measures();
    REQUIRE(entries.size() == 3);
    REQUIRE(c.id.size() == 3);
    CHECK(texts(c.id) == std::vector<std::string>{"1.1.1", "1.1.2", "1.1.3"});
    CHECK(c.title[0] == "Ny lydelse");
    CHECK(c.changed_fields[0] == std::vector<std::string>{"title"});
    CHECK(!c.before_status.has_value(2));  // 1.1.3 is new
    CHECK(!c.after_status.has_value(1));   // 1.1.2 vanished: a problem
    CHECK(c.problem.has_value(1));
    CHECK(!c.problem.has_value(0));
    const auto printed = [](const std::shared_ptr<const Measure>& m) {
        return m ? std::optional<std::string>(m->status().printed_text()) : std::nullopt;
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const MeasureDiff& e = entries[i];
        const auto code = static_cast<std::size_t>(c.change.codes[i]);
        CHECK(c.change.categories.at(code) == change_text(e.change));
        CHECK(c.changed_fields[i] == e.fields.names());
        CHECK(c.before_status.value(i) == printed(e.before));
        CHECK(c.after_status.value(i) == printed(e.after));
        CHECK(c.derived_status.value(i) ==
              (e.derived ? std::optional<std::string>(e.derived->printed_text()) : std::nullopt));
        CHECK(c.marking_agrees[i] == (e.marking_agrees() ? 1 : 0));
    }
    CHECK(c.change.categories.size() == 6);
}

TEST_CASE("a text column says whether any entry is missing, also once released", "[columns]") {
    TextColumn none;
    none.push_back(std::string_view("a"));
    CHECK_FALSE(none.any_missing());
    CHECK_FALSE(none.release().any_missing);
    TextColumn one;
    one.push_back(std::string_view("a"));
    one.push_missing();
    CHECK(one.any_missing());
    const TextColumn::Buffers released = one.release();
    CHECK(released.any_missing);
    CHECK(released.valid == std::vector<std::uint8_t>{1, 0});
    CHECK(one.size() == 0);
}

TEST_CASE("a selection out of id order codes a recurring objective by its first appearance",
          "[columns]") {
    const auto plan = fixtures::small_plan();
    const Report& report = plan.report(2021);
    REQUIRE(report.measures()[0].id().to_string() == "1.1.9");
    REQUIRE(report.measures()[1].id().to_string() == "1.1.10");
    REQUIRE(report.measures()[2].id().to_string() == "1.2.1");
    const MeasureSelection picked(report.shared_measures(), {0, 2, 1});
    const MeasureColumns c = measure_columns(picked);
    CHECK(c.objective_codes.categories == std::vector<std::string>{"1.1", "1.2"});
    CHECK(c.objective_codes.codes == std::vector<std::int32_t>{0, 1, 0});
    CHECK(c.id.values() == std::vector<std::optional<std::string>>{"1.1.9", "1.2.1", "1.1.10"});
}
