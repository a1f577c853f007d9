// A report's measures column by column (see columns.hpp).
#include "handlingsplan/columns.hpp"

#include <cstddef>

namespace handlingsplan {

namespace {

std::optional<std::string> marking(const Measure& measure) {
    if (!measure.chapter_marking()) return std::nullopt;
    return std::string(chapter_marking_text(*measure.chapter_marking()));
}

}  // namespace

MeasureColumns measure_columns(const Report& report) {
    MeasureColumns c;
    const std::size_t n = report.measures().size();
    for (auto* column : {&c.id, &c.objective, &c.title, &c.title_in_appendix, &c.description,
                         &c.agency_text, &c.agencies_in_appendix, &c.status}) {
        column->reserve(n);
    }
    for (const Measure& m : report.measures()) {
        const MeasureId& id = m.id();
        c.id.push_back(id.to_string());
        c.priority.push_back(id.priority());
        c.objective.push_back(id.objective().to_string());
        c.number.push_back(id.number());
        c.title.push_back(m.title());
        c.title_in_appendix.push_back(m.title_in_appendix());
        c.description.push_back(m.description());
        c.agency_text.push_back(m.agencies().text());
        c.agencies_in_appendix.push_back(m.agencies_in_appendix());
        c.agencies.push_back(m.agencies().all());
        c.responsible.push_back(m.agencies().responsible());
        const auto& period = m.period();
        c.period.push_back(period ? std::optional<std::string>(period->to_string()) : std::nullopt);
        c.period_start.push_back(period ? std::optional<int>(period->start_year()) : std::nullopt);
        c.period_end.push_back(period ? period->end_year() : std::nullopt);
        c.open_ended.push_back(period && period->is_open_ended());
        const Status& status = m.status();
        const StatusKind kind = status.kind();
        c.status.emplace_back(status_kind_text(kind));
        c.active.push_back(status.is_active());
        c.updated_aspects.push_back(status.updated_aspects());
        c.completed_year.push_back(kind == StatusKind::completed ? status.year() : std::nullopt);
        c.withdrawn_year.push_back(kind == StatusKind::withdrawn ? status.year() : std::nullopt);
        c.withdrawn_reason.push_back(kind == StatusKind::withdrawn
                                         ? std::optional<std::string>(status.reason())
                                         : std::nullopt);
        c.page.push_back(m.page());
        c.chapter_marking.push_back(marking(m));
    }
    return c;
}

AgencyRoleColumns agency_role_columns(const Report& report, const AgencyRegistry& registry) {
    AgencyRoleColumns c;
    for (const Measure& m : report.measures()) {
        const MeasureId& id = m.id();
        const std::string id_text = id.to_string();
        const std::string objective = id.objective().to_string();
        const std::string_view status = status_kind_text(m.status().kind());
        for (const AgencyRole& role : m.agencies().roles()) {
            const Agency* agency = registry.find(role.agency);
            c.id.push_back(id_text);
            c.priority.push_back(id.priority());
            c.objective.push_back(objective);
            c.agency.push_back(agency ? agency->short_name() : role.agency);
            c.agency_name.push_back(agency ? agency->name() : role.agency);
            c.samfi.push_back(agency && agency->samfi());
            c.role.emplace_back(role_text(role.role));
            c.responsible.push_back(role.role == Role::responsible);
            c.status.emplace_back(status);
        }
    }
    return c;
}

}  // namespace handlingsplan
