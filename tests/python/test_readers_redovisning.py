"""readers/redovisning.py, the importer put together: every measure read from a text carries its
source, the file's name and the line where the measure starts (its title in the Åtgärder
chapter, its row in Bilaga 1), as a recorded change of the report, so that `plan.history(id)`
names them; the plan file keeps them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.readers._layout import Line
from handlingsplan.readers.model import Block, Chapter, Listed, ReadReport
from handlingsplan.readers.redovisning import _Reader, first_line, read_report_text, sha256
from handlingsplan.readers.report_text import _Refused

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "data" / "sources" / "redovisning-2021.txt"
TITLES = REPO / "data" / "sources" / "redovisning-2021.closed-titles.json"


def words(text: str) -> list[str]:
    return re.sub(r"[\s\-]+", " ", text).split()


def test_each_measure_of_the_first_report_is_added_with_its_file_and_line() -> None:
    result = hp.import_report(SEED, closed_titles=TITLES)
    lines = SEED.read_text(encoding="utf-8").split("\n")
    report = result.report
    assert len(report.changes) == len(report)
    for measure in report:
        (change,) = [c for c in report.changes if c.measure == measure.id]
        assert change.part == hp.ChangedPart.added and change.after == measure.title
        assert change.source.file == "redovisning-2021.txt"
        printed = lines[change.source.line - 1]
        if measure.status.is_active:
            # The chapter's block starts with the title's first line.
            assert words(measure.title)[:2] == words(printed)[:2], measure.id
        else:
            # Bilaga 1's row starts with the measure's number.
            assert printed.split()[0].rstrip(".") == str(measure.id), measure.id


def test_the_history_names_the_source_and_the_plan_file_keeps_it(tmp_path: Path) -> None:
    plan = hp.import_report(SEED, closed_titles=TITLES).plan
    history = plan.history("3.1.6").summary()
    assert "redovisning-2021.txt, rad " in history
    out = tmp_path / "plan.json"
    plan.save(out)
    again = hp.Plan.load(out)
    assert again.report(2021).changes == plan.report(2021).changes
    assert again.history("3.1.6").summary() == history


def test_a_later_report_records_what_it_changed_with_its_lines(
    pdf_2022: Path, prepared_2022: hp.Plan
) -> None:
    into = hp.load_default()
    result = hp.import_report(pdf_2022, into=into)
    report = result.report
    sources = {c.source.file for c in report.changes}
    assert sources == {pdf_2022.name}
    changed = {str(c.measure) for c in report.changes}
    written = prepared_2022.report(2022)
    earlier = into.report(2021)
    for measure in written:
        if measure.id not in earlier:
            continue
        before, after = earlier.measure(measure.id), report.measure(measure.id)
        texts = ("title", "description", "period")
        if before == after:
            # A measure the report leaves as it was records nothing.
            assert str(measure.id) not in changed, measure.id
        elif any(getattr(before, k) != getattr(after, k) for k in texts):
            assert str(measure.id) in changed, measure.id
    added = [c for c in report.changes if c.part == hp.ChangedPart.added]
    assert {str(c.measure) for c in added} == {str(m.id) for m in written if m.id not in earlier}
    ended = [c for c in report.changes if str(c.measure) == "1.1.3"]
    assert any(c.part == hp.ChangedPart.status and c.after == "genomförd 2021" for c in ended)


def test_the_source_is_the_name_given_to_the_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    result, _ = read_report_text(text, "någon/mapp/rapport.txt")
    assert {c.source.file for c in result.plan.report(2021).changes} == {"rapport.txt"}


# ---------------------------------------------------------------------------------------------
# The reader's own decisions and refusals, on the seed's text or texts built here.

TEXT = SEED.read_text(encoding="utf-8")


def refusal(text: str, source: str = "r.txt", **options: object) -> hp.DataError:
    with pytest.raises(hp.DataError) as raised:
        read_report_text(text, source, **options)  # type: ignore[arg-type]
    return raised.value


@pytest.mark.parametrize("text", ["", " \n\t\n", "\n\n\n"])
def test_an_empty_text_is_refused_at_its_first_line(text: str) -> None:
    error = refusal(text)
    assert (error.source, error.line, error.problem) == ("r.txt", 1, "the text is empty")
    assert error.swedish_problem == "texten är tom"


def test_a_pdfs_refusal_names_its_page() -> None:
    error = refusal("\f \n", from_pdf=True)
    assert error.problem == "(page 1 of the PDF) the text is empty"
    assert error.swedish_problem == "(sida 1 i PDF:en) texten är tom"
    # Without a page's form feed before the line: page 0 (before the first page).
    error = refusal(" \n\f\n", from_pdf=True)
    assert error.problem == "(page 0 of the PDF) the text is empty"


def test_the_submission_day_is_the_first_of_march_and_said_so() -> None:
    result, _ = read_report_text(TEXT, "r.txt")
    assert result.plan.report(2021).submitted == date(2021, 3, 1)
    assert (
        None,
        "`submitted` är 2021-03-01: redovisningen ska lämnas senast den 1 mars sitt år och "
        "trycker inget eget inlämningsdatum.",
    ) in [(e.line, e.text) for e in result.journal.of_kind("decision")]


def notes(result: ReadReport) -> list[tuple[int | None, str]]:
    return [(e.line, e.text) for e in result.journal.of_kind("note")]


@pytest.mark.parametrize("furniture", ["", "Sida 1 av 1\n"])
def test_the_lines_after_the_report_are_noted(furniture: str) -> None:
    # A page number printed before the text is dropped: the lines named stay the source's.
    lines = (furniture + TEXT).split("\n")
    first = next(k for k, x in enumerate(lines) if x.strip().startswith("Uppdrag om en samlad")) + 1
    last = max(k for k, x in enumerate(lines) if x.strip()) + 1
    result, _ = read_report_text(furniture + TEXT, "r.txt")
    assert (
        first,
        f"Raderna {first}–{last} följer efter redovisningen (regeringens beslut och allt efter "
        "det); ingen åtgärd läses från dem.",
    ) in notes(result)


def test_a_source_of_no_file_name_is_named_as_given() -> None:
    result, _ = read_report_text(TEXT, "/")
    assert {c.source.file for c in result.plan.report(2021).changes} == {"/"}


def plan_like(plan: hp.Plan, **changed: object) -> hp.Plan:
    fields = {
        "title": plan.title,
        "first_year": plan.first_year,
        "last_year": plan.last_year,
        "agencies": plan.agencies,
        "priorities": plan.priorities,
        "reports": [],
    }
    return hp.Plan(**{**fields, **changed})  # type: ignore[arg-type]


def test_a_text_of_another_plan_is_refused() -> None:
    shipped = hp.load_default()
    for other in (
        plan_like(shipped, title="En annan plan"),
        plan_like(shipped, first_year=shipped.first_year - 1),
        plan_like(shipped, last_year=shipped.last_year + 1),
    ):
        error = refusal(TEXT, into=other)
        assert error.line is None
        assert error.problem == (
            f"the text reports on “{shipped.title}”, the plan imported into is “{other.title}”"
        )
        assert error.swedish_problem == (
            f"texten redovisar “{shipped.title}”, planen som importeras till är “{other.title}”"
        )


def test_a_plan_of_other_priorities_keeps_its_own_and_says_so() -> None:
    shipped = hp.load_default()
    empty = plan_like(shipped, priorities=[])
    error = refusal(TEXT, into=empty)
    assert error.problem.startswith("the 2021 report cannot join the plan: ")
    assert error.swedish_problem.startswith("redovisningen för 2021 kan inte fogas till planen: ")
    assert not error.swedish_problem.endswith(": None")
    into = plan_like(shipped)
    result, _ = read_report_text(TEXT, "r.txt", into)
    assert result.plan.priorities == shipped.priorities
    assert not any(text.startswith("Prioriteringarna") for _, text in notes(result))


def test_a_plan_that_holds_the_year_already_is_refused() -> None:
    error = refusal(TEXT, into=hp.load_default())
    assert error.line is None
    assert error.problem == "the plan imported into already holds a 2021 report"
    assert error.swedish_problem == "planen som importeras till har redan en redovisning för 2021"


def with_closed_row_numbered(number: str) -> tuple[str, int]:
    """The seed with Genomförda åtgärder's first row (1.1.2) numbered `number`, and its line."""
    lines = TEXT.split("\n")
    at = lines.index("1.1.2. Utbilda bevakningsansvariga myndigheter")
    lines[at] = lines[at].replace("1.1.2.", number + ".", 1)
    return "\n".join(lines), at + 1


