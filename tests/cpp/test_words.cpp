#include <catch2/catch.hpp>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/words.hpp"

using namespace handlingsplan;

TEST_CASE("the standard words are the 2019–2022 plan's", "[words]") {
    const PlanWords& words = PlanWords::standard();
    CHECK(words.levels.priority == "Strategisk prioritering");
    CHECK(words.levels.objective == "Målsättning");
    CHECK(words.levels.measure == "Åtgärd");
    CHECK(words.levels.measures == "Åtgärder");
    CHECK(words.ids == IdStyle::numbers);
    CHECK(words.appendix.title == "Bilaga 1: Förteckning över åtgärder");
    CHECK(words.appendix.agencies_column == "Ansvarig myndighet");
    CHECK(words.appendix.empty == "Inga åtgärder.");
    CHECK(words == PlanWords{});
}

TEST_CASE("a priority's heading in the plan's words", "[words]") {
    CHECK(PlanWords::standard().priority_heading(1) == "Strategisk prioritering 1.");
    CHECK(PlanWords::standard().priority_heading(6, "Öka förmågan") ==
          "Strategisk prioritering 6. Öka förmågan");
    PlanWords pillars;
    pillars.levels = {"Pelare", "Mål", "Aktivitet", "Aktiviteter"};
    pillars.ids = IdStyle::letters;
    CHECK(pillars.priority_heading(1, "Motståndskraft") == "Pelare A. Motståndskraft");
    CHECK(pillars.priority_heading(3) == "Pelare C.");
    CHECK_THROWS_AS(pillars.priority_heading(27), InvalidValue);
}

TEST_CASE("every word is non-blank", "[words]") {
    CHECK_NOTHROW(PlanWords::standard().check());
    PlanWords words;
    words.appendix.agencies_column = " ";
    CHECK_THROWS_WITH(words.check(), Catch::Contains("agencies column"));
    words = PlanWords{};
    words.levels.priority.clear();
    CHECK_THROWS_AS(words.check(), InvalidValue);
}
