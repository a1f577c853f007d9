#include <catch2/catch.hpp>
#include <string>
#include <vector>

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
