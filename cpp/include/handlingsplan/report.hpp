// A yearly report (redovisning): a snapshot of every measure of the plan with its status.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "handlingsplan/chapter.hpp"
#include "handlingsplan/export.hpp"
#include "handlingsplan/follow_up.hpp"
#include "handlingsplan/measure.hpp"
#include "handlingsplan/provenance.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Selects measures; every criterion that is set must hold.
struct MeasureFilter {
    std::optional<int> priority;
    std::optional<ObjectiveId> objective;
    std::optional<std::string> agency;  // short name: the measure names this agency ...
    std::optional<Role> role;           // ... in this role (alone: any agency in this role)
    std::optional<StatusKind> status;
    std::optional<int> active_in;  // still active and its period includes this year

    bool matches(const Measure& measure) const;
    // What active_in means: the measure is still active and its period includes `year`.
    static bool active_in_year(bool active, const std::optional<Period>& period, int year) noexcept;
};

// Some measures of one report: what a filter selects, in the report's order (numeric id order),
// or a slice of that. A snapshot that shares the report's measures instead of copying them: an
// edit of the report afterwards leaves the selection as it was (the report copies its measures
// first).
class MeasureSelection {
public:
    using Measures = std::shared_ptr<const std::vector<Measure>>;
    // Every measure of `measures`.
    explicit MeasureSelection(Measures measures);
    // The measures at `positions`, in that order (each < measures->size(); InvalidValue
    // otherwise).
    MeasureSelection(Measures measures, std::vector<std::uint32_t> positions);

    std::size_t size() const noexcept { return positions_.size(); }
    bool empty() const noexcept { return positions_.empty(); }
    // The i-th measure selected; NotFound (an index error) when i >= size().
    const Measure& at(std::size_t i) const;
    const Measure& operator[](std::size_t i) const noexcept { return (*measures_)[positions_[i]]; }
    // The measures from `start` on, every `step`-th (backwards where negative), `count` of them
    // (a Python slice); the caller keeps the indices in range.
    MeasureSelection slice(std::size_t start, std::ptrdiff_t step, std::size_t count) const;
    std::vector<MeasureId> ids() const;

    // Range-for over the selected measures, in order.
    class const_iterator {
    public:
        using value_type = Measure;
        using difference_type = std::ptrdiff_t;
        using reference = const Measure&;
        using pointer = const Measure*;
        using iterator_category = std::forward_iterator_tag;
        const_iterator() = default;
        const_iterator(const MeasureSelection* selection, std::size_t i)
            : selection_(selection), i_(i) {}
        reference operator*() const noexcept { return (*selection_)[i_]; }
        pointer operator->() const noexcept { return &(*selection_)[i_]; }
        const_iterator& operator++() noexcept {
            ++i_;
            return *this;
        }
        const_iterator operator++(int) noexcept {
            auto before = *this;
            ++i_;
            return before;
        }
        bool operator==(const const_iterator& other) const noexcept { return i_ == other.i_; }

    private:
        const MeasureSelection* selection_ = nullptr;
        std::size_t i_ = 0;
    };
    const_iterator begin() const noexcept { return {this, 0}; }
    const_iterator end() const noexcept { return {this, positions_.size()}; }
    // The selected measures themselves, in order.
    std::vector<const Measure*> pointers() const;

    // The same measures, in the same order.
    bool operator==(const MeasureSelection& other) const;

private:
    Measures measures_;
    std::vector<std::uint32_t> positions_;
};

// A report is a draft while it is prepared and final once submitted: a final report is what
// was sent to the government, and the plan refuses to edit it unless it is reopened on purpose.
enum class ReportState { draft, final };

// "draft", "final" (as the plan file writes them); parse_report_state is the inverse
// (@throws ParseError for any other word).
std::string_view report_state_text(ReportState state) noexcept;
ReportState parse_report_state(std::string_view text);

// A final report opened again to correct it, on purpose and on the record.
struct Reopening {
    boost::gregorian::date date;
    std::string reason;  // not blank
    bool operator==(const Reopening&) const = default;
};

