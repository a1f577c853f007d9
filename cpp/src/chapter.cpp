#include "handlingsplan/chapter.hpp"

#include <algorithm>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/period.hpp"
#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr detail::Names<ChapterBlockKind, 4> block_kind_names{{
    {ChapterBlockKind::paragraph, "paragraph"},
    {ChapterBlockKind::heading, "heading"},
    {ChapterBlockKind::bullets, "bullets"},
    {ChapterBlockKind::numbered, "numbered"},
}};

std::string listed(const std::vector<std::string_view>& headings) {
    std::string out;
    for (const auto heading : headings) {
        if (!out.empty()) out += ", ";
        out += "\"" + std::string(heading) + "\"";
    }
    return out;
}

}  // namespace

void require_prose_chapter_heading(const std::string& heading) {
    const auto& known = prose_chapter_headings();
    if (std::find(known.begin(), known.end(), heading) != known.end()) return;
    detail::require_utf8(heading, "a chapter's heading");
    std::string message =
        "\"" + heading + "\" is not a prose chapter of a report; expected one of " + listed(known);
    std::string swedish = "\"" + heading + "\" är inget kapitel i en redovisning; ett av " +
                          listed(known) + " väntades";
    const std::vector<std::string> candidates(known.begin(), known.end());
    if (const auto near = detail::closest(heading, candidates)) {
        message += " (did you mean \"" + *near + "\"?)";
        swedish += " (menade du \"" + *near + "\"?)";
    }
    throw InvalidValue(message, swedish);
}

const std::vector<std::string_view>& chapter_order() noexcept {
    static const std::vector<std::string_view> order{
        summary_chapter,   introduction_chapter, agencies_work_chapter, collaboration_chapter,
        follow_up_chapter, measures_chapter,     closing_chapter};
    return order;
}

const std::vector<std::string_view>& prose_chapter_headings() noexcept {
    static const std::vector<std::string_view> prose = [] {
        std::vector<std::string_view> out;
        for (const auto heading : chapter_order()) {
            if (heading != follow_up_chapter && heading != measures_chapter) out.push_back(heading);
        }
        return out;
    }();
    return prose;
}

std::optional<std::size_t> chapter_position(std::string_view heading) noexcept {
    const auto& order = chapter_order();
    const auto it = std::find(order.begin(), order.end(), heading);
    if (it == order.end()) return std::nullopt;
    return static_cast<std::size_t>(it - order.begin());
}

std::string_view chapter_block_kind_text(ChapterBlockKind kind) noexcept {
    return detail::name_of(block_kind_names, kind);
}

ChapterBlockKind parse_chapter_block_kind(std::string_view text) {
    if (const auto kind = detail::value_of(block_kind_names, text)) return *kind;
    throw ParseError("chapter block kind", std::string(text),
                     detail::expected_names(block_kind_names),
                     detail::closest_name(block_kind_names, text));
}

ChapterBlock::ChapterBlock(ChapterBlockKind kind, std::string text, std::vector<std::string> items)
    : kind_(kind), text_(std::move(text)), items_(std::move(items)) {
    const std::string what(chapter_block_kind_text(kind));
    if (!is_list()) {
        detail::require_text(text_, "the text of a " + what);
        return;
    }
    if (items_.empty()) {
        throw InvalidValue("a list (" + what + ") of a chapter has no items",
                           "en lista i ett kapitel saknar punkter");
    }
    for (std::size_t i = 0; i < items_.size(); ++i) {
        detail::require_text(items_[i], [&] {
            return "item " + std::to_string(i + 1) + " of a list (" + what + ")";
        });
    }
}

ChapterBlock ChapterBlock::paragraph(std::string text) {
    return {ChapterBlockKind::paragraph, std::move(text), {}};
}
ChapterBlock ChapterBlock::heading(std::string text) {
    return {ChapterBlockKind::heading, std::move(text), {}};
}
ChapterBlock ChapterBlock::bullets(std::vector<std::string> items) {
    return {ChapterBlockKind::bullets, {}, std::move(items)};
}
ChapterBlock ChapterBlock::numbered(std::vector<std::string> items) {
    return {ChapterBlockKind::numbered, {}, std::move(items)};
}

ProseChapter::ProseChapter(std::string heading, std::vector<ChapterBlock> blocks,
                           std::optional<int> carried_over_from)
    : heading_(std::move(heading)),
      blocks_(std::move(blocks)),
      carried_over_from_(carried_over_from) {
    require_prose_chapter_heading(heading_);
    if (blocks_.empty()) {
        throw InvalidValue("the chapter \"" + heading_ + "\" has no text",
                           "kapitlet \"" + heading_ + "\" har ingen text");
    }
    if (carried_over_from_ && (*carried_over_from_ < min_year || *carried_over_from_ > max_year)) {
        const std::string year = std::to_string(*carried_over_from_);
        const std::string range = std::to_string(min_year) + "–" + std::to_string(max_year);
        throw InvalidValue(
            "the chapter \"" + heading_ + "\" is carried over from the year " + year +
                ", outside " + range,
            "kapitlet \"" + heading_ + "\" är överfört från år " + year + ", utanför " + range);
    }
}

std::vector<std::string> ProseChapter::paragraphs() const {
    std::vector<std::string> out;
    for (const auto& block : blocks_) {
        if (block.kind() == ChapterBlockKind::paragraph) out.push_back(block.text());
    }
    return out;
}

ProseChapter ProseChapter::edited() const {
    ProseChapter copy = *this;
    copy.carried_over_from_.reset();
    return copy;
}

}  // namespace handlingsplan
