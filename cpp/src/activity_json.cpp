#include "activity_json.hpp"

#include <algorithm>
#include <initializer_list>

#include "handlingsplan/errors.hpp"

namespace handlingsplan::detail {
namespace {

using json = nlohmann::ordered_json;

[[noreturn]] void fail(const std::string& source, const std::string& path,
                       const std::string& problem) {
    throw DataError(source, path, problem);
}

std::string type_of(const json& value) {
    if (value.is_number_integer()) return "a whole number";
    if (value.is_number()) return "the number " + value.dump();
    if (value.is_null()) return "null";
    const std::string name = value.type_name();
    return (name == "array" || name == "object" ? "an " : "a ") + name;
}

void expect_object(const json& value, const std::string& source, const std::string& path,
                   std::initializer_list<const char*> required,
                   std::initializer_list<const char*> optional) {
    if (!value.is_object()) fail(source, path, "expected an object, found " + type_of(value));
    for (const char* key : required) {
        if (!value.contains(key))
            fail(source, path, "missing the field \"" + std::string(key) + "\"");
    }
    for (const auto& item : value.items()) {
        bool known = false;
        std::string allowed;
        for (const auto& keys : {required, optional}) {
            for (const char* k : keys) {
                known = known || item.key() == k;
                allowed += (allowed.empty() ? "\"" : ", \"") + std::string(k) + "\"";
            }
        }
        if (!known)
            fail(source, path + "/" + item.key(), "unknown field; expected only " + allowed);
    }
}

const std::string& string_at(const json& value, const std::string& source,
                             const std::string& path) {
    if (!value.is_string()) fail(source, path, "expected a string, found " + type_of(value));
    return value.get_ref<const std::string&>();
}

const json& array_at(const json& value, const std::string& source, const std::string& path) {
    if (!value.is_array()) fail(source, path, "expected an array, found " + type_of(value));
    return value;
}

// Runs `make`, turning the model's complaints into a DataError at `path`.
template <class F>
auto build(const std::string& source, const std::string& path, F&& make) -> decltype(make()) {
    try {
        return make();
    } catch (const ParseError& e) {
        fail(source, path, e.what());
    } catch (const InvalidValue& e) {
        fail(source, path, e.what());
    }
}

GovernmentActivity read_activity(const json& value, const std::string& source,
                                 const std::string& path) {
    expect_object(value, source, path, {"priority", "state", "text", "case_numbers", "events"}, {});
    const json& priority = value["priority"];
    if (!priority.is_number_integer() || priority.get<long long>() < 1 ||
        priority.get<long long>() > 999) {
        fail(source, path + "/priority",
             "expected a whole number from 1 to 999, found " +
                 (priority.is_number_integer() ? priority.dump() : type_of(priority)));
    }
    const ActivityState state = build(source, path + "/state", [&] {
        return parse_activity_state(string_at(value["state"], source, path + "/state"));
    });
    std::vector<CaseNumber> numbers;
    const json& case_numbers = array_at(value["case_numbers"], source, path + "/case_numbers");
    for (std::size_t i = 0; i < case_numbers.size(); ++i) {
        const std::string at = path + "/case_numbers/" + std::to_string(i);
        numbers.push_back(build(
            source, at, [&] { return CaseNumber::parse(string_at(case_numbers[i], source, at)); }));
    }
    std::vector<DatedEvent> events;
    const json& event_list = array_at(value["events"], source, path + "/events");
    for (std::size_t i = 0; i < event_list.size(); ++i) {
        const std::string at = path + "/events/" + std::to_string(i);
        const json& event = event_list[i];
        expect_object(event, source, at, {"kind", "date"}, {"bound"});
        DatedEvent e{
            .kind = build(
                source, at + "/kind",
                [&] { return parse_event_kind(string_at(event["kind"], source, at + "/kind")); }),
            .when = build(source, at + "/date",
                          [&] {
                              return SwedishDate::parse_iso(
                                  string_at(event["date"], source, at + "/date"));
                          }),
        };
        if (event.contains("bound")) {
            e.bound = build(source, at + "/bound", [&] {
                return parse_date_bound(string_at(event["bound"], source, at + "/bound"));
            });
            if (e.bound == DateBound::none)
                fail(source, at + "/bound", "leave \"bound\" out for a date without one");
        }
        events.push_back(e);
    }
    return build(source, path, [&] {
        return GovernmentActivity(static_cast<int>(priority.get<long long>()),
                                  string_at(value["text"], source, path + "/text"), state,
                                  std::move(numbers), std::move(events));
    });
}

}  // namespace

void read_activities(const json& document, const std::string& source, Plan& plan) {
    if (!document.is_object() || !document.contains("activities")) return;
    const json& list = array_at(document["activities"], source, "/activities");
    std::vector<GovernmentActivity> activities;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = "/activities/" + std::to_string(i);
        activities.push_back(read_activity(list[i], source, path));
        const int number = activities.back().priority();
        const auto& priorities = plan.priorities();
        if (std::none_of(priorities.begin(), priorities.end(),
                         [&](const Priority& p) { return p.number() == number; })) {
            fail(source, path + "/priority",
                 "strategic priority " + std::to_string(number) +
                     " is not among the plan's priorities");
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
            json event = {{"kind", event_kind_text(e.kind)}, {"date", e.when.to_iso()}};
            if (e.bound != DateBound::none) event["bound"] = date_bound_text(e.bound);
            events.push_back(std::move(event));
        }
        list.push_back(json{{"priority", a.priority()},
                            {"state", activity_state_text(a.state())},
                            {"text", a.text()},
                            {"case_numbers", std::move(numbers)},
                            {"events", std::move(events)}});
    }
    document["activities"] = std::move(list);
}

}  // namespace handlingsplan::detail
