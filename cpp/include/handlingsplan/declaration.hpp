// The model declared once: every entity of the plan file (data/FORMAT.md) with each of its
// fields (name in C++ and Python, JSON key, JSON type, whether the file always holds it, the
// keyword's default, Swedish label, the entity it holds), and a report's measure and agency-role
// columns (name, type in frames and in Arrow, the Arrow tables that hold it, Swedish label).
//
// The surfaces are derived from these tables, or held to them by a test
// (tests/cpp/test_declaration.cpp, tests/python/test_declaration.py):
// - the columns of bind_columns.cpp (measure_columns, measure_arrays, agency_role_columns,
//   agency_role_arrays and their docs), the frames' columns (frames.py) and the Arrow schemas
//   (columnar.py) iterate measure_columns_declared and agency_role_columns_declared;
// - Measure::replace finds the fields to change by name in measure_members, and the binding's
//   keywords are these names;
// - the JSON keys every entity is read and written with are its fields' keys (declared_key,
//   DeclaredKeys, at compile time), and the keys an object must and may hold are its fields'
//   (object_keys_of) where they depend on neither its content nor the file's version;
// - the JSON the writer gives, the binding's constructors, the stub, FORMAT.md's field lists and
//   the JSON Schema are checked against every entity's fields by the tests.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "handlingsplan/columns.hpp"
#include "handlingsplan/export.hpp"
#include "handlingsplan/measure.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// How a field's value is written in the plan file.
enum class JsonType { string, integer, boolean, object, array };

// "string", "integer", "boolean", "object", "array" (as JSON Schema names them).
std::string_view json_type_text(JsonType type) noexcept;

// One field of an entity of the plan file.
struct FieldDeclaration {
    std::string_view name;  // in C++ (the accessor) and in Python (the property and keyword)
    // The JSON key; "parent.key" where the field sits in a nested object ("appendix.title").
    std::string_view key;
    JsonType type;
    bool nullable;  // written as null where it has no value
    bool required;  // always in the file; else written only where it has a value
    // The keyword's default as Python spells it ("None", "''", "[]"); empty where the keyword
    // must be given.
    std::string_view default_value;
    std::string_view label;  // Swedish, as documents and forms name it
    // The entity of an object field, or of an array's elements; empty for a value or a list of
    // texts.
    std::string_view of;
};

// An entity of the plan file: its fields in the order the writer writes them.
struct EntityDeclaration {
    std::string_view name;         // "measure"
    std::string_view placeholder;  // FORMAT.md's name of it ("MEASURE"); empty where it has none
    std::string_view label;        // Swedish: "åtgärd"
    std::span<const FieldDeclaration> fields;
};

