#include "handlingsplan/status.hpp"

#include <array>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/period.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr detail::Names<StatusKind, 5> kind_names{{
    {StatusKind::ongoing, "pågående"},
    {StatusKind::added, "ny"},
    {StatusKind::updated, "uppdaterad"},
    {StatusKind::completed, "genomförd"},
    {StatusKind::withdrawn, "avskriven"},
}};

constexpr std::string_view new_text = "Ny åtgärd";

constexpr detail::Names<StatusKind, 2> marking_names{{
    {StatusKind::added, new_text},
    {StatusKind::updated, "Uppdaterad"},
}};
constexpr std::string_view updated_prefix = "Uppdaterad, ";
constexpr std::string_view schedule_text = "tidplan";
constexpr std::string_view content_text = "innehåll";
constexpr std::string_view both_text = "tidplan och innehåll";

}  // namespace

std::string_view status_kind_text(StatusKind kind) noexcept {
    return detail::name_of(kind_names, kind);
}

StatusKind parse_status_kind(std::string_view text) {
    if (const auto kind = detail::value_of(kind_names, text)) return *kind;
    throw ParseError("status", std::string(text), detail::expected_names(kind_names),
                     detail::closest_name(kind_names, text));
}

bool is_active(StatusKind kind) noexcept {
    return kind == StatusKind::ongoing || kind == StatusKind::added || kind == StatusKind::updated;
}

std::string_view schedule_aspect_text() noexcept { return schedule_text; }
std::string_view content_aspect_text() noexcept { return content_text; }

std::string_view chapter_marking_text(StatusKind kind) noexcept {
    return detail::name_of(marking_names, kind);
}

StatusKind parse_chapter_marking(std::string_view text) {
    if (const auto kind = detail::value_of(marking_names, text)) return *kind;
    throw ParseError("chapter marking", std::string(text), detail::expected_names(marking_names),
                     detail::closest_name(marking_names, text));
}

Status Status::updated(bool schedule, bool content) {
    if (!schedule && !content) {
        throw InvalidValue(
            "an updated measure is updated in its schedule (tidplan), its content "
            "(innehåll) or both",
            "en uppdaterad åtgärd är uppdaterad i tidplan, innehåll eller båda");
    }
    Status status(StatusKind::updated);
    status.schedule_ = schedule;
    status.content_ = content;
    return status;
}

Status Status::completed(int year) {
    check_year(year, "the completion year");
    Status status(StatusKind::completed);
    status.year_ = year;
    return status;
}

Status Status::withdrawn(int year, std::string reason) {
    check_year(year, "the withdrawal year");
    detail::require_utf8(reason, "the reason for a withdrawal");
    Status status(StatusKind::withdrawn);
    status.year_ = year;
    status.reason_ = std::move(reason);
    return status;
}

Status Status::parse_appendix_text(std::string_view text) {
    const std::string normal = detail::collapse_spaces(text);
    if (normal.empty()) return ongoing();
    if (normal == new_text) return added();
    if (normal.starts_with(updated_prefix)) {
        const std::string_view aspects = std::string_view(normal).substr(updated_prefix.size());
        if (aspects == schedule_text) return updated(true, false);
        if (aspects == content_text) return updated(false, true);
        if (aspects == both_text) return updated(true, true);
    }
    throw ParseError("status text", std::string(text),
                     ExpectedText{"\"\", \"Ny åtgärd\", \"Uppdaterad, tidplan\", \"Uppdaterad, "
                                  "innehåll\" or \"Uppdaterad, tidplan och innehåll\"",
                                  "\"\", \"Ny åtgärd\", \"Uppdaterad, tidplan\", \"Uppdaterad, "
                                  "innehåll\" eller \"Uppdaterad, tidplan och innehåll\""});
}

bool Status::is_active() const noexcept { return handlingsplan::is_active(kind_); }

std::string Status::aspects_text() const {
    if (kind_ != StatusKind::updated) return {};
    return std::string(schedule_ && content_ ? both_text
                       : schedule_           ? schedule_text
                                             : content_text);
}

std::vector<std::string> Status::updated_aspects() const {
    std::vector<std::string> aspects;
    for_each_updated_aspect([&](std::string_view aspect) { aspects.emplace_back(aspect); });
    return aspects;
}

std::string Status::appendix_text() const {
    switch (kind_) {
    case StatusKind::added: return std::string(new_text);
    case StatusKind::updated: return std::string(updated_prefix) + aspects_text();
    default: return {};
    }
}

std::string Status::printed_text() const {
    if (std::string text = appendix_text(); !text.empty()) return text;
    std::string text(status_kind_text(kind_));
    if (year_) text += " " + std::to_string(*year_);
    return text;
}

}  // namespace handlingsplan
