// Agencies (myndigheter), the registry of their names, and the roles they take in a measure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// The agency that takes an agency's place, under its own names, from a day on: since 1 January
// 2026 MSB is Myndigheten för civilt försvar (MCF).
struct AgencySuccessor {
    std::string short_name;  // "MCF"
    std::string name;        // "Myndigheten för civilt försvar"
    boost::gregorian::date since;
    bool operator==(const AgencySuccessor&) const = default;
};

// A unit of an agency that the texts name as if it were one (the national cyber security centre,
// NCSC, at FRA: "NCSC vid FRA", "FRA genom det nationella cybersäkerhetscentret"): looked up,
// its names find its agency; never an agency of its own.
struct AgencyUnit {
    std::string short_name;            // "NCSC"
    std::string name;                  // "Nationellt cybersäkerhetscenter"
    std::vector<std::string> aliases;  // "nationella cybersäkerhetscentret", the definite form
    bool operator==(const AgencyUnit&) const = default;
};

class Agency {
public:
    // `short_name` is how the report names the agency ("MSB", "Försvarsmakten"); `name` its full
    // name ("Myndigheten för samhällsskydd och beredskap"); `samfi` marks the seven agencies of
    // the SAMFI group behind the plan. Both names must be non-empty (InvalidValue). `aliases`
    // are other names people use for it ("Säpo" for Säkerhetspolisen), non-empty too; they are
    // never printed, only looked up (AgencyRegistry::lookup).
    // `successor`: the names it bears from a day on (both non-empty, InvalidValue otherwise);
    // they are looked up like aliases, and printed only where asked for (name_on, today_name).
    // `units`: the units the texts name as if they were agencies (every name non-empty).
    Agency(std::string short_name, std::string name, bool samfi = false,
           std::vector<std::string> aliases = {},
           std::optional<AgencySuccessor> successor = std::nullopt,
           std::vector<AgencyUnit> units = {});

    const std::string& short_name() const noexcept { return short_name_; }
    const std::string& name() const noexcept { return name_; }
    bool samfi() const noexcept { return samfi_; }
    const std::vector<std::string>& aliases() const noexcept { return aliases_; }
    const std::optional<AgencySuccessor>& successor() const noexcept { return successor_; }
    const std::vector<AgencyUnit>& units() const noexcept { return units_; }
    // The unit with this short name, full name or alias, ignoring case; nullptr if none.
    const AgencyUnit* unit(std::string_view name) const;

    // The short name valid on `day`: the successor's from its day on ("MCF" on 2026-01-01),
    // else the agency's own ("MSB"), so a text is read with the names of its date.
    const std::string& short_name_on(boost::gregorian::date day) const noexcept;
    // The full name valid on `day`.
    const std::string& name_on(boost::gregorian::date day) const noexcept;
    // For a text addressed on `day` where both names matter: "MSB (sedan 2026 Myndigheten för
    // civilt försvar)" once the successor has taken over, else the short name.
    std::string today_name(boost::gregorian::date day) const;

    bool operator==(const Agency&) const = default;

private:
    std::string short_name_, name_;
    bool samfi_;
    std::vector<std::string> aliases_;
    std::optional<AgencySuccessor> successor_;
    std::vector<AgencyUnit> units_;
};

// What a name stands for in the registry: an agency, and the unit of it the name names (nullptr
// for the agency itself).
struct AgencyMatch {
    const Agency* agency;
    const AgencyUnit* unit;
};

// The known agencies, found by short or full name. Short names, full names and aliases are
// unique, ignoring case.
class AgencyRegistry {
public:
    AgencyRegistry() = default;
    explicit AgencyRegistry(std::vector<Agency> agencies);  // InvalidValue on a repeated name

    // The seven SAMFI agencies and the other authorities named in the plan's sources.
    static const AgencyRegistry& standard();

