// The plan's own words: its levels, how it writes its ids, its Bilaga 1's wording.
#include "binding.hpp"

#include "handlingsplan/appendix.hpp"
#include "handlingsplan/words.hpp"

namespace handlingsplan::bindings {
namespace {

std::string words_repr(const PlanWords& w) {
    return "PlanWords(levels=LevelWords(priority=" + quoted(w.levels.priority) +
           ", objective=" + quoted(w.levels.objective) + ", measure=" + quoted(w.levels.measure) +
           "), ids=IdStyle." + (w.ids == IdStyle::letters ? "letters" : "numbers") +
           ", appendix=AppendixWords(" + "title=" + quoted(w.appendix.title) + ", …))";
}

}  // namespace

void bind_words(py::module_& m) {
    const LevelWords levels;
    py::class_<LevelWords>(m, "LevelWords",
                           "What a plan calls the three levels of its strategy, as a heading "
                           "begins them: \"Strategisk prioritering\", \"Målsättning\", \"Åtgärd\" "
                           "(\"Pelare\", \"Mål\", \"Aktivitet\" in the 2025–2029 strategy).")
        .def(py::init([](std::string priority, std::string objective, std::string measure,
                         std::string measures) {
                 return LevelWords{std::move(priority), std::move(objective), std::move(measure),
                                   std::move(measures)};
             }),
             py::kw_only(), py::arg("priority") = levels.priority,
             py::arg("objective") = levels.objective, py::arg("measure") = levels.measure,
             py::arg("measures") = levels.measures)
        .def_readonly("priority", &LevelWords::priority,
                      "The top level: \"Strategisk prioritering\", \"Pelare\".")
        .def_readonly("objective", &LevelWords::objective,
                      "The objectives: \"Målsättning\", \"Mål\".")
        .def_readonly("measure", &LevelWords::measure, "A measure: \"Åtgärd\", \"Aktivitet\".")
        .def_readonly("measures", &LevelWords::measures,
                      "The plural: \"Åtgärder\", \"Aktiviteter\".")
        .def(py::self == py::self)
        .def("__repr__", [](const LevelWords& w) {
            return "LevelWords(priority=" + quoted(w.priority) +
                   ", objective=" + quoted(w.objective) + ", measure=" + quoted(w.measure) +
                   ", measures=" + quoted(w.measures) + ")";
        });

    const AppendixWords a;
    py::class_<AppendixWords>(m, "AppendixWords",
                              "Bilaga 1's wording: title, opening paragraph, sections, column "
                              "headings and the line of an empty table.")
        .def(
            py::init(
                [](std::string title, std::string intro, std::string current, std::string completed,
                   std::string withdrawn, std::string number_column, std::string measure_column,
                   std::string agencies_column, std::string status_column, std::string page_column,
                   std::string completed_column, std::string withdrawn_column, std::string empty) {
                    return AppendixWords{std::move(title),
                                         std::move(intro),
                                         std::move(current),
                                         std::move(completed),
                                         std::move(withdrawn),
                                         std::move(number_column),
                                         std::move(measure_column),
                                         std::move(agencies_column),
                                         std::move(status_column),
                                         std::move(page_column),
                                         std::move(completed_column),
                                         std::move(withdrawn_column),
                                         std::move(empty)};
                }),
            py::kw_only(), py::arg("title") = a.title, py::arg("intro") = a.intro,
            py::arg("current") = a.current, py::arg("completed") = a.completed,
            py::arg("withdrawn") = a.withdrawn, py::arg("number_column") = a.number_column,
            py::arg("measure_column") = a.measure_column,
            py::arg("agencies_column") = a.agencies_column,
            py::arg("status_column") = a.status_column, py::arg("page_column") = a.page_column,
            py::arg("completed_column") = a.completed_column,
            py::arg("withdrawn_column") = a.withdrawn_column, py::arg("empty") = a.empty)
        .def_readonly("title", &AppendixWords::title, "\"Bilaga 1: Förteckning över åtgärder\".")
        .def_readonly("intro", &AppendixWords::intro, "The paragraph that opens the list.")
        .def_readonly("current", &AppendixWords::current, "\"Aktuella åtgärder\".")
        .def_readonly("completed", &AppendixWords::completed, "\"Genomförda åtgärder\".")
        .def_readonly("withdrawn", &AppendixWords::withdrawn, "\"Avskrivna åtgärder\".")
        .def_readonly("number_column", &AppendixWords::number_column, "\"#\".")
        .def_readonly("measure_column", &AppendixWords::measure_column, "\"Åtgärd\".")
        .def_readonly("agencies_column", &AppendixWords::agencies_column, "\"Ansvarig myndighet\".")
        .def_readonly("status_column", &AppendixWords::status_column, "\"Status\".")
        .def_readonly("page_column", &AppendixWords::page_column, "\"Sida\".")
        .def_readonly("completed_column", &AppendixWords::completed_column, "\"Klar\".")
        .def_readonly("withdrawn_column", &AppendixWords::withdrawn_column, "\"Avskriven\".")
        .def_readonly("empty", &AppendixWords::empty,
                      "\"Inga åtgärder.\": shown where a section or table has no measure.")
        .def(
            "columns",
            [](const AppendixWords& w, const std::string& kind) {
                for (const auto k : {AppendixSectionKind::current, AppendixSectionKind::completed,
                                     AppendixSectionKind::withdrawn}) {
                    if (appendix_section_kind_text(k) == kind) return appendix_columns(w, k);
                }
                throw py::value_error("no section of Bilaga 1 is called " + quoted(kind) +
                                      "; expected \"aktuella\", \"genomförda\" or \"avskrivna\"");
            },
            py::arg("kind"),
            "The columns of the section \"aktuella\", \"genomförda\" or \"avskrivna\".")
        .def(
            "section_title",
            [](const AppendixWords& w, const std::string& kind) {
                for (const auto k : {AppendixSectionKind::current, AppendixSectionKind::completed,
                                     AppendixSectionKind::withdrawn}) {
                    if (appendix_section_kind_text(k) == kind) {
                        return appendix_section_title(w, k);
                    }
                }
                throw py::value_error("no section of Bilaga 1 is called " + quoted(kind) +
                                      "; expected \"aktuella\", \"genomförda\" or \"avskrivna\"");
            },
            py::arg("kind"), "The title of the section \"aktuella\", … (\"Aktuella åtgärder\").")
        .def(py::self == py::self)
        .def("__repr__", [](const AppendixWords& w) {
            return "AppendixWords(title=" + quoted(w.title) + ", …)";
        });

    py::class_<PlanWords>(m, "PlanWords",
                          "The plan's own words: what it calls its levels, how it writes its ids "
                          "and how its Bilaga 1 is worded. PlanWords.standard() gives the "
                          "2019–2022 plan's, those of a plan file that gives none.")
        .def(py::init([](LevelWords levels_, IdStyle ids, AppendixWords appendix) {
                 PlanWords words{std::move(levels_), ids, std::move(appendix)};
                 words.check();
                 return words;
             }),
             py::kw_only(), py::arg("levels") = LevelWords{}, py::arg("ids") = IdStyle::numbers,
             py::arg("appendix") = AppendixWords{})
        .def_static("standard", &PlanWords::standard, py::return_value_policy::copy,
                    "The 2019–2022 plan's words.")
        .def_readonly("levels", &PlanWords::levels, "What the plan calls its levels.")
        .def_readonly("ids", &PlanWords::ids,
                      "How it writes its ids: IdStyle.numbers or IdStyle.letters.")
        .def_readonly("appendix", &PlanWords::appendix, "Its Bilaga 1's wording.")
        .def("priority_heading", &PlanWords::priority_heading, py::arg("number"),
             py::arg("title") = "",
             "\"Strategisk prioritering 1.\" or \"Pelare A.\", with the title after it where "
             "one is given.")
        .def(
            "priority_label",
            [](const PlanWords& w, int number) { return priority_label(number, w.ids); },
            py::arg("number"), "The top level's number as the plan writes it: \"1\" or \"A\".")
        .def(py::self == py::self)
        .def("__repr__", &words_repr);
}

}  // namespace handlingsplan::bindings
