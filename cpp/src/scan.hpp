// A cursor over UTF-8 text for the small hand-written grammars of running text (case numbers,
// Swedish dates). Private to the library. Every step either advances and succeeds or leaves the
// cursor where it was, so alternatives can be tried in turn; nothing here recurses or allocates
// per byte, which keeps the parsers linear on any input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace handlingsplan::detail {

class Cursor {
public:
    explicit Cursor(std::string_view text, std::size_t at = 0) : text_(text), at_(at) {}

    std::size_t at() const noexcept { return at_; }
    bool done() const noexcept { return at_ >= text_.size(); }
    std::string_view rest() const noexcept {
        return text_.substr(at_ < text_.size() ? at_ : text_.size());
    }
    std::string_view text() const noexcept { return text_; }

    // The exact bytes `word`.
    bool literal(std::string_view word);
    // `word` with its first letter in either case (ASCII or Å/Ä/Ö), as at a sentence start.
    bool word_any_case(std::string_view word);
    // One or more spaces (ASCII blank or no-break space).
    bool spaces();
    void optional_spaces() { spaces(); }
    // Between `min` and `max` ASCII digits, not followed by another digit.
    std::optional<std::string_view> digits(std::size_t min, std::size_t max);
    // One or more capital letters A–Z, Å, Ä, Ö.
    std::optional<std::string_view> capitals(std::size_t max);
    // A capital letter followed by up to `max_small` small letters (a–z, å, ä, ö).
    std::optional<std::string_view> capitalised(std::size_t max_small);
    // True if no letter or digit follows (the end of a word).
    bool at_word_end() const noexcept;

private:
    std::string_view text_;
    std::size_t at_;
};

// Length of the Swedish capital (A–Z, Å, Ä, Ö) or small letter (a–z, å, ä, ö) at the front of
// `text`, 0 if none; `letter_length` accepts either.
std::size_t capital_length(std::string_view text) noexcept;
std::size_t small_length(std::string_view text) noexcept;
std::size_t letter_length(std::string_view text) noexcept;

// True if `at` starts a word of `text`: the start, or after a byte that is no ASCII letter or
// digit and no part of a multi-byte letter.
bool at_word_start(std::string_view text, std::size_t at) noexcept;

// `value` parsed from ASCII digits (at most 9 of them).
int to_int(std::string_view digits) noexcept;

}  // namespace handlingsplan::detail
