// Diffs between reports, and the edits that prepare the next report.
#include "binding.hpp"

#include <pybind11/native_enum.h>

#include "handlingsplan/diff.hpp"
#include "handlingsplan/plan.hpp"

namespace handlingsplan::bindings {
namespace {

std::vector<MeasureDiff> copies(const std::vector<const MeasureDiff*>& entries) {
    std::vector<MeasureDiff> out;
    for (const MeasureDiff* d : entries) out.push_back(*d);
    return out;
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
    m.def("change_text", [](Change c) { return std::string(change_text(c)); }, py::arg("change"));

    py::class_<ChangedFields>(m, "ChangedFields", "Which compared fields of a measure differ.")
        .def_readonly("title", &ChangedFields::title)
        .def_readonly("description", &ChangedFields::description)
        .def_readonly("agencies", &ChangedFields::agencies)
        .def_readonly("period", &ChangedFields::period)
        .def_readonly("page", &ChangedFields::page)
        .def_property_readonly("schedule", &ChangedFields::schedule, "Tidplan: the period changed.")
        .def_property_readonly("content", &ChangedFields::content,
                               "Innehåll: the title, description or agencies changed.")
        .def("names", [](const ChangedFields& f) {
            std::vector<std::string> names;
            const std::pair<bool, const char*> all[] = {{f.title, "title"}, {f.description, "description"},
                                                        {f.agencies, "agencies"}, {f.period, "period"},
                                                        {f.page, "page"}};
            for (const auto& [set, name] : all) {
                if (set) names.emplace_back(name);
            }
            return names;
        }, "The names of the changed fields.")
        .def("__bool__", &ChangedFields::any)
        .def(py::self == py::self);

    py::class_<MeasureDiff>(m, "MeasureDiff", "One measure's class in a diff.")
        .def_property_readonly("id", [](const MeasureDiff& d) { return d.id; })
        .def_readonly("change", &MeasureDiff::change)
        .def_readonly("fields", &MeasureDiff::fields)
        .def_readonly("before", &MeasureDiff::before)
        .def_readonly("after", &MeasureDiff::after)
        .def_readonly("derived", &MeasureDiff::derived,
                      "The status the changes call for (measures active in the later report).")
        .def_readonly("problem", &MeasureDiff::problem)
        .def_property_readonly("marking_agrees", &MeasureDiff::marking_agrees)
        .def("__repr__", [](const MeasureDiff& d) {
            return "<MeasureDiff " + d.id.to_string() + ": " + std::string(change_text(d.change)) + ">";
        });

    py::class_<ReportDiff>(m, "ReportDiff", "What changed from one report to another.")
        .def_readonly("from_year", &ReportDiff::from_year)
        .def_readonly("to_year", &ReportDiff::to_year)
        .def_readonly("measures", &ReportDiff::measures)
        .def("of", [](const ReportDiff& d, Change c) { return copies(d.of(c)); }, py::arg("change"))
        .def("marking_disagreements", [](const ReportDiff& d) { return copies(d.marking_disagreements()); })
        .def("problems", [](const ReportDiff& d) { return copies(d.problems()); })
        .def_property_readonly("empty", &ReportDiff::empty);

    m.def("diff", &diff, py::arg("before"), py::arg("after"), "Compares two reports.");
    m.def("derived_status", &derived_status, py::arg("change"), py::arg("fields"));

    py::class_<Plan> plan = py::reinterpret_borrow<py::class_<Plan>>(m.attr("Plan"));
    plan.def("new_report", &Plan::new_report, py::arg("year"), py::arg("submitted") = py::none(),
             py::return_value_policy::reference_internal)
        .def("add_measure", &Plan::add_measure, py::arg("report_year"), py::arg("measure"))
        .def("complete_measure", &Plan::complete_measure, py::arg("report_year"), py::arg("id"), py::arg("year"))
        .def("withdraw_measure", &Plan::withdraw_measure, py::arg("report_year"), py::arg("id"),
             py::arg("year"), py::arg("reason"))
        .def("update_measure",
             [](Plan& p, int report_year, const MeasureId& id, std::optional<std::string> title,
                std::optional<std::string> description, std::optional<Agencies> agencies,
                std::optional<Period> period, std::optional<int> page) {
                 p.update_measure(report_year, id,
                                  MeasureUpdate{std::move(title), std::move(description),
                                                std::move(agencies), period, page});
             },
             py::arg("report_year"), py::arg("id"), py::kw_only(), py::arg("title") = py::none(),
             py::arg("description") = py::none(), py::arg("agencies") = py::none(),
             py::arg("period") = py::none(), py::arg("page") = py::none());
}

}  // namespace handlingsplan::bindings
