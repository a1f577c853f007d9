// The plan: the strategy it serves (priorities and objectives), its agencies and its reports.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/export.hpp"
#include "handlingsplan/government_activity.hpp"
#include "handlingsplan/report.hpp"
#include "handlingsplan/words.hpp"

HANDLINGSPLAN_BEGIN_API
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
    // `words`: what the plan calls its levels, how it writes its ids and how its Bilaga 1 is
    // worded (the 2019–2022 plan's by default).
    // @throws InvalidValue for a blank title, last_year < first_year, a priority or report
    // year that repeats, a blank word, or an objective's or measure's id written otherwise
    // than the plan's words say ("A.1.1" in a plan of numbers, "1.1.1" in one of letters).
    Plan(std::string title, int first_year, int last_year, AgencyRegistry agencies,
         std::vector<Priority> priorities, std::vector<Report> reports = {}, PlanWords words = {});

    const std::string& title() const noexcept { return title_; }
    int first_year() const noexcept { return first_year_; }
    int last_year() const noexcept { return last_year_; }
    const AgencyRegistry& agencies() const noexcept { return agencies_; }
    // The plan's own words (PlanWords::standard() for the 2019–2022 plan).
    const PlanWords& words() const noexcept { return words_; }
    const std::vector<Priority>& priorities() const noexcept { return priorities_; }
    const std::map<int, Report>& reports() const noexcept { return reports_; }
    std::vector<int> years() const;

    const Priority& priority(int number) const;               // @throws NotFound
    const Objective& objective(const ObjectiveId& id) const;  // @throws NotFound
    const Objective* find_objective(const ObjectiveId& id) const noexcept;
    const Report& report(int year) const;  // @throws NotFound where the plan has no such report
    // The measure as the latest report that holds it presents it.
    // @throws NotFound if no report holds it.
    const Measure& measure(const MeasureId& id) const;

    // @name Preparing a report
    // Only a draft report can be edited: a final one (submitted) refuses every edit until it is
    // reopened on purpose (reopen_report, recorded in the file). Every edit checks the plan's
    // rules and throws RuleViolation (or NotFound for an unknown report or measure) leaving the
    // plan exactly as it was. The very same edit made twice (a notebook cell run again) changes
    // nothing the second time; a different edit of a measure already recorded is refused with
    // what is recorded. The rules:
    // - numbers are never reused, and a new measure fits under an objective of the strategy;
    // - a completed or withdrawn measure does not come back as active;
    // - completion and withdrawal years lie within the plan's years, not after the report's
    //   year and not before the measure's period starts; a withdrawal has a reason.
    // @{

    // A draft report for `year` (after every report the plan has, at most last_year + 1, the
    // final report) carrying every measure of the latest report forward: active ones as
    // pågående, without markings, appendix wordings or pages (those belong to a printed
    // report); ended ones as they were. Its prose chapters are the latest report's, each marked
    // as carried over from the report whose text it is (ProseChapter::carried_over_from) until
    // it is edited (set_chapter); the Uppföljning chapter, a year's own results, starts empty. Due
    // 1 March unless `submitted` says otherwise. Where a draft for `year` exists already, that
    // draft.
    // @throws RuleViolation for a year outside first_year..last_year + 1, not after the latest
    // report, or whose report is final already.
    const Report& new_report(int year,
                             std::optional<boost::gregorian::date> submitted = std::nullopt);
    // Marks the report of `year` final (submitted); a final report stays as it is.
    // @throws NotFound where the plan has no report for `year`.
    void finalize_report(int year);
    // Opens the final report of `year` again to correct it, recording when and why.
    // @throws RuleViolation for a draft, a blank reason or a date that is not a real one.
    // @throws NotFound where the plan has no report for `year`.
    void reopen_report(int year, const std::string& reason, boost::gregorian::date on);
    // Adds a new measure ("Ny åtgärd") to the report of `report_year`, its agencies resolved
    // with the plan's registry from the printed phrase.
    // @throws RuleViolation for a final report, a number in use or used before, an id written
    // otherwise than the plan writes its ids, no objective for it, or a period starting before
    // the plan's first year.
    // @throws ParseError for an agency the plan's registry does not know.
    // @throws NotFound where the plan has no report for `report_year`.
    // Every edit may carry a `provenance` (the source of the change and/or a note): the report
    // then records each part the edit changed with its values before and after (changes());
    // an edit that changes nothing records nothing.
    void add_measure(int report_year, Measure measure, const Provenance& provenance = {});
    // Records the measure as genomförd in `year`.
    // @throws RuleViolation for a final report, an ended measure or a year the rules refuse.
    // @throws NotFound for an unknown report or measure.
    void complete_measure(int report_year, const MeasureId& id, int year,
                          const Provenance& provenance = {});
    // Records the measure as avskriven in `year`, for `reason`.
    // @throws RuleViolation for a final report, an ended measure, a year the rules refuse or a
    // blank reason.
    // @throws NotFound for an unknown report or measure.
    void withdraw_measure(int report_year, const MeasureId& id, int year, std::string reason,
                          const Provenance& provenance = {});
    // Changes an active measure; a new period marks it "Uppdaterad, tidplan", a new title,
    // description or agencies "Uppdaterad, innehåll" (a measure added this year stays new).
    // @throws RuleViolation for a final report or an ended measure.
    // @throws InvalidValue for a new value the measure refuses (a blank title, a page out of
    // range).
    // @throws NotFound for an unknown report or measure.
    void update_measure(int report_year, const MeasureId& id, const MeasureUpdate& update,
                        const Provenance& provenance = {});
    // Adds an entry to the form register of the draft report of `report_year` (an entry
    // already there is not added twice).
    // @throws RuleViolation for a final report; NotFound for an unknown report or an agency
    // the plan's registry does not know.
    void record_form(int report_year, FormEntry entry);
    // Puts `chapter` into the draft report of `report_year` (replacing the one with its heading),
    // as this report's own text: the mark of being carried over is taken off. The same chapter
    // put twice changes nothing the second time.
    // @throws RuleViolation for a final report. @throws NotFound for an unknown report.
    void set_chapter(int report_year, const ProseChapter& chapter);
    // Takes the chapter headed `heading` out of the draft report of `report_year`.
    // @throws RuleViolation for a final report. @throws NotFound for an unknown report or a
    // chapter the report does not have.
    void remove_chapter(int report_year, std::string_view heading);
    // @}

    // The government's own activities for the strategy (Översikt över regeringens aktiviteter),
    // in their published order; empty for a plan without them.
    const std::vector<GovernmentActivity>& activities() const noexcept { return activities_; }
    // Replaces them.
    // @throws InvalidValue (and the plan unchanged) if one belongs to a strategic priority the
    // plan does not have.
    void set_activities(std::vector<GovernmentActivity> activities);
    // Adds one activity at the end (an assignment read from a page, read_assignment): the plan
    // unchanged and RuleViolation if the plan has it already (an assignment of the same source,
    // or headed by the same diarienummer), InvalidValue for a priority the plan does not have.
    void add_activity(GovernmentActivity activity);

    bool operator==(const Plan&) const = default;

private:
    Report& editable_report(int year);
    const Measure& active_measure(const Report& report, const MeasureId& id) const;
    // Records what the edit from `before` (none for an added measure) to `after` changed.
    static void record(Report& report, const std::optional<Measure>& before, const Measure& after,
                       const Provenance& provenance);
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
    PlanWords words_;
};

// The changes a measure went through from `before` (none: the measure is new) to `after`, each
// with `provenance`, as an edit of the plan records them: "added" for a new measure; else each
// changed field with its printed values before and after, and the status where an active
// measure ended. None where the provenance is empty or nothing changed. (An imported report
// records its measures so, each with its source file and line.)
std::vector<RecordedChange> recorded_changes(const std::optional<Measure>& before,
                                             const Measure& after, const Provenance& provenance);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
