// handlingsplan._core: creates the module and lets each topic bind itself.
#include "binding.hpp"
#include "handlingsplan/version.hpp"

PYBIND11_MODULE(_core, m, py::mod_gil_not_used()) {
    using namespace handlingsplan::bindings;
    m.doc() = "Compiled core of handlingsplan; use the handlingsplan package instead.";
    // Classes before the functions that use them, so that signatures read right.
    bind_errors(m);
    bind_ids(m);
    bind_period(m);
    bind_agency(m);
    bind_status(m);
    bind_measure(m);
    bind_follow_up(m);
    bind_provenance(m);
    bind_chapter(m);
    bind_words(m);  // before bind_plan: Plan(words=...)
    bind_plan(m);
    bind_json_io(m);
    bind_files(m);
    bind_text_rules(m);
    bind_appendix(m);
    bind_diff(m);
    bind_history(m);
    bind_validate(m);
    bind_activity(m);  // after bind_plan: adds Plan.activities
    bind_columns(m);
    bind_declaration(m);
    m.attr("__version__") = HANDLINGSPLAN_VERSION;  // handlingsplan/version.hpp
}
