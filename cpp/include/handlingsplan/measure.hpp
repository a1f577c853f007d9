// A measure (åtgärd) as one report presents it.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/export.hpp"
#include "handlingsplan/measure_id.hpp"
#include "handlingsplan/period.hpp"
#include "handlingsplan/status.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Bilaga 1's "Sida": a page number from 1 to max_page (a typo such as 1000000 is caught).
inline constexpr int min_page = 1;
inline constexpr int max_page = 100000;
// Throws InvalidValue for a page outside [min_page, max_page]; the loader and Measure use it.
void check_page(int page);

// Everything a measure holds, for building one with designated initialisers.
struct MeasureFields {
    MeasureId id;
    std::string title;
    std::string description;
    Agencies agencies;
    std::optional<Period> period;  // nullopt where the report prints none
    std::optional<int> page;       // Bilaga 1's "Sida"; nullopt where none is printed
    Status status = Status::ongoing();
    // The marking printed beside the title in the Åtgärder chapter: added ("Ny åtgärd") or
    // updated ("Uppdaterad"); kept apart from `status` because the two can disagree.
    std::optional<StatusKind> chapter_marking;
    // How Bilaga 1 prints the title and the agencies where it differs from the chapter.
    std::optional<std::string> appendix_title;
    std::optional<std::string> appendix_agencies;

    bool operator==(const MeasureFields&) const = default;
};

// A value for one field of MeasureFields, of that member's type.
using MeasureValue =
    std::variant<MeasureId, std::string, Agencies, std::optional<Period>, std::optional<int>,
                 Status, std::optional<StatusKind>, std::optional<std::string>>;

// One field to change, named as declaration.hpp's measure_fields name it.
struct MeasureChange {
    std::string field;
    MeasureValue value;
};

class Measure {
public:
    // Throws InvalidValue for a blank title, agency text or appendix wording, text that is not
    // UTF-8, a page outside [min_page, max_page] (check_page), a chapter marking other than
    // added/updated, or an appendix wording equal to the chapter's (store it once). These are
    // the rules the loader applies to a measure in a file, so an edit never makes a file that
    // does not load.
    explicit Measure(MeasureFields fields);

    const MeasureId& id() const noexcept { return f_.id; }
    const std::string& title() const noexcept { return f_.title; }
    const std::string& description() const noexcept { return f_.description; }
    const Agencies& agencies() const noexcept { return f_.agencies; }
    const std::optional<Period>& period() const noexcept { return f_.period; }
    std::optional<int> page() const noexcept { return f_.page; }
    const Status& status() const noexcept { return f_.status; }
    std::optional<StatusKind> chapter_marking() const noexcept { return f_.chapter_marking; }
    const std::optional<std::string>& appendix_title() const noexcept { return f_.appendix_title; }
    const std::optional<std::string>& appendix_agencies() const noexcept {
        return f_.appendix_agencies;
    }
    // The title and agency text as Bilaga 1 prints them (the appendix's wording where it has one).
    const std::string& title_in_appendix() const noexcept;
    const std::string& agencies_in_appendix() const noexcept;

    const MeasureFields& fields() const noexcept { return f_; }

    // A copy with `changes` made (as dataclasses.replace), the rules checked again as the
    // constructor checks them. NotFound (with the nearest name) for a field the declaration does
    // not name; InvalidValue for a value of another type than the field's.
    Measure replace(const std::vector<MeasureChange>& changes) const;

    bool operator==(const Measure&) const = default;

private:
    MeasureFields f_;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
