#include "handlingsplan/validate.hpp"

#include <algorithm>
#include <tuple>

#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/rules.hpp"

namespace handlingsplan {
namespace {

// Collects the findings of one plan.
class Checker {
public:
    explicit Checker(const Plan& plan) : plan_(plan) {}

    std::vector<Finding> run() {
        for (const auto& [year, report] : plan_.reports()) {
            check_report_year(report);
            for (const auto& measure : report.measures()) check_measure(report, measure);
        }
        check_consecutive_reports();
        std::stable_sort(
            findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) {
                return std::tie(a.year, a.measure, a.code) < std::tie(b.year, b.measure, b.code);
            });
        return std::move(findings_);
    }

private:
    void add(std::string code, Severity severity, const Report& report, const Measure* measure,
             std::string message) {
        findings_.push_back(Finding{std::move(code), severity, report.year(),
                                    measure ? std::optional(measure->id()) : std::nullopt,
                                    std::move(message)});
    }

    void check_report_year(const Report& report) {
        if (report.year() < plan_.first_year() || report.year() > plan_.last_year() + 1) {
            add("report-year-outside-plan", Severity::error, report, nullptr,
                "planens redovisningar lämnas " + std::to_string(plan_.first_year()) + "–" +
                    std::to_string(plan_.last_year() + 1));
        }
    }

    void check_measure(const Report& report, const Measure& m) {
        const MeasureId& id = m.id();
        bool has_priority = true;
        try {
            plan_.priority(id.priority());
        } catch (const NotFound&) {
            has_priority = false;
            add("priority-missing", Severity::error, report, &m,
                "strategin har ingen strategisk prioritering " + std::to_string(id.priority()));
        }
        if (has_priority && !plan_.find_objective(id.objective())) {
            add("objective-missing", Severity::error, report, &m,
                "strategin har ingen målsättning " + id.objective().to_string());
        }
        check_end(report, m);
        check_period(report, m);
        check_agencies(report, m);
        check_appendix(report, m);
    }

    void check_end(const Report& report, const Measure& m) {
        const Status& status = m.status();
        if (!status.year()) return;
        for (auto& problem : end_problems(plan_.first_year(), plan_.last_year(), report.year(), m,
                                          status.kind(), *status.year(), status.reason())) {
            add(std::move(problem.code), Severity::error, report, &m, std::move(problem.message));
        }
    }

    void check_period(const Report& report, const Measure& m) {
        if (!m.period()) return;
        const Period& period = *m.period();
        if (period.start_year() < plan_.first_year()) {
            add("period-before-plan", Severity::warning, report, &m,
                "tidsperioden " + period.to_string() + " börjar före planens första år, " +
                    std::to_string(plan_.first_year()));
        }
        // "Överskriden tidplan": still active in a report of a year after its period ended.
        if (m.status().is_active() && period.end_year() && *period.end_year() < report.year()) {
            add("period-overrun", Severity::warning, report, &m,
                "överskriden tidplan: fortfarande aktiv i redovisningen " +
                    std::to_string(report.year()) + ", men tidsperioden " + period.to_string() +
                    " slutade " + std::to_string(*period.end_year()));
        }
    }

    void check_agencies(const Report& report, const Measure& m) {
        const Agencies& agencies = m.agencies();
        if (agencies.empty()) {
            add("agencies-empty", Severity::error, report, &m, "ingen myndighet är ansvarig");
            return;
        }
        bool all_known = true;
        for (const auto& entry : agencies.roles()) {
            if (!plan_.agencies().contains(entry.agency)) {
                all_known = false;
                add("agency-unknown", Severity::error, report, &m,
                    "myndigheten \"" + entry.agency + "\" finns inte i planens förteckning");
            }
        }
        if (!all_known) return;
        try {
            const Agencies parsed = Agencies::parse(agencies.text(), plan_.agencies());
            if (parsed.roles() != agencies.roles()) {
                add("agencies-text-mismatch", Severity::warning, report, &m,
                    "rollerna följer inte av den tryckta texten \"" + agencies.text() + "\"");
            }
        } catch (const Error& e) {
            add("agencies-text-mismatch", Severity::warning, report, &m,
                "den tryckta myndighetstexten kan inte läsas: " + std::string(e.what()));
        }
    }

