// The plan file format (data/FORMAT.md): each type's reading from JSON and writing to JSON, side
// by side (private to the library; json_io.hpp is the public face).
#pragma once

#include "handlingsplan/plan.hpp"
#include "json_reader.hpp"

namespace handlingsplan::detail {

// A plan from its JSON document; DataError with the JSON path of anything wrong.
Plan read_plan(const Node& root);
// The canonical JSON document of a plan.
json write_plan(const Plan& plan);

}  // namespace handlingsplan::detail
