#include <catch2/catch.hpp>

#include "handlingsplan/assignment.hpp"
#include "handlingsplan/errors.hpp"

using namespace handlingsplan;
namespace greg = boost::gregorian;

namespace {
const char* ncsc_body =
    "Regeringen gav den 23 oktober Försvarets radioanstalt (FRA) genom det nationella "
    "cybersäkerhetscentret (NCSC) i uppdrag att genomföra mätning av resultatindikatorer "
    "(skr. 2024/25:121).\n\nNCSC vid FRA ska senast den 6 mars 2026 skriftligen redovisa en "
    "översikt till Regeringskansliet (Försvarsdepartementet).";
}  // namespace

TEST_CASE("an assignment page reads into an activity", "[assignment]") {
    const auto a = read_assignment({"Uppdrag till FRA att mäta Diarienummer: Fö2025/01712",
                                    ncsc_body, "https://example.se/sida", 2025});
    CHECK(a.details().title == "Uppdrag till FRA att mäta");
    CHECK(a.details().source == "https://example.se/sida");
    CHECK_FALSE(a.priority().has_value());
    CHECK(a.state() == ActivityState::ongoing);
    REQUIRE(a.case_numbers().size() == 2);
    CHECK(a.case_numbers()[0].to_string() == "Fö2025/01712");
    CHECK(a.case_numbers()[1].to_string() == "skr. 2024/25:121");
    REQUIRE(a.events().size() == 2);
    CHECK(a.events()[0].kind == EventKind::decided);
    CHECK(a.events()[0].when.exact_day() == greg::date(2025, 10, 23));
    CHECK(a.events()[1].kind == EventKind::due);
    CHECK(a.events()[1].form == ReportForm::written);
    REQUIRE(a.details().agencies.size() >= 2);
    // FRA, and FRA again through its unit NCSC (the registry knows it as FRA's), each with the
    // name the page printed.
    CHECK(a.details().agencies[0] ==
          AssignedAgency{"FRA", AssignmentRole::assignee, "", "Försvarets radioanstalt (FRA)"});
    CHECK(a.details().agencies[1] == AssignedAgency{"FRA", AssignmentRole::through, "NCSC",
                                                    "nationella cybersäkerhetscentret (NCSC)"});
    // "NCSC vid FRA ska stödja" adds nothing: the same agency and unit.
    CHECK(a.details().agencies.size() == 2);
}

TEST_CASE("the NCSC is FRA's unit however the page names it", "[assignment]") {
    for (const std::string given :
         {"FRA genom NCSC", "Försvarets radioanstalt genom det nationella cybersäkerhetscentret",
          "NCSC vid FRA", "Nationellt cybersäkerhetscenter"}) {
        INFO(given);
        const auto a =
            read_assignment({"Uppdrag om cybersäkerhet",
                             "Regeringen ger " + given + " i uppdrag att mäta.", "", 2025});
        const auto& agencies = a.details().agencies;
        REQUIRE_FALSE(agencies.empty());
        for (const auto& agency : agencies) CHECK(agency.name == "FRA");
        CHECK(agencies.back().unit == "NCSC");
        CHECK(a.names_agency(*AgencyRegistry::standard().find("FRA")));
    }
}

