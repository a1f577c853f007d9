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
