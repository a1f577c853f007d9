#include "handlingsplan/diff.hpp"

#include <algorithm>
#include <mutex>

#include "handlingsplan/errors.hpp"
#include "prefetch.hpp"
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

// The library's name and the Swedish word of each compared field: declared once, here.
constexpr detail::Names<MeasureField, 5> field_names{{
    {MeasureField::title, "title"},
    {MeasureField::description, "description"},
    {MeasureField::agencies, "agencies"},
    {MeasureField::period, "period"},
    {MeasureField::page, "page"},
}};
constexpr detail::Names<MeasureField, 5> field_words{{
    {MeasureField::title, "rubrik"},
    {MeasureField::description, "beskrivning"},
    {MeasureField::agencies, "myndigheter"},
    {MeasureField::period, "tidsperiod"},
    {MeasureField::page, "sida"},
}};

using Shared = MeasureSelection::Measures;

// The class of a measure found in `before`, `after` or both, and its changed fields.
ReportDiff::Entry classify(const Measure* before, const Measure* after, std::uint32_t i,
                           std::uint32_t j) {
    ReportDiff::Entry e{before ? i : ReportDiff::Entry::npos,
                        after ? j : ReportDiff::Entry::npos,
                        Change::unchanged,
                        {}};
    if (!after) {
        e.change = Change::vanished;
        return e;
    }
    const Status& now = after->status();
    if (!before) {
        e.change = now.kind() == StatusKind::completed   ? Change::completed
                   : now.kind() == StatusKind::withdrawn ? Change::withdrawn
                                                         : Change::added;
        return e;
    }
    const Status& then = before->status();
    e.fields = changed_fields(*before, *after);
    if (then.is_active() && now.kind() == StatusKind::completed) {
        e.change = Change::completed;
    } else if (then.is_active() && now.kind() == StatusKind::withdrawn) {
        e.change = Change::withdrawn;
    } else if (!then.is_active() && now != then) {
        // An ended measure whose end changed, or that comes back: never a plain change.
        e.change = Change::changed;
    } else {
        e.change = e.fields.any() ? Change::changed : Change::unchanged;
    }
    return e;
}

// What is wrong with a measure of this class, if anything.
DiffProblem problem_of(Change change, const Measure* before, const Measure* after) {
    if (change == Change::vanished) return DiffProblem::vanished;
    if (!before || !after) return DiffProblem::none;
    const Status& then = before->status();
    const Status& now = after->status();
    if (then.is_active() || now == then) return DiffProblem::none;
    return now.is_active() ? DiffProblem::brought_back : DiffProblem::ended_differently;
}

