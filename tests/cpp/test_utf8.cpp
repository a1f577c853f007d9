#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "utf8.hpp"

using namespace handlingsplan::detail;

TEST_CASE("UTF-8 is checked as RFC 3629 has it", "[utf8]") {
    CHECK(is_valid_utf8("Försvarets radioanstalt – 2019"));
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("\xff"));
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // a surrogate (U+D800) encoded
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // an overlong "/"
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK(first_invalid_utf8("ab\xC3") == 2);        // cut short
    CHECK(first_invalid_utf8("åäö") == std::string_view::npos);
}

TEST_CASE("readable text never cuts a message or hides a byte", "[utf8]") {
    CHECK(readable("plan.json") == "plan.json");
    // A NUL would end the C string what() returns; it is shown instead.
    CHECK(readable(std::string("a\0b", 3)) == "a\\0b");
    CHECK(readable("rad\nny") == "rad\\nny");
    CHECK(readable("\x1b[31m") == "\\x1b[31m");
    CHECK(readable("\xff") == "\xEF\xBF\xBD");
    CHECK(readable("åäöåäö", 3) == "åäö…");
}

TEST_CASE("characters are counted, not bytes", "[utf8]") {
    CHECK(handlingsplan::detail::character_count("") == 0);
    CHECK(handlingsplan::detail::character_count("MSB") == 3);
    CHECK(handlingsplan::detail::character_count("Försvarsmakten") == 14);
    CHECK(handlingsplan::detail::character_count("2019–2022") == 9);
}

TEST_CASE("a sequence's length at each bound of RFC 3629's table", "[utf8]") {
    // RFC 3629, section 4: the well-formed sequences, byte by byte.
    const std::vector<std::pair<std::string, std::size_t>> cases{
        {"\x7F", 1},
        {"\x80", 0},  // a continuation byte alone
        {"\xC1\xBF", 0},
        {"\xC2\x80", 2},
        {"\xDF\xBF", 2},
        {"\xC2\x7F", 0},
        {"\xC2\xC0", 0},
        {"\xC2", 0},
        {"\xE0\x9F\xBF", 0},
        {"\xE0\xA0\x80", 3},
        {"\xE1\x80\x80", 3},
        {"\xE1\xBF\xBF", 3},
        {"\xE1\x7F\x80", 0},
        {"\xE1\xC0\x80", 0},
        {"\xE1\x80\x7F", 0},
        {"\xE1\x80\xC0", 0},
        {"\xE1\x80", 0},
        {"\xED\x9F\xBF", 3},
        {"\xED\xA0\x80", 0},
        {"\xEF\xBF\xBF", 3},
        {"\xF0\x8F\xBF\xBF", 0},
        {"\xF0\x90\x80\x80", 4},
        {"\xF1\x80\x80\x80", 4},
        {"\xF3\xBF\xBF\xBF", 4},
        {"\xF4\x8F\xBF\xBF", 4},
        {"\xF4\x90\x80\x80", 0},
        {"\xF1\x80\x80\x7F", 0},
        {"\xF1\x80\x7F\x80", 0},
        {"\xF1\x80\x80", 0},
        {"\xF5\x80\x80\x80", 0},
        {"\xFF", 0},
    };
    for (const auto& [text, length] : cases) {
        CAPTURE(text);
        CHECK(utf8_sequence_length(text) == length);
        // Only the first sequence counts: what follows changes nothing.
        CHECK(utf8_sequence_length(text + "a") == length);
    }
    CHECK(utf8_sequence_length("") == 0);
}

TEST_CASE("the first invalid byte is found at every place of a longer text", "[utf8]") {
    // Eight ASCII bytes are skipped at a time: the bad byte before, inside and after such words.
    for (std::size_t at = 0; at <= 20; ++at) {
        for (const std::string bad : {"\xFF", "\x80", "\xC3"}) {
            std::string text(20, 'a');
            text.insert(at, bad);
            CAPTURE(at, bad);
            CHECK(first_invalid_utf8(text) == at);
            CHECK_FALSE(is_valid_utf8(text));
        }
        std::string good(20, 'a');
        good.insert(at, "\xC3\xA5\xE2\x80\x93\xF0\x9F\x98\x80");
        CHECK(first_invalid_utf8(good) == std::string_view::npos);
        CHECK(is_valid_utf8(good));
    }
    CHECK(first_invalid_utf8("") == std::string_view::npos);
    CHECK(first_invalid_utf8("abcdefgh") == std::string_view::npos);
    // After a sequence of four bytes, the next one is read at its start.
    CHECK(first_invalid_utf8("\xF0\x9F\x98\x80\x80") == 4);
}

TEST_CASE("readable text escapes each control character by its two hex digits", "[utf8]") {
    CHECK(readable("\x01") == "\\x01");
    CHECK(readable("\x1f") == "\\x1f");
    CHECK(readable("\x7f") == "\\x7f");
    CHECK(readable("\x0b\x1a") == "\\x0b\\x1a");
    CHECK(readable(" ~") == " ~");  // the space and the last printable ASCII character stay
    CHECK(readable("\t") == "\\x09");
    // A bad byte is one replacement character; what follows is read on from the next byte.
    CHECK(readable("\xC3\xC3\xA5") == "\xEF\xBF\xBD\xC3\xA5");
    CHECK(readable("\xE2\x80\x93x") == "\xE2\x80\x93x");
    // The limit counts characters, not bytes, and cuts only a longer text.
    CHECK(readable("åäö", 3) == "åäö");
    CHECK(readable("åäöx", 3) == "åäö…");
    CHECK(readable("abc", 0) == "…");
    CHECK(readable("") == "");
    CHECK(readable(std::string(200, 'a')) == std::string(200, 'a'));
    CHECK(readable(std::string(201, 'a')) == std::string(200, 'a') + "…");
}

TEST_CASE("characters are counted by their first bytes only", "[utf8]") {
    CHECK(character_count("\xF0\x9F\x98\x80") == 1);
    CHECK(character_count("\x7F\xC3\xA5\xE2\x80\x93") == 3);
    CHECK(character_count("\xC0\xFF") == 2);  // lead bytes, though no sequence follows
}
