#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "json_events.hpp"
#include "properties.hpp"

using namespace handlingsplan;
namespace fs = std::filesystem;

namespace {

// Counts the events and keeps the last string, to look at what the parser gives.
class Events final : public nlohmann::ordered_json::json_sax_t {
public:
    int values = 0;
    std::string last_string;

    bool null() override { return ++values > 0; }
    bool boolean(bool) override { return ++values > 0; }
    bool number_integer(number_integer_t) override { return ++values > 0; }
    bool number_unsigned(number_unsigned_t) override { return ++values > 0; }
    bool number_float(number_float_t, const string_t&) override { return ++values > 0; }
    bool string(string_t& value) override {
        last_string = value;
        return ++values > 0;
    }
    bool binary(binary_t&) override { return false; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::ordered_json::exception&) override {
        return false;
    }
};

bool parses(std::string_view text) {
    Events events;
    return detail::parse_json_events(text, events);
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace

TEST_CASE("given back, the text the parser has read is released and its events are the same",
          "[json_events]") {
    // About 12 MiB of strings in an array of arrays: containers close all along the way.
    std::string text = "[";
    const std::string word(1000, 'x');
    const int count = 12000;
    for (int i = 0; i < count; ++i) text += (i ? ",[\"" : "[\"") + word + std::to_string(i) + "\"]";
    text += "]";
    const std::string copy = text;
    Events kept;
    REQUIRE(detail::parse_json_events(copy, kept));
    CHECK(copy == text);  // not given back unless asked
    Events given;
    REQUIRE(detail::parse_json_events(text, given, true));
    CHECK(given.values == count);
    CHECK(given.last_string == word + std::to_string(count - 1));
    // The pages read past hold zeros now; the last few MiB, never read past by a full step, not.
    CHECK(text.find(std::string(4096, '\0')) < (1u << 20));
    CHECK(text.substr(text.size() - 1001) == copy.substr(copy.size() - 1001));
}

TEST_CASE("the one-pass parser agrees with nlohmann on every parsing case of JSONTestSuite") {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(HANDLINGSPLAN_JSON_TEST_SUITE_DIR)) {
        cases.push_back(entry.path());
    }
    REQUIRE(cases.size() == 318);
    for (const auto& path : cases) {
        const std::string name = path.filename().string();
        const std::string text = read_file(path);
        INFO(name);
        CHECK_NOTHROW(fuzz::check_json_events(text));
        if (name.starts_with("y_")) CHECK(parses(text));
        if (name.starts_with("n_")) CHECK_FALSE(parses(text));
    }
}

TEST_CASE("the one-pass parser undoes escapes and refuses what JSON does not allow") {
    Events events;
    REQUIRE(detail::parse_json_events(R"(["a\"\\\/\b\f\n\r\t\u00e5\ud83d\ude00"])", events));
    CHECK(events.last_string == "a\"\\/\b\f\n\r\tå\xF0\x9F\x98\x80");
    CHECK(parses(" {\"a\": [1, -2, 3.5e1, true, false, null]} \n"));
    for (const char* bad : {"",
                            " ",
                            "{",
                            "{\"a\" 1}",
                            "{\"a\":1,}",
                            "[1,]",
                            "01",
                            "-",
                            "1.",
                            "1e",
                            "\"\\ud800\"",
                            "\"\\udc00\"",
                            "\"\t\"",
                            "\"\\x\"",
                            "tru",
                            "[1] 2",
                            "1e400",
                            "\"\xC3\"",
                            "\"\xED\xA0\x80\"",
                            "/* */ 1",
                            "\xEF\xBB\xBF{}"}) {
        INFO(bad);
        CHECK_FALSE(parses(bad));
        CHECK_NOTHROW(fuzz::check_json_events(bad));
    }
}

TEST_CASE("the one-pass parser gives numbers as nlohmann does") {
    for (const char* text : {"0", "-0", "18446744073709551615", "18446744073709551616",
                             "-9223372036854775808", "-9223372036854775809", "1.5", "1E2"}) {
        INFO(text);
        CHECK(parses(text));
        CHECK_NOTHROW(fuzz::check_json_events(text));
    }
}

TEST_CASE("a string's plain runs end at the same byte wherever it lies in a block of bytes") {
    // The parser skips plain ASCII sixteen bytes at a time (eight where the processor has no
    // SSE2): each byte that ends a run (a quote, a backslash, a control character) or starts a
    // letter of two, three or four bytes, and each malformed one, at every place in and across
    // two such blocks, after ASCII and after å.
    const std::vector<std::string> marks = {
        "\\\"", "\\\\", "\\n", "\\u00e5", "\xC3\xA5", "\xE2\x80\x93", "\xF0\x9F\x98\x80",
        "\x7f", " "};
    const std::vector<std::string> refused = {"\x01", "\x1f", "\t",           "\xC3",
                                              "\x80", "\xFF", "\xED\xA0\x80", "\xC0\xAF"};
    for (const std::string before : {"abcdefghijklmnopqrstuvwxyz0123456789",
                                     "\xC3\xA5\xC3\xA5\xC3\xA5xyzabcdefghijklmnopqrstuvw"}) {
        for (std::size_t at = 0; at <= before.size(); ++at) {
            // Between characters only: within å the text itself would be malformed.
            if (at < before.size() && (static_cast<unsigned char>(before[at]) & 0xC0) == 0x80) {
                continue;
            }
            for (const auto& mark : marks) {
                const std::string text =
                    "[\"" + before.substr(0, at) + mark + before.substr(at) + "tail of the text\"]";
                CAPTURE(before, at, mark);
                Events events;
                REQUIRE(detail::parse_json_events(text, events));
                CHECK(events.last_string ==
                      nlohmann::ordered_json::parse(text)[0].get<std::string>());
            }
            for (const auto& bad : refused) {
                const std::string text =
                    "[\"" + before.substr(0, at) + bad + before.substr(at) + "tail\"]";
                CAPTURE(before, at, bad);
                CHECK_FALSE(parses(text));
            }
        }
    }
}

TEST_CASE("the one-pass parser reads a text to its end and not a byte further") {
    // Each text cut at every length, the cut a view into the whole: the bytes after the cut are
    // there to be misread. nlohmann, given the same view, says what the cut text is.
    for (const std::string whole :
         {"[1, -2.5e+3, 0.5E-1, 10, true, false, null, \"a\\u00e5\", {\"k\": [ ]}] ", "12 ", "-0.5",
          "1e5 ", "1E-2", "\"x\" ", "{\"a\":1.5}", "[]", "{}",
          "[\"a string longer than two blocks of sixteen bytes, \xC3\xA5 and all\"]"}) {
        for (std::size_t n = 0; n <= whole.size(); ++n) {
            const std::string_view cut = std::string_view(whole).substr(0, n);
            CAPTURE(whole, n);
            CHECK_NOTHROW(fuzz::check_json_events(cut));
            CHECK(parses(cut) == parses(std::string(cut)));
        }
    }
}

TEST_CASE("the one-pass parser reads escapes of every hexadecimal digit and code point range") {
    std::vector<std::string> escapes;
    for (const char digit : std::string("/09:@AFG`afg")) {
        escapes.push_back(std::string("\\u004") + digit);
        escapes.push_back(std::string("\\u") + digit + "000");
    }
    for (const char* escape :
         {"\\u007f", "\\u0080", "\\u07ff", "\\u0800", "\\ud7ff", "\\ue000", "\\uffff",
          "\\ud800\\udc00", "\\udbff\\udfff", "\\ud800\\udbff", "\\ud800\\ue000", "\\udfff",
          "\\udc00", "\\ud800\\n", "\\ud800x", "\\u12", "\\u"}) {
        escapes.emplace_back(escape);
    }
    for (const auto& escape : escapes) {
        const std::string text = "[\"" + escape + "\"]";
        CAPTURE(text);
        CHECK_NOTHROW(fuzz::check_json_events(text));
    }
    // Each accepted escape gives nlohmann's string; each refused one is refused by both.
    Events events;
    REQUIRE(detail::parse_json_events(R"(["\u0080\u07ff\u0800\uffff\udbff\udfff"])", events));
    CHECK(events.last_string == "\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF4\x8F\xBF\xBF");
    CHECK_FALSE(parses(R"(["\udfff"])"));
    CHECK_FALSE(parses(R"(["\ud800\ue000"])"));
    CHECK_FALSE(parses(R"(["\ud800\udbff"])"));
}

namespace {

// Events that refuse the first container of one kind to start or end, as a builder refuses
// what a plan cannot hold; counts the containers started.
class Refusing final : public nlohmann::ordered_json::json_sax_t {
public:
    explicit Refusing(char refused) : refused_(refused) {}
    int started = 0;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return ++started > 0 && refused_ != '{'; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return refused_ != '}'; }
    bool start_array(std::size_t) override { return ++started > 0 && refused_ != '['; }
    bool end_array() override { return refused_ != ']'; }
    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::ordered_json::exception&) override {
        return false;
    }

private:
    char refused_;
};

}  // namespace

