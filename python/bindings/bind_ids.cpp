// ObjectiveId and MeasureId: immutable, hashable, ordered numerically, comparable with strings.
#include "binding.hpp"

#include <pybind11/native_enum.h>

#include "handlingsplan/measure_id.hpp"

namespace handlingsplan::bindings {
namespace {

// Lets ids compare with their printed form: MeasureId("1.1.5") == "1.1.5".
template <class Id>
bool equals(const Id& id, const py::object& other) {
    if (py::isinstance<Id>(other)) return id == other.cast<Id>();
    if (py::isinstance<py::str>(other)) {
        try {
            return id == Id::parse(other.cast<std::string>());
        } catch (const ParseError&) {
            return false;
        }
    }
    return false;
}

template <class Id, class Class>
void add_common(Class& cls, const char* name) {
    cls.def(py::init(&Id::parse), py::arg("text"), "Parses the printed form.")
        .def_property_readonly("priority", &Id::priority,
                               "The strategic priority's number (1 for \"A\").")
        .def_property_readonly("style", &Id::style,
                               "How the id is written: IdStyle.numbers (\"1.1\") or "
                               "IdStyle.letters (\"A.1\").")
        .def("__str__", &Id::to_string)
        .def("__repr__",
             [name](const Id& id) { return std::string(name) + "('" + id.to_string() + "')"; })
        .def("__hash__", [](const Id& id) { return std::hash<Id>{}(id); })
        .def("__eq__", &equals<Id>, py::is_operator())
        .def(
            "__ne__", [](const Id& id, const py::object& other) { return !equals(id, other); },
            py::is_operator())
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def(py::self > py::self)
        .def(py::self >= py::self)
        .def(py::pickle([](const Id& id) { return id.to_string(); },
                        [](const std::string& text) { return Id::parse(text); }));
}

}  // namespace

void bind_ids(py::module_& m) {
    py::native_enum<IdStyle>(m, "IdStyle", "enum.Enum",
                             "How a plan writes its ids: numbers (\"1.1.5\") or a capital "
                             "letter first (\"A.1.5\").")
        .value("numbers", IdStyle::numbers, "siffror: \"1\", \"1.1\", \"1.1.5\"")
        .value("letters", IdStyle::letters, "bokstäver: \"A\", \"A.1\", \"A.1.5\"")
        .finalize();
    m.def(
        "id_style_text", [](IdStyle style) { return std::string(id_style_text(style)); },
        py::arg("style"), "\"siffror\" or \"bokstäver\", as the plan file names it.");
    py::class_<ObjectiveId> objective(
        m, "ObjectiveId", "The id of a målsättning, \"P.M\" (e.g. \"1.1\", or \"A.1\").");
    objective.def(py::init<int, int, IdStyle>(), py::arg("priority"), py::arg("number"),
                  py::arg("style") = IdStyle::numbers);
    add_common<ObjectiveId>(objective, "ObjectiveId");
    objective.def_property_readonly("number", &ObjectiveId::number,
                                    "The objective's number within its priority.");
    py::implicitly_convertible<py::str, ObjectiveId>();

    py::class_<MeasureId> measure(
        m, "MeasureId",
        "The id of an åtgärd, \"P.M.N\" (e.g. \"1.1.5\", or \"A.1.5\" in a plan that "
        "letters its top level); numbers are never reused and order numerically "
        "(1.1.9 < 1.1.10).");
    measure.def(py::init<int, int, int, IdStyle>(), py::arg("priority"), py::arg("objective"),
                py::arg("number"), py::arg("style") = IdStyle::numbers);
    add_common<MeasureId>(measure, "MeasureId");
    measure.def_property_readonly("objective", &MeasureId::objective, "The objective it serves.")
        .def_property_readonly("number", &MeasureId::number, "Its number within the objective.");
    py::implicitly_convertible<py::str, MeasureId>();
}

}  // namespace handlingsplan::bindings
