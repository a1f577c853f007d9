// Measure: an åtgärd as one report presents it; immutable, built with keywords.
#include "binding.hpp"

#include <algorithm>
#include <type_traits>

#include "handlingsplan/declaration.hpp"
#include "handlingsplan/measure.hpp"

namespace handlingsplan::bindings {
namespace {

std::optional<StatusKind> marking_from_text(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    return parse_chapter_marking(*text);
}

py::object marking_text(std::optional<StatusKind> marking) {
    if (!marking) return py::none();
    return py::str(std::string(chapter_marking_text(*marking)));
}

// Text is parsed explicitly rather than through implicit conversion, so that a malformed id,
// period or agency phrase raises its ParseError instead of a bare TypeError. (The string comes
// first in the variants: they must be default-constructible.)
template <class T, class Parse>
T parsed(const std::variant<std::string, T>& value, Parse parse) {
    if (const auto* text = std::get_if<std::string>(&value)) return parse(*text);
    return std::get<T>(value);
}

// A Python value as the value of a field of MeasureFields of type T: ids, agency phrases and
// periods may be given as text, a chapter marking is given as its text.
template <class T>
T field_value(const py::handle& value) {
    if constexpr (std::is_same_v<T, MeasureId>) {
        return parsed<MeasureId>(value.cast<std::variant<std::string, MeasureId>>(),
                                 [](const std::string& t) { return MeasureId::parse(t); });
    } else if constexpr (std::is_same_v<T, Agencies>) {
        return parsed<Agencies>(value.cast<std::variant<std::string, Agencies>>(),
                                [](const std::string& t) { return Agencies::parse(t); });
    } else if constexpr (std::is_same_v<T, std::optional<Period>>) {
        if (value.is_none()) return std::nullopt;
        return parsed<Period>(value.cast<std::variant<std::string, Period>>(),
                              [](const std::string& t) { return Period::parse(t); });
    } else if constexpr (std::is_same_v<T, std::optional<StatusKind>>) {
        return marking_from_text(value.cast<std::optional<std::string>>());
    } else {
        return value.cast<T>();
    }
}

// The changes of Measure.replace's keywords, each a field the declaration names.
std::vector<MeasureChange> measure_changes(const py::kwargs& keywords) {
    std::vector<MeasureChange> changes;
    for (const auto& [key, value] : keywords) {
        const auto name = key.cast<std::string>();
        const auto* declared =
            std::find_if(std::begin(measure_members), std::end(measure_members),
                         [&](const MeasureMemberDeclaration& d) { return d.name == name; });
        if (declared == std::end(measure_members)) {
            try {
                field(entity("measure"), name);
            } catch (const NotFound& e) {
                throw py::type_error("Measure has no field " + name +
                                     (e.did_you_mean() ? "; did you mean " + *e.did_you_mean() + "?"
                                                       : std::string()));
            }
        }
        try {
            changes.push_back({name, std::visit(
                                         [&](auto member) -> MeasureValue {
                                             using T = std::remove_reference_t<
                                                 decltype(std::declval<MeasureFields&>().*member)>;
                                             return field_value<T>(value);
                                         },
                                         declared->member)});
        } catch (const py::cast_error&) {
            throw py::type_error("Measure." + name + " cannot be " +
                                 py::repr(value).cast<std::string>());
        }
    }
    return changes;
}

// "A copy with the given fields changed ..." naming the declared fields.
const char* replace_doc() {
    static const std::string doc = [] {
        std::string text = "A copy with the given fields changed (";
        for (const FieldDeclaration& f : measure_fields) {
            if (&f != &measure_fields.front()) text += ", ";
            text += f.name;
        }
        return text + "), e.g. m.replace(period=\"2021–2022\"); the rules are checked again.";
    }();
    return doc.c_str();
}

// The view the package registered; leaked on purpose, so that no Python object is released
// after the interpreter has shut down.
py::object& measure_html_view() {
    static auto* view = new py::object(py::none());
    return *view;
}

}  // namespace

void bind_measure(py::module_& m) {
    m.def(
        "set_measure_html_view", [](const py::object& view) { measure_html_view() = view; },
        py::arg("view"), "Registers the function that renders a Measure as HTML for Jupyter.");
    py::class_<Measure>(
        m, "Measure",
        "An åtgärd as one report presents it. Build it with keywords: "
        "Measure(id=\"1.1.19\", title=..., description=..., agencies=\"MSB i samverkan "
        "med FRA\", period=\"2021–2022\").")
        .def(py::init([](const std::variant<std::string, MeasureId>& id, const std::string& title,
                         const std::string& description,
                         const std::variant<std::string, Agencies>& agencies,
                         const std::optional<std::variant<std::string, Period>>& period,
                         std::optional<int> page, const Status& status,
                         const std::optional<std::string>& chapter_marking,
                         std::optional<std::string> appendix_title,
                         std::optional<std::string> appendix_agencies,
                         const AgencyRegistry& registry) {
                 std::optional<Period> when;
                 if (period)
                     when = parsed<Period>(*period,
                                           [](const std::string& t) { return Period::parse(t); });
                 return Measure(MeasureFields{
                     .id = parsed<MeasureId>(
                         id, [](const std::string& t) { return MeasureId::parse(t); }),
                     .title = title,
                     .description = description,
                     .agencies = parsed<Agencies>(
                         agencies,
                         [&](const std::string& t) { return Agencies::parse(t, registry); }),
                     .period = std::move(when),
                     .page = page,
                     .status = status,
                     .chapter_marking = marking_from_text(chapter_marking),
                     .appendix_title = std::move(appendix_title),
                     .appendix_agencies = std::move(appendix_agencies),
                 });
             }),
             py::kw_only(), py::arg("id"), py::arg("title"), py::arg("description") = "",
             py::arg("agencies"), py::arg("period") = py::none(), py::arg("page") = py::none(),
             py::arg("status") = Status::ongoing(), py::arg("chapter_marking") = py::none(),
             py::arg("appendix_title") = py::none(), py::arg("appendix_agencies") = py::none(),
             py::arg_v("registry", AgencyRegistry::standard(), "AgencyRegistry.standard()"))
        .def_property_readonly("id", &Measure::id, "Its number, \"P.M.N\".")
        .def_property_readonly("title", &Measure::title, "As printed in the Åtgärder chapter.")
        .def_property_readonly("description", &Measure::description,
                               "Paragraphs separated by blank lines.")
        .def_property_readonly("agencies", &Measure::agencies,
                               "The responsible agencies and the others' roles.")
        .def_property_readonly("period", &Measure::period, "None where the report prints none.")
        .def_property_readonly("page", &Measure::page, "Bilaga 1's Sida, or None.")
        .def_property_readonly("status", &Measure::status, "Its status in the report.")
        .def_property_readonly(
            "chapter_marking", [](const Measure& x) { return marking_text(x.chapter_marking()); },
            "\"Ny åtgärd\" or \"Uppdaterad\" as printed beside the title in the "
            "chapter, or None.")
        .def_property_readonly("appendix_title", &Measure::appendix_title,
                               "Bilaga 1's own title where it words the measure differently from "
                               "the chapter; None where they agree (as in the plan file).")
        .def_property_readonly("appendix_agencies", &Measure::appendix_agencies,
                               "Bilaga 1's own agency text where it differs from the chapter's; "
                               "None where they agree.")
        .def_property_readonly(
            "title_in_appendix", &Measure::title_in_appendix,
            "The title as Bilaga 1 prints it (its own wording, else the chapter's).")
        .def_property_readonly(
            "agencies_in_appendix", &Measure::agencies_in_appendix,
            "The agency text as Bilaga 1 prints it (its own, else the chapter's).")
        .def_property_readonly(
            "appendix_differs",
            [](const Measure& x) {
                return x.appendix_title().has_value() || x.appendix_agencies().has_value();
            },
            "Whether Bilaga 1 words the title or the agencies differently from the chapter.")
        .def(
            "replace",
            [](const Measure& x, const py::kwargs& changes) {
                return x.replace(measure_changes(changes));
            },
            replace_doc())
        .def(
            "_repr_html_",
            [](const py::object& self) -> py::object {
                // Jupyter's view. The package registers it (set_measure_html_view): HTML is
                // Python's business, and the compiled module never imports the package back.
                const py::object& view = measure_html_view();
                return view.is_none() ? py::object(py::none()) : view(self);
            },
            "The measure as an HTML card, for Jupyter (once the package registered its view).")
        .def("__repr__",
             [](const Measure& x) {
                 return "Measure(id='" + x.id().to_string() + "', title=" + quoted(x.title()) +
                        ", agencies=" + quoted(x.agencies().text()) +
                        ", period=" + (x.period() ? quoted(x.period()->to_string()) : "None") +
                        ", status=" + py::repr(py::cast(x.status())).cast<std::string>() + ")";
             })
        .def(py::self == py::self)
        .def(py::self != py::self);
}

}  // namespace handlingsplan::bindings