def test_a_measure_ended_and_current_is_refused_at_both_lines() -> None:
    text, line = with_closed_row_numbered("1.1.1")
    current = [k for k, x in enumerate(TEXT.split("\n"), start=1) if x.strip() == "1.1.1."]
    error = refusal(text)
    assert (error.line, error.problem, error.swedish_problem) == (
        line,
        f"measure 1.1.1 is listed as ended here and as current at line {current[0]}",
        f"åtgärd 1.1.1 står som avslutad här och som aktuell på rad {current[0]}",
    )


def test_a_measure_of_no_objective_is_refused_at_its_row() -> None:
    text, line = with_closed_row_numbered("9.9.9")
    error = refusal(text)
    assert (error.line, error.problem, error.swedish_problem) == (
        line,
        "measure 9.9.9 belongs to no objective of the strategy",
        "åtgärd 9.9.9 hör inte till något mål i strategin",
    )


# The reader's stages on small texts built here. A page number printed first ("Sida 1 av 1") is
# dropped as page furniture: the lines a refusal names stay the source's, one more than the
# positions among the lines kept.


BILAGA = [
    "Förord",  # 2
    "Aktuella åtgärder",  # 3
    "Text",
    "Strategisk prioritering 1. X",  # 5
    "rad",
    "Genomförda åtgärder",  # 7
    "rad",
    "Avskrivna åtgärder",  # 9
    "rad",  # 10
]


