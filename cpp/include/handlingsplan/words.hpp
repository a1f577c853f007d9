// The plan's own words: what it calls its levels, how it writes its ids, and the wording of its
// Bilaga 1 (title, sections, column headings, the line of an empty table). One catalogue, the
// core's: the appendix, the renderers, the importer, the forms and the views ask it, so each word
// is written once. A plan file may give its own (schema version 5, "words"); what it leaves out is
// the 2019–2022 plan's (PlanWords::standard()).
#pragma once

#include <string>
#include <string_view>

#include "handlingsplan/export.hpp"
#include "handlingsplan/measure_id.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// What a plan calls the three levels of its strategy, as a heading begins them.
struct LevelWords {
    std::string priority = "Strategisk prioritering";  // "Pelare" in the 2025–2029 strategy
    std::string objective = "Målsättning";             // "Mål"
    std::string measure = "Åtgärd";                    // "Aktivitet"
    std::string measures = "Åtgärder";                 // "Aktiviteter": the plural
    bool operator==(const LevelWords&) const = default;
};

// Bilaga 1's wording: its title and opening paragraph, its three sections' titles, its column
// headings and the line shown where a section or table has no measure.
struct AppendixWords {
    std::string title = "Bilaga 1: Förteckning över åtgärder";
    std::string intro =
        "Bilagan innehåller en överskådlig lista på samtliga åtgärder i handlingsplanen. Åtgärder "
        "som avslutats återfinns i avsnittet ”Genomförda åtgärder” nedan. Åtgärder som inte "
        "längre är relevanta att genomföra återfinns under avsnittet ”Avskrivna åtgärder” nedan.";
    // The sections.
    std::string current = "Aktuella åtgärder";
    std::string completed = "Genomförda åtgärder";
    std::string withdrawn = "Avskrivna åtgärder";
    // The columns: the number, the measure, its agencies, its status and page (current), the
    // year it was completed or withdrawn (the other two sections).
    std::string number_column = "#";
    std::string measure_column = "Åtgärd";
    std::string agencies_column = "Ansvarig myndighet";
    std::string status_column = "Status";
    std::string page_column = "Sida";
    std::string completed_column = "Klar";
    std::string withdrawn_column = "Avskriven";
    // Shown under a heading whose section or table has no measure.
    std::string empty = "Inga åtgärder.";
    bool operator==(const AppendixWords&) const = default;
};

struct PlanWords {
    LevelWords levels;
    IdStyle ids = IdStyle::numbers;
    AppendixWords appendix;

    // The 2019–2022 plan's words, those of a plan file that gives none.
    static const PlanWords& standard();

    // The heading of a top-level table in Bilaga 1: "Strategisk prioritering 1." or "Pelare A.",
    // followed by the title where there is one.
    // @throws InvalidValue for a number the plan's ids cannot write (a letter above Z).
    std::string priority_heading(int number, std::string_view title = {}) const;
    // Every word is non-blank. @throws InvalidValue naming the first blank one.
    void check() const;

    bool operator==(const PlanWords&) const = default;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
