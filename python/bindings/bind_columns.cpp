// A report's measures column by column, for DataFrames and Arrow tables (handlingsplan.frames,
// handlingsplan.columnar): one list per column.
#include "binding.hpp"

#include <pybind11/typing.h>

#include <utility>

#include "handlingsplan/columns.hpp"

namespace handlingsplan::bindings {
namespace {

using Columns = py::typing::Dict<py::str, py::typing::List<py::object>>;

template <typename T>
void put(py::dict& columns, const char* name, T&& column) {
    columns[name] = py::cast(std::forward<T>(column));
}

Columns measure_columns_dict(const Report& report) {
    MeasureColumns c = measure_columns(report);
    py::dict d;
    put(d, "id", std::move(c.id));
    put(d, "priority", std::move(c.priority));
    put(d, "objective", std::move(c.objective));
    put(d, "number", std::move(c.number));
    put(d, "title", std::move(c.title));
    put(d, "title_in_appendix", std::move(c.title_in_appendix));
    put(d, "description", std::move(c.description));
    put(d, "agency_text", std::move(c.agency_text));
    put(d, "agencies_in_appendix", std::move(c.agencies_in_appendix));
    put(d, "agencies", std::move(c.agencies));
    put(d, "responsible", std::move(c.responsible));
    put(d, "period", std::move(c.period));
    put(d, "period_start", std::move(c.period_start));
    put(d, "period_end", std::move(c.period_end));
    put(d, "open_ended", std::move(c.open_ended));
    put(d, "status", std::move(c.status));
    put(d, "active", std::move(c.active));
    put(d, "updated_aspects", std::move(c.updated_aspects));
    put(d, "completed_year", std::move(c.completed_year));
    put(d, "withdrawn_year", std::move(c.withdrawn_year));
    put(d, "withdrawn_reason", std::move(c.withdrawn_reason));
    put(d, "page", std::move(c.page));
    put(d, "chapter_marking", std::move(c.chapter_marking));
    return d;
}

Columns agency_role_columns_dict(const Report& report, const AgencyRegistry& registry) {
    AgencyRoleColumns c = agency_role_columns(report, registry);
    py::dict d;
    put(d, "id", std::move(c.id));
    put(d, "priority", std::move(c.priority));
    put(d, "objective", std::move(c.objective));
    put(d, "agency", std::move(c.agency));
    put(d, "agency_name", std::move(c.agency_name));
    put(d, "samfi", std::move(c.samfi));
    put(d, "role", std::move(c.role));
    put(d, "responsible", std::move(c.responsible));
    put(d, "status", std::move(c.status));
    return d;
}

}  // namespace

void bind_columns(py::module_& m) {
    m.def("measure_columns", &measure_columns_dict, py::arg("report"),
          "The report's measures column by column, one list per column (one entry per measure, "
          "in numeric id order): id, priority, objective, number, title, title_in_appendix, "
          "description, agency_text, agencies_in_appendix, agencies, responsible, period, "
          "period_start, period_end, open_ended, status, active, updated_aspects, "
          "completed_year, withdrawn_year, withdrawn_reason, page, chapter_marking.");
    m.def("agency_role_columns", &agency_role_columns_dict, py::arg("report"), py::arg("registry"),
          "The report's agency roles column by column, one entry per measure and agency taking "
          "part in it (printed order): id, priority, objective, agency, agency_name, samfi, role, "
          "responsible, status. An agency the registry does not know keeps its printed name.");
}

}  // namespace handlingsplan::bindings
