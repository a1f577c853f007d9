// plan_summary: what a C++ program does with the handlingsplan library, built against an
// installed copy (CMakeLists.txt beside it; README, "From C++").
//
//   plan_summary PLAN.json [AGENCY]
//
// Loads a plan file and takes its latest report: the measures per status, the measures that
// name AGENCY (FRA unless given; any case, or an alias such as Säpo) with its role, and then a
// draft of the next report made in code with two edits (the first active measure of AGENCY whose
// period has begun is completed in the draft's year; the next active one with an end year gets
// one more year) and the diff from the report to the draft. Exit status 0; 1 for a malformed
// plan file, an unknown agency or a refused edit; 2 for a file that cannot be read or wrong
// arguments.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"
#include "handlingsplan/plan.hpp"
#include "handlingsplan/version.hpp"

namespace hp = handlingsplan;

namespace {

void print_counts(const hp::Report& report) {
    std::cout << "Report " << report.year() << ": " << report.size() << " measures\n";
    for (const auto& [kind, count] : report.count_by_status()) {
        std::cout << "  " << hp::status_kind_text(kind) << ": " << count << "\n";
    }
}

std::vector<const hp::Measure*> print_agency(const hp::Report& report, const std::string& agency) {
    const auto measures = report.select(hp::MeasureFilter{.agency = agency});
    std::cout << "Measures naming " << agency << ": " << measures.size() << "\n";
    for (const hp::Measure* m : measures) {
        std::cout << "  " << m->id().to_string() << " ["
                  << hp::role_text(*m->agencies().role_of(agency)) << ", "
                  << m->status().printed_text() << "] " << m->title() << "\n";
    }
    return measures;
}

// The two edits of the draft, on the first fitting measures of `measures` (numeric id order).
void edit_draft(hp::Plan& plan, int year, const std::vector<const hp::Measure*>& measures) {
    const hp::Measure* completed = nullptr;
    for (const hp::Measure* m : measures) {
        if (!m->status().is_active() || !m->period() || m->period()->start_year() > year) continue;
        if (completed == nullptr) {
            completed = m;
            plan.complete_measure(year, m->id(), year);
            std::cout << "  " << m->id().to_string() << " completed in " << year << "\n";
        } else if (m->period()->end_year()) {
            const hp::Period longer(m->period()->start_year(), *m->period()->end_year() + 1);
            std::cout << "  " << m->id().to_string() << " period " << m->period()->to_string()
                      << " -> " << longer.to_string() << "\n";
            plan.update_measure(year, m->id(), hp::MeasureUpdate{.period = longer});
            return;
        }
    }
}

void print_diff(const hp::ReportDiff& d) {
    std::cout << "Diff " << d.from_year << " -> " << d.to_year << ":";
    const char* separator = " ";
    for (hp::Change change : {hp::Change::added, hp::Change::completed, hp::Change::withdrawn,
                              hp::Change::changed, hp::Change::unchanged, hp::Change::vanished}) {
        std::cout << separator << hp::change_text(change) << " " << d.count(change);
        separator = ", ";
    }
    std::cout << "\n";
    for (const hp::MeasureDiff& m : d.measures()) {
        if (m.change == hp::Change::unchanged) continue;
        std::cout << "  " << hp::change_text(m.change) << " " << m.id.to_string();
        for (const std::string& field : m.fields.names()) std::cout << " " << field;
        std::cout << "\n";
    }
}

int run(const std::string& path, const std::string& agency) {
    hp::Plan plan = hp::load_plan(path);
    std::cout << "handlingsplan " << hp::version << ": " << plan.title() << "\n";
    if (plan.reports().empty()) {
        std::cout << "No reports.\n";
        return EXIT_SUCCESS;
    }
    const hp::Report& report = plan.report(plan.years().back());
    print_counts(report);
    // "fra", " Säpo ": the registry's lookup takes any case and the aliases; `at` throws NotFound.
    const hp::Agency* found = plan.agencies().lookup(agency);
    const auto measures =
        print_agency(report, (found ? *found : plan.agencies().at(agency)).short_name());

    const int next = report.year() + 1;
    std::cout << "Draft " << next << ":\n";
    plan.new_report(next);
    edit_draft(plan, next, measures);
    // `report` still refers to the plan's report: new_report and the edits leave it in place.
    print_diff(hp::diff(report, plan.report(next)));
    return EXIT_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: plan_summary PLAN.json [AGENCY]\n";
        return 2;
    }
    try {
        return run(argv[1], argc == 3 ? argv[2] : "FRA");
    } catch (const hp::FileError& e) {  // the file cannot be read
        std::cerr << "file error: " << e.what() << "\n";
        return 2;
    } catch (const hp::DataError& e) {  // the file is malformed: e.line(), e.where() ...
        std::cerr << "data error (line " << e.line() << "): " << e.what() << "\n";
        return 1;
    } catch (const hp::Error& e) {  // the root: ParseError, NotFound, RuleViolation ...
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
}
