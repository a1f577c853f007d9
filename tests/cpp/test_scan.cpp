#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "scan.hpp"

using namespace handlingsplan::detail;

TEST_CASE("the Swedish letters: A to Z and Å, Ä, Ö, small and capital", "[scan]") {
    for (const char* capital : {"A", "M", "Z"}) CHECK(capital_length(capital) == 1);
    for (const char* capital : {"\xC3\x85", "\xC3\x84", "\xC3\x96"}) {
        CHECK(capital_length(capital) == 2);
        CHECK(small_length(capital) == 0);
        CHECK(letter_length(capital) == 2);
    }
    for (const char* small : {"a", "m", "z"}) CHECK(small_length(small) == 1);
    for (const char* small : {"\xC3\xA5", "\xC3\xA4", "\xC3\xB6"}) {
        CHECK(small_length(small) == 2);
        CHECK(capital_length(small) == 0);
        CHECK(letter_length(small) == 2);
    }
    // The bytes around each range, é and É, and a lead byte alone are no Swedish letters.
    for (const char* other : {"@", "[", "`", "{", "0", " ", "\xC3\xA9", "\xC3\x89", "\xC3\x86",
                              "\xC3\xA6", "\xC3\x97", "\xC3\xB7", "\xC3", "\xC2\x85", ""}) {
        CAPTURE(other);
        CHECK(letter_length(other) == 0);
    }
    CHECK(letter_length("a") == 1);
    CHECK(letter_length("Z") == 1);
}

TEST_CASE("a word starts after anything but a letter or a digit", "[scan]") {
    const std::string_view text =
        "a b1 9c-d\xC3\xA5"
        "e\xC3\x97"
        "f\xC3\xB7"
        "g\xC3\xA9h\xC4\x8Di"
        "\xC5\xA1j\xE2\x80\x93k\xC2\xA0l`m{n@o[p/q:r";
    CHECK(at_word_start(text, 0));
    CHECK_FALSE(at_word_start(text, 1000));
    CHECK_FALSE(at_word_start(text, text.size() + 1));
    const auto after = [&](std::string_view before) {
        const auto at = text.find(before);
        REQUIRE(at != std::string_view::npos);
        return at_word_start(text, at + before.size());
    };
    CHECK(after(" "));               // "b"
    CHECK_FALSE(after("b"));         // "1"
    CHECK_FALSE(after("9"));         // "c"
    CHECK(after("-"));               // "d"
    CHECK_FALSE(after("d"));         // "å"
    CHECK_FALSE(after("\xC3\xA5"));  // after å
    CHECK(after("\xC3\x97"));        // after ×
    CHECK(after("\xC3\xB7"));        // after ÷
    CHECK_FALSE(after("\xC3\xA9"));  // after é
    CHECK_FALSE(after("\xC4\x8D"));  // after č
    CHECK_FALSE(after("\xC5\xA1"));  // after š
    CHECK(after("\xE2\x80\x93"));    // after a dash
    CHECK(after("\xC2\xA0"));        // after a no-break space
    for (const char* mark : {"`", "{", "@", "[", "/", ":"}) {
        CAPTURE(mark);
        CHECK(after(mark));
    }
    CHECK_FALSE(at_word_start("aZ", 1));
    CHECK_FALSE(at_word_start("Za", 1));
    CHECK_FALSE(at_word_start("0a", 1));
    CHECK(at_word_start("\xC3", 1));  // a lead byte alone is no letter
    // The ends of the ASCII letters, and a letter whose last byte is 0x80 (Ā, C4 80).
    CHECK_FALSE(at_word_start("zb", 1));
    CHECK_FALSE(at_word_start("Ab", 1));
    CHECK_FALSE(at_word_start("\xC4\x80x", 2));
    // A continuation byte at the very start (no lead byte before it) is taken as it is.
    CHECK(at_word_start("\x85x", 1));
}

TEST_CASE("digits become their number", "[scan]") {
    CHECK(to_int("0") == 0);
    CHECK(to_int("7") == 7);
    CHECK(to_int("2019") == 2019);
    CHECK(to_int("999999999") == 999999999);
    CHECK(to_int("") == 0);
}

TEST_CASE("a cursor takes a literal or nothing", "[scan]") {
    Cursor c("Ju2018");
    CHECK_FALSE(c.literal("Jx"));
    CHECK(c.at() == 0);
    CHECK(c.literal("Ju"));
    CHECK(c.at() == 2);
    CHECK(c.rest() == "2018");
    CHECK_FALSE(c.literal("20189"));
    CHECK(c.literal(""));
    CHECK(c.at() == 2);
    CHECK_FALSE(c.done());
    CHECK(c.literal("2018"));
    CHECK(c.done());
    CHECK(c.rest().empty());
    CHECK(Cursor("abc", 5).rest().empty());
    CHECK(Cursor("abc", 5).done());
}