def small_reader(lines: list[str], into: hp.Plan | None = None, source: str = "r.txt") -> _Reader:
    return _Reader("\n".join(["Sida 1 av 1", *lines]), source, into)


def stage_refusal(call: Callable[[], object]) -> _Refused:
    with pytest.raises(_Refused) as caught:
        call()
    return caught.value


def test_bilaga_1s_sections_and_its_end_at_the_texts_end() -> None:
    reader = small_reader(BILAGA)
    assert [reader.lines[p - 1].no for p in reader.bilaga_sections()[:3]] == [5, 7, 9]
    assert reader.bilaga_sections()[3] == len(reader.lines) + 1
    assert (None, "Bilaga 1 går till textens slut (inget regeringsbeslut efter den).") in [
        (e.line, e.text) for e in reader.journal.of_kind("note")
    ]


def test_bilaga_1_ends_at_the_governments_decision_after_it() -> None:
    lines = [*BILAGA, "Uppdrag om en samlad informations- och", "beslut", "", "Slut", "", ""]
    reader = small_reader(lines)
    end = reader.bilaga_sections()[3]
    assert reader.lines[end - 1].no == 11
    assert (
        11,
        "Raderna 11–14 följer efter redovisningen (regeringens beslut och allt efter det); "
        "ingen åtgärd läses från dem.",
    ) in [(e.line, e.text) for e in reader.journal.of_kind("note")]
    # Before Avskrivna åtgärder it is no end.
    lines = [*BILAGA[:7], "Uppdrag om en samlad informations- och", *BILAGA[7:]]
    reader = small_reader(lines)
    assert reader.bilaga_sections()[3] == len(reader.lines) + 1


def test_bilaga_1s_missing_sections_are_refused_by_name() -> None:
    cases = [
        (
            [x for x in BILAGA if x != "Aktuella åtgärder"],
            2,
            9,
            'expected "Bilaga 1\'s section Aktuella åtgärder" between lines 2 and 9',
            "'avsnittet Aktuella åtgärder' väntades mellan rad 2 och 9",
        ),
        (
            [x for x in BILAGA if not x.startswith("Strategisk")],
            3,
            9,
            "expected 'the first table of Aktuella åtgärder' between lines 3 and 9",
            "'den första tabellen i Aktuella åtgärder' väntades mellan rad 3 och 9",
        ),
        (
            ["Genomförda åtgärder", *BILAGA[:5], *BILAGA[6:]],
            4,
            10,
            'expected "Bilaga 1\'s section Genomförda åtgärder" between lines 4 and 10',
            "'avsnittet Genomförda åtgärder' väntades mellan rad 4 och 10",
        ),
        (
            ["Avskrivna åtgärder", *BILAGA[:7], *BILAGA[8:]],
            8,
            10,
            'expected "Bilaga 1\'s section Avskrivna åtgärder" between lines 8 and 10',
            "'avsnittet Avskrivna åtgärder' väntades mellan rad 8 och 10",
        ),
    ]
    for lines, line, _, message, swedish in cases:
        error = stage_refusal(small_reader(lines).bilaga_sections)
        assert (error.line, error.message, error.swedish) == (line, message, swedish), message