    const std::vector<Agency>& agencies() const noexcept { return agencies_; }
    // By short name or full name (exact match); nullptr when unknown.
    const Agency* find(std::string_view name) const noexcept;
    // What a person types: by short name, full name, alias or a successor's name ("MCF",
    // "Myndigheten för civilt försvar" find MSB's entry), ignoring case (Å, Ä, Ö, É and Ü
    // included) and surrounding white space (" fra ", "SÄPO"); a unit's names find its agency
    // ("NCSC", "det nationella cybersäkerhetscentret", "NCSC vid FRA", "FRA genom NCSC" find
    // FRA); nullptr when unknown.
    const Agency* lookup(std::string_view name) const;
    // Like lookup, with the unit the name names: "NCSC vid FRA", "FRA genom det nationella
    // cybersäkerhetscentret" and "NCSC" give FRA and its unit NCSC; "FRA" gives FRA and no unit.
    // A leading article ("det", "den") is passed over. nullopt when unknown.
    std::optional<AgencyMatch> lookup_with_unit(std::string_view name) const;
    // Like lookup, for a name a person typed: the one path every entry point takes (a measure's
    // agencies, --prefer, a form's agency field).
    // @throws NotFound for a name the registry does not know, with the nearest known name
    // (short, full, alias, successor's or unit's) as its did_you_mean where one is near.
    const Agency& resolve(std::string_view name) const;
    // Like find. @throws NotFound for a name the registry does not know.
    const Agency& at(std::string_view name) const;
    bool contains(std::string_view name) const noexcept { return find(name) != nullptr; }
    // The name nearest to `name` (short, full, alias, successor's or unit's), for a "did you
    // mean"; nullopt if none is near or `name` is one of them.
    std::optional<std::string> closest_name(std::string_view name) const;
    std::size_t size() const noexcept { return agencies_.size(); }

    bool operator==(const AgencyRegistry&) const = default;

private:
    std::vector<Agency> agencies_;
};

// The role an agency has in a measure, named as the report phrases it.
enum class Role {
    responsible,           // ansvarig: the leading agencies of the phrase
    in_cooperation,        // "i samverkan med"
    in_close_cooperation,  // "i nära samverkan med"
    with_support,          // "med stöd av"
    together_with,         // "tillsammans med"
};

// "ansvarig", "i samverkan med", ...
std::string_view role_text(Role role) noexcept;
// The inverse of role_text. @throws ParseError for any other text.
Role parse_role(std::string_view text);

struct AgencyRole {
    std::string agency;  // the agency's short name
    Role role;
    bool operator==(const AgencyRole&) const = default;
};

// The agencies of a measure: the phrase as printed and the roles it gives.
class Agencies {
public:
    Agencies() = default;
    // InvalidValue on a blank phrase or agency name, or a repeated agency.
    Agencies(std::string text, std::vector<AgencyRole> roles);

    // Splits a printed phrase such as "Försvarsmakten i samverkan med FMV, MSB och FRA" into
    // roles, resolving names against `registry` as lookup does (short, full, alias or
    // successor's name, any case: "FRA och Säpo"); the roles name each agency by its short
    // name, the text stays as printed. A name the registry does not know is reported, never
    // dropped.
    // @throws ParseError for a name the registry does not know (naming it, with the nearest
    // known name) or a phrase naming no agency.
    static Agencies parse(std::string_view text,
                          const AgencyRegistry& registry = AgencyRegistry::standard());

    const std::string& text() const noexcept { return text_; }
    const std::vector<AgencyRole>& roles() const noexcept { return roles_; }
    // Short names: the responsible agencies; every agency, responsible ones first.
    std::vector<std::string> responsible() const;
    std::vector<std::string> all() const;
    // The same names one by one, without making a list: f(short name) for each responsible
    // agency; for every agency in all()'s order.
    template <class F>
    void for_each_responsible(F&& f) const {
        for (const auto& entry : roles_) {
            if (entry.role == Role::responsible) f(entry.agency);
        }
    }
    template <class F>
    void for_each(F&& f) const {
        for_each_responsible(f);
        for (const auto& entry : roles_) {
            if (entry.role != Role::responsible) f(entry.agency);
        }
    }
    // The role of `agency` (short name), if it takes part.
    std::optional<Role> role_of(std::string_view agency) const noexcept;
    bool empty() const noexcept { return roles_.empty(); }

    bool operator==(const Agencies&) const = default;

private:
    std::string text_;
    std::vector<AgencyRole> roles_;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
