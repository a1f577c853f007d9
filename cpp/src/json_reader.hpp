// Reading JSON with places: every complaint about the text or a value in it says where, as
// "line L, column C" for the text and as a JSON path ("/reports/0/measures/3/period") for a
// value (private to the library).
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "handlingsplan/errors.hpp"

namespace handlingsplan::detail {

// ordered_json keeps keys in insertion order, which makes the written form canonical.
using json = nlohmann::ordered_json;

// Deeper than any plan file needs; rejecting it early keeps hostile input cheap.
inline constexpr int max_json_depth = 64;

// The 1-based line and column of a byte offset (columns count characters, not bytes), and the
// same as "line L, column C".
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset);
std::string line_column(std::string_view text, std::size_t offset);

// A DataError at a byte offset of the text: `where` is "line L, column C", and the line and
// column are the error's place.
DataError text_error(const std::string& source, std::string_view text, std::size_t offset,
                     const std::string& problem, std::string swedish_problem = {});

// The byte offset at which the value that JSON Pointer `path` names starts in `text`, a valid
// JSON document; npos where it has no such value. Only errors call it, so a failed load pays for
// it and a good one does not.
std::size_t value_offset(std::string_view text, std::string_view path);

// A JSON Pointer token: "~" as "~0", "/" as "~1".
std::string escape_pointer_token(std::string_view key);

// Parses one JSON document. DataError naming `source` and the line and column for: no document
// at all, invalid syntax or UTF-8, a second byte order mark (one, as some Windows editors write,
// is skipped), nesting deeper than max_json_depth, a field given twice in one object, and
// anything after the document (nlohmann reads a NUL byte as the end of the input).
json parse_json(std::string_view text, const std::string& source);

// A JSON value together with its JSON path, so that every complaint can say where.
// A value's JSON type as problems name it ("a whole number", "the number 1.5", "null", "an
// object"), and in Swedish ("ett heltal", "talet 1.5", "null", "ett objekt").
std::string json_type_name(const json& value);
std::string swedish_json_type_name(const json& value);

class Node {
public:
    // `text` is the document's text (without a byte order mark), so that a complaint can give the
    // value's line and column; empty where there is none.
    Node(const json& value, std::string path, const std::string& source, std::string_view text = {})
        : value_(value), path_(std::move(path)), source_(source), text_(text) {}

    // A node that keeps no path or context: the one-pass read (json_load.cpp) uses it, and on any
    // complaint reads the text again with placed nodes to say where. Building a path for every
    // value would cost more than the read itself.
    static Node unplaced(const json& value, const std::string& source) {
        Node node(value, {}, source);
        node.placed_ = false;
        return node;
    }

    // The same node, its complaints (and those of the nodes below it) said to be in `context`,
    // such as "report 2021" or "report 2021, measure 1.3.3", with the field named from here.
    Node in_context(std::string context) const;  // the node itself where not placed()
    const std::string& context() const noexcept { return context_; }
    // False for a node of the one-pass read, which has no path or context to say where.
    bool placed() const noexcept { return placed_; }

    // `swedish_problem` is the same problem in Swedish (DataError::swedish_problem).
    [[noreturn]] void fail(const std::string& problem, std::string swedish_problem = {}) const;

    // Runs `make`, turning the model's own complaints into a DataError at this place.
    template <class F>
    auto build(F&& make) const -> decltype(make()) {
        try {
            return make();
        } catch (const ParseError& e) {
            fail(e.what(), swedish_parse_problem(e));
        } catch (const InvalidValue& e) {
            fail(e.what(),
                 e.swedish().empty() ? std::string("ogiltigt värde: ") + e.what() : e.swedish());
        }
    }

    // An object with every `required` key and no key outside `required` and `optional`.
    void expect_object(std::initializer_list<std::string_view> required,
                       std::initializer_list<std::string_view> optional = {}) const;
    void expect_object(std::span<const std::string_view> required,
                       std::span<const std::string_view> optional) const;

    Node operator[](std::string_view key) const;
    bool has(std::string_view key) const { return value_.contains(key); }
    bool is_null() const { return value_.is_null(); }
    bool is_string() const { return value_.is_string(); }
    std::vector<Node> items() const;

    std::string string() const;
    // A string that is not blank (detail::is_blank, the model's rule for every required text).
    std::string text() const;
    int integer(long long min, long long max) const;
    int year() const;
    bool boolean() const;
    // "a string", "a whole number", … for a message, and in Swedish ("en text", "ett heltal").
    std::string type_name() const;
    std::string swedish_type_name() const;

private:
    Node child(const json& value, std::string_view key) const;
    Node child(const json& value, std::size_t index) const;
    Node descend(const json& value, std::string path) const;

    const json& value_;
    std::string path_;
    const std::string& source_;
    std::string_view text_;
    std::string context_;
    std::size_t context_path_length_ = 0;  // the part of path_ that leads to the context
    bool placed_ = true;
};

}  // namespace handlingsplan::detail
