// Agencies, the registry of their names, roles and the parsed agency phrase of a measure.
#include "binding.hpp"

#include <pybind11/native_enum.h>

#include "handlingsplan/agency.hpp"

namespace handlingsplan::bindings {

void bind_agency(py::module_& m) {
    py::native_enum<Role>(m, "Role", "enum.Enum",
                          "The role of an agency in a measure, as the report phrases it.")
        .value("responsible", Role::responsible, "ansvarig")
        .value("in_cooperation", Role::in_cooperation, "i samverkan med")
        .value("in_close_cooperation", Role::in_close_cooperation, "i nära samverkan med")
        .value("with_support", Role::with_support, "med stöd av")
        .value("together_with", Role::together_with, "tillsammans med")
        .finalize();
    m.def(
        "role_text", [](Role role) { return std::string(role_text(role)); }, py::arg("role"),
        "The role as the report prints it: \"ansvarig\", \"i samverkan med\", ...");
    m.def("parse_role", &parse_role, py::arg("text"),
          "The Role for \"ansvarig\", \"i samverkan med\", ...");

    py::class_<AgencySuccessor>(m, "AgencySuccessor",
                                "The names an agency bears from a day on (MSB: MCF from 2026).")
        .def(py::init([](std::string short_name, std::string name, boost::gregorian::date since) {
                 return AgencySuccessor{std::move(short_name), std::move(name), since};
             }),
             py::kw_only(), py::arg("short_name"), py::arg("name"), py::arg("since"))
        .def_readonly("short_name", &AgencySuccessor::short_name, "Its short name: \"MCF\".")
        .def_readonly("name", &AgencySuccessor::name,
                      "Its full name: \"Myndigheten för civilt försvar\".")
        .def_readonly("since", &AgencySuccessor::since, "The day it takes over (datetime.date).")
        .def("__repr__",
             [](const AgencySuccessor& s) {
                 return "AgencySuccessor(short_name=" + quoted(s.short_name) +
                        ", name=" + quoted(s.name) + ", since=datetime.date(" +
                        std::to_string(static_cast<int>(s.since.year())) + ", " +
                        std::to_string(static_cast<int>(s.since.month())) + ", " +
                        std::to_string(static_cast<int>(s.since.day())) + "))";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<AgencyUnit>(m, "AgencyUnit",
                           "A unit of an agency that texts name as if it were one (NCSC at FRA).")
        .def(py::init(
                 [](std::string short_name, std::string name, std::vector<std::string> aliases) {
                     return AgencyUnit{std::move(short_name), std::move(name), std::move(aliases)};
                 }),
             py::kw_only(), py::arg("short_name"), py::arg("name"),
             py::arg("aliases") = std::vector<std::string>{})
        .def_readonly("short_name", &AgencyUnit::short_name, "Its short name: \"NCSC\".")
        .def_readonly("name", &AgencyUnit::name,
                      "Its full name: \"Nationellt cybersäkerhetscenter\".")
        .def_readonly("aliases", &AgencyUnit::aliases,
                      "Other names for it (\"Nationella cybersäkerhetscentret\").")
        .def("__repr__",
             [](const AgencyUnit& u) {
                 std::string aliases;
                 for (const auto& alias : u.aliases) {
                     aliases += (aliases.empty() ? "" : ", ") + quoted(alias);
                 }
                 return "AgencyUnit(short_name=" + quoted(u.short_name) +
                        ", name=" + quoted(u.name) +
                        (aliases.empty() ? "" : ", aliases=[" + aliases + "]") + ")";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<Agency>(m, "Agency", "An agency (myndighet) with its short and full name.")
        .def(py::init<std::string, std::string, bool, std::vector<std::string>,
                      std::optional<AgencySuccessor>, std::vector<AgencyUnit>>(),
             py::kw_only(), py::arg("short_name"), py::arg("name"), py::arg("samfi") = false,
             py::arg("aliases") = std::vector<std::string>{}, py::arg("successor") = py::none(),
             py::arg("units") = std::vector<AgencyUnit>{})
        .def_property_readonly("successor", &Agency::successor,
                               "The names it bears from a day on (AgencySuccessor), or None.")
        .def_property_readonly("units", &Agency::units,
                               "Its units that texts name as if they were agencies (AgencyUnit).")
        .def(
            "unit",
            [](const Agency& a, std::string_view name) -> std::optional<AgencyUnit> {
                if (const AgencyUnit* unit = a.unit(name)) return *unit;
                return std::nullopt;
            },
            py::arg("name"), "The unit with this name (ignoring case), or None.")
        .def("short_name_on", &Agency::short_name_on, py::arg("day"),
             "The short name valid on `day` (\"MCF\" for MSB from 2026-01-01).")
        .def("name_on", &Agency::name_on, py::arg("day"), "The full name valid on `day`.")
        .def("today_name", &Agency::today_name, py::arg("day"),
             "\"MSB (sedan 2026 Myndigheten för civilt försvar)\" once the successor has taken "
             "over on `day`, else the short name.")
        .def_property_readonly("short_name", &Agency::short_name,
                               "How the report names it: \"MSB\".")
        .def_property_readonly("name", &Agency::name, "Its full name.")
        .def_property_readonly("samfi", &Agency::samfi,
                               "One of the seven SAMFI agencies behind the plan.")
        .def_property_readonly("aliases", &Agency::aliases,
                               "Other names people use for it (\"Säpo\"), found by lookup only.")
        .def("__repr__",
             [](const Agency& a) {
                 std::string aliases;
                 for (const auto& alias : a.aliases()) {
                     aliases += (aliases.empty() ? "" : ", ") + quoted(alias);
                 }
                 std::string units;
                 for (const auto& unit : a.units()) {
                     units +=
                         (units.empty() ? "" : ", ") + py::repr(py::cast(unit)).cast<std::string>();
                 }
                 return "Agency(short_name=" + quoted(a.short_name()) +
                        ", name=" + quoted(a.name()) + ", samfi=" + (a.samfi() ? "True" : "False") +
                        (aliases.empty() ? "" : ", aliases=[" + aliases + "]") +
                        (units.empty() ? "" : ", units=[" + units + "]") + ")";
             })
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def("__hash__", [](const Agency& a) { return py::hash(py::str(a.short_name())); });

    py::class_<AgencyRegistry>(m, "AgencyRegistry",
                               "The agencies a plan knows, by short or full name.")
        .def(py::init<std::vector<Agency>>(), py::arg("agencies"))
        .def_static("standard", &AgencyRegistry::standard, py::return_value_policy::copy,
                    "The SAMFI agencies and the other authorities named in the plan's sources.")
        .def_property_readonly("agencies", &AgencyRegistry::agencies,
                               "Every agency, in registry order.")
        .def("find", &AgencyRegistry::find, py::arg("name"), py::return_value_policy::copy,
             "The agency with this short or full name, or None.")
        .def(
            "lookup",
            [](const AgencyRegistry& r, std::string_view name) -> std::optional<Agency> {
                if (const Agency* agency = r.lookup(name)) return *agency;
                return std::nullopt;
            },
            py::arg("name"),
            "The agency as a person types it: by short name, full name, alias, a successor's or a "
            "unit's name (\"MCF\" is MSB; \"NCSC\", \"NCSC vid FRA\", \"FRA genom NCSC\" are "
            "FRA), ignoring case and surrounding spaces (\" fra \", \"Säpo\"); None when unknown.")
        .def(
            "lookup_with_unit",
            [](const AgencyRegistry& r, std::string_view name)
                -> std::optional<std::pair<Agency, std::optional<AgencyUnit>>> {
                const auto match = r.lookup_with_unit(name);
                if (!match) return std::nullopt;
                std::optional<AgencyUnit> unit;
                if (match->unit != nullptr) unit = *match->unit;
                return std::pair{*match->agency, unit};
            },
            py::arg("name"),
            "(agency, unit) for a name as lookup finds it, the unit (AgencyUnit) where the name "
            "names one (\"NCSC vid FRA\": FRA and NCSC), else None; None when unknown.")
        .def("resolve", &AgencyRegistry::resolve, py::arg("name"), py::return_value_policy::copy,
             "The agency as a person types it, as lookup finds it; NotFoundError naming the "
             "nearest known name (did_you_mean) otherwise.")
        .def("__getitem__", &AgencyRegistry::at, py::return_value_policy::copy)
        .def("__contains__", &AgencyRegistry::contains)
        .def("__len__", &AgencyRegistry::size)
        .def(
            "__iter__",
            [](const AgencyRegistry& r) {
                return py::make_iterator(r.agencies().begin(), r.agencies().end());
            },
            py::keep_alive<0, 1>())
        .def("__repr__",
             [](const AgencyRegistry& r) {
                 return "<AgencyRegistry of " + std::to_string(r.size()) + " agencies>";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<AgencyRole>(m, "AgencyRole", "One agency of a measure and its role.")
        .def(py::init<std::string, Role>(), py::arg("agency"),
             py::arg_v("role", Role::responsible, "Role.responsible"))
        .def_readonly("agency", &AgencyRole::agency, "The agency's short name.")
        .def_readonly("role", &AgencyRole::role, "Its role in the measure.")
        .def("__repr__",
             [](const AgencyRole& r) {
                 return "AgencyRole(" + quoted(r.agency) + ", Role." +
                        py::cast(r.role).attr("name").cast<std::string>() + ")";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<Agencies>(m, "Agencies",
                         "The agencies of a measure: the phrase as printed and the roles it gives.")
        .def(py::init<std::string, std::vector<AgencyRole>>(), py::arg("text"), py::arg("roles"))
        .def(py::init([](const std::string& text) { return Agencies::parse(text); }),
             py::arg("text"), "Parses a printed phrase with the standard registry.")
        .def_static("parse", &Agencies::parse, py::arg("text"),
                    py::arg_v("registry", AgencyRegistry::standard(), "AgencyRegistry.standard()"),
                    "Parses \"Försvarsmakten i samverkan med FMV, MSB och FRA\" into roles; an "
                    "agency the registry does not know raises ParseError naming it.")
        .def_property_readonly("text", &Agencies::text, "The phrase as printed.")
        .def_property_readonly("roles", &Agencies::roles,
                               "Every agency with its role, in printed order.")
        .def_property_readonly("responsible", &Agencies::responsible,
                               "Short names of the responsible agencies.")
        .def_property_readonly("all", &Agencies::all,
                               "Short names of every agency, responsible first.")
        .def("role_of", &Agencies::role_of, py::arg("agency"))
        .def("__len__", [](const Agencies& a) { return a.roles().size(); })
        .def("__str__", &Agencies::text)
        .def("__repr__", [](const Agencies& a) { return "Agencies(" + quoted(a.text()) + ")"; })
        .def(py::self == py::self)
        .def(py::self != py::self);
    py::implicitly_convertible<py::str, Agencies>();
}

}  // namespace handlingsplan::bindings
