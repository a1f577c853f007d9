#include "handlingsplan/report.hpp"

#include <algorithm>
#include <array>
#include <mutex>
#include <numeric>
#include <unordered_map>
#include <utility>

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr detail::Names<ReportState, 2> state_names{{
    {ReportState::draft, "draft"},
    {ReportState::final, "final"},
}};

// Sorts `measures` by id, moving each measure about once (std::sort on them moves each many
// times, and a measure is large) and in place (a second list would add a report's measures to
// the peak memory of a load). The ids sort beside their positions, close together in memory.
void sort_by_id(std::vector<Measure>& measures) {
    std::vector<std::pair<MeasureId, std::size_t>> order;
    order.reserve(measures.size());
    for (std::size_t i = 0; i < measures.size(); ++i) order.emplace_back(measures[i].id(), i);
    std::sort(order.begin(), order.end());
    // Position k takes the measure at order[k].second: each cycle of that permutation is
    // followed once, with one measure held aside; a position done points at itself.
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (order[start].second == start) continue;
        Measure held = std::move(measures[start]);
        std::size_t at = start;
        for (std::size_t from = order[at].second; from != start; from = order[at].second) {
            measures[at] = std::move(measures[from]);
            order[at].second = at;
            at = from;
        }
        measures[at] = std::move(held);
        order[at].second = at;
    }
}

}  // namespace

// Where to look for the measures a filter asks for: the positions of each agency (with its
// role) and of each status, and each measure's activity and period.
class MeasureIndex {
public:
    explicit MeasureIndex(const std::vector<Measure>& measures) {
        spans.reserve(measures.size());
        for (std::size_t i = 0; i < measures.size(); ++i) {
            const Measure& m = measures[i];
            const auto p = static_cast<std::uint32_t>(i);
            by_status[static_cast<std::size_t>(m.status().kind())].push_back(p);
            for (const AgencyRole& r : m.agencies().roles())
                by_agency[r.agency].emplace_back(p, r.role);
            spans.push_back(Span{m.status().is_active(), m.period()});
        }
    }

    struct Span {
        bool active;
        std::optional<Period> period;
    };
    // One list per StatusKind, at its value (withdrawn, the last, is 4).
    static_assert(static_cast<int>(StatusKind::withdrawn) == 4);
    std::array<std::vector<std::uint32_t>, 5> by_status;
    std::unordered_map<std::string, std::vector<std::pair<std::uint32_t, Role>>> by_agency;
    std::vector<Span> spans;
};

namespace {

using Positions = std::vector<std::uint32_t>;

// The positions of the measures `agency` takes part in (in `role`, where one is given).
Positions of_agency(const MeasureIndex& index, const std::string& agency,
                    const std::optional<Role>& role) {
    Positions out;
    if (const auto found = index.by_agency.find(agency); found != index.by_agency.end()) {
        for (const auto& [p, its_role] : found->second) {
            if (!role || its_role == *role) out.push_back(p);
        }
    }
    return out;
}

// The positions of the filter's objective's measures, else of its priority's: measures are in
// id order, so they lie together.
Positions within(const std::vector<Measure>& all, const MeasureFilter& filter) {
    const auto key = [&](const Measure& m) {
        return filter.objective ? m.id().objective() <=> *filter.objective
                                : m.id().priority() <=> *filter.priority;
    };
    const auto first =
        std::partition_point(all.begin(), all.end(), [&](const Measure& m) { return key(m) < 0; });
    const auto last =
        std::partition_point(first, all.end(), [&](const Measure& m) { return key(m) == 0; });
    Positions out;
    for (auto it = first; it != last; ++it) {
        out.push_back(static_cast<std::uint32_t>(it - all.begin()));
    }
    return out;
}

// The positions of the measures still active whose period includes `year`.
Positions active_in(const MeasureIndex& index, int year) {
    Positions out;
    std::uint32_t p = 0;
    for (const auto& span : index.spans) {
        if (MeasureFilter::active_in_year(span.active, span.period, year)) out.push_back(p);
        ++p;
    }
    return out;
}

bool asks_anything(const MeasureFilter& filter) {
    return filter.priority || filter.objective || filter.agency || filter.role || filter.status ||
           filter.active_in;
}

}  // namespace