def test_bilaga_1_twice_is_refused_at_its_second_beginning() -> None:
    error = stage_refusal(small_reader([*BILAGA, "x", *BILAGA[1:]]).bilaga_sections)
    assert (error.line, error.message, error.swedish) == (
        12,
        "Bilaga 1 begins a second time here (the first at line 3): the text holds the report "
        "more than once; import one copy",
        "Bilaga 1 börjar en andra gång här (första gången på rad 3): texten innehåller "
        "redovisningen mer än en gång; importera en kopia",
    )
    # The heading right after the first is found too.
    error = stage_refusal(small_reader([BILAGA[0], BILAGA[1], *BILAGA[1:]]).bilaga_sections)
    assert error.line == 4


def listed(mid: str, line: int) -> Listed:
    return Listed(hp.MeasureId(mid), line, "T", None, None)  # type: ignore[arg-type]


def measure(mid: str) -> SimpleNamespace:
    return SimpleNamespace(id=hp.MeasureId(mid))


def block(mid: str, number_line: int) -> Block:
    return Block(hp.MeasureId(mid), number_line, [], [], Line(0, "", ""), None, None)


def test_a_measure_both_ended_and_current_is_refused_naming_the_current_line() -> None:
    reader = small_reader(BILAGA)
    chapter = Chapter(blocks=[block("1.1.1", 40), block("1.1.2", 50)])
    aktuella = {hp.MeasureId("1.1.3"): listed("1.1.3", 60)}
    for ended, line, first in (
        ([listed("1.1.4", 70), listed("1.1.2", 80)], 80, 50),
        ([listed("1.1.3", 90)], 90, 60),
        ([listed("1.1.5", 91), listed("1.1.5", 95)], 95, 91),
    ):
        mid = str(ended[-1].id)
        error = stage_refusal(
            lambda ended=ended: reader.check_places(chapter, aktuella, ended, [], {"1.1"}, True)
        )
        assert (error.line, error.message, error.swedish) == (
            line,
            f"measure {mid} is listed as ended here and as current at line {first}",
            f"åtgärd {mid} står som avslutad här och som aktuell på rad {first}",
        )


def test_a_measure_of_no_objective_is_refused_with_a_hint_where_the_strategy_is_unknown() -> None:
    chapter = Chapter(blocks=[block("1.1.1", 40), block("2.1.1", 50)])
    ended = [listed("1.2.1", 70)]
    measures = [measure("1.1.1"), measure("2.1.1"), measure("1.2.1")]
    reader = small_reader(BILAGA)
    reader.check_places(chapter, {}, ended, measures, {"1.1", "2.1", "1.2"}, False)
    error = stage_refusal(
        lambda: reader.check_places(chapter, {}, ended, measures, {"1.1", "1.2"}, False)
    )
    assert (error.line, error.message, error.swedish) == (
        50,
        "measure 2.1.1 belongs to no objective of the strategy (the text has no overview of "
        "the strategy and heads only the objectives with current measures: import it into the "
        "plan it belongs to)",
        "åtgärd 2.1.1 hör inte till något mål i strategin (texten har ingen översikt över "
        "strategin och rubriker bara för målen med aktuella åtgärder: importera den till den "
        "plan den hör till)",
    )
    for reader, overview in ((small_reader(BILAGA), True), (small_reader(BILAGA, _plan()), False)):
        error = stage_refusal(
            lambda r=reader, o=overview: r.check_places(
                chapter, {}, ended, measures, {"1.1", "2.1"}, o
            )
        )
        assert (error.line, error.message, error.swedish) == (
            70,
            "measure 1.2.1 belongs to no objective of the strategy",
            "åtgärd 1.2.1 hör inte till något mål i strategin",
        )


def _plan() -> _core.Plan:
    return hp.load_default()._core


def test_an_earlier_measure_is_the_latest_report_before_the_year() -> None:
    plan = _plan()
    report = plan.report(plan.years[-1])
    first = report.measures()[0]
    reader = small_reader(BILAGA, plan)
    assert reader.earlier(first.id, plan.years[-1] + 1) == first
    assert reader.earlier(first.id, plan.years[-1]) is None
    assert reader.earlier(hp.MeasureId("9.9.9"), plan.years[-1] + 1) is None
    assert small_reader(BILAGA).earlier(first.id, plan.years[-1] + 1) is None


