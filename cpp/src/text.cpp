#include "text.hpp"

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

}  // namespace handlingsplan::detail
