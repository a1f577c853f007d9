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

constexpr detail::Names<EventKind, 9> kind_names{{
    {EventKind::decided, "beslutad"},
    {EventKind::due, "ska redovisas"},
    {EventKind::reported, "redovisad"},
    {EventKind::in_force, "i kraft"},
    {EventKind::extended, "förlängd"},
    {EventKind::adopted, "antagen"},
    {EventKind::published, "publicerad"},
    {EventKind::started, "påbörjad"},
    {EventKind::other, "övrigt"},
}};

constexpr detail::Names<AssignmentRole, 4> assignment_role_names{{
    {AssignmentRole::assignee, "uppdragstagare"},
    {AssignmentRole::through, "genom"},
    {AssignmentRole::in_cooperation, "i samverkan med"},
    {AssignmentRole::supporting, "ska stödja"},
}};

constexpr detail::Names<ReportStage, 3> stage_names{{
    {ReportStage::none, ""},
    {ReportStage::interim, "delredovisning"},
    {ReportStage::final_report, "slutredovisning"},
}};

constexpr detail::Names<ReportForm, 3> form_names{{
    {ReportForm::none, ""},
    {ReportForm::oral, "muntlig"},
    {ReportForm::written, "skriftlig"},
}};

// Where a word stands to the date it dates: an event word before it ("ska redovisas senast den
// …"), a report word after it ("ska senast den … redovisa", "senast den … lämna en
// delredovisning"), or a word that only says which report or how ("muntlig", "slutligt").
enum class Place { before, after, qualifier };

// The words that say what a date dates, as they are written (matched as whole words, the first
// letter in either case).
struct EventWord {
    std::string_view word;
    EventKind kind;
    Place place = Place::before;
    ReportStage stage = ReportStage::none;
    ReportForm form = ReportForm::none;
};
constexpr auto interim = ReportStage::interim;
constexpr auto final_report = ReportStage::final_report;
constexpr auto after = Place::after;
constexpr auto qualifier = Place::qualifier;
constexpr std::array<EventWord, 66> event_words{{
    {"beslutades", EventKind::decided},
    {"beslutade", EventKind::decided},
    {"beslutat", EventKind::decided},
    {"fick i uppdrag", EventKind::decided},
    {"fick motsvarande uppdrag", EventKind::decided},
    {"regeringen gav", EventKind::decided},
    {"redovisas", EventKind::due},
    {"delredovisas", EventKind::due, Place::before, interim},
    {"slutredovisas", EventKind::due, Place::before, final_report},
    {"rapporteras", EventKind::due},
    {"delrapporteras", EventKind::due, Place::before, interim},
    {"slutrapporteras", EventKind::due, Place::before, final_report},
    {"återrapporteras", EventKind::due},
    {"redovisades", EventKind::reported},
    {"delredovisades", EventKind::reported, Place::before, interim},
    {"slutredovisades", EventKind::reported, Place::before, final_report},
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
    {"påbörjas", EventKind::started},
    {"påbörjades", EventKind::started},
    {"inleds", EventKind::started},
    {"inleddes", EventKind::started},
    {"startar", EventKind::started},
    {"startade", EventKind::started},
    // After the date: "ska senast den 6 mars 2026 skriftligen redovisa", "senast den 20 mars
    // 2026 lämna en muntlig delredovisning".
    {"redovisa", EventKind::due, after},
    {"delredovisa", EventKind::due, after, interim},
    {"slutredovisa", EventKind::due, after, final_report},
    {"rapportera", EventKind::due, after},
    {"återrapportera", EventKind::due, after},
    {"delrapportera", EventKind::due, after, interim},
    {"slutrapportera", EventKind::due, after, final_report},
    {"redovisning", EventKind::due, after},
    {"redovisningen", EventKind::due, after},
    {"delredovisning", EventKind::due, after, interim},
    {"delredovisningen", EventKind::due, after, interim},
    {"slutredovisning", EventKind::due, after, final_report},
    {"slutredovisningen", EventKind::due, after, final_report},
    {"återrapportering", EventKind::due, after},
    {"delrapport", EventKind::due, after, interim},
    {"delrapporten", EventKind::due, after, interim},
    {"slutrapport", EventKind::due, after, final_report},
    {"slutrapporten", EventKind::due, after, final_report},
    {"rapport", EventKind::due, after},
    // Which report, and how.
    {"slutligt", EventKind::other, qualifier, final_report},
    {"slutlig", EventKind::other, qualifier, final_report},
    {"slutliga", EventKind::other, qualifier, final_report},
    {"muntlig", EventKind::other, qualifier, ReportStage::none, ReportForm::oral},
    {"muntligt", EventKind::other, qualifier, ReportStage::none, ReportForm::oral},
    {"muntligen", EventKind::other, qualifier, ReportStage::none, ReportForm::oral},
    {"muntliga", EventKind::other, qualifier, ReportStage::none, ReportForm::oral},
    {"skriftlig", EventKind::other, qualifier, ReportStage::none, ReportForm::written},
    {"skriftligt", EventKind::other, qualifier, ReportStage::none, ReportForm::written},
    {"skriftligen", EventKind::other, qualifier, ReportStage::none, ReportForm::written},
    {"skriftliga", EventKind::other, qualifier, ReportStage::none, ReportForm::written},
    {"delredovisningar", EventKind::due, after, interim},
    {"redovisningar", EventKind::due, after},
}};

