#include "handlingsplan/appendix.hpp"

#include <algorithm>
#include <map>

#include "text.hpp"

namespace handlingsplan {
namespace {

std::string printed_id(const MeasureId& id) { return id.to_string() + "."; }

// A cell of `parts` (title, description, reason …), each split at its blank lines into trimmed
// paragraphs; empty ones are left out.
AppendixCell cell(std::initializer_list<std::string_view> parts, bool titled = false) {
    AppendixCell out{{}, titled};
    for (const auto part : parts) {
        std::size_t start = 0;
        while (start <= part.size()) {
            const std::size_t end = std::min(part.find("\n\n", start), part.size());
            const std::string_view paragraph = detail::trim(part.substr(start, end - start));
            if (!paragraph.empty()) out.paragraphs.emplace_back(paragraph);
            start = end + 2;
        }
    }
    return out;
}

AppendixSection current_section(const Plan& plan, const Report& report) {
    const PlanWords& words = plan.words();
    constexpr auto kind = AppendixSectionKind::current;
    AppendixSection section{kind, appendix_section_title(words.appendix, kind), {}};
    std::map<int, AppendixTable> tables;
    for (const auto& priority : plan.priorities()) {
        tables[priority.number()] =
            AppendixTable{words.priority_heading(priority.number(), priority.title()),
                          priority.number(),
                          appendix_columns(words.appendix, kind),
                          {}};
    }
    for (const auto& measure : report.measures()) {
        if (!measure.status().is_active()) continue;
        const int number = measure.id().priority();
        auto [it, added] = tables.try_emplace(number);
        if (added) {
            it->second = AppendixTable{
                words.priority_heading(number), number, appendix_columns(words.appendix, kind), {}};
        }
        it->second.rows.push_back(
            {measure.id(),
             {cell({printed_id(measure.id())}), cell({measure.title_in_appendix()}),
              cell({measure.agencies_in_appendix()}), cell({measure.status().appendix_text()}),
              cell({measure.page() ? std::to_string(*measure.page()) : std::string()})}});
    }
    for (auto& [number, table] : tables) section.tables.push_back(std::move(table));
    return section;
}

AppendixSection ended_section(const AppendixWords& words, const Report& report,
                              AppendixSectionKind kind) {
    const bool completed = kind == AppendixSectionKind::completed;
    AppendixSection section{kind, appendix_section_title(words, kind), {}};
    AppendixTable table{"", std::nullopt, appendix_columns(words, kind), {}};
    const StatusKind wanted = completed ? StatusKind::completed : StatusKind::withdrawn;
    for (const auto& measure : report.measures()) {
        const Status& status = measure.status();
        if (status.kind() != wanted) continue;
        table.rows.push_back(
            {measure.id(),
             {cell({printed_id(measure.id())}),
              cell({measure.title_in_appendix(), measure.description(), status.reason()}, true),
              cell({measure.agencies_in_appendix()}), cell({std::to_string(*status.year())})}});
    }
    section.tables.push_back(std::move(table));
    return section;
}

}  // namespace

std::string AppendixCell::text() const {
    std::string joined;
    for (const auto& paragraph : paragraphs) {
        if (!joined.empty()) joined += "\n\n";
        joined += paragraph;
    }
    return joined;
}

std::vector<std::string> appendix_columns(const AppendixWords& words, AppendixSectionKind kind) {
    switch (kind) {
    case AppendixSectionKind::current:
        return {words.number_column, words.measure_column, words.agencies_column,
                words.status_column, words.page_column};
    case AppendixSectionKind::completed:
        return {words.number_column, words.measure_column, words.agencies_column,
                words.completed_column};
    case AppendixSectionKind::withdrawn:
        return {words.number_column, words.measure_column, words.agencies_column,
                words.withdrawn_column};
    }
    return {};
}

const std::string& appendix_section_title(const AppendixWords& words, AppendixSectionKind kind) {
    switch (kind) {
    case AppendixSectionKind::current: return words.current;
    case AppendixSectionKind::completed: return words.completed;
    case AppendixSectionKind::withdrawn: return words.withdrawn;
    }
    return words.current;
}

std::string_view appendix_section_kind_text(AppendixSectionKind kind) noexcept {
    switch (kind) {
    case AppendixSectionKind::current: return "aktuella";
    case AppendixSectionKind::completed: return "genomförda";
    case AppendixSectionKind::withdrawn: return "avskrivna";
    }
    return {};
}

Appendix build_appendix(const Plan& plan, int year) {
    const Report& report = plan.report(year);
    const AppendixWords& words = plan.words().appendix;
    return Appendix{year,
                    words.title,
                    words.intro,
                    {current_section(plan, report),
                     ended_section(words, report, AppendixSectionKind::completed),
                     ended_section(words, report, AppendixSectionKind::withdrawn)},
                    plan.words()};
}

}  // namespace handlingsplan
