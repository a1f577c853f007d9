#include "measure_builder.hpp"

#include <algorithm>
#include <string_view>

#include "handlingsplan/declaration.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/period.hpp"
#include "handlingsplan/status.hpp"

namespace handlingsplan::detail {
namespace {

using Place = MeasureBuilder::Place;
using Slot = MeasureBuilder::Slot;

consteval std::string_view key_of(std::span<const FieldDeclaration> fields, std::string_view name) {
    return inner_key(declared_key(fields, name));
}
consteval std::string_view measure_key(std::string_view name) {
    return outer_key(declared_key(measure_fields, name));
}

// Each object's keys, as declaration.hpp declares them, and the field each gives.
struct KeySlot {
    Place place;
    std::string_view key;
    Slot slot;
};
constexpr KeySlot key_slots[] = {
    {Place::measure, measure_key("id"), Slot::id},
    {Place::measure, measure_key("title"), Slot::title},
    {Place::measure, measure_key("description"), Slot::description},
    {Place::measure, measure_key("agencies"), Slot::agencies},
    {Place::measure, measure_key("period"), Slot::period},
    {Place::measure, measure_key("page"), Slot::page},
    {Place::measure, measure_key("status"), Slot::status},
    {Place::measure, measure_key("chapter_marking"), Slot::chapter_marking},
    {Place::measure, measure_key("appendix_title"), Slot::appendix},
    {Place::agencies, key_of(declared::measure_agencies_fields, "text"), Slot::agencies_text},
    {Place::agencies, key_of(declared::measure_agencies_fields, "roles"), Slot::roles},
    {Place::role, key_of(declared::agency_role_fields, "agency"), Slot::role_agency},
    {Place::role, key_of(declared::agency_role_fields, "role"), Slot::role_role},
    {Place::status, key_of(declared::status_fields, "kind"), Slot::kind},
    {Place::status, key_of(declared::status_fields, "updated_aspects"), Slot::aspects},
    {Place::status, key_of(declared::status_fields, "year"), Slot::year},
    {Place::status, key_of(declared::status_fields, "reason"), Slot::reason},
    {Place::appendix, key_of(measure_fields, "appendix_title"), Slot::appendix_title},
    {Place::appendix, key_of(measure_fields, "appendix_agencies"), Slot::appendix_agencies},
};

constexpr std::uint32_t bit(Slot slot) { return std::uint32_t{1} << static_cast<int>(slot); }
constexpr std::uint32_t role_bits = bit(Slot::role_agency) | bit(Slot::role_role);

// The fields an object of each place must give (read_measure's expect_object).
constexpr std::uint32_t required_bits(Place place) {
    switch (place) {
    case Place::measure:
        return bit(Slot::id) | bit(Slot::title) | bit(Slot::description) | bit(Slot::agencies) |
               bit(Slot::period) | bit(Slot::page) | bit(Slot::status);
    case Place::agencies: return bit(Slot::agencies_text) | bit(Slot::roles);
    case Place::role: return role_bits;
    case Place::status: return bit(Slot::kind);
    default: return 0;
    }
}

// The place an object or array opens as the value of `slot`.
std::optional<Place> place_of(Slot slot) {
    switch (slot) {
    case Slot::agencies: return Place::agencies;
    case Slot::roles: return Place::roles;
    case Slot::status: return Place::status;
    case Slot::aspects: return Place::aspects;
    case Slot::appendix: return Place::appendix;
    default: return std::nullopt;
    }
}

bool is_object(Place place) { return place != Place::roles && place != Place::aspects; }

}  // namespace

bool MeasureBuilder::open(Place place) {
    if (depth_ == max_depth) return false;
    places_[depth_++] = place;
    pending_ = Slot::none;
    return true;
}

bool MeasureBuilder::start_object() {
    if (depth_ == 0) return open(Place::measure);
    if (places_[depth_ - 1] == Place::roles) {
        seen_ &= ~role_bits;
        roles_.emplace_back();
        return open(Place::role);
    }
    const auto place = place_of(pending_);
    return place && is_object(*place) && open(*place);
}

bool MeasureBuilder::start_array() {
    const auto place = place_of(pending_);
    return depth_ > 0 && is_object(places_[depth_ - 1]) && place && !is_object(*place) &&
           open(*place);
}

bool MeasureBuilder::has_required_fields(Place place) const {
    const std::uint32_t required = required_bits(place);
    if ((seen_ & required) != required) return false;
    // An appendix object gives a title, the agencies or both (read_measure).
    return place != Place::appendix ||
           (seen_ & (bit(Slot::appendix_title) | bit(Slot::appendix_agencies))) != 0;
}

bool MeasureBuilder::end_object() {
    if (depth_ == 0 || !is_object(places_[depth_ - 1])) return false;
    if (!has_required_fields(places_[depth_ - 1])) return false;
    finished_ = --depth_ == 0;
    return true;
}

bool MeasureBuilder::end_array() {
    if (depth_ == 0 || is_object(places_[depth_ - 1])) return false;
    --depth_;
    return true;
}

bool MeasureBuilder::key(std::string& key) {
    const Place place = places_[depth_ - 1];
    for (const KeySlot& k : key_slots) {
        if (k.place == place && k.key == key) {
            if (seen(k.slot)) return false;  // given twice
            seen_ |= bit(k.slot);
            pending_ = k.slot;
            return true;
        }
    }
    return false;  // a key the object does not declare
}

// "tidplan" or "innehåll", each at most once (read_status).
bool MeasureBuilder::aspect(const std::string& value) {
    bool& flag = value == "tidplan" ? schedule_ : content_;
    if ((value != "tidplan" && value != "innehåll") || flag) return false;
    flag = true;
    return true;
}

std::string* MeasureBuilder::text_of(Slot slot) {
    switch (slot) {
    case Slot::id: return &id_;
    case Slot::title: return &title_;
    case Slot::description: return &description_;
    case Slot::period: return &period_.emplace();
    case Slot::chapter_marking: return &chapter_marking_.emplace();
    case Slot::agencies_text: return &agencies_text_;
    case Slot::role_agency: return &roles_.back().first;
    case Slot::role_role: return &roles_.back().second;
    case Slot::kind: return &kind_;
    case Slot::reason: return &reason_;
    case Slot::appendix_title: return &appendix_title_.emplace();
    case Slot::appendix_agencies: return &appendix_agencies_.emplace();
    default: return nullptr;
    }
}

bool MeasureBuilder::string(const std::string& value) {
    const Place place = places_[depth_ - 1];
    if (place == Place::aspects) return aspect(value);
    std::string* text =
        place == Place::roles ? nullptr : text_of(std::exchange(pending_, Slot::none));
    if (!text) return false;
    // Copied, not moved: the parser keeps its buffer (grown as it read) for the next string.
    *text = value;
    return true;
}

bool MeasureBuilder::integer(long long value) {
    const Slot slot = std::exchange(pending_, Slot::none);
    if (depth_ == 0 || !is_object(places_[depth_ - 1])) return false;
    if (slot == Slot::page && value >= min_page && value <= max_page) {
        page_ = static_cast<int>(value);
        return true;
    }
    if (slot == Slot::year && value >= min_year && value <= max_year) {
        year_ = static_cast<int>(value);
        return true;
    }
    return false;
}

bool MeasureBuilder::null() {
    const Slot slot = std::exchange(pending_, Slot::none);
    // Only a period and a page may be null; they are already nullopt.
    return depth_ > 0 && is_object(places_[depth_ - 1]) &&
           (slot == Slot::period || slot == Slot::page);
}

// The status as read_status reads it: each kind with exactly the fields it has.
std::optional<Status> MeasureBuilder::status() const {
    const std::uint32_t given = seen_ & (bit(Slot::aspects) | bit(Slot::year) | bit(Slot::reason));
    const auto exactly = [&](std::uint32_t fields) { return given == fields; };
    switch (parse_status_kind(kind_)) {
    case StatusKind::ongoing:
        if (exactly(0)) return Status::ongoing();
        break;
    case StatusKind::added:
        if (exactly(0)) return Status::added();
        break;
    case StatusKind::updated:
        if (exactly(bit(Slot::aspects))) return Status::updated(schedule_, content_);
        break;
    case StatusKind::completed:
        if (exactly(bit(Slot::year))) return Status::completed(*year_);
        break;
    case StatusKind::withdrawn:
        if (exactly(bit(Slot::year) | bit(Slot::reason))) return Status::withdrawn(*year_, reason_);
        break;
    }
    return std::nullopt;
}

// The agencies as read_agencies reads them: every agency in the plan's registry. (A blank text,
// title or name the model's own constructors refuse, as the careful read does before them.)
// Copied, as every text take() keeps: a copy takes the text's own length, and the builder keeps
// its buffers for the next measure.
std::optional<Agencies> MeasureBuilder::agencies() const {
    std::vector<AgencyRole> roles;
    roles.reserve(roles_.size());
    for (const auto& [agency, role] : roles_) {
        if (!registry_->contains(agency)) return std::nullopt;
        roles.push_back({agency, parse_role(role)});
    }
    return Agencies(agencies_text_, std::move(roles));
}

// Whether the texts read are `measure`'s, which are in the registry and follow the model's rules.
bool MeasureBuilder::has_texts_of(const Measure& measure) const {
    const Agencies& agencies = measure.agencies();
    const auto& roles = agencies.roles();
    if (measure.title() != title_ || measure.description() != description_ ||
        agencies.text() != agencies_text_ || measure.appendix_title() != appendix_title_ ||
        measure.appendix_agencies() != appendix_agencies_ || roles.size() != roles_.size()) {
        return false;
    }
    for (std::size_t i = 0; i < roles.size(); ++i) {
        if (roles[i].agency != roles_[i].first || roles[i].role != parse_role(roles_[i].second)) {
            return false;
        }
    }
    return true;
}

// The period in its canonical form only, as the careful read takes it.
std::optional<Period> MeasureBuilder::period() const {
    if (!period_) return std::nullopt;
    Period period = Period::parse(*period_);
    if (period.to_string() != *period_) throw InvalidValue("a period not in its canonical form");
    return period;
}

std::optional<Measure> MeasureBuilder::take(PreviousReport& previous) {
    struct Reset {
        MeasureBuilder& builder;
        ~Reset() { builder.reset(); }
    } reset_after{*this};
    const MeasureId id = MeasureId::parse(id_);
    auto status = this->status();
    if (!status) return std::nullopt;
    std::optional<StatusKind> marking;
    if (chapter_marking_) marking = parse_chapter_marking(*chapter_marking_);
    if (const Measure* before = previous.find(id); before && has_texts_of(*before)) {
        return before->carried_on(period(), page_, std::move(*status), marking);
    }
    auto agencies = this->agencies();
    if (!agencies) return std::nullopt;
    return Measure(MeasureFields{.id = id,
                                 .title = title_,
                                 .description = description_,
                                 .agencies = std::move(*agencies),
                                 .period = period(),
                                 .page = page_,
                                 .status = std::move(*status),
                                 .chapter_marking = marking,
                                 .appendix_title = appendix_title_,
                                 .appendix_agencies = appendix_agencies_});
}

const Measure* PreviousReport::find(const MeasureId& id) {
    if (next_ < measures_.size() && measures_[next_].id() == id) return &measures_[next_++];
    // Every measure of the report before found in order: those after are (nearly always) new.
    // A miss only costs the sharing, never the measure.
    if (by_id_.empty() && next_ == measures_.size()) return nullptr;
    if (by_id_.empty()) {
        // The ids copied out, to sort and search them where they lie together.
        by_id_.reserve(measures_.size());
        for (std::uint32_t i = 0; i < measures_.size(); ++i) {
            by_id_.emplace_back(measures_[i].id(), i);
        }
        std::ranges::sort(by_id_);
    }
    const auto at =
        std::ranges::lower_bound(by_id_, id, {}, &std::pair<MeasureId, std::uint32_t>::first);
    if (at == by_id_.end() || at->first != id) return nullptr;
    next_ = at->second + 1;
    return &measures_[at->second];
}

void MeasureBuilder::reset() {
    finished_ = false;
    pending_ = Slot::none;
    seen_ = 0;
    period_.reset();
    chapter_marking_.reset();
    appendix_title_.reset();
    appendix_agencies_.reset();
    page_.reset();
    year_.reset();
    roles_.clear();
    schedule_ = content_ = false;
}

}  // namespace handlingsplan::detail
