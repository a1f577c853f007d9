#include "handlingsplan/swedish_date.hpp"

#include <array>
#include <tuple>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/period.hpp"
#include "scan.hpp"
#include "text.hpp"
#include "utf8.hpp"

namespace handlingsplan {
namespace greg = boost::gregorian;
namespace {

using detail::Cursor;

constexpr detail::Names<DatePrecision, 4> precision_names{{
    {DatePrecision::day, "dag"},
    {DatePrecision::month, "månad"},
    {DatePrecision::season, "årstid"},
    {DatePrecision::year, "år"},
}};

constexpr detail::Names<DateBound, 4> bound_names{{
    {DateBound::none, ""},
    {DateBound::no_later_than, "senast"},
    {DateBound::through, "till och med"},
    {DateBound::from, "från och med"},
}};

constexpr std::array<std::string_view, 12> month_names{
    "januari", "februari", "mars",      "april",   "maj",      "juni",
    "juli",    "augusti",  "september", "oktober", "november", "december"};

// The season as a noun in the definite form the texts use ("hösten 2017"), and its months.
struct SeasonName {
    Season season;
    std::string_view name;
    int first_month, last_month;
};
constexpr std::array<SeasonName, 3> season_names{{
    {Season::spring, "våren", 3, 5},
    {Season::summer, "sommaren", 6, 8},
    {Season::autumn, "hösten", 9, 11},
}};

const SeasonName& season_name(Season season) {
    for (const auto& s : season_names) {
        if (s.season == season) return s;
    }
    return season_names[0];
}

constexpr std::string_view expected_forms =
    "a Swedish date such as \"den 12 juli 2018\", \"12 juli 2018\", \"i oktober 2019\", "
    "\"hösten 2017\", \"under 2020\" or \"2020\"";
constexpr std::string_view swedish_expected_forms =
    "ett svenskt datum som \"den 12 juli 2018\", \"12 juli 2018\", \"i oktober 2019\", "
    "\"hösten 2017\", \"under 2020\" eller \"2020\"";

std::optional<int> year4(Cursor& c) {
    Cursor probe = c;
    const auto d = probe.digits(4, 4);
    if (!d || !probe.at_word_end()) return std::nullopt;
    const int year = detail::to_int(*d);
    if (year < min_year || year > max_year) return std::nullopt;
    c = probe;
    return year;
}

std::optional<int> month_name(Cursor& c) {
    for (std::size_t i = 0; i < month_names.size(); ++i) {
        Cursor probe = c;
        if (probe.word_any_case(month_names[i]) && probe.at_word_end()) {
            c = probe;
            return static_cast<int>(i) + 1;
        }
    }
    return std::nullopt;
}

// The date grammar, from a cursor at the start of a word. `furthest` keeps the farthest place
// reached, for parse's error message. Throws ParseError for a day not in the calendar.
struct DateMatcher {
    std::string_view text;
    std::size_t furthest = 0;
    std::size_t end = 0;

    std::optional<SwedishDate> fail(const Cursor& c) {
        furthest = std::max(furthest, c.at());
        return std::nullopt;
    }

    // "den 12 juli 2018", "12 juli 2018", "den den 1 december 2022".
    std::optional<SwedishDate> day(Cursor c) {
        for (Cursor probe = c; probe.word_any_case("den") && probe.spaces();) c = probe;
        const std::size_t start = c.at();
        const auto d = c.digits(1, 2);
        if (!d || !c.spaces()) return fail(c);
        const auto month = month_name(c);
        if (!month || !c.spaces()) return fail(c);
        const auto year = year4(c);
        if (!year) return fail(c);
        try {
            const auto date =
                greg::date(static_cast<unsigned short>(*year), static_cast<unsigned short>(*month),
                           static_cast<unsigned short>(detail::to_int(*d)));
            end = c.at();
            return SwedishDate::of_day(date);
        } catch (const std::out_of_range&) {
            const std::string at = std::to_string(start);
            throw ParseError("date", std::string(text.substr(start, c.at() - start)),
                             ExpectedText{"a day in the calendar (at byte " + at + ")",
                                          "en dag i kalendern (vid byte " + at + ")"});
        }
    }

    // "i oktober 2019", "oktober 2019", "I juli 2018".
    std::optional<SwedishDate> month(Cursor c) {
        Cursor probe = c;
        if (probe.word_any_case("i") && probe.spaces()) c = probe;
        const auto month = month_name(c);
        if (!month || !c.spaces()) return fail(c);
        const auto year = year4(c);
        if (!year) return fail(c);
        end = c.at();
        return SwedishDate::of_month(*year, *month);
    }

