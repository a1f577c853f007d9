// The plan's rules on when a measure may end, written once: the editing methods refuse what
// these rules find (RuleViolation) and validate() reports it (a Finding with the same code).
#pragma once

#include <string>
#include <vector>

#include "handlingsplan/export.hpp"
#include "handlingsplan/measure.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// One broken rule: a stable code (as validate() reports it) and what is wrong, in plain words.
struct RuleProblem {
    std::string code;
    std::string message;
    bool operator==(const RuleProblem&) const = default;
};

// What is wrong with `measure` ending (as `kind`, genomförd or avskriven) in `year`, recorded by
// the report of `report_year` of a plan running `first_year`–`last_year`. Codes:
// end-year-outside-plan, end-after-report, end-before-start, withdrawal-without-reason (the
// last only for a withdrawn measure whose `reason` is blank). Empty where the end is sound.
std::vector<RuleProblem> end_problems(int first_year, int last_year, int report_year,
                                      const Measure& measure, StatusKind kind, int year,
                                      const std::string& reason = {});

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
