#include <catch2/catch.hpp>

#include "text.hpp"

using namespace handlingsplan::detail;

namespace {
enum class Colour { red, green };
constexpr Names<Colour, 2> colours{{{Colour::red, "röd"}, {Colour::green, "grön"}}};
}  // namespace

TEST_CASE("trimming takes ASCII white space and no-break spaces, nothing else", "[text]") {
    CHECK(trim("  a b \t\n") == "a b");
    CHECK(trim("\u00a0MSB\u00a0") == "MSB");
    CHECK(trim("") == "");
    CHECK(trim(" \u00a0 ") == "");
    CHECK(trim("å") == "å");
}

TEST_CASE("collapsing white space", "[text]") {
    CHECK(collapse_spaces("  Uppdaterad,\n  tidplan ") == "Uppdaterad, tidplan");
    CHECK(collapse_spaces("") == "");
}

TEST_CASE("a word at the start, not a prefix of a longer word", "[text]") {
    CHECK(starts_with_word("och tills vidare", "och"));
    CHECK_FALSE(starts_with_word("ochtills", "och"));
    CHECK_FALSE(starts_with_word("", "och"));
}

TEST_CASE("the names of an enumeration, both ways, and for messages", "[text]") {
    CHECK(name_of(colours, Colour::green) == "grön");
    CHECK(value_of(colours, "röd") == Colour::red);
    CHECK_FALSE(value_of(colours, "blå").has_value());
    CHECK(expected_names(colours) == "\"röd\" or \"grön\"");
}