// An event word found in a text: where it starts and ends, and which word it is.
struct FoundWord {
    std::size_t offset, end;
    const EventWord* word;
};

// One pass over the text: the event words (whole words, the first letter in either case) and
// the starts of sentences (after a full stop followed by blanks or line breaks and a capital,
// and after a blank line), in order.
void scan_sentences(std::string_view text, std::vector<FoundWord>& words,
                    std::vector<std::size_t>& starts) {
    starts.push_back(0);
    const auto blanks = [&](std::size_t from) {
        std::size_t end = from;
        for (detail::Cursor c(text, from);; c = detail::Cursor(text, end)) {
            if (c.spaces()) {
                end = c.at();
            } else if (end < text.size() && (text[end] == '\n' || text[end] == '\r')) {
                ++end;
            } else {
                return end;
            }
        }
    };
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '.') {
            const std::size_t next = blanks(at + 1);
            if (next > at + 1 && detail::capital_length(text.substr(next)) > 0)
                starts.push_back(next);
        } else if (text[at] == '\n' && at + 1 < text.size() && text[at + 1] == '\n') {
            // A paragraph ends a sentence too, with or without its full stop.
            const std::size_t next = blanks(at);
            if (next < text.size() && next > starts.back()) starts.push_back(next);
        }
        if (!detail::at_word_start(text, at)) continue;
        for (const auto& w : event_words) {
            detail::Cursor c(text, at);
            if (c.word_any_case(w.word) && c.at_word_end()) {
                words.push_back({at, c.at(), &w});
                break;
            }
        }
    }
}

// A date in its sentence: [sentence, next_sentence) holds it; [previous, offset) lies between
// it and the date before it in the sentence (or the sentence start), [end, next) between it
// and the next date (or the sentence end).
struct DateSpan {
    std::size_t sentence, previous, offset, end, next;
};

const FoundWord* last_before(const std::vector<FoundWord>& words, std::size_t from,
                             std::size_t to) {
    const FoundWord* found = nullptr;
    for (const auto& w : words) {
        if (w.offset >= to) break;
        if (w.offset >= from && w.end <= to && w.word->place == Place::before) found = &w;
    }
    return found;
}

const FoundWord* first_after(const std::vector<FoundWord>& words, std::size_t from,
                             std::size_t to) {
    for (const auto& w : words) {
        if (w.offset >= from && w.end <= to && w.word->place == Place::after) return &w;
        if (w.offset >= to) break;
    }
    return nullptr;
}

// The stage and form the words within [from, to) give, the nearest to `to` winning.
void qualify(const std::vector<FoundWord>& words, std::size_t from, std::size_t to,
             DatedEvent& event) {
    for (const auto& w : words) {
        if (w.offset >= to) break;
        if (w.offset < from) continue;
        if (w.word->stage != ReportStage::none) event.stage = w.word->stage;
        if (w.word->form != ReportForm::none) event.form = w.word->form;
    }
}

// The rule of read_activity_text for one date.
void classify(const std::vector<FoundWord>& words, const DateSpan& span, DatedEvent& event) {
    const FoundWord* before = last_before(words, span.sentence, span.offset);
    const FoundWord* after_word = first_after(words, span.end, span.next);
    const FoundWord* chosen = nullptr;
    if (before && before->offset >= span.previous) {
        chosen = before;
    } else if (after_word) {
        chosen = after_word;
    } else {
        chosen = before;
    }
    if (!chosen) return;
    event.kind = chosen->word->kind;
    if (event.kind != EventKind::due && event.kind != EventKind::reported) return;
    qualify(words, span.previous, span.offset, event);
    if (chosen == after_word) qualify(words, span.end, after_word->end, event);
    if (chosen->word->stage != ReportStage::none) event.stage = chosen->word->stage;
}

}  // namespace

std::string_view assignment_role_text(AssignmentRole role) noexcept {
    return detail::name_of(assignment_role_names, role);
}

AssignmentRole parse_assignment_role(std::string_view text) {
    if (const auto v = detail::value_of(assignment_role_names, text)) return *v;
    throw ParseError("assignment role", std::string(text),
                     detail::expected_names(assignment_role_names));
}

std::string assigned_agency_name(const AssignedAgency& agency, const AgencyRegistry& registry,
                                 std::optional<greg::date> today) {
    std::string as_printed = agency.printed;
    if (as_printed.empty())
        as_printed = agency.unit.empty() ? agency.name : agency.unit + " vid " + agency.name;
    const Agency* known = registry.find(agency.name);
    if (!today || known == nullptr || !known->successor() || *today < known->successor()->since)
        return as_printed;
    // The page's own name, without its abbreviation in brackets: is it already today's?
    const auto& next = *known->successor();
    std::string_view own = as_printed;
    if (const auto open = own.rfind(" ("); open != std::string_view::npos && own.ends_with(")"))
        own = own.substr(0, open);
    const std::string folded = detail::fold_case(own);
    if (folded == detail::fold_case(next.name) || folded == detail::fold_case(next.short_name))
        return as_printed;
    const std::string now = known->today_name(*today);
    return agency.unit.empty() ? now : agency.unit + " vid " + now;
}

