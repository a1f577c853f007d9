// The government's own activities for the strategy (Översikt över regeringens aktiviteter):
// assignments to agencies, inquiry directives, bills and laws, with their case numbers and dated
// events, per strategic priority, ongoing (pågående) or finished (avslutad).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/case_number.hpp"
#include "handlingsplan/export.hpp"
#include "handlingsplan/swedish_date.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

enum class ActivityState { ongoing, finished };
// "pågående", "avslutad".
std::string_view activity_state_text(ActivityState state) noexcept;
ActivityState parse_activity_state(std::string_view text);  // ParseError

// What a date in an activity's text dates.
enum class EventKind {
    decided,    // "beslutad": "beslutades den 12 juli 2018", "Regeringen beslutade den 16 maj 2019"
    due,        // "ska redovisas": "ska redovisas senast den 31 augusti 2020", "ska slutredovisas"
    reported,   // "redovisad": "Redovisades den 1 mars 2018", "delredovisades den 18 december 2019"
    in_force,   // "i kraft": "trädde i kraft den 1 april 2019", "börjar gälla den 1 april 2020"
    extended,   // "förlängd": "har förlängts till och med den 31 december 2022"
    adopted,    // "antagen": "antogs den 3 december 2019", "Riksdagen antog den 28 november 2019"
    published,  // "publicerad": "publicerades den 15 juni 2018"
    started,    // "påbörjad": "ska påbörjas senast den 1 mars 2026", "inleddes den 2 maj 2019"
    other,      // "övrigt": a date the text gives without one of the words above
};
// "beslutad", "ska redovisas", "redovisad", "i kraft", "förlängd", "antagen", "publicerad",
// "påbörjad", "övrigt".
std::string_view event_kind_text(EventKind kind) noexcept;
EventKind parse_event_kind(std::string_view text);  // ParseError

// Which report a "ska redovisas" or "redovisad" event is: an interim one ("delredovisning",
// "ska delredovisas"), the final one ("slutredovisning", "ska slutredovisas", "slutligt
// redovisas"), or not said.
enum class ReportStage { none, interim, final_report };
// "", "delredovisning", "slutredovisning".
std::string_view report_stage_text(ReportStage stage) noexcept;
ReportStage parse_report_stage(std::string_view text);  // ParseError

// How a report is given: orally ("muntlig delredovisning", "redovisas muntligt"), in writing
// ("skriftligen redovisa", "skriftlig slutredovisning"), or not said.
enum class ReportForm { none, oral, written };
// "", "muntlig", "skriftlig".
std::string_view report_form_text(ReportForm form) noexcept;
ReportForm parse_report_form(std::string_view text);  // ParseError

struct DatedEvent {
    EventKind kind;
    SwedishDate when;  // with its precision; Python's .date is its exact day, if it has one
    DateBound bound = DateBound::none;
    ReportStage stage = ReportStage::none;
    ReportForm form = ReportForm::none;
    bool operator==(const DatedEvent&) const = default;
};

// What the rule finds in an activity's text.
struct ActivityFacts {
    std::vector<CaseNumber> case_numbers;  // each once, in the order first cited
    std::vector<DatedEvent> events;        // in the order written
};

// The rule: every case number in `text` (find_case_numbers) and every date (find_dates), each
// date with the kind of an event word in its sentence:
// - the nearest event word before it, if that word follows any earlier date of the sentence
//   ("delredovisades den 18 december 2019 och ska slutredovisas senast den 31 mars 2021" gives a
//   "redovisad" and a "ska redovisas");
// - else the first report word after it, before the next date ("ska senast den 6 mars 2026
//   skriftligen redovisa", "senast den 20 mars 2026 lämna en muntlig delredovisning"): a
//   "ska redovisas";
// - else the nearest event word before it in the sentence ("Uppdraget ska redovisas senast den
//   31 augusti 2020 samt senast den 31 maj 2021" gives two "ska redovisas");
// - else "övrigt".
// A report's stage and form come from the word that gave the kind ("delredovisas",
// "slutredovisning") or the words between it and the date ("muntlig", "skriftligen",
// "slutligt"). A sentence ends at a full stop followed by blanks or line breaks and a capital,
// and at a blank line (a paragraph's end). Throws
// ParseError for a date not in the calendar.
ActivityFacts read_activity_text(std::string_view text);

// What an agency is in an assignment: the agency given it ("Regeringen ger MSB i uppdrag"), the
// part of an agency through which it is given ("FRA genom det nationella
// cybersäkerhetscentret"), one to work with ("i samverkan med PTS"), or one to support it ("ska
// stödja").
enum class AssignmentRole { assignee, through, in_cooperation, supporting };
// "uppdragstagare", "genom", "i samverkan med", "ska stödja".
std::string_view assignment_role_text(AssignmentRole role) noexcept;
AssignmentRole parse_assignment_role(std::string_view text);  // ParseError