namespace declared {

using enum JsonType;
constexpr std::string_view no_default{};

inline constexpr FieldDeclaration plan_fields[] = {
    {"schema_version", "schema_version", integer, false, true, no_default, "formatversion", ""},
    {"title", "title", string, false, true, no_default, "titel", ""},
    {"first_year", "first_year", integer, false, true, no_default, "första år", ""},
    {"last_year", "last_year", integer, false, true, no_default, "sista år", ""},
    {"words", "words", object, false, false, "PlanWords.standard()", "planens ord", "plan_words"},
    {"agencies", "agencies", array, false, true, no_default, "myndigheter", "agency"},
    {"priorities", "priorities", array, false, true, no_default, "strategiska prioriteringar",
     "priority"},
    {"reports", "reports", array, false, true, no_default, "redovisningar", "report"},
    {"activities", "activities", array, false, false, "[]", "regeringens uppdrag", "activity"},
};

// The plan's own words (version 5); each written only where it differs from the 2019–2022
// plan's.
inline constexpr FieldDeclaration plan_words_fields[] = {
    {"levels", "levels", object, false, false, "LevelWords()", "nivåernas namn", "level_words"},
    {"ids", "ids", string, false, false, "IdStyle.numbers", "nummer", ""},
    {"appendix", "appendix", object, false, false, "AppendixWords()", "Bilaga 1:s ord",
     "appendix_words"},
};

inline constexpr FieldDeclaration level_words_fields[] = {
    {"priority", "priority", string, false, false, "'Strategisk prioritering'", "prioritering", ""},
    {"objective", "objective", string, false, false, "'Målsättning'", "målsättning", ""},
    {"measure", "measure", string, false, false, "'Åtgärd'", "åtgärd", ""},
    {"measures", "measures", string, false, false, "'Åtgärder'", "åtgärder", ""},
};

inline constexpr FieldDeclaration appendix_words_fields[] = {
    {"title", "title", string, false, false, no_default, "rubrik", ""},
    {"intro", "intro", string, false, false, no_default, "inledning", ""},
    {"current", "current", string, false, false, no_default, "aktuella åtgärder", ""},
    {"completed", "completed", string, false, false, no_default, "genomförda åtgärder", ""},
    {"withdrawn", "withdrawn", string, false, false, no_default, "avskrivna åtgärder", ""},
    {"number_column", "number_column", string, false, false, no_default, "kolumnen #", ""},
    {"measure_column", "measure_column", string, false, false, no_default, "kolumnen Åtgärd", ""},
    {"agencies_column", "agencies_column", string, false, false, no_default,
     "kolumnen Ansvarig myndighet", ""},
    {"status_column", "status_column", string, false, false, no_default, "kolumnen Status", ""},
    {"page_column", "page_column", string, false, false, no_default, "kolumnen Sida", ""},
    {"completed_column", "completed_column", string, false, false, no_default, "kolumnen Klar", ""},
    {"withdrawn_column", "withdrawn_column", string, false, false, no_default, "kolumnen Avskriven",
     ""},
    {"empty", "empty", string, false, false, no_default, "tom tabell", ""},
};

inline constexpr FieldDeclaration agency_fields[] = {
    {"short_name", "short_name", string, false, true, no_default, "kortnamn", ""},
    {"name", "name", string, false, true, no_default, "namn", ""},
    {"samfi", "samfi", boolean, false, true, no_default, "Samfi-myndighet", ""},
    {"aliases", "aliases", array, false, false, "[]", "andra namn", ""},
    {"successor", "successor", object, false, false, "None", "efterträdare", "agency_successor"},
    {"units", "units", array, false, false, "[]", "enheter", "agency_unit"},
};

inline constexpr FieldDeclaration agency_successor_fields[] = {
    {"short_name", "short_name", string, false, true, no_default, "kortnamn", ""},
    {"name", "name", string, false, true, no_default, "namn", ""},
    {"since", "since", string, false, true, no_default, "från och med", ""},
};

inline constexpr FieldDeclaration agency_unit_fields[] = {
    {"short_name", "short_name", string, false, true, no_default, "kortnamn", ""},
    {"name", "name", string, false, true, no_default, "namn", ""},
    {"aliases", "aliases", array, false, false, "[]", "andra namn", ""},
};

inline constexpr FieldDeclaration priority_fields[] = {
    {"number", "number", integer, false, true, no_default, "nummer", ""},
    {"title", "title", string, false, true, no_default, "rubrik", ""},
    {"objectives", "objectives", array, false, true, no_default, "målsättningar", "objective"},
};

inline constexpr FieldDeclaration objective_fields[] = {
    {"id", "id", string, false, true, no_default, "nummer", ""},
    {"text", "text", string, false, true, no_default, "text", ""},
};

inline constexpr FieldDeclaration report_fields[] = {
    {"year", "year", integer, false, true, no_default, "år", ""},
    {"submitted", "submitted", string, false, true, no_default, "inlämnad", ""},
    {"state", "state", string, false, true, "ReportState.final", "läge", ""},
    {"reopenings", "reopenings", array, false, false, "[]", "återöppningar", "reopening"},
    {"follow_up", "follow_up", object, false, false, "FollowUp()", "uppföljning", "follow_up"},
    {"chapters", "chapters", array, false, false, "[]", "kapitel", "chapter"},
    {"measures", "measures", array, false, true, no_default, "åtgärder", "measure"},
    {"changes", "changes", array, false, false, "[]", "ändringar", "change"},
    {"forms", "forms", array, false, false, "[]", "formulär", "form"},
};

inline constexpr FieldDeclaration reopening_fields[] = {
    {"date", "date", string, false, true, no_default, "datum", ""},
    {"reason", "reason", string, false, true, no_default, "skäl", ""},
};

inline constexpr FieldDeclaration follow_up_fields[] = {
    {"introduction", "introduction", string, false, false, "''", "inledning", ""},
    {"notes", "notes", array, false, false, "[]", "avsnitt", "follow_up_note"},
    {"results", "results", array, false, false, "{}", "resultat per prioritering",
     "follow_up_result"},
};

inline constexpr FieldDeclaration follow_up_note_fields[] = {
    {"title", "title", string, false, true, no_default, "rubrik", ""},
    {"text", "text", string, false, true, no_default, "text", ""},
};

inline constexpr FieldDeclaration follow_up_result_fields[] = {
    {"priority", "priority", integer, false, true, no_default, "strategisk prioritering", ""},
    {"text", "text", string, false, true, no_default, "text", ""},
};

inline constexpr FieldDeclaration chapter_fields[] = {
    {"heading", "heading", string, false, true, no_default, "rubrik", ""},
    {"blocks", "blocks", array, false, true, no_default, "stycken", "chapter_block"},
    {"carried_over_from", "carried_over_from", integer, false, false, "None", "överförd från", ""},
};

inline constexpr FieldDeclaration chapter_block_fields[] = {
    {"kind", "kind", string, false, true, no_default, "slag", ""},
    {"text", "text", string, false, false, no_default, "text", ""},      // a paragraph or a heading
    {"items", "items", array, false, false, no_default, "punkter", ""},  // a list
};

// A measure: the fields of MeasureFields, in its order, which is the file's.
inline constexpr FieldDeclaration measure_fields[] = {
    {"id", "id", string, false, true, no_default, "nummer", ""},
    {"title", "title", string, false, true, no_default, "rubrik", ""},
    {"description", "description", string, false, true, "''", "beskrivning", ""},
    {"agencies", "agencies", object, false, true, no_default, "myndigheter", "measure_agencies"},
    {"period", "period", string, true, true, "None", "tidsperiod", ""},
    {"page", "page", integer, true, true, "None", "sida", ""},
    {"status", "status", object, false, true, "Status.ongoing()", "status", "status"},
    {"chapter_marking", "chapter_marking", string, false, false, "None", "markering i kapitlet",
     ""},
    {"appendix_title", "appendix.title", string, false, false, "None", "rubrik i bilaga 1", ""},
    {"appendix_agencies", "appendix.agencies", string, false, false, "None",
     "myndigheter i bilaga 1", ""},
};

inline constexpr FieldDeclaration measure_agencies_fields[] = {
    {"text", "text", string, false, true, no_default, "myndighetstext", ""},
    {"roles", "roles", array, false, true, no_default, "roller", "agency_role"},
};

inline constexpr FieldDeclaration agency_role_fields[] = {
    {"agency", "agency", string, false, true, no_default, "myndighet", ""},
    {"role", "role", string, false, true, no_default, "roll", ""},
};

inline constexpr FieldDeclaration status_fields[] = {
    {"kind", "kind", string, false, true, no_default, "status", ""},
    {"updated_aspects", "aspects", array, false, false, no_default, "uppdaterat", ""},
    {"year", "year", integer, false, false, no_default, "år", ""},
    {"reason", "reason", string, false, false, no_default, "skäl", ""},
};

inline constexpr FieldDeclaration change_fields[] = {
    {"measure", "measure", string, false, true, no_default, "åtgärd", ""},
    {"part", "part", string, false, true, no_default, "del", ""},
    {"before", "before", string, false, true, no_default, "före", ""},
    {"after", "after", string, false, true, no_default, "efter", ""},
    {"source", "source", object, false, false, "None", "källa", "change_source"},
    {"note", "note", string, false, false, "''", "anteckning", ""},
};

inline constexpr FieldDeclaration change_source_fields[] = {
    {"agency", "agency", string, false, false, "''", "myndighet", ""},
    {"file", "file", string, false, false, "''", "fil", ""},
    {"sheet", "sheet", string, false, false, "''", "blad", ""},
    {"cell", "cell", string, false, false, "''", "cell", ""},
    {"line", "line", integer, false, false, "None", "rad", ""},
    {"read", "read", string, false, false, "None", "inläst", ""},
    {"comment", "comment", string, false, false, "''", "kommentar", ""},
};

inline constexpr FieldDeclaration form_fields[] = {
    {"agency", "agency", string, false, true, no_default, "myndighet", ""},
    {"event", "event", string, false, true, no_default, "händelse", ""},
    {"file", "file", string, false, true, no_default, "fil", ""},
    {"on", "date", string, false, false, "None", "datum", ""},
};

inline constexpr FieldDeclaration activity_fields[] = {
    {"priority", "priority", integer, false, false, "None", "strategisk prioritering", ""},
    {"state", "state", string, false, true, no_default, "läge", ""},
    {"text", "text", string, false, true, no_default, "text", ""},
    {"case_numbers", "case_numbers", array, false, true, no_default, "diarienummer", ""},
    {"events", "events", array, false, true, no_default, "händelser", "event"},
    {"title", "title", string, false, false, "''", "rubrik", ""},
    {"source", "source", string, false, false, "''", "källa", ""},
    {"agencies", "agencies", array, false, false, "[]", "myndigheter", "activity_agency"},
};

inline constexpr FieldDeclaration activity_agency_fields[] = {
    {"name", "name", string, false, true, no_default, "myndighet", ""},
    {"role", "role", string, false, true, no_default, "roll", ""},
    {"unit", "unit", string, false, false, "''", "enhet", ""},
    {"printed", "printed", string, false, false, "''", "tryckt namn", ""},
};

inline constexpr FieldDeclaration event_fields[] = {
    {"kind", "kind", string, false, true, no_default, "händelse", ""},
    {"when", "date", string, false, true, no_default, "datum", ""},
    {"bound", "bound", string, false, false, no_default, "gräns", ""},
    {"stage", "stage", string, false, false, no_default, "redovisning", ""},
    {"form", "form", string, false, false, no_default, "form", ""},
};

}  // namespace declared

