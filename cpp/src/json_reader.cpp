#include "json_reader.hpp"

#include <algorithm>
#include <set>
#include <tuple>

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
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_json_depth) {
                throw text_error(source, text, i,
                                 "values nested deeper than " + std::to_string(max_json_depth) +
                                     " levels; a plan file needs far fewer",
                                 "värden nästlade i fler än " + std::to_string(max_json_depth) +
                                     " nivåer; en planfil behöver långt färre");
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

// The syntax problem in Swedish: nlohmann's message is built from a few fixed phrases ("syntax
// error while parsing object key - unexpected '}'; expected string literal"), each worded here;
// a detail without a Swedish phrase (a lexer's note on an escape) stays as nlohmann wrote it.
std::string swedish_syntax_problem(std::string problem) {
    struct Phrase {
        std::string_view english, swedish;
    };
    // Longer phrases first, so that "object key" is worded before "object".
    static constexpr Phrase phrases[] = {
        {"syntax error while parsing object separator", "syntaxfel vid kolonet i ett objekt"},
        {"syntax error while parsing object key", "syntaxfel vid en nyckel i ett objekt"},
        {"syntax error while parsing object", "syntaxfel i ett objekt"},
        {"syntax error while parsing array", "syntaxfel i en lista"},
        {"syntax error while parsing value", "syntaxfel i ett värde"},
        {"'[', '{', or a literal", "'[', '{' eller ett värde"},
        {"unexpected end of input", "filen tar slut för tidigt"},
        {"end of input", "filens slut"},
        {"string literal", "en text"},
        {"number literal", "ett tal"},
        {"true literal", "true"},
        {"false literal", "false"},
        {"null literal", "null"},
        {"invalid literal", "ogiltigt ord"},
        {"invalid number", "ogiltigt tal"},
        {"invalid string: missing closing quote", "en text utan avslutande citattecken"},
        {"invalid string: ill-formed UTF-8 byte", "en text med en felaktig UTF-8-byte"},
        {"invalid string", "ogiltig text"},
        {"unexpected", "oväntat"},
        {"number overflow parsing", "talet är för stort:"},
        {"control character", "styrtecknet"},
        {"must be escaped to", "måste skrivas"},
        {" or \\", " eller \\"},
        {"last read:", "senast läst:"},
        {"; expected digit after", "; en siffra väntades efter"},
        {"; expected", "; väntat:"},
    };
    for (const Phrase& phrase : phrases) {
        for (auto at = problem.find(phrase.english); at != std::string::npos;
             at = problem.find(phrase.english, at + phrase.swedish.size())) {
            problem.replace(at, phrase.english.size(), phrase.swedish);
        }
    }
    return problem;
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
            throw DataError(
                source_, path(),
                "the field \"" + readable(key) + "\" is given twice in one object; keep one", {},
                "fältet \"" + readable(key) + "\" står två gånger i ett objekt; behåll ett");
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
        const std::string problem = syntax_problem(e.what());
        throw text_error(source_, text_, position > 0 ? position - 1 : 0, "JSON syntax: " + problem,
                         "JSON-syntax: " + swedish_syntax_problem(problem));
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
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
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
    return {line, column};
}

std::string line_column(std::string_view text, std::size_t offset) {
    const auto [line, column] = line_and_column(text, offset);
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

DataError text_error(const std::string& source, std::string_view text, std::size_t offset,
                     const std::string& problem, std::string swedish_problem) {
    const auto [line, column] = line_and_column(text, offset);
    return DataError(source, line_column(text, offset), problem, {line, column, {}, {}},
                     std::move(swedish_problem));
}

namespace {

std::size_t skip_space(std::string_view text, std::size_t i) {
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    return i;
}

// The offset just past the string that starts at `i` (at its opening quote).
std::size_t skip_string(std::string_view text, std::size_t i) {
    for (++i; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return text.size();
}

// The offset just past the value that starts at `i`.
std::size_t skip_value(std::string_view text, std::size_t i) {
    if (i >= text.size()) return i;
    if (text[i] == '"') return skip_string(text, i);
    if (text[i] == '{' || text[i] == '[') {
        int depth = 0;
        while (i < text.size()) {
            const char c = text[i];
            if (c == '"') {
                i = skip_string(text, i);
                continue;
            }
            if (c == '{' || c == '[') ++depth;
            if ((c == '}' || c == ']') && --depth == 0) return i + 1;
            ++i;
        }
        return i;
    }
    while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ']' &&
           text[i] != ' ' && text[i] != '\n' && text[i] != '\r' && text[i] != '\t') {
        ++i;
    }
    return i;
}

// A JSON Pointer token with "~1" and "~0" undone.
std::string unescape_pointer_token(std::string_view token) {
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

}  // namespace

std::size_t value_offset(std::string_view text, std::string_view path) {
    std::size_t i = skip_space(text, 0);
    while (!path.empty()) {
        path.remove_prefix(1);  // the "/"
        const std::size_t end = std::min(path.find('/'), path.size());
        const std::string token = unescape_pointer_token(path.substr(0, end));
        path.remove_prefix(end);
        if (i >= text.size()) return std::string_view::npos;
        if (text[i] == '{') {
            i = skip_space(text, i + 1);
            bool found = false;
            while (i < text.size() && text[i] == '"') {
                const std::size_t key_end = skip_string(text, i);
                const std::string key = json::parse(text.substr(i, key_end - i)).get<std::string>();
                i = skip_space(text, key_end);
                i = skip_space(text, i + 1);  // past ':'
                if (key == token) {
                    found = true;
                    break;
                }
                i = skip_space(text, skip_value(text, i));
                if (i < text.size() && text[i] == ',') i = skip_space(text, i + 1);
            }
            if (!found) return std::string_view::npos;
        } else if (text[i] == '[') {
            std::size_t index = 0;
            for (const char c : token) {
                if (c < '0' || c > '9') return std::string_view::npos;
                index = index * 10 + static_cast<std::size_t>(c - '0');
            }
            i = skip_space(text, i + 1);
            for (std::size_t k = 0; k < index; ++k) {
                if (i >= text.size() || text[i] == ']') return std::string_view::npos;
                i = skip_space(text, skip_value(text, i));
                if (i < text.size() && text[i] == ',') i = skip_space(text, i + 1);
            }
            if (i >= text.size() || text[i] == ']') return std::string_view::npos;
        } else {
            return std::string_view::npos;
        }
    }
    return i;
}

json parse_json(std::string_view text, const std::string& source) {
    // One UTF-8 byte order mark is skipped (saving writes none), so that lines and columns count
    // from the first character a person sees. nlohmann would skip one more: a second is refused.
    constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    if (text.starts_with(utf8_bom)) {
        throw text_error(source, text, 0,
                         "a second byte order mark; a UTF-8 file starts with at most one",
                         "en andra byte order mark; en UTF-8-fil börjar med högst en");
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        throw text_error(source, text, text.size(),
                         text.empty() ? "the input is empty; expected a JSON object (a plan file)"
                                      : "the input is empty (white space only); expected a JSON "
                                        "object (a plan file)",
                         text.empty() ? "filen är tom; ett JSON-objekt (en planfil) väntades"
                                      : "filen är tom (bara blanktecken); ett JSON-objekt (en "
                                        "planfil) väntades");
    }
    check_depth(text, source);
    SyntaxCheck check(text, source);
    json::sax_parse(text, &check);
    // The SAX pass refuses a NUL byte inside a string, but reads one outside as the end of the
    // input: whatever follows would be silently dropped.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        throw text_error(
            source, text, nul,
            "a NUL byte after the JSON document; nothing may follow it but white space",
            "en NUL-byte efter JSON-dokumentet; bara blanktecken får följa det");
    }
    try {
        return json::parse(text);
    } catch (const json::exception& e) {
        // The checks above leave json::parse nothing to complain of; reaching this is a bug, but
        // it must still say where.
        throw DataError(source, "", "unexpected JSON problem: " + readable(e.what()));
    }
}

namespace {

// "/status/kind" -> "status.kind", "/agencies/roles/0/agency" -> "agencies.roles[0].agency".
std::string field_name(std::string_view path) {
    std::string out;
    while (!path.empty()) {
        path.remove_prefix(1);
        const std::size_t end = std::min(path.find('/'), path.size());
        const std::string token = unescape_pointer_token(path.substr(0, end));
        path.remove_prefix(end);
        const bool index =
            !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
        out += index ? "[" + token + "]" : (out.empty() ? "" : ".") + token;
    }
    return out;
}

}  // namespace

Node Node::in_context(std::string context) const {
    Node node = *this;
    if (!placed_) return node;  // its complaints are never shown: the careful read says where
    node.context_ = std::move(context);
    node.context_path_length_ = path_.size();
    return node;
}

Node Node::child(const json& value, std::string_view key) const {
    return descend(value, placed_ ? path_ + "/" + escape_pointer_token(key) : std::string());
}

Node Node::child(const json& value, std::size_t index) const {
    return descend(value, placed_ ? path_ + "/" + std::to_string(index) : std::string());
}

Node Node::descend(const json& value, std::string path) const {
    Node node(value, std::move(path), source_, text_);
    node.context_ = context_;
    node.context_path_length_ = context_path_length_;
    node.placed_ = placed_;
    return node;
}

void Node::fail(const std::string& problem, std::string swedish_problem) const {
    DataError::Place place{0, 0, context_,
                           field_name(std::string_view(path_).substr(context_path_length_))};
    if (!text_.empty()) {
        if (const std::size_t at = value_offset(text_, path_); at != std::string_view::npos) {
            std::tie(place.line, place.column) = line_and_column(text_, at);
        }
    }
    throw DataError(source_, path_.empty() ? "/" : path_, problem, std::move(place),
                    std::move(swedish_problem));
}

void Node::expect_object(std::initializer_list<std::string_view> required,
                         std::initializer_list<std::string_view> optional) const {
    expect_object(std::span<const std::string_view>(required.begin(), required.size()),
                  std::span<const std::string_view>(optional.begin(), optional.size()));
}

void Node::expect_object(std::span<const std::string_view> required,
                         std::span<const std::string_view> optional) const {
    if (!value_.is_object()) {
        fail("expected an object, found " + type_name(),
             "ett objekt väntades, " + swedish_type_name() + " hittades");
    }
    for (const auto& key : required) {
        if (!value_.contains(key)) {
            fail("missing the field \"" + std::string(key) + "\"",
                 "fältet \"" + std::string(key) + "\" saknas");
        }
    }
    for (const auto& item : value_.items()) {
        // Not a structured binding: clang before 16 cannot capture one in a lambda.
        const std::string& key = item.key();
        const auto known = [&](std::span<const std::string_view> keys) {
            for (const auto& k : keys) {
                if (k == key) return true;
            }
            return false;
        };
        if (!known(required) && !known(optional)) {
            std::string allowed;
            for (const auto& keys : {required, optional}) {
                for (const auto& k : keys)
                    allowed += (allowed.empty() ? "\"" : ", \"") + std::string(k) + "\"";
            }
            (*this)[key].fail("unknown field; expected only " + allowed,
                              "okänt fält; bara " + allowed + " får finnas här");
        }
    }
}

Node Node::operator[](std::string_view key) const { return child(value_.at(key), key); }

std::vector<Node> Node::items() const {
    if (!value_.is_array()) {
        fail("expected an array, found " + type_name(),
             "en lista väntades, " + swedish_type_name() + " hittades");
    }
    std::vector<Node> nodes;
    nodes.reserve(value_.size());
    for (std::size_t i = 0; i < value_.size(); ++i) {
        nodes.push_back(child(value_[i], i));
    }
    return nodes;
}

std::string Node::string() const {
    if (!value_.is_string()) {
        fail("expected a string, found " + type_name(),
             "en text väntades, " + swedish_type_name() + " hittades");
    }
    return value_.get<std::string>();
}

std::string Node::text() const {
    std::string s = string();
    if (is_blank(s)) fail("expected a non-empty text", "texten är tom");
    return s;
}

int Node::integer(long long min, long long max) const {
    if (!value_.is_number_integer()) {
        fail("expected a whole number, found " + type_name(),
             "ett heltal väntades, " + swedish_type_name() + " hittades");
    }
    const bool in_range =
        value_.is_number_unsigned()
            ? value_.get<unsigned long long>() <= static_cast<unsigned long long>(max)
            : value_.get<long long>() >= min && value_.get<long long>() <= max;
    if (!in_range || value_.get<long long>() < min) {
        fail("expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                 ", found " + value_.dump(),
             "ett heltal från " + std::to_string(min) + " till " + std::to_string(max) +
                 " väntades, " + value_.dump() + " hittades");
    }
    return static_cast<int>(value_.get<long long>());
}

int Node::year() const { return integer(min_year, max_year); }

bool Node::boolean() const {
    if (!value_.is_boolean()) {
        fail("expected true or false, found " + type_name(),
             "true eller false väntades, " + swedish_type_name() + " hittades");
    }
    return value_.get<bool>();
}

std::string json_type_name(const json& value) {
    if (value.is_number_integer()) return "a whole number";
    // A number JSON gives as floating point: a fraction, an exponent (1e2) or an integer too
    // large for 64 bits. Showing it says which.
    if (value.is_number()) return "the number " + value.dump();
    if (value.is_null()) return "null";
    const std::string name = value.type_name();
    return (name == "array" || name == "object" ? "an " : "a ") + name;
}

std::string swedish_json_type_name(const json& value) {
    if (value.is_number_integer()) return "ett heltal";
    if (value.is_number()) return "talet " + value.dump();
    if (value.is_null()) return "null";
    if (value.is_boolean()) return "ett sanningsvärde";
    if (value.is_string()) return "en text";
    return value.is_array() ? "en lista" : "ett objekt";
}

std::string Node::type_name() const { return json_type_name(value_); }

std::string Node::swedish_type_name() const { return swedish_json_type_name(value_); }

}  // namespace handlingsplan::detail
