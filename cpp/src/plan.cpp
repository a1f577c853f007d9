#include "handlingsplan/plan.hpp"

#include <algorithm>
#include <set>

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {

Priority::Priority(int number, std::string title, std::vector<Objective> objectives)
    : number_(number), title_(std::move(title)), objectives_(std::move(objectives)) {
    if (number < 1 || number > 999) {
        throw InvalidValue("a strategic priority is numbered 1 to 999, got " + std::to_string(number));
    }
    if (detail::trim(title_).empty()) {
        throw InvalidValue("strategic priority " + std::to_string(number) + " has no title");
    }
    std::sort(objectives_.begin(), objectives_.end(),
              [](const Objective& a, const Objective& b) { return a.id < b.id; });
    for (std::size_t i = 0; i < objectives_.size(); ++i) {
        const auto& id = objectives_[i].id;
        if (id.priority() != number) {
            throw InvalidValue("objective " + id.to_string() + " is listed under strategic priority " +
                               std::to_string(number));
        }
        if (i > 0 && objectives_[i - 1].id == id) {
            throw InvalidValue("objective " + id.to_string() + " is listed twice");
        }
    }
}

Plan::Plan(std::string title, int first_year, int last_year, AgencyRegistry agencies,
           std::vector<Priority> priorities, std::vector<Report> reports)
    : title_(std::move(title)),
      first_year_(first_year),
      last_year_(last_year),
      agencies_(std::move(agencies)),
      priorities_(std::move(priorities)) {
    // The years themselves are checked by Period's rules.
    (void)Period(first_year, last_year);
    std::sort(priorities_.begin(), priorities_.end(),
              [](const Priority& a, const Priority& b) { return a.number() < b.number(); });
    for (std::size_t i = 1; i < priorities_.size(); ++i) {
        if (priorities_[i - 1].number() == priorities_[i].number()) {
            throw InvalidValue("strategic priority " + std::to_string(priorities_[i].number()) +
                               " is listed twice");
        }
    }
    for (auto& report : reports) {
        const int year = report.year();
        if (!reports_.emplace(year, std::move(report)).second) {
            throw InvalidValue("the plan has two reports for " + std::to_string(year));
        }
    }
}

std::vector<int> Plan::years() const {
    std::vector<int> years;
    for (const auto& [year, report] : reports_) years.push_back(year);
    return years;
}

const Priority& Plan::priority(int number) const {
    const auto it = std::find_if(priorities_.begin(), priorities_.end(),
                                 [&](const Priority& p) { return p.number() == number; });
    if (it == priorities_.end()) throw NotFound("strategic priority", std::to_string(number));
    return *it;
}

const Objective* Plan::find_objective(const ObjectiveId& id) const noexcept {
    for (const auto& priority : priorities_) {
        for (const auto& objective : priority.objectives()) {
            if (objective.id == id) return &objective;
        }
    }
    return nullptr;
}

const Objective& Plan::objective(const ObjectiveId& id) const {
    if (const Objective* found = find_objective(id)) return *found;
    throw NotFound("objective", id.to_string());
}

const Report& Plan::report(int year) const {
    const auto it = reports_.find(year);
    if (it == reports_.end()) throw NotFound("report for", std::to_string(year));
    return it->second;
}

const Measure& Plan::measure(const MeasureId& id) const {
    for (auto it = reports_.rbegin(); it != reports_.rend(); ++it) {
        if (const Measure* measure = it->second.find(id)) return *measure;
    }
    throw NotFound("measure", id.to_string());
}

}  // namespace handlingsplan
