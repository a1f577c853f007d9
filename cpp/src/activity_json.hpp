// The government's activities in a plan file: the optional top-level field "activities" (see
// data/FORMAT.md). Private to the library; json_io.cpp calls these two hooks, so that a plan file
// without the field reads and writes exactly as before.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "handlingsplan/plan.hpp"

namespace handlingsplan::detail {

// Reads document["activities"], if present, into `plan`. DataError naming `source` and the JSON
// path ("/activities/3/events/0/date") for anything malformed.
void read_activities(const nlohmann::ordered_json& document, const std::string& source, Plan& plan);

// Adds "activities" to `document` when the plan has any (after every other field).
void write_activities(const Plan& plan, nlohmann::ordered_json& document);

}  // namespace handlingsplan::detail
