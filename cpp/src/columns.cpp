// A report's measures column by column (see columns.hpp).
#include "handlingsplan/columns.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <unordered_map>

#include "handlingsplan/declaration.hpp"
#include "prefetch.hpp"

namespace handlingsplan {

void TextColumn::push_back(std::string_view text) {
    data_.append(text);
    offsets_.push_back(static_cast<std::int64_t>(data_.size()));
    valid_.push_back(1);
}

void TextColumn::push_back(const std::optional<std::string>& text) {
    if (text) {
        push_back(std::string_view(*text));
    } else {
        push_missing();
    }
}

void TextColumn::push_missing() {
    offsets_.push_back(static_cast<std::int64_t>(data_.size()));
    valid_.push_back(0);
    ++missing_;
}

void TextColumn::reserve(std::size_t entries, std::size_t bytes) {
    offsets_.reserve(entries + 1);
    valid_.reserve(entries);
    data_.reserve(bytes);
}

std::string_view TextColumn::operator[](std::size_t i) const noexcept {
    const auto begin = static_cast<std::size_t>(offsets_[i]);
    const auto end = static_cast<std::size_t>(offsets_[i + 1]);
    return std::string_view(data_).substr(begin, end - begin);
}

std::optional<std::string> TextColumn::value(std::size_t i) const {
    if (!has_value(i)) return std::nullopt;
    return std::string((*this)[i]);
}

std::vector<std::optional<std::string>> TextColumn::values() const {
    std::vector<std::optional<std::string>> out;
    out.reserve(size());
    for (std::size_t i = 0; i < size(); ++i) out.push_back(value(i));
    return out;
}

TextColumn::Buffers TextColumn::release() {
    Buffers out{std::move(offsets_), std::move(data_), std::move(valid_), missing_ > 0};
    offsets_ = {0};
    data_.clear();
    valid_.clear();
    missing_ = 0;
    return out;
}

void TextListColumn::push_back(const std::vector<std::string>& list) {
    for (const auto& item : list) push_item(item);
    end_entry();
}

void TextListColumn::end_entry() { starts_.push_back(static_cast<std::int64_t>(items_.size())); }

TextListColumn::Buffers TextListColumn::release() {
    Buffers out{std::move(starts_), std::move(items_)};
    starts_ = {0};
    items_ = TextColumn();
    return out;
}

void TextListColumn::reserve(std::size_t entries, std::size_t items, std::size_t bytes) {
    starts_.reserve(entries + 1);
    items_.reserve(items, bytes);
}

std::vector<std::string> TextListColumn::operator[](std::size_t i) const {
    std::vector<std::string> out;
    for (auto k = static_cast<std::size_t>(starts_[i]);
         k < static_cast<std::size_t>(starts_[i + 1]); ++k) {
        out.emplace_back(items_[k]);
    }
    return out;
}

void OptionalIntColumn::push_back(std::optional<int> value) {
    values_.push_back(value.value_or(0));
    valid_.push_back(value ? 1 : 0);
}

void OptionalIntColumn::reserve(std::size_t entries) {
    values_.reserve(entries);
    valid_.reserve(entries);
}

std::optional<int> OptionalIntColumn::operator[](std::size_t i) const noexcept {
    if (!valid_[i]) return std::nullopt;
    return static_cast<int>(values_[i]);
}

namespace {

constexpr StatusKind all_kinds[] = {StatusKind::ongoing, StatusKind::added, StatusKind::updated,
                                    StatusKind::completed, StatusKind::withdrawn};

std::int32_t kind_code(StatusKind kind) {
    for (std::size_t i = 0; i < std::size(all_kinds); ++i) {
        if (all_kinds[i] == kind) return static_cast<std::int32_t>(i);
    }
    return -1;
}

// The measures of a report or a selection, one by one, with their texts asked for a few
// measures ahead (prefetch.hpp).
template <class Measures>
void each_measure(const Measures& measures, std::size_t n, auto&& f) {
    for (std::size_t i = 0; i < n; ++i) {
        detail::prefetch_ahead(measures, i, n);
        f(measures[i]);
    }
}

// What the columns of `n` measures will hold, counted before they are laid out: each column
// is then allocated once at its size. Growing them instead copies every text again and, on a
// machine where a fresh page is dear, touches twice the memory.
struct ColumnSizes {
    std::size_t title = 0, title_in_appendix = 0, description = 0, agency_text = 0,
                agencies_in_appendix = 0, agencies = 0, agency_bytes = 0, responsible = 0,
                responsible_bytes = 0, roles = 0;
};

template <class Measures>
ColumnSizes sizes_of(const Measures& measures, std::size_t n, ColumnScope scope) {
    ColumnSizes s;
    each_measure(measures, n, [&](const Measure& m) {
        s.title += m.title().size();
        s.title_in_appendix += m.title_in_appendix().size();
        s.description += m.description().size();
        s.agency_text += m.agencies().text().size();
        s.agencies_in_appendix += m.agencies_in_appendix().size();
        s.roles += m.agencies().roles().size();
        if (scope == ColumnScope::tables) return;  // no agency lists
        for (const AgencyRole& role : m.agencies().roles()) {
            ++s.agencies;
            s.agency_bytes += role.agency.size();
            if (role.role == Role::responsible) {
                ++s.responsible;
                s.responsible_bytes += role.agency.size();
            }
        }
    });
    return s;
}

// The columns reserved at the sizes `s` counts (a few bytes an entry for the short texts).
void reserve(MeasureColumns& c, const ColumnSizes& s, std::size_t n) {
    for (auto* column : {&c.id, &c.objective, &c.status, &c.period, &c.chapter_marking}) {
        column->reserve(n, n * 16);
    }
    c.withdrawn_reason.reserve(n, 0);
    c.title.reserve(n, s.title);
    c.title_in_appendix.reserve(n, s.title_in_appendix);
    c.description.reserve(n, s.description);
    c.agency_text.reserve(n, s.agency_text);
    c.agencies_in_appendix.reserve(n, s.agencies_in_appendix);
    c.agencies.reserve(n, s.agencies, s.agency_bytes);
    c.responsible.reserve(n, s.responsible, s.responsible_bytes);
    c.updated_aspects.reserve(n, 0, 0);
    for (auto* column :
         {&c.period_start, &c.period_end, &c.completed_year, &c.withdrawn_year, &c.page}) {
        column->reserve(n);
    }
    for (auto* column : {&c.priority, &c.number}) column->reserve(n);
    for (auto* column : {&c.open_ended, &c.active}) column->reserve(n);
    c.objective_codes.codes.reserve(n);
    c.status_codes.codes.reserve(n);
}

// The measure's objective: its text, and its code, the first objective's code where one
// recurs (measures come in id order within a report; elsewhere an objective may recur).
// `last` and `text` carry the objective before, whose text is made once.
void push_objective(MeasureColumns& c, const ObjectiveId& objective,
                    std::optional<ObjectiveId>& last, std::string& text) {
    if (last == objective) {
        c.objective.push_back(std::string_view(text));
        c.objective_codes.codes.push_back(c.objective_codes.codes.back());
        return;
    }
    text = objective.to_string();
    c.objective.push_back(std::string_view(text));
    std::int32_t code = -1;
    for (std::size_t k = 0; k < c.objective_codes.categories.size(); ++k) {
        if (c.objective_codes.categories[k] == text) code = static_cast<std::int32_t>(k);
    }
    if (code < 0) {
        code = static_cast<std::int32_t>(c.objective_codes.categories.size());
        c.objective_codes.categories.push_back(text);
    }
    c.objective_codes.codes.push_back(code);
    last = objective;
}

void push_period(MeasureColumns& c, const std::optional<Period>& period) {
    if (period) {
        c.period.push_written([&](std::string& data) { period->append_to(data); });
    } else {
        c.period.push_missing();
    }
    c.period_start.push_back(period ? std::optional<int>(period->start_year()) : std::nullopt);
    c.period_end.push_back(period ? period->end_year() : std::nullopt);
    c.open_ended.push_back(period && period->is_open_ended() ? 1 : 0);
}

void push_status(MeasureColumns& c, const Status& status) {
    const StatusKind kind = status.kind();
    c.status.push_back(status_kind_text(kind));
    c.status_codes.codes.push_back(kind_code(kind));
    c.active.push_back(status.is_active() ? 1 : 0);
    status.for_each_updated_aspect(
        [&](std::string_view aspect) { c.updated_aspects.push_item(aspect); });
    c.updated_aspects.end_entry();
    c.completed_year.push_back(kind == StatusKind::completed ? status.year() : std::nullopt);
    c.withdrawn_year.push_back(kind == StatusKind::withdrawn ? status.year() : std::nullopt);
    if (kind == StatusKind::withdrawn) {
        c.withdrawn_reason.push_back(std::string_view(status.reason()));
    } else {
        c.withdrawn_reason.push_missing();
    }
}

// Whether `left_out` names exactly the `declared` columns that no Arrow table holds (`unheld`).
constexpr bool leaves_out_the_unheld(const auto& declared, auto left_out, auto unheld) {
    for (const auto& column : declared) {
        if (left_out(column.name) != unheld(column)) return false;
    }
    return true;
}

// The columns ColumnScope::tables leaves out, as declaration.hpp declares them: those no Arrow
// table holds.
constexpr bool is_list_of_agencies(std::string_view column) {
    return column == "agencies" || column == "responsible";
}
static_assert(leaves_out_the_unheld(measure_columns_declared, is_list_of_agencies,
                                    [](const ColumnDeclaration& c) { return c.tables.empty(); }),
              "ColumnScope::tables leaves out exactly the measure columns no Arrow table holds");

// A measure's agencies, all and the responsible ones, each as a list.
void push_agency_lists(MeasureColumns& c, const Agencies& agencies) {
    agencies.for_each([&](const std::string& name) { c.agencies.push_item(name); });
    c.agencies.end_entry();
    agencies.for_each_responsible([&](const std::string& name) { c.responsible.push_item(name); });
    c.responsible.end_entry();
}

// The columns of `n` measures, at the sizes `sizes` counted; `also` is called with each measure
// as it is laid out (for the roles laid out in the same walk, table_columns).
template <class Measures, class Also>
MeasureColumns columns_of(const Measures& measures, std::size_t n, ColumnScope scope,
                          const ColumnSizes& sizes, Also&& also) {
    MeasureColumns c;
    reserve(c, sizes, n);
    for (const auto kind : all_kinds)
        c.status_codes.categories.emplace_back(status_kind_text(kind));
    std::optional<ObjectiveId> last_objective;
    std::string objective_text;
    each_measure(measures, n, [&](const Measure& m) {
        const MeasureId& id = m.id();
        c.id.push_written([&](std::string& data) { id.append_to(data); });
        c.priority.push_back(id.priority());
        push_objective(c, id.objective(), last_objective, objective_text);
        c.number.push_back(id.number());
        c.title.push_back(std::string_view(m.title()));
        c.title_in_appendix.push_back(std::string_view(m.title_in_appendix()));
        c.description.push_back(std::string_view(m.description()));
        c.agency_text.push_back(std::string_view(m.agencies().text()));
        c.agencies_in_appendix.push_back(std::string_view(m.agencies_in_appendix()));
        if (scope == ColumnScope::all) push_agency_lists(c, m.agencies());
        push_period(c, m.period());
        push_status(c, m.status());
        c.page.push_back(m.page());
        if (m.chapter_marking()) {
            c.chapter_marking.push_back(chapter_marking_text(*m.chapter_marking()));
        } else {
            c.chapter_marking.push_missing();
        }
        also(m);
    });
    return c;
}

template <class Measures>
MeasureColumns columns_of(const Measures& measures, std::size_t n, ColumnScope scope) {
    return columns_of(measures, n, scope, sizes_of(measures, n, scope), [](const Measure&) {});
}

}  // namespace

MeasureColumns measure_columns(const MeasureSelection& measures, ColumnScope scope) {
    return columns_of(measures, measures.size(), scope);
}

MeasureColumns measure_columns(const Report& report, ColumnScope scope) {
    return columns_of(report.measures(), report.size(), scope);
}

namespace {

// The role columns ColumnScope::tables leaves out, as declaration.hpp declares them: those the
// Arrow table agency_roles does not hold.
constexpr bool is_frame_only(std::string_view column) {
    return column == "priority" || column == "objective" || column == "status";
}
static_assert(
    leaves_out_the_unheld(agency_role_columns_declared, is_frame_only,
                          [](const AgencyRoleColumnDeclaration& c) { return c.arrow.empty(); }),
    "ColumnScope::tables leaves out exactly the role columns the Arrow table does not hold");

// The measure's priority, objective and status beside each of its roles.
void push_measure_of_roles(AgencyRoleColumns& c, const Measure& m) {
    const std::string objective = m.id().objective().to_string();
    const std::string_view status = status_kind_text(m.status().kind());
    for (std::size_t k = 0; k < m.agencies().roles().size(); ++k) {
        c.priority.push_back(m.id().priority());
        c.objective.push_back(std::string_view(objective));
        c.status.push_back(status);
    }
}

void reserve_roles(AgencyRoleColumns& c, std::size_t n, ColumnScope scope) {
    for (auto* column : {&c.id, &c.agency, &c.role}) column->reserve(n, n * 16);
    c.agency_name.reserve(n, n * 48);
    c.samfi.reserve(n);
    c.responsible.reserve(n);
    if (scope == ColumnScope::tables) return;
    for (auto* column : {&c.objective, &c.status}) column->reserve(n, n * 16);
    c.priority.reserve(n);
}

// The roles of measure after measure, laid out as the caller walks the measures. Each agency
// is looked up once: a registry is searched name by name, and the same few agencies take part
// in most measures. The names found are views of the measures', which outlive the layout.
class RoleLayout {
public:
    RoleLayout(const AgencyRegistry& registry, ColumnScope scope, std::size_t roles)
        : registry_(registry), scope_(scope) {
        reserve_roles(c_, roles, scope);
    }

