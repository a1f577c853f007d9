// A report's measures column by column, for tables (pandas DataFrames, Arrow): one column per
// field, one entry per measure (or per measure and agency role) in the report's order, so that
// Python builds a table from a few whole columns instead of reading every measure's fields one
// by one. Texts are laid out as Arrow lays out a (large) string array, so that a table takes a
// column of texts without one object per entry.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/diff.hpp"
#include "handlingsplan/export.hpp"
#include "handlingsplan/report.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// Texts one after another: entry i is data()[offsets()[i], offsets()[i + 1]); an entry may be
// missing (has_value false, no bytes).
class TextColumn {
public:
    void push_back(std::string_view text);
    void push_back(const std::optional<std::string>& text);
    // An entry written straight into the column by `write(std::string& data)`, which appends
    // its text (an id's or a period's append_to): no string of its own per entry.
    template <class Write>
    void push_written(Write&& write) {
        write(data_);
        offsets_.push_back(static_cast<std::int64_t>(data_.size()));
        valid_.push_back(1);
    }
    void push_missing();
    void reserve(std::size_t entries, std::size_t bytes);

    std::size_t size() const noexcept { return offsets_.size() - 1; }
    bool has_value(std::size_t i) const noexcept { return valid_[i] != 0; }
    // The entry's text ("" where it is missing).
    std::string_view operator[](std::size_t i) const noexcept;
    std::optional<std::string> value(std::size_t i) const;
    // Every entry, for comparisons and tests.
    std::vector<std::optional<std::string>> values() const;
    bool any_missing() const noexcept { return missing_ > 0; }

    // The column's buffers moved out, for a table to own (the column is left empty).
    struct Buffers {
        std::vector<std::int64_t> offsets;
        std::string data;
        std::vector<std::uint8_t> valid;
        bool any_missing;
    };
    Buffers release();

    const std::vector<std::int64_t>& offsets() const noexcept { return offsets_; }
    const std::string& data() const noexcept { return data_; }
    // One byte per entry: 1 where it has a text, 0 where it is missing.
    const std::vector<std::uint8_t>& valid() const noexcept { return valid_; }

private:
    std::vector<std::int64_t> offsets_{0};
    std::string data_;
    std::vector<std::uint8_t> valid_;
    std::size_t missing_ = 0;
};

// Lists of texts: entry i holds items()[starts()[i] .. starts()[i + 1]).
class TextListColumn {
public:
    void push_back(const std::vector<std::string>& list);
    // An entry item by item: push_item for each, then end_entry.
    void push_item(std::string_view item) { items_.push_back(item); }
    void end_entry();
    void reserve(std::size_t entries, std::size_t items, std::size_t bytes);
    std::size_t size() const noexcept { return starts_.size() - 1; }
    std::vector<std::string> operator[](std::size_t i) const;
    const std::vector<std::int64_t>& starts() const noexcept { return starts_; }
    const TextColumn& items() const noexcept { return items_; }

    // The column's starts and items moved out, for a table to own (the column is left empty).
    struct Buffers {
        std::vector<std::int64_t> starts;
        TextColumn items;
    };
    Buffers release();

private:
    std::vector<std::int64_t> starts_{0};
    TextColumn items_;
};

// Whole numbers (years, pages) where an entry may be missing (its value then 0).
class OptionalIntColumn {
public:
    void push_back(std::optional<int> value);
    void reserve(std::size_t entries);
    std::size_t size() const noexcept { return values_.size(); }
    std::optional<int> operator[](std::size_t i) const noexcept;
    const std::vector<std::int64_t>& values() const noexcept { return values_; }
    const std::vector<std::uint8_t>& valid() const noexcept { return valid_; }

private:
    std::vector<std::int64_t> values_;
    std::vector<std::uint8_t> valid_;
};

// Entries drawn from a few texts: codes() index categories(), -1 where missing.
struct CodedColumn {
    std::vector<std::int32_t> codes;
    std::vector<std::string> categories;
};

