// What changed between two reports of a plan, and the markings the later one should carry.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handlingsplan/export.hpp"
#include "handlingsplan/report.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Every measure of either report falls in exactly one class.
enum class Change {
    added,      // new in the later report
    completed,  // active before, genomförd after (or genomförd in a report that first lists it)
    withdrawn,  // active before, avskriven after (or avskriven where first listed)
    changed,    // in both, with a field or an ended status that differs
    unchanged,  // in both, alike in every compared field and status
    vanished,   // in the earlier report, absent from the later: an error in the data
};

// "ny", "genomförd", "avskriven", "ändrad", "oförändrad", "försvunnen"; parse_change is the
// inverse (@throws ParseError naming the expected words).
std::string_view change_text(Change change) noexcept;
Change parse_change(std::string_view text);

// The fields of a measure a diff compares, in the order it lists them.
enum class MeasureField { title, description, agencies, period, page };

// The field's name in the library ("title", "description", "agencies", "period", "page") and
// its Swedish word in documents ("rubrik", "beskrivning", "myndigheter", "tidsperiod", "sida").
std::string_view measure_field_name(MeasureField field) noexcept;
std::string_view measure_field_word(MeasureField field) noexcept;
// The field a name of measure_field_name gives; ParseError naming the names otherwise.
MeasureField parse_measure_field(std::string_view name);

// A field's value as a report prints it: the title, the description, the agency text, the
// period ("2019–2022"; "" where none) or the page ("" where none).
std::string printed_value(const Measure& measure, MeasureField field);

// Which compared fields differ between the two versions of a measure.
struct ChangedFields {
    bool title = false;
    bool description = false;
    bool agencies = false;  // the printed text or the roles
    bool period = false;
    bool page = false;  // both reports print a page, and not the same one

    // A change of schedule (tidplan) or of content (innehåll), as the markings count them.
    bool schedule() const noexcept { return period; }
    bool content() const noexcept { return title || description || agencies; }
    bool any() const noexcept { return schedule() || content() || page; }
    // The fields that differ, in the order of MeasureField.
    std::vector<MeasureField> fields() const;
    // Their names ("title", "period" …), in that order.
    std::vector<std::string> names() const;
    bool operator==(const ChangedFields&) const = default;
};

// One changed field of a measure with its value in each report, as the reports print them.
struct FieldChange {
    MeasureField field;
    std::string before;
    std::string after;
    bool operator==(const FieldChange&) const = default;
};

// A change as documents print it: the field's Swedish word, then the value before and after,
// texts in quotes and an absent value as "(inget)": "tidsperiod 2019–2022 → 2019–2023",
// "rubrik ”Gammal” → ”Ny”". Values whole, paragraph breaks included.
std::string field_change_text(const FieldChange& change);

// What the data of a diff should not show about a measure.
enum class DiffProblem {
    none,
    vanished,           // in the earlier report, in neither state nor list of the later one
    brought_back,       // active in the later report after it ended in the earlier one
    ended_differently,  // ended in both, with a different year or kind
};

struct MeasureDiff {
    MeasureId id;
    Change change;
    ChangedFields fields;
    // The measure in each report (null where the report lacks it): shared with the report as it
    // was when compared (an edit afterwards copies the report's measures first), never copied.
    std::shared_ptr<const Measure> before;
    std::shared_ptr<const Measure> after;
    // For a measure active in the later report: the status its changes call for (added ->
    // "Ny åtgärd", period changed -> "Uppdaterad, tidplan", content changed -> "Uppdaterad,
    // innehåll", both -> "… tidplan och innehåll", otherwise pågående).
    std::optional<Status> derived;
    // Something about this measure the data should not show, and the finding in Swedish as
    // every surface prints it ("återkommer som aktiv efter att ha varit genomförd 2019"); empty
    // when all is well.
    DiffProblem problem_kind = DiffProblem::none;
    std::string problem;

    // Whether the later report records the status the changes call for (true where nothing is
    // derived, i.e. for ended or vanished measures).
    bool marking_agrees() const noexcept;
    // Every changed field with its value before and after, in the order of MeasureField.
    std::vector<FieldChange> changes() const;
};

// What changed from one report to another. Comparing classifies every measure at once, keeping
// only where it is in each report, its class and its changed fields; the MeasureDiff entries
// (with the measures, the derived status and the problem) are made the first time they are
// asked for. The diff shares the two reports' measures as they were when compared: an edit of a
// report afterwards copies its measures first and leaves the diff as it was.
class ReportDiff {
public:
    using Measures = MeasureSelection::Measures;
    // Where a measure is in each report (npos where absent), its class and changed fields.
    struct Entry {
        static constexpr std::uint32_t npos = 0xffffffffu;
        std::uint32_t before;
        std::uint32_t after;
        Change change;
        ChangedFields fields;
    };

    ReportDiff(int from_year, int to_year, Measures before, Measures after,
               std::vector<Entry> entries);

    int from_year;
    int to_year;

    // Every measure of either report once, numeric id order (made on first use).
    const std::vector<MeasureDiff>& measures() const;
    // How many measures of either report the diff holds.
    std::size_t size() const noexcept { return entries_.size(); }

    std::vector<const MeasureDiff*> of(Change change) const;
    // How many measures `of(change)` holds, without making the entries.
    std::size_t count(Change change) const noexcept;
    // Measures whose recorded status differs from the one their changes call for.
    std::vector<const MeasureDiff*> marking_disagreements() const;
    // Measures the diff flags as errors in the data (vanished, brought back).
    std::vector<const MeasureDiff*> problems() const;
    // True when nothing but unchanged measures: the diff of a report with itself.
    bool empty() const noexcept;

private:
    struct Made;  // the entries once made, shared by copies of the diff
    MeasureDiff make(const Entry& entry) const;

    Measures before_, after_;
    std::vector<Entry> entries_;
    std::shared_ptr<Made> made_;
};

// Compares two reports (of one plan, or of two plan files).
// @throws InvalidValue where `before` is later than `after`.
ReportDiff diff(const Report& before, const Report& after);

// The fields in which two versions of a measure differ.
ChangedFields changed_fields(const Measure& before, const Measure& after);

// The status a measure active in a later report should carry, given its class and changes.
Status derived_status(Change change, const ChangedFields& fields);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
