#include "handlingsplan/agency.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr detail::Names<Role, 5> role_names{{
    {Role::responsible, "ansvarig"},
    {Role::in_cooperation, "i samverkan med"},
    {Role::in_close_cooperation, "i nära samverkan med"},
    {Role::with_support, "med stöd av"},
    {Role::together_with, "tillsammans med"},
}};

// Where a role marker starts in a normalised phrase: the first of " i samverkan med ",
// " i nära samverkan med ", ... at or after `from`.
struct Marker {
    std::size_t position;
    std::size_t length;
    Role role;
};

std::optional<Marker> next_marker(std::string_view phrase, std::size_t from) {
    std::optional<Marker> best;
    for (const auto& [role, text] : role_names) {
        if (role == Role::responsible) continue;
        const std::string needle = " " + std::string(text) + " ";
        const auto at = phrase.find(needle, from);
        if (at != std::string_view::npos && (!best || at < best->position)) {
            best = Marker{at, needle.size(), role};
        }
    }
    return best;
}

// Removes list punctuation around a piece of a phrase: "MSB," -> "MSB", ", och FRA" -> "FRA".
std::string_view strip_separators(std::string_view text) {
    for (bool changed = true; changed;) {
        changed = false;
        text = detail::trim(text);
        if (!text.empty() && text.front() == ',') {
            text.remove_prefix(1);
            changed = true;
        }
        if (!text.empty() && text.back() == ',') {
            text.remove_suffix(1);
            changed = true;
        }
        if (detail::starts_with_word(text, "och")) {
            text.remove_prefix(3);
            changed = true;
        }
        if (text.ends_with(" och")) {
            text.remove_suffix(4);
            changed = true;
        }
    }
    return text;
}

// The names of an agency itself: short, full, aliases and its successor's.
std::vector<const std::string*> own_names(const Agency& agency) {
    std::vector<const std::string*> names{&agency.short_name(), &agency.name()};
    for (const auto& alias : agency.aliases()) names.push_back(&alias);
    if (const auto& next = agency.successor()) {
        names.push_back(&next->short_name);
        names.push_back(&next->name);
    }
    return names;
}

std::vector<const std::string*> unit_names(const AgencyUnit& unit) {
    std::vector<const std::string*> names{&unit.short_name, &unit.name};
    for (const auto& alias : unit.aliases) names.push_back(&alias);
    return names;
}

// Every name of an agency: its own and its units'.
std::vector<const std::string*> names_of(const Agency& agency) {
    std::vector<const std::string*> names = own_names(agency);
    for (const auto& unit : agency.units()) {
        for (const std::string* name : unit_names(unit)) names.push_back(name);
    }
    return names;
}

// `folded` (case folded) without a leading article: "det nationella …" -> "nationella …".
std::string_view without_article(std::string_view folded) {
    for (const std::string_view article : {"det ", "den "}) {
        if (folded.starts_with(article)) return detail::trim(folded.substr(article.size()));
    }
    return folded;
}

// A name of the registry found at the start of a folded text, and its length there.
struct NameAt {
    AgencyMatch match;
    std::size_t length;
};

// The longest name of the registry (any of names_of, ignoring case) that the folded text begins
// with as a whole word: followed by nothing, a blank or a comma.
std::optional<NameAt> name_at(std::string_view folded, const AgencyRegistry& registry) {
    std::optional<NameAt> best;
    const auto consider = [&](const std::string& name, AgencyMatch match) {
        const std::string f = detail::fold_case(name);
        const bool fits =
            folded.starts_with(f) && (!best || f.size() > best->length) &&
            (folded.size() == f.size() || folded[f.size()] == ' ' || folded[f.size()] == ',');
        if (fits) best = NameAt{match, f.size()};
    };
    for (const auto& agency : registry.agencies()) {
        for (const std::string* name : own_names(agency)) consider(*name, {&agency, nullptr});
        for (const auto& unit : agency.units()) {
            for (const std::string* name : unit_names(unit)) consider(*name, {&agency, &unit});
        }
    }
    return best;
}

