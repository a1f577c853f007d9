// Checks of a whole plan beyond the invariants every value keeps on its own: what a careful
// reader of the reports would flag. Malformed files never get this far: the loader rejects them
// (a repeated id, a period ending before it starts) with a DataError naming the place.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handlingsplan/export.hpp"
#include "handlingsplan/plan.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

enum class Severity {
    error,    // the plan is wrong and should be corrected
    warning,  // worth a look; the sources themselves may say so (as the 2021 report does)
};

std::string_view severity_text(Severity severity) noexcept;  // "fel", "varning"

struct Finding {
    std::string code;  // stable, e.g. "objective-missing"; see validate()
    Severity severity;
    std::optional<int> year;           // the report concerned, if one
    std::optional<MeasureId> measure;  // the measure concerned, if one
    std::string message;               // what is wrong, in plain Swedish words

    // "redovisning 2021, åtgärd 1.1.5", "redovisning 2021" or "planen".
    std::string place() const;
    bool operator==(const Finding&) const = default;
};

// Every finding, ordered by report year, then measure id, then code. Codes:
//   errors:   priority-missing, objective-missing, number-reused, measure-vanished,
//             new-but-existed, end-year-outside-plan, end-after-report, end-before-start,
//             withdrawal-without-reason, agency-unknown, agencies-empty, report-year-outside-plan
//   warnings: agencies-text-mismatch, appendix-title-differs, appendix-agencies-differs,
//             chapter-marking-differs, updated-without-change, change-unmarked,
//             period-before-plan, period-overrun ("överskriden tidplan": an active measure
//             whose period ended before the report's year)
std::vector<Finding> validate(const Plan& plan);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