class Report {
public:
    // Measures are kept in numeric id order. A report built from data is final (submitted)
    // unless it says otherwise; Plan::new_report gives a draft. `follow_up`: the report's
    // Uppföljning chapter (empty where it has none). `changes`: the changes made in the report
    // that carry a source or a note, in the order made; `forms`: its register of update forms;
    // `chapters`: its prose chapters, kept in the published order (chapter_order()) whatever
    // order they are given in.
    // @throws InvalidValue for a repeated measure id, a year outside [min_year, max_year], a
    // submission or reopening date that is not a real date, a reopening without a reason, a
    // recorded change of a measure the report does not hold, or a chapter given twice.
    Report(int year, boost::gregorian::date submitted, std::vector<Measure> measures = {},
           ReportState state = ReportState::final, std::vector<Reopening> reopenings = {},
           FollowUp follow_up = {}, std::vector<RecordedChange> changes = {},
           std::vector<FormEntry> forms = {}, std::vector<ProseChapter> chapters = {});

    // Reports are due 1 March of their year.
    static boost::gregorian::date due_date(int year);

    int year() const noexcept { return year_; }
    const boost::gregorian::date& submitted() const noexcept { return submitted_; }
    const std::vector<Measure>& measures() const noexcept;
    // The measures as a value that outlives edits of the report (shared, not copied).
    MeasureSelection::Measures shared_measures() const noexcept;
    ReportState state() const noexcept { return state_; }
    bool is_final() const noexcept { return state_ == ReportState::final; }
    // Every time the report was reopened after it was final, oldest first.
    const std::vector<Reopening>& reopenings() const noexcept { return reopenings_; }
    std::vector<const Measure*> select(const MeasureFilter& filter) const;
    // The same measures as a selection sharing the report's measures (no copy), answered from
    // an index of the measures (by agency, status, id and period) built on the first call and
    // dropped by an edit.
    MeasureSelection selection(const MeasureFilter& filter) const;

    const Measure* find(const MeasureId& id) const noexcept;
    // The measure with `id`. @throws NotFound where the report has no such measure.
    const Measure& at(const MeasureId& id) const;
    bool contains(const MeasureId& id) const noexcept { return find(id) != nullptr; }
    std::size_t size() const noexcept { return measures().size(); }

    std::map<StatusKind, std::size_t> count_by_status() const;
    const FollowUp& follow_up() const noexcept { return follow_up_; }
    // The changes made in this report with a source or a note, in the order they were made.
    const std::vector<RecordedChange>& changes() const noexcept { return changes_; }
    // Those of one measure, in that order.
    std::vector<RecordedChange> changes_of(const MeasureId& id) const;
    // The register of the update forms: sent, returned with answers, returned blank.
    const std::vector<FormEntry>& forms() const noexcept { return forms_; }
    // The prose chapters, in the published order (chapter_order()).
    const std::vector<ProseChapter>& chapters() const noexcept { return chapters_; }
    // The prose chapter headed `heading`; nullptr where the report has none.
    const ProseChapter* chapter(std::string_view heading) const noexcept;

    bool operator==(const Report& other) const;

private:
    friend class Plan;  // edits go through the plan, which enforces the plan's rules
    // Inserts the measure, or replaces the one with its id, keeping the id order.
    void put(Measure measure);
    // Inserts the chapter at its place in the published order, or replaces the one so headed.
    void put(ProseChapter chapter);
    // Takes the chapter so headed out; false where there is none.
    bool remove_chapter(std::string_view heading);

    int year_;
    boost::gregorian::date submitted_;
    // The measures, shared with the selections and diffs taken from the report and copied
    // before an edit while any of them holds them (copy on write), with their index.
    struct Store;
    std::shared_ptr<Store> store_;
    ReportState state_;
    std::vector<Reopening> reopenings_;
    FollowUp follow_up_;
    std::vector<RecordedChange> changes_;
    std::vector<FormEntry> forms_;
    std::vector<ProseChapter> chapters_;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
