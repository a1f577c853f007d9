// Validation findings.
#include "binding.hpp"

#include <pybind11/native_enum.h>

#include "handlingsplan/validate.hpp"

namespace handlingsplan::bindings {

void bind_validate(py::module_& m) {
    py::native_enum<Severity>(m, "Severity", "enum.Enum", "How serious a finding is.")
        .value("error", Severity::error, "the plan is wrong")
        .value("warning", Severity::warning, "worth a look")
        .finalize();
    py::class_<Finding>(m, "Finding", "Something validate() flags: code, severity, place, message.")
        .def_readonly("code", &Finding::code, "Stable, e.g. \"objective-missing\".")
        .def_readonly("severity", &Finding::severity)
        .def_readonly("year", &Finding::year, "The report concerned, or None.")
        .def_readonly("measure", &Finding::measure, "The measure concerned, or None.")
        .def_readonly("message", &Finding::message)
        .def_property_readonly("place", &Finding::place)
        .def("__str__",
             [](const Finding& f) {
                 return f.place() + ": " + std::string(severity_text(f.severity)) + " [" + f.code +
                        "] " + f.message;
             })
        .def("__repr__",
             [](const Finding& f) { return "<Finding " + f.code + " at " + f.place() + ">"; })
        .def(py::self == py::self);
    m.def("validate", &validate, py::arg("plan"), "Every finding of the plan, ordered by place.");
}

}  // namespace handlingsplan::bindings
