// The Uppföljning chapter of a yearly report: what the agencies achieved the year before,
// per strategic priority, with notes on what affected the work (the covid-19 pandemic in 2021).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// A titled note of the chapter ("Om covid-19-pandemins påverkan på handlingsplanens åtgärder").
struct FollowUpNote {
    std::string title;
    std::string text;  // paragraphs separated by a blank line ("\n\n")
    bool operator==(const FollowUpNote&) const = default;
};

class FollowUp {
public:
    FollowUp() = default;
    // Throws InvalidValue for a note without title or text, a priority outside 1..999 or a
    // priority's results without text. Texts are paragraphs separated by "\n\n".
    FollowUp(std::string introduction, std::vector<FollowUpNote> notes,
             std::map<int, std::string> results);

    const std::string& introduction() const noexcept { return introduction_; }
    const std::vector<FollowUpNote>& notes() const noexcept { return notes_; }
    // The selected results per strategic priority (utvalda resultat).
    const std::map<int, std::string>& results() const noexcept { return results_; }
    // The results for one priority; nullptr where the chapter says nothing of it.
    const std::string* results_for(int priority) const noexcept;
    // A report without an Uppföljning chapter.
    bool empty() const noexcept {
        return introduction_.empty() && notes_.empty() && results_.empty();
    }

    bool operator==(const FollowUp&) const = default;

private:
    std::string introduction_;
    std::vector<FollowUpNote> notes_;
    std::map<int, std::string> results_;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
