// Numbers of objectives ("1.1") and measures ("1.1.5").
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Every part of an id, and so a strategic priority's number, lies in 1..max_id_part.
inline constexpr int max_id_part = 999;

// The id of a målsättning (objective): "P.M", e.g. "1.1" under strategic priority 1.
class ObjectiveId {
public:
    // Each part lies in 1..999.
    // @throws InvalidValue for a part outside 1..max_id_part.
    ObjectiveId(int priority, int number);
    // Parses "1.1" (a trailing dot, as the report prints it, is accepted).
    // @throws ParseError for text not of that form, naming the input and the expected form.
    static ObjectiveId parse(std::string_view text);

    int priority() const noexcept { return priority_; }
    int number() const noexcept { return number_; }
    std::string to_string() const;

    // Numeric order: 1.9 < 1.10.
    auto operator<=>(const ObjectiveId&) const = default;

private:
    int priority_;
    int number_;
};

// The id of an åtgärd (measure): "P.M.N". Numbers are never reused within a plan.
class MeasureId {
public:
    // @throws InvalidValue for a part outside 1..max_id_part.
    MeasureId(int priority, int objective, int number);
    // Parses "1.1.5", "1.1.5." and " 5.4.1 "; rejects "1..2", "a.b.c", "1.1", "01.1.1".
    // @throws ParseError for text not of that form, naming the input and the expected form.
    static MeasureId parse(std::string_view text);

    int priority() const noexcept { return objective_.priority(); }
    ObjectiveId objective() const noexcept { return objective_; }
    int number() const noexcept { return number_; }
    std::string to_string() const;

    // Numeric order: 1.1.9 < 1.1.10 < 1.2.1.
    auto operator<=>(const MeasureId&) const = default;

private:
    ObjectiveId objective_;
    int number_;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API

template <>
struct std::hash<handlingsplan::MeasureId> {
    std::size_t operator()(const handlingsplan::MeasureId& id) const noexcept {
        return (static_cast<std::size_t>(id.priority()) * 1000u +
                static_cast<std::size_t>(id.objective().number())) *
                   1000u +
               static_cast<std::size_t>(id.number());
    }
};

template <>
struct std::hash<handlingsplan::ObjectiveId> {
    std::size_t operator()(const handlingsplan::ObjectiveId& id) const noexcept {
        return static_cast<std::size_t>(id.priority()) * 1000u +
               static_cast<std::size_t>(id.number());
    }
};