TEST_CASE("a handler's refusal to start or end a container stops the parse") {
    for (const char refused : {'{', '}', '[', ']'}) {
        for (const char* text :
             {"[{}, [[]], {\"a\": [1]}]", "[{\"a\": [1]}, 2]", "{\"a\": [], \"b\": {}}"}) {
            CAPTURE(refused, text);
            Refusing handler(refused);
            const bool accepted = detail::parse_json_events(text, handler);
            // Each text has a container of every kind; the refusal stops the parse there.
            CHECK_FALSE(accepted);
            if (refused == text[0]) CHECK(handler.started == 1);  // nothing after the first
        }
    }
    Refusing none('x');
    CHECK(detail::parse_json_events("[{}, [[]], {\"a\": [1]}]", none));
    CHECK(none.started == 6);
}

TEST_CASE("the text is given back once the parser has read a full step of it") {
    // A document exactly one step long: its last bracket is read at the step.
    const std::size_t step = std::size_t{4} << 20;
    std::string text = "[\"" + std::string(step - 4, 'x') + "\"]";
    REQUIRE(text.size() == step);
    Events events;
    REQUIRE(detail::parse_json_events(text, events, true));
    CHECK(text.find(std::string(4096, '\0')) < (1u << 20));
    // One byte short of a step: nothing is given back.
    std::string shorter = "[\"" + std::string(step - 5, 'x') + "\"]";
    REQUIRE(detail::parse_json_events(shorter, events, true));
    CHECK(shorter.find('\0') == std::string::npos);
}

