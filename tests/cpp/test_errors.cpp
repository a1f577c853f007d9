#include <cerrno>
#include <string>

#include <catch2/catch.hpp>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/measure_id.hpp"
#include "handlingsplan/period.hpp"

using namespace handlingsplan;

TEST_CASE("every error derives from the one root and says what and where", "[errors]") {
    const ParseError parse("period", "2019–20x", "\"YYYY\" or \"YYYY–YYYY\"");
    CHECK(std::string(parse.what()) ==
          "invalid period \"2019–20x\": expected \"YYYY\" or \"YYYY–YYYY\"");
    CHECK(parse.kind() == "period");
    CHECK(parse.input() == "2019–20x");

    const DataError data("plan.json", "/reports/0/year", "expected an integer");
    CHECK(std::string(data.what()) == "plan.json: /reports/0/year: expected an integer");
    CHECK(data.where() == "/reports/0/year");
    // Without a place, the message does not print an empty one.
    CHECK(std::string(DataError("plan.json", "", "the file is empty").what()) ==
          "plan.json: the file is empty");

    const NotFound missing("report for", "2030");
    CHECK(std::string(missing.what()) == "no report for 2030");
    CHECK(missing.key() == "2030");
    CHECK_FALSE(missing.did_you_mean());
    const NotFound near("agency", "Säpö", "Säpo");
    CHECK(std::string(near.what()) == "no agency Säpö; did you mean \"Säpo\"?");
    CHECK(near.did_you_mean() == "Säpo");

    const FileError file("/nope/plan.json", ENOENT, "read");
    CHECK(std::string(file.what()).starts_with("cannot read /nope/plan.json: "));
    CHECK(file.error_number() == ENOENT);
    CHECK(file.path() == "/nope/plan.json");

    const auto derives = [](const Error&) { return true; };
    CHECK(derives(parse));
    CHECK(derives(data));
    CHECK(derives(missing));
    CHECK(derives(file));
    CHECK(derives(RuleViolation("r")));
    CHECK(derives(InvalidValue("v")));
}

TEST_CASE("a problem is worded in Swedish where the core has the words", "[errors]") {
    // A DataError made without Swedish words gives its problem as it is.
    const DataError plain("plan.json", "/title", "expected a string");
    CHECK(plain.swedish_problem() == "expected a string");
    const DataError worded("plan.json", "/title", "expected a string", {}, "en text väntades");
    CHECK(worded.swedish_problem() == "en text väntades");
    CHECK(worded.problem() == "expected a string");

    CHECK(parse_kind_word("measure id") == "ogiltigt åtgärdsnummer");
    CHECK(parse_kind_word("no such kind").empty());
    const ParseError near("role", "samverkn", "\"ansvarig\"", "samverkan");
    CHECK(swedish_parse_problem(near) == "ogiltig roll \"samverkn\"; menade du \"samverkan\"?");
    const ParseError far("measure id", "A.1.1", "three numbers");
    CHECK(swedish_parse_problem(far) == "ogiltigt åtgärdsnummer \"A.1.1\"");
    CHECK(far.swedish_expected().empty());
    // With what was expected in Swedish, the sentence keeps it.
    const ParseError worded_both(
        "role", "samverkn", ExpectedText{"\"ansvarig\"", "\"ansvarig\" eller \"x\""}, "samverkan");
    CHECK(worded_both.expected() == "\"ansvarig\"");
    CHECK(worded_both.swedish_expected() == "\"ansvarig\" eller \"x\"");
    CHECK(std::string(worded_both.what()) ==
          "invalid role \"samverkn\": expected \"ansvarig\"; did you mean \"samverkan\"?");
    CHECK(swedish_parse_problem(worded_both) ==
          "ogiltig roll \"samverkn\": ska vara \"ansvarig\" eller \"x\"; menade du \"samverkan\"?");
    // The core's own parsers word what they expected in Swedish.
    try {
        (void)MeasureId::parse("1.1");
        FAIL("no error");
    } catch (const ParseError& e) {
        CHECK(swedish_parse_problem(e) ==
              "ogiltigt åtgärdsnummer \"1.1\": ska vara tre tal som \"1.1.5\" (eller en versal "
              "först, \"A.1.5\")");
    }
    try {
        (void)Period::parse("2019-");
        FAIL("no error");
    } catch (const ParseError& e) {
        CHECK(swedish_parse_problem(e) ==
              "ogiltig period \"2019-\": ska vara ett år eller ett spann av år som \"2021\", "
              "\"2019–2022\" eller \"2019 och tills vidare\"");
    }
    // A kind without a Swedish word keeps the English message whole.
    const ParseError unknown("widget", "x", "y");
    CHECK(swedish_parse_problem(unknown) == unknown.what());

    const InvalidValue english_only("a period cannot end before it starts");
    CHECK(english_only.swedish().empty());
    const InvalidValue both("english", "svenska");
    CHECK(both.swedish() == "svenska");
    CHECK(std::string(both.what()) == "english");
}

TEST_CASE("a data error's message: place, context, field, problem, JSON path", "[errors]") {
    // The form the header documents: `plan.json:300:24: report 2021, measure 1.3.3, status.kind:
    // <problem> (at <JSON path>)`, each part only where it is known.
    const DataError full("plan.json", "/reports/0", "bad kind",
                         {300, 24, "report 2021, measure 1.3.3", "status.kind"});
    CHECK(std::string(full.what()) ==
          "plan.json:300:24: report 2021, measure 1.3.3, status.kind: bad kind (at /reports/0)");
    const DataError bare("plan.json", "/reports/0", "bad kind", {300, 24, "", ""});
    CHECK(std::string(bare.what()) == "plan.json:300:24: bad kind (at /reports/0)");
    const DataError field_only("plan.json", "/reports/0", "bad kind", {3, 4, "", "title"});
    CHECK(std::string(field_only.what()) == "plan.json:3:4: title: bad kind (at /reports/0)");
}
