// Included first by every bind_<topic>.cpp: pybind11, the core, and the casters they share.
//
// The casters make every argument of the right Python type reach the core, whose rules then
// answer with the library's own errors (never pybind11's "incompatible function arguments"):
// - str: one holding a lone surrogate ("\ud800", from surrogateescape'd bytes) is passed on
//   encoded with "surrogatepass", which is not UTF-8, so the core refuses it as it refuses any
//   text that is not (a ParseError, a NotFoundError, an InvalidValueError, a DataError with a
//   place: whatever the same call gives a sibling value); the translator decodes it back;
// - int: one beyond 32 bits is an InvalidValueError naming it (the library's numbers are years,
//   pages and parts of ids, far inside that);
// - datetime.date, and datetime.datetime (its date); a year outside 1900–2200 is refused;
// - file names: str, bytes or os.PathLike; one holding a NUL or a character no file name can
//   have is a FileError naming it;
// - every bound class: an instance made with __new__ whose __init__ never ran is refused with a
//   TypeError instead of being read as uninitialised memory.
#pragma once

#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <datetime.h>

#include <climits>
#include <filesystem>
#include <string>
#include <string_view>
#include <typeinfo>

#include "handlingsplan/appendix.hpp"
#include "handlingsplan/assignment.hpp"
#include "handlingsplan/case_number.hpp"
#include "handlingsplan/chapter.hpp"
#include "handlingsplan/declaration.hpp"
#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/follow_up.hpp"
#include "handlingsplan/government_activity.hpp"
#include "handlingsplan/history.hpp"
#include "handlingsplan/period.hpp"
#include "handlingsplan/plan.hpp"
#include "handlingsplan/swedish_date.hpp"
#include "handlingsplan/validate.hpp"
#include "handlingsplan/words.hpp"

namespace py = pybind11;

namespace handlingsplan::bindings {

// Raises handlingsplan.FileError(error_number, reason, filename) (bind_errors.cpp).
[[noreturn]] void raise_file_error(int error_number, const std::string& reason,
                                   py::handle filename);

// TypeError if `source` is an instance of the bound class `type` made by __new__ without
// __init__ (bind_errors.cpp).
void require_initialised(py::handle source, const std::type_info& type);

// A str from the core's bytes: UTF-8, or the surrogates a str argument held (surrogatepass),
// or any other byte as a surrogate escape (as os.fsdecode); never an error.
py::str text_from_core(const std::string& bytes);

}  // namespace handlingsplan::bindings

namespace pybind11::detail {

// str -> std::string and std::string_view, lone surrogates included (see above).
template <>
struct type_caster<std::string> : string_caster<std::string> {
    bool load(handle source, bool convert) {
        if (string_caster<std::string>::load(source, convert)) return true;
        if (!source || !PyUnicode_Check(source.ptr())) return false;
        const auto bytes = reinterpret_steal<object>(
            PyUnicode_AsEncodedString(source.ptr(), "utf-8", "surrogatepass"));
        if (!bytes) {
            PyErr_Clear();
            return false;
        }
        value.assign(PyBytes_AS_STRING(bytes.ptr()),
                     static_cast<std::size_t>(PyBytes_GET_SIZE(bytes.ptr())));
        return true;
    }
};

template <>
struct type_caster<std::string_view> : string_caster<std::string_view, true> {
    bool load(handle source, bool convert) {
        if (string_caster<std::string_view, true>::load(source, convert)) return true;
        if (!source || !PyUnicode_Check(source.ptr())) return false;
        const auto bytes = reinterpret_steal<object>(
            PyUnicode_AsEncodedString(source.ptr(), "utf-8", "surrogatepass"));
        if (!bytes) {
            PyErr_Clear();
            return false;
        }
        loader_life_support::add_patient(bytes);  // the view's bytes live as long as the call
        value = std::string_view(PyBytes_AS_STRING(bytes.ptr()),
                                 static_cast<std::size_t>(PyBytes_GET_SIZE(bytes.ptr())));
        return true;
    }
};

// int: any Python int (or object with __index__, not a float); beyond 32 bits an error.
template <>
struct type_caster<int> {
    PYBIND11_TYPE_CASTER(int, io_name("typing.SupportsInt | typing.SupportsIndex", "int"));

    bool load(handle source, bool convert) {
        if (!source || PyFloat_Check(source.ptr())) return false;
        const bool index = PyLong_Check(source.ptr()) || PyIndex_Check(source.ptr());
        // As pybind11's own caster: with conversion, anything with __int__ (not a float).
        if (!index && !(convert && PyNumber_Check(source.ptr()))) return false;
        const auto number = reinterpret_steal<object>(index ? PyNumber_Index(source.ptr())
                                                            : PyNumber_Long(source.ptr()));
        if (!number) {
            PyErr_Clear();
            return false;
        }
        int overflow = 0;
        const long long n = PyLong_AsLongLongAndOverflow(number.ptr(), &overflow);
        if (n == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            return false;
        }
        if (overflow != 0 || n < INT_MIN || n > INT_MAX) {
            std::string shown = str(number).cast<std::string>();
            if (shown.size() > 40)
                shown = shown.substr(0, 20) + "…(" + std::to_string(shown.size()) + " digits)";
            throw handlingsplan::InvalidValue(
                "the number " + shown +
                " is out of range: the library's numbers (years, pages, "
                "parts of ids) fit in 32 bits");
        }
        value = static_cast<int>(n);
        return true;
    }

