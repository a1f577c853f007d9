#include <catch2/catch.hpp>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/errors.hpp"

using handlingsplan::Agencies;
using handlingsplan::AgencyRegistry;
using handlingsplan::Role;

namespace {
std::vector<std::pair<std::string, Role>> roles_of(const Agencies& agencies) {
    std::vector<std::pair<std::string, Role>> out;
    for (const auto& entry : agencies.roles()) out.emplace_back(entry.agency, entry.role);
    return out;
}
using R = std::vector<std::pair<std::string, Role>>;
}  // namespace

TEST_CASE("agency phrases: several responsible agencies", "[agency]") {
    const auto a = Agencies::parse("Säkerhetspolisen, FRA och Försvarsmakten");
    CHECK(roles_of(a) == R{{"Säkerhetspolisen", Role::responsible},
                           {"FRA", Role::responsible},
                           {"Försvarsmakten", Role::responsible}});
    CHECK(a.text() == "Säkerhetspolisen, FRA och Försvarsmakten");
    CHECK(Agencies::parse("MSB").responsible() == std::vector<std::string>{"MSB"});
}

TEST_CASE("agency phrases: every role", "[agency]") {
    CHECK(roles_of(Agencies::parse("Försvarsmakten i samverkan med FMV, MSB och FRA")) ==
          R{{"Försvarsmakten", Role::responsible},
            {"FMV", Role::in_cooperation},
            {"MSB", Role::in_cooperation},
            {"FRA", Role::in_cooperation}});
    CHECK(roles_of(Agencies::parse("FMV med stöd av FRA, Försvarsmakten och MSB")) ==
          R{{"FMV", Role::responsible},
            {"FRA", Role::with_support},
            {"Försvarsmakten", Role::with_support},
            {"MSB", Role::with_support}});
    CHECK(roles_of(Agencies::parse("MSB tillsammans med Försvarsmakten")) ==
          R{{"MSB", Role::responsible}, {"Försvarsmakten", Role::together_with}});
    const auto close = Agencies::parse(
        "FRA, Försvarsmakten, MSB, och Säkerhetspolisen i nära samverkan med \nPolismyndigheten, "
        "FMV och PTS");
    CHECK(roles_of(close) == R{{"FRA", Role::responsible},
                               {"Försvarsmakten", Role::responsible},
                               {"MSB", Role::responsible},
                               {"Säkerhetspolisen", Role::responsible},
                               {"Polismyndigheten", Role::in_close_cooperation},
                               {"FMV", Role::in_close_cooperation},
                               {"PTS", Role::in_close_cooperation}});
    CHECK(close.responsible().size() == 4);
    CHECK(close.all().back() == "PTS");
    CHECK(close.role_of("FMV") == Role::in_close_cooperation);
    CHECK(close.role_of("DIGG") == std::nullopt);
}

TEST_CASE("agency phrases resolve full names and names containing 'och'", "[agency]") {
    CHECK(roles_of(Agencies::parse(
              "Post- och telestyrelsen och Myndigheten för samhällsskydd och beredskap")) ==
          R{{"PTS", Role::responsible}, {"MSB", Role::responsible}});
}

TEST_CASE("unknown agencies are reported, not dropped", "[agency]") {
    try {
        Agencies::parse("MSB i samverkan med Skatteverket");
        FAIL("no error");
    } catch (const handlingsplan::ParseError& e) {
        CHECK_THAT(e.what(), Catch::Contains("Skatteverket"));
    }
    CHECK_THROWS_AS(Agencies::parse(""), handlingsplan::ParseError);
    CHECK_THROWS_AS(Agencies::parse("MSB i samverkan med "), handlingsplan::ParseError);
    CHECK_THROWS_AS(Agencies::parse("MSB och MSB"), handlingsplan::InvalidValue);
}

