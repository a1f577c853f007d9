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
