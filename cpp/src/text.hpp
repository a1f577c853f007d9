// Small text helpers shared by the parsers (private to the library).
#pragma once

#include <array>
#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "handlingsplan/errors.hpp"
#include "utf8.hpp"

namespace handlingsplan::detail {

// `number` in decimal appended to `out` (std::to_string's text, without a string of its own).
void append_decimal(std::string& out, int number);

// Strips ASCII white space and no-break spaces (U+00A0) at both ends.
std::string_view trim(std::string_view text);

// Collapses every run of white space to one space and trims.
std::string collapse_spaces(std::string_view text);

bool starts_with_word(std::string_view text, std::string_view word);

// Lower case for comparing names: ASCII letters and the capitals of Swedish names in UTF-8
// (Å, Ä, Ö, É, Ü: U+00C0–U+00DE but for ×, which lower by adding 0x20 to their second byte).
std::string fold_case(std::string_view text);
// Upper case, the inverse of fold_case for the same letters.
std::string upper_case(std::string_view text);
// fold_case, and the marks taken off å, ä, ö, é, ü ("Fö" and "fo" fold alike), for a "did you
// mean" that forgives a keyboard without Swedish letters.
std::string fold_marks(std::string_view text);

// The candidate nearest to `text` for a "did you mean": the fewest edits (insertions, deletions,
// substitutions of characters, case ignored), within about a third of the word; nullopt where
// none is that near, or where `text` is one of them.
std::optional<std::string> closest(std::string_view text,
                                   const std::vector<std::string>& candidates);

// The model's rules for text, used alike by the constructors, the editing methods and the loader
// (which refuses the same values with their JSON path):
// - blank: nothing but white space (ASCII or no-break spaces), where a text is required;
bool is_blank(std::string_view text);
// - every text, required or not, is well-formed UTF-8 (a plan file cannot hold anything else)
//   and holds only characters every document can hold (Word's and Excel's XML cannot hold a
//   control character other than tab and line feed, nor U+FFFE or U+FFFF); InvalidValue naming
//   `what` and the place of the first bad byte or character;
void require_utf8(std::string_view text, const std::string& what);
// The byte offset of the first character no document can hold (see require_utf8) in `text`,
// which is valid UTF-8; npos where there is none.
std::size_t first_unwritable(std::string_view text) noexcept;
// Whether `text` is well-formed UTF-8 with no character a document cannot hold: what
// require_utf8 accepts, found in one pass (the loader's fast path; the two scans above say
// where, once something is wrong).
bool is_writable_utf8(std::string_view text) noexcept;
// - a required text (a title, an objective, an agency phrase ...) is UTF-8 and not blank;
//   InvalidValue saying "<what> is empty" otherwise.
void require_text(std::string_view text, const std::string& what);
// The same, `what` built only for a complaint: the loader checks every text of a plan that may
// hold hundreds of thousands of them.
template <std::invocable Describe>
void require_utf8(std::string_view text, Describe&& what) {
    if (!is_writable_utf8(text)) {
        require_utf8(text, std::string(what()));
    }
}
template <std::invocable Describe>
void require_text(std::string_view text, Describe&& what) {
    if (!is_writable_utf8(text) || is_blank(text)) {
        require_text(text, std::string(what()));
    }
}

// The printed names of an enumeration's values, for both directions of lookup.
template <class Enum, std::size_t N>
using Names = std::array<std::pair<Enum, std::string_view>, N>;

template <class Enum, std::size_t N>
constexpr std::string_view name_of(const Names<Enum, N>& names, Enum value) noexcept {
    for (const auto& [v, name] : names) {
        if (v == value) return name;
    }
    return {};
}

template <class Enum, std::size_t N>
constexpr std::optional<Enum> value_of(const Names<Enum, N>& names,
                                       std::string_view name) noexcept {
    for (const auto& [v, n] : names) {
        if (n == name) return v;
    }
    return std::nullopt;
}

// {"\"a\", \"b\" or \"c\"", "\"a\", \"b\" eller \"c\""}: the names, for an error message
// saying what was expected, in English and in Swedish.
template <class Enum, std::size_t N>
ExpectedText expected_names(const Names<Enum, N>& names) {
    ExpectedText out;
    for (std::size_t i = 0; i < N; ++i) {
        const std::string quoted = "\"" + std::string(names[i].second) + "\"";
        const bool last = i > 0 && i + 1 == N;
        out.english += (i == 0 ? "" : last ? " or " : ", ") + quoted;
        out.swedish += (i == 0 ? "" : last ? " eller " : ", ") + quoted;
    }
    return out;
}

// The name of `names` nearest to `text`, for a "did you mean" (see closest).
template <class Enum, std::size_t N>
std::optional<std::string> closest_name(const Names<Enum, N>& names, std::string_view text) {
    std::vector<std::string> candidates;
    for (const auto& [value, name] : names) candidates.emplace_back(name);
    return closest(text, candidates);
}

}  // namespace handlingsplan::detail