TEST_CASE("agency phrases take every name lookup knows: aliases, successors, any case",
          "[agency]") {
    const auto alias = Agencies::parse("MSB, FRA och Säpo");
    CHECK(roles_of(alias) == R{{"MSB", Role::responsible},
                               {"FRA", Role::responsible},
                               {"Säkerhetspolisen", Role::responsible}});
    CHECK(alias.text() == "MSB, FRA och Säpo");  // the phrase as typed is kept
    CHECK(roles_of(Agencies::parse("fra i samverkan med MCF och SÄPO")) ==
          R{{"FRA", Role::responsible},
            {"MSB", Role::in_cooperation},
            {"Säkerhetspolisen", Role::in_cooperation}});
    CHECK(roles_of(Agencies::parse("Myndigheten för civilt försvar med stöd av PTS")) ==
          R{{"MSB", Role::responsible}, {"PTS", Role::with_support}});
    // One agency by two of its names is one agency named twice.
    CHECK_THROWS_AS(Agencies::parse("Säkerhetspolisen och Säpo"), handlingsplan::InvalidValue);
    // A name must end where the agency's name ends: "Säpos" is no alias.
    CHECK_THROWS_AS(Agencies::parse("FRA och Säpos"), handlingsplan::ParseError);
}

TEST_CASE("a near miss in a phrase names the nearest name, an alias too", "[agency]") {
    try {
        Agencies::parse("FRA och Säpö");
        FAIL("no error");
    } catch (const handlingsplan::ParseError& e) {
        CHECK(e.did_you_mean() == "Säpo");
        CHECK_THAT(e.what(), Catch::Contains("did you mean \"Säpo\""));
    }
    try {
        Agencies::parse("MSB i samverkan med Försvarsmakte");
        FAIL("no error");
    } catch (const handlingsplan::ParseError& e) {
        CHECK(e.did_you_mean() == "Försvarsmakten");
    }
}

TEST_CASE("resolve: a typed name, or NotFound with the nearest name", "[agency]") {
    const auto& registry = AgencyRegistry::standard();
    CHECK(registry.resolve(" säpo ").short_name() == "Säkerhetspolisen");
    CHECK(registry.resolve("mcf").short_name() == "MSB");
    try {
        registry.resolve("Säkerhetspolisn");
        FAIL("no error");
    } catch (const handlingsplan::NotFound& e) {
        CHECK(e.key() == "Säkerhetspolisn");
        CHECK(e.did_you_mean() == "Säkerhetspolisen");
    }
    try {
        registry.resolve("Skatteverket");
        FAIL("no error");
    } catch (const handlingsplan::NotFound& e) {
        CHECK_FALSE(e.did_you_mean());
    }
    // The successor's names are suggested too.
    CHECK(registry.closest_name("Myndigheten för civilt forsvar") ==
          "Myndigheten för civilt försvar");
}

TEST_CASE("the standard registry holds the SAMFI agencies", "[agency]") {
    const auto& registry = AgencyRegistry::standard();
    int samfi = 0;
    for (const auto& agency : registry.agencies()) samfi += agency.samfi() ? 1 : 0;
    CHECK(samfi == 7);
    CHECK(registry.at("Försvarets radioanstalt").short_name() == "FRA");
    CHECK(registry.find("Skatteverket") == nullptr);
    CHECK_THROWS_AS(registry.at("Skatteverket"), handlingsplan::NotFound);
}

TEST_CASE("a registry rejects a name listed twice", "[agency]") {
    using handlingsplan::Agency;
    CHECK_THROWS_AS(AgencyRegistry({Agency("MSB", "A"), Agency("MSB", "B")}),
                    handlingsplan::InvalidValue);
    CHECK_THROWS_AS(AgencyRegistry({Agency("A", "Samma"), Agency("B", "Samma")}),
                    handlingsplan::InvalidValue);
    CHECK_NOTHROW(AgencyRegistry({Agency("Försvarsmakten", "Försvarsmakten")}));
}

TEST_CASE("roles have their printed names", "[agency]") {
    using handlingsplan::parse_role;
    using handlingsplan::role_text;
    for (const auto role : {Role::responsible, Role::in_cooperation, Role::in_close_cooperation,
                            Role::with_support, Role::together_with}) {
        CHECK(parse_role(role_text(role)) == role);
    }
    CHECK_THROWS_AS(parse_role("deltar"), handlingsplan::ParseError);
}

