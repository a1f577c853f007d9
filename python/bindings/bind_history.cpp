// One measure across the plan's reports.
#include "binding.hpp"

#include "handlingsplan/history.hpp"

namespace handlingsplan::bindings {

void bind_history(py::module_& m) {
    py::class_<PartChange>(m, "PartChange",
                           "A part of a measure that differs from the report before.")
        .def_readonly("part", &PartChange::part, "The part that differs.")
        .def_readonly("before", &PartChange::before, "Its value in the report before.")
        .def_readonly("after", &PartChange::after, "Its value in this report.")
        .def("text", &PartChange::text,
             "The change in Swedish: \"tidsperiod 2019–2022 → 2019–2026\".")
        .def(py::self == py::self);
    py::class_<HistoryEntry>(m, "HistoryEntry", "The measure in one report.")
        .def_readonly("year", &HistoryEntry::year, "The report's year.")
        .def_readonly("state", &HistoryEntry::state, "The report's state: draft or final.")
        .def_readonly("reopenings", &HistoryEntry::reopenings, "The report's reopenings.")
        .def_readonly("measure", &HistoryEntry::measure, "The measure as this report has it.")
        .def_readonly("changes", &HistoryEntry::changes,
                      "What differs from the last earlier report holding it.")
        .def_readonly("recorded", &HistoryEntry::recorded,
                      "The report's recorded changes of the measure, with their sources.")
        .def(py::self == py::self);
    m.def("measure_history", &measure_history, py::arg("plan"), py::arg("id"),
          "Every report's state of the measure, oldest first (NotFoundError where none holds "
          "it).");
}

}  // namespace handlingsplan::bindings
