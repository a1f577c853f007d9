#include "handlingsplan/measure.hpp"

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {

void check_page(int page) {
    if (page < min_page || page > max_page) {
        throw InvalidValue("a page number is from " + std::to_string(min_page) + " to " +
                           std::to_string(max_page) + ", got " + std::to_string(page));
    }
}

Measure::Measure(MeasureFields fields) : f_(std::move(fields)) {
    const std::string id = f_.id.to_string();
    detail::require_text(f_.title, "the title of measure " + id);
    detail::require_utf8(f_.description, "the description of measure " + id);
    detail::require_text(f_.agencies.text(), "the agency text of measure " + id);
    if (f_.appendix_title)
        detail::require_text(*f_.appendix_title, "the appendix title of measure " + id);
    if (f_.appendix_agencies) {
        detail::require_text(*f_.appendix_agencies, "the appendix agency text of measure " + id);
    }
    if (f_.page) {
        try {
            check_page(*f_.page);
        } catch (const InvalidValue& e) {
            throw InvalidValue("measure " + id + ": " + e.what());
        }
    }
    if (f_.chapter_marking && *f_.chapter_marking != StatusKind::added &&
        *f_.chapter_marking != StatusKind::updated) {
        throw InvalidValue("measure " + id +
                           ": the chapter marks a measure only as \"Ny åtgärd\" or \"Uppdaterad\"");
    }
    if (f_.appendix_title && *f_.appendix_title == f_.title) {
        throw InvalidValue("measure " + id +
                           ": the appendix title repeats the title; store it once");
    }
    if (f_.appendix_agencies && *f_.appendix_agencies == f_.agencies.text()) {
        throw InvalidValue("measure " + id +
                           ": the appendix agency text repeats the agency text; store it once");
    }
}

const std::string& Measure::title_in_appendix() const noexcept {
    return f_.appendix_title ? *f_.appendix_title : f_.title;
}

const std::string& Measure::agencies_in_appendix() const noexcept {
    return f_.appendix_agencies ? *f_.appendix_agencies : f_.agencies.text();
}

}  // namespace handlingsplan
