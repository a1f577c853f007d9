#include "handlingsplan/measure_id.hpp"

#include <array>
#include <charconv>
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

// Splits "1.2.3" (an optional trailing dot allowed) into exactly N numbers of 1..999 without
// leading zeros; nullopt when the text is not of that form.
template <std::size_t N>
std::optional<std::array<int, N>> split_numbers(std::string_view text) {
    text = detail::trim(text);
    if (!text.empty() && text.back() == '.') text.remove_suffix(1);
    std::array<int, N> parts{};
    for (std::size_t i = 0; i < N; ++i) {
        const auto dot = text.find('.');
        const bool last = i + 1 == N;
        if (last != (dot == std::string_view::npos)) return std::nullopt;
        const std::string_view part = last ? text : text.substr(0, dot);
        if (part.empty() || part.size() > 3 || part.front() == '0') return std::nullopt;
        for (const char c : part) {
            if (c < '0' || c > '9') return std::nullopt;
        }
        int value = 0;
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (ec != std::errc{} || end != part.data() + part.size()) return std::nullopt;
        parts[i] = value;
        if (!last) text.remove_prefix(dot + 1);
    }
    return parts;
}

}  // namespace

ObjectiveId::ObjectiveId(int priority, int number) : priority_(priority), number_(number) {
    check_part(priority, "a strategic priority");
    check_part(number, "an objective number");
}

ObjectiveId ObjectiveId::parse(std::string_view text) {
    const auto parts = split_numbers<2>(text);
    if (!parts) throw ParseError("objective id", std::string(text), "two numbers such as \"1.1\"");
    return ObjectiveId((*parts)[0], (*parts)[1]);
}

std::string ObjectiveId::to_string() const {
    return std::to_string(priority_) + "." + std::to_string(number_);
}

MeasureId::MeasureId(int priority, int objective, int number)
    : objective_(priority, objective), number_(number) {
    check_part(number, "a measure number");
}

MeasureId MeasureId::parse(std::string_view text) {
    const auto parts = split_numbers<3>(text);
    if (!parts) {
        throw ParseError("measure id", std::string(text), "three numbers such as \"1.1.5\"");
    }
    return MeasureId((*parts)[0], (*parts)[1], (*parts)[2]);
}

std::string MeasureId::to_string() const {
    return objective_.to_string() + "." + std::to_string(number_);
}

}  // namespace handlingsplan
