// Small text helpers shared by the parsers (private to the library).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace handlingsplan::detail {

// Strips ASCII white space and no-break spaces (U+00A0) at both ends.
std::string_view trim(std::string_view text);

// Collapses every run of white space to one space and trims.
std::string collapse_spaces(std::string_view text);

bool starts_with_word(std::string_view text, std::string_view word);

}  // namespace handlingsplan::detail
