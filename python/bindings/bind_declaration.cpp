// The model declared once (declaration.hpp): every entity of the plan file with its fields, and
// a report's measure columns, for the package to derive its surfaces from (frames, Arrow).
#include "binding.hpp"

#include <string>
#include <vector>

#include "handlingsplan/declaration.hpp"

namespace handlingsplan::bindings {
namespace {

std::string text(std::string_view view) { return std::string(view); }

std::vector<std::string> table_names(const ColumnDeclaration& column) {
    std::vector<std::string> names;
    std::string_view rest = column.tables;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        names.emplace_back(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    return names;
}

}  // namespace

void bind_declaration(py::module_& m) {
    py::class_<FieldDeclaration>(m, "FieldDeclaration",
                                 "One field of an entity of the plan file, as the core declares "
                                 "it.")
        .def_property_readonly(
            "name", [](const FieldDeclaration& f) { return text(f.name); },
            "Its name in C++ and Python (the property and the keyword).")
        .def_property_readonly(
            "key", [](const FieldDeclaration& f) { return text(f.key); },
            "Its JSON key; \"parent.key\" where it sits in a nested object.")
        .def_property_readonly(
            "json_type", [](const FieldDeclaration& f) { return text(json_type_text(f.type)); },
            "\"string\", \"integer\", \"boolean\", \"object\" or \"array\".")
        .def_property_readonly(
            "nullable", [](const FieldDeclaration& f) { return f.nullable; },
            "Whether it is written as null where it has no value.")
        .def_property_readonly(
            "required", [](const FieldDeclaration& f) { return f.required; },
            "Whether the file always holds it (else it is written only where it has a value).")
        .def_property_readonly(
            "default",
            [](const FieldDeclaration& f) -> std::optional<std::string> {
                if (f.default_value.empty()) return std::nullopt;
                return text(f.default_value);
            },
            "The keyword's default as Python spells it (\"None\", \"''\"); None where the "
            "keyword must be given.")
        .def_property_readonly(
            "label", [](const FieldDeclaration& f) { return text(f.label); }, "Its Swedish name.")
        .def_property_readonly(
            "of", [](const FieldDeclaration& f) { return text(f.of); },
            "The entity of an object field or of an array's elements; \"\" for a value or a "
            "list of texts.")
        .def("__repr__", [](const FieldDeclaration& f) {
            return "FieldDeclaration(" + text(f.name) + ", key=" + text(f.key) + ")";
        });
    py::class_<EntityDeclaration>(m, "EntityDeclaration",
                                  "An entity of the plan file and its fields, in the order the "
                                  "writer writes them.")
        .def_property_readonly(
            "name", [](const EntityDeclaration& e) { return text(e.name); }, "\"measure\" …")
        .def_property_readonly(
            "placeholder", [](const EntityDeclaration& e) { return text(e.placeholder); },
            "FORMAT.md's name for it (\"MEASURE\"); \"\" where it has none.")
        .def_property_readonly(
            "label", [](const EntityDeclaration& e) { return text(e.label); }, "Its Swedish name.")
        .def_property_readonly(
            "fields",
            [](const EntityDeclaration& e) {
                return std::vector<FieldDeclaration>(e.fields.begin(), e.fields.end());
            },
            "Its fields, in the order the writer writes them.")
        .def("__repr__",
             [](const EntityDeclaration& e) { return "EntityDeclaration(" + text(e.name) + ")"; });
    py::class_<ColumnDeclaration>(m, "ColumnDeclaration",
                                  "One column of a report's measures (measure_columns, "
                                  "measures_frame, the Arrow tables).")
        .def_property_readonly(
            "name", [](const ColumnDeclaration& c) { return text(c.name); }, "The column's name.")
        .def_property_readonly(
            "frame_type", [](const ColumnDeclaration& c) { return text(frame_type_text(c.frame)); },
            "How measures_frame holds it: \"id category\", \"int64\", \"category\", \"text\", "
            "\"Int64\", \"bool\" or \"TextList\".")
        .def_property_readonly(
            "in_frame", [](const ColumnDeclaration& c) { return c.in_frame; },
            "Whether measures_frame has the column.")
        .def_property_readonly(
            "arrow_type", [](const ColumnDeclaration& c) { return text(c.arrow); },
            "Its Arrow type: \"string\", \"int32\", \"bool\" or \"list<string>\".")
        .def_property_readonly(
            "nullable", [](const ColumnDeclaration& c) { return c.nullable; },
            "Whether an entry may be missing.")
        .def_property_readonly(
            "few_values", [](const ColumnDeclaration& c) { return c.few_values; },
            "Whether its entries repeat a few values (the Parquet files store it by "
            "dictionary).")
        .def_property_readonly(
            "coded", [](const ColumnDeclaration& c) { return c.codes != nullptr; },
            "Whether measure_arrays gives it as (codes, categories).")
        .def_property_readonly("tables", &table_names,
                               "The Arrow tables that hold it (\"measures\", \"statuses\").")
        .def_property_readonly(
            "label", [](const ColumnDeclaration& c) { return text(c.label); }, "Its Swedish name.")
        .def("__repr__",
             [](const ColumnDeclaration& c) { return "ColumnDeclaration(" + text(c.name) + ")"; });
    py::class_<AgencyRoleColumnDeclaration>(m, "AgencyRoleColumnDeclaration",
                                            "One column of a report's agency roles "
                                            "(agency_role_columns, agency_roles_frame, the Arrow "
                                            "table agency_roles).")
        .def_property_readonly(
            "name", [](const AgencyRoleColumnDeclaration& c) { return text(c.name); },
            "The column's name.")
        .def_property_readonly(
            "frame_type",
            [](const AgencyRoleColumnDeclaration& c) { return text(frame_type_text(c.frame)); },
            "How agency_roles_frame holds it: \"id category\", \"int64\", \"text\", "
            "\"bool\", \"role category\" or \"status category\".")
        .def_property_readonly(
            "arrow_type", [](const AgencyRoleColumnDeclaration& c) { return text(c.arrow); },
            "Its type in the Arrow table agency_roles; \"\" where the table leaves it out.")
        .def_property_readonly(
            "few_values", [](const AgencyRoleColumnDeclaration& c) { return c.few_values; },
            "Whether its entries repeat a few values (the Parquet files store it by "
            "dictionary).")
        .def_property_readonly(
            "label", [](const AgencyRoleColumnDeclaration& c) { return text(c.label); },
            "Its Swedish name.")
        .def("__repr__", [](const AgencyRoleColumnDeclaration& c) {
            return "AgencyRoleColumnDeclaration(" + text(c.name) + ")";
        });
    m.def(
        "entities",
        [] { return std::vector<EntityDeclaration>(std::begin(entities), std::end(entities)); },
        "Every entity of the plan file as the core declares it, the plan first.");
    m.def(
        "entity", [](const std::string& name) { return entity(name); }, py::arg("name"),
        "The entity so named (\"measure\", \"report\" …); NotFoundError otherwise.");
    m.def(
        "measure_column_declarations",
        [] {
            return std::vector<ColumnDeclaration>(std::begin(measure_columns_declared),
                                                  std::end(measure_columns_declared));
        },
        "The columns of a report's measures, in the order measure_columns gives them.");
    m.def(
        "agency_role_column_declarations",
        [] {
            return std::vector<AgencyRoleColumnDeclaration>(
                std::begin(agency_role_columns_declared), std::end(agency_role_columns_declared));
        },
        "The columns of a report's agency roles, in the order agency_role_columns gives them.");
}

}  // namespace handlingsplan::bindings
