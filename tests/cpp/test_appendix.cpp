#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/appendix.hpp"
#include "handlingsplan/errors.hpp"

using namespace handlingsplan;

namespace {
using Cells = std::vector<std::string>;
// The row's cells as plain text.
Cells texts(const AppendixRow& row) {
    Cells out;
    for (const auto& cell : row.cells) out.push_back(cell.text());
    return out;
}
Cells first_cells(const AppendixTable& table) {
    Cells out;
    for (const auto& row : table.rows) out.push_back(row.cells.at(0).text());
    return out;
}
}  // namespace

TEST_CASE("the appendix has the three sections in the published order", "[appendix]") {
    const auto appendix = build_appendix(fixtures::small_plan(), 2021);
    CHECK(appendix.year == 2021);
    CHECK(appendix.title == "Bilaga 1: Förteckning över åtgärder");
    REQUIRE(appendix.sections.size() == 3);
    CHECK(appendix.sections[0].title == "Aktuella åtgärder");
    CHECK(appendix.sections[1].title == "Genomförda åtgärder");
    CHECK(appendix.sections[2].title == "Avskrivna åtgärder");
    CHECK(appendix_section_kind_text(appendix.sections[2].kind) == "avskrivna");
}

TEST_CASE("active measures: one table per priority, numeric order, published status",
          "[appendix]") {
    const auto current = build_appendix(fixtures::small_plan(), 2021).sections[0];
    REQUIRE(current.tables.size() == 2);
    const auto& first = current.tables[0];
    CHECK(first.title == "Strategisk prioritering 1. Säkerställa en systematisk ansats");
    CHECK(first.priority == 1);
    CHECK(first.columns == Cells{"#", "Åtgärd", "Ansvarig myndighet", "Status", "Sida"});
    CHECK(first_cells(first) == Cells{"1.1.9.", "1.1.10.", "1.2.1."});
    CHECK(texts(first.rows[1]) ==
          Cells{"1.1.10.", "Åtgärd 1.1.10", "FRA i samverkan med MSB", "Ny åtgärd", "22"});
    CHECK(first.rows[2].cells[3].text() == "Uppdaterad, tidplan");
    CHECK(first.rows[0].cells[3].paragraphs.empty());
    for (const auto& cell : first.rows[1].cells) CHECK_FALSE(cell.titled);
    // Priority 2 has no active measure: its table is there, empty.
    CHECK(current.tables[1].rows.empty());
}

TEST_CASE("completed and withdrawn measures with their years and texts", "[appendix]") {
    const auto appendix = build_appendix(fixtures::small_plan(), 2021);
    const auto& completed = appendix.sections[1].tables.at(0);
    CHECK(completed.columns.back() == "Klar");
    REQUIRE(completed.rows.size() == 1);
    CHECK(texts(completed.rows[0]) ==
          Cells{"2.1.1.", "Åtgärd 2.1.1\n\nBeskrivning av åtgärden.\n\nAndra stycket.", "PTS",
                "2020"});
    const auto& withdrawn = appendix.sections[2].tables.at(0);
    CHECK(withdrawn.columns.back() == "Avskriven");
    REQUIRE(withdrawn.rows.size() == 1);
    CHECK(withdrawn.rows[0].cells[1].paragraphs.back() == "Ingår i 2.1.1.");
    CHECK(withdrawn.rows[0].cells[3].text() == "2019");
    // The title, each paragraph of the description and the reason stay apart; the title is set off.
    const AppendixCell& text = completed.rows[0].cells[1];
    CHECK(text.paragraphs == Cells{"Åtgärd 2.1.1", "Beskrivning av åtgärden.", "Andra stycket."});
    CHECK(text.titled);
    CHECK_FALSE(completed.rows[0].cells[2].titled);
}

TEST_CASE("the appendix prints its own wording where it differs", "[appendix]") {
    auto fields = fixtures::measure("1.1.1", Status::ongoing()).fields();
    fields.appendix_title = "Bilagans titel";
    fields.appendix_agencies = "MSB och FRA";
    fields.page.reset();
    const Plan plan("P", 2019, 2022, AgencyRegistry::standard(), {Priority(1, "Första", {})},
                    {Report(2022, Report::due_date(2022), {Measure(fields)})});
    const auto row = build_appendix(plan, 2022).sections[0].tables[0].rows.at(0);
    CHECK(texts(row) == Cells{"1.1.1.", "Bilagans titel", "MSB och FRA", "", ""});
}

TEST_CASE("nothing is left out: a measure under a priority the strategy lacks", "[appendix]") {
    const Plan plan(
        "P", 2019, 2022, AgencyRegistry::standard(), {Priority(1, "Första", {})},
        {Report(2022, Report::due_date(2022), {fixtures::measure("7.1.1", Status::ongoing())})});
    const auto current = build_appendix(plan, 2022).sections[0];
    REQUIRE(current.tables.size() == 2);
    CHECK(current.tables[1].title == "Strategisk prioritering 7.");
    CHECK(first_cells(current.tables[1]) == Cells{"7.1.1."});
}

TEST_CASE("an appendix for a year without a report is an error", "[appendix]") {
    CHECK_THROWS_AS(build_appendix(fixtures::small_plan(), 2030), NotFound);
}

TEST_CASE("the appendix is written in the plan's own words", "[appendix]") {
    const auto appendix = build_appendix(fixtures::pillar_plan(), 2026);
    CHECK(appendix.title == "Bilaga 1: Förteckning över aktiviteter");
    CHECK(appendix.words == fixtures::pillar_words());
    const auto& current = appendix.sections.at(0);
    CHECK(current.title == "Aktuella aktiviteter");
    REQUIRE(current.tables.size() == 2);
    CHECK(current.tables[0].title == "Pelare A. Pelare ett");
    CHECK(current.tables[1].title == "Pelare B. Pelare två");
    CHECK(current.tables[0].columns == Cells{"#", "Aktivitet", "Ansvarig aktör", "Status", "Sida"});
    CHECK(first_cells(current.tables[0]) == Cells{"A.1.1."});
    // Words the plan does not give are the 2019–2022 plan's.
    CHECK(appendix.sections.at(1).title == "Genomförda åtgärder");
    CHECK(appendix.sections.at(2).tables.at(0).columns.back() == "Avskriven");
    CHECK(build_appendix(fixtures::small_plan(), 2021).words == PlanWords::standard());
}

TEST_CASE("the section columns and titles in given words", "[appendix]") {
    const AppendixWords& words = PlanWords::standard().appendix;
    CHECK(appendix_columns(words, AppendixSectionKind::completed) ==
          Cells{"#", "Åtgärd", "Ansvarig myndighet", "Klar"});
    CHECK(appendix_section_title(words, AppendixSectionKind::withdrawn) == "Avskrivna åtgärder");
}
