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

// Raises `type(message)` with extra attributes set on the instance.
void raise_with(PyObject* type, const std::string& message, const py::dict& attributes) {
    py::object instance = py::reinterpret_borrow<py::object>(type)(message);
    for (const auto& [key, value] : attributes) {
        py::setattr(instance, key, value);
    }
    PyErr_SetObject(type, instance.ptr());
}

void translate(std::exception_ptr pointer) {
    try {
        std::rethrow_exception(pointer);
    } catch (const DataError& e) {
        const auto optional_number = [](std::size_t n) { return n ? py::object(py::int_(n)) : py::none(); };
        const auto optional_text = [](const std::string& t) { return t.empty() ? py::none() : py::object(py::str(t)); };
        raise_with(types.data, e.what(),
                   py::dict(py::arg("source") = e.source(), py::arg("where") = e.where(),
                            py::arg("problem") = e.problem(), py::arg("line") = optional_number(e.line()),
                            py::arg("column") = optional_number(e.column()),
                            py::arg("context") = optional_text(e.context()),
                            py::arg("field") = optional_text(e.field())));
    } catch (const ParseError& e) {
        raise_with(types.parse, e.what(),
                   py::dict(py::arg("kind") = e.kind(), py::arg("input") = e.input(),
                            py::arg("expected") = e.expected(),
                            py::arg("did_you_mean") = e.did_you_mean() ? py::object(py::str(*e.did_you_mean()))
                                                                       : py::none()));
    } catch (const NotFound& e) {
        raise_with(types.not_found, e.what(), py::dict(py::arg("key") = e.key()));
    } catch (const FileError& e) {
        // As OSError(errno, strerror, filename), so .errno and .filename work as usual.
        const py::tuple args =
            py::make_tuple(e.error_number(), std::strerror(e.error_number()), e.path());
        PyErr_SetObject(types.file, args.ptr());
    } catch (const RuleViolation& e) {
        PyErr_SetString(types.rule, e.what());
    } catch (const InvalidValue& e) {
        PyErr_SetString(types.invalid, e.what());
    } catch (const Error& e) {
        PyErr_SetString(types.error, e.what());
    } catch (const boost::gregorian::bad_year& e) {
        // Boost.Date_Time's errors derive from std::out_of_range, which pybind11 would turn
        // into IndexError.
        PyErr_SetString(types.invalid, e.what());
    } catch (const boost::gregorian::bad_month& e) {
        PyErr_SetString(types.invalid, e.what());
    } catch (const boost::gregorian::bad_day_of_month& e) {
        PyErr_SetString(types.invalid, e.what());
    }
}

}  // namespace

void bind_errors(py::module_& m) {
    const py::handle value_error(PyExc_ValueError);
    types.error = new_type(m, "Error", "Root of every error handlingsplan raises.",
                           py::make_tuple(py::handle(PyExc_Exception)));
    const py::handle base(types.error);
    types.parse = new_type(m, "ParseError",
                           "A text (id, period, agency phrase, status) is not in its expected form. "
                           "Attributes: kind, input, expected, and did_you_mean (the nearest accepted "
                           "word, or None).",
                           py::make_tuple(base, value_error));
    types.invalid = new_type(m, "InvalidValueError",
                             "A value breaks an invariant of the model (a period ending before it "
                             "starts, an empty title, a year outside 1900–2200).",
                             py::make_tuple(base, value_error));
    types.data = new_type(m, "DataError",
                          "A plan file is malformed. Attributes: source (file name), where (line "
                          "and column, or the JSON path), problem, and where the text is known "
                          "line and column (1-based), context (\"report 2021, measure 1.3.3\") "
                          "and field (\"status.kind\"); None where they do not apply.",
                          py::make_tuple(base, value_error));
    types.not_found = new_type(m, "NotFoundError",
                               "No such report, measure, objective or agency. Attribute: key.",
                               py::make_tuple(base, py::handle(PyExc_KeyError)));
    types.rule = new_type(m, "RuleViolationError",
                          "An edit would break a rule of the plan (a reused number, a completed "
                          "measure brought back).",
                          py::make_tuple(base, value_error));
    types.file = new_type(m, "FileError",
                          "A plan file cannot be read or written (errno, strerror, filename).",
                          py::make_tuple(base, py::handle(PyExc_OSError)));
    py::register_exception_translator(&translate);
}

}  // namespace handlingsplan::bindings