    // "hösten 2017".
    std::optional<SwedishDate> season(Cursor c) {
        for (const auto& s : season_names) {
            Cursor probe = c;
            if (!probe.word_any_case(s.name) || !probe.spaces()) continue;
            const auto year = year4(probe);
            if (!year) return fail(probe);
            end = probe.at();
            return SwedishDate::of_season(*year, s.season);
        }
        return fail(c);
    }

    // "under 2020"; with `bare`, also "2020" alone (parse only). Not "under 2018-2020".
    std::optional<SwedishDate> year(Cursor c, bool bare) {
        Cursor probe = c;
        const bool under = probe.word_any_case("under") && probe.spaces();
        if (under) c = probe;
        if (!under && !bare) return fail(c);
        const auto year = year4(c);
        if (!year) return fail(c);
        const std::string_view rest = c.rest();
        for (const std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
            if (rest.starts_with(dash) && rest.size() > dash.size() && rest[dash.size()] >= '0' &&
                rest[dash.size()] <= '9') {
                return fail(c);
            }
        }
        end = c.at();
        return SwedishDate::of_year(*year);
    }

    std::optional<std::pair<SwedishDate, DateBound>> any(std::size_t at, bool bare_year) {
        Cursor c(text, at);
        DateBound bound = DateBound::none;
        for (const DateBound b : {DateBound::no_later_than, DateBound::through, DateBound::from}) {
            Cursor probe = c;
            if (probe.word_any_case(date_bound_text(b)) && probe.spaces()) {
                c = probe;
                bound = b;
                break;
            }
        }
        if (auto d = day(c)) return std::pair{*d, bound};
        if (auto d = month(c)) return std::pair{*d, bound};
        if (auto d = season(c)) return std::pair{*d, bound};
        if (auto d = year(c, bare_year)) return std::pair{*d, bound};
        return std::nullopt;
    }
};

}  // namespace

std::string_view month_name(int month) {
    if (month < 1 || month > 12) {
        throw InvalidValue("a month is numbered 1 to 12, not " + std::to_string(month));
    }
    return month_names[static_cast<std::size_t>(month - 1)];
}

std::string_view date_precision_text(DatePrecision precision) noexcept {
    return detail::name_of(precision_names, precision);
}

DatePrecision parse_date_precision(std::string_view text) {
    if (const auto p = detail::value_of(precision_names, text)) return *p;
    throw ParseError("date precision", std::string(text), detail::expected_names(precision_names));
}

std::string_view date_bound_text(DateBound bound) noexcept {
    return detail::name_of(bound_names, bound);
}

DateBound parse_date_bound(std::string_view text) {
    if (const auto b = detail::value_of(bound_names, text)) return *b;
    throw ParseError("date bound", std::string(text), detail::expected_names(bound_names));
}

SwedishDate::SwedishDate(DatePrecision precision, greg::date first, greg::date last,
                         std::optional<Season> season)
    : precision_(precision), first_(first), last_(last), season_(season) {}

SwedishDate SwedishDate::of_day(greg::date day) {
    if (day.is_special()) throw InvalidValue("a date must be a day of the calendar");
    check_year(static_cast<int>(day.year()), "the year of the date");
    return SwedishDate(DatePrecision::day, day, day, std::nullopt);
}

SwedishDate SwedishDate::of_month(int year, int month) {
    check_year(year, "the year of the date");
    if (month < 1 || month > 12)
        throw InvalidValue("a month is 1 to 12, got " + std::to_string(month));
    const greg::date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                           1);
    return SwedishDate(DatePrecision::month, first, first.end_of_month(), std::nullopt);
}

SwedishDate SwedishDate::of_season(int year, Season season) {
    check_year(year, "the year of the date");
    const auto& s = season_name(season);
    const auto y = static_cast<unsigned short>(year);
    return SwedishDate(
        DatePrecision::season, greg::date(y, static_cast<unsigned short>(s.first_month), 1),
        greg::date(y, static_cast<unsigned short>(s.last_month), 1).end_of_month(), season);
}

SwedishDate SwedishDate::of_year(int year) {
    check_year(year, "the year of the date");
    const auto y = static_cast<unsigned short>(year);
    return SwedishDate(DatePrecision::year, greg::date(y, 1, 1), greg::date(y, 12, 31),
                       std::nullopt);
}

