#include "handlingsplan/government_activity.hpp"

#include <algorithm>
#include <array>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "handlingsplan/errors.hpp"
#include "scan.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace greg = boost::gregorian;
namespace {

constexpr detail::Names<ActivityState, 2> state_names{{
    {ActivityState::ongoing, "pågående"},
    {ActivityState::finished, "avslutad"},
}};

constexpr detail::Names<EventKind, 8> kind_names{{
    {EventKind::decided, "beslutad"},
    {EventKind::due, "ska redovisas"},
    {EventKind::reported, "redovisad"},
    {EventKind::in_force, "i kraft"},
    {EventKind::extended, "förlängd"},
    {EventKind::adopted, "antagen"},
    {EventKind::published, "publicerad"},
    {EventKind::other, "övrigt"},
}};

// The words that say what a date dates, as they are written (matched as whole words, the first
// letter in either case).
struct EventWord {
    std::string_view word;
    EventKind kind;
};
constexpr std::array<EventWord, 26> event_words{{
    {"beslutades", EventKind::decided},
    {"beslutade", EventKind::decided},
    {"beslutat", EventKind::decided},
    {"fick i uppdrag", EventKind::decided},
    {"fick motsvarande uppdrag", EventKind::decided},
    {"redovisas", EventKind::due},
    {"delredovisas", EventKind::due},
    {"slutredovisas", EventKind::due},
    {"rapporteras", EventKind::due},
    {"slutrapporteras", EventKind::due},
    {"återrapporteras", EventKind::due},
    {"redovisades", EventKind::reported},
    {"delredovisades", EventKind::reported},
    {"slutredovisades", EventKind::reported},
    {"i kraft", EventKind::in_force},
    {"ikraft", EventKind::in_force},
    {"börjar gälla", EventKind::in_force},
    {"förlängts", EventKind::extended},
    {"förlängdes", EventKind::extended},
    {"förlängt", EventKind::extended},
    {"antogs", EventKind::adopted},
    {"antog", EventKind::adopted},
    {"antagits", EventKind::adopted},
    {"publicerades", EventKind::published},
    {"publicerats", EventKind::published},
    {"publicerad", EventKind::published},
}};

// An event word found in a text: where it starts and ends, and its kind.
struct FoundWord {
    std::size_t offset, end;
    EventKind kind;
};

// One pass over the text: the event words (whole words, the first letter in either case) and
// the starts of sentences (after a full stop followed by a space and a capital), in order.
void scan_sentences(std::string_view text, std::vector<FoundWord>& words,
                    std::vector<std::size_t>& starts) {
    starts.push_back(0);
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '.') {
            detail::Cursor c(text, at + 1);
            if (c.spaces() && detail::capital_length(c.rest()) > 0) starts.push_back(c.at());
        }
        if (!detail::at_word_start(text, at)) continue;
        for (const auto& w : event_words) {
            detail::Cursor c(text, at);
            if (c.word_any_case(w.word) && c.at_word_end()) {
                words.push_back({at, c.at(), w.kind});
                break;
            }
        }
    }
}

// The kind of the last event word that ends before `at` in the sentence holding `at`.
std::optional<EventKind> kind_before(const std::vector<FoundWord>& words,
                                     const std::vector<std::size_t>& starts, std::size_t at) {
    const auto after = std::upper_bound(starts.begin(), starts.end(), at);
    const std::size_t sentence = *(after - 1);  // starts[0] == 0 <= at
    auto w = std::lower_bound(
        words.begin(), words.end(), at,
        [](const FoundWord& word, std::size_t offset) { return word.offset < offset; });
    while (w != words.begin()) {
        --w;
        if (w->offset < sentence) break;
        if (w->end <= at) return w->kind;
    }
    return std::nullopt;
}

}  // namespace

std::string_view activity_state_text(ActivityState state) noexcept {
    return detail::name_of(state_names, state);
}

ActivityState parse_activity_state(std::string_view text) {
    if (const auto s = detail::value_of(state_names, text)) return *s;
    throw ParseError("activity state", std::string(text), detail::expected_names(state_names));
}

std::string_view event_kind_text(EventKind kind) noexcept {
    return detail::name_of(kind_names, kind);
}

EventKind parse_event_kind(std::string_view text) {
    if (const auto k = detail::value_of(kind_names, text)) return *k;
    throw ParseError("event kind", std::string(text), detail::expected_names(kind_names));
}

ActivityFacts read_activity_text(std::string_view text) {
    ActivityFacts facts;
    for (auto& citation : find_case_numbers(text)) {
        if (std::find(facts.case_numbers.begin(), facts.case_numbers.end(), citation.number) ==
            facts.case_numbers.end()) {
            facts.case_numbers.push_back(std::move(citation.number));
        }
    }
    std::vector<FoundWord> words;
    std::vector<std::size_t> starts;
    scan_sentences(text, words, starts);
    for (const auto& mention : find_dates(text)) {
        const auto kind = kind_before(words, starts, mention.offset);
        facts.events.push_back({kind.value_or(EventKind::other), mention.date, mention.bound});
    }
    return facts;
}

