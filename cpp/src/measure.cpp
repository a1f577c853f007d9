#include "handlingsplan/measure.hpp"

#include <algorithm>
#include <type_traits>

#include "handlingsplan/declaration.hpp"
#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {

void check_page(int page) {
    if (page < min_page || page > max_page) {
        throw InvalidValue("a page number is from " + std::to_string(min_page) + " to " +
                               std::to_string(max_page) + ", got " + std::to_string(page),
                           "ett sidnummer är från " + std::to_string(min_page) + " till " +
                               std::to_string(max_page) + ", inte " + std::to_string(page));
    }
}

Measure::Measure(MeasureFields fields) : f_(std::move(fields)) {
    const auto of_measure = [this](const char* what) {
        return [this, what] { return std::string(what) + " of measure " + f_.id.to_string(); };
    };
    detail::require_text(f_.title, of_measure("the title"));
    detail::require_utf8(f_.description, of_measure("the description"));
    detail::require_text(f_.agencies.text(), of_measure("the agency text"));
    if (f_.appendix_title)
        detail::require_text(*f_.appendix_title, of_measure("the appendix title"));
    if (f_.appendix_agencies) {
        detail::require_text(*f_.appendix_agencies, of_measure("the appendix agency text"));
    }
    // The id's text only for a complaint: a plan holds hundreds of thousands of measures.
    const auto id = [this] { return f_.id.to_string(); };
    if (f_.page) {
        try {
            check_page(*f_.page);
        } catch (const InvalidValue& e) {
            throw InvalidValue("measure " + id() + ": " + e.what(), e.swedish());
        }
    }
    if (f_.chapter_marking && *f_.chapter_marking != StatusKind::added &&
        *f_.chapter_marking != StatusKind::updated) {
        throw InvalidValue(
            "measure " + id() +
                ": the chapter marks a measure only as \"Ny åtgärd\" or \"Uppdaterad\"",
            "kapitlet markerar en åtgärd bara som \"Ny åtgärd\" eller \"Uppdaterad\"");
    }
    if (f_.appendix_title && *f_.appendix_title == f_.title) {
        throw InvalidValue(
            "measure " + id() + ": the appendix title repeats the title; store it once",
            "bilagans rubrik upprepar rubriken; spara den en gång");
    }
    if (f_.appendix_agencies && *f_.appendix_agencies == f_.agencies.text()) {
        throw InvalidValue(
            "measure " + id() + ": the appendix agency text repeats the agency text; store it once",
            "bilagans myndighetstext upprepar myndighetstexten; spara den en gång");
    }
}

const std::string& Measure::title_in_appendix() const noexcept {
    return f_.appendix_title ? *f_.appendix_title : f_.title;
}

const std::string& Measure::agencies_in_appendix() const noexcept {
    return f_.appendix_agencies ? *f_.appendix_agencies : f_.agencies.text();
}

Measure Measure::replace(const std::vector<MeasureChange>& changes) const {
    MeasureFields fields = f_;
    for (const MeasureChange& change : changes) {
        const auto* declared =
            std::find_if(std::begin(measure_members), std::end(measure_members),
                         [&](const MeasureMemberDeclaration& d) { return d.name == change.field; });
        if (declared == std::end(measure_members)) {
            field(entity("measure"), change.field);  // NotFound with the nearest name
        }
        std::visit(
            [&](auto member) {
                using Type = std::remove_reference_t<decltype(fields.*member)>;
                const auto* value = std::get_if<Type>(&change.value);
                if (value == nullptr) {
                    throw InvalidValue("measure " + f_.id.to_string() + ": the field " +
                                       change.field + " takes another kind of value");
                }
                fields.*member = *value;
            },
            declared->member);
    }
    return Measure(std::move(fields));
}

}  // namespace handlingsplan
