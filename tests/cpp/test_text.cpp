#include <catch2/catch.hpp>
#include <climits>
#include <string>
#include <vector>

#include "handlingsplan/text_rules.hpp"
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

TEST_CASE("a number appended in decimal is std::to_string's text", "[text]") {
    for (const int number : {0, 7, 10, 2019, -1, -305, INT_MAX, INT_MIN}) {
        std::string text = "år ";
        append_decimal(text, number);
        CHECK(text == "år " + std::to_string(number));
    }
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
    CHECK(expected_names(colours).english == "\"röd\" or \"grön\"");
    CHECK(expected_names(colours).swedish == "\"röd\" eller \"grön\"");
}

TEST_CASE("a text holds only characters every document can hold", "[text][hostile]") {
    using Catch::Contains;
    CHECK(first_unwritable("a\tb\nc") == std::string_view::npos);
    CHECK(first_unwritable("\xC3\x85tg\xC3\xA4rd \xE2\x80\x93 ok \xC2\xA0") ==
          std::string_view::npos);
    CHECK(first_unwritable(std::string_view("a\0b", 3)) == 1);
    CHECK(first_unwritable("a\x01") == 1);
    CHECK(first_unwritable("\r") == 0);
    CHECK(first_unwritable("\x1f") == 0);
    CHECK(first_unwritable("x\xEF\xBF\xBE") == 1);
    CHECK(first_unwritable("x\xEF\xBF\xBF") == 1);
    CHECK(first_unwritable("\xEF\xBF\xBD\xEF\xBB\xBF") == std::string_view::npos);
    CHECK_THROWS_WITH(require_utf8("ab\x0b", "the title"),
                      Contains("the title") && Contains("U+000B") && Contains("character 3"));
    CHECK_THROWS_WITH(require_text("\xC3\xA5\xEF\xBF\xBF", "the title"), Contains("U+FFFF"));
    CHECK_NOTHROW(require_text("two\nlines\tand a tab", "the description"));
}

TEST_CASE("an unwritable character is found at every place in a long text", "[text][hostile]") {
    // The check reads eight bytes at a time: each place in and across those words, after plain
    // ASCII and after characters of two and three bytes (å, U+FEFF, whose first byte is 0xEF).
    for (const std::string_view before : {"abcdefghijklmnopqrstuvwx", "\xC3\xA5\xC3\xA5\xC3\xA5x",
                                          "\xEF\xBB\xBF\xEF\xBB\xBF"
                                          "abcdefghijklmn"}) {
        for (std::size_t at = 0; at <= before.size(); ++at) {
            for (const std::string& bad :
                 {std::string(1, '\0'), std::string("\x01"), std::string("\x1f"), std::string("\r"),
                  std::string("\xEF\xBF\xBE"), std::string("\xEF\xBF\xBF")}) {
                std::string text(before);
                text.insert(at, bad);
                text += "tail of plain text";
                CAPTURE(before, at, bad);
                CHECK(first_unwritable(text) == at);
            }
            std::string plain(before);
            plain.insert(at, "\t\n \x7f\xC2\xA0\xEF\xBF\xBD");
            CHECK(first_unwritable(plain) == std::string_view::npos);
        }
    }
}