def test_changes_are_sourced_to_the_files_name_and_the_measures_line() -> None:
    plan = _plan()
    first = plan.report(plan.years[-1]).measures()[0]
    reader = small_reader(BILAGA, source="några/mappar/r.txt")
    (change,) = reader.sourced_changes([first], {first.id: 12}, plan.years[-1] + 1)
    assert (change.measure, change.part) == (first.id, hp.ChangedPart.added)
    assert (change.source.file, change.source.line) == ("r.txt", 12)
    # Against the plan imported into, an unchanged measure records nothing.
    reader = small_reader(BILAGA, plan)
    assert reader.sourced_changes([first], {first.id: 12}, plan.years[-1] + 1) == []


def test_a_plan_of_its_own_or_the_plan_imported_into_with_a_note() -> None:
    plan = _plan()
    year = plan.years[-1] + 1
    report = _core.Report(year, date(year, 3, 1), [])
    reader = small_reader(BILAGA)
    own = reader.plan("Min plan", 2019, 2022, list(plan.priorities), report)
    assert (own.title, own.first_year, own.last_year, own.years) == ("Min plan", 2019, 2022, [year])
    assert own.priorities == plan.priorities
    assert [a.short_name for a in own.agencies] == [a.short_name for a in reader.registry]
    reader = small_reader(BILAGA, plan)
    joined = reader.plan(plan.title, plan.first_year, plan.last_year, [], report)
    assert joined.years == [*plan.years, year] and joined.priorities == plan.priorities
    assert (
        None,
        "Prioriteringarna och målsättningarna som texten trycker skiljer sig från dem som "
        "planen som läses in i har; planens behålls.",
    ) in [(e.line, e.text) for e in reader.journal.of_kind("note")]


@pytest.mark.parametrize(
    ("head", "form"),
    [
        ("#\nÅtgärd\n", "pdftotext"),
        ("#   Åtgärd   Ansvarig myndighet   Status\n", "pdftotext -layout"),
    ],
)
def test_a_refusal_of_pdftotexts_output_suggests_the_pdf(head: str, form: str) -> None:
    error = refusal(head + "Ingen plan här\n")
    assert error.line == 1
    assert error.problem.endswith(
        f" (the text is the output of {form}; importing the PDF itself reads the words with "
        "their places on the page)"
    )
    assert error.problem.startswith("not a report of the plan: ")
    assert error.swedish_problem.endswith(
        f" (texten är utdata från {form}; importeras själva PDF:en läses orden med sina platser "
        "på sidan)"
    )
    assert error.swedish_problem.startswith("inte en redovisning av planen: ")


def test_a_pdfs_refusal_counts_the_pages_up_to_its_line() -> None:
    text = "\fa\nb\n\fc\nSamlad informations- och cybersäkerhetshandlingsplan 2022–2019\n\fd\n"
    error = refusal(text, from_pdf=True)
    assert error.line == 4
    assert error.problem.startswith("(page 2 of the PDF) the plan's years '2022–2019': ")
    assert error.swedish_problem.startswith("(sida 2 i PDF:en) planens år '2022–2019': ")
    error = refusal(text)
    assert error.problem.startswith("the plan's years")


def test_sha256_and_a_blocks_first_line() -> None:
    # FIPS 180-2's example: "abc".
    assert sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    body = [Line(0, "", ""), Line(12, "T", "T"), Line(13, "U", "U")]
    assert first_line(Block(hp.MeasureId("1.1.1"), 20, body, [], body[0], None, None)) == 12


def small_chapter() -> Chapter:
    body = [Line(100, "Titel ett", "Titel ett"), Line(0, "", ""), Line(101, "Text.", "Text.")]
    block = Block(
        hp.MeasureId("1.1.1"), 104, body, [Line(102, "MSB", "MSB")], Line(103, "2021", "2021"), 5, 5
    )
    return Chapter(priorities={1: (6, "Ett")}, blocks=[block])


PLAIN_BILAGA = [
    "Aktuella åtgärder",  # 1
    "Strategisk prioritering 1. Ett",
    "#",
    "Åtgärd",
    "1.1.1. Titel ett",  # 5
    "MSB",
    "12",
    "Genomförda åtgärder",  # 8
    "1.1.3.",
    "Klar titel.",
    "",
    "FRA",
    "",
    "2020",
    "Avskrivna åtgärder",  # 15
    "1.1.4.",
    "Avskriven titel.",
    "",
    "PTS",
    "",
    "2021",  # 21
]


