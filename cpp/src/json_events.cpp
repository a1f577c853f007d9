#include "json_events.hpp"

#include <bit>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "regular_file.hpp"
#include "utf8.hpp"

namespace handlingsplan::detail {
namespace {

using Handler = nlohmann::ordered_json::json_sax_t;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

constexpr std::ptrdiff_t give_back_step = std::ptrdiff_t{4} << 20;

class EventParser {
public:
    EventParser(std::string_view text, ArrivingText* rest, Handler& handler, bool give_back)
        : at_(text.data()),
          end_(text.data() + text.size()),
          rest_(rest),
          handler_(handler),
          give_back_(give_back),
          given_back_(text.data()) {}

    bool document() {
        // Where the parser is: before a value, or after one (then a comma, a closing bracket or
        // the end follows). `open_` holds '{' or '[' for each container not yet closed.
        bool before_value = true;
        while (true) {
            skip_space();
            if (before_value) {
                if (at_end()) return false;
                const char c = *at_;
                if (c == '{' || c == '[') {
                    ++at_;
                    if (!start(c)) return false;
                    skip_space();
                    if (!at_end() && *at_ == closing(c)) {  // empty
                        ++at_;
                        if (!end(c)) return false;
                        before_value = false;
                        continue;
                    }
                    open_.push_back(c);
                    if (c == '{' && !key()) return false;
                    continue;
                }
                if (!scalar()) return false;
                before_value = false;
                continue;
            }
            if (open_.empty()) return at_end();  // one document, then nothing but space
            if (at_end()) return false;
            const char c = *at_++;
            if (c == ',') {
                before_value = true;
                if (open_.back() == '{' && !key()) return false;
            } else if (c == closing(open_.back())) {
                const char opening = open_.back();
                open_.pop_back();
                if (!end(opening)) return false;
            } else {
                return false;
            }
        }
    }

private:
    // Whether the parser is at the text's end: at the end of what has arrived, and nothing
    // more comes. Every test for the end goes through here or `has`, so that a text still
    // arriving is read as it comes.
    bool at_end() { return at_ == end_ && !more(); }
    // Whether `n` bytes are there from at_ on, waiting for them where the text is arriving.
    bool has(std::ptrdiff_t n) {
        while (end_ - at_ < n) {
            if (!more()) return false;
        }
        return true;
    }
    // Whether more of the text arrived (end_ then moved on); false once it is whole.
    bool more() {
        if (rest_ == nullptr) return false;
        const char* end = rest_->wait_beyond(end_);
        if (end == end_) return false;
        end_ = end;
        return true;
    }

    static char closing(char opening) { return opening == '{' ? '}' : ']'; }
    bool start(char opening) {
        constexpr auto unknown_size = static_cast<std::size_t>(-1);
        return opening == '{' ? handler_.start_object(unknown_size)
                              : handler_.start_array(unknown_size);
    }
    bool end(char opening) {
        // The text before the parser's place, a few MiB at a time: the parser never looks
        // back, and every value it hands on is a copy.
        if (give_back_ && at_ - given_back_ >= give_back_step) {
            give_back_pages(given_back_, at_);
            given_back_ = at_;
        }
        return opening == '{' ? handler_.end_object() : handler_.end_array();
    }

    void skip_space() {
        while (!at_end() && (*at_ == ' ' || *at_ == '\n' || *at_ == '\r' || *at_ == '\t')) ++at_;
    }

    // A key and its colon, before the value.
    bool key() {
        skip_space();
        if (at_end() || *at_ != '"' || !string() || !handler_.key(buffer_)) return false;
        skip_space();
        if (at_end() || *at_ != ':') return false;
        ++at_;
        return true;
    }

    bool scalar() {
        switch (*at_) {
        case '"': return string() && handler_.string(buffer_);
        case 't': return literal("true") && handler_.boolean(true);
        case 'f': return literal("false") && handler_.boolean(false);
        case 'n': return literal("null") && handler_.null();
        default: return number();
        }
    }

    bool literal(std::string_view word) {
        if (!has(static_cast<std::ptrdiff_t>(word.size())) ||
            std::string_view(at_, word.size()) != word) {
            return false;
        }
        at_ += word.size();
        return true;
    }

