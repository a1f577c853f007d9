#include "json_load.hpp"

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "activity_json.hpp"
#include "handlingsplan/declaration.hpp"
#include "handlingsplan/errors.hpp"
#include "json_events.hpp"
#include "json_format.hpp"
#include "json_reader.hpp"
#include "measure_builder.hpp"
#include "utf8.hpp"

namespace handlingsplan::detail {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Builds the document from the parser's events as nlohmann's own parser does, with two
// differences: a field given twice in one object stops the parse (json::parse would keep the last
// value), and each element of a report's "measures" is read into a Measure from the events
// themselves (MeasureBuilder), never built as JSON. That needs the plan's agency registry, so
// "agencies" is read when its array closes; a file that gives "reports" before "agencies" keeps
// its measures as JSON, read afterwards. Any problem stops the parse (a callback returning
// false), and the careful read says where.
class OnePassBuilder final : public json::json_sax_t {
public:
    explicit OnePassBuilder(const std::string& source) : source_(source) {}

    bool null() override { return in_measure() ? measure_->null() : add(json(nullptr)); }
    bool boolean(bool value) override { return !in_measure() && add(json(value)); }
    bool number_integer(number_integer_t value) override {
        return in_measure() ? measure_->integer(value) : add(json(value));
    }
    bool number_unsigned(number_unsigned_t value) override {
        if (!in_measure()) return add(json(value));
        // No field of a measure takes a number this large.
        return value <= static_cast<number_unsigned_t>(std::numeric_limits<long long>::max()) &&
               measure_->integer(static_cast<long long>(value));
    }
    // json::parse refuses a number too large for a double; so does the careful read.
    bool number_float(number_float_t value, const string_t&) override {
        return !in_measure() && std::isfinite(value) && add(json(value));
    }
    bool string(string_t& value) override {
        return in_measure() ? measure_->string(value) : add(json(std::move(value)));
    }
    bool binary(binary_t&) override { return false; }  // JSON text has none

    bool start_object(std::size_t) override {
        if (in_measure() || at_measure()) return measure_->start_object();
        return open(json::object());
    }
    bool key(string_t& key) override {
        if (in_measure()) return measure_->key(key);
        open_.back().key = std::move(key);
        return true;
    }
    bool end_object() override { return in_measure() ? end_measure_object() : close(); }
    bool start_array(std::size_t) override {
        return in_measure() ? measure_->start_array() : open(json::array());
    }
    bool end_array() override { return in_measure() ? measure_->end_array() : close(); }

    bool parse_error(std::size_t, const std::string&, const json::exception&) override {
        return false;
    }

    const json& document() const noexcept { return document_; }
    ReadMeasures take_measures() { return std::move(measures_); }

private:
    // An object or array being built; for an object, the key its next value goes under.
    struct Open {
        json value;
        std::string key;
    };

    bool open(json container) {
        if (open_.size() >= static_cast<std::size_t>(max_json_depth)) return false;
        open_.push_back({std::move(container), {}});
        return true;
    }

    bool add(json value) {
        if (open_.empty()) {
            document_ = std::move(value);
            return true;
        }
        Open& parent = open_.back();
        if (parent.value.is_array()) {
            parent.value.get_ref<json::array_t&>().push_back(std::move(value));
            return true;
        }
        // False for a key the object already has.
        return parent.value.get_ref<json::object_t&>()
            .emplace(std::move(parent.key), std::move(value))
            .second;
    }

    bool close() {
        json value = std::move(open_.back().value);
        open_.pop_back();
        try {
            if (open_.size() == 1 &&
                open_[0].key == declared_key(declared::plan_fields, "agencies")) {
                registry_ = read_registry(Node::unplaced(value, source_));
                measure_.emplace(*registry_);
            }
        } catch (const Error&) {
            return false;
        } catch (const json::exception&) {
            return false;
        }
        return add(std::move(value));
    }

