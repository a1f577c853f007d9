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
      measures_(std::make_shared<std::vector<Measure>>(std::move(measures))),
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
    auto& all = *measures_;
    std::sort(all.begin(), all.end(),
              [](const Measure& a, const Measure& b) { return a.id() < b.id(); });
    const auto repeated = std::adjacent_find(
        all.begin(), all.end(), [](const Measure& a, const Measure& b) { return a.id() == b.id(); });
    if (repeated != all.end()) {
        throw InvalidValue("the " + std::to_string(year) + " report lists measure " +
                           repeated->id().to_string() + " twice");
    }
}

boost::gregorian::date Report::due_date(int year) {
    check_year(year, "the report year");
    return boost::gregorian::date(static_cast<unsigned short>(year), boost::gregorian::Mar, 1);
}

std::vector<const Measure*> Report::select(const MeasureFilter& filter) const {
    return selection(filter).pointers();
}

MeasureSelection Report::selection(const MeasureFilter& filter) const {
    const auto& all = *measures_;
    std::vector<std::uint32_t> positions;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (filter.matches(all[i])) positions.push_back(static_cast<std::uint32_t>(i));
    }
    return MeasureSelection(measures_, std::move(positions));
}

const Measure* Report::find(const MeasureId& id) const noexcept {
    const auto& all = *measures_;
    const auto it =
        std::lower_bound(all.begin(), all.end(), id,
                         [](const Measure& m, const MeasureId& key) { return m.id() < key; });
    return it != all.end() && it->id() == id ? &*it : nullptr;
}

const Measure& Report::at(const MeasureId& id) const {
    if (const Measure* measure = find(id)) return *measure;
    throw NotFound("measure", id.to_string() + " in the " + std::to_string(year_) + " report");
}

void Report::put(Measure measure) {
    // A selection or a diff taken before holds the measures: they keep what they saw.
    if (measures_.use_count() > 1) measures_ = std::make_shared<std::vector<Measure>>(*measures_);
    auto& all = *measures_;
    const auto it =
        std::lower_bound(all.begin(), all.end(), measure.id(),
                         [](const Measure& m, const MeasureId& key) { return m.id() < key; });
    if (it != all.end() && it->id() == measure.id()) {
        *it = std::move(measure);
    } else {
        all.insert(it, std::move(measure));
    }
}

std::map<StatusKind, std::size_t> Report::count_by_status() const {
    std::map<StatusKind, std::size_t> counts;
    for (const auto& measure : *measures_) ++counts[measure.status().kind()];
    return counts;
}

bool Report::operator==(const Report& other) const {
    return year_ == other.year_ && submitted_ == other.submitted_ &&
           (measures_ == other.measures_ || *measures_ == *other.measures_) &&
           state_ == other.state_ && reopenings_ == other.reopenings_ &&
           follow_up_ == other.follow_up_;
}

MeasureSelection::MeasureSelection(Measures measures) : measures_(std::move(measures)) {
    positions_.resize(measures_->size());
    for (std::size_t i = 0; i < positions_.size(); ++i) {
        positions_[i] = static_cast<std::uint32_t>(i);
    }
}

MeasureSelection::MeasureSelection(Measures measures, std::vector<std::uint32_t> positions)
    : measures_(std::move(measures)), positions_(std::move(positions)) {
    for (std::size_t i = 0; i < positions_.size(); ++i) {
        if (positions_[i] >= measures_->size()) {
            throw InvalidValue("a selection of measures names position " +
                               std::to_string(positions_[i]) + " of only " +
                               std::to_string(measures_->size()) + " measures");
        }
    }
}

const Measure& MeasureSelection::at(std::size_t i) const {
    if (i >= positions_.size()) {
        throw NotFound("measure", "number " + std::to_string(i) + " of a selection of " +
                                      std::to_string(positions_.size()));
    }
    return (*this)[i];
}

MeasureSelection MeasureSelection::slice(std::size_t start, std::ptrdiff_t step,
                                         std::size_t count) const {
    std::vector<std::uint32_t> positions;
    positions.reserve(count);
    auto i = static_cast<std::ptrdiff_t>(start);
    for (std::size_t k = 0; k < count; ++k, i += step) {
        positions.push_back(positions_[static_cast<std::size_t>(i)]);
    }
    return MeasureSelection(measures_, std::move(positions));
}

std::vector<MeasureId> MeasureSelection::ids() const {
    std::vector<MeasureId> out;
    out.reserve(positions_.size());
    for (const auto p : positions_) out.push_back((*measures_)[p].id());
    return out;
}

std::vector<const Measure*> MeasureSelection::pointers() const {
    std::vector<const Measure*> out;
    out.reserve(positions_.size());
    for (const auto p : positions_) out.push_back(&(*measures_)[p]);
    return out;
}

bool MeasureSelection::operator==(const MeasureSelection& other) const {
    if (size() != other.size()) return false;
    for (std::size_t i = 0; i < size(); ++i) {
        if ((*this)[i] != other[i]) return false;
    }
    return true;
}

}  // namespace handlingsplan