TEST_CASE("a page of 2026 naming MCF is MSB's, its own name kept", "[assignment]") {
    const auto a = read_assignment(
        {"Uppdrag till Livsmedelsverket och Myndigheten för civilt försvar att analysera",
         "Regeringen ger Livsmedelsverket och Myndigheten för civilt försvar (MCF) i uppdrag att "
         "analysera behovet.",
         "", 2026});
    const auto& agencies = a.details().agencies;
    REQUIRE(agencies.size() == 2);
    CHECK(agencies[1] == AssignedAgency{"MSB", AssignmentRole::assignee, "",
                                        "Myndigheten för civilt försvar (MCF)"});
    const auto& registry = AgencyRegistry::standard();
    CHECK(a.names_agency(*registry.find("MSB")));
    // As the page printed it; on a day of 2026 too, since the page already uses today's name.
    CHECK(assigned_agency_name(agencies[1], registry) == "Myndigheten för civilt försvar (MCF)");
    CHECK(assigned_agency_name(agencies[1], registry, greg::date(2026, 3, 1)) ==
          "Myndigheten för civilt försvar (MCF)");
    // A page of 2024 naming MSB: today's name where the user asks for today.
    const AssignedAgency old{"MSB", AssignmentRole::assignee, "",
                             "Myndigheten för samhällsskydd och beredskap (MSB)"};
    CHECK(assigned_agency_name(old, registry) ==
          "Myndigheten för samhällsskydd och beredskap (MSB)");
    CHECK(assigned_agency_name(old, registry, greg::date(2025, 12, 31)) ==
          "Myndigheten för samhällsskydd och beredskap (MSB)");
    CHECK(assigned_agency_name(old, registry, greg::date(2026, 1, 1)) ==
          "MSB (sedan 2026 Myndigheten för civilt försvar)");
    // A unit the page did not print: "NCSC vid FRA"; an agency the registry does not know: its
    // name.
    CHECK(assigned_agency_name({"FRA", AssignmentRole::through, "NCSC"}, registry) ==
          "NCSC vid FRA");
    CHECK(assigned_agency_name({"Valmyndigheten", AssignmentRole::in_cooperation}, registry,
                               greg::date(2026, 3, 1)) == "Valmyndigheten");
}

TEST_CASE("a page without its year gives no decision day", "[assignment]") {
    const auto a = read_assignment({"Uppdrag till FRA", ncsc_body, "", std::nullopt});
    REQUIRE(a.events().size() == 1);
    CHECK(a.events()[0].kind == EventKind::due);
}

TEST_CASE("the agencies of an assignment and their roles", "[assignment]") {
    const auto a = read_assignment(
        {"Uppdrag om samverkan",
         "Regeringen ger Kustbevakningen och Polismyndigheten i uppdrag att samverka. Arbetet ska "
         "ske i samverkan med Post- och telestyrelsen (PTS) och Myndigheten för samhällsskydd och "
         "beredskap. Försvarsmakten ska stödja arbetet.",
         "", 2020});
    const auto& agencies = a.details().agencies;
    const auto role = [&](const std::string& name) -> std::optional<AssignmentRole> {
        for (const auto& x : agencies)
            if (x.name == name) return x.role;
        return std::nullopt;
    };
    CHECK(role("Kustbevakningen") == AssignmentRole::assignee);
    CHECK(role("Polismyndigheten") == AssignmentRole::assignee);
    CHECK(role("PTS") == AssignmentRole::in_cooperation);
    CHECK(role("MSB") == AssignmentRole::in_cooperation);
    CHECK(role("Försvarsmakten") == AssignmentRole::supporting);
}

TEST_CASE("Regeringen uppdrar åt X att: X is given the assignment too", "[assignment]") {
    const auto a = read_assignment(
        {"Uppdrag om informationssäkerhet",
         "Regeringen uppdrar åt Försvarsmakten och Myndigheten för samhällsskydd och beredskap att "
         "samverka. Uppdraget ska redovisas senast den 1 mars 2019.",
         "", 2018});
    REQUIRE(a.details().agencies.size() == 2);
    CHECK(a.details().agencies[0] == AssignedAgency{"Försvarsmakten", AssignmentRole::assignee});
    // MSB by the registry, its name as the page printed it kept.
    CHECK(a.details().agencies[1] == AssignedAgency{"MSB", AssignmentRole::assignee, "",
                                                    "Myndigheten för samhällsskydd och beredskap"});
}

TEST_CASE("a page that is no assignment is refused with why", "[assignment]") {
    CHECK_THROWS_WITH(read_assignment({"Anvisningar för det civila försvaret",
                                       "Myndigheterna ska planera.", "", 2020}),
                      Catch::Contains("an assignment"));
    CHECK_THROWS_AS(read_assignment({"  ", "uppdrag", "", 2020}), ParseError);
    CHECK_THROWS_WITH(read_assignment({"Uppdrag Diarienummer: okänt", "", "", 2020}),
                      Catch::Contains("Diarienummer"));
    CHECK(split_title_line("Uppdrag XDiarienummer:  S2025/00866") ==
          std::pair<std::string, std::string>{"Uppdrag X", "S2025/00866"});
}

