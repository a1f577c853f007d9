#include "text.hpp"

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

void require_utf8(std::string_view text, const std::string& what) {
    if (const auto at = first_invalid_utf8(text); at != std::string_view::npos) {
        throw InvalidValue(what + " is not valid UTF-8 (byte " + std::to_string(at + 1) +
                           " of \"" + readable(text, 40) + "\"); a plan holds Unicode text only");
    }
}

void require_text(std::string_view text, const std::string& what) {
    require_utf8(text, what);
    if (is_blank(text)) throw InvalidValue(what + " is empty; expected a non-empty text");
}

}  // namespace handlingsplan::detail
