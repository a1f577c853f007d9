#include "handlingsplan/rules.hpp"

#include "text.hpp"

namespace handlingsplan {

std::vector<RuleProblem> end_problems(int first_year, int last_year, int report_year,
                                      const Measure& measure, StatusKind kind, int year,
                                      const std::string& reason) {
    std::vector<RuleProblem> problems;
    const std::string what = std::string(status_kind_text(kind)) + " " + std::to_string(year);
    if (year < first_year || year > last_year) {
        problems.push_back({"end-year-outside-plan", what + " ligger utanför planens år " +
                                                         std::to_string(first_year) + "–" +
                                                         std::to_string(last_year)});
    }
    if (year > report_year) {
        problems.push_back({"end-after-report", what + " ligger efter redovisningens eget år (" +
                                                    std::to_string(report_year) + ")"});
    }
    if (measure.period() && year < measure.period()->start_year()) {
        problems.push_back({"end-before-start", what + " ligger före åtgärdens tidsperiod " +
                                                    measure.period()->to_string()});
    }
    if (kind == StatusKind::withdrawn && detail::trim(reason).empty()) {
        problems.push_back({"withdrawal-without-reason",
                            "en avskriven åtgärd behöver skälet till att den stryks"});
    }
    return problems;
}

}  // namespace handlingsplan