TEST_CASE("the one-pass check of a text accepts exactly what the two scans accept",
          "[text][hostile]") {
    // is_writable_utf8 is the loader's fast path; first_invalid_utf8 and first_unwritable say
    // where. Every string of up to three bytes from bytes that matter, then each of them at
    // every place of a longer text (in and across the eight-byte words).
    const std::vector<unsigned char> bytes = {0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x41, 0x7F,
                                              0x80, 0x9F, 0xA0, 0xBE, 0xBF, 0xC0, 0xC2, 0xC3,
                                              0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    const auto agree = [](std::string_view text) {
        const bool scans = first_invalid_utf8(text) == std::string_view::npos &&
                           first_unwritable(text) == std::string_view::npos;
        return is_writable_utf8(text) == scans;
    };
    std::vector<std::string> shorts = {""};
    for (std::size_t length = 1; length <= 3; ++length) {
        const std::size_t before = shorts.size();
        for (std::size_t k = 0; k < before; ++k) {
            if (shorts[k].size() != length - 1) continue;
            for (const unsigned char b : bytes) shorts.push_back(shorts[k] + static_cast<char>(b));
        }
    }
    shorts.push_back("\xEF\xBF\xBE");
    shorts.push_back("\xEF\xBF\xBD");
    shorts.push_back("\xF0\x9F\x98\x80");
    for (const auto& s : shorts) {
        CAPTURE(s);
        CHECK(agree(s));
        const std::string plain = "abcdefgh\xC3\xA5ijklmnop";
        for (std::size_t at = 0; at <= plain.size(); at += 3) {
            CHECK(agree(plain.substr(0, at) + s + plain.substr(at)));
        }
    }
}

TEST_CASE("every ASCII white space and the no-break space are trimmed and collapsed", "[text]") {
    CHECK(trim("\r\f\va\v\f\r") == "a");
    CHECK(trim("\ta\n") == "a");
    CHECK(trim("a\xC2\xA0\xC2\xA0") == "a");
    CHECK(trim("\xC2\xA0\xC2\xA0"
               "a") == "a");
    CHECK(trim("\xC2\xA0 \xC2\xA0"
               "a b\xC2\xA0 \xC2\xA0") == "a b");
    CHECK(collapse_spaces("a \xC2\xA0\t b") == "a b");
    CHECK(collapse_spaces("a\x0b\x0c\rb\xC2\xA0"
                          "c") == "a b c");
    CHECK(collapse_spaces("\xC2\xA0 ab  cd \xC2\xA0") == "ab cd");
    CHECK(is_blank(" \t\xC2\xA0\r\n"));
    CHECK_FALSE(is_blank(" x "));
    CHECK(starts_with_word("och", "och"));
    CHECK_FALSE(starts_with_word("och,", "och"));
    CHECK_FALSE(starts_with_word("oc", "och"));
}

TEST_CASE("case folding lowers ASCII and the Latin-1 capitals, nothing else", "[text]") {
    // U+00C0..U+00DE but U+00D7 (×) are capitals whose small letter is 0x20 further on.
    CHECK(fold_case("ABCXYZ") == "abcxyz");
    CHECK(fold_case("@[`{") == "@[`{");
    CHECK(fold_case("\xC3\x80\xC3\x85\xC3\x84\xC3\x96\xC3\x89\xC3\x9C\xC3\x9E") ==
          "\xC3\xA0\xC3\xA5\xC3\xA4\xC3\xB6\xC3\xA9\xC3\xBC\xC3\xBE");
    CHECK(fold_case("\xC3\x97\xC3\x9F\xC3\xA5\xC3\xBF") == "\xC3\x97\xC3\x9F\xC3\xA5\xC3\xBF");
    CHECK(fold_case("A\xC3") == "a\xC3");  // a lead byte at the end is left
    // The byte after 0xC3 is never read as a letter of its own: "Ã" + "A" is U+00C3 U+0041.
    CHECK(fold_case("\xC3\x41") == "\xC3\x41");
    CHECK(upper_case("abcxyz") == "ABCXYZ");
    CHECK(upper_case("@[`{") == "@[`{");
    CHECK(upper_case("\xC3\xA0\xC3\xA5\xC3\xA4\xC3\xB6\xC3\xA9\xC3\xBC\xC3\xBE") ==
          "\xC3\x80\xC3\x85\xC3\x84\xC3\x96\xC3\x89\xC3\x9C\xC3\x9E");
    CHECK(upper_case("\xC3\xB7\xC3\xBF\xC3\x9F\xC3\x85") == "\xC3\xB7\xC3\xBF\xC3\x9F\xC3\x85");
    CHECK(upper_case("a\xC3") == "A\xC3");
    CHECK(upper_case("\xC3\x61") == "\xC3\x61");
}

TEST_CASE("marks are taken off a, e, o and u only", "[text]") {
    // à..å, è..ë, ò..ö, ù..ü (U+00E0..E5, E8..EB, F2..F6, F9..FC) and their capitals.
    CHECK(fold_marks("\xC3\xA0\xC3\xA5\xC3\xA8\xC3\xAB\xC3\xB2\xC3\xB6\xC3\xB9\xC3\xBC") ==
          "aaeeoouu");
    CHECK(fold_marks("\xC3\x85\xC3\x96") == "ao");
    for (const char* kept : {"\xC3\xA6", "\xC3\xA7", "\xC3\xAC", "\xC3\xB1", "\xC3\xB7", "\xC3\xB8",
                             "\xC3\xBD", "\xC3\x9F"}) {
        CAPTURE(kept);
        CHECK(fold_marks(kept) == kept);
    }
    CHECK(fold_marks("F\xC3") == "f\xC3");
}

TEST_CASE("the closest name: fewest edits of characters, within a third of the word", "[text]") {
    CHECK(closest("Fo", {"F\xC3\xB6", "Fi"}) == "F\xC3\xB6");  // ö is one character
    // A word of three characters: two edits are near, three are not.
    CHECK(closest("abc", {"xyc"}) == "xyc");
    CHECK_FALSE(closest("abc", {"xyz"}).has_value());
    // Nine characters: three edits, not four.
    CHECK(closest("abcdefghi", {"abcdefxyz"}) == "abcdefxyz");
    CHECK_FALSE(closest("abcdefghi", {"abcdewxyz"}).has_value());
    // Each kind of edit costs one: a character added, dropped or changed.
    CHECK(closest("abcdefghi", {"abcdefghijkl", "zzzzzzzzz"}) == "abcdefghijkl");
    CHECK(closest("abcdefghi", {"abcdef", "zzzzzzzzz"}) == "abcdef");
    CHECK(closest("abcdefghi", {"xbcdefghy", "zzzzzzzzz"}) == "xbcdefghy");
    // The nearest wins; of two as near, the first.
    CHECK(closest("abcdef", {"abxxef", "abcxef", "abcyef"}) == "abcxef");
    // Capitals are compared as small letters, at both ends of the alphabet.
    CHECK(closest("Z", {"y", "z"}) == "z");
    CHECK(closest("A", {"b", "a"}) == "a");
    CHECK(closest("[", {"{", "["}) == std::nullopt);  // the text itself: no suggestion
    CHECK(closest("@", {"a", "`"}) == "a");           // '@' and '`' are no letters
    CHECK_FALSE(closest("", {"a"}).has_value());
    // A text of more than 200 characters is no name; 200 are compared.
    CHECK(closest(std::string(200, 'a'), {std::string(199, 'a')}) == std::string(199, 'a'));
    CHECK_FALSE(closest(std::string(201, 'a'), {std::string(200, 'a')}).has_value());
    std::string long_a;
    for (int i = 0; i < 200; ++i) long_a += "\xC3\xA5";
    CHECK(closest(long_a, {long_a + "x"}) == long_a + "x");
}

TEST_CASE("a text's complaint names its byte, its character and its code", "[text]") {
    using Catch::Contains;
    CHECK_THROWS_WITH(require_utf8("ab\xFF", "the title"),
                      Contains("the title is not valid UTF-8 (byte 3 of \"ab\xEF\xBF\xBD\")"));
    CHECK_THROWS_WITH(require_utf8("\xC3\xA5\xC3\xA5\x01", "x"), Contains("U+0001 at character 3"));
    CHECK_THROWS_WITH(require_utf8("\xC3\xA5\xEF\xBF\xBE", "x"), Contains("U+FFFE at character 2"));
    CHECK_THROWS_WITH(require_utf8("\x1f", "x"), Contains("U+001F at character 1"));
    CHECK_NOTHROW(require_utf8(" ~\x7f", "x"));
    CHECK_THROWS_WITH(require_text(" \xC2\xA0", "the title"), Contains("the title is empty"));
    try {
        require_text("", "the title");
        FAIL("no error");
    } catch (const handlingsplan::InvalidValue& e) {
        CHECK(std::string(e.swedish()) == "texten är tom");
    }
    // Bytes of 0xEF not followed by BF BE or BF BF are no complaint, nor a cut sequence's end.
    CHECK(first_unwritable("\xEF\xBF\xBC") == std::string_view::npos);
    CHECK(first_unwritable("\xEF\xBE\xBE") == std::string_view::npos);
    CHECK(first_unwritable("ab\xEF\xBF") == std::string_view::npos);
    CHECK(first_unwritable(" ") == std::string_view::npos);
}

TEST_CASE("check_text: the Swedish complaint says what the text is", "[text]") {
    try {
        handlingsplan::check_text("a\x01", "the title", "titeln");
        FAIL("no error");
    } catch (const handlingsplan::InvalidValue& e) {
        CHECK_THAT(e.what(), Catch::Contains("the title holds the character U+0001"));
        CHECK(std::string(e.swedish()).starts_with("titeln: texten har tecknet U+0001"));
    }
    try {
        handlingsplan::check_text("a\x01", "the title", "");
        FAIL("no error");
    } catch (const handlingsplan::InvalidValue& e) {
        CHECK(std::string(e.swedish()).starts_with("texten har tecknet U+0001"));
    }
    CHECK_NOTHROW(handlingsplan::check_text("a\tb", "the title", "titeln"));
}

TEST_CASE("only 0xC3 leads a Latin-1 letter: other bytes are folded or kept one by one", "[text]") {
    CHECK(fold_case("aB") == "ab");
    CHECK(fold_case("\xC3\xA5Z") == "\xC3\xA5z");
    CHECK(upper_case("Ab") == "AB");
    CHECK(upper_case("\xC3\x85z") == "\xC3\x85Z");
    // ¥ (C2 A5) and • (E2 80 A2) hold bytes that follow 0xC3 in å and â: they are no letters.
    CHECK(fold_marks("\xC2\xA5") == "\xC2\xA5");
    CHECK(fold_marks("\xE2\x80\xA2") == "\xE2\x80\xA2");
}

TEST_CASE("the distance counts every character of the longer name", "[text]") {
    // "x" to "ab" is two edits, to "y" one: "y" is nearer.
    CHECK(closest("x", {"ab", "y"}) == "y");
}

TEST_CASE("the Swedish complaint names the same byte", "[text]") {
    try {
        require_utf8("ab\xFF", "the title");
        FAIL("no error");
    } catch (const handlingsplan::InvalidValue& e) {
        CHECK_THAT(e.swedish(), Catch::Contains("texten är inte giltig UTF-8 (byte 3 av"));
    }
}