std::string_view report_stage_text(ReportStage stage) noexcept {
    return detail::name_of(stage_names, stage);
}

ReportStage parse_report_stage(std::string_view text) {
    if (const auto v = detail::value_of(stage_names, text)) return *v;
    throw ParseError("report stage", std::string(text), detail::expected_names(stage_names));
}

std::string_view report_form_text(ReportForm form) noexcept {
    return detail::name_of(form_names, form);
}

ReportForm parse_report_form(std::string_view text) {
    if (const auto v = detail::value_of(form_names, text)) return *v;
    throw ParseError("report form", std::string(text), detail::expected_names(form_names));
}

namespace {}  // namespace

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
    const auto mentions = find_dates(text);
    const auto sentence_of = [&](std::size_t at) {
        return *(std::upper_bound(starts.begin(), starts.end(), at) - 1);  // starts[0] == 0
    };
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const auto& m = mentions[i];
        const std::size_t sentence = sentence_of(m.offset);
        const auto next_start = std::upper_bound(starts.begin(), starts.end(), m.offset);
        const std::size_t sentence_end = next_start == starts.end() ? text.size() : *next_start;
        DateSpan span{sentence, sentence, m.offset, m.offset + m.length, sentence_end};
        if (i > 0 && mentions[i - 1].offset >= sentence) {
            span.previous = mentions[i - 1].offset + mentions[i - 1].length;
        }
        if (i + 1 < mentions.size() && mentions[i + 1].offset < sentence_end) {
            span.next = mentions[i + 1].offset;
        }
        DatedEvent event{EventKind::other, m.date, m.bound};
        classify(words, span, event);
        facts.events.push_back(event);
    }
    return facts;
}

GovernmentActivity::GovernmentActivity(std::optional<int> priority, std::string text,
                                       ActivityState state, std::vector<CaseNumber> case_numbers,
                                       std::vector<DatedEvent> events, ActivityDetails details)
    : priority_(priority),
      text_(std::move(text)),
      state_(state),
      case_numbers_(std::move(case_numbers)),
      events_(std::move(events)),
      details_(std::move(details)) {
    if (priority && (*priority < 1 || *priority > 999)) {
        throw InvalidValue(
            "a strategic priority is numbered 1 to 999, got " + std::to_string(*priority),
            "en strategisk prioritering numreras 1 till 999, inte " + std::to_string(*priority));
    }
    if (detail::trim(text_).empty()) {
        throw InvalidValue("a government activity needs a text",
                           "en aktivitet av regeringen behöver en text");
    }
    detail::require_utf8(text_, "the text of a government activity");
    for (std::size_t i = 0; i < case_numbers_.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (case_numbers_[i] == case_numbers_[j]) {
                throw InvalidValue("the case number " + case_numbers_[i].to_string() +
                                       " is listed twice for one activity",
                                   "diarienumret " + case_numbers_[i].to_string() +
                                       " står två gånger för en aktivitet");
            }
        }
    }
    for (const auto& agency : details_.agencies) {
        if (detail::is_blank(agency.name)) {
            throw InvalidValue("an agency of a government activity needs a name",
                               "en myndighet i en aktivitet av regeringen behöver ett namn");
        }
        for (const std::string* given : {&agency.unit, &agency.printed}) {
            if (!given->empty() && detail::is_blank(*given)) {
                throw InvalidValue("the unit or printed name of the agency " + agency.name +
                                       " is blank; leave it empty",
                                   "enheten eller det tryckta namnet för myndigheten " +
                                       agency.name + " är blankt; lämna det tomt");
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
    return std::any_of(case_numbers_.begin(), case_numbers_.end(),
                       [&](const CaseNumber& n) { return n.same_case(number); });
}

bool GovernmentActivity::names_agency(const Agency& agency) const {
    for (const auto& given : details_.agencies) {
        if (given.name == agency.short_name() || given.name == agency.name()) return true;
    }
    const std::string_view text = text_;
    // Its own names, the names it bears from its successor's day and its units' short names
    // ("Myndigheten för civilt försvar", "NCSC").
    std::vector<std::string> names{agency.short_name(), agency.name()};
    if (const auto& next = agency.successor()) {
        names.push_back(next->short_name);
        names.push_back(next->name);
    }
    for (const auto& unit : agency.units()) names.push_back(unit.short_name);
    for (const std::string& name : names) {
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
    // Any name lookup knows: "MCF" is MSB, "NCSC vid FRA" is FRA.
    const Agency* agency = nullptr;
    if (filter.agency) {
        agency = registry.lookup(*filter.agency);
        if (agency == nullptr) throw NotFound("agency", *filter.agency);
    }
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
