#include <catch2/catch.hpp>

#include <set>
#include <unordered_set>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/measure_id.hpp"

using handlingsplan::MeasureId;
using handlingsplan::ObjectiveId;
using namespace handlingsplan;

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
    // Up to three digits a part, the largest allowed included.
    CHECK(MeasureId::parse("1.1.100").number() == 100);
    CHECK(MeasureId::parse("999.999.999") == MeasureId(999, 999, 999));
    CHECK(MeasureId::parse("12.305.7").objective() == ObjectiveId(12, 305));
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
    CHECK(MeasureId(1, 1, max_id_part).number() == max_id_part);
    CHECK(ObjectiveId(max_id_part, 1).priority() == max_id_part);
    CHECK_THROWS_AS(MeasureId(1, max_id_part + 1, 1), handlingsplan::InvalidValue);
}

TEST_CASE("objective ids parse and print", "[measure_id]") {
    CHECK(ObjectiveId::parse("3.2").to_string() == "3.2");
    CHECK(ObjectiveId::parse("3.2.") == ObjectiveId(3, 2));
    CHECK_THROWS_AS(ObjectiveId::parse("3"), handlingsplan::ParseError);
    CHECK_THROWS_AS(ObjectiveId::parse("3.2.1"), handlingsplan::ParseError);
}

TEST_CASE("an id with a capital letter first", "[measure_id]") {
    const auto id = MeasureId::parse("A.1.5");
    CHECK(id.priority() == 1);
    CHECK(id.objective().number() == 1);
    CHECK(id.number() == 5);
    CHECK(id.style() == IdStyle::letters);
    CHECK(id.to_string() == "A.1.5");
    CHECK(MeasureId::parse("C.2.10.").to_string() == "C.2.10");
    CHECK(ObjectiveId::parse("B.3").to_string() == "B.3");
    CHECK(ObjectiveId::parse("B.3").priority() == 2);
    CHECK(MeasureId(3, 1, 2, IdStyle::letters).to_string() == "C.1.2");
    // Written differently, two ids differ even with the same parts.
    CHECK(MeasureId::parse("A.1.1") != MeasureId::parse("1.1.1"));
    CHECK(std::hash<MeasureId>{}(MeasureId::parse("A.1.1")) !=
          std::hash<MeasureId>{}(MeasureId::parse("1.1.1")));
    CHECK(MeasureId::parse("A.1.9") < MeasureId::parse("A.1.10"));
    CHECK(MeasureId::parse("A.2.1") < MeasureId::parse("B.1.1"));
    for (const char* bad : {"AB.1.1", "a.1.1", "A", "A.1", "1.A.1", "Å.1.1", "A.01.1", "A..1"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(MeasureId::parse(bad), ParseError);
    }
    CHECK_THROWS_WITH(MeasureId::parse("A.1"), Catch::Contains("\"A.1.5\""));
    CHECK_THROWS_AS(MeasureId(27, 1, 1, IdStyle::letters), InvalidValue);
}

TEST_CASE("a priority's label and the id styles' names", "[measure_id]") {
    CHECK(priority_label(1, IdStyle::numbers) == "1");
    CHECK(priority_label(1, IdStyle::letters) == "A");
    CHECK(priority_label(26, IdStyle::letters) == "Z");
    CHECK(parse_priority_label("Z")->number == max_id_letter);
    CHECK(parse_priority_label("A")->number == 1);
    CHECK(MeasureId::parse("Z.1.1").to_string() == "Z.1.1");
    CHECK_THROWS_AS(priority_label(0, IdStyle::letters), InvalidValue);
    CHECK(parse_priority_label("C")->number == 3);
    CHECK(parse_priority_label("C")->style == IdStyle::letters);
    CHECK(parse_priority_label("12")->style == IdStyle::numbers);
    CHECK_FALSE(parse_priority_label("AA"));
    CHECK_FALSE(parse_priority_label("0"));
    CHECK_FALSE(parse_priority_label("c"));
    CHECK(parse_id_style(id_style_text(IdStyle::letters)) == IdStyle::letters);
    CHECK(parse_id_style("siffror") == IdStyle::numbers);
    CHECK_THROWS_AS(parse_id_style("letters"), ParseError);
}

TEST_CASE("an id appends the text to_string gives to what is already there", "[measure_id]") {
    for (const MeasureId& id : {MeasureId(1, 1, 5), MeasureId(12, 305, 999), MeasureId(999, 1, 10),
                                MeasureId(3, 1, 2, IdStyle::letters)}) {
        std::string text = "före|";
        id.append_to(text);
        CHECK(text == "före|" + id.to_string());
        std::string objective = "x";
        id.objective().append_to(objective);
        CHECK(objective == "x" + id.objective().to_string());
    }
    std::string texts;
    MeasureId(1, 2, 3).append_to(texts);
    MeasureId(26, 10, 100, IdStyle::letters).append_to(texts);
    CHECK(texts == "1.2.3Z.10.100");
}