    static handle cast(int source, return_value_policy, handle) { return PyLong_FromLong(source); }
};

// boost::gregorian::date <-> datetime.date (a date outside the library's years is an error,
// never a silently wrong date; a special Boost value such as not_a_date_time becomes None).
// A datetime.datetime is a date too: its date is taken.
template <>
struct type_caster<boost::gregorian::date> {
    PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));

    bool load(handle source, bool /*convert*/) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (!source || !PyDate_Check(source.ptr())) return false;
        const int year = PyDateTime_GET_YEAR(source.ptr());
        handlingsplan::check_year(year, "the year of the date");
        value =
            boost::gregorian::date(static_cast<unsigned short>(year),
                                   static_cast<unsigned short>(PyDateTime_GET_MONTH(source.ptr())),
                                   static_cast<unsigned short>(PyDateTime_GET_DAY(source.ptr())));
        return true;
    }

    static handle cast(const boost::gregorian::date& day, return_value_policy, handle) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (day.is_special()) return none().release();
        return PyDate_FromDate(static_cast<int>(day.year()), static_cast<int>(day.month()),
                               static_cast<int>(day.day()));
    }
};

// File names: str (encoded as os.fsencode does), bytes or os.PathLike -> std::filesystem::path.
template <>
struct type_caster<std::filesystem::path> {
    PYBIND11_TYPE_CASTER(std::filesystem::path,
                         io_name("os.PathLike | str | bytes", "pathlib.Path"));

    bool load(handle source, bool /*convert*/) {
        if (!source) return false;
        const auto given = reinterpret_steal<object>(PyOS_FSPath(source.ptr()));
        if (!given) {
            PyErr_Clear();
            return false;  // not a file name at all: TypeError
        }
        object bytes = given;
        if (PyUnicode_Check(given.ptr())) {
            bytes = reinterpret_steal<object>(PyUnicode_EncodeFSDefault(given.ptr()));
            if (!bytes) {
                PyErr_Clear();
                handlingsplan::bindings::raise_file_error(
                    EILSEQ, "the file name holds a character no file name can have", given);
            }
        }
        const std::string native(PyBytes_AS_STRING(bytes.ptr()),
                                 static_cast<std::size_t>(PyBytes_GET_SIZE(bytes.ptr())));
        if (native.find('\0') != std::string::npos) {
            handlingsplan::bindings::raise_file_error(EINVAL, "the file name holds a NUL character",
                                                      given);
        }
        value = std::filesystem::path(native);
        return true;
    }

    static handle cast(const std::filesystem::path& path, return_value_policy, handle) {
        const auto text = reinterpret_steal<object>(PyUnicode_DecodeFSDefaultAndSize(
            path.native().data(), static_cast<Py_ssize_t>(path.native().size())));
        if (!text) return nullptr;
        return module_::import("pathlib").attr("Path")(text).release();
    }
};

// Every bound class: refuses an instance whose __init__ never ran (see above).
#define HANDLINGSPLAN_INITIALISED_CASTER(T)                                  \
    template <>                                                              \
    class type_caster<T> : public type_caster_base<T> {                      \
    public:                                                                  \
        bool load(handle source, bool convert) {                             \
            handlingsplan::bindings::require_initialised(source, typeid(T)); \
            return type_caster_base<T>::load(source, convert);               \
        }                                                                    \
    };
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::ObjectiveId)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::MeasureId)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Period)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Agency)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AgencyRegistry)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AgencyRole)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Agencies)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Status)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Measure)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Objective)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Priority)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::MeasureSelection)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Report)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Plan)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::ChangedFields)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::FieldChange)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::MeasureDiff)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::ReportDiff)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AppendixRow)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AppendixTable)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AppendixSection)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Appendix)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Finding)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AppendixCell)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::Reopening)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::FollowUp)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::FollowUpNote)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::ChapterBlock)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::ProseChapter)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::CaseNumber)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::CaseNumberCitation)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::SwedishDate)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::DateMention)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::DatedEvent)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::GovernmentActivity)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::ActivityFacts)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AgencySuccessor)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AgencyUnit)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AssignedAgency)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AssignmentPage)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::ChangeSource)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::RecordedChange)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::FormEntry)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::FormGroups)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::PartChange)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::HistoryEntry)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::FieldDeclaration)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::EntityDeclaration)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::ColumnDeclaration)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AgencyRoleColumnDeclaration)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::LevelWords)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::AppendixWords)
HANDLINGSPLAN_INITIALISED_CASTER(handlingsplan::PlanWords)
#undef HANDLINGSPLAN_INITIALISED_CASTER

}  // namespace pybind11::detail

namespace handlingsplan::bindings {

// Each topic binds itself; module.cpp calls these in dependency order.
void bind_errors(py::module_& m);
void bind_ids(py::module_& m);
void bind_period(py::module_& m);
void bind_follow_up(py::module_& m);
void bind_history(py::module_& m);
void bind_provenance(py::module_& m);
void bind_chapter(py::module_& m);
void bind_agency(py::module_& m);
void bind_status(py::module_& m);
void bind_measure(py::module_& m);
void bind_plan(py::module_& m);
void bind_json_io(py::module_& m);
void bind_files(py::module_& m);
void bind_text_rules(py::module_& m);
void bind_appendix(py::module_& m);
void bind_diff(py::module_& m);
void bind_validate(py::module_& m);
void bind_activity(py::module_& m);
void bind_columns(py::module_& m);
void bind_declaration(py::module_& m);
void bind_words(py::module_& m);

// repr() of a Python str, for __repr__s that read like constructor calls.
inline std::string quoted(const std::string& text) {
    return py::repr(py::str(text)).cast<std::string>();
}

}  // namespace handlingsplan::bindings
