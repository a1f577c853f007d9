#include "handlingsplan/appendix.hpp"

#include <algorithm>
#include <map>

#include "text.hpp"

namespace handlingsplan {
namespace {

constexpr const char* appendix_title = "Bilaga 1: Förteckning över åtgärder";
constexpr const char* appendix_intro =
    "Bilagan innehåller en överskådlig lista på samtliga åtgärder i handlingsplanen. Åtgärder som "
    "avslutats återfinns i avsnittet ”Genomförda åtgärder” nedan. Åtgärder som inte längre är "
    "relevanta att genomföra återfinns under avsnittet ”Avskrivna åtgärder” nedan.";

std::string printed_id(const MeasureId& id) { return id.to_string() + "."; }

std::string priority_heading(int number, const std::string& title) {
    const std::string heading = "Strategisk prioritering " + std::to_string(number) + ".";
    return title.empty() ? heading : heading + " " + title;
}

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
    AppendixSection section{AppendixSectionKind::current, "Aktuella åtgärder", {}};
    std::map<int, AppendixTable> tables;
    for (const auto& priority : plan.priorities()) {
        tables[priority.number()] =
            AppendixTable{priority_heading(priority.number(), priority.title()),
                          priority.number(),
                          {"#", "Åtgärd", "Ansvarig myndighet", "Status", "Sida"},
                          {}};
    }
    for (const auto& measure : report.measures()) {
        if (!measure.status().is_active()) continue;
        const int number = measure.id().priority();
        auto [it, added] = tables.try_emplace(number);
        if (added) {
            it->second = AppendixTable{priority_heading(number, ""),
                                       number,
                                       {"#", "Åtgärd", "Ansvarig myndighet", "Status", "Sida"},
                                       {}};
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

AppendixSection ended_section(const Report& report, AppendixSectionKind kind) {
    const bool completed = kind == AppendixSectionKind::completed;
    AppendixSection section{kind, completed ? "Genomförda åtgärder" : "Avskrivna åtgärder", {}};
    AppendixTable table{"",
                        std::nullopt,
                        {"#", "Åtgärd", "Ansvarig myndighet", completed ? "Klar" : "Avskriven"},
                        {}};
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
    return Appendix{
        year,
        appendix_title,
        appendix_intro,
        {current_section(plan, report), ended_section(report, AppendixSectionKind::completed),
         ended_section(report, AppendixSectionKind::withdrawn)}};
}

}  // namespace handlingsplan
