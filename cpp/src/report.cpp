#include "handlingsplan/report.hpp"

#include <algorithm>

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr detail::Names<ReportState, 2> state_names{{
    {ReportState::draft, "draft"},
    {ReportState::final, "final"},
}};

}  // namespace

bool MeasureFilter::matches(const Measure& measure) const {
    if (priority && measure.id().priority() != *priority) return false;
    if (objective && measure.id().objective() != *objective) return false;
    if (status && measure.status().kind() != *status) return false;
    if (agency) {
        const auto found = measure.agencies().role_of(*agency);
        if (!found || (role && *found != *role)) return false;
    } else if (role) {
        const auto& roles = measure.agencies().roles();
        const bool any = std::any_of(roles.begin(), roles.end(),
                                     [&](const AgencyRole& r) { return r.role == *role; });
        if (!any) return false;
    }
    if (active_in) {
        const auto& period = measure.period();
        if (!measure.status().is_active() || !period || !period->contains(*active_in)) return false;
    }
    return true;
}

std::string_view report_state_text(ReportState state) noexcept {
    return detail::name_of(state_names, state);
}

ReportState parse_report_state(std::string_view text) {
    if (const auto state = detail::value_of(state_names, text)) return *state;
    throw ParseError("report state", std::string(text), detail::expected_names(state_names),
                     detail::closest_name(state_names, text));
}

Report::Report(int year, boost::gregorian::date submitted, std::vector<Measure> measures,
               ReportState state, std::vector<Reopening> reopenings, FollowUp follow_up)
    : year_(year),
      submitted_(submitted),
      measures_(std::move(measures)),
      state_(state),
      reopenings_(std::move(reopenings)),
      follow_up_(std::move(follow_up)) {
    for (const auto& reopening : reopenings_) {
        if (reopening.date.is_special()) throw InvalidValue("a reopening needs a real date");
        if (detail::is_blank(reopening.reason)) {
            throw InvalidValue("a reopening of the " + std::to_string(year) +
                               " report needs a reason");
        }
    }
    check_year(year, "the report year");
    if (submitted_.is_special()) throw InvalidValue("a report needs a real submission date");
    check_year(static_cast<int>(submitted_.year()), "the year of the submission date");
    const auto by_id = [](const Measure& a, const Measure& b) { return a.id() < b.id(); };
    // A file lists them in order already; sorting costs a large report more than checking.
    if (!std::is_sorted(measures_.begin(), measures_.end(), by_id)) {
        std::sort(measures_.begin(), measures_.end(), by_id);
    }
    const auto repeated =
        std::adjacent_find(measures_.begin(), measures_.end(),
                           [](const Measure& a, const Measure& b) { return a.id() == b.id(); });
    if (repeated != measures_.end()) {
        throw InvalidValue("the " + std::to_string(year) + " report lists measure " +
                           repeated->id().to_string() + " twice");
    }
}

boost::gregorian::date Report::due_date(int year) {
    check_year(year, "the report year");
    return boost::gregorian::date(static_cast<unsigned short>(year), boost::gregorian::Mar, 1);
}

std::vector<const Measure*> Report::select(const MeasureFilter& filter) const {
    std::vector<const Measure*> selected;
    for (const auto& measure : measures_) {
        if (filter.matches(measure)) selected.push_back(&measure);
    }
    return selected;
}

const Measure* Report::find(const MeasureId& id) const noexcept {
    const auto it =
        std::lower_bound(measures_.begin(), measures_.end(), id,
                         [](const Measure& m, const MeasureId& key) { return m.id() < key; });
    return it != measures_.end() && it->id() == id ? &*it : nullptr;
}

const Measure& Report::at(const MeasureId& id) const {
    if (const Measure* measure = find(id)) return *measure;
    throw NotFound("measure", id.to_string() + " in the " + std::to_string(year_) + " report");
}

void Report::put(Measure measure) {
    const auto it =
        std::lower_bound(measures_.begin(), measures_.end(), measure.id(),
                         [](const Measure& m, const MeasureId& key) { return m.id() < key; });
    if (it != measures_.end() && it->id() == measure.id()) {
        *it = std::move(measure);
    } else {
        measures_.insert(it, std::move(measure));
    }
}

std::map<StatusKind, std::size_t> Report::count_by_status() const {
    std::map<StatusKind, std::size_t> counts;
    for (const auto& measure : measures_) ++counts[measure.status().kind()];
    return counts;
}

}  // namespace handlingsplan
