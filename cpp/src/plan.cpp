#include "handlingsplan/plan.hpp"

#include <algorithm>
#include <set>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/history.hpp"
#include "handlingsplan/rules.hpp"
#include "text.hpp"

namespace handlingsplan {

Objective::Objective(ObjectiveId id_, std::string text_) : id(id_), text(std::move(text_)) {
    detail::require_text(text, "the text of objective " + id.to_string());
}

Priority::Priority(int number, std::string title, std::vector<Objective> objectives)
    : number_(number), title_(std::move(title)), objectives_(std::move(objectives)) {
    if (number < 1 || number > max_id_part) {
        throw InvalidValue("a strategic priority is numbered 1 to " + std::to_string(max_id_part) +
                               ", got " + std::to_string(number),
                           "en strategisk prioritering numreras 1 till " +
                               std::to_string(max_id_part) + ", inte " + std::to_string(number));
    }
    detail::require_text(title_, "the title of strategic priority " + std::to_string(number));
    std::sort(objectives_.begin(), objectives_.end(),
              [](const Objective& a, const Objective& b) { return a.id < b.id; });
    for (const auto& objective : objectives_) {
        const auto& id = objective.id;
        if (id.priority() != number) {
            throw InvalidValue("objective " + id.to_string() +
                                   " is listed under strategic priority " + std::to_string(number),
                               "målsättning " + id.to_string() +
                                   " står under strategisk prioritering " + std::to_string(number));
        }
    }
    const auto twice =
        std::adjacent_find(objectives_.begin(), objectives_.end(),
                           [](const Objective& a, const Objective& b) { return a.id == b.id; });
    if (twice != objectives_.end()) {
        const std::string id = twice->id.to_string();
        throw InvalidValue("objective " + id + " is listed twice",
                           "målsättning " + id + " står två gånger");
    }
}

namespace {

// What is wrong where `id` is written otherwise than the plan's words say (`what`: "objective",
// "report 2021, measure"); nullopt where it is written right.
template <class Id>
std::optional<std::string> id_style_problem(const Id& id, const PlanWords& words,
                                            const std::string& what) {
    if (id.style() == words.ids) return std::nullopt;
    return what + " " + id.to_string() + " is written with " +
           std::string(id_style_text(id.style())) + ", but the plan writes its ids with " +
           std::string(id_style_text(words.ids)) + " (\"" +
           MeasureId(1, 1, 1, words.ids).to_string() + "\")";
}

template <class Id>
void check_id_style(const Id& id, const PlanWords& words, const std::string& what) {
    if (auto problem = id_style_problem(id, words, what)) {
        throw InvalidValue(*problem, "numret " + id.to_string() + " skrivs med " +
                                         std::string(id_style_text(id.style())) +
                                         ", men planen skriver sina nummer med " +
                                         std::string(id_style_text(words.ids)));
    }
}

}  // namespace

Plan::Plan(std::string title, int first_year, int last_year, AgencyRegistry agencies,
           std::vector<Priority> priorities, std::vector<Report> reports, PlanWords words)
    : title_(std::move(title)),
      first_year_(first_year),
      last_year_(last_year),
      agencies_(std::move(agencies)),
      priorities_(std::move(priorities)),
      words_(std::move(words)) {
    detail::require_text(title_, "the plan's title");
    words_.check();
    for (const auto& priority : priorities_) {
        (void)priority_label(priority.number(), words_.ids);  // "A".."Z" where lettered
        for (const auto& objective : priority.objectives()) {
            check_id_style(objective.id, words_, "objective");
        }
    }
    for (const auto& report : reports) {
        // Once a report: a large plan has hundreds of thousands of measures.
        const std::string what = "report " + std::to_string(report.year()) + ", measure";
        for (const auto& measure : report.measures()) check_id_style(measure.id(), words_, what);
    }
    // The years themselves are checked by Period's rules.
    (void)Period(first_year, last_year);
    std::sort(priorities_.begin(), priorities_.end(),
              [](const Priority& a, const Priority& b) { return a.number() < b.number(); });
    const auto twice = std::adjacent_find(
        priorities_.begin(), priorities_.end(),
        [](const Priority& a, const Priority& b) { return a.number() == b.number(); });
    if (twice != priorities_.end()) {
        const std::string number = std::to_string(twice->number());
        throw InvalidValue("strategic priority " + number + " is listed twice",
                           "strategisk prioritering " + number + " står två gånger");
    }
    for (auto& report : reports) {
        const int year = report.year();
        for (const auto& result : report.follow_up().results()) {
            // Not a structured binding: clang before 16 cannot capture one in a lambda.
            const int priority = result.first;
            const bool known =
                std::any_of(priorities_.begin(), priorities_.end(),
                            [&](const Priority& p) { return p.number() == priority; });
            if (!known) {
                throw InvalidValue("the Uppföljning chapter of the " + std::to_string(year) +
                                       " report gives results for priority " +
                                       std::to_string(priority) + ", which the plan does not have",
                                   "kapitlet Uppföljning i " + std::to_string(year) +
                                       " års redovisning ger resultat för prioritering " +
                                       std::to_string(priority) + ", som planen inte har");
            }
        }
        if (!reports_.emplace(year, std::move(report)).second) {
            throw InvalidValue("the plan has two reports for " + std::to_string(year),
                               "planen har två redovisningar för " + std::to_string(year));
        }
    }
}

void Plan::set_activities(std::vector<GovernmentActivity> activities) {
    std::size_t counted = 0;  // the activity's place, from 1
    for (const auto& activity : activities) {
        ++counted;
        if (!activity.priority()) continue;  // an assignment read from a page
        const int number = *activity.priority();
        if (std::none_of(priorities_.begin(), priorities_.end(),
                         [&](const Priority& p) { return p.number() == number; })) {
            throw InvalidValue("government activity " + std::to_string(counted) +
                                   " belongs to strategic priority " + std::to_string(number) +
                                   ", which the plan does not have",
                               "regeringens aktivitet " + std::to_string(counted) +
                                   " hör till strategisk prioritering " + std::to_string(number) +
                                   ", som planen inte har");
        }
    }
    activities_ = std::move(activities);
}

void Plan::add_activity(GovernmentActivity activity) {
    const std::string& source = activity.details().source;
    std::size_t counted = 0;  // the other activity's place, from 1
    for (const auto& other : activities_) {
        const std::string place = "government activity " + std::to_string(++counted);
        if (!source.empty() && other.details().source == source) {
            throw RuleViolation("the plan has this activity already: " + place + " was read from " +
                                source);
        }
        // Two pages of one assignment: the same diarienummer heads both.
        const auto& mine = activity.case_numbers();
        const auto& theirs = other.case_numbers();
        if (!activity.details().title.empty() && !other.details().title.empty() && !mine.empty() &&
            !theirs.empty() && mine.front().kind() == CaseNumberKind::department &&
            mine.front().same_case(theirs.front())) {
            throw RuleViolation("the plan has this activity already: " + place + " is " +
                                theirs.front().to_string());
        }
    }
    std::vector<GovernmentActivity> all = activities_;
    all.push_back(std::move(activity));
    set_activities(std::move(all));
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
    if (it->second.is_final()) {
        throw RuleViolation(
            "report " + std::to_string(year) + " is final (submitted " +
            boost::gregorian::to_iso_extended_string(it->second.submitted()) +
            ") and is not edited; to correct a submitted report on purpose, reopen it first "
            "(report.reopen(reason=...)): the reopening is recorded in the plan file");
    }
    return it->second;
}

void Plan::finalize_report(int year) {
    const auto it = reports_.find(year);
    if (it == reports_.end()) throw NotFound("report for", std::to_string(year));
    it->second.state_ = ReportState::final;
}

void Plan::reopen_report(int year, const std::string& reason, boost::gregorian::date on) {
    const auto it = reports_.find(year);
    if (it == reports_.end()) throw NotFound("report for", std::to_string(year));
    if (!it->second.is_final()) {
        throw RuleViolation("report " + std::to_string(year) +
                            " is a draft: it can be edited as it is");
    }
    if (detail::is_blank(reason)) {
        throw RuleViolation("reopening report " + std::to_string(year) +
                            " needs the reason, for the record");
    }
    if (on.is_special())
        throw RuleViolation("reopening report " + std::to_string(year) + " needs a date");
    detail::require_utf8(reason, "the reason for reopening report " + std::to_string(year));
    it->second.reopenings_.push_back({on, reason});
    it->second.state_ = ReportState::draft;
}

const Measure& Plan::active_measure(const Report& report, const MeasureId& id) const {
    const Measure& measure = report.at(id);
    if (!measure.status().is_active()) {
        throw RuleViolation("report " + std::to_string(report.year()) + ", measure " +
                            id.to_string() + ": already recorded as " +
                            measure.status().printed_text() +
                            "; an ended measure is not changed or brought back as active");
    }
    return measure;
}

void Plan::check_end(const Measure& measure, int report_year, StatusKind kind, int year,
                     const std::string& reason) const {
    const auto problems =
        end_problems(first_year_, last_year_, report_year, measure, kind, year, reason);
    if (!problems.empty()) {
        throw RuleViolation("report " + std::to_string(report_year) + ", measure " +
                            measure.id().to_string() + ": cannot record it as " +
                            std::string(status_kind_text(kind)) + " " + std::to_string(year) +
                            ": " + problems.front().message);
    }
}

const Report& Plan::new_report(int year, std::optional<boost::gregorian::date> submitted) {
    if (year < first_year_ || year > last_year_ + 1) {
        throw RuleViolation("the plan's reports are due " + std::to_string(first_year_) + "–" +
                            std::to_string(last_year_ + 1) + ", not " + std::to_string(year));
    }
    if (const auto it = reports_.find(year); it != reports_.end()) {
        if (!it->second.is_final()) return it->second;  // the draft being prepared
        throw RuleViolation("the plan has the " + std::to_string(year) +
                            " report already, and it is final; reopen it to correct it");
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
    std::vector<ProseChapter> chapters;
    if (!reports_.empty()) {
        const Report& latest = reports_.rbegin()->second;
        for (const auto& chapter : latest.chapters()) {
            chapters.emplace_back(chapter.heading(), chapter.blocks(),
                                  chapter.carried_over_from().value_or(latest.year()));
        }
    }
    Report report(year, submitted.value_or(Report::due_date(year)), std::move(carried),
                  ReportState::draft, {}, {}, {}, {}, std::move(chapters));
    return reports_.emplace(year, std::move(report)).first->second;
}

void Plan::set_chapter(int report_year, const ProseChapter& chapter) {
    editable_report(report_year).put(chapter.edited());
}

void Plan::remove_chapter(int report_year, std::string_view heading) {
    if (!editable_report(report_year).remove_chapter(heading)) {
        throw NotFound("chapter of the " + std::to_string(report_year) + " report",
                       std::string(heading));
    }
}

void Plan::add_measure(int report_year, Measure measure, const Provenance& provenance) {
    Report& report = editable_report(report_year);
    const MeasureId& id = measure.id();
    if (auto problem = id_style_problem(id, words_, "measure")) throw RuleViolation(*problem);
    if (!find_objective(id.objective())) {
        throw RuleViolation("measure " + id.to_string() +
                            " does not fit under an objective of the "
                            "strategy (there is no objective " +
                            id.objective().to_string() + ")");
    }
    if (measure.period() && measure.period()->start_year() < first_year_) {
        throw RuleViolation("report " + std::to_string(report_year) + ", measure " +
                            id.to_string() + ": its period " + measure.period()->to_string() +
                            " starts before the plan's first year, " + std::to_string(first_year_));
    }
    MeasureFields f = measure.fields();
    f.status = Status::added();
    // The plan's registry, not the one the measure was built with, says who the agencies are:
    // the roles are read again from the printed phrase (a ParseError names an unknown agency).
    f.agencies = Agencies::parse(f.agencies.text(), agencies_);
    if (const Measure* there = report.find(id); there && there->fields() == f) return;  // again
    for (const auto& [year, other] : reports_) {
        if (other.contains(id)) {
            throw RuleViolation("the number " + id.to_string() + " is taken (the " +
                                std::to_string(year) + " report has it); numbers are never reused");
        }
    }
    const Measure added(std::move(f));
    report.put(added);
    record(report, std::nullopt, added, provenance);
}

void Plan::complete_measure(int report_year, const MeasureId& id, int year,
                            const Provenance& provenance) {
    Report& report = editable_report(report_year);
    if (const Status& now = report.at(id).status();
        now.kind() == StatusKind::completed && now.year() == year) {
        return;  // recorded already
    }
    const Measure& measure = active_measure(report, id);
    check_end(measure, report_year, StatusKind::completed, year);
    MeasureFields f = measure.fields();
    f.status = Status::completed(year);
    const Measure before = measure;
    const Measure after(std::move(f));
    report.put(after);
    record(report, before, after, provenance);
}

void Plan::withdraw_measure(int report_year, const MeasureId& id, int year, std::string reason,
                            const Provenance& provenance) {
    Report& report = editable_report(report_year);
    if (const Status& now = report.at(id).status();
        now.kind() == StatusKind::withdrawn && now.year() == year && now.reason() == reason) {
        return;  // recorded already
    }
    const Measure& measure = active_measure(report, id);
    check_end(measure, report_year, StatusKind::withdrawn, year, reason);
    MeasureFields f = measure.fields();
    f.status = Status::withdrawn(year, std::move(reason));
    const Measure before = measure;
    const Measure after(std::move(f));
    report.put(after);
    record(report, before, after, provenance);
}

void Plan::update_measure(int report_year, const MeasureId& id, const MeasureUpdate& update,
                          const Provenance& provenance) {
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
    const Measure before = measure;
    report.put(updated);
    record(report, before, updated, provenance);
}

void Plan::record_form(int report_year, FormEntry entry) {
    Report& report = editable_report(report_year);
    if (!agencies_.contains(entry.agency())) throw NotFound("agency", entry.agency());
    auto& forms = report.forms_;
    if (std::find(forms.begin(), forms.end(), entry) == forms.end()) {
        forms.push_back(std::move(entry));
    }
}

std::vector<RecordedChange> recorded_changes(const std::optional<Measure>& before,
                                             const Measure& after, const Provenance& provenance) {
    std::vector<RecordedChange> made;
    if (provenance.empty()) return made;
    const MeasureId& id = after.id();
    if (!before) {
        made.emplace_back(id, ChangedPart::added, "", after.title(), provenance);
        return made;
    }
    for (const MeasureField field : changed_fields(*before, after).fields()) {
        made.emplace_back(id, changed_part(field), printed_value(*before, field),
                          printed_value(after, field), provenance);
    }
    if (before->status().is_active() && !after.status().is_active()) {
        made.emplace_back(id, ChangedPart::status, before->status().printed_text(),
                          after.status().printed_text(), provenance);
    }
    return made;
}

void Plan::record(Report& report, const std::optional<Measure>& before, const Measure& after,
                  const Provenance& provenance) {
    auto& changes = report.changes_;
    for (auto& change : recorded_changes(before, after, provenance)) {
        if (std::find(changes.begin(), changes.end(), change) == changes.end()) {
            changes.push_back(std::move(change));
        }
    }
}

}  // namespace handlingsplan
