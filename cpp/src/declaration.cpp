// The model declared once (see declaration.hpp).
#include "handlingsplan/declaration.hpp"

#include <algorithm>
#include <vector>

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {

std::string_view json_type_text(JsonType type) noexcept {
    switch (type) {
    case JsonType::string: return "string";
    case JsonType::integer: return "integer";
    case JsonType::boolean: return "boolean";
    case JsonType::object: return "object";
    case JsonType::array: return "array";
    }
    return "";
}

std::string_view frame_type_text(FrameType type) noexcept {
    switch (type) {
    case FrameType::id_category: return "id category";
    case FrameType::int64: return "int64";
    case FrameType::category: return "category";
    case FrameType::text: return "text";
    case FrameType::nullable_int64: return "Int64";
    case FrameType::boolean: return "bool";
    case FrameType::text_list: return "TextList";
    case FrameType::role_category: return "role category";
    case FrameType::status_category: return "status category";
    }
    return "";
}

namespace {

template <class Range, class Name>
std::optional<std::string> nearest(const Range& range, std::string_view key, Name name) {
    std::vector<std::string> names;
    for (const auto& entry : range) names.emplace_back(name(entry));
    return detail::closest(key, names);
}

}  // namespace

ObjectKeys object_keys_of(std::span<const FieldDeclaration> fields) {
    ObjectKeys keys;
    for (const FieldDeclaration& f : fields) {
        auto& list = f.required ? keys.required : keys.optional;
        const std::string_view key = outer_key(f.key);
        if (std::find(list.begin(), list.end(), key) == list.end()) list.push_back(key);
    }
    return keys;
}

const EntityDeclaration& entity(std::string_view name) {
    const auto* found = std::find_if(std::begin(entities), std::end(entities),
                                     [&](const EntityDeclaration& e) { return e.name == name; });
    if (found == std::end(entities)) {
        throw NotFound("entity", std::string(name),
                       nearest(entities, name, [](const auto& e) { return e.name; }));
    }
    return *found;
}

const FieldDeclaration& field(const EntityDeclaration& entity, std::string_view name) {
    const auto found = std::find_if(entity.fields.begin(), entity.fields.end(),
                                    [&](const FieldDeclaration& f) { return f.name == name; });
    if (found == entity.fields.end()) {
        throw NotFound("field of " + std::string(entity.name), std::string(name),
                       nearest(entity.fields, name, [](const auto& f) { return f.name; }));
    }
    return *found;
}

}  // namespace handlingsplan