SwedishDate SwedishDate::parse(std::string_view input) {
    const std::string_view text = detail::trim(input);
    DateMatcher m{.text = text};
    const auto found = text.empty() ? std::nullopt : m.any(0, true);
    if (found && found->second == DateBound::none && m.end == text.size()) return found->first;
    const std::size_t stop = found ? (found->second != DateBound::none ? 0 : m.end) : m.furthest;
    const std::string at = std::to_string(detail::character_count(text.substr(0, stop)) + 1);
    throw ParseError(
        "date", std::string(input),
        ExpectedText{
            std::string(expected_forms) + " (the text stops matching at character " + at + ")",
            std::string(swedish_expected_forms) + " (texten slutar stämma vid tecken " + at + ")"});
}

std::optional<greg::date> SwedishDate::exact_day() const {
    if (precision_ != DatePrecision::day) return std::nullopt;
    return first_;
}

std::string SwedishDate::to_string() const {
    const std::string y = std::to_string(year());
    switch (precision_) {
    case DatePrecision::day:
        return std::to_string(first_.day()) + " " + std::string(month_names[first_.month() - 1u]) +
               " " + y;
    case DatePrecision::month: return std::string(month_names[first_.month() - 1u]) + " " + y;
    case DatePrecision::season: return std::string(season_name(*season_).name) + " " + y;
    case DatePrecision::year: return y;
    }
    return y;
}

std::string SwedishDate::to_iso() const {
    const std::string iso = greg::to_iso_extended_string(first_);
    switch (precision_) {
    case DatePrecision::day: return iso;
    case DatePrecision::month: return iso.substr(0, 7);
    case DatePrecision::season:
        return std::to_string(year()) + "-" + std::string(season_name(*season_).name);
    case DatePrecision::year: return std::to_string(year());
    }
    return iso;
}

SwedishDate SwedishDate::parse_iso(std::string_view text) {
    const auto fail = [&]() -> SwedishDate {
        throw ParseError("date", std::string(text),
                         ExpectedText{"\"YYYY-MM-DD\", \"YYYY-MM\", \"YYYY-våren\", "
                                      "\"YYYY-sommaren\", \"YYYY-hösten\" or \"YYYY\"",
                                      "\"ÅÅÅÅ-MM-DD\", \"ÅÅÅÅ-MM\", \"ÅÅÅÅ-våren\", "
                                      "\"ÅÅÅÅ-sommaren\", \"ÅÅÅÅ-hösten\" eller \"ÅÅÅÅ\""});
    };
    Cursor c(text);
    const auto y = c.digits(4, 4);
    if (!y) return fail();
    const int year = detail::to_int(*y);
    if (c.done()) return SwedishDate::of_year(year);
    if (!c.literal("-")) return fail();
    for (const auto& s : season_names) {
        Cursor probe = c;
        if (probe.literal(s.name) && probe.done()) return SwedishDate::of_season(year, s.season);
    }
    const auto month = c.digits(2, 2);
    if (!month) return fail();
    if (detail::to_int(*month) < 1 || detail::to_int(*month) > 12) return fail();
    check_year(year, "the year of the date");
    if (c.done()) return SwedishDate::of_month(year, detail::to_int(*month));
    const auto d = c.literal("-") ? c.digits(2, 2) : std::nullopt;
    if (!d || !c.done()) return fail();
    check_year(year, "the year of the date");
    try {
        return SwedishDate::of_day(greg::date(static_cast<unsigned short>(year),
                                              static_cast<unsigned short>(detail::to_int(*month)),
                                              static_cast<unsigned short>(detail::to_int(*d))));
    } catch (const std::out_of_range&) {
        throw ParseError("date", std::string(text),
                         ExpectedText{"a day in the calendar", "en dag i kalendern"});
    }
}

bool SwedishDate::operator<(const SwedishDate& other) const noexcept {
    return std::tie(first_, last_) < std::tie(other.first_, other.last_);
}

std::vector<DateMention> find_dates(std::string_view text) {
    std::vector<DateMention> out;
    for (std::size_t at = 0; at < text.size();) {
        if (detail::at_word_start(text, at)) {
            DateMatcher m{.text = text};
            if (const auto found = m.any(at, false)) {
                out.push_back({found->first, found->second, at, m.end - at});
                at = m.end;
                continue;
            }
        }
        ++at;
    }
    return out;
}

}  // namespace handlingsplan
