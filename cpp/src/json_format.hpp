// The plan file format (data/FORMAT.md): each type's reading from JSON and writing to JSON, side
// by side (private to the library; json_io.hpp is the public face).
#pragma once

#include <vector>

#include "handlingsplan/plan.hpp"
#include "json_reader.hpp"

namespace handlingsplan::detail {

// The measures of each report (by its index in "reports") read while the text was parsed, so
// that their JSON never exists all at once (json_load.cpp); a report without an entry has its
// measures in the document.
using ReadMeasures = std::vector<std::vector<Measure>>;

// A plan from its JSON document; DataError with the JSON path of anything wrong.
Plan read_plan(const Node& root, ReadMeasures read_measures = {});
// The plan's agency registry from its "agencies" array.
AgencyRegistry read_registry(const Node& agencies);
// A measure of a report, its agencies in `registry`.
Measure read_measure(const Node& entry, const AgencyRegistry& registry);
// The canonical JSON document of a plan.
json write_plan(const Plan& plan);

}  // namespace handlingsplan::detail