TEST_CASE("lookup finds an agency as a person types it: any case, spaces, aliases", "[agency]") {
    using handlingsplan::Agency;
    const auto& registry = AgencyRegistry::standard();
    CHECK(registry.lookup("FRA")->short_name() == "FRA");
    CHECK(registry.lookup(" fra ")->short_name() == "FRA");
    CHECK(registry.lookup("försvarets RADIOANSTALT")->short_name() == "FRA");
    CHECK(registry.lookup("Säpo")->short_name() == "Säkerhetspolisen");
    CHECK(registry.lookup("SÄPO")->short_name() == "Säkerhetspolisen");
    CHECK(registry.lookup("\xC2\xA0säkerhetspolisen\t")->short_name() == "Säkerhetspolisen");
    CHECK(registry.lookup("BRÅ")->short_name() == "Brå");
    CHECK(registry.lookup("Säkerhetspolisn") == nullptr);
    CHECK(registry.lookup("") == nullptr);
    // find stays exact: what a file names must be the registry's own spelling.
    CHECK(registry.find("Säpo") == nullptr);
    CHECK(registry.find("fra") == nullptr);
}

TEST_CASE("aliases are unique across the registry, ignoring case, and never empty", "[agency]") {
    using handlingsplan::Agency;
    CHECK(Agency("Säkerhetspolisen", "Säkerhetspolisen", true, {"Säpo"}).aliases() ==
          std::vector<std::string>{"Säpo"});
    CHECK_THROWS_AS(Agency("A", "Alfa", false, {" "}), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(
        AgencyRegistry({Agency("A", "Alfa", false, {"X"}), Agency("B", "Beta", false, {"x"})}),
        handlingsplan::InvalidValue);
    CHECK_THROWS_AS(AgencyRegistry({Agency("MSB", "A"), Agency("msb", "B")}),
                    handlingsplan::InvalidValue);
    CHECK_NOTHROW(AgencyRegistry({Agency("Brå", "Brottsförebyggande rådet", false, {"BRÅ"})}));
}

TEST_CASE("an agency's successor: its names from its day on, found by lookup", "[agency]") {
    const auto& registry = handlingsplan::AgencyRegistry::standard();
    const auto* msb = registry.find("MSB");
    REQUIRE(msb != nullptr);
    REQUIRE(msb->successor().has_value());
    CHECK(registry.lookup("MCF") == msb);
    CHECK(registry.lookup("Myndigheten för civilt försvar") == msb);
    CHECK(registry.lookup("mcf") == msb);
    const boost::gregorian::date before(2025, 12, 31), after(2026, 1, 1);
    CHECK(msb->short_name_on(before) == "MSB");
    CHECK(msb->short_name_on(after) == "MCF");
    CHECK(msb->name_on(after) == "Myndigheten för civilt försvar");
    CHECK(msb->today_name(before) == "MSB");
    CHECK(msb->today_name(after) == "MSB (sedan 2026 Myndigheten för civilt försvar)");
    // A successor's name may not be another agency's.
    CHECK_THROWS_AS(handlingsplan::AgencyRegistry(
                        {handlingsplan::Agency("A", "Aa", false, {},
                                               handlingsplan::AgencySuccessor{
                                                   "B", "Bb", boost::gregorian::date(2026, 1, 1)}),
                         handlingsplan::Agency("B", "Bb")}),
                    handlingsplan::InvalidValue);
}

TEST_CASE("a unit of an agency: NCSC at FRA, found by its names and with its agency", "[agency]") {
    const auto& registry = handlingsplan::AgencyRegistry::standard();
    const auto* fra = registry.find("FRA");
    REQUIRE(fra != nullptr);
    REQUIRE(fra->units().size() == 1);
    const auto* ncsc = fra->unit("ncsc");
    REQUIRE(ncsc != nullptr);
    CHECK(ncsc->short_name == "NCSC");
    CHECK(fra->unit("Försvarsmakten") == nullptr);
    // Never an agency of its own: find knows agencies only.
    CHECK(registry.find("NCSC") == nullptr);
    for (const char* name :
         {"NCSC", "Nationellt cybersäkerhetscenter", "det nationella cybersäkerhetscentret",
          "NCSC vid FRA", "NCSC vid Försvarets radioanstalt", "FRA genom NCSC",
          "FRA genom det nationella cybersäkerhetscentret",
          "Försvarets radioanstalt genom nationella cybersäkerhetscentret"}) {
        INFO(name);
        CHECK(registry.lookup(name) == fra);
        const auto match = registry.lookup_with_unit(name);
        REQUIRE(match.has_value());
        CHECK(match->agency == fra);
        CHECK(match->unit == ncsc);
    }
    const auto plain = registry.lookup_with_unit("FRA");
    REQUIRE(plain.has_value());
    CHECK(plain->unit == nullptr);
    // A unit with an agency it does not belong to is no name.
    CHECK(registry.lookup("NCSC vid MSB") == nullptr);
    CHECK(registry.lookup("MSB genom NCSC") == nullptr);
    CHECK(registry.lookup("FRA genom FRA") == nullptr);
    CHECK_FALSE(registry.lookup_with_unit("NCSC vid").has_value());
}

TEST_CASE("agency phrases: a successor's and a unit's names are their agency's", "[agency]") {
    CHECK(roles_of(Agencies::parse("MCF i samverkan med NCSC vid FRA")) ==
          R{{"MSB", Role::responsible}, {"FRA", Role::in_cooperation}});
    CHECK(roles_of(Agencies::parse("FRA genom NCSC och Myndigheten för civilt försvar")) ==
          R{{"FRA", Role::responsible}, {"MSB", Role::responsible}});
    CHECK(roles_of(Agencies::parse(
              "FRA genom det nationella cybersäkerhetscentret med stöd av Försvarsmakten")) ==
          R{{"FRA", Role::responsible}, {"Försvarsmakten", Role::with_support}});
    CHECK(roles_of(Agencies::parse("Nationellt cybersäkerhetscenter")) ==
          R{{"FRA", Role::responsible}});
    // The printed phrase is kept as it was.
    CHECK(Agencies::parse("NCSC vid FRA").text() == "NCSC vid FRA");
    // Never "not one of them" for these; an unknown name still is.
    CHECK_THROWS_WITH(Agencies::parse("NCSC vid FRA och Okända verket"),
                      Catch::Contains("\"Okända verket\" is not one of them"));
}

TEST_CASE("a unit's names are unique in the registry and never empty", "[agency]") {
    using handlingsplan::Agency;
    using handlingsplan::AgencyUnit;
    CHECK_THROWS_AS(Agency("A", "Aa", false, {}, std::nullopt, {AgencyUnit{"U", " ", {}}}),
                    handlingsplan::InvalidValue);
    CHECK_THROWS_AS(Agency("A", "Aa", false, {}, std::nullopt, {AgencyUnit{"U", "Uu", {""}}}),
                    handlingsplan::InvalidValue);
    CHECK_THROWS_AS(
        AgencyRegistry({Agency("A", "Aa", false, {}, std::nullopt, {AgencyUnit{"B", "Uu", {}}}),
                        Agency("B", "Bb")}),
        handlingsplan::InvalidValue);
}

TEST_CASE("list punctuation is stripped to the end: a list of commas and 'och' names no agency",
          "[agency]") {
    // Each strip (a comma at either end, "och" at either end) may uncover another: stripping
    // goes on until none is left, and the list is then empty, not an unknown name.
    for (const char* phrase : {"MSB i samverkan med , ,", "MSB i samverkan med och , och"}) {
        INFO(phrase);
        CHECK_THROWS_WITH(Agencies::parse(phrase),
                          Catch::Contains("agencies before and after \"i samverkan med\""));
    }
}

TEST_CASE("the agency's own name wins over a unit's of the same name", "[agency]") {
    using handlingsplan::Agency;
    using handlingsplan::AgencyUnit;
    const AgencyRegistry registry(
        {Agency("A", "Alfa", false, {}, std::nullopt, {AgencyUnit{"A", "Enheten", {}}})});
    const auto match = registry.lookup_with_unit("A");
    REQUIRE(match.has_value());
    CHECK(match->agency == &registry.agencies().front());
    CHECK(match->unit == nullptr);
    const auto unit = registry.lookup_with_unit("Enheten");
    REQUIRE(unit.has_value());
    CHECK(unit->unit == &registry.agencies().front().units().front());
}

TEST_CASE("an agency's full name before its successor's day is its own", "[agency]") {
    const auto& registry = AgencyRegistry::standard();
    const auto* msb = registry.find("MSB");
    REQUIRE(msb != nullptr);
    CHECK(msb->name_on(boost::gregorian::date(2025, 12, 31)) ==
          "Myndigheten för samhällsskydd och beredskap");
    const auto* fra = registry.find("FRA");
    REQUIRE(fra != nullptr);
    CHECK(fra->name_on(boost::gregorian::date(2030, 1, 1)) == "Försvarets radioanstalt");
    CHECK(fra->short_name_on(boost::gregorian::date(2030, 1, 1)) == "FRA");
    CHECK(fra->today_name(boost::gregorian::date(2030, 1, 1)) == "FRA");
}
