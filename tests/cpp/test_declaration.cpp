// The model's declaration (declaration.hpp): its tables are whole and consistent, Measure::replace
// changes any declared field and nothing else, and equality covers every declared field of a
// measure and of a report.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <variant>

#include "fixtures.hpp"
#include "handlingsplan/declaration.hpp"
#include "handlingsplan/errors.hpp"

using namespace handlingsplan;

namespace {

// A value of type T unlike `value`: what a field changed to in the tests below.
MeasureValue other_value(const MeasureFields& f, const MeasureMember& member) {
    return std::visit(
        [&](auto m) -> MeasureValue {
            using T = std::remove_cvref_t<decltype(f.*m)>;
            const T& value = f.*m;
            if constexpr (std::is_same_v<T, MeasureId>) {
                return MeasureId(value.priority(), value.objective().number(), value.number() + 1);
            } else if constexpr (std::is_same_v<T, std::string>) {
                return value + " (ändrad)";
            } else if constexpr (std::is_same_v<T, Agencies>) {
                return Agencies::parse(value.text() == "PTS" ? "MSB" : "PTS");
            } else if constexpr (std::is_same_v<T, std::optional<Period>>) {
                return std::optional<Period>(value ? Period(1999, 2000) : Period(2019, 2022));
            } else if constexpr (std::is_same_v<T, std::optional<int>>) {
                return std::optional<int>(value ? *value + 1 : 7);
            } else if constexpr (std::is_same_v<T, Status>) {
                return value == Status::ongoing() ? Status::completed(2021) : Status::ongoing();
            } else if constexpr (std::is_same_v<T, std::optional<StatusKind>>) {
                return std::optional<StatusKind>(value == StatusKind::added ? StatusKind::updated
                                                                            : StatusKind::added);
            } else {
                return std::optional<std::string>(value ? *value + " (ändrad)" : "Annan lydelse");
            }
        },
        member);
}

}  // namespace

TEST_CASE("declaration: names and keys are unique, children are declared", "[declaration]") {
    std::set<std::string_view> names;
    for (const EntityDeclaration& e : entities) {
        CHECK(names.insert(e.name).second);
        CHECK_FALSE(e.label.empty());
        std::set<std::string_view> fields, keys;
        for (const FieldDeclaration& f : e.fields) {
            CHECK(fields.insert(f.name).second);
            CHECK(keys.insert(f.key).second);
            CHECK_FALSE(f.label.empty());
            if (!f.of.empty()) {
                CHECK((f.type == JsonType::object || f.type == JsonType::array));
                CHECK(entity(f.of).name == f.of);
            }
        }
    }
    CHECK(entities[0].name == "plan");
}

TEST_CASE("declaration: an unknown entity or field says the nearest", "[declaration]") {
    CHECK_THROWS_AS(entity("mesure"), NotFound);
    try {
        field(entity("measure"), "titel");
        FAIL("no error");
    } catch (const NotFound& e) {
        CHECK(e.did_you_mean() == "title");
    }
    CHECK(field(entity("measure"), "appendix_title").key == "appendix.title");
}

TEST_CASE("declaration: every measure column has one entry per measure", "[declaration]") {
    const auto plan = fixtures::small_plan();
    const Report& report = plan.report(2021);
    const MeasureColumns c = measure_columns(report);
    std::set<std::string_view> names;
    for (const ColumnDeclaration& column : measure_columns_declared) {
        CHECK(names.insert(column.name).second);
        const std::size_t size = std::visit([&](auto m) { return (c.*m).size(); }, column.member);
        CHECK(size == report.size());
        if (column.codes != nullptr) CHECK((c.*column.codes).codes.size() == report.size());
        CHECK((column.tables.empty() || column.arrow != ""));
        // A dictionary is for texts: the numbers and truth values are stored as they are.
        if (column.few_values) CHECK((column.arrow == "string" || column.arrow == "list<string>"));
    }
    for (const AgencyRoleColumnDeclaration& column : agency_role_columns_declared) {
        INFO(column.name);
        if (column.few_values) CHECK(column.frame != FrameType::int64);
        if (column.few_values) CHECK(column.frame != FrameType::boolean);
    }
}

TEST_CASE("declaration: replace changes each declared field and nothing else", "[declaration]") {
    const Measure m = fixtures::measure("1.1.9", Status::ongoing(), "MSB");
    for (const MeasureMemberDeclaration& d : measure_members) {
        INFO(d.name);
        MeasureValue value = other_value(m.fields(), d.member);
        if (d.name == "appendix_title" || d.name == "appendix_agencies") {
            value = std::optional<std::string>("Bilagans lydelse");
        }
        const Measure changed = m.replace({{std::string(d.name), value}});
        CHECK(changed != m);
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(m.fields().*member)>;
                CHECK(changed.fields().*member == std::get<T>(value));
                // Every other field as it was.
                MeasureFields back = changed.fields();
                back.*member = m.fields().*member;
                CHECK(back == m.fields());
            },
            d.member);
    }
    CHECK(m.replace({}) == m);
}