    bool in_measure() const noexcept { return measure_ && measure_->active(); }

    // Whether the value about to open is an element of /reports/N/measures, and the registry
    // its agencies are checked against is known.
    bool at_measure() const {
        constexpr auto reports = declared_key(declared::plan_fields, "reports");
        constexpr auto measures = declared_key(declared::report_fields, "measures");
        return measure_ && open_.size() == 4 && open_[0].key == reports &&
               open_[1].value.is_array() && open_[2].key == measures && open_[3].value.is_array();
    }

    bool end_measure_object() {
        if (!measure_->end_object()) return false;
        if (!measure_->finished()) return true;
        try {
            const std::size_t report = open_[1].value.size();  // the reports closed so far
            if (measures_.size() <= report) start_report(report);
            auto measure = measure_->take(previous_);
            if (!measure) return false;
            measures_[report].push_back(std::move(*measure));
            return true;
        } catch (const Error&) {
            return false;
        }
    }

    // At a report's first measure: the one before is complete, and its measures are where this
    // report's find themselves (to share their texts).
    void start_report(std::size_t report) {
        measures_.resize(report + 1);
        previous_ = PreviousReport();
        if (report == 0) return;
        // A report mostly carries the last one's measures on: room for as many at once.
        measures_[report].reserve(measures_[report - 1].size());
        previous_ = PreviousReport(measures_[report - 1]);
    }

    const std::string& source_;
    std::vector<Open> open_;
    json document_;
    std::optional<AgencyRegistry> registry_;
    std::optional<MeasureBuilder> measure_;  // once the registry is known
    PreviousReport previous_;
    ReadMeasures measures_;
};

}  // namespace

namespace {

// The plan the builder has read (nullopt where the document is not one).
std::optional<Plan> plan_of(const OnePassBuilder& built, ReadMeasures measures,
                            const std::string& source) {
    try {
        Plan plan = read_plan(Node::unplaced(built.document(), source), std::move(measures));
        read_activities(built.document(), source, plan);  // the optional "activities"
        return plan;
    } catch (const Error&) {
        return {};
    } catch (const json::exception&) {
        return {};
    }
}

}  // namespace

std::optional<Plan> read_plan_in_one_pass(std::string_view text, const std::string& source,
                                          bool give_back) {
    // One byte order mark is skipped; a second one is not JSON (the careful read says so).
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    OnePassBuilder builder(source);
    if (!parse_json_events(text, builder, give_back)) return {};
    return plan_of(builder, builder.take_measures(), source);
}

std::optional<Plan> read_plan_in_one_pass(std::string_view arrived, ArrivingText& rest,
                                          const std::string& source, bool give_back) {
    // As many bytes as a byte order mark has, where the text has them.
    while (arrived.size() < utf8_bom.size()) {
        const char* end = rest.wait_beyond(arrived.data() + arrived.size());
        if (end == arrived.data() + arrived.size()) break;
        arrived = std::string_view(arrived.data(), static_cast<std::size_t>(end - arrived.data()));
    }
    if (arrived.starts_with(utf8_bom)) arrived.remove_prefix(utf8_bom.size());
    OnePassBuilder builder(source);
    if (!parse_json_events(arrived, rest, builder, give_back)) return {};
    return plan_of(builder, builder.take_measures(), source);
}

Plan read_plan_carefully(std::string_view text, const std::string& source) {
    const json document = parse_json(text, source);
    // Lines and columns count from the first character a person sees, after any byte order mark.
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    try {
        Plan plan = read_plan(Node(document, "", source, text));
        read_activities(document, source, plan);  // the optional "activities"
        return plan;
    } catch (const json::exception& e) {
        // The reader checks every type before it reads a value; reaching this is a bug, but it
        // must still say where.
        throw DataError(source, "", "unexpected JSON problem: " + readable(e.what()));
    }
}

}  // namespace handlingsplan::detail
