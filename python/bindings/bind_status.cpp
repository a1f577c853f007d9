// Status of a measure in a report.
#include "binding.hpp"

#include <pybind11/native_enum.h>

#include "handlingsplan/status.hpp"

namespace handlingsplan::bindings {

void bind_status(py::module_& m) {
    py::native_enum<StatusKind>(m, "StatusKind", "enum.Enum",
                                "pågående, ny, uppdaterad, genomförd, avskriven.")
        .value("ongoing", StatusKind::ongoing, "pågående: unchanged, unmarked")
        .value("added", StatusKind::added, "ny: \"Ny åtgärd\"")
        .value("updated", StatusKind::updated, "uppdaterad: in schedule and/or content")
        .value("completed", StatusKind::completed, "genomförd, with a year")
        .value("withdrawn", StatusKind::withdrawn, "avskriven, with a year and a reason")
        .finalize();
    m.def(
        "status_kind_text", [](StatusKind k) { return std::string(status_kind_text(k)); },
        py::arg("kind"), "\"pågående\", \"ny\", \"uppdaterad\", \"genomförd\" or \"avskriven\".");
    m.def("parse_status_kind", &parse_status_kind, py::arg("text"));
    m.def(
        "is_active", [](StatusKind k) { return is_active(k); }, py::arg("kind"),
        "Still part of the plan: ongoing, added or updated.");
    m.def(
        "schedule_aspect_text", [] { return std::string(schedule_aspect_text()); },
        "\"tidplan\": the word for an updated schedule.");
    m.def(
        "content_aspect_text", [] { return std::string(content_aspect_text()); },
        "\"innehåll\": the word for updated content.");
    m.def(
        "chapter_marking_text", [](StatusKind k) { return std::string(chapter_marking_text(k)); },
        py::arg("kind"),
        "The marking the Åtgärder chapter prints beside a title: \"Ny åtgärd\" (added), "
        "\"Uppdaterad\" (updated), \"\" for the other kinds.");

    py::class_<Status>(m, "Status",
                       "The status of a measure in one report: Status.ongoing(), Status.added(), "
                       "Status.updated(schedule=True), Status.completed(2020), "
                       "Status.withdrawn(2019, reason).")
        .def_static("ongoing", &Status::ongoing)
        .def_static("added", &Status::added)
        .def_static("updated", &Status::updated, py::kw_only(), py::arg("schedule") = false,
                    py::arg("content") = false)
        .def_static("completed", &Status::completed, py::arg("year"))
        .def_static("withdrawn", &Status::withdrawn, py::arg("year"), py::arg("reason"))
        .def_static("parse_appendix_text", &Status::parse_appendix_text, py::arg("text"),
                    "From Bilaga 1's Status column.")
        .def_property_readonly("kind", &Status::kind,
                               "ongoing, added, updated, completed or withdrawn.")
        .def_property_readonly(
            "kind_text", [](const Status& s) { return std::string(status_kind_text(s.kind())); },
            "\"pågående\", \"ny\", \"uppdaterad\", \"genomförd\" or \"avskriven\".")
        .def_property_readonly("is_active", &Status::is_active,
                               "Still part of the plan: not completed or withdrawn.")
        .def_property_readonly("schedule_updated", &Status::schedule_updated,
                               "Uppdaterad, tidplan.")
        .def_property_readonly("content_updated", &Status::content_updated, "Uppdaterad, innehåll.")
        .def_property_readonly("year", &Status::year,
                               "The year a completed or withdrawn measure ended.")
        .def_property_readonly("reason", &Status::reason,
                               "Why a withdrawn measure was dropped (empty otherwise).")
        .def_property_readonly(
            "aspects_text", &Status::aspects_text,
            "\"tidplan\", \"innehåll\" or \"tidplan och innehåll\" (empty unless updated).")
        .def_property_readonly(
            "updated_aspects", &Status::updated_aspects,
            "The updated aspects one by one: [\"tidplan\"], [\"innehåll\"], both or none.")
        .def_property_readonly("printed_text", &Status::printed_text,
                               "As the report prints it: \"Ny åtgärd\", \"Uppdaterad, tidplan\", "
                               "\"genomförd 2020\", \"pågående\".")
        .def_property_readonly("appendix_text", &Status::appendix_text,
                               "The text of Bilaga 1's Status column.")
        .def("__repr__",
             [](const Status& s) -> std::string {
                 switch (s.kind()) {
                 case StatusKind::ongoing: return "Status.ongoing()";
                 case StatusKind::added: return "Status.added()";
                 case StatusKind::updated:
                     return std::string("Status.updated(schedule=") +
                            (s.schedule_updated() ? "True" : "False") +
                            ", content=" + (s.content_updated() ? "True" : "False") + ")";
                 case StatusKind::completed:
                     return "Status.completed(" + std::to_string(*s.year()) + ")";
                 case StatusKind::withdrawn:
                     return "Status.withdrawn(" + std::to_string(*s.year()) + ", " +
                            quoted(s.reason()) + ")";
                 }
                 return "Status(?)";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);
}

}  // namespace handlingsplan::bindings
