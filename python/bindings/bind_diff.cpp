// Diffs between reports.
#include "binding.hpp"

#include <pybind11/native_enum.h>
#include <pybind11/typing.h>

#include "handlingsplan/diff.hpp"

namespace handlingsplan::bindings {
namespace {

std::vector<MeasureDiff> copies(const std::vector<const MeasureDiff*>& entries) {
    std::vector<MeasureDiff> out;
    for (const MeasureDiff* d : entries) out.push_back(*d);
    return out;
}

// A measure the entry shares with its report, without a copy: it keeps `entry` (and so the
// measures) alive while Python holds it; None where the entry has none.
py::typing::Optional<Measure> shared(const py::object& entry,
                                     std::shared_ptr<const Measure> MeasureDiff::*which) {
    const Measure* measure = (entry.cast<const MeasureDiff&>().*which).get();
    if (measure == nullptr) return py::typing::Optional<Measure>(py::none());
    return py::typing::Optional<Measure>(
        py::cast(measure, py::return_value_policy::reference_internal, entry));
}

}  // namespace

void bind_diff(py::module_& m) {
    py::native_enum<Change>(m, "Change", "enum.Enum", "How a measure changed between two reports.")
        .value("added", Change::added, "ny")
        .value("completed", Change::completed, "genomförd")
        .value("withdrawn", Change::withdrawn, "avskriven")
        .value("changed", Change::changed, "ändrad")
        .value("unchanged", Change::unchanged, "oförändrad")
        .value("vanished", Change::vanished, "försvunnen: an error in the data")
        .finalize();
    m.def(
        "change_text", [](Change c) { return std::string(change_text(c)); }, py::arg("change"),
        "\"ny\", \"genomförd\", \"avskriven\", \"ändrad\", \"oförändrad\" or \"försvunnen\".");
    m.def("parse_change", &parse_change, py::arg("text"),
          "The Change a word of change_text names; ParseError otherwise.");

    py::native_enum<MeasureField>(m, "MeasureField", "enum.Enum",
                                  "A field of a measure that a diff compares.")
        .value("title", MeasureField::title, "rubrik")
        .value("description", MeasureField::description, "beskrivning")
        .value("agencies", MeasureField::agencies, "myndigheter")
        .value("period", MeasureField::period, "tidsperiod")
        .value("page", MeasureField::page, "sida")
        .finalize();
    m.def(
        "measure_field_name", [](MeasureField f) { return std::string(measure_field_name(f)); },
        py::arg("field"), "\"title\", \"description\", \"agencies\", \"period\" or \"page\".");
    m.def(
        "measure_field_word", [](MeasureField f) { return std::string(measure_field_word(f)); },
        py::arg("field"),
        "The field's Swedish word in documents: \"rubrik\", \"beskrivning\", \"myndigheter\", "
        "\"tidsperiod\" or \"sida\".");
    m.def("parse_measure_field", &parse_measure_field, py::arg("name"),
          "The MeasureField a name of measure_field_name gives; ParseError otherwise.");

    py::native_enum<DiffProblem>(m, "DiffProblem", "enum.Enum",
                                 "What a diff's data should not show about a measure.")
        .value("none", DiffProblem::none)
        .value("vanished", DiffProblem::vanished, "gone without being completed or withdrawn")
        .value("brought_back", DiffProblem::brought_back, "active again after it ended")
        .value("ended_differently", DiffProblem::ended_differently,
               "ended in both reports, differently")
        .finalize();

    py::class_<FieldChange>(m, "FieldChange",
                            "A changed field of a measure with its printed value in each report.")
        .def_readonly("field", &FieldChange::field)
        .def_readonly("before", &FieldChange::before)
        .def_readonly("after", &FieldChange::after)
        .def(py::self == py::self)
        .def("__repr__", [](const FieldChange& c) {
            return "<FieldChange " + std::string(measure_field_name(c.field)) + ">";
        });

    m.def("field_change_text", &field_change_text, py::arg("change"),
          "A change as documents print it: \"tidsperiod 2019–2022 → 2019–2023\", texts in "
          "quotes, an absent value as \"(inget)\".");

    py::class_<ChangedFields>(m, "ChangedFields", "Which compared fields of a measure differ.")
        .def_readonly("title", &ChangedFields::title)
        .def_readonly("description", &ChangedFields::description)
        .def_readonly("agencies", &ChangedFields::agencies)
        .def_readonly("period", &ChangedFields::period)
        .def_readonly("page", &ChangedFields::page)
        .def_property_readonly("schedule", &ChangedFields::schedule, "Tidplan: the period changed.")
        .def_property_readonly("content", &ChangedFields::content,
                               "Innehåll: the title, description or agencies changed.")
        .def("names", &ChangedFields::names, "The names of the changed fields.")
        .def("fields", &ChangedFields::fields, "The changed fields, in MeasureField's order.")
        .def("__bool__", &ChangedFields::any)
        .def(py::self == py::self);

    py::class_<MeasureDiff>(m, "MeasureDiff", "One measure's class in a diff.")
        .def_property_readonly("id", [](const MeasureDiff& d) { return d.id; })
        .def_readonly("change", &MeasureDiff::change)
        .def_readonly("fields", &MeasureDiff::fields)
        .def_property_readonly(
            "before", [](const py::object& self) { return shared(self, &MeasureDiff::before); },
            "The measure in the earlier report, or None where it lacks it.")
        .def_property_readonly(
            "after", [](const py::object& self) { return shared(self, &MeasureDiff::after); },
            "The measure in the later report, or None where it lacks it.")
        .def_readonly("derived", &MeasureDiff::derived,
                      "The status the changes call for (measures active in the later report).")
        .def_readonly("problem_kind", &MeasureDiff::problem_kind)
        .def_readonly("problem", &MeasureDiff::problem,
                      "The finding in Swedish, as every surface prints it; \"\" when all is well.")
        .def_property_readonly("marking_agrees", &MeasureDiff::marking_agrees)
        .def("changes", &MeasureDiff::changes,
             "Every changed field with its printed value before and after.")
        .def("__repr__", [](const MeasureDiff& d) {
            return "<MeasureDiff " + d.id.to_string() + ": " + std::string(change_text(d.change)) +
                   ">";
        });

    py::class_<ReportDiff>(m, "ReportDiff", "What changed from one report to another.")
        .def_readonly("from_year", &ReportDiff::from_year)
        .def_readonly("to_year", &ReportDiff::to_year)
        .def_property_readonly("measures", &ReportDiff::measures,
                               "Every measure of either report once, in numeric id order.")
        .def(
            "of", [](const ReportDiff& d, Change c) { return copies(d.of(c)); }, py::arg("change"))
        .def("count", &ReportDiff::count, py::arg("change"),
             "How many measures of(change) holds, without copying them out.")
        .def("marking_disagreements",
             [](const ReportDiff& d) { return copies(d.marking_disagreements()); })
        .def("problems", [](const ReportDiff& d) { return copies(d.problems()); })
        .def_property_readonly("empty", &ReportDiff::empty);

    m.def("diff", &diff, py::arg("before"), py::arg("after"), "Compares two reports.");
    m.def("derived_status", &derived_status, py::arg("change"), py::arg("fields"));
}

}  // namespace handlingsplan::bindings
