// A measure (åtgärd) as one report presents it.
#pragma once

#include <memory>
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

    // This measure as another report gives it: the same texts (title, description, agencies,
    // appendix wording), shared rather than copied, and that report's own period, page, status
    // and chapter marking, checked as the constructor checks them. A plan's reports carry most
    // measures on with their texts unchanged, so a loaded plan holds each text once, and a diff
    // of two reports knows such texts equal without reading them (shares_texts).
    Measure carried_on(std::optional<Period> period, std::optional<int> page, Status status,
                       std::optional<StatusKind> chapter_marking) const;
    // Whether the two hold the very same texts (one carried_on from the other, or both from a
    // third): then they are equal; texts that are not shared may be equal too.
    bool shares_texts(const Measure& other) const noexcept { return texts_ == other.texts_; }

    const MeasureId& id() const noexcept { return id_; }
    const std::string& title() const noexcept { return texts_->title; }
    const std::string& description() const noexcept { return texts_->description; }
    const Agencies& agencies() const noexcept { return texts_->agencies; }
    const std::optional<Period>& period() const noexcept { return period_; }
    std::optional<int> page() const noexcept { return page_; }
    const Status& status() const noexcept { return status_; }
    std::optional<StatusKind> chapter_marking() const noexcept { return chapter_marking_; }
    const std::optional<std::string>& appendix_title() const noexcept {
        return texts_->appendix_title;
    }
    const std::optional<std::string>& appendix_agencies() const noexcept {
        return texts_->appendix_agencies;
    }
    // The title and agency text as Bilaga 1 prints them (the appendix's wording where it has one).
    const std::string& title_in_appendix() const noexcept;
    const std::string& agencies_in_appendix() const noexcept;

    // Every field, copied out (to change some and make another measure).
    MeasureFields fields() const;

    // A copy with `changes` made (as dataclasses.replace), the rules checked again as the
    // constructor checks them. NotFound (with the nearest name) for a field the declaration does
    // not name; InvalidValue for a value of another type than the field's.
    Measure replace(const std::vector<MeasureChange>& changes) const;

    // Every field compared, the texts by value (shared or not).
    bool operator==(const Measure& other) const noexcept;

private:
    // The fields a report may carry on unchanged into the next, held once (see carried_on).
    struct Texts {
        std::string title;
        std::string description;
        Agencies agencies;
        std::optional<std::string> appendix_title;
        std::optional<std::string> appendix_agencies;

        bool operator==(const Texts&) const = default;
    };

    void check_texts() const;
    void check_report_fields() const;

    MeasureId id_;
    std::shared_ptr<const Texts> texts_;  // never null
    std::optional<Period> period_;
    std::optional<int> page_;
    Status status_;
    std::optional<StatusKind> chapter_marking_;
};

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