TEST_CASE("genom takes the one name after it", "[assignment]") {
    const auto a = read_assignment(
        {"Uppdrag att införliva strategin",
         "Regeringen ger Brottsförebyggande rådet (Brå) genom Center mot våldsbejakande "
         "extremism (CVE), Myndigheten för samhällsskydd och beredskap (MSB), Polismyndigheten "
         "och Säkerhetspolisen i uppdrag att vidta åtgärder.",
         "", 2024});
    const auto& agencies = a.details().agencies;
    REQUIRE(agencies.size() == 5);
    CHECK(agencies[0].name == "Brå");
    CHECK(agencies[0].role == AssignmentRole::assignee);
    CHECK(agencies[1] == AssignedAgency{"CVE", AssignmentRole::through, "",
                                        "Center mot våldsbejakande extremism (CVE)"});
    for (std::size_t i = 2; i < 5; ++i) CHECK(agencies[i].role == AssignmentRole::assignee);
    CHECK(agencies[4].name == "Säkerhetspolisen");
}

namespace {
// The agencies of a page of `title` and `body`, as (name, role) in the order read.
std::vector<std::pair<std::string, AssignmentRole>> agencies_of(const std::string& title,
                                                                const std::string& body) {
    std::vector<std::pair<std::string, AssignmentRole>> out;
    const auto activity = read_assignment({title, body, "", 2020});
    for (const auto& a : activity.details().agencies) out.emplace_back(a.name, a.role);
    return out;
}
using Pairs = std::vector<std::pair<std::string, AssignmentRole>>;
}  // namespace

TEST_CASE("a name in cooperation the registry does not know: six words at most", "[assignment]") {
    const std::string title = "Uppdrag till Försvarsmakten att samverka";
    // Six words: a name; seven: running text.
    CHECK(agencies_of(title,
                      "Arbetet sker i samverkan med Centrum för nationell och "
                      "internationell samverkan.") ==
          Pairs{{"Försvarsmakten", AssignmentRole::assignee},
                {"Centrum för nationell och internationell samverkan",
                 AssignmentRole::in_cooperation}});
    CHECK(agencies_of(title,
                      "Arbetet sker i samverkan med Centrum för nationell och "
                      "internationell samverkan inom landet.") ==
          Pairs{{"Försvarsmakten", AssignmentRole::assignee}});
    // A name the registry knows ends where "och" begins the next.
    CHECK(agencies_of(title,
                      "Arbetet sker i samverkan med Myndigheten för samhällsskydd och "
                      "beredskap och Polismyndigheten.") ==
          Pairs{{"Försvarsmakten", AssignmentRole::assignee},
                {"MSB", AssignmentRole::in_cooperation},
                {"Polismyndigheten", AssignmentRole::in_cooperation}});
}

TEST_CASE("the title names the assignee up to att, om, avseende or för att", "[assignment]") {
    for (const std::string stop :
         {" att samverka", " om samverkan", " avseende samverkan", " för att samverka"}) {
        INFO(stop);
        CHECK(agencies_of("Uppdrag till Kustbevakningen" + stop, "Text om uppdraget.") ==
              Pairs{{"Kustbevakningen", AssignmentRole::assignee}});
    }
}

TEST_CASE("an assignee clause is read within its sentence, of any length", "[assignment]") {
    // "Regeringen ger ... i uppdrag" across a full stop is no clause: only the title's agency.
    CHECK(agencies_of("Uppdrag till Kustbevakningen att samverka",
                      "Regeringen ger ut en rapport. Polismyndigheten har i uppdrag att stödja.") ==
          Pairs{{"Kustbevakningen", AssignmentRole::assignee}});
    // The clause's names need not be known, nor short.
    CHECK(agencies_of("Uppdrag om forskning",
                      "Regeringen uppdrar åt Nämnden för granskning av forskning vid svenska "
                      "lärosäten att redovisa.") ==
          Pairs{{"Nämnden för granskning av forskning vid svenska lärosäten",
                 AssignmentRole::assignee}});
}
