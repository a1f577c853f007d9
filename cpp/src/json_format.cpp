#include "json_format.hpp"

#include <set>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "handlingsplan/json_io.hpp"

namespace handlingsplan::detail {
namespace {

// A date: "YYYY-MM-DD".

boost::gregorian::date read_date(const Node& node) {
    const std::string text = node.string();
    const auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
        }
        return true;
    };
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(0, 4) &&
                        digits(5, 2) && digits(8, 2);
    if (!shaped) node.fail("expected a date as \"YYYY-MM-DD\", found \"" + text + "\"");
    const int year = std::stoi(text.substr(0, 4));
    if (year < min_year || year > max_year) {
        node.fail("the year of \"" + text + "\" is outside " + std::to_string(min_year) + "–" +
                  std::to_string(max_year));
    }
    try {
        return boost::gregorian::date(static_cast<unsigned short>(year),
                                      static_cast<unsigned short>(std::stoi(text.substr(5, 2))),
                                      static_cast<unsigned short>(std::stoi(text.substr(8, 2))));
    } catch (const std::out_of_range&) {
        // Boost.Date_Time's bad_month and bad_day_of_month derive from std::out_of_range.
        node.fail("\"" + text + "\" is not a date in the calendar");
    }
}

json write_date(const boost::gregorian::date& day) {
    return boost::gregorian::to_iso_extended_string(day);
}

// A period: its canonical form only (Period::to_string), so that what is read is what is written.

Period read_period(const Node& node) {
    const std::string text = node.string();
    const Period period = node.build([&] { return Period::parse(text); });
    if (period.to_string() != text) {
        node.fail("expected the period in its canonical form \"" + period.to_string() +
                  "\", found \"" + text + "\"");
    }
    return period;
}

json write_period(const std::optional<Period>& period) {
    return period ? json(period->to_string()) : json(nullptr);
}

// A status: {"kind": ..., "aspects"/"year"/"reason" as the kind needs}.

Status read_status(const Node& node) {
    if (!node.has("kind")) node.expect_object({"kind"});
    const Node kind_node = node["kind"];
    const StatusKind kind = kind_node.build([&] { return parse_status_kind(kind_node.string()); });
    switch (kind) {
    case StatusKind::ongoing:
        node.expect_object({"kind"});
        return Status::ongoing();
    case StatusKind::added:
        node.expect_object({"kind"});
        return Status::added();
    case StatusKind::updated: {
        node.expect_object({"kind", "aspects"});
        bool schedule = false, content = false;
        for (const Node& aspect : node["aspects"].items()) {
            const std::string name = aspect.string();
            bool& flag = name == "tidplan" ? schedule : content;
            if (name != "tidplan" && name != "innehåll") {
                aspect.fail("expected \"tidplan\" or \"innehåll\", found \"" + name + "\"");
            }
            if (flag) aspect.fail("\"" + name + "\" is listed twice");
            flag = true;
        }
        return node.build([&] { return Status::updated(schedule, content); });
    }
    case StatusKind::completed:
        node.expect_object({"kind", "year"});
        return Status::completed(node["year"].year());
    case StatusKind::withdrawn:
        node.expect_object({"kind", "year", "reason"});
        return Status::withdrawn(node["year"].year(), node["reason"].string());
    }
    node.fail("unknown status");
}

json write_status(const Status& s) {
    json status = {{"kind", status_kind_text(s.kind())}};
    switch (s.kind()) {
    case StatusKind::updated:
        status["aspects"] = json::array();
        if (s.schedule_updated()) status["aspects"].push_back("tidplan");
        if (s.content_updated()) status["aspects"].push_back("innehåll");
        break;
    case StatusKind::completed:
        status["year"] = *s.year();
        break;
    case StatusKind::withdrawn:
        status["year"] = *s.year();
        status["reason"] = s.reason();
        break;
    default:
        break;
    }
    return status;
}

// A measure's agencies: the phrase as printed and the roles it gives.

Agencies read_agencies(const Node& node) {
    node.expect_object({"text", "roles"});
    std::vector<AgencyRole> roles;
    for (const Node& entry : node["roles"].items()) {
        entry.expect_object({"agency", "role"});
        const Node role = entry["role"];
        roles.push_back({entry["agency"].text(), role.build([&] { return parse_role(role.string()); })});
    }
    return node.build([&] { return Agencies(node["text"].text(), std::move(roles)); });
}

json write_agencies(const Agencies& agencies) {
    json out = {{"text", agencies.text()}, {"roles", json::array()}};
    for (const auto& entry : agencies.roles()) {
        out["roles"].push_back(json{{"agency", entry.agency}, {"role", role_text(entry.role)}});
    }
    return out;
}

// A measure.

Measure read_measure(const Node& node) {
    node.expect_object({"id", "title", "description", "agencies", "period", "page", "status"},
                       {"chapter_marking", "appendix"});
    const Node id_node = node["id"];
    MeasureFields f{
        .id = id_node.build([&] { return MeasureId::parse(id_node.string()); }),
        .title = node["title"].text(),
        .description = node["description"].string(),
        .agencies = read_agencies(node["agencies"]),
    };
    if (!node["period"].is_null()) f.period = read_period(node["period"]);
    if (!node["page"].is_null()) f.page = node["page"].integer(min_page, max_page);
    f.status = node.build([&] { return read_status(node["status"]); });
    if (node.has("chapter_marking")) {
        const Node marking = node["chapter_marking"];
        f.chapter_marking = marking.build([&] { return parse_chapter_marking(marking.string()); });
    }
    if (node.has("appendix")) {
        const Node appendix = node["appendix"];
        appendix.expect_object({}, {"title", "agencies"});
        if (appendix.has("title")) f.appendix_title = appendix["title"].text();
        if (appendix.has("agencies")) f.appendix_agencies = appendix["agencies"].text();
        if (!f.appendix_title && !f.appendix_agencies) appendix.fail("expected \"title\" or \"agencies\"");
    }
    return node.build([&] { return Measure(std::move(f)); });
}