// A unit and its agency named together: "NCSC vid FRA" (`first` the unit), "FRA genom det
// nationella cybersäkerhetscentret" (`first` the agency). The length of both names in `folded`,
// or of `first` alone where no such pair begins there.
std::size_t with_unit(std::string_view folded, const NameAt& first,
                      const AgencyRegistry& registry) {
    const std::string_view rest = folded.substr(first.length);
    const std::string_view link = first.match.unit != nullptr ? " vid " : " genom ";
    if (!rest.starts_with(link)) return first.length;
    const std::string_view after = without_article(rest.substr(link.size()));
    const auto second = name_at(after, registry);
    if (!second || second->match.agency != first.match.agency) return first.length;
    if ((first.match.unit == nullptr) == (second->match.unit == nullptr)) return first.length;
    return static_cast<std::size_t>(after.data() - folded.data()) + second->length;
}

// Splits a list "FRA, Försvarsmakten, MSB och Säkerhetspolisen" into registry agencies.
// Names are matched longest first at each place, ignoring case, so "Post- och telestyrelsen"
// is not split at its "och"; a successor's name finds its agency ("MCF" is MSB), so does a
// unit's, alone or with its agency ("NCSC", "NCSC vid FRA", "FRA genom NCSC" are FRA).
std::vector<const Agency*> split_list(std::string_view list, std::string_view phrase,
                                      const AgencyRegistry& registry) {
    std::vector<const Agency*> found;
    list = strip_separators(list);
    while (!list.empty()) {
        const std::string folded_list = detail::fold_case(list);
        const std::string_view folded = without_article(folded_list);
        const auto match = name_at(folded, registry);
        if (!match) {
            const auto end = std::min(list.find(','), list.find(" och "));
            const std::string unknown(detail::trim(list.substr(0, end)));
            throw ParseError(
                "agency phrase", std::string(phrase),
                ExpectedText{"agencies the registry knows; \"" + unknown + "\" is not one of them",
                             "myndigheter som registret känner till (\"" + unknown +
                                 "\" är inte en av dem)"},
                registry.closest_name(unknown));
        }
        found.push_back(match->match.agency);
        const auto skipped = static_cast<std::size_t>(folded.data() - folded_list.data());
        list = strip_separators(list.substr(skipped + with_unit(folded, *match, registry)));
    }
    return found;
}

}  // namespace

Agency::Agency(std::string short_name, std::string name, bool samfi,
               std::vector<std::string> aliases, std::optional<AgencySuccessor> successor,
               std::vector<AgencyUnit> units)
    : short_name_(std::move(short_name)),
      name_(std::move(name)),
      samfi_(samfi),
      aliases_(std::move(aliases)),
      successor_(std::move(successor)),
      units_(std::move(units)) {
    detail::require_text(short_name_, "an agency's short name");
    detail::require_text(name_, "the full name of agency \"" + short_name_ + "\"");
    for (const auto& alias : aliases_) {
        detail::require_text(alias, "an alias of the agency " + short_name_);
    }
    if (successor_) {
        detail::require_text(successor_->short_name,
                             "the successor's short name of " + short_name_);
        detail::require_text(successor_->name, "the successor's full name of " + short_name_);
        if (successor_->since.is_special()) {
            throw InvalidValue("the successor of " + short_name_ + " needs the day it takes over",
                               "efterträdaren till " + short_name_ + " behöver dagen den tar över");
        }
    }
    for (const auto& unit : units_) {
        for (const std::string* unit_name : unit_names(unit)) {
            detail::require_text(*unit_name, "a name of a unit of " + short_name_);
        }
    }
}

const AgencyUnit* Agency::unit(std::string_view name) const {
    const std::string wanted = detail::fold_case(detail::trim(name));
    for (const auto& unit : units_) {
        const auto names = unit_names(unit);
        if (std::any_of(names.begin(), names.end(),
                        [&](const std::string* n) { return detail::fold_case(*n) == wanted; }))
            return &unit;
    }
    return nullptr;
}

