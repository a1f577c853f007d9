#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"
#include "json_load.hpp"
#include "json_reader.hpp"

using namespace handlingsplan;
using json = nlohmann::ordered_json;

namespace {

std::string shipped_text() {
    std::ifstream in(std::string(HANDLINGSPLAN_DATA_DIR) + "/handlingsplan.json", std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// `text` with `from` replaced once by `to` (fails the test where `from` is not in it).
std::string edited(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the one-pass read gives the careful read's plan") {
    SECTION("the shipped plan") {
        const std::string text = shipped_text();
        const auto plan = detail::read_plan_in_one_pass(text, "handlingsplan.json");
        REQUIRE(plan.has_value());
        CHECK(*plan == detail::read_plan_carefully(text, "handlingsplan.json"));
        CHECK(plan->report(2021).measures().size() > 90);
    }
    SECTION(
        "a plan whose reports come before its agencies keeps the measures as JSON until the "
        "registry is read") {
        json document = json::parse(plan_to_json(fixtures::small_plan()));
        json reordered = json::object();
        reordered["reports"] = document["reports"];
        for (const auto& item : document.items()) {
            if (item.key() != "reports") reordered[item.key()] = item.value();
        }
        const std::string text = reordered.dump();
        const auto plan = detail::read_plan_in_one_pass(text, "reordered.json");
        REQUIRE(plan.has_value());
        CHECK(*plan == fixtures::small_plan());
    }
}

namespace {

// The small plan with a draft carrying recorded changes (from a form, and with a note only)
// and a form register: schema version 4.
Plan plan_with_sources() {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    const ChangeSource cell(SourceFields{.agency = "FRA",
                                         .file = "FRA.xlsx",
                                         .sheet = "Åtgärder",
                                         .cell = "I4",
                                         .read = boost::gregorian::date(2022, 2, 3),
                                         .comment = "Förlängd."});
    plan.update_measure(2022, MeasureId::parse("1.1.10"),
                        MeasureUpdate{.period = Period(2021, 2023)}, Provenance{cell, ""});
    plan.complete_measure(2022, MeasureId::parse("1.1.9"), 2022,
                          Provenance{std::nullopt, "Enligt beslut."});
    plan.record_form(2022, FormEntry("FRA", FormEvent::answered, "FRA.xlsx",
                                     boost::gregorian::date(2022, 2, 3)));
    plan.record_form(2022, FormEntry("PTS", FormEvent::blank, "PTS.xlsx"));
    return plan;
}

}  // namespace

TEST_CASE("both reads agree on recorded changes and the form register, and keep them") {
    const Plan plan = plan_with_sources();
    REQUIRE(plan.report(2022).changes().size() == 2);
    const std::string text = plan_to_json(plan);
    const auto fast = detail::read_plan_in_one_pass(text, "v4.json");
    REQUIRE(fast.has_value());
    CHECK(*fast == plan);
    CHECK(detail::read_plan_carefully(text, "v4.json") == plan);
    CHECK(plan_to_json(*fast) == text);
    // A wrong type in a change is refused by both, with its place.
    const std::string bad = edited(text, "\"cell\": \"I4\"", "\"cell\": 4");
    CHECK_FALSE(detail::read_plan_in_one_pass(bad, "bad.json").has_value());
    try {
        plan_from_json(bad, "bad.json");
        FAIL("a cell that is a number loaded");
    } catch (const DataError& e) {
        CHECK(e.where().find("/reports/1/changes/0/source/cell") != std::string::npos);
        CHECK(e.line() > 0);
    }
    const std::string bad_event = edited(text, "\"event\": \"blank\"", "\"event\": true");
    CHECK_FALSE(detail::read_plan_in_one_pass(bad_event, "bad.json").has_value());
    CHECK_THROWS_AS(plan_from_json(bad_event, "bad.json"), DataError);
}

TEST_CASE(
    "the one-pass read refuses what the careful read refuses, and plan_from_json says "
    "where") {
    const std::string text = plan_to_json(fixtures::small_plan());
    SECTION("a field given twice inside a measure") {
        const std::string bad = edited(text, "\"page\": 22,", "\"page\": 22, \"page\": 23,");
        CHECK_FALSE(detail::read_plan_in_one_pass(bad, "bad.json").has_value());
        try {
            (void)plan_from_json(bad, "bad.json");
            FAIL("no error");
        } catch (const DataError& e) {
            CHECK_THAT(e.what(), Catch::Contains("\"page\" is given twice"));
            CHECK(e.where() == "/reports/0/measures/0/page");
        }
    }
    SECTION("an invalid status: the careful read names the report, the measure and the field") {
        const std::string bad = edited(text, "\"kind\": \"ny\"", "\"kind\": \"nyy\"");
        CHECK_FALSE(detail::read_plan_in_one_pass(bad, "bad.json").has_value());
        try {
            (void)plan_from_json(bad, "bad.json");
            FAIL("no error");
        } catch (const DataError& e) {
            CHECK(e.context() == "report 2021, measure 1.1.10");
            CHECK(e.field() == "status.kind");
            CHECK(e.line() > 1);
            CHECK(e.column() > 1);
        }
    }
    SECTION("an agency outside the registry, a measure listed twice, a number too large") {
        for (const auto& bad :
             {edited(text, "\"agency\": \"PTS\"", "\"agency\": \"PTSS\""),
              edited(text, "\"id\": \"1.1.9\"", "\"id\": \"1.1.10\""),
              edited(text, "\"page\": 22", "\"page\": 1e400"),
              edited(text, "\"schema_version\": " + std::to_string(schema_version),
                     "\"schema_version\": 6 ]")}) {
            CHECK_FALSE(detail::read_plan_in_one_pass(bad, "bad.json").has_value());
            CHECK_THROWS_AS(detail::read_plan_carefully(bad, "bad.json"), DataError);
        }
    }
    SECTION("a NUL byte and a second byte order mark") {
        CHECK_FALSE(detail::read_plan_in_one_pass(text + std::string(1, '\0'), "nul.json"));
        CHECK_FALSE(detail::read_plan_in_one_pass("\xEF\xBB\xBF\xEF\xBB\xBF" + text, "bom.json"));
        CHECK(detail::read_plan_in_one_pass("\xEF\xBB\xBF" + text, "bom.json").has_value());
    }
}

TEST_CASE(
    "a string, number, null or boolean among a report's measures is refused by both reads, "
    "never dropped (issues 19 and 22)",
    "[json][hostile]") {
    const std::string text = shipped_text();
    const std::string first = "\"measures\": [";
    REQUIRE(text.find(first) != std::string::npos);
    for (const std::string scalar : {"\"x\"", "7", "null", "true", "false", "1.5"}) {
        for (const bool at_end : {false, true}) {
            CAPTURE(scalar, at_end);
            // At the start of the list, or after its first measure.
            const std::string bad =
                at_end ? edited(text, "},\n        {\n          \"id\": \"1.1.2\"",
                                "}, " + scalar + ",\n        {\n          \"id\": \"1.1.2\"")
                       : edited(text, first, first + scalar + ", ");
            CHECK_FALSE(detail::read_plan_in_one_pass(bad, "plan.json").has_value());
            try {
                (void)plan_from_json(bad, "plan.json");
                FAIL("the plan loaded");
            } catch (const DataError& e) {
                CHECK_THAT(e.where(), Catch::Contains(at_end ? "/reports/0/measures/1"
                                                             : "/reports/0/measures/0"));
            }
        }
    }
}

namespace {

// Whether the one-pass read and the careful read take `document` alike: both refuse it, or both
// give the same plan.
void check_reads_agree(const json& document) {
    const std::string text = document.dump();
    const auto fast = detail::read_plan_in_one_pass(text, "shape.json");
    std::optional<Plan> careful;
    try {
        careful = detail::read_plan_carefully(text, "shape.json");
    } catch (const DataError&) {
    }
    CHECK(fast.has_value() == careful.has_value());
    if (fast && careful) CHECK(*fast == *careful);
}

// A value of every JSON type, and the edge values of the types a measure's fields take.
std::vector<json> substitutes() {
    return {json("x"),
            json(""),
            json(" "),
            json("2019–2022"),
            json("tidplan"),
            json(0),
            json(1),
            json(22),
            json(-1),
            json(100001),
            json(2021),
            json(1.5),
            json(nullptr),
            json(true),
            json::object(),
            json::array(),
            json::array({"tidplan"}),
            json::array({json::object()})};
}

// Every path to a value inside `value` (the value itself first), as JSON pointers.
void value_paths(const json& value, const json::json_pointer& at,
                 std::vector<json::json_pointer>& paths) {
    paths.push_back(at);
    if (value.is_object()) {
        for (const auto& item : value.items()) value_paths(item.value(), at / item.key(), paths);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) value_paths(value[i], at / i, paths);
    }
}

}  // namespace

TEST_CASE(
    "a measure read from the parser's events is the careful read's measure, shape by shape "
    "(issue 21's direct builder)",
    "[json][hostile]") {
    const json shipped = json::parse(shipped_text());
    const json::json_pointer measure("/reports/0/measures/0");
    const json base = shipped[measure];

    SECTION("every value of the measure, each JSON type in turn; every key dropped") {
        std::vector<json::json_pointer> paths;
        value_paths(base, measure, paths);
        for (const auto& path : paths) {
            CAPTURE(path.to_string());
            for (const json& value : substitutes()) {
                json document = shipped;
                document[path] = value;
                check_reads_agree(document);
            }
            if (path != measure && shipped[path.parent_pointer()].is_object()) {
                json document = shipped;
                document[path.parent_pointer()].erase(path.back());
                check_reads_agree(document);
            }
        }
    }
    SECTION("a key given twice in each of a measure's objects") {
        const std::string text = shipped_text();
        for (const std::string field : {"\"kind\": \"pågående\"", "\"role\": \"ansvarig\"",
                                        "\"text\": \"Säkerhetspolisen, FRA och Försvarsmakten\""}) {
            CAPTURE(field);
            const std::string bad = edited(text, field, field + ", " + field);
            CHECK_FALSE(detail::read_plan_in_one_pass(bad, "twice.json").has_value());
            CHECK_THROWS_AS(detail::read_plan_carefully(bad, "twice.json"), DataError);
        }
    }
    SECTION("a key no object of a measure declares, in each of its objects") {
        for (const auto* at : {"", "/agencies", "/agencies/roles/0", "/status"}) {
            CAPTURE(at);
            json document = shipped;
            document[measure / json::json_pointer(at)]["extra"] = 1;
            check_reads_agree(document);
        }
    }
    SECTION("each status kind with every set of the fields a status may give") {
        const json fields[] = {{"aspects", json::array({"innehåll", "tidplan"})},
                               {"year", 2021},
                               {"reason", "Ersatt av 1.1.2."}};
        for (const auto* kind : {"pågående", "ny", "uppdaterad", "genomförd", "avskriven", "x"}) {
            for (unsigned subset = 0; subset < 8; ++subset) {
                CAPTURE(kind, subset);
                json status = {{"kind", kind}};
                for (unsigned i = 0; i < 3; ++i) {
                    if (subset & (1U << i)) status[fields[i][0]] = fields[i][1];
                }
                json document = shipped;
                document[measure]["status"] = status;
                check_reads_agree(document);
            }
        }
        for (const json& aspects :
             {json::array(), json::array({"tidplan", "tidplan"}), json::array({"x"}),
              json::array({"innehåll"}), json::array({1})}) {
            json document = shipped;
            document[measure]["status"] = {{"kind", "uppdaterad"}, {"aspects", aspects}};
            check_reads_agree(document);
        }
    }
    SECTION("the appendix's fields, the chapter marking, the period's forms, the roles") {
        for (const json& appendix :
             {json::object(), json{{"title", "T"}}, json{{"agencies", "MSB"}},
              json{{"title", "T"}, {"agencies", "MSB"}}, json{{"title", " "}}}) {
            json document = shipped;
            document[measure]["appendix"] = appendix;
            check_reads_agree(document);
        }
        for (const auto* marking : {"ny", "uppdaterad", "genomförd", "Ny"}) {
            json document = shipped;
            document[measure]["chapter_marking"] = marking;
            check_reads_agree(document);
        }
        for (const auto* period : {"2019–2022", "2019-2022", "2021", "2019–", "2022–2019"}) {
            json document = shipped;
            document[measure]["period"] = period;
            check_reads_agree(document);
        }
        for (const json& role : {json{{"agency", "MSB"}, {"role", "i samverkan med"}},
                                 json{{"agency", "Msb"}, {"role", "ansvarig"}},
                                 json{{"agency", "MSB"}, {"role", "x"}}}) {
            json document = shipped;
            document[measure]["agencies"]["roles"].push_back(role);
            check_reads_agree(document);
        }
        json document = shipped;
        document[measure]["agencies"]["roles"] = json::array();
        check_reads_agree(document);
    }
}

TEST_CASE("a measure's page and a status's year at either end of their ranges, read alike",
          "[json]") {
    const json shipped = json::parse(shipped_text());
    const json::json_pointer measure("/reports/0/measures/0");
    const auto one_pass = [](const json& document) {
        check_reads_agree(document);
        return detail::read_plan_in_one_pass(document.dump(), "ends.json");
    };
    for (const int page : {min_page, max_page, min_page - 1, max_page + 1}) {
        CAPTURE(page);
        json document = shipped;
        document[measure]["page"] = page;
        const auto plan = one_pass(document);
        CHECK(plan.has_value() == (page >= min_page && page <= max_page));
        if (plan) CHECK(plan->report(2021).measures()[0].page() == page);
    }
    for (const int year : {min_year, max_year, min_year - 1, max_year + 1}) {
        CAPTURE(year);
        json document = shipped;
        document[measure]["status"] = {{"kind", "genomförd"}, {"year", year}};
        const auto plan = one_pass(document);
        CHECK(plan.has_value() == (year >= min_year && year <= max_year));
        if (plan) CHECK(plan->report(2021).measures()[0].status() == Status::completed(year));
    }
}

namespace {

// Whether two measures' texts are equal, field by field (the test's own reading of "the texts").
bool same_texts(const Measure& a, const Measure& b) {
    return a.title() == b.title() && a.description() == b.description() &&
           a.agencies() == b.agencies() && a.appendix_title() == b.appendix_title() &&
           a.appendix_agencies() == b.appendix_agencies();
}

// The small plan carried into 2022 (every active measure carried on), one description changed.
Plan carried_plan() {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    plan.update_measure(2022, MeasureId::parse("1.1.9"),
                        MeasureUpdate{.description = "En ny beskrivning."},
                        Provenance{std::nullopt, "Ändrad."});
    return plan;
}

}  // namespace

TEST_CASE("a measure carried on with the same texts shares them with the report before") {
    const Plan plan = carried_plan();
    json document = json::parse(plan_to_json(plan));
    auto& measures = document["reports"][1]["measures"];
    REQUIRE(measures.size() >= 3);
    SECTION("in the file's order, and in another") {
        for (const bool reversed : {false, true}) {
            if (reversed) std::reverse(measures.begin(), measures.end());
            const std::string text = document.dump();
            const auto fast = detail::read_plan_in_one_pass(text, "carried.json");
            REQUIRE(fast.has_value());
            CHECK(*fast == detail::read_plan_carefully(text, "carried.json"));
            int shared = 0;
            for (const Measure& now : fast->report(2022).measures()) {
                const Measure* then = fast->report(2021).find(now.id());
                REQUIRE(then != nullptr);
                CHECK(now.shares_texts(*then) == same_texts(now, *then));
                shared += now.shares_texts(*then) ? 1 : 0;
            }
            CHECK(shared == static_cast<int>(measures.size()) - 1);  // all but 1.1.9
            CHECK_FALSE(fast->report(2022)
                            .at(MeasureId::parse("1.1.9"))
                            .shares_texts(fast->report(2021).at(MeasureId::parse("1.1.9"))));
        }
    }
    SECTION("an agency's role changed under the same phrase is the file's, not the last report's") {
        for (auto& measure : measures) {
            if (measure["id"] != "1.1.10") continue;
            auto& roles = measure["agencies"]["roles"];
            REQUIRE(roles.size() == 2);
            REQUIRE(roles[1]["role"] == "i samverkan med");
            roles[1]["role"] = "med stöd av";
        }
        const std::string text = document.dump();
        const auto fast = detail::read_plan_in_one_pass(text, "roles.json");
        REQUIRE(fast.has_value());
        CHECK(*fast == detail::read_plan_carefully(text, "roles.json"));
        const Measure& now = fast->report(2022).at(MeasureId::parse("1.1.10"));
        CHECK(now.agencies().role_of("MSB") == Role::with_support);
        CHECK_FALSE(now.shares_texts(fast->report(2021).at(MeasureId::parse("1.1.10"))));
    }
    SECTION("each text changed alone is the file's, in either report") {
        const auto at = [&](json& list) -> json& {
            for (auto& measure : list) {
                if (measure["id"] == "1.2.1") return measure;
            }
            FAIL("no measure 1.2.1");
            return list[0];
        };
        // Both reads give the same plan, and 1.2.1's texts in 2022 are not 2021's.
        const auto read_apart = [](const json& edited_document) {
            const std::string text = edited_document.dump();
            const auto fast = detail::read_plan_in_one_pass(text, "texts.json");
            REQUIRE(fast.has_value());
            CHECK(*fast == detail::read_plan_carefully(text, "texts.json"));
            const MeasureId id = MeasureId::parse("1.2.1");
            CHECK_FALSE(fast->report(2022).at(id).shares_texts(fast->report(2021).at(id)));
        };
        const std::vector<std::pair<const char*, json>> changes = {
            {"/title", "En annan rubrik"},
            {"/agencies/text", "Försvarsmakten, med stöd av FRA"},
            {"/agencies/roles/0/agency", "MSB"},
            {"/appendix", {{"title", "Bilagans rubrik"}}},
            {"/appendix", {{"agencies", "FM och FRA"}}},
        };
        for (const auto& [path, value] : changes) {
            for (const std::size_t changed : {0U, 1U}) {
                CAPTURE(path, changed);
                json edited_document = document;
                at(edited_document["reports"][changed]["measures"])[json::json_pointer(path)] =
                    value;
                read_apart(edited_document);
            }
        }
        for (const auto* key : {"title", "agencies"}) {
            CAPTURE(key);
            json edited_document = document;
            at(edited_document["reports"][0]["measures"])["appendix"] = {{key, "Bilagan A"}};
            at(edited_document["reports"][1]["measures"])["appendix"] = {{key, "Bilagan B"}};
            read_apart(edited_document);
        }
    }
    SECTION("a carried measure's own fields are checked as a new one's") {
        for (auto& measure : measures) {
            if (measure["id"] == "1.2.1") measure["page"] = 0;
        }
        const std::string text = document.dump();
        CHECK_FALSE(detail::read_plan_in_one_pass(text, "page.json").has_value());
        CHECK_THROWS_AS(plan_from_json(text, "page.json"), DataError);
    }
}

TEST_CASE("values nested deeper than the limit are refused by both reads, the careful read says so",
          "[json]") {
    // Arrays inside arrays around a number: at the limit, not a plan; one level past it, too deep.
    const int limit = detail::max_json_depth;
    for (const int depth : {limit - 1, limit, limit + 1, limit + 2}) {
        CAPTURE(depth);
        const auto levels = static_cast<std::size_t>(depth);
        const std::string text = std::string(levels, '[') + "1" + std::string(levels, ']');
        CHECK_FALSE(detail::read_plan_in_one_pass(text, "deep.json").has_value());
        try {
            (void)detail::read_plan_carefully(text, "deep.json");
            FAIL("the careful read took it");
        } catch (const DataError& e) {
            const std::string says = "nested deeper than " + std::to_string(limit);
            CHECK((std::string(e.what()).find(says) != std::string::npos) == (depth > limit));
        }
    }
}
