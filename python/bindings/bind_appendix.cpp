// Bilaga 1 as structured data: sections, tables, rows of printed cells.
#include "binding.hpp"

#include "handlingsplan/appendix.hpp"

namespace handlingsplan::bindings {

void bind_appendix(py::module_& m) {
    py::class_<AppendixCell>(m, "AppendixCell", "One printed cell of the appendix, as paragraphs.")
        .def_readonly("paragraphs", &AppendixCell::paragraphs,
                      "The cell's paragraphs, trimmed; none for an empty cell.")
        .def_readonly("titled", &AppendixCell::titled,
                      "Whether the first paragraph is the measure's title (set apart in bold).")
        .def_property_readonly("text", &AppendixCell::text,
                               "The paragraphs joined by a blank line.")
        .def("__str__", &AppendixCell::text)
        .def("__repr__",
             [](const AppendixCell& c) { return "<AppendixCell " + quoted(c.text()) + ">"; })
        .def(py::self == py::self);
    py::class_<AppendixRow>(m, "AppendixRow", "One measure's row: its id and printed cells.")
        .def_property_readonly(
            "id", [](const AppendixRow& r) { return r.id.to_string(); },
            "The measure's id, \"1.1.5\".")
        .def_readonly("cells", &AppendixRow::cells, "One cell per column of the table.")
        .def("__repr__",
             [](const AppendixRow& r) { return "<AppendixRow " + r.id.to_string() + ">"; });
    py::class_<AppendixTable>(m, "AppendixTable", "A table of the appendix.")
        .def_readonly("title", &AppendixTable::title)
        .def_readonly("priority", &AppendixTable::priority)
        .def_readonly("columns", &AppendixTable::columns)
        .def_readonly("rows", &AppendixTable::rows)
        .def("__repr__", [](const AppendixTable& t) {
            return "<AppendixTable " + quoted(t.title) + ": " + std::to_string(t.rows.size()) +
                   " rows>";
        });
    py::class_<AppendixSection>(m, "AppendixSection", "Aktuella, genomförda or avskrivna åtgärder.")
        .def_property_readonly(
            "kind",
            [](const AppendixSection& s) {
                return std::string(appendix_section_kind_text(s.kind));
            },
            "\"aktuella\", \"genomförda\" or \"avskrivna\".")
        .def_readonly("title", &AppendixSection::title)
        .def_readonly("tables", &AppendixSection::tables)
        .def("__repr__",
             [](const AppendixSection& s) { return "<AppendixSection " + quoted(s.title) + ">"; });
    py::class_<Appendix>(m, "Appendix", "Bilaga 1: Förteckning över åtgärder, as structured data.")
        .def_readonly("year", &Appendix::year)
        .def_readonly("title", &Appendix::title)
        .def_readonly("intro", &Appendix::intro)
        .def_readonly("sections", &Appendix::sections)
        .def_readonly("words", &Appendix::words, "The plan's words the appendix is written in.")
        .def("__repr__",
             [](const Appendix& a) { return "<Appendix " + std::to_string(a.year) + ">"; });
    m.def("build_appendix", &build_appendix, py::arg("plan"), py::arg("year"),
          "The appendix of the plan's report for `year`.");
}

}  // namespace handlingsplan::bindings
