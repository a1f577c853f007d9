// The model's rule for text, for text written from outside the model.
#include "binding.hpp"

#include "handlingsplan/text_rules.hpp"

namespace handlingsplan::bindings {

void bind_text_rules(py::module_& m) {
    m.def("check_text", &check_text, py::arg("text"), py::arg("what"),
          py::arg("swedish_what") = std::string(),
          "InvalidValueError naming `what` (and in its swedish_problem `swedish_what`, where "
          "given) where `text` holds a character no document can hold (a control character "
          "other than tab and line feed, U+FFFE, U+FFFF).");
}

}  // namespace handlingsplan::bindings
