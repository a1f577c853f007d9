// A report's measures column by column, for tables (pandas DataFrames, Arrow): one vector per
// column, one entry per measure (or per measure and agency role) in the report's order, so that
// Python builds a table from a few columns instead of reading every measure's fields one by one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/report.hpp"

namespace handlingsplan {

// One entry per measure of a report, in its order (numeric id order).
struct MeasureColumns {
    std::vector<std::string> id;         // "1.1.5"
    std::vector<int> priority;           // 1
    std::vector<std::string> objective;  // "1.1"
    std::vector<int> number;             // 5
    std::vector<std::string> title, title_in_appendix, description;
    std::vector<std::string> agency_text, agencies_in_appendix;
    std::vector<std::vector<std::string>> agencies;     // every agency, responsible first
    std::vector<std::vector<std::string>> responsible;  // the responsible agencies
    std::vector<std::optional<std::string>> period;     // canonical text; none where not printed
    std::vector<std::optional<int>> period_start, period_end;  // end none when open-ended
    std::vector<bool> open_ended;
    std::vector<std::string> status;  // status_kind_text
    std::vector<bool> active;
    std::vector<std::vector<std::string>> updated_aspects;
    std::vector<std::optional<int>> completed_year, withdrawn_year;
    std::vector<std::optional<std::string>> withdrawn_reason;
    std::vector<std::optional<int>> page;
    std::vector<std::optional<std::string>> chapter_marking;  // "Ny åtgärd", "Uppdaterad"
};

MeasureColumns measure_columns(const Report& report);

// One entry per measure and agency taking part in it, in the report's order and, within a
// measure, in printed order. An agency `registry` does not know keeps its printed name as both
// names and is not SAMFI's.
struct AgencyRoleColumns {
    std::vector<std::string> id;
    std::vector<int> priority;
    std::vector<std::string> objective;
    std::vector<std::string> agency, agency_name;
    std::vector<bool> samfi;
    std::vector<std::string> role;  // role_text
    std::vector<bool> responsible;
    std::vector<std::string> status;  // the measure's status_kind_text
};

AgencyRoleColumns agency_role_columns(const Report& report, const AgencyRegistry& registry);

}  // namespace handlingsplan
