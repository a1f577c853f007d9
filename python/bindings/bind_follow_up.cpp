// The Uppföljning chapter of a report.
#include "binding.hpp"

#include "handlingsplan/follow_up.hpp"

namespace handlingsplan::bindings {

void bind_follow_up(py::module_& m) {
    py::class_<FollowUpNote>(m, "FollowUpNote",
                             "A titled note of the Uppföljning chapter, such as the one on the "
                             "covid-19 pandemic's effect on the measures.")
        .def(py::init([](std::string title, std::string text) {
                 return FollowUpNote{std::move(title), std::move(text)};
             }),
             py::arg("title"), py::arg("text"))
        .def_readonly("title", &FollowUpNote::title, "The note's heading.")
        .def_readonly("text", &FollowUpNote::text, "Its paragraphs, separated by a blank line.")
        .def("__repr__",
             [](const FollowUpNote& n) {
                 return "FollowUpNote(" + quoted(n.title) + ", <" + std::to_string(n.text.size()) +
                        " characters>)";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<FollowUp>(m, "FollowUp",
                         "The Uppföljning chapter of a report: an introduction, notes, and the "
                         "selected results per strategic priority. Texts are paragraphs "
                         "separated by a blank line.")
        .def(py::init<>())
        .def(py::init<std::string, std::vector<FollowUpNote>, std::map<int, std::string>>(),
             py::kw_only(), py::arg("introduction") = std::string(),
             py::arg("notes") = std::vector<FollowUpNote>{},
             py::arg("results") = std::map<int, std::string>{})
        .def_property_readonly("introduction", &FollowUp::introduction,
                               "The chapter's opening paragraphs.")
        .def_property_readonly("notes", &FollowUp::notes, "The titled notes, in printed order.")
        .def_property_readonly("results", &FollowUp::results,
                               "The selected results (utvalda resultat) per priority number.")
        .def(
            "results_for",
            [](const FollowUp& f, int priority) -> std::optional<std::string> {
                const std::string* text = f.results_for(priority);
                return text ? std::optional<std::string>(*text) : std::nullopt;
            },
            py::arg("priority"), "The results for one priority; None where none are given.")
        .def("__bool__", [](const FollowUp& f) { return !f.empty(); })
        .def("__repr__",
             [](const FollowUp& f) {
                 return "<FollowUp: " + std::to_string(f.notes().size()) + " notes, results for " +
                        std::to_string(f.results().size()) + " priorities>";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);
}

}  // namespace handlingsplan::bindings
