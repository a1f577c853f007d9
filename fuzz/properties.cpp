#include "properties.hpp"

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/appendix.hpp"
#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"
#include "handlingsplan/measure_id.hpp"
#include "handlingsplan/period.hpp"
#include "handlingsplan/status.hpp"
#include "handlingsplan/validate.hpp"

namespace handlingsplan::fuzz {
namespace {

void require(bool holds, std::string_view what) {
    if (!holds) throw PropertyFailure(std::string(what));
}

// nlohmann's strict writer checks UTF-8 the way the JSON loader does.
bool is_utf8(std::string_view text) {
    try {
        (void)nlohmann::json(std::string(text)).dump();
        return true;
    } catch (const nlohmann::json::type_error&) {
        return false;
    }
}

// `parse` on `text` gives a value or a handlingsplan::Error. A value's printed form (`print`)
// parses back to the same value and prints the same again.
template <class Parse, class Print>
void check_round_trip(std::string_view what, std::string_view text, Parse parse, Print print) {
    std::optional<decltype(parse(text))> value;
    try {
        value = parse(text);
    } catch (const Error& e) {
        require(!is_utf8(text) || is_utf8(e.what()),
                std::string(what) + ": an error message that is not UTF-8 for UTF-8 input");
        return;
    }
    const std::string printed(print(*value));
    std::optional<decltype(parse(text))> again;
    try {
        again = parse(printed);
    } catch (const Error& e) {
        throw PropertyFailure(std::string(what) + ": \"" + printed +
                              "\" does not parse: " + e.what());
    }
    require(*again == *value, std::string(what) + ": \"" + printed + "\" parses to another value");
    require(std::string(print(*again)) == printed, std::string(what) + ": printing is not stable");
}

void check_agency_phrase(std::string_view text) {
    const AgencyRegistry& registry = AgencyRegistry::standard();
    std::optional<Agencies> agencies;
    try {
        agencies = Agencies::parse(text, registry);
    } catch (const Error& e) {
        require(!is_utf8(text) || is_utf8(e.what()),
                "agency phrase: an error message that is not UTF-8 for UTF-8 input");
        return;
    }
    require(!agencies->empty(), "agency phrase: parsed to no agency");
    require(agencies->roles().front().role == Role::responsible,
            "agency phrase: the first agency named is not the responsible one");
    for (const AgencyRole& entry : agencies->roles()) {
        require(registry.find(entry.agency) != nullptr,
                "agency phrase: gave the unregistered agency \"" + entry.agency + "\"");
    }
}

}  // namespace

void check_json(std::string_view bytes) {
    std::optional<Plan> plan;
    try {
        plan = plan_from_json(bytes, "<fuzz>");
    } catch (const DataError& e) {
        require(is_utf8(e.what()), "a DataError message that is not UTF-8");
        // Even an empty input has a place: where the input ends.
        require(!e.where().empty(), "a DataError that names no place");
        return;
    }
    // A plan that loaded can always be saved: an exception here escapes and is a finding.
    const std::string text = plan_to_json(*plan);
    std::optional<Plan> again;
    try {
        again = plan_from_json(text, "<fuzz round trip>");
    } catch (const DataError& e) {
        throw PropertyFailure(std::string("the written form of a loaded plan does not load: ") +
                              e.what());
    }
    require(*again == *plan, "a loaded plan, written and read back, is another plan");
    require(plan_to_json(*again) == text, "the written form is not canonical");

    // What the tools do with a loaded plan throws nothing: an exception here is a finding.
    (void)validate(*plan);
    const Report* previous = nullptr;
    for (const auto& [year, report] : plan->reports()) {
        (void)build_appendix(*plan, year);
        if (previous != nullptr) (void)diff(*previous, report);
        previous = &report;
    }
}

void check_text(std::string_view bytes) {
    const auto to_string = [](const auto& value) { return value.to_string(); };
    check_round_trip("measure id", bytes, MeasureId::parse, to_string);
    check_round_trip("objective id", bytes, ObjectiveId::parse, to_string);
    check_round_trip("period", bytes, Period::parse, to_string);
    check_round_trip("status kind", bytes, parse_status_kind, status_kind_text);
    check_round_trip("role", bytes, parse_role, role_text);
    check_round_trip("Bilaga 1 status", bytes, Status::parse_appendix_text,
                     [](const Status& status) { return status.appendix_text(); });
    check_agency_phrase(bytes);
}

}  // namespace handlingsplan::fuzz
