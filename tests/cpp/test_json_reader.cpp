#include <catch2/catch.hpp>

#include "handlingsplan/errors.hpp"
#include "json_reader.hpp"

using namespace handlingsplan;
using handlingsplan::detail::parse_json;

namespace {

DataError error_of(std::string_view text, const std::string& source = "test.json") {
    try {
        parse_json(text, source);
    } catch (const DataError& e) {
        return e;
    }
    FAIL("no DataError for: " << std::string(text.substr(0, 200)));
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("a document followed by a NUL byte and more is refused, not cut short", "[json_reader]") {
    // nlohmann reads a NUL as the end of the input; whatever followed was dropped unseen.
    const auto e = error_of(std::string("{\"a\": 1}\n\0{\"b\": 2}", 18));
    CHECK(e.where() == "line 2, column 1");
    CHECK_THAT(e.problem(), Catch::Contains("NUL"));
    CHECK(error_of(std::string("{}\0", 3)).where() == "line 1, column 3");
    // Inside a string a NUL is a syntax error of its own.
    CHECK_THAT(error_of(std::string("{\"a\": \"x\0\"}", 11)).problem(), Catch::Contains("escaped"));
}

TEST_CASE("one byte order mark is skipped, a second refused", "[json_reader]") {
    CHECK(parse_json("\xEF\xBB\xBF{\"a\": 1}", "x").at("a") == 1);
    const auto e = error_of("\xEF\xBB\xBF\xEF\xBB\xBF{\"a\": 1}");
    CHECK(e.where() == "line 1, column 1");
    CHECK_THAT(e.problem(), Catch::Contains("second byte order mark"));
}

TEST_CASE("an empty input names its place", "[json_reader]") {
    CHECK(error_of("").where() == "line 1, column 1");
    const auto e = error_of("  \n\n ");
    CHECK(e.where() == "line 3, column 2");
    CHECK_THAT(e.problem(), Catch::Contains("empty"));
}

TEST_CASE("a source name with a NUL does not cut the message short", "[json_reader]") {
    const auto e = error_of("[", std::string("plan\0.json", 10));
    CHECK(e.source() == std::string("plan\0.json", 10));
    CHECK_THAT(std::string(e.what()), Catch::Contains("plan\\0.json:1:2: "));
    CHECK(e.line() == 1);
    CHECK(e.column() == 2);
}

TEST_CASE("syntax errors, repeated keys and deep nesting name line and column", "[json_reader]") {
    CHECK(error_of("{\"a\": 1,\n \"a\": 2}").where() == "/a");
    CHECK(error_of("{\"a\": [1,]}").where() == "line 1, column 10");
    CHECK_THAT(error_of(std::string(65, '[') + std::string(65, ']')).problem(),
               Catch::Contains("nested"));
}

TEST_CASE("syntax problems are worded in Swedish, phrase by phrase", "[json_reader]") {
    const auto e = error_of("{\"a\": 1,}");
    CHECK_THAT(e.problem(),
               Catch::StartsWith("JSON syntax: syntax error while parsing object key"));
    CHECK(e.swedish_problem() ==
          "JSON-syntax: syntaxfel vid en nyckel i ett objekt - oväntat '}'; väntat: en text");
    CHECK(error_of("{\"a\": tru}").swedish_problem() ==
          "JSON-syntax: syntaxfel i ett värde - ogiltigt ord; senast läst: '\"a\": tru}'");
    CHECK(error_of("{\"a\": 1, \"a\": 2}").swedish_problem() ==
          "fältet \"a\" står två gånger i ett objekt; behåll ett");
    CHECK(error_of("").swedish_problem() == "filen är tom; ett JSON-objekt (en planfil) väntades");
}

namespace {

using handlingsplan::detail::json;
using handlingsplan::detail::Node;

// The DataError that `act` throws.
template <class F>
DataError thrown(F&& act) {
    try {
        act();
    } catch (const DataError& e) {
        return e;
    }
    FAIL("no DataError");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("nesting counts the brackets open outside strings, up to the limit", "[json_reader]") {
    const int limit = detail::max_json_depth;
    CHECK_NOTHROW(parse_json(std::string(limit, '[') + std::string(limit, ']'), "x"));
    // More brackets than the limit in all, never more than two open.
    std::string siblings = "[";
    for (int i = 0; i <= limit; ++i) siblings += i > 0 ? ",[]" : "[]";
    CHECK_NOTHROW(parse_json(siblings + "]", "x"));
    // Brackets in a string, after an escaped quote too, are text.
    const std::string brackets(limit + 1, '[');
    CHECK_NOTHROW(parse_json("[\"\\\"" + brackets + "\"]", "x"));
    CHECK_NOTHROW(parse_json("{\"" + brackets + "\": 1}", "x"));
    // The first bracket too many is the place, of objects as of arrays.
    const auto e = error_of(std::string(limit + 1, '[') + std::string(limit + 1, ']'));
    CHECK(e.where() == "line 1, column " + std::to_string(limit + 1));
    std::string objects;
    for (int i = 0; i <= limit; ++i) objects += "{\"a\":";
    objects += "1" + std::string(limit + 1, '}');
    CHECK(error_of(objects).where() == "line 1, column " + std::to_string(5 * limit + 1));
    // The count stops at the end of the text, whatever the bytes after it.
    const std::string unclosed(limit + 1, '[');
    const auto cut = error_of(std::string_view(unclosed).substr(0, limit));
    CHECK_THAT(cut.problem(), Catch::StartsWith("JSON syntax: "));
}

TEST_CASE("a line and column count lines and characters, not bytes", "[json_reader]") {
    using detail::line_and_column;
    using Place = std::pair<std::size_t, std::size_t>;
    const std::string text = "ab\nc\xC3\xA5 d";  // å is two bytes
    CHECK(line_and_column(text, 0) == Place{1, 1});
    CHECK(line_and_column(text, 1) == Place{1, 2});
    CHECK(line_and_column(text, 3) == Place{2, 1});
    CHECK(line_and_column(text, 7) == Place{2, 4});
    CHECK(line_and_column(text, 99) == Place{2, 5});  // past the end: the end
    CHECK(detail::line_column(text, 7) == "line 2, column 4");
    const auto e = error_of("{\"\xC3\xA5\": 1}\n\n\xC3\xA4");
    CHECK(e.where() == "line 3, column 1");
}

TEST_CASE("a field given twice is named by its JSON path, tokens escaped", "[json_reader]") {
    CHECK(detail::escape_pointer_token("a~b/c") == "a~0b~1c");
    CHECK(error_of("{\"x\": [0, {\"a\": 1, \"a\": 2}]}").where() == "/x/1/a");
    CHECK(error_of("[1, [], {}, {\"a\": 1, \"a\": 2}]").where() == "/3/a");
    CHECK(error_of("{\"a/b\": {\"c~d\": 1, \"c~d\": 2}}").where() == "/a~1b/c~0d");
}

TEST_CASE("a value's offset follows its JSON path past values of every kind", "[json_reader]") {
    const std::string text =
        " \n{\"x\": \"a\\\"}]\", \"y\": {\"k\": [1, \"]\", {\"[\": []}]}, \"z\":\t[10, {\"q\": "
        "null}, true ,\r\n \"w\"], \"a/b~c\": -1.5e3, \"s\\\"q\": 0,\"n\":[1\t,2\n,3\r,4 ,5,6,7,8,"
        "9,10,11,12]}";
    REQUIRE_NOTHROW(parse_json(text, "x"));
    const auto at = [&](std::string_view path) { return detail::value_offset(text, path); };
    CHECK(at("") == 2);
    CHECK(at("/x") == text.find("\"a\\\""));
    CHECK(at("/y") == text.find("{\"k\""));
    CHECK(at("/y/k/1") == text.find("\"]\""));
    CHECK(at("/y/k/2/[") == text.find("[]}"));
    CHECK(at("/z") == text.find("[10"));
    CHECK(at("/z/0") == text.find("10"));
    CHECK(at("/z/1/q") == text.find("null"));
    CHECK(at("/z/2") == text.find("true"));
    CHECK(at("/z/3") == text.find("\"w\""));
    CHECK(at("/a~1b~0c") == text.find("-1.5e3"));
    CHECK(at("/s\"q") == text.find(" 0,") + 1);
    CHECK(at("/n/0") == text.find("[1\t") + 1);
    CHECK(at("/n/4") == text.find("5,6"));
    CHECK(at("/n/9") == text.find("10,11"));
    CHECK(at("/n/11") == text.find("12]"));
    for (const char* missing :
         {"/nope", "/z/4", "/z/x", "/z/-1", "/x/0", "/y/k/3", "/n/12", "/n/:", "/z/1/r"}) {
        INFO(missing);
        CHECK(at(missing) == std::string_view::npos);
    }
    // An index past an inner array's end is not looked for in the elements after it.
    CHECK(detail::value_offset("[[1],[2],3]", "/0/2") == std::string_view::npos);
    CHECK(detail::value_offset("[[1],[2],3]", "/2") == 9);
    // A key that starts with an escaped character.
    CHECK(detail::value_offset(R"({"/x": 1, "~y": 2})", "/~1x") == 7);
    CHECK(detail::value_offset(R"({"/x": 1, "~y": 2})", "/~0y") == 16);
}

TEST_CASE("a node's complaint names its path, line, column, context and field", "[json_reader]") {
    const std::string text =
        "{\n  \"reports\": [\n    {\"year\": 2021, \"status\": {\"kind\": \"x\"}, \"title\": \" "
        "\"}\n"
        "  ]\n}";
    const json doc = json::parse(text);
    const std::string source = "plan.json";
    const Node root(doc, "", source, text);
    const Node report = root["reports"].items()[0];
    auto e = thrown([&] { report["status"]["kind"].integer(0, 1); });
    CHECK(e.source() == source);
    CHECK(e.where() == "/reports/0/status/kind");
    CHECK(e.problem() == "expected a whole number, found a string");
    CHECK(e.swedish_problem() == "ett heltal väntades, en text hittades");
    CHECK(e.line() == 3);
    CHECK(e.column() == 39);
    CHECK(e.context().empty());
    CHECK(e.field() == "reports[0].status.kind");
    e = thrown([&] { report.in_context("report 2021")["status"]["kind"].boolean(); });
    CHECK(e.problem() == "expected true or false, found a string");
    CHECK(e.context() == "report 2021");
    CHECK(e.field() == "status.kind");
    CHECK(report.in_context("report 2021").context() == "report 2021");
    // The root's place is its first character.
    e = thrown([&] { root.expect_object({"reports", "plan"}); });
    CHECK(e.problem() == "missing the field \"plan\"");
    CHECK(e.swedish_problem() == "fältet \"plan\" saknas");
    CHECK(e.where() == "/");
    CHECK(e.line() == 1);
    CHECK(e.column() == 1);
    CHECK(e.field().empty());
    e = thrown([&] { report["title"].text(); });
    CHECK(e.problem() == "expected a non-empty text");
    CHECK(report["title"].string() == " ");
    CHECK(report["year"].year() == 2021);
}

TEST_CASE("an unplaced node complains without a path, line or context", "[json_reader]") {
    const json doc = json::parse(R"({"a": [{"b": "x"}]})");
    const std::string source = "plan.json";
    const Node root = Node::unplaced(doc, source);
    CHECK_FALSE(root.placed());
    const Node b = root["a"].items()[0].in_context("report 2021")["b"];
    CHECK_FALSE(b.placed());
    CHECK(b.context().empty());
    const auto e = thrown([&] { b.integer(0, 1); });
    CHECK(e.where() == "/");
    CHECK(e.line() == 0);
    CHECK(e.context().empty());
    CHECK(e.field().empty());
    CHECK(e.problem() == "expected a whole number, found a string");
}

TEST_CASE("an object's fields are checked against the required and the optional", "[json_reader]") {
    const std::string text = R"({"a": 1, "b": 2, "c": [true]})";
    const json doc = json::parse(text);
    const std::string source = "x.json";
    const Node root(doc, "", source, text);
    CHECK_NOTHROW(root.expect_object({"a", "b"}, {"c", "d"}));
    CHECK_NOTHROW(root.expect_object({"a"}, {"b", "c"}));
    CHECK_NOTHROW(root.expect_object({}, {"c", "b", "a"}));
    auto e = thrown([&] { root.expect_object({"a"}, {"b"}); });
    CHECK(e.where() == "/c");
    CHECK(e.column() == text.find('[') + 1);
    CHECK(e.problem() == "unknown field; expected only \"a\", \"b\"");
    CHECK(e.swedish_problem() == "okänt fält; bara \"a\", \"b\" får finnas här");
    e = thrown([&] { root["c"].expect_object({}); });
    CHECK(e.problem() == "expected an object, found an array");
    CHECK(e.swedish_problem() == "ett objekt väntades, en lista hittades");
    e = thrown([&] { root.items(); });
    CHECK(e.problem() == "expected an array, found an object");
    CHECK(e.swedish_problem() == "en lista väntades, ett objekt hittades");
    const auto items = root["c"].items();
    REQUIRE(items.size() == 1);
    CHECK(items[0].boolean());
    e = thrown([&] { items[0].string(); });
    CHECK(e.where() == "/c/0");
    CHECK(e.problem() == "expected a string, found a boolean");
    CHECK(e.swedish_problem() == "en text väntades, ett sanningsvärde hittades");
}

TEST_CASE("a whole number is read within its bounds, both included", "[json_reader]") {
    const json doc = json::parse("[5, 10, 4, 11, -3, -4, 18446744073709551615, 2.5, 1899]");
    const std::string source = "x.json";
    const auto items = Node(doc, "", source).items();
    CHECK(items[0].integer(5, 10) == 5);
    CHECK(items[1].integer(5, 10) == 10);
    CHECK(items[4].integer(-3, 0) == -3);
    CHECK(items[5].integer(-5, -4) == -4);
    const auto refused = [&](std::size_t i, long long min, long long max) {
        return thrown([&] { items[i].integer(min, max); }).problem();
    };
    CHECK(refused(2, 5, 10) == "expected a whole number from 5 to 10, found 4");
    CHECK(refused(3, 5, 10) == "expected a whole number from 5 to 10, found 11");
    CHECK(refused(4, -2, 0) == "expected a whole number from -2 to 0, found -3");
    CHECK(refused(4, -5, -4) == "expected a whole number from -5 to -4, found -3");
    CHECK(refused(6, 0, 10) == "expected a whole number from 0 to 10, found 18446744073709551615");
    CHECK(refused(7, 0, 10) == "expected a whole number, found the number 2.5");
    CHECK(thrown([&] { items[8].year(); }).swedish_problem() ==
          "ett heltal från 1900 till 2200 väntades, 1899 hittades");
}

TEST_CASE("a JSON value's type is named in English and Swedish", "[json_reader]") {
    using detail::json_type_name;
    using detail::swedish_json_type_name;
    const json values = json::parse(R"([1, -1, 1.5, 1e2, null, true, "s", [], {}])");
    const std::vector<std::string> english = {
        "a whole number", "a whole number", "the number 1.5", "the number 100.0", "null",
        "a boolean",      "a string",       "an array",       "an object"};
    const std::vector<std::string> swedish = {"ett heltal",  "ett heltal", "talet 1.5",
                                              "talet 100.0", "null",       "ett sanningsvärde",
                                              "en text",     "en lista",   "ett objekt"};
    for (std::size_t i = 0; i < english.size(); ++i) {
        CHECK(json_type_name(values[i]) == english[i]);
        CHECK(swedish_json_type_name(values[i]) == swedish[i]);
    }
}