    // A string (at its opening quote) into buffer_, its escapes undone.
    bool string() {
        ++at_;
        buffer_.clear();
        while (true) {
            // Plain text, copied a run at a time: most of a plan's text is, its letters
            // (å, ä, ö) included. A run ends at a quote, a backslash or a control character.
            const char* run = at_;
            if (!plain_run()) return false;
            buffer_.append(run, at_);
            if (at_ == end_) {
                if (more()) continue;  // the string goes on in what arrived since
                return false;
            }
            const auto byte = static_cast<unsigned char>(*at_);
            if (byte == '"') {
                ++at_;
                return true;
            }
            if (byte < 0x20) return false;  // a control character must be escaped
            if (!escape()) return false;
        }
    }

    // Past the plain text at at_: ASCII other than a quote, a backslash or a control
    // character, and well-formed UTF-8 sequences; false at a byte that starts none.
    bool plain_run() {
        const char* at = at_;  // a local, which the compiler keeps in a register
        while (true) {
            at = past_plain_ascii(at, end_);
            if (at == end_ || static_cast<unsigned char>(*at) < 0x80) break;
            if (end_ - at < 4 && rest_ != nullptr) {
                // A letter's bytes may not all be in yet: waited for (as many as come).
                at_ = at;
                has(4);
            }
            const std::size_t length =
                utf8_sequence_length(std::string_view(at, static_cast<std::size_t>(end_ - at)));
            if (length == 0) {
                at_ = at;
                return false;
            }
            at += length;
        }
        at_ = at;
        return true;
    }

    // The first byte from `at` on that is not plain ASCII (a quote, a backslash, below 0x20, or
    // 0x80 and above), or `end`. Strings are most of a plan's text, and this loop most of the
    // time spent on them: sixteen bytes at a time where the processor has SSE2 (every x86-64
    // one), eight elsewhere.
    static const char* past_plain_ascii(const char* at, const char* end) {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i space = _mm_set1_epi8(0x20);
        while (end - at >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
            // Compared as signed bytes, 0x80 and above are below the space too.
            const __m128i stops = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                _mm_cmplt_epi8(bytes, space));
            const auto found = static_cast<unsigned>(_mm_movemask_epi8(stops));
            if (found != 0) return at + std::countr_zero(found);
            at += 16;
        }
#else
        while (end - at >= 8 && eight_plain_ascii(at)) at += 8;
#endif
        while (at != end && is_plain_ascii(static_cast<unsigned char>(*at))) ++at;
        return at;
    }

    static bool is_plain_ascii(unsigned char byte) {
        return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\';
    }

#if !defined(__SSE2__)
    // Whether the eight bytes at `p` are plain ASCII: none a quote, a backslash, below 0x20 or
    // 0x80 and above (each test on the whole word; exact as a yes or no).
    static bool eight_plain_ascii(const char* p) {
        constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
        std::uint64_t word = 0;
        std::memcpy(&word, p, sizeof word);
        const auto zero_byte = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
        const std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
        return ((word & highs) | below_space | zero_byte(word ^ (ones * '"')) |
                zero_byte(word ^ (ones * '\\'))) == 0;
    }
#endif

