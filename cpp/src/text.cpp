#include "text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include "handlingsplan/text_rules.hpp"

#include "handlingsplan/errors.hpp"
#include "utf8.hpp"

namespace handlingsplan::detail {
namespace {

constexpr std::string_view nbsp = "\xC2\xA0";

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the white space at the front of text (0 if none).
std::size_t space_prefix(std::string_view text) {
    if (!text.empty() && is_ascii_space(text.front())) return 1;
    if (text.starts_with(nbsp)) return nbsp.size();
    return 0;
}

std::size_t space_suffix(std::string_view text) {
    if (!text.empty() && is_ascii_space(text.back())) return 1;
    if (text.ends_with(nbsp)) return nbsp.size();
    return 0;
}

}  // namespace

void append_decimal(std::string& out, int number) {
    std::array<char, 12> digits{};  // "-2147483648" and room to spare
    const auto written = std::to_chars(digits.data(), digits.data() + digits.size(), number);
    out.append(digits.data(), written.ptr);
}

std::string_view trim(std::string_view text) {
    while (const auto n = space_prefix(text)) text.remove_prefix(n);
    while (const auto n = space_suffix(text)) text.remove_suffix(n);
    return text;
}

std::string collapse_spaces(std::string_view text) {
    text = trim(text);
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    while (!text.empty()) {
        if (const auto n = space_prefix(text)) {
            pending_space = true;
            text.remove_prefix(n);
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(text.front());
        text.remove_prefix(1);
    }
    return out;
}

bool starts_with_word(std::string_view text, std::string_view word) {
    if (!text.starts_with(word)) return false;
    return text.size() == word.size() || text[word.size()] == ' ';
}

bool is_blank(std::string_view text) { return trim(text).empty(); }

std::size_t first_unwritable(std::string_view text) noexcept {
    // Eight bytes at a time while none can start an unwritable character: a byte below 0x20 or
    // 0xEF. The word tests may see one where there is none (then the bytes are looked at one by
    // one), never miss one.
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const auto has_below = [&](std::uint64_t word, std::uint64_t n) {
        return ((word - ones * n) & ~word & highs) != 0;
    };
    const auto eight_plain = [&](std::size_t at) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, text.data() + at, sizeof eight);
        return !has_below(eight, 0x20) && !has_below(eight ^ (ones * 0xEF), 1);
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        while (i + 8 <= text.size() && eight_plain(i)) i += 8;
        if (i == text.size()) break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n') return i;
        // U+FFFE and U+FFFF: EF BF BE and EF BF BF.
        if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
            return i;
        }
    }
    return std::string_view::npos;
}

bool is_writable_utf8(std::string_view text) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const char* at = text.data();
    const char* const end = at + text.size();
    const auto byte = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(at[i]); };
    while (at != end) {
        // Eight bytes at a time while all are ASCII from the space up (exact as a yes or no).
        while (end - at >= 8) {
            std::uint64_t eight = 0;
            std::memcpy(&eight, at, sizeof eight);
            if (((eight & highs) | ((eight - ones * 0x20) & ~eight & highs)) != 0) break;
            at += 8;
        }
        if (at == end) break;
        const unsigned c = byte(0);
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n') return false;
            ++at;
            continue;
        }
        // Å, ä, ö and most other letters: two bytes, C2..DF and a continuation byte.
        if (c >= 0xC2 && c <= 0xDF && end - at >= 2 && (byte(1) & 0xC0) == 0x80) {
            at += 2;
            continue;
        }
        const std::size_t length =
            utf8_sequence_length(std::string_view(at, static_cast<std::size_t>(end - at)));
        if (length == 0) return false;
        if (c == 0xEF && byte(1) == 0xBF && (byte(2) & 0xFE) == 0xBE) return false;  // U+FFFE/F
        at += length;
    }
    return true;
}

