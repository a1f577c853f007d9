// The two ways a plan's text becomes a plan (private to the library; plan_from_json in
// json_io.hpp uses both).
//
// In one pass: a fast strict parser (json_events.hpp) feeds a builder that reads each measure
// into the model from the events themselves (measure_builder.hpp), so the text is scanned once
// and no measure is ever held as JSON (time and memory both grow with the plan; see
// benchmarks/compare.py). It keeps no places, for building a path for every value would cost
// more than the read.
//
// Carefully: the text is checked (syntax, repeated fields, depth) with places, the whole document
// is built, and every value is read with its JSON path, so that any complaint names the line,
// column, report, measure and field.
//
// Both apply the same checks, through the same readers (json_format.cpp) and, for a measure, a
// builder that refuses whatever read_measure refuses: a text is accepted by one exactly when it
// is accepted by the other, with the same plan (test_json_load.cpp's shape cases and the fuzz
// target fuzz_json hold them to it). plan_from_json tries the first and, on any complaint, asks
// the second to say where.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "arriving_text.hpp"
#include "handlingsplan/plan.hpp"

namespace handlingsplan::detail {

// The plan, or nullopt where the text has anything wrong with it.
// With `give_back`, the text's memory is given back as it is read (parse_json_events): only for a
// text the caller owns and will not read again.
std::optional<Plan> read_plan_in_one_pass(std::string_view text, const std::string& source,
                                          bool give_back = false);

// The same for a text still arriving: `arrived` so far, `rest` bringing more (a file being
// read, ArrivingFile).
std::optional<Plan> read_plan_in_one_pass(std::string_view arrived, ArrivingText& rest,
                                          const std::string& source, bool give_back = false);

// The plan; DataError naming `source` and the place of the first problem.
Plan read_plan_carefully(std::string_view text, const std::string& source);

}  // namespace handlingsplan::detail