// Every entity of the plan file, the plan first.
inline constexpr EntityDeclaration entities[] = {
    {"plan", "", "handlingsplan", declared::plan_fields},
    {"plan_words", "WORDS", "planens ord", declared::plan_words_fields},
    {"level_words", "", "nivåernas namn", declared::level_words_fields},
    {"appendix_words", "", "Bilaga 1:s ord", declared::appendix_words_fields},
    {"agency", "", "myndighet", declared::agency_fields},
    {"agency_successor", "", "efterträdare", declared::agency_successor_fields},
    {"agency_unit", "", "enhet", declared::agency_unit_fields},
    {"priority", "", "strategisk prioritering", declared::priority_fields},
    {"objective", "", "målsättning", declared::objective_fields},
    {"report", "", "redovisning", declared::report_fields},
    {"reopening", "", "återöppning", declared::reopening_fields},
    {"follow_up", "FOLLOW_UP", "uppföljning", declared::follow_up_fields},
    {"follow_up_note", "", "avsnitt", declared::follow_up_note_fields},
    {"follow_up_result", "", "resultat", declared::follow_up_result_fields},
    {"chapter", "CHAPTER", "kapitel", declared::chapter_fields},
    {"chapter_block", "", "stycke", declared::chapter_block_fields},
    {"measure", "MEASURE", "åtgärd", declared::measure_fields},
    {"measure_agencies", "", "myndigheter", declared::measure_agencies_fields},
    {"agency_role", "", "roll", declared::agency_role_fields},
    {"status", "", "status", declared::status_fields},
    {"change", "CHANGE", "ändring", declared::change_fields},
    {"change_source", "", "källa", declared::change_source_fields},
    {"form", "FORM", "formulär", declared::form_fields},
    {"activity", "", "regeringens uppdrag", declared::activity_fields},
    {"activity_agency", "", "myndighet", declared::activity_agency_fields},
    {"event", "", "händelse", declared::event_fields},
};

