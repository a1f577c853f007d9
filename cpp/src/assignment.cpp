#include "handlingsplan/assignment.hpp"

#include <algorithm>
#include <array>

#include "handlingsplan/errors.hpp"
#include "scan.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr std::string_view diarienummer_word = "Diarienummer:";

[[noreturn]] void refuse(std::string_view found, ExpectedText expected) {
    throw ParseError("assignment page", std::string(detail::trim(found)), std::move(expected));
}

// Past a word of letters.
void skip_letters(detail::Cursor& c) {
    while (const auto n = detail::letter_length(c.rest())) c.literal(c.rest().substr(0, n));
}

std::string_view strip_prefix(std::string_view text, std::string_view prefix) {
    return text.starts_with(prefix) ? text.substr(prefix.size()) : text;
}

// The words of `text`, split at blanks.
std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t start = text.find_first_not_of(" \n\t", at);
        if (start == std::string_view::npos) break;
        const std::size_t stop = std::min(text.find_first_of(" \n\t", start), text.size());
        out.push_back(text.substr(start, stop - start));
        at = stop;
    }
    return out;
}

// An agency as an assignment names it: the registry's short name where it knows the agency
// (else the name as printed), the unit the page names ("NCSC" at FRA), and the name as printed.
struct Named {
    std::string name;
    std::string unit;
    std::string printed;
};

Named named(const AgencyMatch& match, std::string_view printed) {
    return {match.agency->short_name(), match.unit != nullptr ? match.unit->short_name : "",
            std::string(printed)};
}

// The registry's agency for the longest run of leading words of `text` it knows (so that "Post-
// och telestyrelsen identifiera vilka …" is PTS); nullopt if none.
std::optional<Named> known_prefix(std::string_view text, const AgencyRegistry& registry) {
    const auto words = words_of(text);
    for (std::size_t n = std::min<std::size_t>(words.size(), 8); n > 0; --n) {
        const std::size_t end =
            static_cast<std::size_t>(words[n - 1].data() - text.data()) + words[n - 1].size();
        if (const auto match = registry.lookup_with_unit(text.substr(0, end)))
            return named(*match, text.substr(0, end));
    }
    return std::nullopt;
}

// An agency as printed in an assignment: "Försvarets radioanstalt (FRA)", "det nationella
// cybersäkerhetscentret (NCSC)", "Myndigheten för civilt försvar (MCF)", "Polismyndigheten".
// With `strict`, a name neither the registry knows nor bracketed with an abbreviation, of more
// than six words, is taken for running text.
std::optional<Named> agency_name(std::string_view printed, const AgencyRegistry& registry,
                                 bool strict) {
    std::string_view name = detail::trim(printed);
    for (const std::string_view article : {"det ", "den ", "de "})
        name = strip_prefix(name, article);
    const std::string_view shown = name;  // as printed, without its article
    std::string_view abbreviation;
    const std::size_t open = name.rfind(" (");
    if (open != std::string_view::npos && name.ends_with(")")) {
        abbreviation = name.substr(open + 2, name.size() - open - 3);
        name = name.substr(0, open);
    }
    if (!abbreviation.empty()) {
        if (const auto match = registry.lookup_with_unit(abbreviation)) return named(*match, shown);
    }
    if (const auto match = registry.lookup_with_unit(name)) return named(*match, shown);
    if (!abbreviation.empty()) return Named{std::string(abbreviation), "", std::string(shown)};
    if (auto known = known_prefix(name, registry)) return known;
    if (name.empty() || (strict && words_of(name).size() > 6)) return std::nullopt;
    return Named{std::string(name), "", std::string(shown)};
}

// Splits a list of names at ", ", " samt " and " och " (the last only where the name before it
// is a whole name: bracketed, one word, or one the registry knows, and the next begins with a
// capital: "Myndigheten för samhällsskydd och beredskap" stays one).
std::vector<std::string_view> split_names(std::string_view list, const AgencyRegistry& registry) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t at = 0; at <= list.size(); ++at) {
        std::size_t skip = 0;
        if (at == list.size()) {
            skip = 1;
        } else if (list.substr(at).starts_with(", ")) {
            skip = 2;
        } else if (list.substr(at).starts_with(" samt ")) {
            skip = 6;
        } else if (list.substr(at).starts_with(" och ")) {
            const std::string_view before = detail::trim(list.substr(start, at - start));
            const bool whole = before.ends_with(")") || words_of(before).size() == 1 ||
                               registry.lookup(before) != nullptr;
            if (whole && detail::capital_length(list.substr(at + 5)) > 0) skip = 5;
        }
        if (skip == 0) continue;
        const std::string_view piece = detail::trim(list.substr(start, at - start));
        if (!piece.empty()) out.push_back(piece);
        if (at == list.size()) break;
        start = std::min(at + skip, list.size());
        at = start - 1;
    }
    return out;
}

