#include <catch2/catch.hpp>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/period.hpp"

using handlingsplan::Period;
namespace greg = boost::gregorian;

TEST_CASE("periods parse in the published forms", "[period]") {
    CHECK(Period::parse("2019–2022") == Period(2019, 2022));
    CHECK(Period::parse("2020 – 2022") == Period(2020, 2022));
    CHECK(Period::parse("2019-2022") == Period(2019, 2022));
    CHECK(Period::parse(" 2020–2022 ") == Period(2020, 2022));
    CHECK(Period::parse("2021") == Period::year(2021));
    CHECK(Period::parse("2019 och tills vidare") == Period::open_ended(2019));
    CHECK(Period::parse("2019 och tills vidare ").is_open_ended());
}

TEST_CASE("periods print back in the published form", "[period]") {
    CHECK(Period::parse("2020 – 2022").to_string() == "2020–2022");
    CHECK(Period::parse("2021").to_string() == "2021");
    CHECK(Period::parse("2021–2021").to_string() == "2021");
    CHECK(Period::open_ended(2019).to_string() == "2019 och tills vidare");
    for (const char* text : {"2019–2022", "2021", "2019 och tills vidare"}) {
        CHECK(Period::parse(text).to_string() == text);
    }
}

TEST_CASE("a period appends its published form to what is already there", "[period]") {
    std::string text = "tidsperiod: ";
    Period(2019, 2022).append_to(text);
    CHECK(text == "tidsperiod: 2019–2022");
    for (const Period& period :
         {Period::year(2021), Period(2021, 2021), Period::open_ended(1990), Period(1990, 2099)}) {
        std::string appended = "|";
        period.append_to(appended);
        CHECK(appended == "|" + period.to_string());
    }
}

TEST_CASE("malformed periods are rejected", "[period]") {
    for (const char* text :
         {"", "20", "twenty", "2019–", "–2022", "2019—2022", "2019 till 2022", "2019–22",
          "2019 och framåt", "2019–2022–2023", "12345",
          // the open-ended form is the whole rest of the text, nothing after it
          "2019 och tills vidare 2022", "2019 och tills vidare–2022", "2019 och tills",
          // four characters that begin as a number are still no year
          "20x1", "2019–20x2"}) {
        INFO(text);
        CHECK_THROWS_AS(Period::parse(text), handlingsplan::ParseError);
    }
}

TEST_CASE("a period cannot end before it starts or leave the accepted years", "[period]") {
    CHECK_THROWS_AS(Period::parse("2022–2019"), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(Period(2022, 2019), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(Period::year(0), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(Period::parse("0000"), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(Period::parse("9999"), handlingsplan::InvalidValue);
}

TEST_CASE("the accepted years run from min_year to max_year, both included", "[period]") {
    using handlingsplan::max_year;
    using handlingsplan::min_year;
    CHECK(Period::year(min_year).start_year() == min_year);
    CHECK(Period::year(max_year).start_year() == max_year);
    CHECK(Period(min_year, max_year).end_year() == max_year);
    CHECK_THROWS_AS(Period::year(min_year - 1), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(Period::year(max_year + 1), handlingsplan::InvalidValue);
    CHECK_THROWS_WITH(Period(2019, max_year + 1),
                      Catch::Contains("the last year") && Catch::Contains("1900–2200"));
}

TEST_CASE("periods know their years and dates", "[period]") {
    const Period p(2019, 2022);
    CHECK(p.start_year() == 2019);
    CHECK(p.end_year() == 2022);
    CHECK_FALSE(p.is_open_ended());
    CHECK(p.start_date() == greg::date(2019, 1, 1));
    CHECK(p.end_date() == greg::date(2022, 12, 31));
    CHECK(Period::open_ended(2019).end_date() == std::nullopt);
    CHECK(Period::open_ended(2019).end_year() == std::nullopt);
}

TEST_CASE("contains and overlaps", "[period]") {
    const Period p(2019, 2021);
    CHECK(p.contains(2019));
    CHECK(p.contains(2021));
    CHECK_FALSE(p.contains(2022));
    CHECK_FALSE(p.contains(2018));
    CHECK(p.contains(greg::date(2021, 12, 31)));
    CHECK_FALSE(p.contains(greg::date(2022, 1, 1)));
    CHECK_FALSE(p.contains(greg::date(greg::not_a_date_time)));
    CHECK(Period::open_ended(2019).contains(2100));
    CHECK_FALSE(Period::open_ended(2019).contains(2018));

    CHECK(p.overlaps(Period(2021, 2025)));
    CHECK(p.overlaps(Period::year(2020)));
    CHECK_FALSE(p.overlaps(Period(2022, 2025)));
    CHECK_FALSE(Period(2022, 2025).overlaps(p));
    // Sharing one year at either end is an overlap.
    CHECK(p.overlaps(Period(2017, 2019)));
    CHECK(Period(2017, 2019).overlaps(p));
    CHECK(Period::open_ended(2020).overlaps(Period(2030, 2031)));
    CHECK_FALSE(Period::open_ended(2022).overlaps(p));
}