struct Report::Store {
    explicit Store(std::vector<Measure> all) : measures(std::move(all)) {}
    std::vector<Measure> measures;
    std::mutex mutex;
    std::unique_ptr<const MeasureIndex> index;  // built by the first filter, dropped by an edit

    const MeasureIndex& indexed() {
        const std::lock_guard lock(mutex);
        if (!index) index = std::make_unique<const MeasureIndex>(measures);
        return *index;
    }
};

bool MeasureFilter::active_in_year(bool active, const std::optional<Period>& period,
                                   int year) noexcept {
    return active && period && period->contains(year);
}

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
    if (active_in && !active_in_year(measure.status().is_active(), measure.period(), *active_in)) {
        return false;
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
               ReportState state, std::vector<Reopening> reopenings, FollowUp follow_up,
               std::vector<RecordedChange> changes, std::vector<FormEntry> forms,
               std::vector<ProseChapter> chapters)
    : year_(year),
      submitted_(submitted),
      store_(std::make_shared<Store>(std::move(measures))),
      state_(state),
      reopenings_(std::move(reopenings)),
      follow_up_(std::move(follow_up)),
      changes_(std::move(changes)),
      forms_(std::move(forms)) {
    for (auto& chapter : chapters) {
        if (this->chapter(chapter.heading())) {
            throw InvalidValue("the " + std::to_string(year) + " report has the chapter \"" +
                                   chapter.heading() + "\" twice",
                               std::to_string(year) + " års redovisning har kapitlet \"" +
                                   chapter.heading() + "\" två gånger");
        }
        put(std::move(chapter));
    }
    for (const auto& reopening : reopenings_) {
        if (reopening.date.is_special()) {
            throw InvalidValue("a reopening needs a real date",
                               "en återöppning behöver ett riktigt datum");
        }
        detail::require_utf8(reopening.reason, [&] {
            return "the reason for a reopening of the " + std::to_string(year) + " report";
        });
        if (detail::is_blank(reopening.reason)) {
            throw InvalidValue(
                "a reopening of the " + std::to_string(year) + " report needs a reason",
                "en återöppning av " + std::to_string(year) + " års redovisning behöver ett skäl");
        }
    }
    check_year(year, "the report year");
    if (submitted_.is_special()) {
        throw InvalidValue("a report needs a real submission date",
                           "en redovisning behöver ett riktigt inlämningsdatum");
    }
    check_year(static_cast<int>(submitted_.year()), "the year of the submission date");
    auto& all = store_->measures;
    const auto by_id = [](const Measure& a, const Measure& b) { return a.id() < b.id(); };
    // A file lists them in order already; sorting costs a large report more than checking.
    if (!std::is_sorted(all.begin(), all.end(), by_id)) sort_by_id(all);
    const auto repeated =
        std::adjacent_find(all.begin(), all.end(),
                           [](const Measure& a, const Measure& b) { return a.id() == b.id(); });
    if (repeated != all.end()) {
        throw InvalidValue("the " + std::to_string(year) + " report lists measure " +
                               repeated->id().to_string() + " twice",
                           std::to_string(year) + " års redovisning har åtgärd " +
                               repeated->id().to_string() + " två gånger");
    }
    for (const auto& change : changes_) {
        if (!contains(change.measure())) {
            throw InvalidValue("the " + std::to_string(year) + " report records a change of " +
                                   change.measure().to_string() + ", a measure it does not hold",
                               std::to_string(year) + " års redovisning har en ändring av " +
                                   change.measure().to_string() + ", en åtgärd som den inte har");
        }
    }
}

std::vector<RecordedChange> Report::changes_of(const MeasureId& id) const {
    std::vector<RecordedChange> found;
    for (const auto& change : changes_) {
        if (change.measure() == id) found.push_back(change);
    }
    return found;
}

boost::gregorian::date Report::due_date(int year) {
    check_year(year, "the report year");
    return boost::gregorian::date(static_cast<unsigned short>(year), boost::gregorian::Mar, 1);
}

