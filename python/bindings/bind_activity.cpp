// The government's activities: case numbers, Swedish dates with their precision, dated events,
// activities, the queries over them, and Plan.activities.
#include "binding.hpp"

#include <pybind11/native_enum.h>

#include "handlingsplan/assignment.hpp"
#include "handlingsplan/case_number.hpp"
#include "handlingsplan/government_activity.hpp"
#include "handlingsplan/plan.hpp"
#include "handlingsplan/swedish_date.hpp"

namespace handlingsplan::bindings {
namespace {

std::vector<GovernmentActivity> copies(const std::vector<const GovernmentActivity*>& activities) {
    std::vector<GovernmentActivity> out;
    out.reserve(activities.size());
    for (const auto* a : activities) out.push_back(*a);
    return out;
}

std::string event_repr(const DatedEvent& e) {
    // Reads like the constructor call: DatedEvent(EventKind.due, SwedishDate('1 mars 2021'), ...).
    const auto name = [](const auto& value) {
        const py::object member = py::cast(value);
        return py::str(py::type::of(member).attr("__name__")).cast<std::string>() + "." +
               member.attr("name").cast<std::string>();
    };
    return "DatedEvent(" + name(e.kind) + ", SwedishDate(" + quoted(e.when.to_string()) + ")" +
           (e.bound == DateBound::none ? "" : ", bound=" + name(e.bound)) +
           (e.stage == ReportStage::none ? "" : ", stage=" + name(e.stage)) +
           (e.form == ReportForm::none ? "" : ", form=" + name(e.form)) + ")";
}

}  // namespace

void bind_activity(py::module_& m) {
    py::native_enum<CaseNumberKind>(m, "CaseNumberKind", "enum.Enum",
                                    "The kinds of reference a case number is.")
        .value("department", CaseNumberKind::department, "diarienummer: Ju2018/03737/SSK")
        .value("committee", CaseNumberKind::committee, "kommittébeteckning: Ju 2017:H")
        .value("directive", CaseNumberKind::directive, "kommittédirektiv: dir. 2019:50")
        .value("sou", CaseNumberKind::sou, "SOU 2018:82")
        .value("ds", CaseNumberKind::ds, "Ds 2020:1")
        .value("bill", CaseNumberKind::bill, "proposition: prop. 2019/20:64")
        .value("communication", CaseNumberKind::communication, "skrivelse: skr. 2016/17:213")
        .value("statute", CaseNumberKind::statute, "lag or förordning: SFS 2018:585")
        .value("eu_act", CaseNumberKind::eu_act, "EU-rättsakt: (EU) 2019/881")
        .value("eu_document", CaseNumberKind::eu_document, "EU-dokument: JOIN(2017) 450 final")
        .value("council_document", CaseNumberKind::council_document, "rådsdokument: dok. 14517/19")
        .value("treaty", CaseNumberKind::treaty, "konvention: ETS 185")
        .finalize();
    m.def(
        "case_number_kind_text",
        [](CaseNumberKind k) { return std::string(case_number_kind_text(k)); }, py::arg("kind"),
        "\"diarienummer\", \"kommittédirektiv\", \"SOU\" ...");

    py::class_<CaseNumber>(
        m, "CaseNumber",
        "A case number (diarienummer) or other reference: CaseNumber(\"Ju2018/03737/SSK\"), "
        "CaseNumber(\"dir 2017:99\"), CaseNumber(\"lag (2018:585)\").")
        .def(py::init(&CaseNumber::parse), py::arg("text"),
             "Parses any written form; ParseError otherwise.")
        .def_static("parse", &CaseNumber::parse, py::arg("text"),
                    "Parses any written form; ParseError otherwise.")
        .def_property_readonly("kind", &CaseNumber::kind,
                               "diarienummer, kommittédirektiv, SOU ... (CaseNumberKind).")
        .def_property_readonly("series", &CaseNumber::series,
                               "The department or series code: \"Ju\", \"JOIN\".")
        .def_property_readonly("year", &CaseNumber::year, "The year (the first of a riksmöte).")
        .def_property_readonly("number", &CaseNumber::number, "The running number.")
        .def_property_readonly("unit", &CaseNumber::unit,
                               "A department's unit (\"SSK\") or a committee's letter; empty for "
                               "a diarienummer printed without it (\"Fö2025/01712\").")
        .def_property_readonly("printed", &CaseNumber::printed,
                               "The text as written where it was read (\"Ju 2019/03058/SSK\"); "
                               "not part of the value.")
        .def("same_case", &CaseNumber::same_case, py::arg("other"),
             "Equal, or two diarienummer that differ only in that one is printed without its "
             "unit: what a query matches.")
        .def("__str__", &CaseNumber::to_string)
        .def("__repr__",
             [](const CaseNumber& n) { return "CaseNumber(" + quoted(n.to_string()) + ")"; })
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def(py::self > py::self)
        .def(py::self >= py::self)
        .def("__hash__", [](const CaseNumber& n) { return py::hash(py::str(n.to_string())); })
        .def(py::pickle([](const CaseNumber& n) { return n.to_string(); },
                        [](const std::string& text) { return CaseNumber::parse(text); }));
    py::implicitly_convertible<py::str, CaseNumber>();

    py::class_<CaseNumberCitation>(m, "CaseNumberCitation",
                                   "A case number found in a text, and where.")
        .def_readonly("number", &CaseNumberCitation::number)
        .def_readonly("offset", &CaseNumberCitation::offset, "Byte offset in the UTF-8 text.")
        .def_readonly("length", &CaseNumberCitation::length, "Length in bytes.")
        .def("__repr__", [](const CaseNumberCitation& c) {
            return "CaseNumberCitation(" + quoted(c.number.to_string()) +
                   ", offset=" + std::to_string(c.offset) + ", length=" + std::to_string(c.length) +
                   ")";
        });
    m.def("find_case_numbers", &find_case_numbers, py::arg("text"),
          "Every case number in a text, in order.");

    py::native_enum<DatePrecision>(m, "DatePrecision", "enum.Enum",
                                   "How precisely a Swedish date is given.")
        .value("day", DatePrecision::day, "dag: den 12 juli 2018")
        .value("month", DatePrecision::month, "månad: i oktober 2019")
        .value("season", DatePrecision::season, "årstid: hösten 2017")
        .value("year", DatePrecision::year, "år: under 2020")
        .finalize();
    m.def(
        "date_precision_text", [](DatePrecision p) { return std::string(date_precision_text(p)); },
        py::arg("precision"), "\"dag\", \"månad\", \"årstid\" or \"år\".");
    py::native_enum<Season>(m, "Season", "enum.Enum", "våren, sommaren, hösten.")
        .value("spring", Season::spring, "våren: March–May")
        .value("summer", Season::summer, "sommaren: June–August")
        .value("autumn", Season::autumn, "hösten: September–November")
        .finalize();
    py::native_enum<DateBound>(m, "DateBound", "enum.Enum", "How a date bounds what it dates.")
        .value("none", DateBound::none, "no word")
        .value("no_later_than", DateBound::no_later_than, "senast")
        .value("through", DateBound::through, "till och med")
        .value("from_", DateBound::from, "från och med")
        .finalize();
    m.def(
        "date_bound_text", [](DateBound b) { return std::string(date_bound_text(b)); },
        py::arg("bound"), "\"\", \"senast\", \"till och med\" or \"från och med\".");

    py::class_<SwedishDate>(
        m, "SwedishDate",
        "A date of Swedish running text with its precision: SwedishDate(\"den 12 juli 2018\"), "
        "SwedishDate(\"hösten 2017\").")
        .def(py::init(&SwedishDate::parse), py::arg("text"))
        .def_static(
            "parse", &SwedishDate::parse, py::arg("text"),
            "\"den 12 juli 2018\", \"i oktober 2019\", \"hösten 2017\", \"under 2020\", \"2020\".")
        .def_static("parse_iso", &SwedishDate::parse_iso, py::arg("text"),
                    "\"2018-07-12\", \"2019-10\", \"2017-hösten\", \"2020\".")
        .def_static("of_day", &SwedishDate::of_day, py::arg("day"), "A date given to the day.")
        .def_static("of_month", &SwedishDate::of_month, py::arg("year"), py::arg("month"),
                    "A month.")
        .def_static("of_season", &SwedishDate::of_season, py::arg("year"), py::arg("season"),
                    "A season.")
        .def_static("of_year", &SwedishDate::of_year, py::arg("year"), "A year.")
        .def_property_readonly("precision", &SwedishDate::precision, "Day, month, season or year.")
        .def_property_readonly("first_day", &SwedishDate::first_day,
                               "The first day the date covers.")
        .def_property_readonly("last_day", &SwedishDate::last_day, "The last day the date covers.")
        .def_property_readonly("exact_day", &SwedishDate::exact_day,
                               "The day, when given to the day; else None.")
        .def_property_readonly("year", &SwedishDate::year, "The year the date lies in.")
        .def_property_readonly("season", &SwedishDate::season,
                               "The season of a date given by season; else None.")
        .def("to_iso", &SwedishDate::to_iso,
             "\"2018-07-12\", \"2019-10\", \"2017-hösten\", \"2020\".")
        .def("__str__", &SwedishDate::to_string)
        .def("__repr__",
             [](const SwedishDate& d) { return "SwedishDate(" + quoted(d.to_string()) + ")"; })
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def(py::self < py::self)
        .def("__hash__", [](const SwedishDate& d) { return py::hash(py::str(d.to_iso())); })
        .def(py::pickle([](const SwedishDate& d) { return d.to_iso(); },
                        [](const std::string& iso) { return SwedishDate::parse_iso(iso); }));

    py::class_<DateMention>(m, "DateMention", "A date found in a text, with its bound and place.")
        .def_readonly("date", &DateMention::date)
        .def_readonly("bound", &DateMention::bound)
        .def_readonly("offset", &DateMention::offset, "Byte offset in the UTF-8 text.")
        .def_readonly("length", &DateMention::length, "Length in bytes.")
        .def("__repr__", [](const DateMention& d) {
            return "DateMention(" + quoted(d.date.to_string()) +
                   ", offset=" + std::to_string(d.offset) + ")";
        });
    m.def("find_dates", &find_dates, py::arg("text"), "Every Swedish date in a text, in order.");
    m.def(
        "month_name", [](int month) { return std::string(month_name(month)); }, py::arg("month"),
        "The Swedish name of month 1..12: \"januari\" … \"december\".");

    py::native_enum<ActivityState>(m, "ActivityState", "enum.Enum", "pågående or avslutad.")
        .value("ongoing", ActivityState::ongoing, "pågående")
        .value("finished", ActivityState::finished, "avslutad")
        .finalize();
    m.def(
        "activity_state_text", [](ActivityState s) { return std::string(activity_state_text(s)); },
        py::arg("state"), "\"pågående\" or \"avslutad\".");
    m.def("parse_activity_state", &parse_activity_state, py::arg("text"));
    py::native_enum<EventKind>(m, "EventKind", "enum.Enum",
                               "What a date in an activity's text dates.")
        .value("decided", EventKind::decided, "beslutad")
        .value("due", EventKind::due, "ska redovisas")
        .value("reported", EventKind::reported, "redovisad")
        .value("in_force", EventKind::in_force, "i kraft")
        .value("extended", EventKind::extended, "förlängd")
        .value("adopted", EventKind::adopted, "antagen")
        .value("published", EventKind::published, "publicerad")
        .value("started", EventKind::started, "påbörjad")
        .value("other", EventKind::other, "övrigt")
        .finalize();
    m.def(
        "event_kind_text", [](EventKind k) { return std::string(event_kind_text(k)); },
        py::arg("kind"),
        "\"beslutad\", \"ska redovisas\", \"redovisad\", \"i kraft\", \"förlängd\", \"antagen\", "
        "\"publicerad\", \"påbörjad\" or \"övrigt\".");
    m.def("parse_event_kind", &parse_event_kind, py::arg("text"));
    py::native_enum<ReportStage>(m, "ReportStage", "enum.Enum",
                                 "Which report a dated report event is.")
        .value("none", ReportStage::none, "not said")
        .value("interim", ReportStage::interim, "delredovisning")
        .value("final_report", ReportStage::final_report, "slutredovisning")
        .finalize();
    m.def(
        "report_stage_text", [](ReportStage v) { return std::string(report_stage_text(v)); },
        py::arg("stage"), "\"\", \"delredovisning\" or \"slutredovisning\".");
    m.def("parse_report_stage", &parse_report_stage, py::arg("text"));
    py::native_enum<ReportForm>(m, "ReportForm", "enum.Enum", "How a report is given.")
        .value("none", ReportForm::none, "not said")
        .value("oral", ReportForm::oral, "muntlig")
        .value("written", ReportForm::written, "skriftlig")
        .finalize();
    m.def(
        "report_form_text", [](ReportForm v) { return std::string(report_form_text(v)); },
        py::arg("form"), "\"\", \"muntlig\" or \"skriftlig\".");
    m.def("parse_report_form", &parse_report_form, py::arg("text"));
    py::native_enum<AssignmentRole>(m, "AssignmentRole", "enum.Enum",
                                    "What an agency is in an assignment.")
        .value("assignee", AssignmentRole::assignee, "uppdragstagare")
        .value("through", AssignmentRole::through, "genom")
        .value("in_cooperation", AssignmentRole::in_cooperation, "i samverkan med")
        .value("supporting", AssignmentRole::supporting, "ska stödja")
        .finalize();
    m.def(
        "assignment_role_text",
        [](AssignmentRole v) { return std::string(assignment_role_text(v)); }, py::arg("role"),
        "\"uppdragstagare\", \"genom\", \"i samverkan med\" or \"ska stödja\".");
    m.def("parse_assignment_role", &parse_assignment_role, py::arg("text"));
    py::class_<AssignedAgency>(m, "AssignedAgency", "An agency of an assignment and its role.")
        .def(py::init([](std::string name, AssignmentRole role, std::string unit,
                         std::string printed) {
                 return AssignedAgency{std::move(name), role, std::move(unit), std::move(printed)};
             }),
             py::arg("name"), py::arg("role"), py::kw_only(), py::arg("unit") = std::string(),
             py::arg("printed") = std::string())
        .def_readonly("name", &AssignedAgency::name,
                      "The registry's short name where it knows the agency, else as printed.")
        .def_readonly("role", &AssignedAgency::role, "Its role (AssignmentRole).")
        .def_readonly("unit", &AssignedAgency::unit,
                      "The unit of the agency the page names (\"NCSC\" at FRA), or \"\".")
        .def_readonly("printed", &AssignedAgency::printed,
                      "The name as the page printed it at its date (\"Myndigheten för civilt "
                      "försvar (MCF)\"), where it differs from `name`; else \"\".")
        .def("__repr__",
             [](const AssignedAgency& a) {
                 return "AssignedAgency(" + quoted(a.name) + ", AssignmentRole." +
                        py::cast(a.role).attr("name").cast<std::string>() +
                        (a.unit.empty() ? "" : ", unit=" + quoted(a.unit)) +
                        (a.printed.empty() ? "" : ", printed=" + quoted(a.printed)) + ")";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    m.def("assigned_agency_name", &assigned_agency_name, py::arg("agency"), py::arg("registry"),
          py::arg("today") = py::none(),
          "How a document names an agency of an assignment: as the page printed it (\"NCSC vid "
          "FRA\" for a unit the page does not print); with `today` (datetime.date), an agency "
          "whose successor has taken over by then and that the page names otherwise by today's "
          "name, \"MSB (sedan 2026 Myndigheten för civilt försvar)\".");

    py::class_<DatedEvent>(m, "DatedEvent", "A dated event of an activity: its kind and its date.")
        .def(py::init([](EventKind kind, SwedishDate when, DateBound bound, ReportStage stage,
                         ReportForm form) {
                 return DatedEvent{kind, when, bound, stage, form};
             }),
             py::arg("kind"), py::arg("when"),
             py::arg_v("bound", DateBound::none, "DateBound.none"),
             py::arg_v("stage", ReportStage::none, "ReportStage.none"),
             py::arg_v("form", ReportForm::none, "ReportForm.none"))
        .def_readonly("kind", &DatedEvent::kind, "What the date dates (EventKind).")
        .def_readonly("when", &DatedEvent::when,
                      "The date as the text gives it, with its precision.")
        .def_readonly("bound", &DatedEvent::bound, "senast, till och med ... or none.")
        .def_readonly("stage", &DatedEvent::stage,
                      "An interim or the final report, or none (ReportStage).")
        .def_readonly("form", &DatedEvent::form, "Oral, written or none (ReportForm).")
        .def_property_readonly(
            "date", [](const DatedEvent& e) { return e.when.exact_day(); },
            "The day (datetime.date) when the text gives one; None for a month, season or year.")
        .def_property_readonly(
            "precision", [](const DatedEvent& e) { return e.when.precision(); },
            "Day, month, season or year: how precisely the text gives the date.")
        .def_property_readonly(
            "kind_text", [](const DatedEvent& e) { return std::string(event_kind_text(e.kind)); },
            "\"beslutad\", \"ska redovisas\" ...")
        .def("__repr__", &event_repr)
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<ActivityFacts>(m, "ActivityFacts", "What the rule finds in an activity's text.")
        .def_readonly("case_numbers", &ActivityFacts::case_numbers)
        .def_readonly("events", &ActivityFacts::events);
    m.def("read_activity_text", &read_activity_text, py::arg("text"),
          "The case numbers and dated events of an activity's text (the rule the importer uses).");

    py::class_<GovernmentActivity>(
        m, "GovernmentActivity",
        "An activity of the government for the strategy: an assignment, a directive, a "
        "bill, a law ..., with its case numbers and dated events.")
        .def(py::init([](std::optional<int> priority, std::string text, ActivityState state,
                         std::vector<CaseNumber> case_numbers, std::vector<DatedEvent> events,
                         std::string title, std::string source,
                         std::vector<AssignedAgency> agencies) {
                 return GovernmentActivity(
                     priority, std::move(text), state, std::move(case_numbers), std::move(events),
                     {std::move(title), std::move(source), std::move(agencies)});
             }),
             py::kw_only(), py::arg("priority"), py::arg("text"), py::arg("state"),
             py::arg("case_numbers") = std::vector<CaseNumber>{},
             py::arg("events") = std::vector<DatedEvent>{}, py::arg("title") = std::string(),
             py::arg("source") = std::string(), py::arg("agencies") = std::vector<AssignedAgency>{})
        .def_static("from_text", &GovernmentActivity::from_text, py::kw_only(), py::arg("priority"),
                    py::arg("state"), py::arg("text"),
                    "The activity with the case numbers and events its text gives.")
        .def_property_readonly("priority", &GovernmentActivity::priority,
                               "The strategic priority's number; None for an assignment read "
                               "from a page that no priority names.")
        .def_property_readonly(
            "title", [](const GovernmentActivity& a) { return a.details().title; },
            "The assignment page's title; empty for an activity of the overview.")
        .def_property_readonly(
            "source", [](const GovernmentActivity& a) { return a.details().source; },
            "Where it was read (the page's address or file); empty for the overview's.")
        .def_property_readonly(
            "agencies", [](const GovernmentActivity& a) { return a.details().agencies; },
            "The agencies of an assignment and their roles (AssignedAgency).")
        .def_property_readonly("text", &GovernmentActivity::text,
                               "The activity as the government words it.")
        .def_property_readonly("state", &GovernmentActivity::state,
                               "ongoing (pågående) or finished (avslutad).")
        .def_property_readonly(
            "state_text",
            [](const GovernmentActivity& a) { return std::string(activity_state_text(a.state())); },
            "\"pågående\" or \"avslutad\".")
        .def_property_readonly(
            "case_numbers", &GovernmentActivity::case_numbers,
            "The case numbers its text cites, each once, in the order first cited.")
        .def_property_readonly("events", &GovernmentActivity::events,
                               "Its dated events, in the order written.")
        .def("cites", &GovernmentActivity::cites, py::arg("number"))
        .def("names_agency", &GovernmentActivity::names_agency, py::arg("agency"),
             "True if the text names the agency (short or full name).")
        .def("deadlines", &GovernmentActivity::deadlines, "The \"ska redovisas\" events.")
        .def("overdue_on", &GovernmentActivity::overdue_on, py::arg("day"),
             "Ongoing with a \"ska redovisas\" date passed before `day` and not reported since.")
        .def("__repr__",
             [](const GovernmentActivity& a) {
                 const std::string& t = a.text();
                 std::string head = t.substr(0, std::min<std::size_t>(t.size(), 60));
                 while (!head.empty() && (static_cast<unsigned char>(head.back()) & 0xC0) == 0x80)
                     head.pop_back();
                 if (!head.empty() && static_cast<unsigned char>(head.back()) >= 0xC0)
                     head.pop_back();
                 return "GovernmentActivity(priority=" +
                        (a.priority() ? std::to_string(*a.priority()) : std::string("None")) +
                        ", state=" + quoted(std::string(activity_state_text(a.state()))) +
                        ", text=" + quoted(head + (head.size() < t.size() ? "…" : "")) + ")";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    m.def(
        "select_activities",
        [](const std::vector<GovernmentActivity>& activities, std::optional<int> priority,
           std::optional<ActivityState> state, std::optional<std::string> agency,
           std::optional<CaseNumber> case_number, const AgencyRegistry& registry) {
            return copies(select_activities(
                activities, {priority, state, std::move(agency), std::move(case_number)},
                registry));
        },
        py::arg("activities"), py::kw_only(), py::arg("priority") = py::none(),
        py::arg("state") = py::none(), py::arg("agency") = py::none(),
        py::arg("case_number") = py::none(),
        py::arg_v("registry", AgencyRegistry::standard(), "AgencyRegistry.standard()"),
        "The activities matching every criterion given.");
    m.def(
        "deadlines_between",
        [](const std::vector<GovernmentActivity>& activities, const boost::gregorian::date& from,
           const boost::gregorian::date& to) {
            std::vector<std::pair<GovernmentActivity, DatedEvent>> out;
            for (const auto& d : deadlines_between(activities, from, to))
                out.emplace_back(*d.activity, d.event);
            return out;
        },
        py::arg("activities"), py::arg("start"), py::arg("end"),
        "(activity, event) for each \"ska redovisas\" date wholly within [start, end], in date "
        "order.");
    m.def(
        "overdue_activities",
        [](const std::vector<GovernmentActivity>& activities, const boost::gregorian::date& day) {
            return copies(overdue_activities(activities, day));
        },
        py::arg("activities"), py::arg("day"), "The activities overdue on `day`.");

    py::class_<AssignmentPage>(m, "AssignmentPage",
                               "An assignment page as its front end hands it to read_assignment.")
        .def(py::init([](std::string title_line, std::string body, std::string source,
                         std::optional<int> year) {
                 return AssignmentPage{std::move(title_line), std::move(body), std::move(source),
                                       year};
             }),
             py::kw_only(), py::arg("title_line"), py::arg("body"), py::arg("source") = "",
             py::arg("year") = py::none())
        .def_readonly("title_line", &AssignmentPage::title_line,
                      "The title, with \"Diarienummer: …\" where the page has it.")
        .def_readonly("body", &AssignmentPage::body, "The rest of the text.")
        .def_readonly("source", &AssignmentPage::source, "The page's address or file.")
        .def_readonly("year", &AssignmentPage::year,
                      "The page's year, for a day written without one; None if unknown.");
    m.def("split_title_line", &split_title_line, py::arg("title_line"),
          "(title, what follows \"Diarienummer:\") of an assignment page's title line.");
    m.def("read_assignment_page", &read_assignment, py::arg("page"),
          py::arg_v("registry", AgencyRegistry::standard(), "AgencyRegistry.standard()"),
          "The page as an ongoing activity with no strategic priority; ParseError for a page "
          "that gives no assignment.");

    // Plan.activities, on the class bind_plan made.
    auto plan = py::reinterpret_borrow<py::class_<Plan>>(m.attr("Plan"));
    // Copies: an element referring into the plan's vector would dangle once add_activity grows
    // it (an activity kept from plan.activities read freed memory after the next add).
    plan.def_property_readonly(
            "activities",
            [](const Plan& p) { return std::vector<GovernmentActivity>(p.activities()); },
            "The government's activities for the strategy, in their published order (copies).")
        .def("set_activities", &Plan::set_activities, py::arg("activities"),
             "Replaces the government's activities; InvalidValueError for an unknown priority.")
        .def("add_activity", &Plan::add_activity, py::arg("activity"),
             "Adds one activity; RuleViolationError if the plan has it already (its source or "
             "diarienummer), InvalidValueError for an unknown priority.");
}

}  // namespace handlingsplan::bindings