    void check_appendix(const Report& report, const Measure& m) {
        if (m.appendix_title()) {
            add("appendix-title-differs", Severity::warning, report, &m,
                "kapitlet kallar den \"" + m.title() + "\", Bilaga 1 \"" + *m.appendix_title() +
                    "\"");
        }
        if (m.appendix_agencies()) {
            add("appendix-agencies-differs", Severity::warning, report, &m,
                "kapitlet anger \"" + m.agencies().text() + "\", Bilaga 1 \"" +
                    *m.appendix_agencies() + "\"");
        }
        if (m.chapter_marking() && *m.chapter_marking() != m.status().kind()) {
            add("chapter-marking-differs", Severity::warning, report, &m,
                "kapitlet märker den \"" + std::string(chapter_marking_text(*m.chapter_marking())) +
                    "\" men dess status är " + std::string(status_kind_text(m.status().kind())));
        }
    }

    // Markings are relative to the report before: check each report against its predecessor.
    void check_consecutive_reports() {
        const Report* previous = nullptr;
        for (const auto& [year, report] : plan_.reports()) {
            if (previous) check_pair(*previous, report);
            previous = &report;
        }
    }

    void check_pair(const Report& before, const Report& after) {
        const std::string earlier = "redovisningen " + std::to_string(before.year());
        const ReportDiff changes = diff(before, after);
        for (const auto& d : changes.measures()) {
            const Measure* m = d.after ? &*d.after : nullptr;
            if (d.change == Change::vanished) {
                findings_.push_back(Finding{
                    "measure-vanished", Severity::error, after.year(), d.id,
                    "finns i " + earlier + " men är varken genomförd, avskriven eller med här"});
                continue;
            }
            if (!m) continue;
            if (d.before && !d.before->status().is_active() && m->status().is_active()) {
                add("number-reused", Severity::error, after, m,
                    "aktiv igen efter att ha varit " +
                        std::string(status_kind_text(d.before->status().kind())) + " i " + earlier +
                        "; ett nummer används aldrig på nytt");
                continue;
            }
            if (!d.marking_agrees() && d.derived) check_marking(earlier, after, d, *m);
        }
    }

    // A marking that the changes since the report before do not give.
    void check_marking(const std::string& earlier, const Report& after, const MeasureDiff& d,
                       const Measure& m) {
        const Status& recorded = m.status();
        if (recorded.kind() == StatusKind::added && d.before) {
            add("new-but-existed", Severity::error, after, &m,
                "märkt \"Ny åtgärd\" men finns redan i " + earlier);
        } else if (recorded.kind() == StatusKind::updated && !d.fields.schedule() &&
                   !d.fields.content()) {
            add("updated-without-change", Severity::warning, after, &m,
                "märkt \"" + recorded.appendix_text() + "\" men ingenting har ändrats sedan " +
                    earlier);
        } else {
            const std::string wanted = d.derived->appendix_text();
            add("change-unmarked", Severity::warning, after, &m,
                "ändringarna sedan " + earlier + " ger \"" +
                    (wanted.empty() ? "ingen märkning" : wanted) + "\", den är märkt \"" +
                    (recorded.appendix_text().empty() ? std::string("inget")
                                                      : recorded.appendix_text()) +
                    "\"");
        }
    }

    const Plan& plan_;
    std::vector<Finding> findings_;
};

}  // namespace

std::string_view severity_text(Severity severity) noexcept {
    return severity == Severity::error ? "fel" : "varning";
}

std::string Finding::place() const {
    if (!year) return "planen";
    std::string place = "redovisning " + std::to_string(*year);
    if (measure) place += ", åtgärd " + measure->to_string();
    return place;
}

std::vector<Finding> validate(const Plan& plan) { return Checker(plan).run(); }

}  // namespace handlingsplan
