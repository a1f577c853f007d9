#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "handlingsplan/chapter.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/json_io.hpp"

using namespace handlingsplan;

namespace {

ProseChapter closing(std::string text = "Arbetet har fortsatt.") {
    return ProseChapter(std::string(closing_chapter), {ChapterBlock::paragraph(std::move(text))});
}

ProseChapter introduction() {
    return ProseChapter(std::string(introduction_chapter),
                        {ChapterBlock::paragraph("I juli 2018 gav regeringen uppdraget."),
                         ChapterBlock::heading("Nationell strategi"),
                         ChapterBlock::paragraph("Strategin omfattar sex prioriteringar:"),
                         ChapterBlock::numbered({"Säkerställa en ansats.", "Öka säkerheten."}),
                         ChapterBlock::bullets({"en punkt"})});
}

Plan with_chapters(std::vector<ProseChapter> chapters) {
    const Plan base = fixtures::small_plan();
    const Report& r = base.report(2021);
    return Plan(base.title(), base.first_year(), base.last_year(), base.agencies(),
                base.priorities(),
                {Report(r.year(), r.submitted(), r.measures(), r.state(), r.reopenings(),
                        r.follow_up(), r.changes(), r.forms(), std::move(chapters))});
}

}  // namespace

TEST_CASE("The chapters' published order is declared once, with the prose chapters in it") {
    CHECK(chapter_order().size() == 7);
    CHECK(chapter_order().front() == "Sammanfattning");
    CHECK(chapter_order()[4] == follow_up_chapter);
    CHECK(chapter_order()[5] == measures_chapter);
    CHECK(chapter_order().back() == "Slutord");
    CHECK(prose_chapter_headings().size() == 5);
    CHECK(chapter_position("Extern samverkan") == 3U);
    CHECK_FALSE(chapter_position("Bilaga 1").has_value());
}

TEST_CASE("A chapter's blocks keep their kind, text and items") {
    const ProseChapter c = introduction();
    CHECK(c.blocks().size() == 5);
    CHECK(c.blocks()[1].kind() == ChapterBlockKind::heading);
    CHECK(c.blocks()[3].is_list());
    CHECK(c.blocks()[3].items().size() == 2);
    CHECK(c.paragraphs() == std::vector<std::string>{"I juli 2018 gav regeringen uppdraget.",
                                                     "Strategin omfattar sex prioriteringar:"});
    CHECK_FALSE(c.carried_over_from().has_value());
    CHECK(parse_chapter_block_kind("numbered") == ChapterBlockKind::numbered);
    CHECK(chapter_block_kind_text(ChapterBlockKind::bullets) == "bullets");
}

TEST_CASE("A chapter refuses what is not a chapter") {
    CHECK_THROWS_WITH(ProseChapter("Slutrod", {ChapterBlock::paragraph("a")}),
                      Catch::Contains("did you mean \"Slutord\""));
    // Every prose chapter named, in order, a comma between two.
    CHECK_THROWS_WITH(ProseChapter("Slutrod", {ChapterBlock::paragraph("a")}),
                      Catch::Contains("expected one of \"Sammanfattning\", \"Introduktion\", \"" +
                                      std::string(agencies_work_chapter) +
                                      "\", \"Extern samverkan\", \"Slutord\" (did you mean"));
    CHECK_THROWS_AS(ProseChapter("Uppföljning", {ChapterBlock::paragraph("a")}), InvalidValue);
    CHECK_THROWS_WITH(ProseChapter("Slutord", {}), Catch::Contains("has no text"));
    CHECK_THROWS_AS(ProseChapter("Slutord", {ChapterBlock::paragraph("a")}, 1800), InvalidValue);
    CHECK_THROWS_AS(ProseChapter("Slutord", {ChapterBlock::paragraph("a")}, min_year - 1),
                    InvalidValue);
    CHECK_THROWS_WITH(ProseChapter("Slutord", {ChapterBlock::paragraph("a")}, max_year + 1),
                      Catch::Contains("from the year 2201, outside 1900–2200"));
    // The accepted years' ends are accepted.
    CHECK(ProseChapter("Slutord", {ChapterBlock::paragraph("a")}, min_year).carried_over_from() ==
          min_year);
    CHECK(ProseChapter("Slutord", {ChapterBlock::paragraph("a")}, max_year).carried_over_from() ==
          max_year);
    CHECK_THROWS_AS(ChapterBlock::paragraph("  "), InvalidValue);
    CHECK_THROWS_AS(ChapterBlock::bullets({}), InvalidValue);
    CHECK_THROWS_WITH(ChapterBlock::numbered({"a", " "}), Catch::Contains("item 2"));
    CHECK_THROWS_AS(parse_chapter_block_kind("stycke"), ParseError);
}

