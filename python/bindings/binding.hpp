// Included first by every bind_<topic>.cpp: pybind11, the core, and the casters they share.
#pragma once

#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <datetime.h>

#include <string>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/period.hpp"

namespace py = pybind11;

// boost::gregorian::date <-> datetime.date (a date outside the library's years is an error,
// never a silently wrong date; a special Boost value such as not_a_date_time becomes None).
namespace pybind11::detail {
template <>
struct type_caster<boost::gregorian::date> {
    PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));

    bool load(handle source, bool /*convert*/) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (!source || !PyDate_Check(source.ptr()) || PyDateTime_Check(source.ptr())) return false;
        const int year = PyDateTime_GET_YEAR(source.ptr());
        handlingsplan::check_year(year, "the year of the date");
        value = boost::gregorian::date(static_cast<unsigned short>(year),
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
}  // namespace pybind11::detail

namespace handlingsplan::bindings {

// Each topic binds itself; module.cpp calls these in dependency order.
void bind_errors(py::module_& m);
void bind_ids(py::module_& m);
void bind_period(py::module_& m);
void bind_follow_up(py::module_& m);
void bind_agency(py::module_& m);
void bind_status(py::module_& m);
void bind_measure(py::module_& m);
void bind_plan(py::module_& m);
void bind_json_io(py::module_& m);
void bind_appendix(py::module_& m);
void bind_diff(py::module_& m);
void bind_validate(py::module_& m);
void bind_activity(py::module_& m);

// repr() of a Python str, for __repr__s that read like constructor calls.
inline std::string quoted(const std::string& text) {
    return py::repr(py::str(text)).cast<std::string>();
}

}  // namespace handlingsplan::bindings
