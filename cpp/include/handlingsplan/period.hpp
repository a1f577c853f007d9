// The period in which a measure is carried out: whole years, possibly open-ended.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Years the library accepts anywhere (periods, reports, completion years): far enough either
// way for any real plan, narrow enough that a typo such as 20211 is caught.
inline constexpr int min_year = 1900;
inline constexpr int max_year = 2200;

class Period {
public:
    // From `first` through `last` (both included).
    // @throws InvalidValue if last < first or a year is outside [min_year, max_year].
    Period(int first, int last);
    // A single year, as "2021". @throws InvalidValue for a year outside [min_year, max_year].
    static Period year(int year);
    // From `first` on, with no end: "2019 och tills vidare".
    // @throws InvalidValue for a year outside [min_year, max_year].
    static Period open_ended(int first);

    // Parses the published forms: "2019–2022", "2020 – 2022", "2019-2022", "2021",
    // "2019 och tills vidare".
    // @throws ParseError for text in none of these forms.
    // @throws InvalidValue for an end before the start or a year outside [min_year, max_year].
    static Period parse(std::string_view text);

    int start_year() const noexcept { return start_; }
    // The last year, or nullopt when open-ended.
    std::optional<int> end_year() const noexcept { return end_; }
    bool is_open_ended() const noexcept { return !end_.has_value(); }

    // 1 January of the first year; 31 December of the last (nullopt when open-ended).
    boost::gregorian::date start_date() const;
    std::optional<boost::gregorian::date> end_date() const;

    bool contains(int year) const noexcept;
    bool contains(const boost::gregorian::date& day) const;
    bool overlaps(const Period& other) const noexcept;

    // The published form, with an en dash: "2019–2022", "2021", "2019 och tills vidare".
    std::string to_string() const;
    // to_string's text appended to `out`, for a column that lays out many periods.
    void append_to(std::string& out) const;

    bool operator==(const Period&) const = default;

private:
    Period(int first, std::optional<int> last);
    int start_;
    std::optional<int> end_;
};

// Checks a year against [min_year, max_year]; `what` names it in the error.
// @throws InvalidValue for a year outside the range.
void check_year(int year, const char* what);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