    void push(const Measure& m) {
        const std::string id_text = m.id().to_string();
        for (const AgencyRole& role : m.agencies().roles()) {
            auto [known, added] = found_.try_emplace(role.agency);
            if (added) known->second = registry_.find(role.agency);
            const Agency* agency = known->second;
            c_.id.push_back(std::string_view(id_text));
            c_.agency.push_back(std::string_view(agency ? agency->short_name() : role.agency));
            c_.agency_name.push_back(std::string_view(agency ? agency->name() : role.agency));
            c_.samfi.push_back(agency && agency->samfi() ? 1 : 0);
            c_.role.push_back(role_text(role.role));
            c_.responsible.push_back(role.role == Role::responsible ? 1 : 0);
        }
        if (scope_ == ColumnScope::all) push_measure_of_roles(c_, m);
    }

    AgencyRoleColumns take() { return std::move(c_); }

private:
    const AgencyRegistry& registry_;
    ColumnScope scope_;
    AgencyRoleColumns c_;
    std::unordered_map<std::string_view, const Agency*> found_;
};

template <class Measures>
AgencyRoleColumns roles_of(const Measures& measures, std::size_t count,
                           const AgencyRegistry& registry, ColumnScope scope) {
    const auto each_measures_roles = [&](auto&& f) {
        for (std::size_t i = 0; i < count; ++i) {
            detail::prefetch_roles_ahead(measures, i, count);
            f(measures[i]);
        }
    };
    std::size_t n = 0;
    each_measures_roles([&](const Measure& m) { n += m.agencies().roles().size(); });
    RoleLayout layout(registry, scope, n);
    each_measures_roles([&](const Measure& m) { layout.push(m); });
    return layout.take();
}

}  // namespace

AgencyRoleColumns agency_role_columns(const Report& report, const AgencyRegistry& registry,
                                      ColumnScope scope) {
    return roles_of(report.measures(), report.size(), registry, scope);
}

AgencyRoleColumns agency_role_columns(const MeasureSelection& measures,
                                      const AgencyRegistry& registry, ColumnScope scope) {
    return roles_of(measures, measures.size(), registry, scope);
}

namespace {

template <class Measures>
TableColumns tables_of(const Measures& measures, std::size_t n, const AgencyRegistry& registry) {
    const ColumnSizes sizes = sizes_of(measures, n, ColumnScope::tables);
    RoleLayout roles(registry, ColumnScope::tables, sizes.roles);
    MeasureColumns laid_out = columns_of(measures, n, ColumnScope::tables, sizes,
                                         [&](const Measure& m) { roles.push(m); });
    return {std::move(laid_out), roles.take()};
}

}  // namespace

TableColumns table_columns(const Report& report, const AgencyRegistry& registry) {
    return tables_of(report.measures(), report.size(), registry);
}

TableColumns table_columns(const MeasureSelection& measures, const AgencyRegistry& registry) {
    return tables_of(measures, measures.size(), registry);
}

DiffColumns diff_columns(const ReportDiff& diff) {
    constexpr Change all_changes[] = {Change::added,   Change::completed, Change::withdrawn,
                                      Change::changed, Change::unchanged, Change::vanished};
    DiffColumns c;
    for (const auto change : all_changes) c.change.categories.emplace_back(change_text(change));
    const auto& entries = diff.measures();
    const std::size_t n = entries.size();
    for (auto* column : {&c.id, &c.before_status, &c.after_status, &c.derived_status}) {
        column->reserve(n, n * 12);
    }
    c.title.reserve(n, n * 64);
    c.change.codes.reserve(n);
    c.marking_agrees.reserve(n);
    const auto printed = [](TextColumn& column, const Status* status) {
        if (status != nullptr) {
            column.push_back(std::string_view(status->printed_text()));
        } else {
            column.push_missing();
        }
    };
    for (const MeasureDiff& e : entries) {
        c.id.push_written([&](std::string& data) { e.id.append_to(data); });
        const Measure* measure = e.after ? e.after.get() : e.before.get();
        if (measure != nullptr) {
            c.title.push_back(std::string_view(measure->title()));
        } else {
            c.title.push_missing();
        }
        c.change.codes.push_back(static_cast<std::int32_t>(
            std::find(std::begin(all_changes), std::end(all_changes), e.change) -
            std::begin(all_changes)));
        for (const auto& name : e.fields.names()) c.changed_fields.push_item(name);
        c.changed_fields.end_entry();
        for (const auto& change : e.changes()) c.changes.push_item(field_change_text(change));
        c.changes.end_entry();
        printed(c.before_status, e.before ? &e.before->status() : nullptr);
        printed(c.after_status, e.after ? &e.after->status() : nullptr);
        printed(c.derived_status, e.derived ? &*e.derived : nullptr);
        c.marking_agrees.push_back(e.marking_agrees() ? 1 : 0);
        if (e.problem.empty()) {
            c.problem.push_missing();
        } else {
            c.problem.push_back(std::string_view(e.problem));
        }
    }
    return c;
}

}  // namespace handlingsplan
