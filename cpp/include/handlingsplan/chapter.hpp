// The prose chapters of a yearly report (Sammanfattning, Introduktion, Myndigheternas arbete med
// handlingsplanen, Extern samverkan, Slutord): a heading and its text as blocks (paragraphs,
// subheadings such as "Nationell strategi", lists), and the chapters' published order.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// The chapters of a report in their published order (the 2021 report's): the prose chapters,
// and where the Uppföljning chapter (FollowUp) and the Åtgärder chapter (the measures) stand.
inline constexpr std::string_view summary_chapter = "Sammanfattning";
inline constexpr std::string_view introduction_chapter = "Introduktion";
inline constexpr std::string_view agencies_work_chapter =
    "Myndigheternas arbete med handlingsplanen";
inline constexpr std::string_view collaboration_chapter = "Extern samverkan";
inline constexpr std::string_view follow_up_chapter = "Uppföljning";
inline constexpr std::string_view measures_chapter = "Åtgärder";
inline constexpr std::string_view closing_chapter = "Slutord";

// Every chapter heading in the published order (the seven above).
const std::vector<std::string_view>& chapter_order() noexcept;
// The headings a ProseChapter may have: chapter_order() without Uppföljning and Åtgärder, which
// the report holds as structures of their own.
const std::vector<std::string_view>& prose_chapter_headings() noexcept;
// The place of `heading` in chapter_order(); nullopt for a heading that is not one of them.
std::optional<std::size_t> chapter_position(std::string_view heading) noexcept;

// @throws InvalidValue (with the nearest heading) for a heading that is not one of
// prose_chapter_headings().
void require_prose_chapter_heading(const std::string& heading);

// What a block of a chapter is.
enum class ChapterBlockKind { paragraph, heading, bullets, numbered };
// "paragraph", "heading", "bullets", "numbered" (as the plan file writes them);
// parse_chapter_block_kind is the inverse (@throws ParseError for any other word).
std::string_view chapter_block_kind_text(ChapterBlockKind kind) noexcept;
ChapterBlockKind parse_chapter_block_kind(std::string_view text);

// A paragraph or a subheading (text), or a bullet or numbered list (items).
class ChapterBlock {
public:
    // @throws InvalidValue for a blank text (paragraph, heading) or a list without items or with
    // a blank item.
    static ChapterBlock paragraph(std::string text);
    static ChapterBlock heading(std::string text);
    static ChapterBlock bullets(std::vector<std::string> items);
    static ChapterBlock numbered(std::vector<std::string> items);

    ChapterBlockKind kind() const noexcept { return kind_; }
    bool is_list() const noexcept {
        return kind_ == ChapterBlockKind::bullets || kind_ == ChapterBlockKind::numbered;
    }
    // The paragraph's or heading's text; empty for a list.
    const std::string& text() const noexcept { return text_; }
    // The list's items; empty for a paragraph or heading.
    const std::vector<std::string>& items() const noexcept { return items_; }

    bool operator==(const ChapterBlock&) const = default;

private:
    ChapterBlock(ChapterBlockKind kind, std::string text, std::vector<std::string> items);
    ChapterBlockKind kind_;
    std::string text_;
    std::vector<std::string> items_;
};

// A prose chapter of a report. A draft report starts with the chapters of the report before it,
// each marked as carried over ("taken from the 2021 report") until it is edited.
class ProseChapter {
public:
    // @throws InvalidValue for a heading that is not one of prose_chapter_headings() (with the
    // nearest one), a chapter without blocks, or a carried_over_from year outside
    // [min_year, max_year].
    ProseChapter(std::string heading, std::vector<ChapterBlock> blocks,
                 std::optional<int> carried_over_from = std::nullopt);

    const std::string& heading() const noexcept { return heading_; }
    const std::vector<ChapterBlock>& blocks() const noexcept { return blocks_; }
    // The year of the report whose text this is, where it was carried over unedited.
    const std::optional<int>& carried_over_from() const noexcept { return carried_over_from_; }
    // The texts of the paragraphs, in order (subheadings and lists left out).
    std::vector<std::string> paragraphs() const;
    // The same chapter as its own (the mark of being carried over taken off).
    ProseChapter edited() const;

    bool operator==(const ProseChapter&) const = default;

private:
    std::string heading_;
    std::vector<ChapterBlock> blocks_;
    std::optional<int> carried_over_from_;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
