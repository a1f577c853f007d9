#include <catch2/catch.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "fixtures.hpp"
#include "handlingsplan/diff.hpp"
#include "handlingsplan/errors.hpp"
#include "handlingsplan/provenance.hpp"

using namespace handlingsplan;
using boost::gregorian::date;

namespace {

ChangeSource form_cell() {
    return ChangeSource(SourceFields{.agency = "FRA",
                                     .file = "FRA.xlsx",
                                     .sheet = "Åtgärder",
                                     .cell = "F3",
                                     .read = date(2022, 2, 3),
                                     .comment = "Klar i december."});
}

}  // namespace

TEST_CASE("a change's source names an agency or a file, a cell with its sheet and file") {
    CHECK(form_cell().text() == "FRA, FRA.xlsx, Åtgärder!F3, inläst 2022-02-03");
    CHECK(ChangeSource(SourceFields{.file = "redovisning-2021.txt", .line = 412}).text() ==
          "redovisning-2021.txt, rad 412");
    CHECK_THROWS_AS(ChangeSource(SourceFields{}), InvalidValue);
    CHECK_THROWS_AS(ChangeSource(SourceFields{.comment = "bara en kommentar"}), InvalidValue);
    CHECK_THROWS_AS(ChangeSource(SourceFields{.agency = "FRA", .cell = "F3"}), InvalidValue);
    CHECK_THROWS_AS(ChangeSource(SourceFields{.file = "a.xlsx", .sheet = "Åtgärder"}),
                    InvalidValue);
    CHECK_THROWS_AS(ChangeSource(SourceFields{.file = "a.txt", .line = 0}), InvalidValue);
    CHECK_THROWS_AS(ChangeSource(SourceFields{.agency = "FRA", .line = 3}), InvalidValue);
    CHECK_THROWS_AS(
        ChangeSource(SourceFields{.file = "a.xlsx", .sheet = "S", .cell = "A1", .line = 3}),
        InvalidValue);
    CHECK_THROWS_AS(ChangeSource(SourceFields{.agency = "FRA", .read = date()}), InvalidValue);
    CHECK_THROWS_AS(ChangeSource(SourceFields{.agency = "\xff"}), InvalidValue);
}

TEST_CASE("sources and recorded changes are equal only in every field") {
    const ChangeSource source = form_cell();
    SourceFields other = source.fields();
    other.comment = "Annan kommentar.";
    CHECK(source == form_cell());
    CHECK_FALSE(source == ChangeSource(other));
    const MeasureId id = MeasureId::parse("1.1.1");
    const RecordedChange change(id, ChangedPart::status, "pågående", "genomförd 2021",
                                Provenance{source, ""});
    CHECK(change == RecordedChange(id, ChangedPart::status, "pågående", "genomförd 2021",
                                   Provenance{source, ""}));
    CHECK_FALSE(change == RecordedChange(id, ChangedPart::status, "pågående", "genomförd 2021",
                                         Provenance{source, "en not"}));
    CHECK_FALSE(change == RecordedChange(id, ChangedPart::period, "pågående", "genomförd 2021",
                                         Provenance{source, ""}));
}

TEST_CASE("a recorded change needs a source or a note and a value that changed") {
    const MeasureId id = MeasureId::parse("1.1.1");
    CHECK_THROWS_AS(RecordedChange(id, ChangedPart::period, "2019–2022", "2019–2023", {}),
                    InvalidValue);
    CHECK_THROWS_AS(RecordedChange(id, ChangedPart::period, "2019–2022", "2019–2022",
                                   Provenance{std::nullopt, "not"}),
                    InvalidValue);
    CHECK_THROWS_AS(
        RecordedChange(id, ChangedPart::added, "x", "Titel", Provenance{std::nullopt, "not"}),
        InvalidValue);
    CHECK(RecordedChange(id, ChangedPart::added, "", "Titel", Provenance{std::nullopt, "not"})
              .note() == "not");
}

