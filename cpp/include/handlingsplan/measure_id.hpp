// Numbers of objectives ("1.1") and measures ("1.1.5"), or, in a plan that letters its top
// level, "A.1" and "A.1.5".
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Every part of an id, and so a strategic priority's number, lies in 1..max_id_part.
inline constexpr int max_id_part = 999;
// A lettered top level runs from "A" (1) to "Z" (max_id_letter).
inline constexpr int max_id_letter = 26;

// How a plan writes its ids: with numbers only ("1", "1.1", "1.1.5", the 2019–2022 plan) or
// with a capital letter first ("A", "A.1", "A.1.5", the pillars of the 2025–2029 strategy).
enum class IdStyle { numbers, letters };

// "siffror" (numbers) or "bokstäver" (letters), as the plan file and the messages name them.
std::string_view id_style_text(IdStyle style) noexcept;
// The inverse of id_style_text. @throws ParseError for any other text.
IdStyle parse_id_style(std::string_view text);
// The top level's label in `style`: "1" or "A" for 1.
// @throws InvalidValue for a number a lettered level cannot have (above max_id_letter).
std::string priority_label(int priority, IdStyle style);
// The inverse: "1" gives 1 and "A" gives 1, with the style the text is written in; nullopt
// for anything else ("01", "AA", "a", "0").
struct PriorityLabel {
    int number;
    IdStyle style;
};
std::optional<PriorityLabel> parse_priority_label(std::string_view text) noexcept;

// The id of a målsättning (objective): "P.M", e.g. "1.1" under strategic priority 1.
class ObjectiveId {
public:
    // Each part lies in 1..999 (a lettered priority in 1..26, "A".."Z").
    // @throws InvalidValue for a part outside 1..max_id_part.
    ObjectiveId(int priority, int number, IdStyle style = IdStyle::numbers);
    // Parses "1.1" or "A.1" (a trailing dot, as the report prints it, is accepted).
    // @throws ParseError for text not of that form, naming the input and the expected form.
    static ObjectiveId parse(std::string_view text);

    int priority() const noexcept { return priority_; }
    int number() const noexcept { return number_; }
    // How the id is written: "1.1" or "A.1".
    IdStyle style() const noexcept { return style_; }
    std::string to_string() const;
    // to_string's text appended to `out`, for a column that lays out many ids (no string made).
    void append_to(std::string& out) const;

    // Numeric order: 1.9 < 1.10.
    auto operator<=>(const ObjectiveId&) const = default;

private:
    int priority_;
    int number_;
    IdStyle style_;
};

// The id of an åtgärd (measure): "P.M.N". Numbers are never reused within a plan.
class MeasureId {
public:
    // @throws InvalidValue for a part outside 1..max_id_part.
    MeasureId(int priority, int objective, int number, IdStyle style = IdStyle::numbers);
    // Parses "1.1.5", "1.1.5.", " 5.4.1 " and "A.1.5"; rejects "1..2", "a.b.c", "1.1",
    // "01.1.1", "AB.1.1".
    // @throws ParseError for text not of that form, naming the input and the expected form.
    static MeasureId parse(std::string_view text);

    int priority() const noexcept { return objective_.priority(); }
    ObjectiveId objective() const noexcept { return objective_; }
    int number() const noexcept { return number_; }
    IdStyle style() const noexcept { return objective_.style(); }
    std::string to_string() const;
    // to_string's text appended to `out`, for a column that lays out many ids (no string made).
    void append_to(std::string& out) const;

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
        return ((static_cast<std::size_t>(id.priority()) * 1000u +
                 static_cast<std::size_t>(id.objective().number())) *
                    1000u +
                static_cast<std::size_t>(id.number())) *
                   2u +
               static_cast<std::size_t>(id.style() == handlingsplan::IdStyle::letters);
    }
};

template <>
struct std::hash<handlingsplan::ObjectiveId> {
    std::size_t operator()(const handlingsplan::ObjectiveId& id) const noexcept {
        return (static_cast<std::size_t>(id.priority()) * 1000u +
                static_cast<std::size_t>(id.number())) *
                   2u +
               static_cast<std::size_t>(id.style() == handlingsplan::IdStyle::letters);
    }
};
