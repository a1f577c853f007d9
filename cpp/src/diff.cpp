#include "handlingsplan/diff.hpp"

#include <algorithm>

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr detail::Names<Change, 6> change_names{{
    {Change::added, "ny"},
    {Change::completed, "genomförd"},
    {Change::withdrawn, "avskriven"},
    {Change::changed, "ändrad"},
    {Change::unchanged, "oförändrad"},
    {Change::vanished, "försvunnen"},
}};

using Shared = MeasureSelection::Measures;

// The measure at `i` of `measures`, sharing their ownership.
std::shared_ptr<const Measure> share(const Shared& measures, std::size_t i) {
    return std::shared_ptr<const Measure>(measures, &(*measures)[i]);
}

MeasureDiff classify(std::shared_ptr<const Measure> shared_before,
                     std::shared_ptr<const Measure> shared_after) {
    const Measure* before = shared_before.get();
    const Measure* after = shared_after.get();
    MeasureDiff d{before ? before->id() : after->id(),
                  Change::unchanged,
                  {},
                  std::move(shared_before),
                  std::move(shared_after),
                  {},
                  {}};
    if (!after) {
        d.change = Change::vanished;
        d.problem =
            "listed in the earlier report but neither completed, withdrawn nor listed in "
            "the later one";
        return d;
    }
    const Status& now = after->status();
    if (!before) {
        d.change = now.kind() == StatusKind::completed   ? Change::completed
                   : now.kind() == StatusKind::withdrawn ? Change::withdrawn
                                                         : Change::added;
    } else {
        const Status& then = before->status();
        d.fields = changed_fields(*before, *after);
        if (then.is_active() && now.kind() == StatusKind::completed) {
            d.change = Change::completed;
        } else if (then.is_active() && now.kind() == StatusKind::withdrawn) {
            d.change = Change::withdrawn;
        } else if (!then.is_active() && now != then) {
            // An ended measure whose end changed, or that comes back: never a plain change.
            d.change = Change::changed;
            d.problem = now.is_active() ? "comes back as active after it was " +
                                              std::string(status_kind_text(then.kind())) + " in " +
                                              std::to_string(*then.year())
                                        : "its end is recorded differently from the earlier report";
        } else {
            d.change = d.fields.any() ? Change::changed : Change::unchanged;
        }
    }
    if (now.is_active()) d.derived = derived_status(d.change, d.fields);
    return d;
}

bool same_status_marking(const Status& recorded, const Status& derived) {
    return recorded.kind() == derived.kind() &&
           recorded.schedule_updated() == derived.schedule_updated() &&
           recorded.content_updated() == derived.content_updated();
}

}  // namespace

std::string_view change_text(Change change) noexcept {
    return detail::name_of(change_names, change);
}

Change parse_change(std::string_view text) {
    if (const auto change = detail::value_of(change_names, text)) return *change;
    throw ParseError("change", std::string(text), detail::expected_names(change_names),
                     detail::closest_name(change_names, text));
}

std::vector<std::string> ChangedFields::names() const {
    std::vector<std::string> out;
    const std::pair<bool, const char*> fields[] = {{title, "title"},
                                                   {description, "description"},
                                                   {agencies, "agencies"},
                                                   {period, "period"},
                                                   {page, "page"}};
    for (const auto& [changed, name] : fields) {
        if (changed) out.emplace_back(name);
    }
    return out;
}

ChangedFields changed_fields(const Measure& before, const Measure& after) {
    return ChangedFields{
        .title = before.title() != after.title(),
        .description = before.description() != after.description(),
        .agencies = before.agencies() != after.agencies(),
        .period = before.period() != after.period(),
        // A report not yet laid out has no pages: only two known pages can differ.
        .page = before.page() && after.page() && before.page() != after.page(),
    };
}

Status derived_status(Change change, const ChangedFields& fields) {
    if (change == Change::added) return Status::added();
    if (fields.schedule() || fields.content()) {
        return Status::updated(fields.schedule(), fields.content());
    }
    return Status::ongoing();
}

bool MeasureDiff::marking_agrees() const noexcept {
    if (!derived || !after) return true;
    return same_status_marking(after->status(), *derived);
}

ReportDiff diff(const Report& before, const Report& after) {
    if (before.year() > after.year()) {
        throw InvalidValue("a diff goes from an earlier report to a later one, not from " +
                           std::to_string(before.year()) + " back to " +
                           std::to_string(after.year()) + "; give the years the other way round");
    }
    ReportDiff result{before.year(), after.year(), {}};
    const Shared shared_a = before.shared_measures();
    const Shared shared_b = after.shared_measures();
    const auto& a = *shared_a;
    const auto& b = *shared_b;
    // Both lists are in id order: walk them together.
    result.measures.reserve(std::max(a.size(), b.size()));
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].id() < b[j].id())) {
            result.measures.push_back(classify(share(shared_a, i++), nullptr));
        } else if (i == a.size() || b[j].id() < a[i].id()) {
            result.measures.push_back(classify(nullptr, share(shared_b, j++)));
        } else {
            result.measures.push_back(classify(share(shared_a, i++), share(shared_b, j++)));
        }
    }
    return result;
}

std::vector<const MeasureDiff*> ReportDiff::of(Change change) const {
    std::vector<const MeasureDiff*> out;
    for (const auto& d : measures) {
        if (d.change == change) out.push_back(&d);
    }
    return out;
}

std::size_t ReportDiff::count(Change change) const noexcept {
    return static_cast<std::size_t>(
        std::count_if(measures.begin(), measures.end(),
                      [change](const MeasureDiff& d) { return d.change == change; }));
}

std::vector<const MeasureDiff*> ReportDiff::marking_disagreements() const {
    std::vector<const MeasureDiff*> out;
    for (const auto& d : measures) {
        if (!d.marking_agrees()) out.push_back(&d);
    }
    return out;
}

std::vector<const MeasureDiff*> ReportDiff::problems() const {
    std::vector<const MeasureDiff*> out;
    for (const auto& d : measures) {
        if (!d.problem.empty()) out.push_back(&d);
    }
    return out;
}

bool ReportDiff::empty() const noexcept {
    return std::all_of(measures.begin(), measures.end(),
                       [](const MeasureDiff& d) { return d.change == Change::unchanged; });
}

}  // namespace handlingsplan
