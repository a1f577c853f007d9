#include "handlingsplan/measure_id.hpp"

#include <array>
#include <optional>

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

void check_part(int value, const char* what) {
    if (value < 1 || value > max_id_part) {
        throw InvalidValue(std::string(what) + " must be a number from 1 to " +
                               std::to_string(max_id_part) + ", got " + std::to_string(value),
                           "ett nummer från 1 till " + std::to_string(max_id_part) + " väntades, " +
                               std::to_string(value) + " hittades");
    }
}

// A number of 1..999 without a leading zero; nullopt for anything else.
std::optional<int> number_part(std::string_view part) noexcept {
    if (part.empty() || part.size() > 3 || part.front() == '0') return std::nullopt;
    int value = 0;
    for (const char c : part) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// An id's parts and how its first part is written.
template <std::size_t N>
struct SplitId {
    std::array<int, N> parts;
    IdStyle style;
};

// Splits "1.2.3" or "A.2.3" (an optional trailing dot allowed) into exactly N parts: the first a
// number of 1..999 or one capital letter A..Z, the others numbers of 1..999, none with a leading
// zero; nullopt when the text is not of that form.
template <std::size_t N>
std::optional<SplitId<N>> split_id(std::string_view text) {
    text = detail::trim(text);
    if (!text.empty() && text.back() == '.') text.remove_suffix(1);
    SplitId<N> out{{}, IdStyle::numbers};
    for (std::size_t i = 0; i < N; ++i) {
        const auto dot = text.find('.');
        const bool last = i + 1 == N;
        if (last != (dot == std::string_view::npos)) return std::nullopt;
        const std::string_view part = last ? text : text.substr(0, dot);
        if (i == 0) {
            const auto label = parse_priority_label(part);
            if (!label) return std::nullopt;
            out.parts[i] = label->number;
            out.style = label->style;
        } else {
            const auto value = number_part(part);
            if (!value) return std::nullopt;
            out.parts[i] = *value;
        }
        if (!last) text.remove_prefix(dot + 1);
    }
    return out;
}

}  // namespace

std::string_view id_style_text(IdStyle style) noexcept {
    return style == IdStyle::letters ? "bokstäver" : "siffror";
}

IdStyle parse_id_style(std::string_view text) {
    if (text == "siffror") return IdStyle::numbers;
    if (text == "bokstäver") return IdStyle::letters;
    throw ParseError(
        "id style", std::string(text),
        ExpectedText{"\"siffror\" or \"bokstäver\"", "\"siffror\" eller \"bokstäver\""});
}

std::string priority_label(int priority, IdStyle style) {
    if (style == IdStyle::numbers) return std::to_string(priority);
    if (priority < 1 || priority > max_id_letter) {
        throw InvalidValue("a lettered priority runs from A to Z (1 to " +
                               std::to_string(max_id_letter) + "), got " + std::to_string(priority),
                           "en prioritering med bokstav går från A till Z (1 till " +
                               std::to_string(max_id_letter) + "), inte " +
                               std::to_string(priority));
    }
    return std::string(1, static_cast<char>('A' + priority - 1));
}

std::optional<PriorityLabel> parse_priority_label(std::string_view text) noexcept {
    if (text.size() == 1 && text.front() >= 'A' && text.front() <= 'Z') {
        return PriorityLabel{text.front() - 'A' + 1, IdStyle::letters};
    }
    const auto value = number_part(text);
    if (!value) return std::nullopt;
    return PriorityLabel{*value, IdStyle::numbers};
}

ObjectiveId::ObjectiveId(int priority, int number, IdStyle style)
    : priority_(priority), number_(number), style_(style) {
    check_part(priority, "a strategic priority");
    check_part(number, "an objective number");
    if (style == IdStyle::letters) (void)priority_label(priority, style);
}

ObjectiveId ObjectiveId::parse(std::string_view text) {
    const auto split = split_id<2>(text);
    if (!split) {
        throw ParseError("objective id", std::string(text),
                         ExpectedText{"two numbers such as \"1.1\" (or a capital letter first, "
                                      "\"A.1\")",
                                      "två tal som \"1.1\" (eller en versal först, \"A.1\")"});
    }
    return ObjectiveId(split->parts[0], split->parts[1], split->style);
}

std::string ObjectiveId::to_string() const {
    std::string text;
    append_to(text);
    return text;
}

void ObjectiveId::append_to(std::string& out) const {
    out += priority_label(priority_, style_);  // a short string: not allocated
    out += '.';
    detail::append_decimal(out, number_);
}

MeasureId::MeasureId(int priority, int objective, int number, IdStyle style)
    : objective_(priority, objective, style), number_(number) {
    check_part(number, "a measure number");
}

MeasureId MeasureId::parse(std::string_view text) {
    const auto split = split_id<3>(text);
    if (!split) {
        throw ParseError("measure id", std::string(text),
                         ExpectedText{"three numbers such as \"1.1.5\" (or a capital letter "
                                      "first, \"A.1.5\")",
                                      "tre tal som \"1.1.5\" (eller en versal först, \"A.1.5\")"});
    }
    return MeasureId(split->parts[0], split->parts[1], split->parts[2], split->style);
}

std::string MeasureId::to_string() const {
    std::string text;
    append_to(text);
    return text;
}

void MeasureId::append_to(std::string& out) const {
    objective_.append_to(out);
    out += '.';
    detail::append_decimal(out, number_);
}

}  // namespace handlingsplan
