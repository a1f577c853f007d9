#include "handlingsplan/follow_up.hpp"

#include "handlingsplan/errors.hpp"
#include "handlingsplan/measure_id.hpp"
#include "text.hpp"

namespace handlingsplan {

FollowUp::FollowUp(std::string introduction, std::vector<FollowUpNote> notes,
                   std::map<int, std::string> results)
    : introduction_(std::move(introduction)),
      notes_(std::move(notes)),
      results_(std::move(results)) {
    detail::require_utf8(introduction_, "the introduction of the Uppföljning chapter");
    for (const auto& note : notes_) {
        detail::require_utf8(note.title, "the title of a note of the Uppföljning chapter");
        detail::require_utf8(note.text,
                             [&] { return "the text of the note \"" + note.title + "\""; });
        if (detail::trim(note.title).empty() || detail::trim(note.text).empty()) {
            throw InvalidValue("a note of the Uppföljning chapter needs a title and a text",
                               "en notis i kapitlet Uppföljning behöver en rubrik och en text");
        }
    }
    for (const auto& [priority, text] : results_) {
        // A structured binding is captured by name only from C++20 on, and clang 14 refuses.
        detail::require_utf8(text, [number = priority] {
            return "the results of priority " + std::to_string(number) +
                   " in the Uppföljning chapter";
        });
        if (priority < 1 || priority > max_id_part) {
            const std::string last = std::to_string(max_id_part);
            throw InvalidValue(
                "the Uppföljning chapter names priority " + std::to_string(priority) +
                    "; priorities are numbered from 1 to " + last,
                "kapitlet Uppföljning nämner prioritering " + std::to_string(priority) +
                    "; prioriteringar numreras från 1 till " + last);
        }
        if (detail::trim(text).empty()) {
            throw InvalidValue("the results of priority " + std::to_string(priority) +
                                   " in the Uppföljning chapter are empty",
                               "resultaten för prioritering " + std::to_string(priority) +
                                   " i kapitlet Uppföljning är tomma");
        }
    }
}

const std::string* FollowUp::results_for(int priority) const noexcept {
    const auto it = results_.find(priority);
    return it == results_.end() ? nullptr : &it->second;
}

}  // namespace handlingsplan
