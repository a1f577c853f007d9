// Where a report's changes came from: the source of each change (an agency's answer in a form,
// a line of an imported report, a note of the coordinator's), and the register of the yearly
// update forms (who was sent one, who returned it, with answers or blank).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "handlingsplan/export.hpp"
#include "handlingsplan/measure_id.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Everything a source holds, for building one with designated initialisers; every part is
// optional but one of agency and file must be given.
struct SourceFields {
    std::string agency;       // short name of the agency that answered; empty for none
    std::string file;         // the file's name (a form, an imported report); empty for none
    std::string sheet;        // the sheet of a workbook, with `cell`
    std::string cell;         // "F7"
    std::optional<int> line;  // the line of a text file, from 1
    std::optional<boost::gregorian::date> read;  // the day the answer was read
    std::string comment;                         // what the agency wrote beside it (Kommentar)
    bool operator==(const SourceFields&) const = default;
};

// Where a change came from.
class ChangeSource {
public:
    // @throws InvalidValue where neither an agency nor a file is given, a cell without its
    // file and sheet, a sheet without its cell, a line below 1 or without a file, a line
    // together with a cell, a date that is not a real one, or text that is not UTF-8.
    explicit ChangeSource(SourceFields fields);

    const std::string& agency() const noexcept { return f_.agency; }
    const std::string& file() const noexcept { return f_.file; }
    const std::string& sheet() const noexcept { return f_.sheet; }
    const std::string& cell() const noexcept { return f_.cell; }
    std::optional<int> line() const noexcept { return f_.line; }
    const std::optional<boost::gregorian::date>& read() const noexcept { return f_.read; }
    const std::string& comment() const noexcept { return f_.comment; }
    const SourceFields& fields() const noexcept { return f_; }
    // The source in Swedish: "FRA, FRA.xlsx, Åtgärder!F7, inläst 2022-02-03".
    std::string text() const;

    bool operator==(const ChangeSource&) const = default;

private:
    SourceFields f_;
};

// What an edit carries besides its values: its source and a note (either, both or neither).
struct Provenance {
    std::optional<ChangeSource> source;
    std::string note;
    bool empty() const noexcept { return !source && note.empty(); }
    bool operator==(const Provenance&) const = default;
};

// The part of a measure a recorded change changed: a field (as diff.hpp's MeasureField), its
// status, or the measure itself, added.
enum class ChangedPart { title, description, agencies, period, page, status, added };

// "title", "description", "agencies", "period", "page", "status", "added" (as the plan file
// writes them); parse_changed_part is the inverse (@throws ParseError naming the names).
std::string_view changed_part_name(ChangedPart part) noexcept;
ChangedPart parse_changed_part(std::string_view name);
// The Swedish word: a field's as the diff words it (measure_field_word: "rubrik",
// "beskrivning", "myndigheter", "tidsperiod", "sida"), "status", "ny åtgärd".
std::string_view changed_part_word(ChangedPart part) noexcept;

enum class MeasureField;  // diff.hpp
// The part a field of a diff is, and the field a part is (none for status and added).
ChangedPart changed_part(MeasureField field) noexcept;
std::optional<MeasureField> measure_field(ChangedPart part) noexcept;

// A change as documents print it: a field's as diff.hpp's field_change_text ("tidsperiod
// 2019–2022 → 2019–2026"), "status pågående → genomförd 2021", "ny åtgärd ”Titel”".
std::string change_text(ChangedPart part, const std::string& before, const std::string& after);

// One change of one measure made in a report, with its value before and after as the report
// prints them ("" where none; a status as "genomförd 2021"), its source and note.
class RecordedChange {
public:
    // @throws InvalidValue where neither a source nor a note is given, the values before and
    // after are equal, an added measure has a value before, or text that is not UTF-8.
    RecordedChange(MeasureId measure, ChangedPart part, std::string before, std::string after,
                   Provenance provenance);

    const MeasureId& measure() const noexcept { return measure_; }
    ChangedPart part() const noexcept { return part_; }
    const std::string& before() const noexcept { return before_; }
    const std::string& after() const noexcept { return after_; }
    const std::optional<ChangeSource>& source() const noexcept { return provenance_.source; }
    const std::string& note() const noexcept { return provenance_.note; }
    const Provenance& provenance() const noexcept { return provenance_; }
    // change_text of the part and its values.
    std::string text() const { return change_text(part_, before_, after_); }

    bool operator==(const RecordedChange&) const = default;

private:
    MeasureId measure_;
    ChangedPart part_;
    std::string before_;
    std::string after_;
    Provenance provenance_;
};

// What happened to an agency's update form: sent to it, returned with answers, returned blank
// (untouched).
enum class FormEvent { sent, answered, blank };

// "sent", "answered", "blank"; parse_form_event is the inverse (@throws ParseError).
std::string_view form_event_name(FormEvent event) noexcept;
FormEvent parse_form_event(std::string_view name);

// One line of a report's form register.
class FormEntry {
public:
    // @throws InvalidValue for a blank agency or file, a date that is not a real one, or text
    // that is not UTF-8.
    FormEntry(std::string agency, FormEvent event, std::string file,
              std::optional<boost::gregorian::date> on = std::nullopt);

    const std::string& agency() const noexcept { return agency_; }
    FormEvent event() const noexcept { return event_; }
    const std::string& file() const noexcept { return file_; }
    const std::optional<boost::gregorian::date>& on() const noexcept { return on_; }

    bool operator==(const FormEntry&) const = default;

private:
    std::string agency_;
    FormEvent event_;
    std::string file_;
    std::optional<boost::gregorian::date> on_;
};

// The agencies of a register in three groups: those that returned a form with answers, those
// whose every returned form was blank, and those of `expected` (and those sent a form) that
// returned none. Each in the order first met (expected first).
struct FormGroups {
    std::vector<std::string> answered;
    std::vector<std::string> blank;
    std::vector<std::string> not_returned;
    bool operator==(const FormGroups&) const = default;
};
FormGroups form_groups(const std::vector<FormEntry>& entries,
                       const std::vector<std::string>& expected);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