std::vector<const Measure*> Report::select(const MeasureFilter& filter) const {
    return selection(filter).pointers();
}

const std::vector<Measure>& Report::measures() const noexcept { return store_->measures; }

MeasureSelection::Measures Report::shared_measures() const noexcept {
    return MeasureSelection::Measures(store_, &store_->measures);
}

MeasureSelection Report::selection(const MeasureFilter& filter) const {
    const auto& all = store_->measures;
    const MeasureIndex& index = store_->indexed();
    // The index answers one criterion (the most telling given); `rest` checks the others.
    MeasureFilter rest = filter;
    Positions candidates;
    if (filter.agency) {
        rest.agency.reset();
        rest.role.reset();
        candidates = of_agency(index, *filter.agency, filter.role);
    } else if (filter.status) {
        rest.status.reset();
        candidates = index.by_status[static_cast<std::size_t>(*filter.status)];
    } else if (filter.objective || filter.priority) {
        candidates = within(all, filter);
        if (filter.objective) {
            rest.objective.reset();
        } else {
            rest.priority.reset();
        }
    } else if (filter.active_in) {
        rest.active_in.reset();
        candidates = active_in(index, *filter.active_in);
    } else {
        candidates.resize(all.size());
        std::iota(candidates.begin(), candidates.end(), std::uint32_t{0});
    }
    if (asks_anything(rest)) {
        std::erase_if(candidates, [&](std::uint32_t p) { return !rest.matches(all[p]); });
    }
    return MeasureSelection(shared_measures(), std::move(candidates));
}

const Measure* Report::find(const MeasureId& id) const noexcept {
    const auto& all = store_->measures;
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
    if (store_.use_count() > 1) {
        store_ = std::make_shared<Store>(store_->measures);
    } else {
        store_->index.reset();
    }
    auto& all = store_->measures;
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
    for (const auto& measure : store_->measures) ++counts[measure.status().kind()];
    return counts;
}

bool Report::operator==(const Report& other) const {
    return year_ == other.year_ && submitted_ == other.submitted_ &&
           (store_ == other.store_ || store_->measures == other.store_->measures) &&
           state_ == other.state_ && reopenings_ == other.reopenings_ &&
           follow_up_ == other.follow_up_ && changes_ == other.changes_ && forms_ == other.forms_ &&
           chapters_ == other.chapters_;
}

const ProseChapter* Report::chapter(std::string_view heading) const noexcept {
    for (const auto& chapter : chapters_) {
        if (chapter.heading() == heading) return &chapter;
    }
    return nullptr;
}

void Report::put(ProseChapter chapter) {
    const auto place = chapter_position(chapter.heading());
    auto it = chapters_.begin();
    while (it != chapters_.end() && chapter_position(it->heading()) < place) ++it;
    if (it != chapters_.end() && it->heading() == chapter.heading()) {
        *it = std::move(chapter);
    } else {
        chapters_.insert(it, std::move(chapter));
    }
}

bool Report::remove_chapter(std::string_view heading) {
    const auto it = std::find_if(chapters_.begin(), chapters_.end(),
                                 [&](const ProseChapter& c) { return c.heading() == heading; });
    if (it == chapters_.end()) return false;
    chapters_.erase(it);
    return true;
}

MeasureSelection::MeasureSelection(Measures measures) : measures_(std::move(measures)) {
    positions_.resize(measures_->size());
    std::iota(positions_.begin(), positions_.end(), std::uint32_t{0});
}

MeasureSelection::MeasureSelection(Measures measures, std::vector<std::uint32_t> positions)
    : measures_(std::move(measures)), positions_(std::move(positions)) {
    for (const std::uint32_t p : positions_) {
        if (p >= measures_->size()) {
            throw InvalidValue("a selection of measures names position " + std::to_string(p) +
                               " of only " + std::to_string(measures_->size()) + " measures");
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
    return std::equal(
        positions_.begin(), positions_.end(), other.positions_.begin(), other.positions_.end(),
        [&](std::uint32_t a, std::uint32_t b) { return (*measures_)[a] == (*other.measures_)[b]; });
}

}  // namespace handlingsplan
