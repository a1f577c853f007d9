// Period: the years a measure runs, possibly open-ended.
#include "binding.hpp"

namespace handlingsplan::bindings {

void bind_period(py::module_& m) {
    py::class_<Period>(m, "Period",
                       "The years in which a measure is carried out: Period(2019, 2022), "
                       "Period.parse(\"2019 och tills vidare\").")
        .def(py::init<int, int>(), py::arg("first"), py::arg("last"))
        .def(py::init(&Period::parse), py::arg("text"),
             "Parses \"2019–2022\", \"2020 – 2022\", \"2019-2022\", \"2021\", \"2019 och tills "
             "vidare\".")
        .def_static("parse", &Period::parse, py::arg("text"),
                    "Parses \"2019–2022\", \"2020 – 2022\", \"2019-2022\", \"2021\", \"2019 och "
                    "tills vidare\".")
        .def_static("single_year", &Period::year, py::arg("year"), "A period of one year.")
        .def_static("open_ended_from", &Period::open_ended, py::arg("first"),
                    "A period with no end: \"2019 och tills vidare\".")
        .def_property_readonly("start_year", &Period::start_year, "The first year.")
        .def_property_readonly("end_year", &Period::end_year,
                               "The last year; None when open-ended.")
        .def_property_readonly("open_ended", &Period::is_open_ended,
                               "\"… och tills vidare\": no last year.")
        .def_property_readonly("start_date", &Period::start_date, "1 January of the first year.")
        .def_property_readonly("end_date", &Period::end_date,
                               "31 December of the last year; None when open-ended.")
        .def("contains", py::overload_cast<int>(&Period::contains, py::const_), py::arg("year"))
        .def("contains",
             py::overload_cast<const boost::gregorian::date&>(&Period::contains, py::const_),
             py::arg("day"))
        .def("__contains__", py::overload_cast<int>(&Period::contains, py::const_))
        .def("__contains__",
             py::overload_cast<const boost::gregorian::date&>(&Period::contains, py::const_))
        .def("overlaps", &Period::overlaps, py::arg("other"))
        .def("__str__", &Period::to_string)
        .def("__repr__", [](const Period& p) { return "Period(" + quoted(p.to_string()) + ")"; })
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def("__hash__", [](const Period& p) { return py::hash(py::str(p.to_string())); })
        .def(py::pickle([](const Period& p) { return p.to_string(); },
                        [](const std::string& text) { return Period::parse(text); }));
    py::implicitly_convertible<py::str, Period>();
}

}  // namespace handlingsplan::bindings
