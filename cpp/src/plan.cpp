#include "handlingsplan/plan.hpp"

#include <algorithm>
#include <set>

#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {

Objective::Objective(ObjectiveId id_, std::string text_) : id(id_), text(std::move(text_)) {
    detail::require_text(text, "the text of objective " + id.to_string());
}

Priority::Priority(int number, std::string title, std::vector<Objective> objectives)
    : number_(number), title_(std::move(title)), objectives_(std::move(objectives)) {
    if (number < 1 || number > max_id_part) {
        throw InvalidValue("a strategic priority is numbered 1 to " + std::to_string(max_id_part) +
                           ", got " + std::to_string(number));
    }
    detail::require_text(title_, "the title of strategic priority " + std::to_string(number));
    std::sort(objectives_.begin(), objectives_.end(),
              [](const Objective& a, const Objective& b) { return a.id < b.id; });
    for (std::size_t i = 0; i < objectives_.size(); ++i) {
        const auto& id = objectives_[i].id;
        if (id.priority() != number) {
            throw InvalidValue("objective " + id.to_string() + " is listed under strategic priority " +
                               std::to_string(number));
        }
        if (i > 0 && objectives_[i - 1].id == id) {
            throw InvalidValue("objective " + id.to_string() + " is listed twice");
        }
    }
}

Plan::Plan(std::string title, int first_year, int last_year, AgencyRegistry agencies,
           std::vector<Priority> priorities, std::vector<Report> reports)
    : title_(std::move(title)),
      first_year_(first_year),
      last_year_(last_year),
      agencies_(std::move(agencies)),
      priorities_(std::move(priorities)) {
    detail::require_text(title_, "the plan's title");
    // The years themselves are checked by Period's rules.
    (void)Period(first_year, last_year);
    std::sort(priorities_.begin(), priorities_.end(),
              [](const Priority& a, const Priority& b) { return a.number() < b.number(); });
    for (std::size_t i = 1; i < priorities_.size(); ++i) {
        if (priorities_[i - 1].number() == priorities_[i].number()) {
            throw InvalidValue("strategic priority " + std::to_string(priorities_[i].number()) +
                               " is listed twice");
        }
    }
    for (auto& report : reports) {
        const int year = report.year();
        if (!reports_.emplace(year, std::move(report)).second) {
            throw InvalidValue("the plan has two reports for " + std::to_string(year));
        }
    }
}

std::vector<int> Plan::years() const {
    std::vector<int> years;
    for (const auto& [year, report] : reports_) years.push_back(year);
    return years;
}

const Priority& Plan::priority(int number) const {
    const auto it = std::find_if(priorities_.begin(), priorities_.end(),
                                 [&](const Priority& p) { return p.number() == number; });
    if (it == priorities_.end()) throw NotFound("strategic priority", std::to_string(number));
    return *it;
}

const Objective* Plan::find_objective(const ObjectiveId& id) const noexcept {
    for (const auto& priority : priorities_) {
        for (const auto& objective : priority.objectives()) {
            if (objective.id == id) return &objective;
        }
    }
    return nullptr;
}

const Objective& Plan::objective(const ObjectiveId& id) const {
    if (const Objective* found = find_objective(id)) return *found;
    throw NotFound("objective", id.to_string());
}

const Report& Plan::report(int year) const {
    const auto it = reports_.find(year);
    if (it == reports_.end()) throw NotFound("report for", std::to_string(year));
    return it->second;
}

const Measure& Plan::measure(const MeasureId& id) const {
    for (auto it = reports_.rbegin(); it != reports_.rend(); ++it) {
        if (const Measure* measure = it->second.find(id)) return *measure;
    }
    throw NotFound("measure", id.to_string());
}

}  // namespace handlingsplan