// The finding in Swedish, the one sentence every surface prints.
std::string problem_text(DiffProblem problem, const Measure* before) {
    switch (problem) {
    case DiffProblem::none: return {};
    case DiffProblem::vanished:
        return "finns inte längre med, men är varken genomförd eller avskriven";
    case DiffProblem::brought_back: {
        const Status& then = before->status();
        std::string text =
            "återkommer som aktiv efter att ha varit " + std::string(status_kind_text(then.kind()));
        if (then.year()) text += " " + std::to_string(*then.year());
        return text;
    }
    case DiffProblem::ended_differently:
        return "dess avslut redovisas annorlunda än i den tidigare redovisningen";
    }
    return {};
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

std::string_view measure_field_name(MeasureField field) noexcept {
    return detail::name_of(field_names, field);
}

std::string_view measure_field_word(MeasureField field) noexcept {
    return detail::name_of(field_words, field);
}

MeasureField parse_measure_field(std::string_view name) {
    if (const auto field = detail::value_of(field_names, name)) return *field;
    throw ParseError("field", std::string(name), detail::expected_names(field_names),
                     detail::closest_name(field_names, name));
}

std::string printed_value(const Measure& measure, MeasureField field) {
    switch (field) {
    case MeasureField::title: return measure.title();
    case MeasureField::description: return measure.description();
    case MeasureField::agencies: return measure.agencies().text();
    case MeasureField::period:
        return measure.period() ? measure.period()->to_string() : std::string();
    case MeasureField::page:
        return measure.page() ? std::to_string(*measure.page()) : std::string();
    }
    return {};
}

namespace {

std::string value_text(MeasureField field, const std::string& value) {
    if (value.empty()) return "(inget)";
    if (field == MeasureField::period || field == MeasureField::page) return value;
    return "\xE2\x80\x9D" + value + "\xE2\x80\x9D";  // ”…”, as Swedish prints a quotation
}

}  // namespace

std::string field_change_text(const FieldChange& change) {
    return std::string(measure_field_word(change.field)) + " " +
           value_text(change.field, change.before) + " \xE2\x86\x92 " +  // →
           value_text(change.field, change.after);
}

std::vector<MeasureField> ChangedFields::fields() const {
    std::vector<MeasureField> out;
    const std::pair<bool, MeasureField> all[] = {{title, MeasureField::title},
                                                 {description, MeasureField::description},
                                                 {agencies, MeasureField::agencies},
                                                 {period, MeasureField::period},
                                                 {page, MeasureField::page}};
    for (const auto& [changed, field] : all) {
        if (changed) out.push_back(field);
    }
    return out;
}

std::vector<std::string> ChangedFields::names() const {
    std::vector<std::string> out;
    for (const MeasureField field : fields()) out.emplace_back(measure_field_name(field));
    return out;
}

ChangedFields changed_fields(const Measure& before, const Measure& after) {
    // Texts carried on (shared) are equal without a byte of them read: a loaded plan's reports
    // share most, and reading them is most of what a diff of large reports waits on.
    const bool same_texts = before.shares_texts(after);
    return ChangedFields{
        .title = !same_texts && before.title() != after.title(),
        .description = !same_texts && before.description() != after.description(),
        .agencies = !same_texts && before.agencies() != after.agencies(),
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

std::vector<FieldChange> MeasureDiff::changes() const {
    std::vector<FieldChange> out;
    if (!before || !after) return out;
    for (const MeasureField field : fields.fields()) {
        out.push_back({field, printed_value(*before, field), printed_value(*after, field)});
    }
    return out;
}

ReportDiff diff(const Report& before, const Report& after) {
    if (before.year() > after.year()) {
        throw InvalidValue("a diff goes from an earlier report to a later one, not from " +
                           std::to_string(before.year()) + " back to " +
                           std::to_string(after.year()) + "; give the years the other way round");
    }
    Shared shared_a = before.shared_measures();
    Shared shared_b = after.shared_measures();
    const auto& a = *shared_a;
    const auto& b = *shared_b;
    std::vector<ReportDiff::Entry> entries;
    entries.reserve(std::max(a.size(), b.size()));
    // Both lists are in id order: walk them together.
    std::size_t i = 0, j = 0;
    const auto at = [](std::size_t k) { return static_cast<std::uint32_t>(k); };
    while (i < a.size() || j < b.size()) {
        // The texts lie apart from the measures (prefetch.hpp); only the blocks are asked for,
        // as texts carried on are compared by the block's address alone (changed_fields).
        if (i + detail::prefetch_distance < a.size()) {
            detail::prefetch_text_block(a[i + detail::prefetch_distance]);
        }
        if (j + detail::prefetch_distance < b.size()) {
            detail::prefetch_text_block(b[j + detail::prefetch_distance]);
        }
        if (j == b.size() || (i < a.size() && a[i].id() < b[j].id())) {
            entries.push_back(classify(&a[i], nullptr, at(i), 0));
            ++i;
        } else if (i == a.size() || b[j].id() < a[i].id()) {
            entries.push_back(classify(nullptr, &b[j], 0, at(j)));
            ++j;
        } else {
            entries.push_back(classify(&a[i], &b[j], at(i), at(j)));
            ++i;
            ++j;
        }
    }
    return ReportDiff(before.year(), after.year(), std::move(shared_a), std::move(shared_b),
                      std::move(entries));
}

struct ReportDiff::Made {
    std::once_flag once;
    std::vector<MeasureDiff> measures;
};

ReportDiff::ReportDiff(int from, int to, Measures before, Measures after,
                       std::vector<Entry> entries)
    : from_year(from),
      to_year(to),
      before_(std::move(before)),
      after_(std::move(after)),
      entries_(std::move(entries)),
      made_(std::make_shared<Made>()) {}

MeasureDiff ReportDiff::make(const Entry& e) const {
    std::shared_ptr<const Measure> before, after;
    if (e.before != Entry::npos) {
        before = std::shared_ptr<const Measure>(before_, &(*before_)[e.before]);
    }
    if (e.after != Entry::npos) {
        after = std::shared_ptr<const Measure>(after_, &(*after_)[e.after]);
    }
    const MeasureId id = before ? before->id() : after->id();
    const DiffProblem problem = problem_of(e.change, before.get(), after.get());
    std::string text = problem_text(problem, before.get());
    std::optional<Status> derived;
    if (after && after->status().is_active()) derived = derived_status(e.change, e.fields);
    return MeasureDiff{
        id,      e.change,       e.fields, std::move(before), std::move(after), std::move(derived),
        problem, std::move(text)};
}

const std::vector<MeasureDiff>& ReportDiff::measures() const {
    std::call_once(made_->once, [this] {
        made_->measures.reserve(entries_.size());
        for (const auto& e : entries_) made_->measures.push_back(make(e));
    });
    return made_->measures;
}

std::vector<const MeasureDiff*> ReportDiff::of(Change change) const {
    std::vector<const MeasureDiff*> out;
    for (const auto& d : measures()) {
        if (d.change == change) out.push_back(&d);
    }
    return out;
}

std::size_t ReportDiff::count(Change change) const noexcept {
    return static_cast<std::size_t>(std::count_if(
        entries_.begin(), entries_.end(), [change](const Entry& e) { return e.change == change; }));
}

std::vector<const MeasureDiff*> ReportDiff::marking_disagreements() const {
    std::vector<const MeasureDiff*> out;
    for (const auto& d : measures()) {
        if (!d.marking_agrees()) out.push_back(&d);
    }
    return out;
}

std::vector<const MeasureDiff*> ReportDiff::problems() const {
    std::vector<const MeasureDiff*> out;
    for (const auto& d : measures()) {
        if (!d.problem.empty()) out.push_back(&d);
    }
    return out;
}

bool ReportDiff::empty() const noexcept {
    return std::all_of(entries_.begin(), entries_.end(),
                       [](const Entry& e) { return e.change == Change::unchanged; });
}

}  // namespace handlingsplan
