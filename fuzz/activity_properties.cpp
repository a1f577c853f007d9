#include "activity_properties.hpp"

#include <functional>
#include <string>

#include "handlingsplan/case_number.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/government_activity.hpp"
#include "handlingsplan/swedish_date.hpp"
#include "properties.hpp"

namespace handlingsplan::fuzz {
namespace {

void require(bool holds, const std::string& what) {
    if (!holds) throw PropertyFailure(what);
}

void check_case_number(const CaseNumber& n) {
    const std::string printed = n.to_string();
    const CaseNumber again = CaseNumber::parse(printed);
    require(again == n, "case number " + printed + " does not parse back to itself");
    require(again.to_string() == printed, "case number " + printed + " is not a fixed point");
    require(std::hash<CaseNumber>{}(again) == std::hash<CaseNumber>{}(n),
            "equal case numbers hash apart");
}

void check_date(const SwedishDate& d) {
    require(!(d.last_day() < d.first_day()), "a date ends before it starts: " + d.to_iso());
    require(SwedishDate::parse_iso(d.to_iso()) == d,
            "date " + d.to_iso() + " does not go through ISO");
    require(SwedishDate::parse(d.to_string()) == d,
            "date " + d.to_string() + " does not parse back");
}

}  // namespace

void check_activity_text(std::string_view bytes) {
    try {
        check_case_number(CaseNumber::parse(bytes));
    } catch (const Error&) {
    }
    try {
        check_date(SwedishDate::parse(bytes));
    } catch (const Error&) {
    }
    for (const auto& c : find_case_numbers(bytes)) {
        require(c.length > 0 && c.offset + c.length <= bytes.size(), "a citation outside the text");
        require(CaseNumber::parse(bytes.substr(c.offset, c.length)) == c.number,
                "a citation does not parse to its value");
        check_case_number(c.number);
    }
    std::size_t dates = 0;
    try {
        for (const auto& m : find_dates(bytes)) {
            require(m.length > 0 && m.offset + m.length <= bytes.size(),
                    "a date mention outside the text");
            check_date(m.date);
            ++dates;
        }
    } catch (const ParseError&) {
        return;  // a day not in the calendar; read_activity_text must refuse it too
    }
    const ActivityFacts facts = read_activity_text(bytes);
    require(facts.events.size() == dates, "read_activity_text does not give one event per date");
}

}  // namespace handlingsplan::fuzz
