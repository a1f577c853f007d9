// Bilaga 1, "Förteckning över åtgärder": what goes where in the appendix that closes every
// report. Renderers (Word, HTML, ...) only lay these tables out.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handlingsplan/export.hpp"
#include "handlingsplan/plan.hpp"
#include "handlingsplan/words.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

enum class AppendixSectionKind {
    current,    // "Aktuella åtgärder": active measures, one table per strategic priority
    completed,  // "Genomförda åtgärder"
    withdrawn,  // "Avskrivna åtgärder"
};

// "aktuella", "genomförda", "avskrivna".
std::string_view appendix_section_kind_text(AppendixSectionKind kind) noexcept;

// The columns of a section of the appendix, in the plan's words: "#", "Åtgärd", "Ansvarig
// myndighet", "Status", "Sida" for the current measures; the year completed ("Klar") or
// withdrawn ("Avskriven") in place of the last two for the others.
std::vector<std::string> appendix_columns(const AppendixWords& words, AppendixSectionKind kind);
// The section's title in the plan's words: "Aktuella åtgärder", …
const std::string& appendix_section_title(const AppendixWords& words, AppendixSectionKind kind);

// One printed cell, as paragraphs: the renderers lay them out and never re-split text.
struct AppendixCell {
    // Trimmed, none empty; no paragraph at all for an empty cell (an unmarked Status).
    std::vector<std::string> paragraphs;
    // The first paragraph is the measure's title, set apart (bold) as the report prints it: the
    // Åtgärd cell of completed and withdrawn measures (title, description paragraphs, reason).
    bool titled = false;

    // The paragraphs joined by a blank line: the cell as plain text.
    std::string text() const;
    bool operator==(const AppendixCell&) const = default;
};

struct AppendixRow {
    MeasureId id;
    std::vector<AppendixCell> cells;  // one per column of its table
};

struct AppendixTable {
    std::string title;            // "Strategisk prioritering 1. …"; empty for the other sections
    std::optional<int> priority;  // the strategic priority of an "Aktuella åtgärder" table
    std::vector<std::string> columns;
    std::vector<AppendixRow> rows;  // numeric id order; may be empty (shown as such)
};

struct AppendixSection {
    AppendixSectionKind kind;
    std::string title;
    std::vector<AppendixTable> tables;
};

struct Appendix {
    int year;
    std::string title;  // "Bilaga 1: Förteckning över åtgärder"
    std::string intro;  // the paragraph that opens the list
    std::vector<AppendixSection> sections;
    PlanWords words;  // the plan's words it is written in (its empty line, level names …)
};

// The appendix of the plan's report for `year` (NotFound if there is none), in the plan's words
// (Plan::words: its title, sections, columns and headings). Titles and agency
// texts are those the appendix prints (its own wording where it differs from the chapter).
// Every strategic priority of the strategy gets a table, empty or not; an active measure under a
// priority the strategy lacks gets a table of its own, so that nothing is left out.
Appendix build_appendix(const Plan& plan, int year);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
