#include "handlingsplan/history.hpp"

#include "handlingsplan/errors.hpp"

namespace handlingsplan {
namespace {

std::vector<PartChange> changes_between(const Measure* before, const Measure& after) {
    std::vector<PartChange> changes;
    if (before == nullptr) {
        if (after.status().kind() == StatusKind::added) {
            changes.push_back({ChangedPart::added, "", after.title()});
        }
        return changes;
    }
    for (const MeasureField field : changed_fields(*before, after).fields()) {
        changes.push_back(
            {changed_part(field), printed_value(*before, field), printed_value(after, field)});
    }
    const Status& was = before->status();
    const Status& is = after.status();
    // An ended measure, or one ended differently; the markings of an active one follow from
    // its fields and are not a change of their own.
    if ((!was.is_active() || !is.is_active()) && was.printed_text() != is.printed_text()) {
        changes.push_back({ChangedPart::status, was.printed_text(), is.printed_text()});
    }
    return changes;
}

}  // namespace

std::vector<HistoryEntry> measure_history(const Plan& plan, const MeasureId& id) {
    std::vector<HistoryEntry> history;
    const Measure* previous = nullptr;
    for (const auto& [year, report] : plan.reports()) {
        const Measure* measure = report.find(id);
        if (measure == nullptr) continue;
        history.push_back({year, report.state(), report.reopenings(), *measure,
                           changes_between(previous, *measure), report.changes_of(id)});
        previous = measure;
    }
    if (history.empty()) throw NotFound("measure", id.to_string());
    return history;
}

}  // namespace handlingsplan