    // An escape (at its backslash), appended to buffer_.
    bool escape() {
        ++at_;
        if (at_end()) return false;
        const char c = *at_++;
        switch (c) {
        case '"': buffer_ += '"'; return true;
        case '\\': buffer_ += '\\'; return true;
        case '/': buffer_ += '/'; return true;
        case 'b': buffer_ += '\b'; return true;
        case 'f': buffer_ += '\f'; return true;
        case 'n': buffer_ += '\n'; return true;
        case 'r': buffer_ += '\r'; return true;
        case 't': buffer_ += '\t'; return true;
        case 'u': break;
        default: return false;
        }
        std::uint32_t code_point = 0;
        if (!hex4(code_point)) return false;
        if (code_point >= 0xDC00 && code_point <= 0xDFFF) return false;  // a low surrogate alone
        if (code_point >= 0xD800 && code_point <= 0xDBFF) {
            // A high surrogate, which a low one must follow.
            std::uint32_t low = 0;
            if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(code_point);
        return true;
    }

    bool hex4(std::uint32_t& value) {
        if (!has(4)) return false;
        for (int i = 0; i < 4; ++i) {
            const char c = *at_++;
            std::uint32_t digit = 0;
            if (c >= '0' && c <= '9')
                digit = static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                digit = static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                digit = static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return false;
            value = value * 16 + digit;
        }
        return true;
    }

    void append_utf8(std::uint32_t code_point) {
        const auto byte = [&](std::uint32_t b) { buffer_ += static_cast<char>(b); };
        if (code_point < 0x80) {
            byte(code_point);
        } else if (code_point < 0x800) {
            byte(0xC0 | (code_point >> 6));
            byte(0x80 | (code_point & 0x3F));
        } else if (code_point < 0x10000) {
            byte(0xE0 | (code_point >> 12));
            byte(0x80 | ((code_point >> 6) & 0x3F));
            byte(0x80 | (code_point & 0x3F));
        } else {
            byte(0xF0 | (code_point >> 18));
            byte(0x80 | ((code_point >> 12) & 0x3F));
            byte(0x80 | ((code_point >> 6) & 0x3F));
            byte(0x80 | (code_point & 0x3F));
        }
    }

    // A number, given as nlohmann gives it: a whole number without sign as unsigned, with a minus
    // as signed, and as floating point where it has a fraction or exponent or is too large for
    // 64 bits; one too large for a double is refused.
    bool number() {
        const char* start = at_;
        const bool negative = !at_end() && *at_ == '-';
        if (negative) ++at_;
        const auto digits = [&] {
            const char* first = at_;
            while (!at_end() && is_digit(*at_)) ++at_;
            return at_ != first;
        };
        if (at_end()) return false;
        if (*at_ == '0') {
            ++at_;
        } else if (!digits()) {
            return false;
        }
        bool whole = true;
        if (!at_end() && *at_ == '.') {
            ++at_;
            if (!digits()) return false;
            whole = false;
        }
        if (!at_end() && (*at_ == 'e' || *at_ == 'E')) {
            ++at_;
            if (!at_end() && (*at_ == '+' || *at_ == '-')) ++at_;
            if (!digits()) return false;
            whole = false;
        }
        if (whole) {
            if (negative) {
                std::int64_t value = 0;
                if (std::from_chars(start, at_, value).ec == std::errc()) {
                    return handler_.number_integer(value);
                }
            } else {
                std::uint64_t value = 0;
                if (std::from_chars(start, at_, value).ec == std::errc()) {
                    return handler_.number_unsigned(value);
                }
            }
        }
        std::string token(start, at_);
        double value = 0;
        if (std::from_chars(start, at_, value).ec != std::errc()) value = out_of_range(token);
        return std::isfinite(value) && handler_.number_float(value, token);
    }

    // A number outside a double's range, as nlohmann reads it: with strtod, the token's point
    // being the C library's decimal point. Infinity where too large (then refused), zero or a
    // subnormal number where too small.
    static double out_of_range(std::string token) {
        const char point = *std::localeconv()->decimal_point;
        for (char& c : token) {
            if (c == '.') c = point;
        }
        return std::strtod(token.c_str(), nullptr);
    }

    const char* at_;
    const char* end_;     // of the text so far
    ArrivingText* rest_;  // what brings the rest; null for a text already whole
    Handler& handler_;
    const bool give_back_;
    const char* given_back_;  // the text before it is given back
    std::string buffer_;
    std::vector<char> open_;
};

}  // namespace

bool parse_json_events(std::string_view text, nlohmann::ordered_json::json_sax_t& handler,
                       bool give_back) {
    return EventParser(text, nullptr, handler, give_back).document();
}

bool parse_json_events(std::string_view arrived, ArrivingText& rest,
                       nlohmann::ordered_json::json_sax_t& handler, bool give_back) {
    return EventParser(arrived, &rest, handler, give_back).document();
}

}  // namespace handlingsplan::detail
