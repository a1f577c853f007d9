#include <catch2/catch.hpp>

#include <set>
#include <unordered_set>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/measure_id.hpp"

using handlingsplan::MeasureId;
using handlingsplan::ObjectiveId;

TEST_CASE("measure ids parse in the printed forms", "[measure_id]") {
    for (const char* text : {"1.1.5", "1.1.5.", " 1.1.5 ", "1.1.5.\t"}) {
        const auto id = MeasureId::parse(text);
        CHECK(id.priority() == 1);
        CHECK(id.objective() == ObjectiveId(1, 1));
        CHECK(id.number() == 5);
        CHECK(id.to_string() == "1.1.5");
    }
    CHECK(MeasureId::parse("5.4.1").objective().to_string() == "5.4");
    CHECK(MeasureId::parse("6.2.12").number() == 12);
}

TEST_CASE("malformed measure ids are rejected", "[measure_id]") {
    for (const char* text : {"", ".", "1..2", "a.b.c", "1.1", "1.1.1.1", "01.1.1", "1.1.0",
                             "1.1.-1", "1.1.5..", "1. 1.5", "1.1.1000", "١.١.١", "1.1.5x"}) {
        INFO(text);
        CHECK_THROWS_AS(MeasureId::parse(text), handlingsplan::ParseError);
    }
}

TEST_CASE("a parse error says what it read and what it expected", "[measure_id]") {
    try {
        MeasureId::parse("1..2");
        FAIL("no error");
    } catch (const handlingsplan::ParseError& e) {
        CHECK(e.input() == "1..2");
        CHECK_THAT(e.what(), Catch::Contains("\"1..2\"") && Catch::Contains("1.1.5"));
    }
}

TEST_CASE("measure ids order numerically", "[measure_id]") {
    CHECK(MeasureId::parse("1.1.9") < MeasureId::parse("1.1.10"));
    CHECK(MeasureId::parse("1.1.10") < MeasureId::parse("1.2.1"));
    CHECK(MeasureId::parse("1.9.1") < MeasureId::parse("1.10.1"));
    CHECK(MeasureId::parse("2.1.1") > MeasureId::parse("1.10.10"));
    CHECK(MeasureId::parse("1.1.5.") == MeasureId(1, 1, 5));
    const std::set<MeasureId> sorted{MeasureId(1, 1, 10), MeasureId(1, 1, 9), MeasureId(1, 1, 2)};
    CHECK(sorted.begin()->to_string() == "1.1.2");
    CHECK(sorted.rbegin()->to_string() == "1.1.10");
}

TEST_CASE("measure ids hash by value", "[measure_id]") {
    const std::unordered_set<MeasureId> ids{MeasureId(1, 1, 5), MeasureId::parse("1.1.5.")};
    CHECK(ids.size() == 1);
}

TEST_CASE("id parts must lie in 1..999", "[measure_id]") {
    CHECK_THROWS_AS(MeasureId(0, 1, 1), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(MeasureId(1, 1, 1000), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(ObjectiveId(1, -3), handlingsplan::InvalidValue);
}

TEST_CASE("objective ids parse and print", "[measure_id]") {
    CHECK(ObjectiveId::parse("3.2").to_string() == "3.2");
    CHECK(ObjectiveId::parse("3.2.") == ObjectiveId(3, 2));
    CHECK_THROWS_AS(ObjectiveId::parse("3"), handlingsplan::ParseError);
    CHECK_THROWS_AS(ObjectiveId::parse("3.2.1"), handlingsplan::ParseError);
}
