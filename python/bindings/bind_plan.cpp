// The strategy (priorities, objectives), reports and the plan.
#include "binding.hpp"

#include <pybind11/native_enum.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "handlingsplan/plan.hpp"

namespace handlingsplan::bindings {
namespace {

// Python's index (negative from the end) into a selection; IndexError outside it.
std::size_t position(const MeasureSelection& s, std::ptrdiff_t i) {
    const auto n = static_cast<std::ptrdiff_t>(s.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw py::index_error("selection index out of range");
    return static_cast<std::size_t>(i);
}

void bind_selection(py::module_& m) {
    py::class_<MeasureSelection>(
        m, "MeasureSelection",
        "Some measures of one report (what a filter selects), in the report's order: a "
        "snapshot sharing the report's measures, each one copied out only when asked for.")
        .def("__len__", &MeasureSelection::size)
        .def(
            "__getitem__",
            [](const MeasureSelection& s, std::ptrdiff_t i) { return s[position(s, i)]; },
            py::arg("index"))
        .def(
            "__getitem__",
            [](const MeasureSelection& s, const py::slice& slice) {
                std::size_t start = 0, stop = 0, step = 0, count = 0;
                if (!slice.compute(s.size(), &start, &stop, &step, &count)) {
                    throw py::error_already_set();
                }
                return s.slice(start, static_cast<std::ptrdiff_t>(step), count);
            },
            py::arg("index"))
        .def(
            "__iter__",
            [](const MeasureSelection& s) {
                return py::make_iterator<py::return_value_policy::copy>(s.begin(), s.end());
            },
            py::keep_alive<0, 1>())
        .def("ids", &MeasureSelection::ids, "The selected measures' ids, in order.")
        .def("measures", &MeasureSelection::pointers, py::return_value_policy::copy,
             "The selected measures themselves (copies), in order.")
        .def(py::self == py::self)
        .def(py::self != py::self);
}

}  // namespace

void bind_plan(py::module_& m) {
    py::class_<Objective>(m, "Objective", "A målsättning of the strategy.")
        .def(py::init<ObjectiveId, std::string>(), py::arg("id"), py::arg("text"))
        .def_readonly("id", &Objective::id, "\"P.M\".")
        .def_readonly("text", &Objective::text, "The objective as the strategy words it.")
        .def("__repr__",
             [](const Objective& o) {
                 return "Objective('" + o.id.to_string() + "', " + quoted(o.text) + ")";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<Priority>(m, "Priority", "A strategisk prioritering with its objectives.")
        .def(py::init<int, std::string, std::vector<Objective>>(), py::arg("number"),
             py::arg("title"), py::arg("objectives"))
        .def_property_readonly("number", &Priority::number, "1 to 6 in the national strategy.")
        .def_property_readonly("title", &Priority::title, "The priority as the strategy words it.")
        .def_property_readonly("objectives", &Priority::objectives,
                               "Its målsättningar, in numeric order.")
        .def("__repr__",
             [](const Priority& p) {
                 return "Priority(" + std::to_string(p.number()) + ", " + quoted(p.title()) +
                        ", <" + std::to_string(p.objectives().size()) + " objectives>)";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::native_enum<ReportState>(m, "ReportState", "enum.Enum",
                                 "draft (being prepared) or final (submitted).")
        .value("draft", ReportState::draft, "being prepared: it can be edited")
        .value("final", ReportState::final, "submitted: edited only after an explicit reopening")
        .finalize();
    m.def(
        "report_state_text", [](ReportState s) { return std::string(report_state_text(s)); },
        py::arg("state"), "\"draft\" or \"final\", as the plan file writes it.");

    py::class_<Reopening>(m, "Reopening",
                          "A final report opened again to correct it: when and why.")
        .def_readonly("date", &Reopening::date, "The day it was reopened.")
        .def_readonly("reason", &Reopening::reason, "Why: what was corrected.")
        .def("__repr__",
             [](const Reopening& r) {
                 return "Reopening(" + boost::gregorian::to_iso_extended_string(r.date) + ", " +
                        quoted(r.reason) + ")";
             })
        .def(py::self == py::self);

    bind_selection(m);

    py::class_<Report>(m, "Report", "A yearly report (redovisning): every measure with its status.")
        .def(py::init<int, boost::gregorian::date, std::vector<Measure>, ReportState,
                      std::vector<Reopening>, FollowUp, std::vector<RecordedChange>,
                      std::vector<FormEntry>, std::vector<ProseChapter>>(),
             py::arg("year"), py::arg("submitted"), py::arg("measures"),
             py::arg_v("state", ReportState::final, "ReportState.final"),
             py::arg_v("reopenings", std::vector<Reopening>{}, "[]"),
             py::arg_v("follow_up", FollowUp(), "FollowUp()"),
             py::arg_v("changes", std::vector<RecordedChange>{}, "[]"),
             py::arg_v("forms", std::vector<FormEntry>{}, "[]"),
             py::arg_v("chapters", std::vector<ProseChapter>{}, "[]"))
        .def_property_readonly("changes", &Report::changes,
                               "The changes made in the report with a source or a note, in "
                               "the order made.")
        .def("changes_of", &Report::changes_of, py::arg("id"),
             "The recorded changes of one measure, in the order made.")
        .def_property_readonly("forms", &Report::forms,
                               "The register of update forms: sent, answered, blank.")
        .def_property_readonly(
            "follow_up", &Report::follow_up,
            "The report's Uppföljning chapter (empty, falsy, where it has none).")
        .def_property_readonly("chapters", &Report::chapters,
                               "The prose chapters, in the published order.")
        .def(
            "chapter",
            [](const Report& r, const std::string& heading) -> std::optional<ProseChapter> {
                const ProseChapter* chapter = r.chapter(heading);
                return chapter ? std::optional<ProseChapter>(*chapter) : std::nullopt;
            },
            py::arg("heading"), "The prose chapter so headed; None where the report has none.")
        .def_static("due_date", &Report::due_date, py::arg("year"), "1 March of the year.")
        .def_property_readonly("year", &Report::year)
        .def_property_readonly("submitted", &Report::submitted)
        .def("measures", &Report::measures, "Every measure, in numeric id order.")
        .def_property_readonly("state", &Report::state,
                               "Draft (being prepared) or final (submitted).")
        .def_property_readonly("is_final", &Report::is_final)
        .def_property_readonly("reopenings", &Report::reopenings,
                               "Each time the final report was opened again, oldest first.")
        .def(
            "select",
            [](const Report& r, std::optional<int> priority, std::optional<ObjectiveId> objective,
               std::optional<std::string> agency, std::optional<Role> role,
               std::optional<StatusKind> status, std::optional<int> active_in) {
                return r.selection(
                    MeasureFilter{priority, objective, std::move(agency), role, status, active_in});
            },
            py::kw_only(), py::arg("priority") = py::none(), py::arg("objective") = py::none(),
            py::arg("agency") = py::none(), py::arg("role") = py::none(),
            py::arg("status") = py::none(), py::arg("active_in") = py::none(),
            "The measures matching every criterion given, as a selection (no copies).")
        .def("find", &Report::find, py::arg("id"), py::return_value_policy::copy)
        .def("__getitem__", &Report::at, py::return_value_policy::copy)
        .def("__contains__", &Report::contains)
        .def("__len__", &Report::size)
        .def("count_by_status", &Report::count_by_status)
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<Plan>(m, "Plan", "The plan: strategy, agencies and yearly reports.")
        .def(py::init<std::string, int, int, AgencyRegistry, std::vector<Priority>,
                      std::vector<Report>, PlanWords>(),
             py::kw_only(), py::arg("title"), py::arg("first_year"), py::arg("last_year"),
             py::arg_v("agencies", AgencyRegistry::standard(), "AgencyRegistry.standard()"),
             py::arg("priorities"), py::arg("reports") = std::vector<Report>{},
             py::arg_v("words", PlanWords::standard(), "PlanWords.standard()"))
        .def_property_readonly("title", &Plan::title)
        .def_property_readonly("words", &Plan::words,
                               "The plan's own words: its levels, ids and Bilaga 1's wording.")
        .def_property_readonly("first_year", &Plan::first_year)
        .def_property_readonly("last_year", &Plan::last_year)
        .def_property_readonly("agencies", &Plan::agencies)
        .def_property_readonly("priorities", &Plan::priorities)
        .def_property_readonly("years", &Plan::years)
        .def("priority", &Plan::priority, py::arg("number"),
             py::return_value_policy::reference_internal)
        .def("objective", &Plan::objective, py::arg("id"),
             py::return_value_policy::reference_internal)
        .def("report", &Plan::report, py::arg("year"), py::return_value_policy::reference_internal)
        .def("measure", &Plan::measure, py::arg("id"), py::return_value_policy::copy)
        // Preparing a report: each edit checks the plan's rules and changes nothing on failure.
        .def("new_report", &Plan::new_report, py::arg("year"), py::arg("submitted") = py::none(),
             py::return_value_policy::reference_internal)
        .def("finalize_report", &Plan::finalize_report, py::arg("year"))
        .def("reopen_report", &Plan::reopen_report, py::arg("year"), py::arg("reason"),
             py::arg("on"))
        .def("set_chapter", &Plan::set_chapter, py::arg("report_year"), py::arg("chapter"))
        .def("remove_chapter", &Plan::remove_chapter, py::arg("report_year"), py::arg("heading"))
        // Each edit may carry the source of the change and a note (both recorded in the report).
        .def(
            "add_measure",
            [](Plan& p, int report_year, Measure measure, std::optional<ChangeSource> source,
               std::string note) {
                p.add_measure(report_year, std::move(measure),
                              Provenance{std::move(source), std::move(note)});
            },
            py::arg("report_year"), py::arg("measure"), py::kw_only(),
            py::arg("source") = py::none(), py::arg("note") = std::string())
        .def(
            "complete_measure",
            [](Plan& p, int report_year, const MeasureId& id, int year,
               std::optional<ChangeSource> source, std::string note) {
                p.complete_measure(report_year, id, year,
                                   Provenance{std::move(source), std::move(note)});
            },
            py::arg("report_year"), py::arg("id"), py::arg("year"), py::kw_only(),
            py::arg("source") = py::none(), py::arg("note") = std::string())
        .def(
            "withdraw_measure",
            [](Plan& p, int report_year, const MeasureId& id, int year, std::string reason,
               std::optional<ChangeSource> source, std::string note) {
                p.withdraw_measure(report_year, id, year, std::move(reason),
                                   Provenance{std::move(source), std::move(note)});
            },
            py::arg("report_year"), py::arg("id"), py::arg("year"), py::arg("reason"),
            py::kw_only(), py::arg("source") = py::none(), py::arg("note") = std::string())
        .def(
            "update_measure",
            [](Plan& p, int report_year, const MeasureId& id, std::optional<std::string> title,
               std::optional<std::string> description, std::optional<Agencies> agencies,
               std::optional<Period> period, std::optional<int> page,
               std::optional<ChangeSource> source, std::string note) {
                p.update_measure(report_year, id,
                                 MeasureUpdate{std::move(title), std::move(description),
                                               std::move(agencies), period, page},
                                 Provenance{std::move(source), std::move(note)});
            },
            py::arg("report_year"), py::arg("id"), py::kw_only(), py::arg("title") = py::none(),
            py::arg("description") = py::none(), py::arg("agencies") = py::none(),
            py::arg("period") = py::none(), py::arg("page") = py::none(),
            py::arg("source") = py::none(), py::arg("note") = std::string())
        .def("record_form", &Plan::record_form, py::arg("report_year"), py::arg("entry"),
             "Adds an entry to the draft report's form register (once).")
        .def(py::self == py::self)
        .def(py::self != py::self);

    m.def(
        "recorded_changes",
        [](std::optional<Measure> before, const Measure& after, std::optional<ChangeSource> source,
           std::string note) {
            return recorded_changes(before, after, Provenance{std::move(source), std::move(note)});
        },
        py::arg("before"), py::arg("after"), py::kw_only(), py::arg("source") = py::none(),
        py::arg("note") = std::string(),
        "The changes from `before` (None: the measure is new) to `after` as an edit records "
        "them, each with `source` and `note`: \"added\", or each changed field and an ended "
        "status; none where neither source nor note is given or nothing changed.");
}

}  // namespace handlingsplan::bindings
