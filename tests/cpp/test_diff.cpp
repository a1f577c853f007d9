#include <catch2/catch.hpp>
#include <functional>
#include <set>

#include "fixtures.hpp"
#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"

using namespace handlingsplan;

namespace {

Measure with(const Measure& m, const std::function<void(MeasureFields&)>& change) {
    MeasureFields f = m.fields();
    change(f);
    return Measure(std::move(f));
}

const MeasureDiff& entry(const ReportDiff& d, const char* id) {
    for (const auto& m : d.measures()) {
        if (m.id == MeasureId::parse(id)) return m;
    }
    FAIL("no entry for " << id);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("a report compared with itself is empty", "[diff]") {
    const auto plan = fixtures::small_plan();
    const auto d = diff(plan.report(2021), plan.report(2021));
    CHECK(d.empty());
    CHECK(d.measures().size() == plan.report(2021).size());
    CHECK(d.problems().empty());
}

TEST_CASE("every class and every derived marking", "[diff]") {
    using fixtures::measure;
    const auto base = measure("1.1.1", Status::ongoing());
    const Report before(
        2021, Report::due_date(2021),
        {base, measure("1.1.2", Status::ongoing()), measure("1.1.3", Status::ongoing()),
         measure("1.1.4", Status::ongoing()), measure("1.1.5", Status::ongoing()),
         measure("1.1.6", Status::ongoing()), measure("1.1.7", Status::ongoing()),
         measure("1.1.8", Status::completed(2020), "MSB", std::nullopt),
         measure("1.1.9", Status::ongoing())});
    const auto& b = before.measures();
    const Report after(
        2022, Report::due_date(2022),
        {base,  // unchanged
         with(b[1],
              [](auto& f) {
                  f.period = Period(2019, 2024);
                  f.status = Status::updated(true, false);
              }),
         with(b[2],
              [](auto& f) {
                  f.title = "Ny lydelse";
                  f.status = Status::updated(false, true);
              }),
         with(b[3],
              [](auto& f) {
                  f.agencies = Agencies::parse("MSB och FRA");
                  f.period = Period::year(2022);
              }),
         with(b[4],
              [](auto& f) {
                  f.status = Status::completed(2021);
                  f.period.reset();
              }),
         with(b[5], [](auto& f) { f.status = Status::withdrawn(2021, "Ingår i annat arbete."); }),
         // 1.1.7 vanishes
         b[7],                                      // still completed
         with(b[8], [](auto& f) { f.page = 40; }),  // page only
         measure("1.1.10", Status::added())});
    const auto d = diff(before, after);
    CHECK(d.measures().size() == 10);
    CHECK(entry(d, "1.1.1").change == Change::unchanged);
    CHECK(entry(d, "1.1.2").change == Change::changed);
    CHECK(entry(d, "1.1.2").fields == ChangedFields{.period = true});
    CHECK(entry(d, "1.1.2").derived == Status::updated(true, false));
    CHECK(entry(d, "1.1.2").marking_agrees());
    CHECK(entry(d, "1.1.3").derived == Status::updated(false, true));
    CHECK(entry(d, "1.1.3").marking_agrees());
    // 1.1.4 changed schedule and content but its recorded status says nothing: a disagreement.
    CHECK(entry(d, "1.1.4").derived == Status::updated(true, true));
    CHECK_FALSE(entry(d, "1.1.4").marking_agrees());
    CHECK(entry(d, "1.1.5").change == Change::completed);
    CHECK(entry(d, "1.1.6").change == Change::withdrawn);
    CHECK(entry(d, "1.1.7").change == Change::vanished);
    CHECK_FALSE(entry(d, "1.1.7").problem.empty());
    CHECK(entry(d, "1.1.8").change == Change::unchanged);
    CHECK(entry(d, "1.1.9").change == Change::changed);
    CHECK(entry(d, "1.1.9").derived == Status::ongoing());
    CHECK(entry(d, "1.1.9").marking_agrees());
    CHECK(entry(d, "1.1.10").change == Change::added);
    CHECK(entry(d, "1.1.10").derived == Status::added());
    CHECK(d.marking_disagreements().size() == 1);
    CHECK(d.problems().size() == 1);
    CHECK(d.of(Change::changed).size() == 4);
    CHECK(d.count(Change::changed) == 4);
    CHECK(d.count(Change::unchanged) == 2);
    CHECK(d.count(Change::added) == 1);
    CHECK(d.count(Change::vanished) == 1);
    CHECK_FALSE(d.empty());
}

TEST_CASE("an ended measure that comes back is flagged", "[diff]") {
    using fixtures::measure;
    const Report before(2021, Report::due_date(2021), {measure("1.1.1", Status::completed(2020))});
    const Report after(2022, Report::due_date(2022), {measure("1.1.1", Status::ongoing())});
    const auto d = diff(before, after);
    CHECK(d.measures().at(0).change == Change::changed);
    CHECK(d.measures().at(0).problem_kind == DiffProblem::brought_back);
    CHECK(d.measures().at(0).problem == "återkommer som aktiv efter att ha varit genomförd 2020");
}

TEST_CASE("a measure ended anew, or gone, is flagged in Swedish", "[diff]") {
    using fixtures::measure;
    const Report before(
        2021, Report::due_date(2021),
        {measure("1.1.1", Status::completed(2020)), measure("1.1.2", Status::ongoing())});
    const Report after(2022, Report::due_date(2022),
                       {measure("1.1.1", Status::withdrawn(2021, "Avslutad."))});
    const auto d = diff(before, after);
    CHECK(entry(d, "1.1.1").problem_kind == DiffProblem::ended_differently);
    CHECK(entry(d, "1.1.1").problem ==
          "dess avslut redovisas annorlunda än i den tidigare redovisningen");
    CHECK(entry(d, "1.1.2").problem_kind == DiffProblem::vanished);
    CHECK(entry(d, "1.1.2").problem ==
          "finns inte längre med, men är varken genomförd eller avskriven");
}

TEST_CASE("a changed measure tells each field's value before and after", "[diff]") {
    using fixtures::measure;
    const Measure was = measure("1.1.1", Status::ongoing());
    const Measure now = with(was, [](MeasureFields& f) {
        f.title = "Ny rubrik";
        f.period = Period(2019, 2025);
        f.page = 7;
    });
    const Report before(2021, Report::due_date(2021), {was});
    const Report after(2022, Report::due_date(2022), {now});
    const auto d = diff(before, after);
    const auto& e = d.measures().at(0);
    const std::vector<FieldChange> expected{
        {MeasureField::title, was.title(), "Ny rubrik"},
        {MeasureField::period, was.period()->to_string(), "2019–2025"},
        {MeasureField::page, std::to_string(*was.page()), "7"},
    };
    CHECK(e.changes() == expected);
    CHECK(field_change_text(expected[0]) ==
          "rubrik \u201D" + was.title() + "\u201D \u2192 \u201DNy rubrik\u201D");
    CHECK(field_change_text(expected[1]) == "tidsperiod 2019–2022 \u2192 2019–2025");
    CHECK(field_change_text({MeasureField::period, "", "2021"}) ==
          "tidsperiod (inget) \u2192 2021");
    CHECK(e.fields.names() == std::vector<std::string>{"title", "period", "page"});
}

TEST_CASE("the compared fields have a name and a Swedish word each", "[diff]") {
    const MeasureField all[] = {MeasureField::title, MeasureField::description,
                                MeasureField::agencies, MeasureField::period, MeasureField::page};
    std::set<std::string_view> words;
    for (const MeasureField field : all) {
        CHECK(parse_measure_field(measure_field_name(field)) == field);
        words.insert(measure_field_word(field));
    }
    CHECK(words ==
          std::set<std::string_view>{"rubrik", "beskrivning", "myndigheter", "tidsperiod", "sida"});
    CHECK_THROWS_AS(parse_measure_field("perod"), ParseError);
}

TEST_CASE("change names", "[diff]") {
    CHECK(change_text(Change::added) == "ny");
    CHECK(change_text(Change::vanished) == "försvunnen");
}

TEST_CASE("the words of the changes, both ways", "[diff]") {
    for (const Change c : {Change::added, Change::completed, Change::withdrawn, Change::changed,
                           Change::unchanged, Change::vanished}) {
        CHECK(parse_change(change_text(c)) == c);
    }
    CHECK_THROWS_AS(parse_change("klar"), ParseError);
    CHECK_THROWS_WITH(parse_change("klar"), Catch::Contains("\"ny\""));
}

TEST_CASE("the names of the changed fields, in order", "[diff]") {
    CHECK(ChangedFields{}.names().empty());
    CHECK(ChangedFields{.title = true, .period = true}.names() ==
          std::vector<std::string>{"title", "period"});
    CHECK(ChangedFields{true, true, true, true, true}.names() ==
          std::vector<std::string>{"title", "description", "agencies", "period", "page"});
}

TEST_CASE("an entry lacking either measure tells no field's change, whatever it holds", "[diff]") {
    const auto m = std::make_shared<const Measure>(fixtures::measure("1.1.1", Status::ongoing()));
    const ChangedFields all{true, true, true, true, true};
    const MeasureDiff added{m->id(), Change::added, all, nullptr, m, std::nullopt};
    const MeasureDiff vanished{m->id(), Change::vanished, all, m, nullptr, std::nullopt};
    CHECK(added.changes().empty());
    CHECK(vanished.changes().empty());
    const MeasureDiff both{m->id(), Change::changed, all, m, m, std::nullopt};
    CHECK(both.changes().size() == 5);
}

TEST_CASE("a measure added between two others is new, each neighbour compared with itself",
          "[diff]") {
    using fixtures::measure;
    const Report before(2021, Report::due_date(2021),
                        {measure("1.1.1", Status::ongoing()), measure("1.1.3", Status::ongoing())});
    const Report after(2022, Report::due_date(2022),
                       {measure("1.1.1", Status::ongoing()), measure("1.1.2", Status::added()),
                        measure("1.1.3", Status::ongoing())});
    const auto d = diff(before, after);
    REQUIRE(d.measures().size() == 3);
    CHECK(entry(d, "1.1.1").change == Change::unchanged);
    CHECK(entry(d, "1.1.2").change == Change::added);
    CHECK(entry(d, "1.1.2").before == nullptr);
    CHECK(entry(d, "1.1.3").change == Change::unchanged);
    CHECK(entry(d, "1.1.3").before->id() == MeasureId::parse("1.1.3"));
    // And the other way round: one gone from between two others.
    const auto back = diff(Report(2021, Report::due_date(2021), after.measures()),
                           Report(2022, Report::due_date(2022), before.measures()));
    REQUIRE(back.measures().size() == 3);
    CHECK(entry(back, "1.1.2").change == Change::vanished);
    CHECK(entry(back, "1.1.3").change == Change::unchanged);
}

TEST_CASE("each text changed alone is a change of that field alone, texts carried on are none",
          "[diff]") {
    using fixtures::measure;
    const Measure was = measure("1.1.1", Status::ongoing(), "MSB i samverkan med FRA");
    const std::vector<std::pair<MeasureField, std::function<void(MeasureFields&)>>> changes = {
        {MeasureField::title, [](MeasureFields& f) { f.title += " (ny)"; }},
        {MeasureField::description, [](MeasureFields& f) { f.description += " Mer."; }},
        {MeasureField::agencies,
         [](MeasureFields& f) { f.agencies = Agencies::parse("MSB med stöd av FRA"); }},
    };
    for (const auto& [field, change] : changes) {
        CAPTURE(measure_field_name(field));
        const ChangedFields changed = changed_fields(was, with(was, change));
        CHECK(changed.fields() == std::vector<MeasureField>{field});
    }
    // The same texts, shared or made apart: no field changed but the report's own.
    const Measure carried = was.carried_on(Period(2019, 2024), 22, Status::ongoing(), {});
    REQUIRE(carried.shares_texts(was));
    CHECK(changed_fields(was, carried).fields() == std::vector<MeasureField>{MeasureField::period});
    const Measure apart(carried.fields());
    REQUIRE_FALSE(apart.shares_texts(was));
    CHECK(changed_fields(was, apart).fields() == std::vector<MeasureField>{MeasureField::period});
}