TEST_CASE("the one-pass parser takes white space, keys, literals and strings as nlohmann does") {
    // Each text accepted or refused as nlohmann::json::accept says.
    for (const char* text :
         {"[1,\t2]", "[1 ,\r\n2]\t", "{\"a\":\t1}", "{x\":1}", "{1}", "{1:2}", "[\"\\ud800dc00\"]",
          "[\"\\ud800\\udc00\"]", "[\"a\t, 1]", "[\"a\n, 1]", "{\"a\t: 1}", "[tru]", "[nul, 1]"}) {
        CAPTURE(text);
        CHECK(parses(text) == nlohmann::ordered_json::accept(text));
        CHECK_NOTHROW(fuzz::check_json_events(text));
    }
}

TEST_CASE("up to a refusal, the one-pass parser hands on what nlohmann hands on") {
    // A string or key that is not UTF-8 is never handed on in part; nor is any other token
    // before it is whole. Each refused case of JSONTestSuite (but those with a NUL or a byte
    // order mark, which the reads take apart), and strings and keys malformed after some text.
    std::vector<std::string> texts = {"[\"ab\xFF\"]", "[\"ab\xC3\"]", "{\"ab\x80\": 1}",
                                      "[1, \"\xC3\xA5\xED\xA0\x80\"]", "[\"a\", \"b\xF8\"]"};
    for (const auto& entry : fs::directory_iterator(HANDLINGSPLAN_JSON_TEST_SUITE_DIR)) {
        if (entry.path().filename().string().starts_with("n_")) {
            texts.push_back(read_file(entry.path()));
        }
    }
    REQUIRE(texts.size() > 150);
    for (const auto& text : texts) {
        if (text.find('\0') != std::string::npos || text.starts_with("\xEF\xBB\xBF")) continue;
        CAPTURE(text);
        fuzz::EventLog ours, theirs;
        CHECK_FALSE(detail::parse_json_events(text, ours));
        CHECK_FALSE(nlohmann::ordered_json::sax_parse(text, &theirs));
        CHECK(ours.log == theirs.log);
    }
}
