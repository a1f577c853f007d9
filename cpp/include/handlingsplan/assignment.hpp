// An assignment page (regeringsuppdrag) as the Government publishes it, read into a government
// activity: its title line ("Uppdrag till … att …", newer pages append "Diarienummer: …"), the
// decision ("Regeringen gav den 23 oktober …"), the agencies it is given to and their roles, and
// every dated event (read_activity_text's rule).
#pragma once

#include <optional>
#include <string>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/export.hpp"
#include "handlingsplan/government_activity.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// A page as its front end (Markdown, HTML …) hands it over.
struct AssignmentPage {
    std::string title_line;   // the title, "Diarienummer: …" included where the page has it
    std::string body;         // the rest of the text
    std::string source;       // the page's address or file
    std::optional<int> year;  // the year of the page (its address), for a day written without one
};

// The title line without its "Diarienummer: …", and what follows that word (empty if none).
std::pair<std::string, std::string> split_title_line(std::string_view title_line);

// The page as an ongoing activity with no strategic priority: the title and source, the case
// numbers (those of "Diarienummer:" first, then those the text cites), the events of the body
// (read_activity_text) with the decision day "Regeringen gav den 23 oktober …" in the page's
// year where the text gives no year, and the agencies: those given the assignment ("Regeringen
// ger X och Y i uppdrag", "Regeringen uppdrar åt X att …", else the title's "Uppdrag till X
// att …"; in "FRA genom det nationella cybersäkerhetscentret (NCSC)" the part after "genom" is
// "genom"), those to work "i samverkan med", and those the registry knows that "ska stödja";
// each by the registry's short name where it knows the name or its abbreviation (names of
// every date: "Myndigheten för civilt försvar (MCF)" is MSB; a unit's names are its agency's:
// "NCSC vid FRA" is FRA with the unit NCSC), else by the abbreviation in brackets or the name as
// printed. The name the page printed is kept beside (AssignedAgency::printed), so the page is
// shown as it was worded at its date.
// Throws ParseError (kind "assignment page") for a page that gives no assignment (neither its
// title nor its text says "uppdrag"), an empty title, or a "Diarienummer:" followed by no case
// number.
GovernmentActivity read_assignment(const AssignmentPage& page,
                                   const AgencyRegistry& registry = AgencyRegistry::standard());

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
