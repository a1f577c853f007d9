// The properties the fuzz targets check on every input. They live apart from the libFuzzer entry
// points so that the Catch2 tests replay the seed corpus and every input a fuzzer ever found
// (fuzz/regressions) through the very same checks in the normal test run.
#pragma once

#include <stdexcept>
#include <string_view>

namespace handlingsplan::fuzz {

// A property that does not hold: a finding.
class PropertyFailure : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

// plan_from_json on arbitrary bytes: it gives a plan or a DataError, nothing else; a DataError
// names its place (unless the input is blank) in valid UTF-8; a plan it gives is written by
// plan_to_json and read back as an equal plan, and the written text is canonical (a fixed point);
// validating it, building the appendix of each report and diffing consecutive reports throw
// nothing.
// It also holds the one-pass read to the careful one (check_json_events, and the same plan or
// the same refusal), also after a string, number, null or boolean is added to each array of a
// plan that loads (the elements the one-pass read once dropped).
// Throws PropertyFailure when a property fails; any other exception escaping is a finding too.
void check_json(std::string_view bytes);

// The one-pass read's JSON parser (cpp/src/json_events.hpp) on arbitrary bytes accepts exactly
// what nlohmann's sax_parse accepts, with the same events in the same order. Texts with a NUL
// byte or a byte order mark are left out: nlohmann reads the one as the end of the input and
// skips the other, where the loader refuses the first and skips the second before parsing.
void check_json_events(std::string_view bytes);

// The text parsers on arbitrary bytes (measure and objective ids, periods, status kinds, roles,
// Bilaga 1 status texts, agency phrases): each gives a value or a handlingsplan::Error; a value
// printed and parsed again is the same value, and its printed form is a fixed point; a phrase
// parsed against the registry names only registered agencies; for UTF-8 input the error messages
// are UTF-8 as well.
void check_text(std::string_view bytes);

}  // namespace handlingsplan::fuzz