// The JSON key of the field `name` of `fields`; at compile time, where an undeclared name does
// not compile.
consteval std::string_view declared_key(std::span<const FieldDeclaration> fields,
                                        std::string_view name) {
    for (const FieldDeclaration& f : fields) {
        if (f.name == name) return f.key;
    }
    throw "not a declared field";  // not a constant expression: the call does not compile
}
// The JSON keys of the entity whose fields are `Fields` (declared::…_fields), by field name and
// at compile time: with `constexpr DeclaredKeys<declared::agency_fields> agency_key;`,
// agency_key["short_name"] is the declared key; an undeclared name does not compile, so the
// readers and writers spell no key of their own.
template <const auto& Fields>
struct DeclaredKeys {
    consteval std::string_view operator[](std::string_view name) const {
        return declared_key(Fields, name);
    }
};

// "appendix" of "appendix.title"; a key without a dot itself.
constexpr std::string_view outer_key(std::string_view key) { return key.substr(0, key.find('.')); }
// "title" of "appendix.title"; a key without a dot itself.
constexpr std::string_view inner_key(std::string_view key) { return key.substr(key.find('.') + 1); }

// How many keys an object of `fields` holds at the most (a nested object's fields under one).
consteval std::size_t object_keys(std::span<const FieldDeclaration> fields) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        bool seen = false;
        for (std::size_t k = 0; k < i; ++k) {
            seen = seen || outer_key(fields[k].key) == outer_key(fields[i].key);
        }
        if (!seen) ++n;
    }
    return n;
}