struct AssignedAgency {
    std::string name;  // the registry's short name where it knows the agency, else as printed
    AssignmentRole role;
    // The unit of the agency the page names, where the registry knows it ("NCSC" for "FRA genom
    // det nationella cybersäkerhetscentret (NCSC)", "NCSC vid FRA"); empty otherwise.
    std::string unit = {};
    // The name as the page printed it at its date ("Myndigheten för civilt försvar (MCF)" for
    // MSB in 2026), where it differs from `name`; empty otherwise.
    std::string printed = {};
    bool operator==(const AssignedAgency&) const = default;
};

// How a document names an agency of an assignment. Without `today`: as the page printed it,
// else "NCSC vid FRA" for a unit, else its name. With `today`, an agency whose successor has
// taken over by then and that the page names otherwise is named as on that day where both
// names matter (Agency::today_name: "MSB (sedan 2026 Myndigheten för civilt försvar)"); a page
// that already uses the successor's name keeps it ("Myndigheten för civilt försvar (MCF)").
std::string assigned_agency_name(const AssignedAgency& agency, const AgencyRegistry& registry,
                                 std::optional<boost::gregorian::date> today = std::nullopt);

// What an activity read from an assignment page (read_assignment) has besides its text: the
// page's title, where it was read (an address or a file), the agencies and their roles. Empty
// for the activities of the overview document.
struct ActivityDetails {
    std::string title;
    std::string source;
    std::vector<AssignedAgency> agencies;
    bool operator==(const ActivityDetails&) const = default;
};

class GovernmentActivity {
public:
    // `priority` is the strategic priority it serves; none for an assignment read from a page
    // that no priority of the plan's strategy names. Throws InvalidValue for a priority outside
    // 1..999, an empty text, a case number listed twice, or a blank agency name.
    GovernmentActivity(std::optional<int> priority, std::string text, ActivityState state,
                       std::vector<CaseNumber> case_numbers, std::vector<DatedEvent> events,
                       ActivityDetails details = {});
    // The activity with the case numbers and events read_activity_text finds in `text`.
    static GovernmentActivity from_text(int priority, ActivityState state, std::string text);

    std::optional<int> priority() const noexcept { return priority_; }
    const std::string& text() const noexcept { return text_; }
    ActivityState state() const noexcept { return state_; }
    const std::vector<CaseNumber>& case_numbers() const noexcept { return case_numbers_; }
    const std::vector<DatedEvent>& events() const noexcept { return events_; }
    const ActivityDetails& details() const noexcept { return details_; }

    // True if one of its case numbers is the same case as `number` (CaseNumber::same_case: a
    // diarienummer without its unit matches one with it).
    bool cites(const CaseNumber& number) const noexcept;
    // True if the text names the agency by its short or full name, its successor's ("MCF" for
    // MSB) or a unit's short name ("NCSC" for FRA), also in the genitive ("Försvarsmaktens"),
    // as a word of its own, or the activity is given to it.
    bool names_agency(const Agency& agency) const;
    // The "ska redovisas" events.
    std::vector<DatedEvent> deadlines() const;
    // Still ongoing on `day` with a "ska redovisas" date wholly before it and no "redovisad" event
    // dated on or after that deadline.
    bool overdue_on(const boost::gregorian::date& day) const;

    bool operator==(const GovernmentActivity&) const = default;

private:
    std::optional<int> priority_;
    std::string text_;
    ActivityState state_;
    std::vector<CaseNumber> case_numbers_;
    std::vector<DatedEvent> events_;
    ActivityDetails details_;
};

// Criteria for select_activities; those left empty match every activity.
struct ActivityFilter {
    std::optional<int> priority;
    std::optional<ActivityState> state;
    std::optional<std::string> agency;  // any name AgencyRegistry::lookup knows ("MCF" is MSB)
    std::optional<CaseNumber> case_number;
};

// The activities matching every criterion, in their order. NotFound for an agency the registry
// does not know.
std::vector<const GovernmentActivity*> select_activities(
    const std::vector<GovernmentActivity>& activities, const ActivityFilter& filter,
    const AgencyRegistry& registry);

// A deadline of an activity.
struct ActivityDeadline {
    const GovernmentActivity* activity;
    DatedEvent event;
};

// The "ska redovisas" events whose whole date lies within [from, to] (both included), in date
// order. InvalidValue if to < from.
std::vector<ActivityDeadline> deadlines_between(const std::vector<GovernmentActivity>& activities,
                                                const boost::gregorian::date& from,
                                                const boost::gregorian::date& to);

// The activities overdue on `day` (GovernmentActivity::overdue_on).
std::vector<const GovernmentActivity*> overdue_activities(
    const std::vector<GovernmentActivity>& activities, const boost::gregorian::date& day);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
