#include "handlingsplan/period.hpp"

#include <charconv>

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr std::string_view en_dash = "\xE2\x80\x93";
constexpr std::string_view open_suffix = "och tills vidare";
constexpr const char* expected_forms =
    "a year or a range of years such as \"2021\", \"2019–2022\" or \"2019 och tills vidare\"";
constexpr const char* swedish_expected_forms =
    "ett år eller ett spann av år som \"2021\", \"2019–2022\" eller \"2019 och tills vidare\"";

std::optional<int> parse_year(std::string_view text) {
    if (text.size() != 4) return std::nullopt;
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

}  // namespace

void check_year(int year, const char* what) {
    if (year < min_year || year > max_year) {
        throw InvalidValue(std::string(what) + " " + std::to_string(year) + " is outside " +
                               std::to_string(min_year) + "–" + std::to_string(max_year),
                           "året " + std::to_string(year) + " ligger utanför " +
                               std::to_string(min_year) + "–" + std::to_string(max_year));
    }
}

Period::Period(int first, std::optional<int> last) : start_(first), end_(last) {
    check_year(first, "the first year");
    if (last) {
        check_year(*last, "the last year");
        if (*last < first) {
            throw InvalidValue("a period cannot end (" + std::to_string(*last) +
                                   ") before it starts (" + std::to_string(first) + ")",
                               "en period kan inte sluta (" + std::to_string(*last) +
                                   ") innan den börjar (" + std::to_string(first) + ")");
        }
    }
}

Period::Period(int first, int last) : Period(first, std::optional<int>(last)) {}

Period Period::year(int year) { return Period(year, std::optional<int>(year)); }

Period Period::open_ended(int first) { return Period(first, std::optional<int>()); }

Period Period::parse(std::string_view text) {
    const std::string_view trimmed = detail::trim(text);
    const auto fail = [&]() {
        return ParseError("period", std::string(text),
                          ExpectedText{expected_forms, swedish_expected_forms});
    };
    if (trimmed.size() < 4) throw fail();
    const auto first = parse_year(trimmed.substr(0, 4));
    if (!first) throw fail();
    std::string_view rest = detail::trim(trimmed.substr(4));
    if (rest.empty()) return year(*first);
    if (rest == open_suffix) return open_ended(*first);
    if (rest.starts_with(en_dash)) {
        rest.remove_prefix(en_dash.size());
    } else if (rest.starts_with('-')) {
        rest.remove_prefix(1);
    } else {
        throw fail();
    }
    const auto last = parse_year(detail::trim(rest));
    if (!last) throw fail();
    return Period(*first, *last);
}

boost::gregorian::date Period::start_date() const {
    return boost::gregorian::date(static_cast<unsigned short>(start_), 1, 1);
}

std::optional<boost::gregorian::date> Period::end_date() const {
    if (!end_) return std::nullopt;
    return boost::gregorian::date(static_cast<unsigned short>(*end_), 12, 31);
}

bool Period::contains(int year) const noexcept {
    return year >= start_ && (!end_ || year <= *end_);
}

bool Period::contains(const boost::gregorian::date& day) const {
    if (day.is_special()) return false;
    return contains(static_cast<int>(day.year()));
}

bool Period::overlaps(const Period& other) const noexcept {
    const bool this_ends_before = end_ && *end_ < other.start_;
    const bool other_ends_before = other.end_ && *other.end_ < start_;
    return !this_ends_before && !other_ends_before;
}

std::string Period::to_string() const {
    std::string text;
    append_to(text);
    return text;
}

void Period::append_to(std::string& out) const {
    detail::append_decimal(out, start_);
    if (!end_) {
        out += ' ';
        out += open_suffix;
    } else if (*end_ != start_) {
        out += en_dash;
        detail::append_decimal(out, *end_);
    }
}

}  // namespace handlingsplan