namespace handlingsplan {

Report& Plan::editable_report(int year) {
    const auto it = reports_.find(year);
    if (it == reports_.end()) throw NotFound("report for", std::to_string(year));
    return it->second;
}

const Measure& Plan::active_measure(const Report& report, const MeasureId& id) const {
    const Measure& measure = report.at(id);
    if (!measure.status().is_active()) {
        throw RuleViolation("measure " + id.to_string() + " was " +
                            std::string(status_kind_text(measure.status().kind())) + " in " +
                            std::to_string(*measure.status().year()) +
                            "; an ended measure does not come back as active");
    }
    return measure;
}

void Plan::check_end_year(const Measure& measure, int report_year, int year) const {
    const std::string id = measure.id().to_string();
    if (year < first_year_ || year > last_year_) {
        throw RuleViolation("measure " + id + " cannot end in " + std::to_string(year) +
                            ": the plan runs " + std::to_string(first_year_) + "–" +
                            std::to_string(last_year_));
    }
    if (year > report_year) {
        throw RuleViolation("the " + std::to_string(report_year) + " report cannot record measure " +
                            id + " as ended in " + std::to_string(year));
    }
    if (measure.period() && year < measure.period()->start_year()) {
        throw RuleViolation("measure " + id + " cannot end in " + std::to_string(year) +
                            ", before its period starts (" + measure.period()->to_string() + ")");
    }
}

const Report& Plan::new_report(int year, std::optional<boost::gregorian::date> submitted) {
    if (year < first_year_ || year > last_year_ + 1) {
        throw RuleViolation("the plan's reports are due " + std::to_string(first_year_) + "–" +
                            std::to_string(last_year_ + 1) + ", not " + std::to_string(year));
    }
    if (!reports_.empty() && reports_.rbegin()->first >= year) {
        throw RuleViolation("a new report must come after the plan's latest, " +
                            std::to_string(reports_.rbegin()->first));
    }
    std::vector<Measure> carried;
    if (!reports_.empty()) {
        for (const auto& measure : reports_.rbegin()->second.measures()) {
            MeasureFields f = measure.fields();
            f.chapter_marking.reset();
            if (measure.status().is_active()) {
                f.status = Status::ongoing();
                f.appendix_title.reset();
                f.appendix_agencies.reset();
                f.page.reset();
            }
            carried.emplace_back(std::move(f));
        }
    }
    Report report(year, submitted.value_or(Report::due_date(year)), std::move(carried));
    return reports_.emplace(year, std::move(report)).first->second;
}

void Plan::add_measure(int report_year, Measure measure) {
    Report& report = editable_report(report_year);
    const MeasureId& id = measure.id();
    if (!find_objective(id.objective())) {
        throw RuleViolation("measure " + id.to_string() + " does not fit under an objective of the "
                            "strategy (there is no objective " + id.objective().to_string() + ")");
    }
    for (const auto& [year, other] : reports_) {
        if (other.contains(id)) {
            throw RuleViolation("the number " + id.to_string() + " is taken (the " +
                                std::to_string(year) + " report has it); numbers are never reused");
        }
    }
    MeasureFields f = measure.fields();
    f.status = Status::added();
    report.put(Measure(std::move(f)));
}

void Plan::complete_measure(int report_year, const MeasureId& id, int year) {
    Report& report = editable_report(report_year);
    const Measure& measure = active_measure(report, id);
    check_end_year(measure, report_year, year);
    MeasureFields f = measure.fields();
    f.status = Status::completed(year);
    report.put(Measure(std::move(f)));
}

void Plan::withdraw_measure(int report_year, const MeasureId& id, int year, std::string reason) {
    Report& report = editable_report(report_year);
    const Measure& measure = active_measure(report, id);
    check_end_year(measure, report_year, year);
    if (detail::trim(reason).empty()) {
        throw RuleViolation("withdrawing measure " + id.to_string() + " needs a reason");
    }
    MeasureFields f = measure.fields();
    f.status = Status::withdrawn(year, std::move(reason));
    report.put(Measure(std::move(f)));
}

void Plan::update_measure(int report_year, const MeasureId& id, const MeasureUpdate& update) {
    Report& report = editable_report(report_year);
    const Measure& measure = active_measure(report, id);
    MeasureFields f = measure.fields();
    if (update.title) f.title = *update.title;
    if (update.description) f.description = *update.description;
    if (update.agencies) f.agencies = *update.agencies;
    if (update.period) f.period = *update.period;
    if (update.page) f.page = *update.page;
    // The appendix prints the new wording; an old appendix variant no longer applies.
    if (update.title) f.appendix_title.reset();
    if (update.agencies) f.appendix_agencies.reset();
    Measure updated(std::move(f));
    const ChangedFields changed = changed_fields(measure, updated);
    const Status& now = measure.status();
    if (now.kind() != StatusKind::added && (changed.schedule() || changed.content())) {
        MeasureFields g = updated.fields();
        g.status = Status::updated(now.schedule_updated() || changed.schedule(),
                                   now.content_updated() || changed.content());
        updated = Measure(std::move(g));
    }
    report.put(std::move(updated));
}

}  // namespace handlingsplan