json write_measure(const Measure& m) {
    json out = {
        {"id", m.id().to_string()},
        {"title", m.title()},
        {"description", m.description()},
        {"agencies", write_agencies(m.agencies())},
        {"period", write_period(m.period())},
        {"page", m.page() ? json(*m.page()) : json(nullptr)},
        {"status", write_status(m.status())},
    };
    if (m.chapter_marking()) out["chapter_marking"] = chapter_marking_text(*m.chapter_marking());
    if (m.appendix_title() || m.appendix_agencies()) {
        json appendix = json::object();
        if (m.appendix_title()) appendix["title"] = *m.appendix_title();
        if (m.appendix_agencies()) appendix["agencies"] = *m.appendix_agencies();
        out["appendix"] = std::move(appendix);
    }
    return out;
}

// A yearly report.

Report read_report(const Node& node) {
    node.expect_object({"year", "submitted", "measures"});
    const int year = node["year"].year();
    const auto submitted = read_date(node["submitted"]);
    std::vector<Measure> measures;
    std::set<MeasureId> seen;
    for (const Node& entry : node["measures"].items()) {
        measures.push_back(read_measure(entry));
        if (!seen.insert(measures.back().id()).second) {
            entry["id"].fail("measure " + measures.back().id().to_string() +
                             " is listed twice in this report");
        }
    }
    return node.build([&] { return Report(year, submitted, std::move(measures)); });
}

json write_report(const Report& report) {
    json measures = json::array();
    for (const auto& m : report.measures()) measures.push_back(write_measure(m));
    return {{"year", report.year()}, {"submitted", write_date(report.submitted())},
            {"measures", std::move(measures)}};
}

// A strategic priority with its objectives.

Priority read_priority(const Node& node) {
    node.expect_object({"number", "title", "objectives"});
    const int number = node["number"].integer(1, max_id_part);
    std::vector<Objective> objectives;
    for (const Node& entry : node["objectives"].items()) {
        entry.expect_object({"id", "text"});
        const Node id = entry["id"];
        objectives.push_back({id.build([&] { return ObjectiveId::parse(id.string()); }),
                              entry["text"].text()});
        if (objectives.back().id.priority() != number) {
            id.fail("objective " + objectives.back().id.to_string() +
                    " does not belong to strategic priority " + std::to_string(number));
        }
    }
    return node.build([&] { return Priority(number, node["title"].text(), std::move(objectives)); });
}

json write_priority(const Priority& p) {
    json objectives = json::array();
    for (const auto& o : p.objectives()) {
        objectives.push_back(json{{"id", o.id.to_string()}, {"text", o.text}});
    }
    return {{"number", p.number()}, {"title", p.title()}, {"objectives", std::move(objectives)}};
}

// An agency of the plan's registry.

Agency read_agency(const Node& node) {
    node.expect_object({"short_name", "name", "samfi"});
    return node.build([&] {
        return Agency(node["short_name"].text(), node["name"].text(), node["samfi"].boolean());
    });
}

json write_agency(const Agency& a) {
    return {{"short_name", a.short_name()}, {"name", a.name()}, {"samfi", a.samfi()}};
}

}  // namespace

// The plan.

Plan read_plan(const Node& root) {
    root.expect_object({"schema_version", "title", "first_year", "last_year", "agencies",
                        "priorities", "reports"});
    const Node version = root["schema_version"];
    if (version.integer(0, 1'000'000) != schema_version) {
        version.fail("this version of handlingsplan reads schema_version " +
                     std::to_string(schema_version));
    }
    std::vector<Agency> agencies;
    for (const Node& entry : root["agencies"].items()) agencies.push_back(read_agency(entry));
    const Node agencies_node = root["agencies"];
    AgencyRegistry registry = agencies_node.build([&] { return AgencyRegistry(std::move(agencies)); });
    std::vector<Priority> priorities;
    for (const Node& entry : root["priorities"].items()) priorities.push_back(read_priority(entry));
    std::vector<Report> reports;
    std::set<int> years;
    for (const Node& entry : root["reports"].items()) {
        reports.push_back(read_report(entry));
        if (!years.insert(reports.back().year()).second) {
            entry["year"].fail("a second report for " + std::to_string(reports.back().year()));
        }
    }
    return root.build([&] {
        return Plan(root["title"].text(), root["first_year"].year(), root["last_year"].year(),
                    std::move(registry), std::move(priorities), std::move(reports));
    });
}

json write_plan(const Plan& plan) {
    json agencies = json::array();
    for (const auto& a : plan.agencies().agencies()) agencies.push_back(write_agency(a));
    json priorities = json::array();
    for (const auto& p : plan.priorities()) priorities.push_back(write_priority(p));
    json reports = json::array();
    for (const auto& [year, report] : plan.reports()) reports.push_back(write_report(report));
    return {
        {"schema_version", schema_version},
        {"title", plan.title()},
        {"first_year", plan.first_year()},
        {"last_year", plan.last_year()},
        {"agencies", std::move(agencies)},
        {"priorities", std::move(priorities)},
        {"reports", std::move(reports)},
    };
}

}  // namespace handlingsplan::detail