void require_utf8(std::string_view text, const std::string& what) {
    if (const auto at = first_invalid_utf8(text); at != std::string_view::npos) {
        throw InvalidValue(what + " is not valid UTF-8 (byte " + std::to_string(at + 1) + " of \"" +
                               readable(text, 40) + "\"); a plan holds Unicode text only",
                           "texten är inte giltig UTF-8 (byte " + std::to_string(at + 1) +
                               " av \"" + readable(text, 40) +
                               "\"); en plan har bara Unicode-text");
    }
    if (const auto at = first_unwritable(text); at != std::string_view::npos) {
        const auto c = static_cast<unsigned char>(text[at]);
        char code[16];
        const unsigned point =
            c < 0x20 ? c : 0xFFFEu + (static_cast<unsigned char>(text[at + 2]) & 1u);
        std::snprintf(code, sizeof code, "U+%04X", point);
        const std::string position = std::to_string(character_count(text.substr(0, at)) + 1);
        throw InvalidValue(what + " holds the character " + code + " at character " + position +
                               ", which no document can hold (a control character other than tab "
                               "and line feed, or U+FFFE/U+FFFF)",
                           "texten har tecknet " + std::string(code) + " vid tecken " + position +
                               ", som inget dokument kan ha (ett styrtecken utom tab och "
                               "radbrytning, eller U+FFFE/U+FFFF)");
    }
}

void require_text(std::string_view text, const std::string& what) {
    require_utf8(text, what);
    if (is_blank(text)) {
        throw InvalidValue(what + " is empty; expected a non-empty text", "texten är tom");
    }
}

}  // namespace handlingsplan::detail

namespace handlingsplan::detail {
namespace {

// The characters of `text` as code points, ASCII letters lowered (Swedish capitals are rare in
// the names compared; "FRA" against "fra" is the case that matters).
std::vector<char32_t> folded(std::string_view text) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = std::max<std::size_t>(1, utf8_sequence_length(text.substr(i)));
        char32_t c = 0;
        for (std::size_t k = 0; k < n && i + k < text.size(); ++k) {
            c = (c << 8) | static_cast<unsigned char>(text[i + k]);
        }
        if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
        out.push_back(c);
        i += n;
    }
    return out;
}

std::size_t edit_distance(const std::vector<char32_t>& a, const std::vector<char32_t>& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string fold_case(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto byte = static_cast<unsigned char>(out[i]);
        if (byte >= 'A' && byte <= 'Z') {
            out[i] = static_cast<char>(byte + 0x20);
        } else if (byte == 0xC3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) {
                out[i + 1] = static_cast<char>(next + 0x20);
            }
            ++i;
        }
    }
    return out;
}

std::string upper_case(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto byte = static_cast<unsigned char>(out[i]);
        if (byte >= 'a' && byte <= 'z') {
            out[i] = static_cast<char>(byte - 0x20);
        } else if (byte == 0xC3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0xA0 && next <= 0xBE && next != 0xB7) {
                out[i + 1] = static_cast<char>(next - 0x20);
            }
            ++i;
        }
    }
    return out;
}

std::string fold_marks(std::string_view text) {
    const std::string folded = fold_case(text);
    std::string out;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const auto byte = static_cast<unsigned char>(folded[i]);
        if (byte == 0xC3 && i + 1 < folded.size()) {
            const auto next = static_cast<unsigned char>(folded[i + 1]);
            // à–å to a, è–ë to e, ò–ö to o, ù–ü to u; others kept.
            const char plain = next >= 0xA0 && next <= 0xA5   ? 'a'
                               : next >= 0xA8 && next <= 0xAB ? 'e'
                               : next >= 0xB2 && next <= 0xB6 ? 'o'
                               : next >= 0xB9 && next <= 0xBC ? 'u'
                                                              : '\0';
            if (plain != '\0') {
                out += plain;
                ++i;
                continue;
            }
        }
        out += folded[i];
    }
    return out;
}

std::optional<std::string> closest(std::string_view text,
                                   const std::vector<std::string>& candidates) {
    const auto word = folded(text);
    // Long inputs (a pasted paragraph) are never a typo of a name; comparing them costs time.
    if (word.empty() || word.size() > 200) return std::nullopt;
    std::optional<std::string> best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& candidate : candidates) {
        if (candidate == text) return std::nullopt;
        const std::size_t d = edit_distance(word, folded(candidate));
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

}  // namespace handlingsplan::detail

namespace handlingsplan {

void check_text(std::string_view text, const std::string& what, const std::string& swedish_what) {
    try {
        detail::require_utf8(text, what);
    } catch (const InvalidValue& e) {
        if (swedish_what.empty()) throw;
        throw InvalidValue(e.what(), swedish_what + ": " + e.swedish());
    }
}

}  // namespace handlingsplan
