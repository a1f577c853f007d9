// One measure across the plan's reports: its state in each report that holds it, what changed
// from the report before, and the recorded sources of those changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "handlingsplan/diff.hpp"
#include "handlingsplan/export.hpp"
#include "handlingsplan/plan.hpp"
#include "handlingsplan/provenance.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// One part of a measure that differs from the report before, with both values as the reports
// print them ("" where none).
struct PartChange {
    ChangedPart part;
    std::string before;
    std::string after;
    // change_text of the part and its values: "tidsperiod 2019–2022 → 2019–2026".
    std::string text() const { return change_text(part, before, after); }
    bool operator==(const PartChange&) const = default;
};

// The measure in one report.
struct HistoryEntry {
    int year;
    ReportState state;
    std::vector<Reopening> reopenings;  // of the report
    Measure measure;                    // as this report presents it
    // What differs from the last earlier report that holds the measure, in the order of
    // ChangedPart (for the first report: "added" where the report marks it new, else nothing).
    std::vector<PartChange> changes;
    std::vector<RecordedChange> recorded;  // the report's recorded changes of the measure
    bool operator==(const HistoryEntry&) const = default;
};

// Every report's state of the measure, oldest first.
// @throws NotFound where no report of the plan holds it.
std::vector<HistoryEntry> measure_history(const Plan& plan, const MeasureId& id);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