def test_bilaga_1_of_the_plain_text_is_cut_by_its_own_front_end() -> None:
    titles = {"1.1.3": "Klar titel", "1.1.4": "Avskriven titel"}
    reader = _Reader("\n".join(PLAIN_BILAGA), "r.txt", None, closed_titles=titles)
    assert reader.form == "pdftotext"
    rows, done, ended = reader.bilaga_rows(small_chapter())
    assert [(str(x.id), x.line) for x in rows] == [("1.1.1", 5)]
    assert [x.text for x in rows[0].lines] == ["Titel ett", "", "MSB", "", "12"]
    assert [(str(x.id), x.line) for x in done] == [("1.1.3", 9)]
    assert [x.text for x in done[0].lines] == ["Klar titel.", "", "FRA", "", "2020"]
    assert [(str(x.id), x.line) for x in ended] == [("1.1.4", 16)]
    assert [x.text for x in ended[0].lines] == ["Avskriven titel.", "", "PTS", "", "2021"]
    assert (
        None,
        "pdftotexts oformaterade text trycker Bilaga 1:s celler i en egen ordning: raderna läses "
        "mot kapitlet (se besluten och skillnaderna).",
    ) in [(e.line, e.text) for e in reader.journal.of_kind("note")]


def test_a_text_read_as_a_pdfs_is_the_text_form() -> None:
    reader = _Reader("\n".join(PLAIN_BILAGA), "r.txt", None, from_pdf=True)
    assert reader.form == "text"
    assert (reader.source, reader.text) == ("r.txt", "\n".join(PLAIN_BILAGA))
    assert (reader.page_checks, reader.methods) == ([], {})
    assert _Reader("x", "r.txt", None).form == "text"
    titles = {"1.1.3": "Klar titel"}
    assert _Reader("x", "r.txt", None, closed_titles=titles).src.closed_titles == titles


TEXT_BILAGA = [
    "Aktuella åtgärder",  # 1
    "Strategisk prioritering 1. Ett",
    "1.1.1. Titel ett",  # 3
    "",
    "MSB",
    "Genomförda åtgärder",  # 6
    "1.1.3. Klar titel.",  # 7
    "",
    "FRA",
    "Avskrivna åtgärder",  # 10
    "1.1.4. Avskriven titel.",  # 11
    "",
    "PTS",
]


def test_bilaga_1_of_the_text_form_is_cut_section_by_section() -> None:
    chapter = small_chapter()
    reader = _Reader("\n".join(TEXT_BILAGA), "r.txt", None)
    rows, done, ended = reader.bilaga_rows(chapter)
    assert [(str(x.id), x.line) for x in rows] == [("1.1.1", 3)]
    assert [(str(x.id), x.line) for x in done] == [("1.1.3", 7)]
    assert [(str(x.id), x.line) for x in ended] == [("1.1.4", 11)]
    for at, section in ((8, "Genomförda åtgärder"), (12, "Avskrivna åtgärder")):
        lines = list(TEXT_BILAGA)
        lines[at - 1] = "Text     i två kolumner"
        reader = _Reader("\n".join(lines), "r.txt", None)
        error = stage_refusal(lambda reader=reader: reader.bilaga_rows(chapter))
        assert (error.line, error.message.split(":")[0]) == (at, section)


def test_a_text_of_no_name_is_named_as_such() -> None:
    with pytest.raises(hp.DataError) as raised:
        read_report_text("")
    assert raised.value.source == "<text>"
    assert str(raised.value) == "<text>: line 1: the text is empty"


def test_bilaga_1_ends_at_the_decision_after_avskrivna_not_at_one_before() -> None:
    decision = "Uppdrag om en samlad informations- och"
    reader = small_reader([decision, *BILAGA, decision, "x"])
    reader.bilaga_sections()
    assert (
        12,
        "Raderna 12–13 följer efter redovisningen (regeringens beslut och allt efter det); "
        "ingen åtgärd läses från dem.",
    ) in [(e.line, e.text) for e in reader.journal.of_kind("note")]


def test_the_plan_imported_into_keeps_its_own_registry() -> None:
    plan = _plan()
    registry = hp.AgencyRegistry([a for a in plan.agencies if a.short_name != "FRA"])
    into = _core.Plan(
        title=plan.title,
        first_year=plan.first_year,
        last_year=plan.last_year,
        agencies=registry,
        priorities=plan.priorities,
    )
    report = _core.Report(2021, date(2021, 3, 1), [])
    joined = small_reader(BILAGA, into).plan(
        plan.title, plan.first_year, plan.last_year, list(plan.priorities), report
    )
    assert [a.short_name for a in joined.agencies] == [a.short_name for a in registry]
    assert "FRA" not in [a.short_name for a in joined.agencies]
