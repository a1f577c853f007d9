// The status of a measure in one yearly report, relative to the report before.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

enum class StatusKind {
    ongoing,    // pågående: unchanged since last year (unmarked in the report)
    added,      // ny: "Ny åtgärd"
    updated,    // uppdaterad: changed in schedule (tidplan) and/or content (innehåll)
    completed,  // genomförd, with the year it finished ("Klar")
    withdrawn,  // avskriven, with the year and the reason
};

// "pågående", "ny", "uppdaterad", "genomförd", "avskriven"; parse_status_kind is the inverse
// (@throws ParseError for any other word, with the nearest one as did_you_mean).
std::string_view status_kind_text(StatusKind kind) noexcept;
StatusKind parse_status_kind(std::string_view text);

// Still part of the plan: ongoing, added or updated (not completed or withdrawn).
bool is_active(StatusKind kind) noexcept;

// The words of the two aspects an update has: "tidplan" (schedule) and "innehåll" (content).
std::string_view schedule_aspect_text() noexcept;
std::string_view content_aspect_text() noexcept;

// The marking the Åtgärder chapter prints beside a title: "Ny åtgärd" for added, "Uppdaterad"
// for updated (empty for the other kinds); parse_chapter_marking is the inverse (ParseError).
std::string_view chapter_marking_text(StatusKind kind) noexcept;
StatusKind parse_chapter_marking(std::string_view text);

class Status {
public:
    static Status ongoing() { return Status(StatusKind::ongoing); }
    static Status added() { return Status(StatusKind::added); }
    // At least one aspect must be set (InvalidValue).
    static Status updated(bool schedule, bool content);
    static Status completed(int year);
    static Status withdrawn(int year, std::string reason);

    // From Bilaga 1's Status column: "", "Ny åtgärd", "Uppdaterad, tidplan",
    // "Uppdaterad, innehåll", "Uppdaterad, tidplan och innehåll" (ParseError otherwise).
    static Status parse_appendix_text(std::string_view text);

    StatusKind kind() const noexcept { return kind_; }
    // Still part of the plan: ongoing, added or updated.
    bool is_active() const noexcept;
    bool schedule_updated() const noexcept { return schedule_; }
    bool content_updated() const noexcept { return content_; }
    // The year a completed or withdrawn measure ended.
    std::optional<int> year() const noexcept { return year_; }
    // Why a measure was withdrawn (empty for other kinds).
    const std::string& reason() const noexcept { return reason_; }

    // The text of Bilaga 1's Status column; empty for ongoing, completed and withdrawn.
    std::string appendix_text() const;
    // What was updated: "tidplan", "innehåll" or "tidplan och innehåll" (empty unless updated).
    std::string aspects_text() const;
    // The aspects one by one: {"tidplan"}, {"innehåll"}, both, or none.
    std::vector<std::string> updated_aspects() const;
    // The same aspects handed to `f` one by one (a std::string_view each), nothing copied.
    template <class F>
    void for_each_updated_aspect(F&& f) const {
        if (kind_ != StatusKind::updated) return;
        if (schedule_) f(schedule_aspect_text());
        if (content_) f(content_aspect_text());
    }
    // The status as the report prints it: Bilaga 1's Status text where it has one ("Ny åtgärd",
    // "Uppdaterad, tidplan"), else the kind with the year a measure ended ("genomförd 2020"),
    // else the kind ("pågående").
    std::string printed_text() const;

    bool operator==(const Status&) const = default;

private:
    explicit Status(StatusKind kind) : kind_(kind) {}
    StatusKind kind_;
    bool schedule_ = false;
    bool content_ = false;
    std::optional<int> year_;
    std::string reason_;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
