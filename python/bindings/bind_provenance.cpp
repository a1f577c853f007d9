// Where a report's changes came from, and the register of its update forms.
#include "binding.hpp"

#include <pybind11/native_enum.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "handlingsplan/provenance.hpp"

namespace handlingsplan::bindings {

void bind_provenance(py::module_& m) {
    py::class_<ChangeSource>(
        m, "ChangeSource",
        "Where a change came from: the agency, the file with its sheet and cell (a form) or "
        "line (a text), the day it was read and the agency's comment.")
        .def(py::init([](std::string agency, std::string file, std::string sheet, std::string cell,
                         std::optional<int> line, std::optional<boost::gregorian::date> read,
                         std::string comment) {
                 return ChangeSource(SourceFields{std::move(agency), std::move(file),
                                                  std::move(sheet), std::move(cell), line, read,
                                                  std::move(comment)});
             }),
             py::kw_only(), py::arg("agency") = std::string(), py::arg("file") = std::string(),
             py::arg("sheet") = std::string(), py::arg("cell") = std::string(),
             py::arg("line") = py::none(), py::arg("read") = py::none(),
             py::arg("comment") = std::string())
        .def_property_readonly("agency", &ChangeSource::agency, "The agency (short name) or \"\".")
        .def_property_readonly("file", &ChangeSource::file, "The file's name or \"\".")
        .def_property_readonly("sheet", &ChangeSource::sheet, "The sheet of a workbook or \"\".")
        .def_property_readonly("cell", &ChangeSource::cell, "The cell (\"F7\") or \"\".")
        .def_property_readonly("line", &ChangeSource::line, "The line of a text file, or None.")
        .def_property_readonly("read", &ChangeSource::read, "The day it was read, or None.")
        .def_property_readonly("comment", &ChangeSource::comment,
                               "What the agency wrote beside its answer, or \"\".")
        .def("text", &ChangeSource::text,
             "The source in Swedish: \"FRA, FRA.xlsx, Åtgärder!F7, inläst 2022-02-03\".")
        .def("__repr__",
             [](const ChangeSource& s) { return "<ChangeSource " + quoted(s.text()) + ">"; })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::native_enum<ChangedPart>(m, "ChangedPart", "enum.Enum",
                                 "The part of a measure a recorded change changed.")
        .value("title", ChangedPart::title)
        .value("description", ChangedPart::description)
        .value("agencies", ChangedPart::agencies)
        .value("period", ChangedPart::period)
        .value("page", ChangedPart::page)
        .value("status", ChangedPart::status)
        .value("added", ChangedPart::added)
        .finalize();
    m.def(
        "changed_part_name", [](ChangedPart p) { return std::string(changed_part_name(p)); },
        py::arg("part"), "\"title\" … \"status\", \"added\", as the plan file writes it.");
    m.def(
        "changed_part_word", [](ChangedPart p) { return std::string(changed_part_word(p)); },
        py::arg("part"), "The Swedish word: \"rubrik\" … \"status\", \"ny åtgärd\".");

    py::class_<RecordedChange>(
        m, "RecordedChange",
        "One change of one measure made in a report, with its values before and after as the "
        "report prints them, its source and its note.")
        .def(py::init([](const MeasureId& measure, ChangedPart part, std::string before,
                         std::string after, std::optional<ChangeSource> source, std::string note) {
                 return RecordedChange(measure, part, std::move(before), std::move(after),
                                       Provenance{std::move(source), std::move(note)});
             }),
             py::arg("measure"), py::arg("part"), py::arg("before"), py::arg("after"),
             py::kw_only(), py::arg("source") = py::none(), py::arg("note") = std::string())
        .def_property_readonly("measure", &RecordedChange::measure, "The measure changed.")
        .def_property_readonly("part", &RecordedChange::part,
                               "What of it changed: a field, its status, or the measure added.")
        .def_property_readonly("before", &RecordedChange::before, "The value before (\"\": none).")
        .def_property_readonly("after", &RecordedChange::after, "The value after.")
        .def_property_readonly("source", &RecordedChange::source, "Where it came from, or None.")
        .def_property_readonly("note", &RecordedChange::note, "The note given with it, or \"\".")
        .def("text", &RecordedChange::text,
             "The change in Swedish: \"tidsperiod 2019–2022 → 2019–2026\".")
        .def("__repr__",
             [](const RecordedChange& c) {
                 return "<RecordedChange " + c.measure().to_string() + " " +
                        std::string(changed_part_name(c.part())) + " " + quoted(c.before()) +
                        " -> " + quoted(c.after()) + ">";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::native_enum<FormEvent>(m, "FormEvent", "enum.Enum",
                               "What happened to an agency's update form.")
        .value("sent", FormEvent::sent, "the form was written for the agency")
        .value("answered", FormEvent::answered, "it came back with answers")
        .value("blank", FormEvent::blank, "it came back untouched")
        .finalize();
    m.def(
        "form_event_name", [](FormEvent e) { return std::string(form_event_name(e)); },
        py::arg("event"), "\"sent\", \"answered\" or \"blank\", as the plan file writes it.");

    py::class_<FormEntry>(m, "FormEntry", "One line of a report's register of update forms.")
        .def(py::init<std::string, FormEvent, std::string, std::optional<boost::gregorian::date>>(),
             py::arg("agency"), py::arg("event"), py::arg("file"), py::arg("on") = py::none())
        .def_property_readonly("agency", &FormEntry::agency, "The agency (short name).")
        .def_property_readonly("event", &FormEntry::event, "Sent, answered or blank.")
        .def_property_readonly("file", &FormEntry::file, "The form's file name.")
        .def_property_readonly("on", &FormEntry::on, "The day, or None where not given.")
        .def("__repr__",
             [](const FormEntry& e) {
                 return "<FormEntry " + e.agency() + " " + std::string(form_event_name(e.event())) +
                        " " + quoted(e.file()) + ">";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<FormGroups>(m, "FormGroups",
                           "The agencies of a form register: answered, blank, not returned.")
        .def_readonly("answered", &FormGroups::answered, "Returned a form with answers.")
        .def_readonly("blank", &FormGroups::blank, "Returned only blank (untouched) forms.")
        .def_readonly("not_returned", &FormGroups::not_returned, "Returned no form.")
        .def(py::self == py::self);
    m.def("form_groups", &form_groups, py::arg("entries"), py::arg("expected"),
          "The agencies in three groups: returned with answers, returned only blank, and those "
          "of `expected` (or sent a form) that returned none.");
}

}  // namespace handlingsplan::bindings