// Adds the agency with its role, unless it is there already (the same agency and unit). The name
// as printed is kept where it differs from the agency's.
void add_agency(std::vector<AssignedAgency>& agencies, std::optional<Named> found,
                AssignmentRole role) {
    if (!found) return;
    for (const auto& a : agencies) {
        if (a.name == found->name && a.unit == found->unit) return;
    }
    if (found->printed == found->name) found->printed.clear();
    agencies.push_back(
        {std::move(found->name), role, std::move(found->unit), std::move(found->printed)});
}

// The names between `lead` and `stop` in the first sentence that has both; empty if none.
std::string_view between(std::string_view body, std::string_view lead, std::string_view stop) {
    const std::size_t at = body.find(lead);
    if (at == std::string_view::npos) return {};
    const std::string_view rest = body.substr(at + lead.size());
    const std::size_t end = rest.find(stop);
    const std::size_t sentence = rest.find(". ");
    if (end == std::string_view::npos || (sentence != std::string_view::npos && sentence < end))
        return {};
    return rest.substr(0, end);
}

// "Regeringen ger X i uppdrag", "Regeringen gav den 23 oktober X genom Y i uppdrag",
// "Regeringen uppdrar åt X att": the names of the clause; empty if the text has none.
std::string_view assignee_list(std::string_view body) {
    for (const std::string_view verb : {"Regeringen ger ", "Regeringen gav ",
                                        "Regeringen har gett ", "Regeringen har i dag gett "}) {
        std::string_view rest = between(body, verb, " i uppdrag");
        if (rest.empty()) continue;
        // Past "den 23 oktober [2025]" or "i dag".
        detail::Cursor c(rest);
        if (c.literal("i dag ")) rest = c.rest();
        if (c.literal("den ") && c.digits(1, 2) && c.spaces()) {
            skip_letters(c);  // the month
            c.spaces();
            detail::Cursor year = c;
            if (year.digits(4, 4) && year.spaces()) c = year;
            rest = c.rest();
        }
        return rest;
    }
    for (const std::string_view verb : {"Regeringen uppdrar åt ", "Regeringen uppdrar till "}) {
        const std::string_view rest = between(body, verb, " att ");
        if (!rest.empty()) return rest;
    }
    return {};
}

// "Uppdrag till X att …": the names of the title.
std::string_view title_assignees(std::string_view title) {
    constexpr std::string_view lead = "Uppdrag till ";
    if (!title.starts_with(lead)) return {};
    std::string_view rest = title.substr(lead.size());
    // " för att " before " att ", which would leave "för" at the name's end.
    for (const std::string_view stop : {" för att ", " att ", " om ", " avseende "}) {
        const std::size_t at = rest.find(stop);
        if (at != std::string_view::npos) rest = rest.substr(0, at);
    }
    return rest;
}

// Every "i samverkan med …" up to the end of its clause.
void cooperating(std::string_view body, const AgencyRegistry& registry,
                 std::vector<AssignedAgency>& agencies) {
    constexpr std::string_view phrase = "i samverkan med ";
    for (std::size_t at = body.find(phrase); at != std::string_view::npos;
         at = body.find(phrase, at + 1)) {
        std::string_view rest = body.substr(at + phrase.size());
        const std::size_t stop =
            std::min({rest.find_first_of(".,;:\n"), rest.find(" att "), rest.size()});
        for (const auto piece : split_names(rest.substr(0, stop), registry)) {
            if (detail::capital_length(piece) == 0) continue;  // "brukarorganisationer …"
            add_agency(agencies, agency_name(piece, registry, true),
                       AssignmentRole::in_cooperation);
        }
    }
}

// "X ska stödja …", X an agency the registry knows.
void supporting(std::string_view body, const AgencyRegistry& registry,
                std::vector<AssignedAgency>& agencies) {
    constexpr std::string_view phrase = " ska stödja";
    for (std::size_t at = body.find(phrase); at != std::string_view::npos;
         at = body.find(phrase, at + 1)) {
        const std::string_view before = body.substr(0, at);
        const std::size_t start = before.find_last_of(".\n*");
        const std::string_view subject =
            detail::trim(before.substr(start == std::string_view::npos ? 0 : start + 1));
        std::string_view name = subject;
        const std::size_t open = name.rfind(" (");
        if (open != std::string_view::npos && name.ends_with(")")) {
            if (const auto match =
                    registry.lookup_with_unit(name.substr(open + 2, name.size() - open - 3))) {
                add_agency(agencies, named(*match, subject), AssignmentRole::supporting);
                continue;
            }
            name = name.substr(0, open);
        }
        if (const auto match = registry.lookup_with_unit(name))
            add_agency(agencies, named(*match, subject), AssignmentRole::supporting);
    }
}

