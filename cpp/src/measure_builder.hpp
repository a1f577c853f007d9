// A measure read straight from the parser's events (json_events.hpp), for the one-pass read
// (json_load.cpp): no JSON value is built for it, since building and destroying one per measure
// was most of what the read cost beyond parsing (benchmarks/compare.py).
//
// It takes exactly what read_measure (json_format.cpp) takes from the same text, and gives the
// same measure: every event a measure cannot hold (a key it does not declare, a key given twice,
// a value of a type its field does not take) and every rule the careful read applies ends the
// read with false, and the one-pass read then asks the careful read to say where. It never
// skips or guesses: test_json_load.cpp's shape cases hold the two reads to it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "handlingsplan/agency.hpp"
#include "handlingsplan/measure.hpp"

namespace handlingsplan::detail {

// The measures of the report before the one being read, where a measure finds itself as that
// report gave it (to share its texts: Measure::carried_on). Kept in the file's order, which a
// report mostly keeps from the last, so the next one is nearly always the one; at the first
// miss before the last of them, an index by id is made (after it, a measure is taken as new).
class PreviousReport {
public:
    PreviousReport() = default;
    explicit PreviousReport(std::span<const Measure> measures) : measures_(measures) {}

    // The measure of this id in the report before; nullptr where it has none.
    const Measure* find(const MeasureId& id);

private:
    std::span<const Measure> measures_;
    std::size_t next_ = 0;  // where the last one found was, plus one
    // Each id with its position in measures_, in id order: made at the first miss.
    std::vector<std::pair<MeasureId, std::uint32_t>> by_id_;
};

class MeasureBuilder {
public:
    explicit MeasureBuilder(const AgencyRegistry& registry) : registry_(&registry) {}

    // Whether the builder is inside a measure's object (from its opening brace on).
    bool active() const noexcept { return depth_ > 0; }
    // Whether the measure's own object has closed: take() gives it.
    bool finished() const noexcept { return finished_; }

    // The parser's events, from the measure's opening brace to its closing one; false for
    // anything the careful read would refuse.
    bool start_object();
    bool end_object();
    bool start_array();
    bool end_array();
    bool key(std::string& key);
    bool string(const std::string& value);
    bool integer(long long value);
    bool null();

    // The measure read, and the builder ready for the next; nullopt where a rule of the model
    // refuses it. Only after finished(). Where `previous` gives the measure with the same
    // texts, they are shared with it, not copied.
    std::optional<Measure> take(PreviousReport& previous);

    // Where in a measure's object the builder is: the object or array open innermost.
    enum class Place : std::uint8_t { measure, agencies, roles, role, status, aspects, appendix };
    // Which value the next event gives: a field of the object open innermost.
    enum class Slot : std::uint8_t {
        none,
        id,
        title,
        description,
        agencies,
        period,
        page,
        status,
        chapter_marking,
        appendix,
        agencies_text,
        roles,
        role_agency,
        role_role,
        kind,
        aspects,
        year,
        reason,
        appendix_title,
        appendix_agencies,
    };

private:
    bool seen(Slot slot) const noexcept { return (seen_ >> static_cast<int>(slot)) & 1U; }
    bool aspect(const std::string& value);
    // The member a text of `slot` goes into; nullptr for a slot that takes no text.
    std::string* text_of(Slot slot);
    bool open(Place place);
    bool has_required_fields(Place place) const;
    std::optional<Status> status() const;
    std::optional<Agencies> agencies() const;
    bool has_texts_of(const Measure& measure) const;
    std::optional<Period> period() const;
    void reset();

    const AgencyRegistry* registry_;
    static constexpr std::size_t max_depth = 4;  // measure, agencies, roles, role
    // A std::array, so that a build with the standard library's checks stops a read past its end.
    std::array<Place, max_depth> places_{};
    std::size_t depth_ = 0;
    bool finished_ = false;
    Slot pending_ = Slot::none;
    std::uint32_t seen_ = 0;  // a bit for each Slot given; a role's bits cleared for the next

    std::string id_, title_, description_, agencies_text_, kind_, reason_;
    std::optional<std::string> period_, chapter_marking_, appendix_title_, appendix_agencies_;
    std::optional<int> page_, year_;
    std::vector<std::pair<std::string, std::string>> roles_;  // agency, role: as written
    bool schedule_ = false, content_ = false;                 // the aspects of "uppdaterad"
};

}  // namespace handlingsplan::detail