// The keys an object of `fields` must hold and may hold, in the declared order (a nested
// field by the key of its object): what a reader expects of the object.
struct ObjectKeys {
    std::vector<std::string_view> required, optional;
};
ObjectKeys object_keys_of(std::span<const FieldDeclaration> fields);

// object_keys_of(Fields), made once.
template <const auto& Fields>
const ObjectKeys& declared_object_keys() {
    static const ObjectKeys keys = object_keys_of(Fields);
    return keys;
}

// The entity so named; NotFound (with the nearest name) otherwise.
const EntityDeclaration& entity(std::string_view name);
// Its field so named; NotFound (with the nearest name) otherwise.
const FieldDeclaration& field(const EntityDeclaration& entity, std::string_view name);

// A field of MeasureFields, by its member.
using MeasureMember =
    std::variant<MeasureId MeasureFields::*, std::string MeasureFields::*,
                 Agencies MeasureFields::*, std::optional<Period> MeasureFields::*,
                 std::optional<int> MeasureFields::*, Status MeasureFields::*,
                 std::optional<StatusKind> MeasureFields::*,
                 std::optional<std::string> MeasureFields::*>;

// The members of MeasureFields in the order of measure_fields, named as they are.
struct MeasureMemberDeclaration {
    std::string_view name;
    MeasureMember member;
};

inline constexpr MeasureMemberDeclaration measure_members[] = {
    {"id", &MeasureFields::id},
    {"title", &MeasureFields::title},
    {"description", &MeasureFields::description},
    {"agencies", &MeasureFields::agencies},
    {"period", &MeasureFields::period},
    {"page", &MeasureFields::page},
    {"status", &MeasureFields::status},
    {"chapter_marking", &MeasureFields::chapter_marking},
    {"appendix_title", &MeasureFields::appendix_title},
    {"appendix_agencies", &MeasureFields::appendix_agencies},
};