std::vector<AssignedAgency> read_agencies(std::string_view title, std::string_view body,
                                          const AgencyRegistry& registry) {
    std::vector<AssignedAgency> agencies;
    std::string_view list = assignee_list(body);
    if (list.empty()) list = title_assignees(title);
    // "X genom Y": Y is the part of X through which the assignment is given; "genom" takes the
    // one name after it ("Brå genom CVE, MSB och Polismyndigheten": MSB and Polismyndigheten
    // are given the assignment themselves).
    bool after_through = false;
    while (!list.empty()) {
        const std::size_t through = list.find(" genom ");
        const auto pieces = split_names(list.substr(0, through), registry);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            const auto role =
                after_through && i == 0 ? AssignmentRole::through : AssignmentRole::assignee;
            add_agency(agencies, agency_name(pieces[i], registry, false), role);
        }
        if (through == std::string_view::npos) break;
        list = list.substr(through + 7);
        after_through = true;
    }
    cooperating(body, registry, agencies);
    supporting(body, registry, agencies);
    return agencies;
}

// "Regeringen gav den 23 oktober Försvarets radioanstalt …": the day of the decision in the
// page's year, where the text gives no year (with one, read_activity_text finds it).
std::optional<DatedEvent> decision_day(std::string_view body, std::optional<int> year) {
    if (!year) return std::nullopt;
    for (const std::string_view lead : {"Regeringen gav den ", "Regeringen beslutade den "}) {
        const std::size_t at = body.find(lead);
        if (at == std::string_view::npos) continue;
        detail::Cursor c(body, at + lead.size());
        const auto day = c.digits(1, 2);
        if (!day || !c.spaces()) continue;
        const std::size_t month_start = c.at();
        skip_letters(c);
        const std::string_view month = body.substr(month_start, c.at() - month_start);
        detail::Cursor probe = c;
        if (probe.spaces() && probe.digits(4, 4)) continue;  // the year is written
        try {
            return DatedEvent{EventKind::decided,
                              SwedishDate::parse(std::string(*day) + " " + std::string(month) +
                                                 " " + std::to_string(*year))};
        } catch (const ParseError&) {
            continue;  // no month after all
        }
    }
    return std::nullopt;
}

bool mentions_assignment(std::string_view text) {
    return detail::fold_case(text).find("uppdrag") != std::string::npos;
}

}  // namespace

std::pair<std::string, std::string> split_title_line(std::string_view title_line) {
    const std::size_t at = title_line.find(diarienummer_word);
    if (at == std::string_view::npos) return {std::string(detail::trim(title_line)), {}};
    return {std::string(detail::trim(title_line.substr(0, at))),
            std::string(detail::trim(title_line.substr(at + diarienummer_word.size())))};
}

GovernmentActivity read_assignment(const AssignmentPage& page, const AgencyRegistry& registry) {
    auto [title, diarienummer] = split_title_line(page.title_line);
    if (detail::is_blank(title))
        refuse(page.title_line,
               {"a title line naming the assignment", "en titelrad som namnger uppdraget"});
    if (!mentions_assignment(title) && !mentions_assignment(page.body)) {
        refuse(title, {"an assignment: a title or a text that gives one (\"Uppdrag till …\", \"i "
                       "uppdrag\", \"uppdraget\")",
                       "ett uppdrag: en titel eller en text som ger ett (\"Uppdrag till …\", \"i "
                       "uppdrag\", \"uppdraget\")"});
    }
    std::vector<CaseNumber> numbers;
    for (auto& citation : find_case_numbers(diarienummer)) {
        if (std::find(numbers.begin(), numbers.end(), citation.number) == numbers.end())
            numbers.push_back(std::move(citation.number));
    }
    if (!detail::is_blank(diarienummer) && numbers.empty()) {
        refuse(diarienummer, {"a case number after \"Diarienummer:\", such as \"Fö2025/01712\"",
                              "ett diarienummer efter \"Diarienummer:\", som \"Fö2025/01712\""});
    }
    ActivityFacts facts = read_activity_text(page.body);
    for (auto& number : facts.case_numbers) {
        if (std::find(numbers.begin(), numbers.end(), number) == numbers.end())
            numbers.push_back(std::move(number));
    }
    if (auto decided = decision_day(page.body, page.year))
        facts.events.insert(facts.events.begin(), *decided);
    ActivityDetails details{title, page.source, read_agencies(title, page.body, registry)};
    std::string text = detail::is_blank(page.body) ? title : page.body;
    return GovernmentActivity(std::nullopt, std::move(text), ActivityState::ongoing,
                              std::move(numbers), std::move(facts.events), std::move(details));
}

}  // namespace handlingsplan
