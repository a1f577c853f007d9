#include "properties.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

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
#include "json_events.hpp"
#include "json_load.hpp"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#else
#define ASAN_POISON_MEMORY_REGION(addr, size) ((void)(addr), (void)(size))
#define ASAN_UNPOISON_MEMORY_REGION(addr, size) ((void)(addr), (void)(size))
#endif

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

ArrivingInSteps::ArrivingInSteps(std::string_view text, std::size_t step)
    : size_(text.size()), bytes_(std::make_unique<char[]>(text.size())), step_(step) {
    std::copy(text.begin(), text.end(), bytes_.get());
    ASAN_POISON_MEMORY_REGION(bytes_.get(), size_);
    arrive(std::min(step_, size_));
}

ArrivingInSteps::~ArrivingInSteps() { ASAN_UNPOISON_MEMORY_REGION(bytes_.get(), size_); }

const char* ArrivingInSteps::wait_beyond(const char* end) {
    require(end == bytes_.get() + arrived_, "more text asked for before the end of what arrived");
    arrive(std::min(arrived_ + step_, size_));
    return bytes_.get() + arrived_;
}

void ArrivingInSteps::arrive(std::size_t arrived) noexcept {
    ASAN_UNPOISON_MEMORY_REGION(bytes_.get() + arrived_, arrived - arrived_);
    arrived_ = arrived;
}

void check_json_events(std::string_view bytes) {
    if (bytes.find('\0') != std::string_view::npos || bytes.starts_with("\xEF\xBB\xBF")) return;
    EventLog ours, theirs;
    const bool accepted = detail::parse_json_events(bytes, ours);
    require(accepted == nlohmann::ordered_json::sax_parse(bytes, &theirs),
            accepted ? "the one-pass parser accepts a text nlohmann refuses"
                     : "the one-pass parser refuses a text nlohmann accepts");
    if (accepted) require(ours.log == theirs.log, "the one-pass parser gives other events");
    for (const std::size_t step : {std::size_t{1}, std::size_t{3}, std::size_t{17}}) {
        ArrivingInSteps arriving(bytes, step);
        EventLog in_steps;
        require(detail::parse_json_events(arriving.arrived(), arriving, in_steps) == accepted,
                "the one-pass parser takes a text arriving in steps otherwise than whole");
        require(in_steps.log == ours.log, "the one-pass parser gives other events in steps");
    }
}

namespace {

// The two reads agree on `bytes`: both refuse it, or both give the same plan.
void check_reads_agree(std::string_view bytes) {
    const std::optional<Plan> in_one_pass = detail::read_plan_in_one_pass(bytes, "<fuzz>");
    std::optional<Plan> plan;
    try {
        plan = detail::read_plan_carefully(bytes, "<fuzz>");
    } catch (const DataError&) {
        require(!in_one_pass, "the one-pass read accepts a text the careful read refuses");
        return;
    }
    require(in_one_pass.has_value(), "the one-pass read refuses a text the careful read accepts");
    require(*in_one_pass == *plan, "the one-pass read and the careful read give different plans");
}

// The one-pass read of `bytes` arriving a few at a time (as a file being read arrives) gives
// what it gives of them whole (`whole`): a byte order mark, a letter or an escape split between
// two arrivals included.
void check_arriving_read(std::string_view bytes, const std::optional<Plan>& whole) {
    for (const std::size_t step : {std::size_t{1}, std::size_t{7}}) {
        ArrivingInSteps arriving(bytes, step);
        const auto in_steps = detail::read_plan_in_one_pass(arriving.arrived(), arriving, "<fuzz>");
        require(in_steps.has_value() == whole.has_value(),
                "the one-pass read takes a text arriving in steps otherwise than whole");
        if (in_steps) require(*in_steps == *whole, "the one-pass read in steps gives another plan");
    }
}

// Every array of a document that loads, with a value of each scalar type added at its end: the
// one-pass read once dropped a scalar among a report's measures without a word (issue 19), and
// random bytes rarely reach a whole plan with such an element. The first 32 arrays, so that a
// large input stays quick.
void check_arrays_with_scalars(std::string_view bytes) {
    using json = nlohmann::ordered_json;
    const json document = json::parse(bytes, nullptr, false);
    if (document.is_discarded()) return;
    std::vector<json::json_pointer> arrays;
    const auto walk = [&](const auto& self, const json& value, const json::json_pointer& at) {
        if (arrays.size() >= 32) return;
        if (value.is_array()) arrays.push_back(at);
        if (!value.is_structured()) return;
        std::size_t index = 0;
        for (const auto& item : value.items()) {
            self(self, item.value(),
                 value.is_array() ? at / index++ : at / std::string(item.key()));
        }
    };
    walk(walk, document, json::json_pointer());
    for (const auto& at : arrays) {
        for (const json& scalar : {json("x"), json(7), json(nullptr), json(true)}) {
            json changed = document;
            changed[at].push_back(scalar);
            check_reads_agree(changed.dump());
        }
    }
}

}  // namespace

void check_json(std::string_view bytes) {
    check_json_events(bytes);
    // The one-pass read accepts a text exactly when the careful read does, with the same plan
    // (json_load.hpp): plan_from_json trusts the one and asks the other only where it fails.
    const std::optional<Plan> in_one_pass = detail::read_plan_in_one_pass(bytes, "<fuzz>");
    check_arriving_read(bytes, in_one_pass);
    std::optional<Plan> plan;
    try {
        plan = detail::read_plan_carefully(bytes, "<fuzz>");
    } catch (const DataError& e) {
        require(is_utf8(e.what()), "a DataError message that is not UTF-8");
        // Even an empty input has a place: where the input ends.
        require(!e.where().empty(), "a DataError that names no place");
        require(!in_one_pass, "the one-pass read accepts a text the careful read refuses");
        return;
    }
    require(in_one_pass.has_value(), "the one-pass read refuses a text the careful read accepts");
    require(*in_one_pass == *plan, "the one-pass read and the careful read give different plans");
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
    check_arrays_with_scalars(bytes);
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
