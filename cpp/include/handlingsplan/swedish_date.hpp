// Dates as Swedish running text gives them, with their precision: "den 12 juli 2018" (a day),
// "i oktober 2019" (a month), "hösten 2017" (a season), "under 2020" (a year). A date is never
// widened or narrowed: "i oktober 2019" stays the month, not 1 October.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

enum class DatePrecision { day, month, season, year };
// "dag", "månad", "årstid", "år".
std::string_view date_precision_text(DatePrecision precision) noexcept;

// The Swedish name of month 1..12, "januari" to "december"; InvalidValue for another number.
std::string_view month_name(int month);
DatePrecision parse_date_precision(std::string_view text);  // ParseError

// The seasons the texts date by, as meteorological seasons within one year: våren (March–May),
// sommaren (June–August), hösten (September–November). "vintern" straddles two years and is not
// accepted.
enum class Season { spring, summer, autumn };

class SwedishDate {
public:
    static SwedishDate of_day(boost::gregorian::date day);
    static SwedishDate of_month(int year, int month);  // InvalidValue for a month outside 1..12
    static SwedishDate of_season(int year, Season season);
    static SwedishDate of_year(int year);  // every year is checked against [min_year, max_year]

    // Parses one date: "den 12 juli 2018", "12 juli 2018", "i oktober 2019", "oktober 2019",
    // "hösten 2017", "under 2020", "2020" (a leading capital, as at a sentence start, is
    // accepted). Throws ParseError saying where the text stops matching, InvalidValue for a day
    // that is not in the calendar ("den 31 juni 2020").
    static SwedishDate parse(std::string_view text);

    DatePrecision precision() const noexcept { return precision_; }
    // The first and last day the date covers (the same day for a day).
    boost::gregorian::date first_day() const noexcept { return first_; }
    boost::gregorian::date last_day() const noexcept { return last_; }
    // The day, when the precision is a day.
    std::optional<boost::gregorian::date> exact_day() const;
    int year() const noexcept { return static_cast<int>(first_.year()); }
    std::optional<Season> season() const noexcept { return season_; }

    // The canonical Swedish form: "12 juli 2018", "oktober 2019", "hösten 2017", "2020".
    std::string to_string() const;
    // ISO 8601 at the date's precision: "2018-07-12", "2019-10", "2017-autumn" is not ISO, so a
    // season is written "2017-hösten"; a year "2020". Used by the JSON format; parse_iso reads it.
    std::string to_iso() const;
    static SwedishDate parse_iso(std::string_view text);  // ParseError

    // By first day, then last day.
    bool operator<(const SwedishDate& other) const noexcept;
    bool operator==(const SwedishDate&) const = default;

private:
    SwedishDate(DatePrecision precision, boost::gregorian::date first, boost::gregorian::date last,
                std::optional<Season> season);
    DatePrecision precision_;
    boost::gregorian::date first_;
    boost::gregorian::date last_;
    std::optional<Season> season_;
};

// How a date bounds what it dates: "senast den 31 augusti 2020" (no later than), "till och med
// den 31 december 2022" (through), "från och med den 1 januari 2020" (from); most dates have no
// such word.
enum class DateBound { none, no_later_than, through, from };
// "", "senast", "till och med", "från och med".
std::string_view date_bound_text(DateBound bound) noexcept;
DateBound parse_date_bound(std::string_view text);  // ParseError

// A date found in running text: the date, its bound, and where it is written (byte offset and
// length, the bound's words included).
struct DateMention {
    SwedishDate date;
    DateBound bound;
    std::size_t offset;
    std::size_t length;
    bool operator==(const DateMention&) const = default;
};

// Every date in `text`, in the order written: "den 12 juli 2018", "senast den 4 maj 2020", "till
// och med den 31 december 2022", "den den 1 december 2022" (a doubled "den"), "1 januari 2019",
// "i december 2018", "mars 2019", "hösten 2017", "under 2020". A day with no year ("den 25 juni")
// and a bare year without "under" ("2018 års regleringsbrev") are not dates here; neither is a
// range of years ("under 2018-2020"). A day that is not in the calendar is a ParseError giving
// its place.
std::vector<DateMention> find_dates(std::string_view text);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
