// The library's Python exception classes and the one translator from the C++ errors to them.
#include "binding.hpp"

#include <cstring>

#include <boost/date_time/gregorian/greg_date.hpp>

namespace handlingsplan::bindings {
namespace {

// Created once in bind_errors; owned by the module.
struct ExceptionTypes {
    PyObject* error = nullptr;
    PyObject* parse = nullptr;
    PyObject* invalid = nullptr;
    PyObject* data = nullptr;
    PyObject* not_found = nullptr;
    PyObject* rule = nullptr;
    PyObject* file = nullptr;
};
ExceptionTypes types;

PyObject* new_type(py::module_& m, const char* name, const char* doc, py::tuple bases) {
    const std::string qualified = "handlingsplan." + std::string(name);
    PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
    if (type == nullptr) throw py::error_already_set();
    m.add_object(name, py::handle(type));
    return type;
}

// A message fit to print: what text_from_core gives, with any surrogate written as its escape
// ("\\ud800"), since printing a lone surrogate fails; the attributes keep the exact text.
py::str printable(const std::string& message) {
    const py::str text = text_from_core(message);
    const auto bytes = py::reinterpret_steal<py::object>(
        PyUnicode_AsEncodedString(text.ptr(), "utf-8", "backslashreplace"));
    if (!bytes) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(PyUnicode_DecodeUTF8(
        PyBytes_AS_STRING(bytes.ptr()), PyBytes_GET_SIZE(bytes.ptr()), "strict"));
}

// Raises `type(message)` with extra attributes set on the instance.
void raise_with(PyObject* type, const std::string& message, const py::dict& attributes) {
    py::object instance = py::reinterpret_borrow<py::object>(type)(printable(message));
    for (const auto& [key, value] : attributes) {
        py::setattr(instance, key, value);
    }
    PyErr_SetObject(type, instance.ptr());
}

void set_error(PyObject* type, const std::string& message) {
    PyErr_SetObject(type, printable(message).ptr());
}

// A file name from the core, as os.fsdecode gives it (so it equals the str it came from).
py::object file_name(const std::string& path) {
    return py::reinterpret_steal<py::object>(
        PyUnicode_DecodeFSDefaultAndSize(path.data(), static_cast<Py_ssize_t>(path.size())));
}

void translate(std::exception_ptr pointer) {
    try {
        std::rethrow_exception(pointer);
    } catch (const DataError& e) {
        const auto optional_number = [](std::size_t n) {
            return n ? py::object(py::int_(n)) : py::none();
        };
        const auto optional_text = [](const std::string& t) {
            return t.empty() ? py::object(py::none()) : py::object(text_from_core(t));
        };
        raise_with(types.data, e.what(),
                   py::dict(py::arg("source") = text_from_core(e.source()),
                            py::arg("where") = text_from_core(e.where()),
                            py::arg("problem") = text_from_core(e.problem()),
                            py::arg("swedish_problem") = text_from_core(e.swedish_problem()),
                            py::arg("line") = optional_number(e.line()),
                            py::arg("column") = optional_number(e.column()),
                            py::arg("context") = optional_text(e.context()),
                            py::arg("field") = optional_text(e.field())));
    } catch (const ParseError& e) {
        raise_with(
            types.parse, e.what(),
            py::dict(py::arg("kind") = text_from_core(e.kind()),
                     py::arg("input") = text_from_core(e.input()),
                     py::arg("expected") = text_from_core(e.expected()),
                     py::arg("swedish_expected") = text_from_core(e.swedish_expected()),
                     py::arg("swedish_problem") = text_from_core(swedish_parse_problem(e)),
                     py::arg("did_you_mean") = e.did_you_mean() ? text_from_core(*e.did_you_mean())
                                                                : py::object(py::none())));
    } catch (const NotFound& e) {
        raise_with(
            types.not_found, e.what(),
            py::dict(py::arg("key") = text_from_core(e.key()),
                     py::arg("did_you_mean") = e.did_you_mean() ? text_from_core(*e.did_you_mean())
                                                                : py::object(py::none())));
    } catch (const FileError& e) {
        // As OSError(errno, strerror, filename), so .errno and .filename work as usual.
        const py::tuple args =
            py::make_tuple(e.error_number(), text_from_core(e.reason()), file_name(e.path()));
        PyErr_SetObject(types.file, args.ptr());
    } catch (const RuleViolation& e) {
        set_error(types.rule, e.what());
    } catch (const InvalidValue& e) {
        const std::string& swedish = e.swedish().empty() ? std::string(e.what()) : e.swedish();
        raise_with(types.invalid, e.what(),
                   py::dict(py::arg("swedish_problem") = text_from_core(swedish)));
    } catch (const Error& e) {
        set_error(types.error, e.what());
    } catch (const boost::gregorian::bad_year& e) {
        // Boost.Date_Time's errors derive from std::out_of_range, which pybind11 would turn
        // into IndexError.
        set_error(types.invalid, e.what());
    } catch (const boost::gregorian::bad_month& e) {
        set_error(types.invalid, e.what());
    } catch (const boost::gregorian::bad_day_of_month& e) {
        set_error(types.invalid, e.what());
    }
}

}  // namespace

py::str text_from_core(const std::string& bytes) {
    const auto size = static_cast<Py_ssize_t>(bytes.size());
    for (const char* errors : {"strict", "surrogatepass", "surrogateescape"}) {
        if (PyObject* text = PyUnicode_DecodeUTF8(bytes.data(), size, errors)) {
            return py::reinterpret_steal<py::str>(text);
        }
        PyErr_Clear();
    }
    return py::str("\ufffd");  // unreachable: surrogateescape decodes any bytes
}

void raise_file_error(int error_number, const std::string& reason, py::handle filename) {
    const py::tuple args = py::make_tuple(error_number, reason, filename);
    PyErr_SetObject(types.file, args.ptr());
    throw py::error_already_set();
}

void require_initialised(py::handle source, const std::type_info& type) {
    if (!source) return;
    const auto* info = py::detail::get_type_info(type);
    if (info == nullptr || !PyObject_TypeCheck(source.ptr(), info->type)) return;
    auto* instance = reinterpret_cast<py::detail::instance*>(source.ptr());
    // __init__ sets the value pointer; an instance only allocated by __new__ has none (pybind11
    // would allocate uninitialised memory for it on first use). A reference handed out by the
    // core has a value and no holder of its own, so the holder is not what tells.
    const auto holder = instance->get_value_and_holder(info, false);
    if (holder.inst != nullptr && holder.value_ptr() == nullptr) {
        throw py::type_error(std::string("this ") + info->type->tp_name +
                             " was made with __new__ and never initialised; make one by calling "
                             "the class or one of its factory methods");
    }
}

void bind_errors(py::module_& m) {
    const py::handle value_error(PyExc_ValueError);
    types.error = new_type(m, "Error", "Root of every error handlingsplan raises.",
                           py::make_tuple(py::handle(PyExc_Exception)));
    const py::handle base(types.error);
    types.parse =
        new_type(m, "ParseError",
                 "A text (id, period, agency phrase, status) is not in its expected form. "
                 "Attributes: kind, input, expected (and swedish_expected, the same in "
                 "Swedish, or \"\"), did_you_mean (the nearest accepted word, or None) and "
                 "swedish_problem (the whole problem as a coordinator reads it).",
                 py::make_tuple(base, value_error));
    types.invalid = new_type(m, "InvalidValueError",
                             "A value breaks an invariant of the model (a period ending before it "
                             "starts, an empty title, a year outside 1900–2200). Attribute: "
                             "swedish_problem (the same as a coordinator reads it, where the core "
                             "words it so; the message otherwise).",
                             py::make_tuple(base, value_error));
    types.data = new_type(m, "DataError",
                          "A plan file is malformed. Attributes: source (file name), where (line "
                          "and column, or the JSON path), problem (and swedish_problem, the "
                          "same as a coordinator reads it), and where the text is known "
                          "line and column (1-based), context (\"report 2021, measure 1.3.3\") "
                          "and field (\"status.kind\"); None where they do not apply.",
                          py::make_tuple(base, value_error));
    types.not_found = new_type(m, "NotFoundError",
                               "No such report, measure, objective or agency. Attributes: key, and "
                               "did_you_mean (the nearest known key, or None).",
                               py::make_tuple(base, py::handle(PyExc_KeyError)));
    types.rule = new_type(m, "RuleViolationError",
                          "An edit would break a rule of the plan (a reused number, a completed "
                          "measure brought back).",
                          py::make_tuple(base, value_error));
    types.file = new_type(m, "FileError",
                          "A plan file cannot be read or written (errno, strerror, filename).",
                          py::make_tuple(base, py::handle(PyExc_OSError)));
    m.def(
        "parse_kind_word",
        [](const std::string& kind) { return std::string(parse_kind_word(kind)); }, py::arg("kind"),
        "A ParseError's kind in Swedish (\"ogiltigt åtgärdsnummer\" for \"measure id\"); \"\" "
        "for a kind without a word.");
    py::register_exception_translator(&translate);
}

}  // namespace handlingsplan::bindings
