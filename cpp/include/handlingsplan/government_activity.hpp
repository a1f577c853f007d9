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
    other,      // "övrigt": a date the text gives without one of the words above
};
// "beslutad", "ska redovisas", "redovisad", "i kraft", "förlängd", "antagen", "publicerad",
// "övrigt".
std::string_view event_kind_text(EventKind kind) noexcept;
EventKind parse_event_kind(std::string_view text);  // ParseError

struct DatedEvent {
    EventKind kind;
    SwedishDate when;  // with its precision; Python's .date is its exact day, if it has one
    DateBound bound = DateBound::none;
    bool operator==(const DatedEvent&) const = default;
};

// What the rule finds in an activity's text.
struct ActivityFacts {
    std::vector<CaseNumber> case_numbers;  // each once, in the order first cited
    std::vector<DatedEvent> events;        // in the order written
};

// The rule: every case number in `text` (find_case_numbers) and every date (find_dates), each
// date with the kind of the nearest event word before it in the same sentence ("Uppdraget ska
// redovisas senast den 31 augusti 2020 samt senast den 31 maj 2021" gives two "ska redovisas";
// "delredovisades den 18 december 2019 och ska slutredovisas senast den 31 mars 2021" a
// "redovisad" and a "ska redovisas"), or "övrigt" when the sentence has none before it. A
// sentence ends at a full stop followed by a space and a capital. Throws ParseError for a
// date not in the calendar.
ActivityFacts read_activity_text(std::string_view text);

class GovernmentActivity {
public:
    // Throws InvalidValue for a priority outside 1..999, an empty text, or a case number listed
    // twice.
    GovernmentActivity(int priority, std::string text, ActivityState state,
                       std::vector<CaseNumber> case_numbers, std::vector<DatedEvent> events);
    // The activity with the case numbers and events read_activity_text finds in `text`.
    static GovernmentActivity from_text(int priority, ActivityState state, std::string text);

    int priority() const noexcept { return priority_; }
    const std::string& text() const noexcept { return text_; }
    ActivityState state() const noexcept { return state_; }
    const std::vector<CaseNumber>& case_numbers() const noexcept { return case_numbers_; }
    const std::vector<DatedEvent>& events() const noexcept { return events_; }

    bool cites(const CaseNumber& number) const noexcept;
    // True if the text names the agency by its short or full name (also in the genitive:
    // "Försvarsmaktens"), as a word of its own.
    bool names_agency(const Agency& agency) const;
    // The "ska redovisas" events.
    std::vector<DatedEvent> deadlines() const;
    // Still ongoing on `day` with a "ska redovisas" date wholly before it and no "redovisad" event
    // dated on or after that deadline.
    bool overdue_on(const boost::gregorian::date& day) const;

    bool operator==(const GovernmentActivity&) const = default;

private:
    int priority_;
    std::string text_;
    ActivityState state_;
    std::vector<CaseNumber> case_numbers_;
    std::vector<DatedEvent> events_;
};

// Criteria for select_activities; those left empty match every activity.
struct ActivityFilter {
    std::optional<int> priority;
    std::optional<ActivityState> state;
    std::optional<std::string> agency;  // short or full name, looked up in the registry
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