TEST_CASE("a word in either case of its first letter", "[scan]") {
    const auto takes = [](std::string_view text, std::string_view word) {
        Cursor c(text);
        const bool taken = c.word_any_case(word);
        CHECK(c.at() == (taken ? word.size() : 0));
        return taken;
    };
    CHECK(takes("redovisas", "redovisas"));
    CHECK(takes("Redovisas", "redovisas"));
    CHECK(takes("Redovisas senare", "redovisas"));
    CHECK_FALSE(takes("ReDovisas", "redovisas"));
    CHECK_FALSE(takes("Sedovisas", "redovisas"));
    CHECK_FALSE(takes("Redovisa", "redovisas"));  // too short
    CHECK(takes("\xC3\xA5terrapporteras", "\xC3\xA5terrapporteras"));
    CHECK(takes("\xC3\x85terrapporteras", "\xC3\xA5terrapporteras"));
    CHECK_FALSE(takes("\xC3\x84terrapporteras", "\xC3\xA5terrapporteras"));
    CHECK_FALSE(takes("\xC3\x85tarrapporteras", "\xC3\xA5terrapporteras"));
    CHECK_FALSE(takes("\xC4\x85terrapporteras", "\xC3\xA5terrapporteras"));
    // A word that begins with no small letter is taken only as it is.
    CHECK(takes("SOU", "SOU"));
    CHECK_FALSE(takes("sOU", "SOU"));
    CHECK_FALSE(takes("(EU)", "(eu)"));
    CHECK_FALSE(takes("", "dok."));
    CHECK(takes("Dok.", "dok."));
    CHECK(takes("D", "d"));
}

TEST_CASE("spaces: blanks, tabs and no-break spaces, at least one", "[scan]") {
    Cursor c(" \t\xC2\xA0 x");
    CHECK(c.spaces());
    CHECK(c.at() == 5);
    CHECK_FALSE(c.spaces());
    CHECK(c.at() == 5);
    Cursor line("\nx");
    CHECK_FALSE(line.spaces());
    Cursor end("a ");
    CHECK(end.literal("a"));
    CHECK(end.spaces());
    CHECK(end.done());
    CHECK_FALSE(end.spaces());
    Cursor lone("\xC2");
    CHECK_FALSE(lone.spaces());
}

TEST_CASE("digits: between a least and a most, not followed by another digit", "[scan]") {
    Cursor c("2018/123");
    CHECK_FALSE(c.digits(5, 6).has_value());
    CHECK_FALSE(c.digits(1, 3).has_value());
    CHECK(c.at() == 0);
    CHECK(c.digits(4, 4) == "2018");
    CHECK(c.at() == 4);
    CHECK_FALSE(c.digits(1, 3).has_value());  // "/"
    CHECK(c.literal("/"));
    CHECK(c.digits(3, 3) == "123");
    CHECK(c.done());
    CHECK_FALSE(c.digits(1, 2).has_value());
    CHECK(Cursor("0").digits(1, 1) == "0");
    CHECK(Cursor("9").digits(1, 1) == "9");
    CHECK_FALSE(Cursor("a").digits(1, 1).has_value());
    CHECK_FALSE(Cursor("/").digits(1, 1).has_value());
    CHECK_FALSE(Cursor(":").digits(1, 1).has_value());
    CHECK(Cursor("12").digits(2, 2) == "12");
}

TEST_CASE("capitals and capitalised words, counted in letters", "[scan]") {
    CHECK(Cursor("SSK/").capitals(3) == "SSK");
    CHECK_FALSE(Cursor("SSKA").capitals(3).has_value());
    CHECK(Cursor("\xC3\x85\xC3\x84").capitals(2) == "\xC3\x85\xC3\x84");  // two letters, 4 bytes
    CHECK_FALSE(Cursor("\xC3\x85\xC3\x84\xC3\x96").capitals(2).has_value());
    CHECK_FALSE(Cursor("ssk").capitals(3).has_value());
    CHECK(Cursor("Ab").capitals(3) == "A");
    Cursor c("TELECOM 372");
    CHECK(c.capitals(12) == "TELECOM");
    CHECK(c.at() == 7);
    CHECK(Cursor("Cyber 139").capitalised(12) == "Cyber");
    CHECK(Cursor("G\xC3\xA4vle").capitalised(4) == "G\xC3\xA4vle");
    CHECK_FALSE(Cursor("G\xC3\xA4vle").capitalised(3).has_value());
    CHECK(Cursor("A").capitalised(0) == "A");
    CHECK_FALSE(Cursor("cyber").capitalised(12).has_value());
    Cursor d("Ab");
    CHECK(d.capitalised(1) == "Ab");
    CHECK(d.done());
    Cursor e("abc");
    CHECK_FALSE(e.capitalised(5).has_value());
    CHECK(e.at() == 0);
}

TEST_CASE("a word ends before anything but a letter or a digit", "[scan]") {
    const auto ends = [](std::string_view text) { return Cursor(text).at_word_end(); };
    CHECK(ends(""));
    CHECK(ends(" "));
    CHECK(ends("."));
    CHECK(ends("/"));
    CHECK(ends("\xE2\x80\x93"));
    CHECK(ends("\xC2\xA0"));
    CHECK_FALSE(ends("a"));
    CHECK_FALSE(ends("Z"));
    CHECK_FALSE(ends("0"));
    CHECK_FALSE(ends("9"));
    CHECK_FALSE(ends("\xC3\xA5"));
    CHECK_FALSE(ends("\xC3\xA9"));  // é: another letter of Latin-1
    Cursor c("ab");
    CHECK(c.literal("ab"));
    CHECK(c.at_word_end());
}
