// A report's measures column by column, for DataFrames and Arrow tables (handlingsplan.frames,
// handlingsplan.columnar): one list per column, or whole arrays (NumPy arrays and the buffers of
// Arrow string arrays) without one Python object per entry.
#include "binding.hpp"

#include <pybind11/numpy.h>
#include <pybind11/typing.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>

#include "handlingsplan/columns.hpp"
#include "handlingsplan/declaration.hpp"

namespace handlingsplan::bindings {
namespace {

using Columns = py::typing::Dict<py::str, py::typing::List<py::object>>;
using Arrays = py::typing::Dict<py::str, py::object>;

template <typename T>
void put(py::dict& columns, const char* name, T&& column) {
    columns[name] = py::cast(std::forward<T>(column));
}

// A one-dimensional NumPy array of `dtype` owning `values` (moved, never copied).
template <typename Container>
py::array owned_array(Container&& values, const py::dtype& dtype) {
    auto* owned = new Container(std::move(values));
    const py::capsule release(owned, [](void* p) { delete static_cast<Container*>(p); });
    const auto n = static_cast<py::ssize_t>(owned->size() * sizeof(owned->front()) /
                                            static_cast<std::size_t>(dtype.itemsize()));
    return py::array(dtype, {n}, {dtype.itemsize()}, owned->empty() ? nullptr : owned->data(),
                     release);
}

py::array int64s(std::vector<std::int64_t> values) {
    return owned_array(std::move(values), py::dtype::of<std::int64_t>());
}

py::array bools(std::vector<std::uint8_t> values) {
    return owned_array(std::move(values), py::dtype::of<bool>());
}

py::list texts(const TextColumn& column) {
    py::list out(column.size());
    for (std::size_t i = 0; i < column.size(); ++i) {
        out[i] = column.has_value(i) ? py::object(text_from_core(std::string(column[i])))
                                     : py::object(py::none());
    }
    return out;
}

py::list text_lists(const TextListColumn& column) {
    py::list out(column.size());
    for (std::size_t i = 0; i < column.size(); ++i) out[i] = py::cast(column[i]);
    return out;
}

py::list optional_ints(const OptionalIntColumn& column) {
    py::list out(column.size());
    for (std::size_t i = 0; i < column.size(); ++i) out[i] = py::cast(column[i]);
    return out;
}

// (offsets, data, valid or None): the buffers of an Arrow large string array, valid one byte
// per entry (None where no entry is missing).
py::tuple text_buffers(TextColumn& column) {
    TextColumn::Buffers b = column.release();
    return py::make_tuple(
        int64s(std::move(b.offsets)), owned_array(std::move(b.data), py::dtype::of<std::uint8_t>()),
        b.any_missing ? py::object(bools(std::move(b.valid))) : py::object(py::none()));
}

// A new empty cell of `list_type`, made as the type's own allocation makes it (what calling
// the type does for list and for a subclass that adds no __init__, as TextList) without a call
// into Python per cell.
py::object new_cell(PyTypeObject* list_type) {
    py::object cell = py::reinterpret_steal<py::object>(list_type->tp_alloc(list_type, 0));
    if (!cell) throw py::error_already_set();
    return cell;
}

// The type of the cells, checked once: list or a subclass of it.
PyTypeObject* cell_type(const py::handle& list_type) {
    if (!PyType_Check(list_type.ptr()) ||
        !PyType_IsSubtype(reinterpret_cast<PyTypeObject*>(list_type.ptr()), &PyList_Type)) {
        throw py::type_error("list_type must be list or a subclass of it");
    }
    return reinterpret_cast<PyTypeObject*>(list_type.ptr());
}

// The str of each distinct text the list cells of one call hold, made once and shared: the
// items are names and words that recur (an agency in many measures, and again as responsible).
// The views point into the columns being laid out, which outlive the call's cells.
class CellTexts {
public:
    PyObject* get(std::string_view text) {  // borrowed: the cell takes its own reference
        auto [found, added] = made_.try_emplace(text);
        if (added) found->second = text_from_core(std::string(text));
        return found->second.ptr();
    }

private:
    std::unordered_map<std::string_view, py::str> made_;
};

// Every cell a new `list_type` (list or a subclass; its __init__ is not called) of the entry's
// texts, in a one-dimensional NumPy array of objects, as a DataFrame holds such a column; equal
// texts share one str (`texts`). A cell holds nothing but str, so it cannot be part of a
// reference cycle: it is left out of the cyclic garbage collector's rounds (as CPython leaves
// out tuples and dicts of atomic values), which would otherwise walk every cell of every frame
// the program holds, again and again. Reference counting frees a cell as always; only a cell
// made part of a cycle later (a cell appended into itself) would outlive its last use.
py::array list_cells(const TextListColumn& column, const py::handle& list_type, CellTexts& texts) {
    PyTypeObject* type = cell_type(list_type);
    const TextColumn& items = column.items();
    py::array out(py::dtype::of<PyObject*>(),
                  py::array::ShapeContainer{static_cast<py::ssize_t>(column.size())});
    auto** slots = static_cast<PyObject**>(out.mutable_data());
    const auto& starts = column.starts();
    for (std::size_t i = 0; i < column.size(); ++i) {
        py::object cell = new_cell(type);
        for (auto k = static_cast<std::size_t>(starts[i]);
             k < static_cast<std::size_t>(starts[i + 1]); ++k) {
            if (PyList_Append(cell.ptr(), texts.get(items[k])) != 0) {
                throw py::error_already_set();
            }
        }
        PyObject_GC_UnTrack(cell.ptr());
        Py_XDECREF(slots[i]);  // what NumPy put there (None)
        slots[i] = cell.release().ptr();
    }
    return out;
}

// (starts, items): int64 starts of each entry's items (one more than the entries) and the
// items as text_buffers: the buffers of an Arrow large list of large strings.
py::tuple list_buffers(TextListColumn& column) {
    TextListColumn::Buffers b = column.release();
    return py::make_tuple(int64s(std::move(b.starts)), text_buffers(b.items));
}

// A list column as list_cells of `list_type`, or as list_buffers where it is None.
py::object lists(TextListColumn& column, const py::object& list_type, CellTexts& texts) {
    if (list_type.is_none()) return list_buffers(column);
    return list_cells(column, list_type, texts);
}

// (values, missing): int64 values (0 where missing) and one bool per entry, true where it is
// missing: the mask pandas' nullable integers and pyarrow.array(mask=) take as they are.
py::tuple optional_int_arrays(const OptionalIntColumn& column) {
    std::vector<std::uint8_t> missing(column.valid().size());
    std::transform(column.valid().begin(), column.valid().end(), missing.begin(),
                   [](std::uint8_t valid) { return static_cast<std::uint8_t>(valid == 0); });
    return py::make_tuple(int64s(column.values()), bools(std::move(missing)));
}

// (codes, categories): int32 codes into the categories' texts.
py::tuple coded(CodedColumn&& column) {
    return py::make_tuple(owned_array(std::move(column.codes), py::dtype::of<std::int32_t>()),
                          py::cast(column.categories));
}

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};

py::str column_key(const ColumnDeclaration& column) {
    return {column.name.data(), column.name.size()};
}

// One list per column, the columns as declared (declaration.hpp).
Columns measure_columns_dict(const Report& report) {
    MeasureColumns c = measure_columns(report);
    py::dict d;
    for (const ColumnDeclaration& column : measure_columns_declared) {
        d[column_key(column)] = std::visit(
            Overloaded{
                [&](TextColumn MeasureColumns::*m) -> py::object { return texts(c.*m); },
                [&](std::vector<std::int64_t> MeasureColumns::*m) -> py::object {
                    return py::cast(std::vector<int>((c.*m).begin(), (c.*m).end()));
                },
                [&](TextListColumn MeasureColumns::*m) -> py::object { return text_lists(c.*m); },
                [&](OptionalIntColumn MeasureColumns::*m) -> py::object {
                    return optional_ints(c.*m);
                },
                [&](std::vector<std::uint8_t> MeasureColumns::*m) -> py::object {
                    return py::cast(std::vector<bool>((c.*m).begin(), (c.*m).end()));
                },
            },
            column.member);
    }
    return d;
}

// Python's cyclic garbage collector paused while a frame's cells are made: tens of thousands
// of new lists (that never form cycles) would otherwise start collection after collection, each
// walking every object the program holds. Restored as it was, also on an exception.
class CollectorPause {
public:
    CollectorPause() : was_enabled_(PyGC_Disable() != 0) {}
    ~CollectorPause() {
        if (was_enabled_) PyGC_Enable();
    }
    CollectorPause(const CollectorPause&) = delete;
    CollectorPause& operator=(const CollectorPause&) = delete;

private:
    bool was_enabled_;
};

// The measures of `source` as a value no other thread can change: a selection is one; a
// report's measures are taken as a selection of them all (shared, not copied), which an edit
// of the report leaves as it was (copy on write).
const MeasureSelection& snapshot(const MeasureSelection& selection) { return selection; }
MeasureSelection snapshot(const Report& report) {
    return MeasureSelection(report.shared_measures());
}

// The measures' columns laid out with Python's lock released: the core reads nothing but the
// snapshot, so another thread runs meanwhile (to_parquet's writer, which encodes the previous
// report's tables and needs the lock between them).
MeasureColumns released_columns(const MeasureSelection& measures, ColumnScope scope) {
    const py::gil_scoped_release release;
    return measure_columns(measures, scope);
}

ColumnScope scope_of(bool tables_only) {
    return tables_only ? ColumnScope::tables : ColumnScope::all;
}

// Whole arrays of `c`, the columns as declared (declaration.hpp); a coded column as its codes.
Arrays measure_arrays_of(MeasureColumns& c, const py::object& list_type, bool tables_only) {
    const CollectorPause pause;
    CellTexts cell_texts;
    py::dict d;
    for (const ColumnDeclaration& column : measure_columns_declared) {
        if (tables_only && column.tables.empty()) continue;
        if (column.codes != nullptr) {
            d[column_key(column)] = coded(std::move(c.*column.codes));
            continue;
        }
        d[column_key(column)] = std::visit(
            Overloaded{
                [&](TextColumn MeasureColumns::*m) -> py::object { return text_buffers(c.*m); },
                [&](std::vector<std::int64_t> MeasureColumns::*m) -> py::object {
                    return int64s(std::move(c.*m));
                },
                [&](TextListColumn MeasureColumns::*m) -> py::object {
                    return lists(c.*m, list_type, cell_texts);
                },
                [&](OptionalIntColumn MeasureColumns::*m) -> py::object {
                    return optional_int_arrays(c.*m);
                },
                [&](std::vector<std::uint8_t> MeasureColumns::*m) -> py::object {
                    return bools(std::move(c.*m));
                },
            },
            column.member);
    }
    return d;
}

template <class Source>
Arrays measure_arrays_dict(const Source& source, const py::object& list_type, bool tables_only) {
    MeasureColumns c = released_columns(snapshot(source), scope_of(tables_only));
    return measure_arrays_of(c, list_type, tables_only);
}

Arrays diff_arrays_dict(const ReportDiff& diff, const py::object& list_type) {
    DiffColumns c = diff_columns(diff);
    const CollectorPause pause;
    CellTexts cell_texts;
    py::dict d;
    d["id"] = text_buffers(c.id);
    d["title"] = text_buffers(c.title);
    d["change"] = coded(std::move(c.change));
    d["changed_fields"] = list_cells(c.changed_fields, list_type, cell_texts);
    d["changes"] = list_cells(c.changes, list_type, cell_texts);
    d["before_status"] = text_buffers(c.before_status);
    d["after_status"] = text_buffers(c.after_status);
    d["derived_status"] = text_buffers(c.derived_status);
    d["marking_agrees"] = bools(std::move(c.marking_agrees));
    d["problem"] = text_buffers(c.problem);
    return d;
}

// Whole arrays of `c`, the columns as declared (declaration.hpp).
Arrays role_arrays_of(AgencyRoleColumns& c, bool tables_only) {
    py::dict d;
    for (const AgencyRoleColumnDeclaration& column : agency_role_columns_declared) {
        if (tables_only && column.arrow.empty()) continue;
        d[py::str(column.name.data(), column.name.size())] = std::visit(
            Overloaded{
                [&](TextColumn AgencyRoleColumns::*m) -> py::object { return text_buffers(c.*m); },
                [&](std::vector<std::int64_t> AgencyRoleColumns::*m) -> py::object {
                    return int64s(std::move(c.*m));
                },
                [&](std::vector<std::uint8_t> AgencyRoleColumns::*m) -> py::object {
                    return bools(std::move(c.*m));
                },
            },
            column.member);
    }
    return d;
}

Arrays agency_role_arrays_dict(const Report& report, const AgencyRegistry& registry,
                               bool tables_only) {
    AgencyRoleColumns c;
    {
        // As released_columns; the registry is copied, a plan's agencies being editable too.
        const MeasureSelection measures = snapshot(report);
        const AgencyRegistry agencies = registry;
        const py::gil_scoped_release release;
        c = agency_role_columns(measures, agencies, scope_of(tables_only));
    }
    return role_arrays_of(c, tables_only);
}

// The arrays the Arrow tables hold: (measure_arrays with list_type None and tables_only,
// agency_role_arrays with tables_only), laid out in one walk over the measures.
py::tuple table_arrays(const Report& report, const AgencyRegistry& registry) {
    TableColumns c;
    {
        // As agency_role_arrays_dict.
        const MeasureSelection measures = snapshot(report);
        const AgencyRegistry agencies = registry;
        const py::gil_scoped_release release;
        c = table_columns(measures, agencies);
    }
    return py::make_tuple(measure_arrays_of(c.measures, py::none(), true),
                          role_arrays_of(c.agency_roles, true));
}

// One list per column, the columns as declared (declaration.hpp).
Columns agency_role_columns_dict(const Report& report, const AgencyRegistry& registry) {
    const AgencyRoleColumns c = agency_role_columns(report, registry);
    py::dict d;
    for (const AgencyRoleColumnDeclaration& column : agency_role_columns_declared) {
        d[py::str(column.name.data(), column.name.size())] = std::visit(
            Overloaded{
                [&](TextColumn AgencyRoleColumns::*m) -> py::object { return texts(c.*m); },
                [&](std::vector<std::int64_t> AgencyRoleColumns::*m) -> py::object {
                    return py::cast(std::vector<int>((c.*m).begin(), (c.*m).end()));
                },
                [&](std::vector<std::uint8_t> AgencyRoleColumns::*m) -> py::object {
                    return py::cast(std::vector<bool>((c.*m).begin(), (c.*m).end()));
                },
            },
            column.member);
    }
    return d;
}

// The names of `columns`, joined by ", ".
template <class Columns>
std::string names_of(const Columns& columns) {
    std::string text;
    for (const auto& column : columns) {
        if (!text.empty()) text += ", ";
        text += column.name;
    }
    return text;
}

// The doc of agency_role_columns, naming the declared columns.
const char* role_columns_doc() {
    static const std::string doc =
        "The report's agency roles column by column, one entry per measure and agency taking "
        "part in it (printed order): " +
        names_of(agency_role_columns_declared) +
        ". An agency the registry does not know keeps its printed name.";
    return doc.c_str();
}

// The doc of measure_columns, naming the declared columns.
const char* columns_doc() {
    static const std::string doc =
        "The measures column by column, one list per column (one entry per measure, in order: "
        "numeric id order for a report): " +
        names_of(measure_columns_declared) + ".";
    return doc.c_str();
}

constexpr const char* arrays_doc =
    "The columns of measure_columns as whole arrays, for DataFrames: texts as the buffers of an "
    "Arrow large string array (offsets int64, UTF-8 data uint8, valid bool or None where none "
    "is missing); priority and number int64 arrays; period_start, period_end, completed_year, "
    "withdrawn_year and page as (int64 values, bool missing); open_ended and active bool arrays; "
    "objective and status as (int32 codes, categories: the objectives by first appearance, "
    "every status kind in order); agencies, responsible and updated_aspects a NumPy array of "
    "objects, one new `list_type` (list or a subclass; its __init__ is not called) per entry, "
    "or where list_type is None the buffers of an Arrow large list of large strings: (int64 "
    "starts, one more than the entries; the items' buffers as a text's). With tables_only, only "
    "the columns the Arrow tables hold (not agencies and responsible).";

}  // namespace