// The measure's fields, as the entity "measure" declares them.
inline constexpr std::span<const FieldDeclaration> measure_fields = declared::measure_fields;

static_assert(
    [] {
        if (std::size(measure_members) != measure_fields.size()) return false;
        for (std::size_t i = 0; i < measure_fields.size(); ++i) {
            if (measure_members[i].name != measure_fields[i].name) return false;
        }
        return true;
    }(),
    "measure_members names MeasureFields' members as measure_fields declares them, in order");

// A column of MeasureColumns, by its member.
using MeasureColumn =
    std::variant<TextColumn MeasureColumns::*, std::vector<std::int64_t> MeasureColumns::*,
                 TextListColumn MeasureColumns::*, OptionalIntColumn MeasureColumns::*,
                 std::vector<std::uint8_t> MeasureColumns::*>;

// How a frame (pandas) holds a column.
enum class FrameType {
    id_category,  // an ordered categorical of ids in numeric order (handlingsplan.ids)
    int64,
    category,        // an ordered categorical of the core's categories (the column's `codes`)
    text,            // str, or None where missing
    nullable_int64,  // pandas' Int64
    boolean,
    text_list,        // a TextList per cell
    role_category,    // an ordered categorical of the roles, ansvarig first (frames.role_dtype)
    status_category,  // an ordered categorical of the status kinds (frames.status_dtype)
};

// "id category", "int64", "category", "text", "Int64", "bool", "TextList", "role category",
// "status category".
std::string_view frame_type_text(FrameType type) noexcept;

// One column of a report's measures (columns.hpp).
struct ColumnDeclaration {
    std::string_view name;
    MeasureColumn member;
    // Where the column is also given coded (measure_arrays gives the codes): the objectives, the
    // statuses; nullptr otherwise.
    CodedColumn MeasureColumns::*codes;
    FrameType frame;         // in measures_frame
    bool in_frame;           // measures_frame has the column
    std::string_view arrow;  // its Arrow type: "string", "int32", "bool", "list<string>"
    bool nullable;           // an entry may be missing
    // Its entries repeat a few values (the periods, the status kinds, not the titles): the
    // Parquet files store it by dictionary, which for a column of free text costs the writer
    // a lookup per entry and saves nothing.
    bool few_values;
    // The Arrow tables that hold it, "measures" or "statuses" or both ("measures,statuses");
    // empty where none does.
    std::string_view tables;
    std::string_view label;  // Swedish
};

namespace declared {
using M = MeasureColumns;
}  // namespace declared

