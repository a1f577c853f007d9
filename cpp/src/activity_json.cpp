#include "activity_json.hpp"

#include <algorithm>
#include <initializer_list>
#include <span>

#include "handlingsplan/declaration.hpp"
#include "handlingsplan/errors.hpp"
#include "json_reader.hpp"

namespace handlingsplan::detail {
namespace {

using json = nlohmann::ordered_json;

// The keys, as declaration.hpp declares them (at compile time).
namespace d = handlingsplan::declared;
constexpr DeclaredKeys<d::plan_fields> plan_key;
constexpr DeclaredKeys<d::activity_fields> activity_key;
constexpr DeclaredKeys<d::activity_agency_fields> agency_key;
constexpr DeclaredKeys<d::event_fields> event_key;

// "/stage": a key as a step of a JSON pointer.
std::string step(std::string_view key) {
    std::string text(1, '/');
    text += key;
    return text;
}

// `swedish_problem`: the same problem in Swedish (DataError::swedish_problem).
[[noreturn]] void fail(const std::string& source, const std::string& path,
                       const std::string& problem, std::string swedish_problem = {}) {
    throw DataError(source, path, problem, {}, std::move(swedish_problem));
}

// "expected an object, found null" and its Swedish.
[[noreturn]] void fail_type(const std::string& source, const std::string& path, const json& value,
                            std::string_view expected, std::string_view swedish_expected) {
    fail(source, path, "expected " + std::string(expected) + ", found " + json_type_name(value),
         std::string(swedish_expected) + " väntades, " + swedish_json_type_name(value) +
             " hittades");
}

// The object's keys as the declaration's `Fields` has them: those it must and may hold.
template <const auto& Fields>
void expect_object(const json& value, const std::string& source, const std::string& path) {
    const ObjectKeys& declared = declared_object_keys<Fields>();
    const std::span<const std::string_view> required = declared.required;
    const std::span<const std::string_view> optional = declared.optional;
    if (!value.is_object()) fail_type(source, path, value, "an object", "ett objekt");
    for (const std::string_view key : required) {
        if (!value.contains(key)) {
            fail(source, path, "missing the field \"" + std::string(key) + "\"",
                 "fältet \"" + std::string(key) + "\" saknas");
        }
    }
    for (const auto& item : value.items()) {
        bool known = false;
        std::string allowed;
        for (const auto& keys : {required, optional}) {
            for (const std::string_view k : keys) {
                known = known || item.key() == k;
                allowed += (allowed.empty() ? "\"" : ", \"") + std::string(k) + "\"";
            }
        }
        if (!known)
            fail(source, path + "/" + item.key(), "unknown field; expected only " + allowed,
                 "okänt fält; bara " + allowed + " får finnas här");
    }
}

const std::string& string_at(const json& value, const std::string& source,
                             const std::string& path) {
    if (!value.is_string()) fail_type(source, path, value, "a string", "en text");
    return value.get_ref<const std::string&>();
}

const json& array_at(const json& value, const std::string& source, const std::string& path) {
    if (!value.is_array()) fail_type(source, path, value, "an array", "en lista");
    return value;
}

// Runs `make`, turning the model's complaints into a DataError at `path`.
template <class F>
auto build(const std::string& source, const std::string& path, F&& make) -> decltype(make()) {
    try {
        return make();
    } catch (const ParseError& e) {
        fail(source, path, e.what(), swedish_parse_problem(e));
    } catch (const InvalidValue& e) {
        fail(source, path, e.what(),
             e.swedish().empty() ? std::string("ogiltigt värde: ") + e.what() : e.swedish());
    }
}

// An event's "stage" and "form" (schema version 3), left out where the text says neither.
void read_report(const json& event, const std::string& source, const std::string& at,
                 DatedEvent& e) {
    constexpr auto stage = event_key["stage"];
    constexpr auto form = event_key["form"];
    if (event.contains(stage)) {
        e.stage = build(source, at + step(stage), [&] {
            return parse_report_stage(string_at(event[stage], source, at + step(stage)));
        });
        if (e.stage == ReportStage::none)
            fail(source, at + step(stage), "leave \"stage\" out for an event without one",
                 "utelämna \"stage\" för en händelse utan skede");
    }
    if (event.contains(form)) {
        e.form = build(source, at + step(form), [&] {
            return parse_report_form(string_at(event[form], source, at + step(form)));
        });
        if (e.form == ReportForm::none)
            fail(source, at + step(form), "leave \"form\" out for an event without one",
                 "utelämna \"form\" för en händelse utan form");
    }
}

// An assignment's "title", "source" and "agencies" (schema version 3; an agency's "unit" and
// "printed" version 4), each optional.
ActivityDetails read_details(const json& value, const std::string& source,
                             const std::string& path) {
    constexpr auto title = activity_key["title"];
    constexpr auto from = activity_key["source"];
    constexpr auto agencies = activity_key["agencies"];
    constexpr auto name = agency_key["name"];
    constexpr auto role = agency_key["role"];
    ActivityDetails details;
    if (value.contains(title)) details.title = string_at(value[title], source, path + step(title));
    if (value.contains(from)) details.source = string_at(value[from], source, path + step(from));
    if (!value.contains(agencies)) return details;
    const json& list = array_at(value[agencies], source, path + step(agencies));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = path + step(agencies) + "/" + std::to_string(i);
        expect_object<d::activity_agency_fields>(list[i], source, at);
        AssignedAgency agency{
            string_at(list[i][name], source, at + step(name)), build(source, at + step(role), [&] {
                return parse_assignment_role(string_at(list[i][role], source, at + step(role)));
            })};
        // Schema version 4: the unit named and the name as printed, each left out where empty.
        for (const auto& [key, field] :
             {std::pair{agency_key["unit"], &AssignedAgency::unit},
              std::pair{agency_key["printed"], &AssignedAgency::printed}}) {
            if (!list[i].contains(key)) continue;
            const std::string& text = string_at(list[i][key], source, at + step(key));
            if (text.empty()) {
                fail(source, at + step(key), "leave it out rather than empty",
                     "utelämna fältet hellre än att lämna det tomt");
            }
            agency.*field = text;
        }
        details.agencies.push_back(std::move(agency));
    }
    return details;
}

GovernmentActivity read_activity(const json& value, const std::string& source,
                                 const std::string& path) {
    constexpr auto priority_key = activity_key["priority"];
    constexpr auto state_key = activity_key["state"];
    constexpr auto text_key = activity_key["text"];
    constexpr auto case_numbers_key = activity_key["case_numbers"];
    constexpr auto events_key = activity_key["events"];
    expect_object<d::activity_fields>(value, source, path);
    std::optional<int> number;
    if (value.contains(priority_key)) {
        const json& priority = value[priority_key];
        if (!priority.is_number_integer() || priority.get<long long>() < 1 ||
            priority.get<long long>() > 999) {
            const bool whole = priority.is_number_integer();
            fail(source, path + step(priority_key),
                 "expected a whole number from 1 to 999, found " +
                     (whole ? priority.dump() : json_type_name(priority)),
                 "ett heltal från 1 till 999 väntades, " +
                     (whole ? priority.dump() : swedish_json_type_name(priority)) + " hittades");
        }
        number = static_cast<int>(priority.get<long long>());
    }
    ActivityDetails details = read_details(value, source, path);
    const ActivityState state = build(source, path + step(state_key), [&] {
        return parse_activity_state(string_at(value[state_key], source, path + step(state_key)));
    });
    std::vector<CaseNumber> numbers;
    const json& case_numbers =
        array_at(value[case_numbers_key], source, path + step(case_numbers_key));
    for (std::size_t i = 0; i < case_numbers.size(); ++i) {
        const std::string at = path + step(case_numbers_key) + "/" + std::to_string(i);
        numbers.push_back(build(
            source, at, [&] { return CaseNumber::parse(string_at(case_numbers[i], source, at)); }));
    }
    std::vector<DatedEvent> events;
    constexpr auto kind = event_key["kind"];
    constexpr auto when = event_key["when"];
    constexpr auto bound = event_key["bound"];
    const json& event_list = array_at(value[events_key], source, path + step(events_key));
    for (std::size_t i = 0; i < event_list.size(); ++i) {
        const std::string at = path + step(events_key) + "/" + std::to_string(i);
        const json& event = event_list[i];
        expect_object<d::event_fields>(event, source, at);
        DatedEvent e{
            .kind = build(
                source, at + step(kind),
                [&] { return parse_event_kind(string_at(event[kind], source, at + step(kind))); }),
            .when = build(source, at + step(when),
                          [&] {
                              return SwedishDate::parse_iso(
                                  string_at(event[when], source, at + step(when)));
                          }),
        };
        if (event.contains(bound)) {
            e.bound = build(source, at + step(bound), [&] {
                return parse_date_bound(string_at(event[bound], source, at + step(bound)));
            });
            if (e.bound == DateBound::none)
                fail(source, at + step(bound), "leave \"bound\" out for a date without one",
                     "utelämna \"bound\" för ett datum utan gräns");
        }
        read_report(event, source, at, e);
        events.push_back(e);
    }
    return build(source, path, [&] {
        return GovernmentActivity(number, string_at(value[text_key], source, path + step(text_key)),
                                  state, std::move(numbers), std::move(events), std::move(details));
    });
}

}  // namespace