TEST_CASE("changed parts and form events by name") {
    for (const auto part :
         {ChangedPart::title, ChangedPart::description, ChangedPart::agencies, ChangedPart::period,
          ChangedPart::page, ChangedPart::status, ChangedPart::added}) {
        CHECK(parse_changed_part(changed_part_name(part)) == part);
    }
    CHECK(changed_part_word(ChangedPart::period) == "tidsperiod");
    CHECK_THROWS_AS(parse_changed_part("perod"), ParseError);
    for (const auto event : {FormEvent::sent, FormEvent::answered, FormEvent::blank}) {
        CHECK(parse_form_event(form_event_name(event)) == event);
    }
    CHECK_THROWS_AS(parse_form_event("returned"), ParseError);
}

TEST_CASE("a form register entry and the register's three groups") {
    CHECK_THROWS_AS(FormEntry(" ", FormEvent::sent, "FRA.xlsx"), InvalidValue);
    CHECK_THROWS_AS(FormEntry("FRA", FormEvent::sent, ""), InvalidValue);
    const std::vector<FormEntry> entries{
        {"FRA", FormEvent::sent, "FRA.xlsx", date(2022, 1, 10)},
        {"FRA", FormEvent::answered, "FRA.xlsx", date(2022, 2, 1)},
        {"PTS", FormEvent::blank, "PTS.xlsx", date(2022, 2, 1)},
        {"MSB", FormEvent::blank, "MSB.xlsx", date(2022, 2, 1)},
        {"MSB", FormEvent::answered, "MSB-2.xlsx", date(2022, 2, 9)},
        {"FMV", FormEvent::sent, "FMV.xlsx"},
    };
    const FormGroups groups = form_groups(entries, {"MSB", "PTS", "Säkerhetspolisen"});
    CHECK(groups.answered == std::vector<std::string>{"MSB", "FRA"});
    CHECK(groups.blank == std::vector<std::string>{"PTS"});
    CHECK(groups.not_returned == std::vector<std::string>{"Säkerhetspolisen", "FMV"});
}

TEST_CASE("an edit with a source records what it changed, before and after") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    const MeasureId id = MeasureId::parse("1.1.9");
    const Provenance from_form{form_cell(), ""};
    plan.update_measure(2022, id, MeasureUpdate{.period = Period(2019, 2023)}, from_form);
    plan.complete_measure(2022, id, 2022, from_form);
    const auto& changes = plan.report(2022).changes();
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].part() == ChangedPart::period);
    CHECK(changes[0].before() == "2019 och tills vidare");
    CHECK(changes[0].after() == "2019–2023");
    CHECK(changes[1].part() == ChangedPart::status);
    CHECK(changes[1].after() == "genomförd 2022");
    CHECK(changes[1].source() == form_cell());
    // The same edit again changes nothing and records nothing.
    plan.complete_measure(2022, id, 2022, from_form);
    CHECK(plan.report(2022).changes().size() == 2);
    // An edit without a source or note records nothing.
    plan.update_measure(2022, MeasureId::parse("1.2.1"), MeasureUpdate{.title = "Ny rubrik"});
    CHECK(plan.report(2022).changes().size() == 2);
    CHECK(plan.report(2022).changes_of(MeasureId::parse("1.2.1")).empty());
}

TEST_CASE("the form register of a draft: each entry once, agencies of the registry") {
    Plan plan = fixtures::small_plan();
    plan.new_report(2022);
    const FormEntry entry("FRA", FormEvent::answered, "FRA.xlsx", date(2022, 2, 1));
    plan.record_form(2022, entry);
    plan.record_form(2022, entry);
    CHECK(plan.report(2022).forms() == std::vector<FormEntry>{entry});
    CHECK_THROWS_AS(plan.record_form(2022, FormEntry("Okänd", FormEvent::sent, "x.xlsx")),
                    NotFound);
    CHECK_THROWS_AS(plan.record_form(2021, entry), RuleViolation);
}

TEST_CASE("a report refuses a recorded change of a measure it does not hold") {
    const RecordedChange change(MeasureId::parse("3.1.1"), ChangedPart::added, "", "Titel",
                                Provenance{std::nullopt, "not"});
    CHECK_THROWS_AS(Report(2021, Report::due_date(2021), {}, ReportState::draft, {}, {}, {change}),
                    InvalidValue);
}