void bind_columns(py::module_& m) {
    m.def("measure_columns", &measure_columns_dict, py::arg("report"), columns_doc());
    m.def("measure_arrays", &measure_arrays_dict<Report>, py::arg("report"), py::arg("list_type"),
          py::arg("tables_only") = false, arrays_doc);
    m.def("measure_arrays", &measure_arrays_dict<MeasureSelection>, py::arg("report"),
          py::arg("list_type"), py::arg("tables_only") = false, arrays_doc);
    m.def("diff_arrays", &diff_arrays_dict, py::arg("diff"), py::arg("list_type"),
          "A diff's measures column by column as whole arrays (as measure_arrays): id, title, "
          "change (codes, categories), changed_fields and changes (a list_type per entry, as "
          "measure_arrays gives them), before_status, after_status, derived_status, "
          "marking_agrees, problem.");
    m.def("agency_role_arrays", &agency_role_arrays_dict, py::arg("report"), py::arg("registry"),
          py::arg("tables_only") = false,
          "The columns of agency_role_columns as whole arrays (as measure_arrays): texts as the "
          "buffers of an Arrow large string array, priority int64, samfi and responsible bool. "
          "With tables_only, only the columns the Arrow table agency_roles holds.");
    m.def("table_arrays", &table_arrays, py::arg("report"), py::arg("registry"),
          "What the Arrow tables hold of the report, as (measure_arrays(report, None, "
          "tables_only=True), agency_role_arrays(report, registry, tables_only=True)), laid out "
          "in one walk over its measures: each measure's texts are fetched from memory once.");
    m.def("agency_role_columns", &agency_role_columns_dict, py::arg("report"), py::arg("registry"),
          role_columns_doc());
}

}  // namespace handlingsplan::bindings