TEST_CASE("declaration: replace refuses an unknown field, a wrong type, a broken rule",
          "[declaration]") {
    const Measure m = fixtures::measure("1.1.9", Status::ongoing(), "MSB");
    try {
        m.replace({{"titel", std::string("x")}});
        FAIL("no error");
    } catch (const NotFound& e) {
        CHECK(e.did_you_mean() == "title");
    }
    CHECK_THROWS_AS(m.replace({{"title", std::optional<int>(3)}}), InvalidValue);
    CHECK_THROWS_AS(m.replace({{"title", std::string(" ")}}), InvalidValue);
    CHECK_THROWS_AS(m.replace({{"page", std::optional<int>(0)}}), InvalidValue);
}

TEST_CASE("declaration: equality covers every field of a measure", "[declaration]") {
    const Measure m = fixtures::measure("1.2.1", Status::ongoing(), "PTS");
    for (const MeasureMemberDeclaration& d : measure_members) {
        INFO(d.name);
        MeasureFields f = m.fields();
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(f.*member)>;
                f.*member = std::get<T>(other_value(m.fields(), d.member));
            },
            d.member);
        if (f.appendix_title == f.title) f.appendix_title = "Bilagans rubrik";
        CHECK(Measure(f) != m);
        CHECK_FALSE(Measure(f) == m);
    }
}

TEST_CASE("declaration: equality covers every field of a report", "[declaration]") {
    using boost::gregorian::date;
    const std::vector<Measure> measures{fixtures::measure("1.1.9", Status::ongoing(), "MSB")};
    const auto make = [&](std::string_view changed) {
        const auto is = [&](std::string_view name) { return name == changed; };
        return Report(
            is("year") ? 2022 : 2021, is("submitted") ? date(2021, 3, 2) : date(2021, 3, 1),
            is("measures") ? std::vector<Measure>{} : measures,
            is("state") ? ReportState::draft : ReportState::final,
            is("reopenings") ? std::vector<Reopening>{{date(2021, 4, 1), "Rättelse."}}
                             : std::vector<Reopening>{},
            is("follow_up") ? FollowUp("Inledning.", {}, {}) : FollowUp(),
            is("changes") ? std::vector<RecordedChange>{RecordedChange(
                                MeasureId::parse("1.1.9"), ChangedPart::title, "Före", "Efter",
                                Provenance{std::nullopt, "Ändrad."})}
                          : std::vector<RecordedChange>{},
            is("forms") ? std::vector<FormEntry>{FormEntry("MSB", FormEvent::sent, "MSB.xlsx")}
                        : std::vector<FormEntry>{},
            is("chapters") ? std::vector<ProseChapter>{ProseChapter(
                                 "Slutord", {ChapterBlock::paragraph("Text.")})}
                           : std::vector<ProseChapter>{});
    };
    const Report base = make("");
    for (const FieldDeclaration& f : entity("report").fields) {
        INFO(f.name);
        CHECK(make(f.name) != base);
    }
    CHECK(make("") == base);
}

TEST_CASE("declaration: the keys an object must and may hold are its fields' keys",
          "[declaration]") {
    for (const EntityDeclaration& e : entities) {
        const ObjectKeys keys = object_keys_of(e.fields);
        std::set<std::string_view> required(keys.required.begin(), keys.required.end());
        std::set<std::string_view> optional(keys.optional.begin(), keys.optional.end());
        CHECK(required.size() == keys.required.size());
        CHECK(optional.size() == keys.optional.size());
        for (const FieldDeclaration& f : e.fields) {
            INFO(std::string(e.name) + "." + std::string(f.name));
            const std::string_view key = outer_key(f.key);
            CHECK((f.required ? required : optional).count(key) == 1);
        }
        CHECK(required.size() + optional.size() <= e.fields.size());
    }
    // A nested field under the key of its object, given once.
    const ObjectKeys& measure = declared_object_keys<declared::measure_fields>();
    CHECK(std::count(measure.optional.begin(), measure.optional.end(), "appendix") == 1);
    CHECK(std::count(measure.required.begin(), measure.required.end(), "id") == 1);
}

TEST_CASE("declaration: DeclaredKeys gives a field's JSON key at compile time", "[declaration]") {
    constexpr DeclaredKeys<declared::form_fields> form_key;
    constexpr DeclaredKeys<declared::status_fields> status_key;
    constexpr DeclaredKeys<declared::event_fields> event_key;
    STATIC_REQUIRE(form_key["on"] == "date");
    STATIC_REQUIRE(status_key["updated_aspects"] == "aspects");
    STATIC_REQUIRE(event_key["when"] == "date");
    STATIC_REQUIRE(form_key["agency"] == "agency");
}
