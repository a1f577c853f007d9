#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/errors.hpp"

using namespace handlingsplan;

TEST_CASE("measure invariants", "[measure]") {
    auto fields = fixtures::measure("1.1.1", Status::ongoing()).fields();
    CHECK(Measure(fields).title_in_appendix() == "Åtgärd 1.1.1");
    fields.appendix_title = "Annan lydelse";
    CHECK(Measure(fields).title_in_appendix() == "Annan lydelse");
    fields.appendix_title = fields.title;
    CHECK_THROWS_AS(Measure(fields), InvalidValue);
    fields.appendix_title.reset();
    fields.title = "  ";
    CHECK_THROWS_AS(Measure(fields), InvalidValue);
    fields.title = "T";
    fields.page = 0;
    CHECK_THROWS_AS(Measure(fields), InvalidValue);
    fields.page.reset();
    fields.chapter_marking = StatusKind::completed;
    CHECK_THROWS_AS(Measure(fields), InvalidValue);
}

TEST_CASE("Bilaga 1's own wordings stand beside the chapter's", "[measure]") {
    auto fields = fixtures::measure("1.1.1", Status::ongoing(), "MSB i samverkan med FRA").fields();
    CHECK(Measure(fields).agencies_in_appendix() == "MSB i samverkan med FRA");
    fields.appendix_agencies = "MSB och FRA";
    const Measure measure(fields);
    CHECK(measure.agencies_in_appendix() == "MSB och FRA");
    CHECK(measure.agencies().text() == "MSB i samverkan med FRA");
    CHECK(measure.appendix_title() == std::nullopt);
    CHECK(measure.fields() == fields);
}

TEST_CASE("a measure's page lies in min_page..max_page, both included", "[measure]") {
    auto fields = fixtures::measure("1.1.1", Status::ongoing()).fields();
    fields.page = min_page;
    CHECK(Measure(fields).page() == min_page);
    fields.page = max_page;
    CHECK(Measure(fields).page() == max_page);
    fields.page = max_page + 1;
    CHECK_THROWS_WITH(Measure(fields), Catch::Contains("measure 1.1.1") &&
                                           Catch::Contains("from 1 to 100000") &&
                                           Catch::Contains("got 100001"));
    fields.page = min_page - 1;
    CHECK_THROWS_AS(Measure(fields), InvalidValue);
}

TEST_CASE("a measure with fields replaced, each found by its declared name", "[measure]") {
    const Measure m = fixtures::measure("1.1.1", Status::ongoing());
    const Measure changed =
        m.replace({{"title", std::string("Ny rubrik")}, {"page", std::optional<int>(7)}});
    CHECK(changed.title() == "Ny rubrik");
    CHECK(changed.page() == 7);
    CHECK(changed.id() == m.id());
    CHECK(changed.description() == m.description());
    CHECK_THROWS_WITH(m.replace({{"titel", std::string("x")}}), Catch::Contains("title"));
    CHECK_THROWS_AS(m.replace({{"titel", std::string("x")}}), NotFound);
}

TEST_CASE("a measure carried on shares its texts and takes the report's own fields", "[measure]") {
    auto fields = fixtures::measure("1.1.1", Status::ongoing(), "MSB i samverkan med FRA").fields();
    fields.appendix_title = "Bilagans rubrik";
    const Measure before(fields);
    const Measure after = before.carried_on(Period(2019, 2024), 12, Status::updated(true, false),
                                            StatusKind::updated);
    CHECK(after.shares_texts(before));
    CHECK(after.id() == before.id());
    CHECK(after.title() == fields.title);
    CHECK(after.appendix_title() == fields.appendix_title);
    CHECK(after.agencies() == fields.agencies);
    CHECK(after.period() == Period(2019, 2024));
    CHECK(after.page() == 12);
    CHECK(after.status() == Status::updated(true, false));
    CHECK(after.chapter_marking() == StatusKind::updated);
    CHECK(after != before);
    // The same fields made apart: equal, not shared.
    const Measure apart(after.fields());
    CHECK_FALSE(apart.shares_texts(after));
    CHECK(apart == after);
    auto other = after.fields();
    other.description += ".";
    CHECK(Measure(other) != after);
    // The report's own fields are checked as the constructor checks them.
    CHECK_THROWS_WITH(before.carried_on(std::nullopt, 0, Status::ongoing(), std::nullopt),
                      Catch::Contains("measure 1.1.1") && Catch::Contains("got 0"));
    CHECK_THROWS_AS(
        before.carried_on(std::nullopt, std::nullopt, Status::ongoing(), StatusKind::completed),
        InvalidValue);
}