const std::string& Agency::short_name_on(boost::gregorian::date day) const noexcept {
    return successor_ && !(day < successor_->since) ? successor_->short_name : short_name_;
}

const std::string& Agency::name_on(boost::gregorian::date day) const noexcept {
    return successor_ && !(day < successor_->since) ? successor_->name : name_;
}

std::string Agency::today_name(boost::gregorian::date day) const {
    if (!successor_ || day < successor_->since) return short_name_;
    return short_name_ + " (sedan " + std::to_string(static_cast<int>(successor_->since.year())) +
           " " + successor_->name + ")";
}

AgencyRegistry::AgencyRegistry(std::vector<Agency> agencies) : agencies_(std::move(agencies)) {
    // Unique ignoring case, so that lookup can never find two agencies for one name.
    std::set<std::string> seen;
    for (const auto& agency : agencies_) {
        // One agency may repeat itself (Försvarsmakten, Försvarsmakten): its names count once.
        std::map<std::string, const std::string*> own;
        for (const std::string* name : names_of(agency))
            own.emplace(detail::fold_case(*name), name);
        for (const auto& [folded, name] : own) {
            if (!seen.insert(folded).second) {
                throw InvalidValue("the agency name \"" + *name + "\" is listed twice",
                                   "myndighetsnamnet \"" + *name + "\" står två gånger");
            }
        }
    }
}

const AgencyRegistry& AgencyRegistry::standard() {
    static const AgencyRegistry registry({
        // Since 1 January 2026 Myndigheten för civilt försvar (MCF).
        Agency("MSB", "Myndigheten för samhällsskydd och beredskap", true, {},
               AgencySuccessor{"MCF", "Myndigheten för civilt försvar",
                               boost::gregorian::date(2026, 1, 1)}),
        // The national cyber security centre sits at FRA: "NCSC vid FRA", "FRA genom det
        // nationella cybersäkerhetscentret".
        Agency(
            "FRA", "Försvarets radioanstalt", true, {}, std::nullopt,
            {AgencyUnit{
                "NCSC", "Nationellt cybersäkerhetscenter", {"Nationella cybersäkerhetscentret"}}}),
        Agency("FMV", "Försvarets materielverk", true),
        Agency("Försvarsmakten", "Försvarsmakten", true),
        Agency("PTS", "Post- och telestyrelsen", true),
        Agency("Polismyndigheten", "Polismyndigheten", true),
        Agency("Säkerhetspolisen", "Säkerhetspolisen", true, {"Säpo"}),
        Agency("DIGG", "Myndigheten för digital förvaltning"),
        Agency("FHS", "Försvarshögskolan"),
        Agency("FOI", "Totalförsvarets forskningsinstitut"),
        // The sources never print an abbreviation for it, so it goes by its name.
        Agency("Integritetsskyddsmyndigheten", "Integritetsskyddsmyndigheten"),
        Agency("KTH", "Kungliga Tekniska Högskolan"),
        Agency("SKR", "Sveriges Kommuner och Regioner"),
        Agency("Socialstyrelsen", "Socialstyrelsen"),
        Agency("Brå", "Brottsförebyggande rådet"),
    });
    return registry;
}

const Agency* AgencyRegistry::find(std::string_view name) const noexcept {
    const auto it = std::find_if(agencies_.begin(), agencies_.end(), [&](const Agency& a) {
        return a.short_name() == name || a.name() == name;
    });
    return it == agencies_.end() ? nullptr : &*it;
}

std::optional<std::string> AgencyRegistry::closest_name(std::string_view name) const {
    std::vector<std::string> names;
    for (const auto& a : agencies_) {
        for (const std::string* n : names_of(a)) names.push_back(*n);
    }
    return detail::closest(name, names);
}

const Agency* AgencyRegistry::lookup(std::string_view name) const {
    if (const Agency* exact = find(name)) return exact;
    const auto match = lookup_with_unit(name);
    return match ? match->agency : nullptr;
}