GovernmentActivity::GovernmentActivity(int priority, std::string text, ActivityState state,
                                       std::vector<CaseNumber> case_numbers,
                                       std::vector<DatedEvent> events)
    : priority_(priority),
      text_(std::move(text)),
      state_(state),
      case_numbers_(std::move(case_numbers)),
      events_(std::move(events)) {
    if (priority < 1 || priority > 999) {
        throw InvalidValue("a strategic priority is numbered 1 to 999, got " +
                           std::to_string(priority));
    }
    if (detail::trim(text_).empty()) throw InvalidValue("a government activity needs a text");
    detail::require_utf8(text_, "the text of a government activity");
    for (std::size_t i = 0; i < case_numbers_.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (case_numbers_[i] == case_numbers_[j]) {
                throw InvalidValue("the case number " + case_numbers_[i].to_string() +
                                   " is listed twice for one activity");
            }
        }
    }
}

GovernmentActivity GovernmentActivity::from_text(int priority, ActivityState state,
                                                 std::string text) {
    ActivityFacts facts = read_activity_text(text);
    return GovernmentActivity(priority, std::move(text), state, std::move(facts.case_numbers),
                              std::move(facts.events));
}

bool GovernmentActivity::cites(const CaseNumber& number) const noexcept {
    return std::find(case_numbers_.begin(), case_numbers_.end(), number) != case_numbers_.end();
}

bool GovernmentActivity::names_agency(const Agency& agency) const {
    const std::string_view text = text_;
    for (const std::string& name : {agency.short_name(), agency.name()}) {
        for (std::size_t at = text.find(name); at != std::string_view::npos;
             at = text.find(name, at + 1)) {
            if (!detail::at_word_start(text, at)) continue;
            detail::Cursor c(text, at + name.size());
            if (c.at_word_end()) return true;
            if (c.literal("s") && c.at_word_end()) return true;  // the genitive
        }
    }
    return false;
}

std::vector<DatedEvent> GovernmentActivity::deadlines() const {
    std::vector<DatedEvent> out;
    for (const auto& e : events_) {
        if (e.kind == EventKind::due) out.push_back(e);
    }
    return out;
}

bool GovernmentActivity::overdue_on(const greg::date& day) const {
    if (state_ != ActivityState::ongoing) return false;
    for (const auto& deadline : events_) {
        if (deadline.kind != EventKind::due || !(deadline.when.last_day() < day)) continue;
        const bool reported = std::any_of(events_.begin(), events_.end(), [&](const DatedEvent& e) {
            return e.kind == EventKind::reported &&
                   !(e.when.last_day() < deadline.when.first_day());
        });
        if (!reported) return true;
    }
    return false;
}

std::vector<const GovernmentActivity*> select_activities(
    const std::vector<GovernmentActivity>& activities, const ActivityFilter& filter,
    const AgencyRegistry& registry) {
    const Agency* agency = filter.agency ? &registry.at(*filter.agency) : nullptr;
    std::vector<const GovernmentActivity*> out;
    for (const auto& a : activities) {
        if (filter.priority && a.priority() != *filter.priority) continue;
        if (filter.state && a.state() != *filter.state) continue;
        if (filter.case_number && !a.cites(*filter.case_number)) continue;
        if (agency && !a.names_agency(*agency)) continue;
        out.push_back(&a);
    }
    return out;
}

std::vector<ActivityDeadline> deadlines_between(const std::vector<GovernmentActivity>& activities,
                                                const greg::date& from, const greg::date& to) {
    if (to < from) {
        throw InvalidValue("deadlines between " + greg::to_iso_extended_string(from) + " and " +
                           greg::to_iso_extended_string(to) + ": the end comes before the start");
    }
    std::vector<ActivityDeadline> out;
    for (const auto& a : activities) {
        for (const auto& e : a.events()) {
            if (e.kind == EventKind::due && !(e.when.first_day() < from) &&
                !(to < e.when.last_day())) {
                out.push_back({&a, e});
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ActivityDeadline& x, const ActivityDeadline& y) {
                         return x.event.when < y.event.when;
                     });
    return out;
}

std::vector<const GovernmentActivity*> overdue_activities(
    const std::vector<GovernmentActivity>& activities, const greg::date& day) {
    std::vector<const GovernmentActivity*> out;
    for (const auto& a : activities) {
        if (a.overdue_on(day)) out.push_back(&a);
    }
    return out;
}

}  // namespace handlingsplan
