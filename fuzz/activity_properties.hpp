// The properties fuzz_activity checks: the case-number and Swedish-date grammars of running text
// and the rule that reads an activity's text (see fuzz/properties.hpp for the conventions).
#pragma once

#include <string_view>

namespace handlingsplan::fuzz {

// On arbitrary bytes: CaseNumber::parse and SwedishDate::parse give a value or a
// handlingsplan::Error, and a value printed (canonical, ISO) and parsed again is the same;
// find_case_numbers gives citations inside the text, each of which parses to its value;
// find_dates gives mentions inside the text (or a ParseError for a day not in the calendar),
// each with first day <= last day; read_activity_text gives one event per date found.
// Throws PropertyFailure when a property fails.
void check_activity_text(std::string_view bytes);

}  // namespace handlingsplan::fuzz