std::optional<AgencyMatch> AgencyRegistry::lookup_with_unit(std::string_view name) const {
    const std::string folded = detail::fold_case(detail::trim(name));
    const std::string_view wanted = without_article(folded);
    const auto first = name_at(wanted, *this);
    if (!first) return std::nullopt;
    if (first->length == wanted.size()) return first->match;  // one name
    // A unit named with its agency: "NCSC vid FRA", "FRA genom det nationella …".
    if (with_unit(wanted, *first, *this) != wanted.size()) return std::nullopt;
    if (first->match.unit != nullptr) return first->match;
    const std::string_view link = " genom ";
    const auto second = name_at(without_article(wanted.substr(first->length + link.size())), *this);
    return second ? second->match : first->match;
}

const Agency& AgencyRegistry::resolve(std::string_view name) const {
    if (const Agency* agency = lookup(name)) return *agency;
    throw NotFound("agency", std::string(name), closest_name(detail::trim(name)));
}

const Agency& AgencyRegistry::at(std::string_view name) const {
    if (const Agency* agency = find(name)) return *agency;
    throw NotFound("agency", std::string(name));
}

std::string_view role_text(Role role) noexcept { return detail::name_of(role_names, role); }

Role parse_role(std::string_view text) {
    if (const auto role = detail::value_of(role_names, text)) return *role;
    throw ParseError("role", std::string(text), detail::expected_names(role_names),
                     detail::closest_name(role_names, text));
}

Agencies::Agencies(std::string text, std::vector<AgencyRole> roles)
    : text_(std::move(text)), roles_(std::move(roles)) {
    detail::require_text(text_, "an agency phrase");
    for (auto entry = roles_.begin(); entry != roles_.end(); ++entry) {
        detail::require_text(entry->agency, [&] { return "an agency named in \"" + text_ + "\""; });
        // A phrase names a handful of agencies: looking back is cheaper than a set.
        if (std::any_of(roles_.begin(), entry, [&](const AgencyRole& earlier) {
                return earlier.agency == entry->agency;
            })) {
            throw InvalidValue(
                "the agency " + entry->agency + " is named twice in \"" + text_ + "\"",
                "myndigheten " + entry->agency + " nämns två gånger i \"" + text_ + "\"");
        }
    }
}

Agencies Agencies::parse(std::string_view text, const AgencyRegistry& registry) {
    const std::string phrase = detail::collapse_spaces(text);
    if (phrase.empty()) {
        throw ParseError("agency phrase", std::string(text),
                         ExpectedText{"at least one agency", "minst en myndighet"});
    }
    std::vector<AgencyRole> roles;
    Role role = Role::responsible;
    std::size_t from = 0;
    while (true) {
        const auto marker = next_marker(phrase, from);
        const auto end = marker ? marker->position : phrase.size();
        const auto list = std::string_view(phrase).substr(from, end - from);
        const auto agencies = split_list(list, phrase, registry);
        if (agencies.empty()) {
            const std::string word = "\"" + std::string(role_text(role)) + "\"";
            throw ParseError("agency phrase", std::string(text),
                             ExpectedText{"agencies before and after " + word,
                                          "myndigheter före och efter " + word});
        }
        for (const Agency* agency : agencies) roles.push_back({agency->short_name(), role});
        if (!marker) break;
        role = marker->role;
        from = marker->position + marker->length;
    }
    return Agencies(std::string(text), std::move(roles));
}

std::vector<std::string> Agencies::responsible() const {
    std::vector<std::string> names;
    for_each_responsible([&](const std::string& name) { names.push_back(name); });
    return names;
}

std::vector<std::string> Agencies::all() const {
    std::vector<std::string> names;
    names.reserve(roles_.size());
    for_each([&](const std::string& name) { names.push_back(name); });
    return names;
}

std::optional<Role> Agencies::role_of(std::string_view agency) const noexcept {
    for (const auto& entry : roles_) {
        if (entry.agency == agency) return entry.role;
    }
    return std::nullopt;
}

}  // namespace handlingsplan
