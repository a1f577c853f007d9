#include "scan.hpp"

namespace handlingsplan::detail {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

}  // namespace

std::size_t capital_length(std::string_view text) noexcept {
    if (text.empty()) return 0;
    if (text[0] >= 'A' && text[0] <= 'Z') return 1;
    // Å, Ä, Ö: C3 85, C3 84, C3 96.
    if (text.size() >= 2 && text[0] == '\xC3' &&
        (text[1] == '\x85' || text[1] == '\x84' || text[1] == '\x96')) {
        return 2;
    }
    return 0;
}

std::size_t small_length(std::string_view text) noexcept {
    if (text.empty()) return 0;
    if (text[0] >= 'a' && text[0] <= 'z') return 1;
    // å, ä, ö: C3 A5, C3 A4, C3 B6.
    if (text.size() >= 2 && text[0] == '\xC3' &&
        (text[1] == '\xA5' || text[1] == '\xA4' || text[1] == '\xB6')) {
        return 2;
    }
    return 0;
}

std::size_t letter_length(std::string_view text) noexcept {
    if (const auto n = capital_length(text)) return n;
    return small_length(text);
}

bool at_word_start(std::string_view text, std::size_t at) noexcept {
    if (at == 0) return true;
    if (at > text.size()) return false;
    const auto c = static_cast<unsigned char>(text[at - 1]);
    if (c < 0x80)
        return !(is_digit(text[at - 1]) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    // After a multi-byte character: a letter if it is one of Latin-1's or Latin Extended-A's
    // (lead byte C3 to C5, except × and ÷); a no-break space, a dash or a quotation mark is not.
    std::size_t lead = at - 1;
    while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    const auto first = static_cast<unsigned char>(text[lead]);
    if (first == 0xC3 && lead + 1 < at) {
        const auto second = static_cast<unsigned char>(text[lead + 1]);
        return second == 0x97 || second == 0xB7;
    }
    return !(first == 0xC4 || first == 0xC5);
}

int to_int(std::string_view digits) noexcept {
    int value = 0;
    for (const char c : digits) value = value * 10 + (c - '0');
    return value;
}

bool Cursor::literal(std::string_view word) {
    if (!rest().starts_with(word)) return false;
    at_ += word.size();
    return true;
}

bool Cursor::word_any_case(std::string_view word) {
    if (literal(word)) return true;
    const std::string_view r = rest();
    // The first letter of `word` in capitals (a-z to A-Z, å/ä/ö to Å/Ä/Ö), the rest as it is.
    const std::size_t first = small_length(word);
    if (first == 0 || r.size() < word.size()) return false;
    if (first == 1 ? r[0] != static_cast<char>(word[0] - 'a' + 'A')
                   : r[0] != word[0] ||
                         r[1] != static_cast<char>(static_cast<unsigned char>(word[1]) - 0x20)) {
        return false;
    }
    if (r.substr(first, word.size() - first) != word.substr(first)) return false;
    at_ += word.size();
    return true;
}

bool Cursor::spaces() {
    const std::size_t start = at_;
    while (!done()) {
        const std::string_view r = rest();
        if (r[0] == ' ' || r[0] == '\t') {
            ++at_;
        } else if (r.starts_with("\xC2\xA0")) {
            at_ += 2;
        } else {
            break;
        }
    }
    return at_ > start;
}

std::optional<std::string_view> Cursor::digits(std::size_t min, std::size_t max) {
    const std::string_view r = rest();
    std::size_t n = 0;
    while (n < r.size() && is_digit(r[n])) ++n;
    if (n < min || n > max) return std::nullopt;
    at_ += n;
    return r.substr(0, n);
}

std::optional<std::string_view> Cursor::capitals(std::size_t max) {
    const std::string_view r = rest();
    std::size_t n = 0, count = 0;
    while (const auto length = capital_length(r.substr(n))) {
        n += length;
        if (++count > max) return std::nullopt;
    }
    if (n == 0) return std::nullopt;
    at_ += n;
    return r.substr(0, n);
}

std::optional<std::string_view> Cursor::capitalised(std::size_t max_small) {
    const std::string_view r = rest();
    std::size_t n = capital_length(r);
    if (n == 0) return std::nullopt;
    std::size_t count = 0;
    while (const auto length = small_length(r.substr(n))) {
        n += length;
        if (++count > max_small) return std::nullopt;
    }
    at_ += n;
    return r.substr(0, n);
}

bool Cursor::at_word_end() const noexcept {
    const std::string_view r = rest();
    if (r.empty()) return true;
    if (is_digit(r[0]) || letter_length(r) > 0) return false;
    // Other letters of Latin-1 (é, ü ...) start with C3; punctuation, dashes and spaces do not.
    return r[0] != '\xC3';
}

}  // namespace handlingsplan::detail
