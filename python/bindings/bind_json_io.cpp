// Reading and writing plan files.
#include "binding.hpp"

#include "handlingsplan/json_io.hpp"

namespace handlingsplan::bindings {

void bind_json_io(py::module_& m) {
    m.attr("SCHEMA_VERSION") = schema_version;
    m.def("plan_from_json", &plan_from_json, py::arg("text"), py::arg("source") = "<text>",
          "Parses a plan from JSON text; DataError names the place of any problem.");
    m.def("plan_to_json", &plan_to_json, py::arg("plan"),
          "The canonical JSON text of a plan (same plan, same bytes).");
    // File work releases the GIL: other Python threads may run meanwhile.
    m.def("load_plan", &load_plan, py::arg("path"), py::arg("max_bytes") = py::none(),
          py::call_guard<py::gil_scoped_release>(),
          "Reads a plan file (any size; at most max_bytes if given); FileError or DataError on "
          "failure.");
    m.def("save_plan", &save_plan, py::arg("plan"), py::arg("path"),
          py::call_guard<py::gil_scoped_release>(),
          "Writes a plan file atomically; on failure the old file is left as it was.");
}

}  // namespace handlingsplan::bindings
