// The prose chapters of a report and the chapters' published order.
#include "binding.hpp"

#include <pybind11/native_enum.h>

#include "handlingsplan/chapter.hpp"

namespace handlingsplan::bindings {

namespace {

std::vector<std::string> as_strings(const std::vector<std::string_view>& views) {
    return {views.begin(), views.end()};
}

std::string block_repr(const ChapterBlock& b) {
    const std::string kind(chapter_block_kind_text(b.kind()));
    if (!b.is_list()) return "ChapterBlock." + kind + "(" + quoted(b.text()) + ")";
    return "ChapterBlock." + kind + "(<" + std::to_string(b.items().size()) + " items>)";
}

}  // namespace

void bind_chapter(py::module_& m) {
    m.def(
        "chapter_order", [] { return as_strings(chapter_order()); },
        "Every chapter of a report in the published order: the prose chapters and where the "
        "Uppföljning and Åtgärder chapters stand.");
    m.def(
        "prose_chapter_headings", [] { return as_strings(prose_chapter_headings()); },
        "The headings a ProseChapter may have, in the published order.");
    m.attr("FOLLOW_UP_CHAPTER") = std::string(follow_up_chapter);
    m.attr("MEASURES_CHAPTER") = std::string(measures_chapter);

    py::native_enum<ChapterBlockKind>(m, "ChapterBlockKind", "enum.Enum",
                                      "What a block of a chapter is.")
        .value("paragraph", ChapterBlockKind::paragraph, "a paragraph")
        .value("heading", ChapterBlockKind::heading, "a subheading (\"Nationell strategi\")")
        .value("bullets", ChapterBlockKind::bullets, "a bullet list")
        .value("numbered", ChapterBlockKind::numbered, "a numbered list")
        .finalize();

    py::class_<ChapterBlock>(m, "ChapterBlock",
                             "A block of a prose chapter: a paragraph or subheading (text), or a "
                             "bullet or numbered list (items). Made with the static methods.")
        .def_static("paragraph", &ChapterBlock::paragraph, py::arg("text"))
        .def_static("heading", &ChapterBlock::heading, py::arg("text"))
        .def_static("bullets", &ChapterBlock::bullets, py::arg("items"))
        .def_static("numbered", &ChapterBlock::numbered, py::arg("items"))
        .def_property_readonly("kind", &ChapterBlock::kind,
                               "What the block is: paragraph, heading, bullets or numbered.")
        .def_property_readonly("is_list", &ChapterBlock::is_list,
                               "Whether the block is a list (bullets or numbered).")
        .def_property_readonly("text", &ChapterBlock::text,
                               "The paragraph's or subheading's text; empty for a list.")
        .def_property_readonly("items", &ChapterBlock::items,
                               "The list's items; empty for a paragraph or subheading.")
        .def("__repr__", &block_repr)
        .def(py::self == py::self)
        .def(py::self != py::self);

    py::class_<ProseChapter>(m, "ProseChapter",
                             "A prose chapter of a report (Sammanfattning, Introduktion, "
                             "Myndigheternas arbete med handlingsplanen, Extern samverkan, "
                             "Slutord): its heading and blocks, and the year of the report whose "
                             "text it is where it was carried over unedited.")
        .def(py::init<std::string, std::vector<ChapterBlock>, std::optional<int>>(),
             py::arg("heading"), py::arg("blocks"), py::arg("carried_over_from") = py::none())
        .def_property_readonly("heading", &ProseChapter::heading,
                               "The chapter's heading, one of prose_chapter_headings().")
        .def_property_readonly("blocks", &ProseChapter::blocks,
                               "Its paragraphs, subheadings and lists, in printed order.")
        .def_property_readonly("carried_over_from", &ProseChapter::carried_over_from,
                               "The year of the report whose unedited text this is; None for "
                               "the report's own text.")
        .def("paragraphs", &ProseChapter::paragraphs,
             "The paragraphs' texts, in order (subheadings and lists left out).")
        .def("edited", &ProseChapter::edited, "The same chapter as the report's own text.")
        .def("__repr__",
             [](const ProseChapter& c) {
                 std::string out = "<ProseChapter " + quoted(c.heading()) + ": " +
                                   std::to_string(c.blocks().size()) + " blocks";
                 if (c.carried_over_from()) {
                     out += ", from the " + std::to_string(*c.carried_over_from()) + " report";
                 }
                 return out + ">";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);
}

}  // namespace handlingsplan::bindings
