#include "handlingsplan/measure.hpp"

#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {

Measure::Measure(MeasureFields fields) : f_(std::move(fields)) {
    const std::string id = f_.id.to_string();
    if (detail::trim(f_.title).empty()) throw InvalidValue("measure " + id + " has no title");
    if (f_.page && *f_.page < 1) {
        throw InvalidValue("measure " + id + ": a page number starts at 1, got " +
                           std::to_string(*f_.page));
    }
    if (f_.chapter_marking && *f_.chapter_marking != StatusKind::added &&
        *f_.chapter_marking != StatusKind::updated) {
        throw InvalidValue("measure " + id +
                           ": the chapter marks a measure only as \"Ny åtgärd\" or \"Uppdaterad\"");
    }
    if (f_.appendix_title && *f_.appendix_title == f_.title) {
        throw InvalidValue("measure " + id + ": the appendix title repeats the title; store it once");
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
