#include <catch2/catch.hpp>

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
