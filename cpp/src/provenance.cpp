#include "handlingsplan/provenance.hpp"

#include <algorithm>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr detail::Names<ChangedPart, 7> part_names{{
    {ChangedPart::title, "title"},
    {ChangedPart::description, "description"},
    {ChangedPart::agencies, "agencies"},
    {ChangedPart::period, "period"},
    {ChangedPart::page, "page"},
    {ChangedPart::status, "status"},
    {ChangedPart::added, "added"},
}};

constexpr detail::Names<ChangedPart, 5> field_parts{{
    {ChangedPart::title, "title"},
    {ChangedPart::description, "description"},
    {ChangedPart::agencies, "agencies"},
    {ChangedPart::period, "period"},
    {ChangedPart::page, "page"},
}};

constexpr detail::Names<FormEvent, 3> event_names{{
    {FormEvent::sent, "sent"},
    {FormEvent::answered, "answered"},
    {FormEvent::blank, "blank"},
}};

void check_date(const std::optional<boost::gregorian::date>& day, const char* what) {
    if (day && day->is_special()) {
        throw InvalidValue(std::string(what) + " needs a real date", "ett riktigt datum behövs");
    }
}

void require_utf8_fields(const SourceFields& f) {
    detail::require_utf8(f.agency, "the agency of a change's source");
    detail::require_utf8(f.file, "the file of a change's source");
    detail::require_utf8(f.sheet, "the sheet of a change's source");
    detail::require_utf8(f.cell, "the cell of a change's source");
    detail::require_utf8(f.comment, "the comment of a change's source");
}

}  // namespace

ChangeSource::ChangeSource(SourceFields fields) : f_(std::move(fields)) {
    require_utf8_fields(f_);
    if (detail::is_blank(f_.agency) && detail::is_blank(f_.file)) {
        throw InvalidValue("a change's source names an agency or a file (or both)",
                           "en ändrings källa nämner en myndighet eller en fil (eller båda)");
    }
    if (!f_.cell.empty() && (f_.file.empty() || f_.sheet.empty())) {
        throw InvalidValue("a change's source gives a cell (" + f_.cell +
                               ") only with the file and sheet it is in",
                           "en ändrings källa anger en cell (" + f_.cell +
                               ") bara med filen och bladet den står i");
    }
    if (!f_.sheet.empty() && f_.cell.empty()) {
        throw InvalidValue("a change's source gives a sheet (" + f_.sheet + ") with its cell",
                           "en ändrings källa anger ett blad (" + f_.sheet + ") med sin cell");
    }
    if (f_.line && (*f_.line < 1 || f_.file.empty())) {
        throw InvalidValue("a change's source gives a line (from 1) only with its file",
                           "en ändrings källa anger en rad (från 1) bara med sin fil");
    }
    if (f_.line && !f_.cell.empty()) {
        throw InvalidValue("a change's source is a line of a text or a cell of a sheet, not both",
                           "en ändrings källa är en rad i en text eller en cell i ett blad, inte "
                           "båda");
    }
    check_date(f_.read, "the day a change's source was read");
}

std::string ChangeSource::text() const {
    std::vector<std::string> parts;
    if (!f_.agency.empty()) parts.push_back(f_.agency);
    if (!f_.file.empty()) parts.push_back(f_.file);
    if (!f_.cell.empty()) parts.push_back(f_.sheet + "!" + f_.cell);
    if (f_.line) parts.push_back("rad " + std::to_string(*f_.line));
    if (f_.read) parts.push_back("inläst " + boost::gregorian::to_iso_extended_string(*f_.read));
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
    return out;
}

std::string_view changed_part_name(ChangedPart part) noexcept {
    return detail::name_of(part_names, part);
}

ChangedPart parse_changed_part(std::string_view name) {
    if (const auto part = detail::value_of(part_names, name)) return *part;
    throw ParseError("changed part", std::string(name), detail::expected_names(part_names),
                     detail::closest_name(part_names, name));
}

