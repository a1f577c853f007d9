#include "handlingsplan/json_io.hpp"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <nlohmann/json.hpp>

#include "handlingsplan/errors.hpp"

namespace handlingsplan {
namespace {

// ordered_json keeps keys in insertion order, which makes the written form canonical.
using json = nlohmann::ordered_json;

// Deeper than any plan file needs; rejecting it early keeps hostile input cheap.
constexpr int max_depth = 64;

std::string escape_pointer_token(std::string_view key) {
    std::string out;
    for (const char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

// "line L, column C" of a byte offset (columns count characters, not bytes).
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

// Length of the well-formed UTF-8 sequence (RFC 3629) at the start of non-empty `text`; 0 if the
// first byte does not start one.
std::size_t utf8_sequence_length(std::string_view text) {
    const auto byte = [&](std::size_t i) {
        return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u;
    };
    const auto continues = [&](std::size_t i, unsigned low = 0x80, unsigned high = 0xBF) {
        return byte(i) >= low && byte(i) <= high;
    };
    const unsigned lead = byte(0);
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return continues(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
        const bool second = continues(1, lead == 0xE0 ? 0xA0 : 0x80, lead == 0xED ? 0x9F : 0xBF);
        return second && continues(2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        // No overlong forms (F0 80..8F) and nothing above U+10FFFF (F4 90..BF).
        const bool second = continues(1, lead == 0xF0 ? 0x90 : 0x80, lead == 0xF4 ? 0x8F : 0xBF);
        return second && continues(2) && continues(3) ? 4 : 0;
    }
    return 0;
}

// `text` made fit for a message: a byte that is not UTF-8 becomes U+FFFD, since messages are
// shown to people and handed to Python as str, and the text is cut after `limit` characters,
// since a syntax message quotes the token it stopped in, which may be megabytes long.
std::string readable(std::string_view text, std::size_t limit = 200) {
    std::string out;
    for (std::size_t characters = 0; !text.empty(); ++characters) {
        if (characters == limit) return out + "…";
        const std::size_t length = utf8_sequence_length(text);
        out += length == 0 ? std::string_view("\xEF\xBF\xBD") : text.substr(0, length);
        text.remove_prefix(length == 0 ? 1 : length);
    }
    return out;
}

// Finds nesting deeper than max_depth before the parser sees it.
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
            if (++depth > max_depth) {
                throw DataError(source, line_column(text, i),
                                "values nested deeper than " + std::to_string(max_depth) +
                                    " levels; a plan file needs far fewer");
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

// A JSON value together with its JSON path, so that every complaint can say where.
class Node {
public:
    Node(const json& value, std::string path, const std::string& source)
        : value_(value), path_(std::move(path)), source_(source) {}

    [[noreturn]] void fail(const std::string& problem) const {
        throw DataError(source_, path_.empty() ? "/" : path_, problem);
    }

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

    void expect_object(std::initializer_list<std::string_view> required,
                       std::initializer_list<std::string_view> optional = {}) const {
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
                at_key_path(key).fail("unknown field; expected only " + allowed);
            }
        }
    }

    Node operator[](std::string_view key) const {
        return Node(value_.at(std::string(key)), path_ + "/" + escape_pointer_token(key), source_);
    }
    bool has(std::string_view key) const { return value_.contains(key); }
    bool is_null() const { return value_.is_null(); }

    std::vector<Node> items() const {
        if (!value_.is_array()) fail("expected an array, found " + type_name());
        std::vector<Node> nodes;
        nodes.reserve(value_.size());
        for (std::size_t i = 0; i < value_.size(); ++i) {
            nodes.emplace_back(value_[i], path_ + "/" + std::to_string(i), source_);
        }
        return nodes;
    }

    std::string string() const {
        if (!value_.is_string()) fail("expected a string, found " + type_name());
        return value_.get<std::string>();
    }

    std::string text() const {
        std::string s = string();
        if (s.find_first_not_of(" \t\r\n") == std::string::npos) fail("expected a non-empty text");
        return s;
    }

    int integer(long long min, long long max) const {
        if (!value_.is_number_integer()) fail("expected a whole number, found " + type_name());
        const bool in_range = value_.is_number_unsigned()
                                  ? value_.get<unsigned long long>() <= static_cast<unsigned long long>(max)
                                  : value_.get<long long>() >= min && value_.get<long long>() <= max;
        if (!in_range || value_.get<long long>() < min) {
            fail("expected a whole number from " + std::to_string(min) + " to " +
                 std::to_string(max) + ", found " + value_.dump());
        }
        return static_cast<int>(value_.get<long long>());
    }

    int year() const { return integer(min_year, max_year); }

    bool boolean() const {
        if (!value_.is_boolean()) fail("expected true or false, found " + type_name());
        return value_.get<bool>();
    }

private:
    std::string type_name() const {
        if (value_.is_number_integer()) return "a whole number";
        // A number JSON gives as floating point: a fraction, an exponent (1e2) or an integer
        // too large for 64 bits. Showing it says which.
        if (value_.is_number()) return "the number " + value_.dump();
        if (value_.is_null()) return "null";
        const std::string name = value_.type_name();
        return (name == "array" || name == "object" ? "an " : "a ") + name;
    }
    Node at_key_path(std::string_view key) const {
        return Node(value_.at(std::string(key)), path_ + "/" + escape_pointer_token(key), source_);
    }

    const json& value_;
    std::string path_;
    const std::string& source_;
};

boost::gregorian::date read_date(const Node& node) {
    const std::string text = node.string();
    const auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
        }
        return true;
    };
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(0, 4) &&
                        digits(5, 2) && digits(8, 2);
    if (!shaped) node.fail("expected a date as \"YYYY-MM-DD\", found \"" + text + "\"");
    const int year = std::stoi(text.substr(0, 4));
    if (year < min_year || year > max_year) {
        node.fail("the year of \"" + text + "\" is outside " + std::to_string(min_year) + "–" +
                  std::to_string(max_year));
    }
    try {
        return boost::gregorian::date(static_cast<unsigned short>(year),
                                      static_cast<unsigned short>(std::stoi(text.substr(5, 2))),
                                      static_cast<unsigned short>(std::stoi(text.substr(8, 2))));
    } catch (const std::out_of_range&) {
        // Boost.Date_Time's bad_month and bad_day_of_month derive from std::out_of_range.
        node.fail("\"" + text + "\" is not a date in the calendar");
    }
}

Status read_status(const Node& node) {
    if (!node.has("kind")) node.expect_object({"kind"});
    const Node kind_node = node["kind"];
    const StatusKind kind = kind_node.build([&] { return parse_status_kind(kind_node.string()); });
    switch (kind) {
    case StatusKind::ongoing:
        node.expect_object({"kind"});
        return Status::ongoing();
    case StatusKind::added:
        node.expect_object({"kind"});
        return Status::added();
    case StatusKind::updated: {
        node.expect_object({"kind", "aspects"});
        bool schedule = false, content = false;
        for (const Node& aspect : node["aspects"].items()) {
            const std::string name = aspect.string();
            bool& flag = name == "tidplan" ? schedule : content;
            if (name != "tidplan" && name != "innehåll") {
                aspect.fail("expected \"tidplan\" or \"innehåll\", found \"" + name + "\"");
            }
            if (flag) aspect.fail("\"" + name + "\" is listed twice");
            flag = true;
        }
        return node.build([&] { return Status::updated(schedule, content); });
    }
    case StatusKind::completed:
        node.expect_object({"kind", "year"});
        return Status::completed(node["year"].year());
    case StatusKind::withdrawn:
        node.expect_object({"kind", "year", "reason"});
        return Status::withdrawn(node["year"].year(), node["reason"].string());
    }
    node.fail("unknown status");
}

Agencies read_agencies(const Node& node) {
    node.expect_object({"text", "roles"});
    std::vector<AgencyRole> roles;
    for (const Node& entry : node["roles"].items()) {
        entry.expect_object({"agency", "role"});
        const Node role = entry["role"];
        roles.push_back({entry["agency"].text(), role.build([&] { return parse_role(role.string()); })});
    }
    return node.build([&] { return Agencies(node["text"].text(), std::move(roles)); });
}

Measure read_measure(const Node& node) {
    node.expect_object({"id", "title", "description", "agencies", "period", "page", "status"},
                       {"chapter_marking", "appendix"});
    const Node id_node = node["id"];
    MeasureFields f{
        .id = id_node.build([&] { return MeasureId::parse(id_node.string()); }),
        .title = node["title"].text(),
        .description = node["description"].string(),
        .agencies = read_agencies(node["agencies"]),
    };
    const Node period = node["period"];
    if (!period.is_null()) f.period = period.build([&] { return Period::parse(period.string()); });
    if (!node["page"].is_null()) f.page = node["page"].integer(1, 100000);
    f.status = node.build([&] { return read_status(node["status"]); });
    if (node.has("chapter_marking")) {
        const Node marking = node["chapter_marking"];
        f.chapter_marking = marking.build([&] { return parse_chapter_marking(marking.string()); });
    }
    if (node.has("appendix")) {
        const Node appendix = node["appendix"];
        appendix.expect_object({}, {"title", "agencies"});
        if (appendix.has("title")) f.appendix_title = appendix["title"].text();
        if (appendix.has("agencies")) f.appendix_agencies = appendix["agencies"].text();
        if (!f.appendix_title && !f.appendix_agencies) appendix.fail("expected \"title\" or \"agencies\"");
    }
    return node.build([&] { return Measure(std::move(f)); });
}

Report read_report(const Node& node) {
    node.expect_object({"year", "submitted", "measures"});
    const int year = node["year"].year();
    const auto submitted = read_date(node["submitted"]);
    std::vector<Measure> measures;
    std::set<MeasureId> seen;
    for (const Node& entry : node["measures"].items()) {
        measures.push_back(read_measure(entry));
        if (!seen.insert(measures.back().id()).second) {
            entry["id"].fail("measure " + measures.back().id().to_string() +
                             " is listed twice in this report");
        }
    }
    return node.build([&] { return Report(year, submitted, std::move(measures)); });
}

Priority read_priority(const Node& node) {
    node.expect_object({"number", "title", "objectives"});
    const int number = node["number"].integer(1, 999);
    std::vector<Objective> objectives;
    for (const Node& entry : node["objectives"].items()) {
        entry.expect_object({"id", "text"});
        const Node id = entry["id"];
        objectives.push_back({id.build([&] { return ObjectiveId::parse(id.string()); }),
                              entry["text"].text()});
        if (objectives.back().id.priority() != number) {
            id.fail("objective " + objectives.back().id.to_string() +
                    " does not belong to strategic priority " + std::to_string(number));
        }
    }
    return node.build([&] { return Priority(number, node["title"].text(), std::move(objectives)); });
}

Plan read_plan(const Node& root) {
    root.expect_object({"schema_version", "title", "first_year", "last_year", "agencies",
                        "priorities", "reports"});
    const Node version = root["schema_version"];
    if (version.integer(0, 1'000'000) != schema_version) {
        version.fail("this version of handlingsplan reads schema_version " +
                     std::to_string(schema_version));
    }
    std::vector<Agency> agencies;
    for (const Node& entry : root["agencies"].items()) {
        entry.expect_object({"short_name", "name", "samfi"}, {"aliases"});
        std::vector<std::string> aliases;
        if (entry.has("aliases")) {
            for (const Node& alias : entry["aliases"].items()) aliases.push_back(alias.text());
        }
        agencies.emplace_back(entry["short_name"].text(), entry["name"].text(),
                              entry["samfi"].boolean(), std::move(aliases));
    }
    const Node agencies_node = root["agencies"];
    AgencyRegistry registry = agencies_node.build([&] { return AgencyRegistry(std::move(agencies)); });
    std::vector<Priority> priorities;
    for (const Node& entry : root["priorities"].items()) priorities.push_back(read_priority(entry));
    std::vector<Report> reports;
    std::set<int> years;
    for (const Node& entry : root["reports"].items()) {
        reports.push_back(read_report(entry));
        if (!years.insert(reports.back().year()).second) {
            entry["year"].fail("a second report for " + std::to_string(reports.back().year()));
        }
    }
    return root.build([&] {
        return Plan(root["title"].text(), root["first_year"].year(), root["last_year"].year(),
                    std::move(registry), std::move(priorities), std::move(reports));
    });
}

json write_measure(const Measure& m) {
    json agencies = {{"text", m.agencies().text()}, {"roles", json::array()}};
    for (const auto& entry : m.agencies().roles()) {
        agencies["roles"].push_back(json{{"agency", entry.agency}, {"role", role_text(entry.role)}});
    }
    json status = {{"kind", status_kind_text(m.status().kind())}};
    switch (m.status().kind()) {
    case StatusKind::updated:
        status["aspects"] = json::array();
        if (m.status().schedule_updated()) status["aspects"].push_back("tidplan");
        if (m.status().content_updated()) status["aspects"].push_back("innehåll");
        break;
    case StatusKind::completed:
        status["year"] = *m.status().year();
        break;
    case StatusKind::withdrawn:
        status["year"] = *m.status().year();
        status["reason"] = m.status().reason();
        break;
    default:
        break;
    }
    json out = {
        {"id", m.id().to_string()},
        {"title", m.title()},
        {"description", m.description()},
        {"agencies", std::move(agencies)},
        {"period", m.period() ? json(m.period()->to_string()) : json(nullptr)},
        {"page", m.page() ? json(*m.page()) : json(nullptr)},
        {"status", std::move(status)},
    };
    if (m.chapter_marking()) out["chapter_marking"] = chapter_marking_text(*m.chapter_marking());
    if (m.appendix_title() || m.appendix_agencies()) {
        json appendix = json::object();
        if (m.appendix_title()) appendix["title"] = *m.appendix_title();
        if (m.appendix_agencies()) appendix["agencies"] = *m.appendix_agencies();
        out["appendix"] = std::move(appendix);
    }
    return out;
}

json write_plan(const Plan& plan) {
    json agencies = json::array();
    for (const auto& a : plan.agencies().agencies()) {
        json agency{{"short_name", a.short_name()}, {"name", a.name()}, {"samfi", a.samfi()}};
        if (!a.aliases().empty()) agency["aliases"] = a.aliases();  // older files have none
        agencies.push_back(std::move(agency));
    }
    json priorities = json::array();
    for (const auto& p : plan.priorities()) {
        json objectives = json::array();
        for (const auto& o : p.objectives()) {
            objectives.push_back(json{{"id", o.id.to_string()}, {"text", o.text}});
        }
        priorities.push_back(json{{"number", p.number()}, {"title", p.title()}, {"objectives", std::move(objectives)}});
    }
    json reports = json::array();
    for (const auto& [year, report] : plan.reports()) {
        json measures = json::array();
        for (const auto& m : report.measures()) measures.push_back(write_measure(m));
        reports.push_back(json{{"year", year},
                           {"submitted", boost::gregorian::to_iso_extended_string(report.submitted())},
                           {"measures", std::move(measures)}});
    }
    return {
        {"schema_version", schema_version},
        {"title", plan.title()},
        {"first_year", plan.first_year()},
        {"last_year", plan.last_year()},
        {"agencies", std::move(agencies)},
        {"priorities", std::move(priorities)},
        {"reports", std::move(reports)},
    };
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

Plan plan_from_json(std::string_view text, const std::string& source) {
    // A UTF-8 byte order mark, as some Windows editors write, is accepted and skipped (saving
    // writes none), so that lines and columns count from the first character a person sees.
    constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        throw DataError(source, "", "the input is empty; expected a JSON object (a plan file)");
    }
    check_depth(text, source);
    SyntaxCheck check(text, source);
    json::sax_parse(text, &check);
    try {
        const json document = json::parse(text);
        return read_plan(Node(document, "", source));
    } catch (const json::exception& e) {
        // The checks above leave json::parse and every access in read_plan nothing to complain
        // of; reaching this is a bug, but it must still say where.
        throw DataError(source, "", "unexpected JSON problem: " + readable(e.what()));
    }
}

std::string plan_to_json(const Plan& plan) {
    try {
        return write_plan(plan).dump(2, ' ', false, json::error_handler_t::strict) + "\n";
    } catch (const json::type_error& e) {
        // Text that is not valid UTF-8 cannot be written as JSON.
        throw InvalidValue(std::string("the plan holds text that cannot be written as JSON: ") + e.what());
    }
}

Plan load_plan(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw FileError(path.string(), EISDIR, "read");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(path.string(), errno ? errno : ENOENT, "read");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw FileError(path.string(), errno ? errno : EIO, "read");
    return plan_from_json(buffer.str(), path.string());
}

void save_plan(const Plan& plan, const std::filesystem::path& path) {
    const std::string text = plan_to_json(plan);  // fails before any file is touched
    const auto folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string temp = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) throw FileError(path.string(), errno, "write");
    const auto give_up = [&](int error) {
        ::close(fd);
        ::unlink(temp.c_str());
        throw FileError(path.string(), error, "write");
    };
    for (std::size_t done = 0; done < text.size();) {
        const auto n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            give_up(errno);
        }
        done += static_cast<std::size_t>(n);
    }
    // Plan files are for people: readable by the group and others like any file they save.
    if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) give_up(errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        throw FileError(path.string(), error, "write");
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        throw FileError(path.string(), error, "write");
    }
}

}  // namespace handlingsplan
