// Reading JSON with places: every complaint about the text or a value in it says where, as
// "line L, column C" for the text and as a JSON path ("/reports/0/measures/3/period") for a
// value (private to the library).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "handlingsplan/errors.hpp"

namespace handlingsplan::detail {

// ordered_json keeps keys in insertion order, which makes the written form canonical.
using json = nlohmann::ordered_json;

// Deeper than any plan file needs; rejecting it early keeps hostile input cheap.
inline constexpr int max_json_depth = 64;

// "line L, column C" of a byte offset (columns count characters, not bytes).
std::string line_column(std::string_view text, std::size_t offset);

// A JSON Pointer token: "~" as "~0", "/" as "~1".
std::string escape_pointer_token(std::string_view key);

// Parses one JSON document. DataError naming `source` and the line and column for: no document
// at all, invalid syntax or UTF-8, a second byte order mark (one, as some Windows editors write,
// is skipped), nesting deeper than max_json_depth, a field given twice in one object, and
// anything after the document (nlohmann reads a NUL byte as the end of the input).
json parse_json(std::string_view text, const std::string& source);

// A JSON value together with its JSON path, so that every complaint can say where.
class Node {
public:
    Node(const json& value, std::string path, const std::string& source)
        : value_(value), path_(std::move(path)), source_(source) {}

    [[noreturn]] void fail(const std::string& problem) const;

    // Runs `make`, turning the model's own complaints into a DataError at this place.
    template <class F>
    auto build(F&& make) const -> decltype(make()) {
        try {
            return make();
        } catch (const ParseError& e) {
            fail(e.what());
        } catch (const InvalidValue& e) {
            fail(e.what());
        }
    }

    // An object with every `required` key and no key outside `required` and `optional`.
    void expect_object(std::initializer_list<std::string_view> required,
                       std::initializer_list<std::string_view> optional = {}) const;

    Node operator[](std::string_view key) const;
    bool has(std::string_view key) const { return value_.contains(key); }
    bool is_null() const { return value_.is_null(); }
    std::vector<Node> items() const;

    std::string string() const;
    // A string that is not blank (detail::is_blank, the model's rule for every required text).
    std::string text() const;
    int integer(long long min, long long max) const;
    int year() const;
    bool boolean() const;

private:
    std::string type_name() const;

    const json& value_;
    std::string path_;
    const std::string& source_;
};

}  // namespace handlingsplan::detail
