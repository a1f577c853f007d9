#include "json_reader.hpp"

#include <set>

#include "handlingsplan/period.hpp"
#include "text.hpp"
#include "utf8.hpp"

namespace handlingsplan::detail {
namespace {

// Finds nesting deeper than max_json_depth before the parser sees it.
void check_depth(std::string_view text, const std::string& source) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_json_depth) {
                throw DataError(source, line_column(text, i),
                                "values nested deeper than " + std::to_string(max_json_depth) +
                                    " levels; a plan file needs far fewer");
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

// nlohmann's message without its tag ("[json.exception.parse_error.101] ") and its own place
// ("parse error at line 1, column 2: "), since DataError gives the place apart.
std::string syntax_problem(std::string_view message) {
    const auto drop_through = [&](std::string_view end) {
        if (const auto at = message.find(end); at != std::string_view::npos) {
            message.remove_prefix(at + end.size());
        }
    };
    if (message.starts_with('[')) drop_through("] ");
    if (message.starts_with("parse error")) drop_through(": ");
    return readable(message);
}

// A first pass over the text, through nlohmann's SAX interface, before the document is built.
// It gives every syntax error its line and column (json::parse reports a number too large for a
// double as out_of_range, with no place), and it rejects a field given twice in one object, which
// json::parse would settle silently by keeping the last value.
class SyntaxCheck final : public json::json_sax_t {
public:
    SyntaxCheck(std::string_view text, const std::string& source) : text_(text), source_(source) {}

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }

    bool start_object(std::size_t) override {
        value();
        open_.push_back({.is_object = true});
        return true;
    }
    bool key(string_t& key) override {
        Level& object = open_.back();
        object.token = escape_pointer_token(key);
        if (!object.keys.insert(key).second) {
            throw DataError(source_, path(),
                            "the field \"" + readable(key) + "\" is given twice in one object; keep one");
        }
        return true;
    }
    bool end_object() override {
        open_.pop_back();
        return true;
    }
    bool start_array(std::size_t) override {
        value();
        open_.push_back({.is_object = false});
        return true;
    }
    bool end_array() override {
        open_.pop_back();
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const json::exception& e) override {
        // `position` counts the bytes read, the offending one included.
        throw DataError(source_, line_column(text_, position > 0 ? position - 1 : 0),
                        "JSON syntax: " + syntax_problem(e.what()));
    }

private:
    // An open object or array and where in it the parser is: the key last read, or the index of
    // the element being read.
    struct Level {
        bool is_object;
        std::set<std::string> keys;
        std::string token;
        std::size_t elements = 0;
    };

    // A value starts; in an array, it is the next element.
    bool value() {
        if (!open_.empty() && !open_.back().is_object) {
            open_.back().token = std::to_string(open_.back().elements++);
        }
        return true;
    }

    std::string path() const {
        std::string out;
        for (const Level& level : open_) out += "/" + level.token;
        return out;
    }

    std::string_view text_;
    const std::string& source_;
    std::vector<Level> open_;
};

}  // namespace

std::string escape_pointer_token(std::string_view key) {
    std::string out;
    for (const char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string line_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

json parse_json(std::string_view text, const std::string& source) {
    // One UTF-8 byte order mark is skipped (saving writes none), so that lines and columns count
    // from the first character a person sees. nlohmann would skip one more: a second is refused.
    constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    if (text.starts_with(utf8_bom)) {
        throw DataError(source, line_column(text, 0),
                        "a second byte order mark; a UTF-8 file starts with at most one");
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        throw DataError(source, line_column(text, text.size()),
                        text.empty() ? "the input is empty; expected a JSON object (a plan file)"
                                     : "the input is empty (white space only); expected a JSON "
                                       "object (a plan file)");
    }
    check_depth(text, source);
    SyntaxCheck check(text, source);
    json::sax_parse(text, &check);
    // The SAX pass refuses a NUL byte inside a string, but reads one outside as the end of the
    // input: whatever follows would be silently dropped.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        throw DataError(source, line_column(text, nul),
                        "a NUL byte after the JSON document; nothing may follow it but white space");
    }
    try {
        return json::parse(text);
    } catch (const json::exception& e) {
        // The checks above leave json::parse nothing to complain of; reaching this is a bug, but
        // it must still say where.
        throw DataError(source, "", "unexpected JSON problem: " + readable(e.what()));
    }
}

void Node::fail(const std::string& problem) const {
    throw DataError(source_, path_.empty() ? "/" : path_, problem);
}

void Node::expect_object(std::initializer_list<std::string_view> required,
                         std::initializer_list<std::string_view> optional) const {
    if (!value_.is_object()) fail("expected an object, found " + type_name());
    for (const auto& key : required) {
        if (!value_.contains(key)) fail("missing the field \"" + std::string(key) + "\"");
    }
    for (const auto& item : value_.items()) {
        // Not a structured binding: clang before 16 cannot capture one in a lambda.
        const std::string& key = item.key();
        const auto known = [&](std::initializer_list<std::string_view> keys) {
            for (const auto& k : keys) {
                if (k == key) return true;
            }
            return false;
        };
        if (!known(required) && !known(optional)) {
            std::string allowed;
            for (const auto& keys : {required, optional}) {
                for (const auto& k : keys) allowed += (allowed.empty() ? "\"" : ", \"") + std::string(k) + "\"";
            }
            (*this)[key].fail("unknown field; expected only " + allowed);
        }
    }
}

Node Node::operator[](std::string_view key) const {
    return Node(value_.at(std::string(key)), path_ + "/" + escape_pointer_token(key), source_);
}

std::vector<Node> Node::items() const {
    if (!value_.is_array()) fail("expected an array, found " + type_name());
    std::vector<Node> nodes;
    nodes.reserve(value_.size());
    for (std::size_t i = 0; i < value_.size(); ++i) {
        nodes.emplace_back(value_[i], path_ + "/" + std::to_string(i), source_);
    }
    return nodes;
}

std::string Node::string() const {
    if (!value_.is_string()) fail("expected a string, found " + type_name());
    return value_.get<std::string>();
}

std::string Node::text() const {
    std::string s = string();
    if (is_blank(s)) fail("expected a non-empty text");
    return s;
}

int Node::integer(long long min, long long max) const {
    if (!value_.is_number_integer()) fail("expected a whole number, found " + type_name());
    const bool in_range = value_.is_number_unsigned()
                              ? value_.get<unsigned long long>() <= static_cast<unsigned long long>(max)
                              : value_.get<long long>() >= min && value_.get<long long>() <= max;
    if (!in_range || value_.get<long long>() < min) {
        fail("expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
             ", found " + value_.dump());
    }
    return static_cast<int>(value_.get<long long>());
}

int Node::year() const { return integer(min_year, max_year); }

bool Node::boolean() const {
    if (!value_.is_boolean()) fail("expected true or false, found " + type_name());
    return value_.get<bool>();
}

std::string Node::type_name() const {
    if (value_.is_number_integer()) return "a whole number";
    // A number JSON gives as floating point: a fraction, an exponent (1e2) or an integer too
    // large for 64 bits. Showing it says which.
    if (value_.is_number()) return "the number " + value_.dump();
    if (value_.is_null()) return "null";
    const std::string name = value_.type_name();
    return (name == "array" || name == "object" ? "an " : "a ") + name;
}

}  // namespace handlingsplan::detail