TEST_CASE("a change's part and text, a field's as the diff words it") {
    CHECK(changed_part(MeasureField::period) == ChangedPart::period);
    CHECK(changed_part(MeasureField::page) == ChangedPart::page);
    CHECK(measure_field(ChangedPart::description) == MeasureField::description);
    CHECK_FALSE(measure_field(ChangedPart::status).has_value());
    CHECK(changed_part_word(ChangedPart::agencies) == measure_field_word(MeasureField::agencies));
    CHECK(change_text(ChangedPart::period, "2019–2022", "2019–2026") ==
          field_change_text(FieldChange{MeasureField::period, "2019–2022", "2019–2026"}));
    CHECK(change_text(ChangedPart::status, "pågående", "genomförd 2021") ==
          "status pågående → genomförd 2021");
    CHECK(change_text(ChangedPart::added, "", "Ny titel") == "ny åtgärd ”Ny titel”");
}

TEST_CASE("each rule of a change's source is its own, and each field shows in its text") {
    const auto problem = [](const SourceFields& fields) -> std::string {
        try {
            (void)ChangeSource(fields);
        } catch (const InvalidValue& e) {
            return e.what();
        }
        return "";
    };
    // A cell needs its file and its sheet, each.
    CHECK_THAT(problem({.file = "a.xlsx", .cell = "F3"}), Catch::Contains("gives a cell (F3)"));
    CHECK_THAT(problem({.agency = "FRA", .sheet = "S", .cell = "F3"}),
               Catch::Contains("gives a cell (F3)"));
    CHECK_THAT(problem({.file = "a.xlsx", .sheet = "S"}), Catch::Contains("gives a sheet (S)"));
    // A line from 1, with its file; a blank agency or file alone names nothing.
    CHECK(problem({.file = "a.txt", .line = 1}).empty());
    CHECK(problem({.agency = "FRA"}).empty());
    CHECK(problem({.file = "a.txt"}).empty());
    CHECK_THAT(problem({.agency = " ", .file = " "}), Catch::Contains("names an agency or a file"));
    CHECK_THAT(problem({.agency = "FRA", .file = "a.txt", .line = 0}),
               Catch::Contains("a line (from 1)"));
    CHECK_THAT(problem({.file = "a.xlsx", .sheet = "S", .cell = "A1", .line = 3}),
               Catch::Contains("not both"));
    CHECK(problem({.agency = "FRA", .read = date(2022, 1, 1)}).empty());
    CHECK(ChangeSource(SourceFields{.agency = "FRA"}).text() == "FRA");
    CHECK(ChangeSource(SourceFields{.agency = "FRA", .read = date(2022, 1, 31)}).text() ==
          "FRA, inläst 2022-01-31");
    CHECK(ChangeSource(SourceFields{.file = "a.xlsx", .sheet = "S", .cell = "A1"}).text() ==
          "a.xlsx, S!A1");
}

TEST_CASE("a change's part in words, and an added measure's value before") {
    CHECK(changed_part_word(ChangedPart::status) == "status");
    CHECK(changed_part_word(ChangedPart::added) == "ny åtgärd");
    CHECK(changed_part_word(ChangedPart::title) == measure_field_word(MeasureField::title));
    CHECK(changed_part(MeasureField::title) == ChangedPart::title);
    CHECK(measure_field(ChangedPart::page) == MeasureField::page);
    CHECK_FALSE(measure_field(ChangedPart::added).has_value());
    CHECK(change_text(ChangedPart::status, "pågående", "genomförd 2021") ==
          "status pågående \xE2\x86\x92 genomförd 2021");
    const MeasureId id = MeasureId::parse("1.1.1");
    const Provenance note{std::nullopt, "not"};
    // An added measure may have the same value before as after: none.
    CHECK_NOTHROW(RecordedChange(id, ChangedPart::added, "", "", note));
    CHECK_THROWS_WITH(RecordedChange(id, ChangedPart::added, "Titel", "Titel", note),
                      Catch::Contains("an added measure has no value before"));
    CHECK_THROWS_WITH(RecordedChange(id, ChangedPart::page, "3", "3", note),
                      Catch::Contains("are the same (\"3\")"));
}