std::string_view changed_part_word(ChangedPart part) noexcept {
    if (const auto field = measure_field(part)) return measure_field_word(*field);
    return part == ChangedPart::status ? "status" : "ny åtgärd";
}

ChangedPart changed_part(MeasureField field) noexcept {
    // The field parts are named as the fields are.
    return *detail::value_of(field_parts, measure_field_name(field));
}

std::optional<MeasureField> measure_field(ChangedPart part) noexcept {
    for (const auto& [field_part, name] : field_parts) {
        if (field_part == part) return parse_measure_field(name);
    }
    return std::nullopt;
}

std::string change_text(ChangedPart part, const std::string& before, const std::string& after) {
    if (const auto field = measure_field(part)) {
        return field_change_text(FieldChange{*field, before, after});
    }
    if (part == ChangedPart::added) return "ny åtgärd \xE2\x80\x9D" + after + "\xE2\x80\x9D";
    return "status " + before + " \xE2\x86\x92 " + after;  // →
}

RecordedChange::RecordedChange(MeasureId measure, ChangedPart part, std::string before,
                               std::string after, Provenance provenance)
    : measure_(std::move(measure)),
      part_(part),
      before_(std::move(before)),
      after_(std::move(after)),
      provenance_(std::move(provenance)) {
    const std::string what = "the change of measure " + measure_.to_string();
    detail::require_utf8(before_, what + " (its value before)");
    detail::require_utf8(after_, what + " (its value after)");
    detail::require_utf8(provenance_.note, what + " (its note)");
    const std::string swedish_what = "ändringen av åtgärd " + measure_.to_string();
    if (provenance_.empty()) {
        throw InvalidValue(what + " needs a source or a note",
                           swedish_what + " behöver en källa eller en anteckning");
    }
    if (part_ == ChangedPart::added) {
        if (!before_.empty()) {
            throw InvalidValue(what + ": an added measure has no value before",
                               swedish_what + ": en ny åtgärd har inget värde före");
        }
    } else if (before_ == after_) {
        throw InvalidValue(
            what + ": its value before and after are the same (\"" + before_ + "\")",
            swedish_what + ": värdet före och efter är detsamma (\"" + before_ + "\")");
    }
}

std::string_view form_event_name(FormEvent event) noexcept {
    return detail::name_of(event_names, event);
}

FormEvent parse_form_event(std::string_view name) {
    if (const auto event = detail::value_of(event_names, name)) return *event;
    throw ParseError("form event", std::string(name), detail::expected_names(event_names),
                     detail::closest_name(event_names, name));
}

FormEntry::FormEntry(std::string agency, FormEvent event, std::string file,
                     std::optional<boost::gregorian::date> on)
    : agency_(std::move(agency)), event_(event), file_(std::move(file)), on_(on) {
    detail::require_text(agency_, "the agency of a form register entry");
    detail::require_text(file_, "the file of a form register entry");
    check_date(on_, "a form register entry");
}

FormGroups form_groups(const std::vector<FormEntry>& entries,
                       const std::vector<std::string>& expected) {
    std::vector<std::string> order = expected;
    for (const auto& entry : entries) {
        if (std::find(order.begin(), order.end(), entry.agency()) == order.end()) {
            order.push_back(entry.agency());
        }
    }
    FormGroups groups;
    for (const auto& agency : order) {
        bool answered = false, blank = false;
        for (const auto& entry : entries) {
            if (entry.agency() != agency) continue;
            answered = answered || entry.event() == FormEvent::answered;
            blank = blank || entry.event() == FormEvent::blank;
        }
        if (answered) {
            groups.answered.push_back(agency);
        } else if (blank) {
            groups.blank.push_back(agency);
        } else {
            groups.not_returned.push_back(agency);
        }
    }
    return groups;
}

}  // namespace handlingsplan