// One entry per measure, in the selection's order (for a whole report: numeric id order).
struct MeasureColumns {
    TextColumn id;                       // "1.1.5"
    std::vector<std::int64_t> priority;  // 1
    TextColumn objective;                // "1.1"
    // The objectives coded by first appearance (in a report's order: numeric order).
    CodedColumn objective_codes;
    std::vector<std::int64_t> number;  // 5
    TextColumn title, title_in_appendix, description;
    TextColumn agency_text, agencies_in_appendix;
    TextListColumn agencies;                     // every agency, responsible first
    TextListColumn responsible;                  // the responsible agencies
    TextColumn period;                           // canonical text; missing where not printed
    OptionalIntColumn period_start, period_end;  // end missing when open-ended
    std::vector<std::uint8_t> open_ended;        // 1 or 0
    TextColumn status;                           // status_kind_text
    // The statuses coded by kind: the categories are every kind's text, in the kinds' order.
    CodedColumn status_codes;
    std::vector<std::uint8_t> active;  // 1 or 0
    TextListColumn updated_aspects;
    OptionalIntColumn completed_year, withdrawn_year;
    TextColumn withdrawn_reason;
    OptionalIntColumn page;
    TextColumn chapter_marking;  // "Ny åtgärd", "Uppdaterad"
};

// Which columns a layout makes: every one, or only those the Arrow tables hold (the columns
// declared with `tables`, declaration.hpp), for the Parquet files. Those left out are empty: a
// measure's agency lists; a role's priority, objective and status.
enum class ColumnScope { all, tables };

MeasureColumns measure_columns(const MeasureSelection& measures,
                               ColumnScope scope = ColumnScope::all);
MeasureColumns measure_columns(const Report& report, ColumnScope scope = ColumnScope::all);

// A diff's measures column by column, one entry per measure of either report in numeric id
// order (what ReportDiff::measures() holds): the rows of the diff's table.
struct DiffColumns {
    TextColumn id;
    TextColumn title;  // the later report's title, else the earlier one's
    // The classes coded in the Change enum's order, categories their change_text.
    CodedColumn change;
    TextListColumn changed_fields;  // ChangedFields::names()
    TextListColumn changes;         // field_change_text of each of MeasureDiff::changes()
    // Status::printed_text of the earlier and later status and of the derived one; missing
    // where there is none.
    TextColumn before_status, after_status, derived_status;
    std::vector<std::uint8_t> marking_agrees;  // 1 or 0
    TextColumn problem;                        // missing where all is well
};

DiffColumns diff_columns(const ReportDiff& diff);

// One entry per measure and agency taking part in it, in the report's order and, within a
// measure, in printed order. An agency `registry` does not know keeps its printed name as both
// names and is not SAMFI's.
struct AgencyRoleColumns {
    TextColumn id;
    std::vector<std::int64_t> priority;
    TextColumn objective;
    TextColumn agency, agency_name;
    std::vector<std::uint8_t> samfi;        // 1 or 0
    TextColumn role;                        // role_text
    std::vector<std::uint8_t> responsible;  // 1 or 0
    TextColumn status;                      // the measure's status_kind_text
};

AgencyRoleColumns agency_role_columns(const Report& report, const AgencyRegistry& registry,
                                      ColumnScope scope = ColumnScope::all);
// The same columns of some measures (a selection, in its order).
AgencyRoleColumns agency_role_columns(const MeasureSelection& measures,
                                      const AgencyRegistry& registry,
                                      ColumnScope scope = ColumnScope::all);

// What the Arrow tables hold of some measures (ColumnScope::tables): their columns and their
// agency roles' columns, laid out in one walk over the measures, so that each measure's texts
// are fetched from memory once for both (to_parquet's layout, report by report).
struct TableColumns {
    MeasureColumns measures;
    AgencyRoleColumns agency_roles;
};

TableColumns table_columns(const Report& report, const AgencyRegistry& registry);
TableColumns table_columns(const MeasureSelection& measures, const AgencyRegistry& registry);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
