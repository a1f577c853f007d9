// The properties the fuzz targets check on every input. They live apart from the libFuzzer entry
// points so that the Catch2 tests replay the seed corpus and every input a fuzzer ever found
// (fuzz/regressions) through the very same checks in the normal test run.
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "arriving_text.hpp"

namespace handlingsplan::fuzz {

// A property that does not hold: a finding.
class PropertyFailure : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

// plan_from_json on arbitrary bytes: it gives a plan or a DataError, nothing else; a DataError
// names its place (unless the input is blank) in valid UTF-8; a plan it gives is written by
// plan_to_json and read back as an equal plan, and the written text is canonical (a fixed point);
// validating it, building the appendix of each report and diffing consecutive reports throw
// nothing.
// It also holds the one-pass read to the careful one (check_json_events, and the same plan or
// the same refusal), also after a string, number, null or boolean is added to each array of a
// plan that loads (the elements the one-pass read once dropped).
// Throws PropertyFailure when a property fails; any other exception escaping is a finding too.
void check_json(std::string_view bytes);

// Every SAX event as a line of text, up to a refusal too: to compare two parsers.
class EventLog final : public nlohmann::ordered_json::json_sax_t {
public:
    std::string log;

    bool null() override { return note("null"); }
    bool boolean(bool value) override { return note(value ? "true" : "false"); }
    bool number_integer(number_integer_t value) override {
        return note("integer " + std::to_string(value));
    }
    bool number_unsigned(number_unsigned_t value) override {
        return note("unsigned " + std::to_string(value));
    }
    bool number_float(number_float_t value, const string_t& text) override {
        return note("float " + std::to_string(value) + " " + text);
    }
    bool string(string_t& value) override { return note("string " + value); }
    bool binary(binary_t&) override { return note("binary"); }
    bool start_object(std::size_t) override { return note("{"); }
    bool key(string_t& key) override { return note("key " + key); }
    bool end_object() override { return note("}"); }
    bool start_array(std::size_t) override { return note("["); }
    bool end_array() override { return note("]"); }
    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::ordered_json::exception&) override {
        return false;
    }

private:
    bool note(const std::string& event) {
        log += event;
        log += '\n';
        return true;
    }
};

// A copy of a text that arrives `step` bytes at a time, as a file read on a thread of its own
// arrives to the parser (ArrivingFile). Under AddressSanitizer the bytes not yet arrived are
// poisoned: a parser that reads past what has arrived is stopped there. It also checks that
// more is asked for only at the end of what arrived.
class ArrivingInSteps final : public detail::ArrivingText {
public:
    ArrivingInSteps(std::string_view text, std::size_t step);
    ArrivingInSteps(const ArrivingInSteps&) = delete;
    ArrivingInSteps& operator=(const ArrivingInSteps&) = delete;
    ~ArrivingInSteps();

    std::string_view arrived() const noexcept { return {bytes_.get(), arrived_}; }
    const char* wait_beyond(const char* end) override;

private:
    void arrive(std::size_t arrived) noexcept;

    std::size_t size_;
    std::unique_ptr<char[]> bytes_;
    std::size_t step_;
    std::size_t arrived_ = 0;
};

// The one-pass read's JSON parser (cpp/src/json_events.hpp) on arbitrary bytes accepts exactly
// what nlohmann's sax_parse accepts, with the same events in the same order; and so it does on
// the same bytes arriving a byte at a time, and a few bytes at a time (ArrivingInSteps). Texts with
// a NUL byte or a byte order mark are left out: nlohmann reads the one as the end of the input and
// skips the other, where the loader refuses the first and skips the second before parsing.
void check_json_events(std::string_view bytes);

// The text parsers on arbitrary bytes (measure and objective ids, periods, status kinds, roles,
// Bilaga 1 status texts, agency phrases): each gives a value or a handlingsplan::Error; a value
// printed and parsed again is the same value, and its printed form is a fixed point; a phrase
// parsed against the registry names only registered agencies; for UTF-8 input the error messages
// are UTF-8 as well.
void check_text(std::string_view bytes);

}  // namespace handlingsplan::fuzz