void read_activities(const json& document, const std::string& source, Plan& plan) {
    constexpr auto activities_key = plan_key["activities"];
    if (!document.is_object() || !document.contains(activities_key)) return;
    const json& list = array_at(document[activities_key], source, step(activities_key));
    std::vector<GovernmentActivity> activities;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = step(activities_key) + "/" + std::to_string(i);
        activities.push_back(read_activity(list[i], source, path));
        if (!activities.back().priority()) continue;  // an assignment read from a page
        const int number = *activities.back().priority();
        const auto& priorities = plan.priorities();
        if (std::none_of(priorities.begin(), priorities.end(),
                         [&](const Priority& p) { return p.number() == number; })) {
            fail(source, path + step(activity_key["priority"]),
                 "strategic priority " + std::to_string(number) +
                     " is not among the plan's priorities",
                 "strategisk prioritering " + std::to_string(number) +
                     " finns inte bland planens prioriteringar");
        }
    }
    plan.set_activities(std::move(activities));
}

void write_activities(const Plan& plan, json& document) {
    if (plan.activities().empty()) return;
    json list = json::array();
    for (const auto& a : plan.activities()) {
        json numbers = json::array();
        for (const auto& n : a.case_numbers()) numbers.push_back(n.to_string());
        json events = json::array();
        for (const auto& e : a.events()) {
            json event = {{event_key["kind"], event_kind_text(e.kind)},
                          {event_key["when"], e.when.to_iso()}};
            if (e.bound != DateBound::none) event[event_key["bound"]] = date_bound_text(e.bound);
            if (e.stage != ReportStage::none)
                event[event_key["stage"]] = report_stage_text(e.stage);
            if (e.form != ReportForm::none) event[event_key["form"]] = report_form_text(e.form);
            events.push_back(std::move(event));
        }
        json activity = json::object();
        if (a.priority()) activity[activity_key["priority"]] = *a.priority();
        activity[activity_key["state"]] = activity_state_text(a.state());
        activity[activity_key["text"]] = a.text();
        activity[activity_key["case_numbers"]] = std::move(numbers);
        activity[activity_key["events"]] = std::move(events);
        const auto& details = a.details();
        if (!details.title.empty()) activity[activity_key["title"]] = details.title;
        if (!details.source.empty()) activity[activity_key["source"]] = details.source;
        if (!details.agencies.empty()) {
            json agencies = json::array();
            for (const auto& agency : details.agencies) {
                json entry{{agency_key["name"], agency.name},
                           {agency_key["role"], assignment_role_text(agency.role)}};
                if (!agency.unit.empty()) entry[agency_key["unit"]] = agency.unit;
                if (!agency.printed.empty()) entry[agency_key["printed"]] = agency.printed;
                agencies.push_back(std::move(entry));
            }
            activity[activity_key["agencies"]] = std::move(agencies);
        }
        list.push_back(std::move(activity));
    }
    document[plan_key["activities"]] = std::move(list);
}

}  // namespace handlingsplan::detail
