#include "handlingsplan/words.hpp"

#include <utility>

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {

const PlanWords& PlanWords::standard() {
    static const PlanWords words{};
    return words;
}

std::string PlanWords::priority_heading(int number, std::string_view title) const {
    std::string heading = levels.priority + " " + priority_label(number, ids) + ".";
    if (!title.empty()) {
        heading += " ";
        heading += title;
    }
    return heading;
}

void PlanWords::check() const {
    const std::pair<const std::string*, const char*> words[] = {
        {&levels.priority, "the name of the plan's top level"},
        {&levels.objective, "the name of the plan's objectives"},
        {&levels.measure, "the name of the plan's measures"},
        {&levels.measures, "the plural of the name of the plan's measures"},
        {&appendix.title, "the appendix's title"},
        {&appendix.current, "the appendix's section of current measures"},
        {&appendix.completed, "the appendix's section of completed measures"},
        {&appendix.withdrawn, "the appendix's section of withdrawn measures"},
        {&appendix.number_column, "the appendix's number column"},
        {&appendix.measure_column, "the appendix's measure column"},
        {&appendix.agencies_column, "the appendix's agencies column"},
        {&appendix.status_column, "the appendix's status column"},
        {&appendix.page_column, "the appendix's page column"},
        {&appendix.completed_column, "the appendix's column of the year completed"},
        {&appendix.withdrawn_column, "the appendix's column of the year withdrawn"},
        {&appendix.empty, "the appendix's line for an empty table"},
    };
    for (const auto& [word, what] : words) detail::require_text(*word, what);
}

}  // namespace handlingsplan
