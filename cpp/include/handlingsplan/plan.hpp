// The plan: the strategy it serves (priorities and objectives), its agencies and its reports.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/report.hpp"

namespace handlingsplan {

// A målsättning of the strategy.
struct Objective {
    ObjectiveId id;
    std::string text;
    bool operator==(const Objective&) const = default;
};

// A strategisk prioritering with its objectives.
class Priority {
public:
    // Throws InvalidValue for an empty title or an objective that belongs to another priority
    // or is listed twice. Objectives are kept in numeric order.
    Priority(int number, std::string title, std::vector<Objective> objectives);

    int number() const noexcept { return number_; }
    const std::string& title() const noexcept { return title_; }
    const std::vector<Objective>& objectives() const noexcept { return objectives_; }

    bool operator==(const Priority&) const = default;

private:
    int number_;
    std::string title_;
    std::vector<Objective> objectives_;
};

class Plan {
public:
    // Throws InvalidValue if last_year < first_year, or a priority or report year repeats.
    Plan(std::string title, int first_year, int last_year, AgencyRegistry agencies,
         std::vector<Priority> priorities, std::vector<Report> reports = {});

    const std::string& title() const noexcept { return title_; }
    int first_year() const noexcept { return first_year_; }
    int last_year() const noexcept { return last_year_; }
    const AgencyRegistry& agencies() const noexcept { return agencies_; }
    const std::vector<Priority>& priorities() const noexcept { return priorities_; }
    const std::map<int, Report>& reports() const noexcept { return reports_; }
    std::vector<int> years() const;

    const Priority& priority(int number) const;            // NotFound
    const Objective& objective(const ObjectiveId& id) const;  // NotFound
    const Objective* find_objective(const ObjectiveId& id) const noexcept;
    const Report& report(int year) const;                   // NotFound
    // The measure as the latest report that holds it presents it; NotFound if none does.
    const Measure& measure(const MeasureId& id) const;

    bool operator==(const Plan&) const = default;

private:
    std::string title_;
    int first_year_;
    int last_year_;
    AgencyRegistry agencies_;
    std::vector<Priority> priorities_;
    std::map<int, Report> reports_;
};

}  // namespace handlingsplan