// The columns, in the order measure_columns gives them.
inline constexpr ColumnDeclaration measure_columns_declared[] = {
    // clang-format off
    {"id", &declared::M::id, nullptr, FrameType::id_category, true, "string", false, false, "measures,statuses", "nummer"},
    {"priority", &declared::M::priority, nullptr, FrameType::int64, true, "int32", false, false, "measures", "strategisk prioritering"},
    {"objective", &declared::M::objective, &declared::M::objective_codes, FrameType::category, true, "string", false, true, "measures", "målsättning"},
    {"number", &declared::M::number, nullptr, FrameType::int64, false, "int32", false, false, "measures", "löpnummer"},
    {"title", &declared::M::title, nullptr, FrameType::text, true, "string", false, false, "measures", "rubrik"},
    {"title_in_appendix", &declared::M::title_in_appendix, nullptr, FrameType::text, true, "string", false, false, "measures", "rubrik i bilaga 1"},
    {"description", &declared::M::description, nullptr, FrameType::text, true, "string", false, false, "measures", "beskrivning"},
    {"agency_text", &declared::M::agency_text, nullptr, FrameType::text, true, "string", false, false, "measures", "myndighetstext"},
    {"agencies_in_appendix", &declared::M::agencies_in_appendix, nullptr, FrameType::text, true, "string", false, false, "measures", "myndigheter i bilaga 1"},
    {"agencies", &declared::M::agencies, nullptr, FrameType::text_list, true, "list<string>", false, true, "", "myndigheter"},
    {"responsible", &declared::M::responsible, nullptr, FrameType::text_list, true, "list<string>", false, true, "", "ansvariga myndigheter"},
    {"period", &declared::M::period, nullptr, FrameType::text, true, "string", true, true, "measures", "tidsperiod"},
    {"period_start", &declared::M::period_start, nullptr, FrameType::nullable_int64, true, "int32", true, false, "measures", "startår"},
    {"period_end", &declared::M::period_end, nullptr, FrameType::nullable_int64, true, "int32", true, false, "measures", "slutår"},
    {"open_ended", &declared::M::open_ended, nullptr, FrameType::boolean, true, "bool", false, false, "measures", "tills vidare"},
    {"status", &declared::M::status, &declared::M::status_codes, FrameType::category, true, "string", false, true, "statuses", "status"},
    {"active", &declared::M::active, nullptr, FrameType::boolean, false, "bool", false, false, "statuses", "aktiv"},
    {"updated_aspects", &declared::M::updated_aspects, nullptr, FrameType::text_list, true, "list<string>", false, true, "statuses", "uppdaterat"},
    {"completed_year", &declared::M::completed_year, nullptr, FrameType::nullable_int64, true, "int32", true, false, "statuses", "genomförd år"},
    {"withdrawn_year", &declared::M::withdrawn_year, nullptr, FrameType::nullable_int64, true, "int32", true, false, "statuses", "avskriven år"},
    {"withdrawn_reason", &declared::M::withdrawn_reason, nullptr, FrameType::text, true, "string", true, false, "statuses", "skäl för avskrivning"},
    {"page", &declared::M::page, nullptr, FrameType::nullable_int64, true, "int32", true, false, "measures", "sida"},
    {"chapter_marking", &declared::M::chapter_marking, nullptr, FrameType::text, true, "string", true, true, "measures", "markering i kapitlet"},
    // clang-format on
};

// A column of AgencyRoleColumns, by its member.
using AgencyRoleColumn =
    std::variant<TextColumn AgencyRoleColumns::*, std::vector<std::int64_t> AgencyRoleColumns::*,
                 std::vector<std::uint8_t> AgencyRoleColumns::*>;

// One column of a report's agency roles (columns.hpp: one entry per measure and agency).
struct AgencyRoleColumnDeclaration {
    std::string_view name;
    AgencyRoleColumn member;
    FrameType frame;         // in agency_roles_frame
    std::string_view arrow;  // its type in the Arrow table agency_roles; empty where it has none
    bool few_values;         // as ColumnDeclaration's: the agencies' names, the roles
    std::string_view label;  // Swedish
};

namespace declared {
using R = AgencyRoleColumns;
}  // namespace declared

// The columns, in the order agency_role_columns gives them.
inline constexpr AgencyRoleColumnDeclaration agency_role_columns_declared[] = {
    {"id", &declared::R::id, FrameType::id_category, "string", false, "nummer"},
    {"priority", &declared::R::priority, FrameType::int64, "", false, "strategisk prioritering"},
    {"objective", &declared::R::objective, FrameType::id_category, "", true, "målsättning"},
    {"agency", &declared::R::agency, FrameType::text, "string", true, "myndighet"},
    {"agency_name", &declared::R::agency_name, FrameType::text, "string", true,
     "myndighetens namn"},
    {"samfi", &declared::R::samfi, FrameType::boolean, "bool", false, "Samfi-myndighet"},
    {"role", &declared::R::role, FrameType::role_category, "string", true, "roll"},
    {"responsible", &declared::R::responsible, FrameType::boolean, "bool", false, "ansvarig"},
    {"status", &declared::R::status, FrameType::status_category, "", true, "status"},
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