TEST_CASE("A report keeps its chapters in the published order and refuses one given twice") {
    const Plan plan = with_chapters({closing(), introduction()});
    const Report& r = plan.report(2021);
    REQUIRE(r.chapters().size() == 2);
    CHECK(r.chapters()[0].heading() == "Introduktion");
    CHECK(r.chapters()[1].heading() == "Slutord");
    REQUIRE(r.chapter("Slutord") != nullptr);
    CHECK(r.chapter("Sammanfattning") == nullptr);
    CHECK_THROWS_WITH(with_chapters({closing(), closing("Annan text.")}), Catch::Contains("twice"));
    CHECK(with_chapters({closing()}) != with_chapters({closing("Annan text.")}));
    CHECK(with_chapters({closing()}) != with_chapters({}));
}

TEST_CASE("A draft starts with last year's chapters, marked, until they are edited") {
    Plan plan = with_chapters({closing(), introduction()});
    const Report& draft = plan.new_report(2022);
    REQUIRE(draft.chapters().size() == 2);
    CHECK(draft.chapters()[0].carried_over_from() == 2021);
    CHECK(draft.chapters()[0].blocks() == introduction().blocks());
    CHECK(plan.report(2021).chapters()[0].carried_over_from() == std::nullopt);

    plan.set_chapter(2022, closing("Arbetet med 2022 års redovisning."));
    const Report& edited = plan.report(2022);
    CHECK(edited.chapter("Slutord")->carried_over_from() == std::nullopt);
    CHECK(edited.chapter("Slutord")->paragraphs().front() == "Arbetet med 2022 års redovisning.");
    CHECK(edited.chapter("Introduktion")->carried_over_from() == 2021);

    // A chapter carried over twice names the report whose text it is.
    plan.finalize_report(2022);
    const Report& next = plan.new_report(2023);
    CHECK(next.chapter("Introduktion")->carried_over_from() == 2021);
    CHECK(next.chapter("Slutord")->carried_over_from() == 2022);

    plan.remove_chapter(2023, "Slutord");
    CHECK(plan.report(2023).chapter("Slutord") == nullptr);
    CHECK_THROWS_AS(plan.remove_chapter(2023, "Slutord"), NotFound);
    CHECK_THROWS_AS(plan.set_chapter(2021, closing()), RuleViolation);
    CHECK_THROWS_AS(plan.set_chapter(2030, closing()), NotFound);
}

TEST_CASE("Chapters are kept in the plan file and read back equal") {
    Plan plan = with_chapters({closing(), introduction()});
    plan.new_report(2022);
    const std::string text = plan_to_json(plan);
    CHECK(text.find("\"schema_version\": " + std::to_string(schema_version)) != std::string::npos);
    CHECK(text.find("\"carried_over_from\": 2021") != std::string::npos);
    CHECK(text.find("\"kind\": \"numbered\"") != std::string::npos);
    const Plan again = plan_from_json(text);
    CHECK(again == plan);
    CHECK(plan_to_json(again) == text);
    // Without chapters, no "chapters" member: a report as version 3 wrote it.
    CHECK(plan_to_json(fixtures::small_plan()).find("\"chapters\"") == std::string::npos);
}

TEST_CASE("A version-3 file loads unchanged, without chapters") {
    std::string text = plan_to_json(fixtures::small_plan());
    const std::string current = "\"schema_version\": " + std::to_string(schema_version);
    const auto at = text.find(current);
    REQUIRE(at != std::string::npos);
    text.replace(at, current.size(), "\"schema_version\": 3");
    const Plan plan = plan_from_json(text);
    CHECK(plan == fixtures::small_plan());
    CHECK(plan.report(2021).chapters().empty());
}
