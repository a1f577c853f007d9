// The plan: the strategy it serves (priorities and objectives), its agencies and its reports.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/government_activity.hpp"
#include "handlingsplan/report.hpp"

namespace handlingsplan {

// A målsättning of the strategy.
struct Objective {
    // InvalidValue for blank text.
    Objective(ObjectiveId id, std::string text);
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

// The fields an update changes; those left empty stay as they are.
struct MeasureUpdate {
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<Agencies> agencies;
    std::optional<Period> period;
    std::optional<int> page;
};

class Plan {
public:
    // Throws InvalidValue for a blank title, last_year < first_year, or a priority or report
    // year that repeats.
    Plan(std::string title, int first_year, int last_year, AgencyRegistry agencies,
         std::vector<Priority> priorities, std::vector<Report> reports = {});

    const std::string& title() const noexcept { return title_; }
    int first_year() const noexcept { return first_year_; }
    int last_year() const noexcept { return last_year_; }
    const AgencyRegistry& agencies() const noexcept { return agencies_; }
    const std::vector<Priority>& priorities() const noexcept { return priorities_; }
    const std::map<int, Report>& reports() const noexcept { return reports_; }
    std::vector<int> years() const;

    const Priority& priority(int number) const;               // NotFound
    const Objective& objective(const ObjectiveId& id) const;  // NotFound
    const Objective* find_objective(const ObjectiveId& id) const noexcept;
    const Report& report(int year) const;  // NotFound
    // The measure as the latest report that holds it presents it; NotFound if none does.
    const Measure& measure(const MeasureId& id) const;

    // Preparing a report. Only a draft report can be edited: a final one (submitted) refuses
    // every edit until it is reopened on purpose (reopen_report, recorded in the file). Every
    // edit checks the plan's rules and throws RuleViolation (or NotFound for an unknown report
    // or measure) leaving the plan exactly as it was. The very same edit made twice (a notebook
    // cell run again) changes nothing the second time; a different edit of a measure already
    // recorded is refused with what is recorded. The rules:
    // - numbers are never reused, and a new measure fits under an objective of the strategy;
    // - a completed or withdrawn measure does not come back as active;
    // - completion and withdrawal years lie within the plan's years, not after the report's
    //   year and not before the measure's period starts; a withdrawal has a reason.

    // A draft report for `year` (after every report the plan has, at most last_year + 1, the
    // final report) carrying every measure of the latest report forward: active ones as
    // pågående, without markings, appendix wordings or pages (those belong to a printed
    // report); ended ones as they were. Due 1 March unless `submitted` says otherwise. Where a
    // draft for `year` exists already, that draft.
    const Report& new_report(int year,
                             std::optional<boost::gregorian::date> submitted = std::nullopt);
    // Marks the report of `year` final (submitted); a final report stays as it is.
    void finalize_report(int year);
    // Opens the final report of `year` again to correct it, recording when and why (a blank
    // reason is refused); RuleViolation for a draft.
    void reopen_report(int year, const std::string& reason, boost::gregorian::date on);
    // Adds a new measure ("Ny åtgärd") to the report of `report_year`, its agencies resolved
    // with the plan's registry from the printed phrase.
    void add_measure(int report_year, Measure measure);
    void complete_measure(int report_year, const MeasureId& id, int year);
    void withdraw_measure(int report_year, const MeasureId& id, int year, std::string reason);
    // Changes an active measure; a new period marks it "Uppdaterad, tidplan", a new title,
    // description or agencies "Uppdaterad, innehåll" (a measure added this year stays new).
    void update_measure(int report_year, const MeasureId& id, const MeasureUpdate& update);

    // The government's own activities for the strategy (Översikt över regeringens aktiviteter),
    // in their published order; empty for a plan without them.
    const std::vector<GovernmentActivity>& activities() const noexcept { return activities_; }
    // Replaces them; InvalidValue (and the plan unchanged) if one belongs to a strategic priority
    // the plan does not have.
    void set_activities(std::vector<GovernmentActivity> activities);
    // Adds one activity at the end (an assignment read from a page, read_assignment): the plan
    // unchanged and RuleViolation if the plan has it already (an assignment of the same source,
    // or headed by the same diarienummer), InvalidValue for a priority the plan does not have.
    void add_activity(GovernmentActivity activity);

    bool operator==(const Plan&) const = default;

private:
    Report& editable_report(int year);
    const Measure& active_measure(const Report& report, const MeasureId& id) const;
    // RuleViolation naming the first rule of end_problems() (rules.hpp) that the end breaks.
    void check_end(const Measure& measure, int report_year, StatusKind kind, int year,
                   const std::string& reason = {}) const;

    std::string title_;
    int first_year_;
    int last_year_;
    AgencyRegistry agencies_;
    std::vector<Priority> priorities_;
    std::map<int, Report> reports_;
    std::vector<GovernmentActivity> activities_;
};

}  // namespace handlingsplan
