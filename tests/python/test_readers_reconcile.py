"""readers/reconcile.py: each current measure built from its chapter block and its Bilaga 1 row;
where the two disagree, the chapter's wording is kept, Bilaga 1's recorded, and the journal
names both lines."""

from __future__ import annotations

import pytest

import handlingsplan as hp
from handlingsplan import AgencyRegistry, MeasureId
from handlingsplan.readers._layout import Line
from handlingsplan.readers.bilaga import BilagaReader
from handlingsplan.readers.blocks import BY_BILAGA_TITLE, BY_MARKING, ChapterReader
from handlingsplan.readers.front_rows import RowsReader
from handlingsplan.readers.journal import (
    AGENCY_TEXTS_DIFFER,
    MARKING_AND_STATUS_DIFFER,
    ONE_SIDE_ONLY,
    PAGES,
    TITLES_DIFFER,
    Journal,
)
from handlingsplan.readers.model import Block, Chapter, Listed
from handlingsplan.readers.pdftotext import PLAIN, TEXT
from handlingsplan.readers.reconcile import Reconciler
from handlingsplan.readers.report_text import ReportText, _Refused, find_line, swedish_of
from stage_text import seed_source


def current(src: ReportText) -> tuple[Chapter, dict[hp.MeasureId, Listed]]:
    chapter = ChapterReader(src).chapter()
    akt = find_line(src.lines, r"^Aktuella åtgärder$")
    first = find_line(src.lines, r"^Strategisk prioritering 1\.", akt)
    gen = find_line(src.lines, r"^Genomförda åtgärder$", akt)
    rows = RowsReader(src).entries(first, gen, chapter, "Aktuella åtgärder")
    return chapter, BilagaReader(src).aktuella(rows)


def test_the_measures_are_the_chapters_with_bilaga_1s_status_and_page() -> None:
    src = seed_source()
    chapter, listed = current(src)
    measures, methods = Reconciler(src).active(chapter, listed)
    shipped = hp.load_default().report(2021)
    assert [str(m.id) for m in measures] == [str(b.id) for b in chapter.blocks]
    for m in measures:
        want = shipped.measure(m.id)
        assert (m.title, m.status, m.page) == (want.title, want.status, want.page)
    assert sum(len(ids) for ids in methods.values()) == len(measures)


def test_titles_worded_differently_keep_both() -> None:
    src = seed_source()
    chapter, listed = current(src)
    measures, _ = Reconciler(src).active(chapter, listed)
    differ = [e for e in src.journal.discrepancies("Rubriker med olika lydelse")]
    assert {e.text.split(":")[0] for e in differ} == {"3.1.6", "3.3.1"}
    by_id = {str(m.id): m for m in measures}
    assert by_id["3.1.6"].title_in_appendix != by_id["3.1.6"].title


def test_a_block_without_a_row_is_refused() -> None:
    src = seed_source()
    chapter, listed = current(src)
    del listed[chapter.blocks[0].id]
    with pytest.raises(_Refused, match="has no row in Bilaga 1"):
        Reconciler(src).active(chapter, listed)


# Constructed chapters: a block and a row built here, so that every figure the reconciliation
# gives back (lines, texts, journal entries) is known before it runs.

AGENCY = "MSB"
UPDATED = hp.Status.updated(schedule=True)
TITLE = "Öva tillsammans"


def text_of(form: str = TEXT, into: hp.Plan | None = None) -> ReportText:
    """A report text with no lines of its own: the stage reads only the blocks it is given."""
    return ReportText("r.txt", [], form, Journal(source="r.txt"), into, AgencyRegistry.standard())


def line(no: int, text: str) -> Line:
    return Line(no, text, text)


def block(
    mid: str,
    at: int,
    title: str = TITLE,
    paragraphs: tuple[str, ...] = ("Övningar hålls.",),
    agencies: str = AGENCY,
    period: str = "2021",
    pages: tuple[int | None, int | None] = (5, 5),
) -> Block:
    """A measure printed from line `at`: its number, the title on the next line, each paragraph
    on a line of its own after a blank one, then the agencies and the period."""
    body = [line(at + 1, title)]
    no = at + 2
    for p in paragraphs:
        body += [line(no, ""), line(no + 1, p)]
        no += 2
    return Block(
        MeasureId(mid),
        at,
        body,
        [line(no, agencies)],
        line(no + 1, period),
        pages[0],
        pages[1],
    )


def row(
    mid: str,
    at: int,
    title: str = TITLE,
    agencies: str = AGENCY,
    status: hp.Status | None = None,
    page: int | None = 5,
) -> Listed:
    return Listed(
        MeasureId(mid),
        at,
        title,
        hp.Agencies.parse(agencies, AgencyRegistry.standard()),
        status if status is not None else hp.Status.ongoing(),
        page,
    )


def rows(*listed: Listed) -> dict[hp.MeasureId, Listed]:
    return {r.id: r for r in listed}


def refusal(src: ReportText, chapter: Chapter, listed: dict[hp.MeasureId, Listed]) -> _Refused:
    with pytest.raises(_Refused) as caught:
        Reconciler(src).active(chapter, listed)
    return caught.value


def entries(src: ReportText) -> list[tuple[str, int | None, str, str]]:
    return [(e.kind, e.line, e.topic, e.text) for e in src.journal]


def test_a_block_and_its_row_that_agree_make_the_measure_and_no_entry() -> None:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.1", 10, paragraphs=("Första.", "Andra."))])
    measures, methods = Reconciler(src).active(chapter, rows(row("1.1.1", 90, page=5)))
    (m,) = measures
    assert (str(m.id), m.title, m.description) == ("1.1.1", TITLE, "Första.\n\nAndra.")
    assert (str(m.agencies), str(m.period), m.page, m.status) == (
        AGENCY,
        "2021",
        5,
        hp.Status.ongoing(),
    )
    assert (m.chapter_marking, m.title_in_appendix, m.agencies_in_appendix) == (None, TITLE, AGENCY)
    assert methods == {BY_BILAGA_TITLE: ["1.1.1"]}
    assert entries(src) == []


def test_how_each_title_end_was_found_is_counted_per_measure() -> None:
    src = text_of()
    chapter = Chapter(
        blocks=[
            block("1.1.1", 10, title="Öva Ny åtgärd"),
            block("1.1.2", 20),
            block("1.1.3", 30),
        ]
    )
    listed = rows(
        row("1.1.1", 90, title="Öva", status=hp.Status.added()),
        row("1.1.2", 91),
        row("1.1.3", 92),
    )
    measures, methods = Reconciler(src).active(chapter, listed)
    assert methods == {BY_MARKING: ["1.1.1"], BY_BILAGA_TITLE: ["1.1.2", "1.1.3"]}
    assert measures[0].chapter_marking == "Ny åtgärd"
    assert entries(src) == []


def test_a_measure_printed_twice_is_refused_at_the_second_with_the_first_line() -> None:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.1", 10), block("1.1.2", 20), block("1.1.1", 30)])
    error = refusal(src, chapter, rows(row("1.1.1", 90), row("1.1.2", 91)))
    assert error.line == 30
    assert error.message == "measure 1.1.1 is printed twice in the chapter (first at line 10)"
    assert error.swedish == "åtgärd 1.1.1 står två gånger i kapitlet (första gången på rad 10)"


def test_measures_on_one_side_only_are_discrepancies_in_id_order() -> None:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.3", 10), block("1.1.1", 20)])
    listed = rows(row("1.1.2", 92), row("1.1.1", 90), row("2.1.1", 95), row("1.2.1", 94))
    error = refusal(src, chapter, listed)
    assert (error.line, error.message) == (
        10,
        "1.1.3 has no row in Bilaga 1: its status and page are unknown",
    )
    assert error.swedish == "åtgärd 1.1.3 har ingen rad i Bilaga 1: dess status och sida är okända"
    only = "finns i Bilaga 1 Aktuella åtgärder men inte i kapitlet Åtgärder."
    assert entries(src) == [
        (
            "discrepancy",
            None,
            ONE_SIDE_ONLY,
            "1.1.3 finns i kapitlet Åtgärder men inte i Bilaga 1 Aktuella åtgärder.",
        ),
        ("discrepancy", 92, ONE_SIDE_ONLY, f"1.1.2 {only}"),
        ("discrepancy", 94, ONE_SIDE_ONLY, f"1.2.1 {only}"),
        ("discrepancy", 95, ONE_SIDE_ONLY, f"2.1.1 {only}"),
    ]


def test_chapter_only_measures_are_listed_in_id_order() -> None:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.3", 10), block("1.1.2", 20)])
    refusal(src, chapter, rows())
    assert [e.text.split(" ")[0] for e in src.journal] == ["1.1.2", "1.1.3"]


def test_titles_and_agency_texts_worded_differently_keep_the_chapters_and_record_bilaga_1s() -> (
    None
):
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.1", 10, title="Öva Uppdaterad", agencies="MSB och FRA")])
    listed = rows(row("1.1.1", 90, title="Öva ofta", agencies="FRA och MSB", status=UPDATED))
    (m,), _ = Reconciler(src).active(chapter, listed)
    assert (m.title, m.title_in_appendix) == ("Öva", "Öva ofta")
    assert (str(m.agencies), m.agencies_in_appendix) == ("MSB och FRA", "FRA och MSB")
    assert entries(src) == [
        (
            "discrepancy",
            11,
            TITLES_DIFFER,
            "1.1.1: kapitlet (rad 11) “Öva”; Bilaga 1 (rad 90) “Öva ofta”.",
        ),
        (
            "discrepancy",
            14,
            AGENCY_TEXTS_DIFFER,
            "1.1.1: kapitlet (rad 14) “MSB och FRA”; Bilaga 1 (rad 90) “FRA och MSB”.",
        ),
    ]


def test_agencies_that_cannot_be_read_are_refused_at_their_line() -> None:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.1", 10, agencies="Ingen alls")])
    error = refusal(src, chapter, rows(row("1.1.1", 90)))
    assert error.line == 14
    assert error.message.startswith("agency text 'Ingen alls' cannot be read")


def test_a_period_that_cannot_be_read_is_refused_at_its_line() -> None:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.1", 10, period="snart")])
    error = refusal(src, chapter, rows(row("1.1.1", 90)))
    assert error.line == 15
    assert error.message.startswith("1.1.1: the period 'snart': ")
    with pytest.raises(hp.Error) as core:
        hp.Period.parse("snart")
    assert error.swedish == f"åtgärd 1.1.1: tidsperioden 'snart': {swedish_of(core.value)}"
    assert swedish_of(core.value) != str(None)


def test_a_period_printed_otherwise_than_it_is_saved_is_a_decision() -> None:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.1", 10, period="2021 - 2023")])
    (m,), _ = Reconciler(src).active(chapter, rows(row("1.1.1", 90)))
    assert str(m.period) == "2021–2023"
    assert entries(src) == [
        (
            "decision",
            15,
            "",
            "1.1.1: perioden tryckt “2021 - 2023” (rad 15) sparad som “2021–2023”.",
        )
    ]


def marking_entries(
    marking_title: str, status: hp.Status
) -> list[tuple[str, int | None, str, str]]:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.1", 10, title=marking_title)])
    Reconciler(src).active(chapter, rows(row("1.1.1", 90, title="Öva", status=status)))
    return [e for e in entries(src) if e[2] == MARKING_AND_STATUS_DIFFER]


def test_a_marking_that_fits_the_status_is_no_discrepancy() -> None:
    assert marking_entries("Öva Ny åtgärd", hp.Status.added()) == []
    assert marking_entries("Öva Uppdaterad", UPDATED) == []


def test_a_marking_beside_a_status_without_one_is_a_discrepancy() -> None:
    assert marking_entries("Öva Ny åtgärd", hp.Status.ongoing()) == [
        (
            "discrepancy",
            10,
            MARKING_AND_STATUS_DIFFER,
            "1.1.1: kapitlets markering Ny åtgärd (stycket som slutar på rad 10); "
            f"Bilaga 1:s status {hp.Status.ongoing().appendix_text or '(empty)'} (rad 90).",
        )
    ]


def test_a_status_whose_marking_is_missing_is_a_discrepancy() -> None:
    printed = UPDATED.appendix_text
    assert printed
    assert marking_entries("Öva", UPDATED) == [
        (
            "discrepancy",
            10,
            MARKING_AND_STATUS_DIFFER,
            "1.1.1: kapitlets markering (ingen) (stycket som slutar på rad 10); "
            f"Bilaga 1:s status {printed} (rad 90).",
        )
    ]


def test_a_status_printed_as_nothing_is_named_empty() -> None:
    assert hp.Status.ongoing().appendix_text == ""
    (entry,) = marking_entries("Öva Uppdaterad", hp.Status.ongoing())
    assert entry[3].endswith("Bilaga 1:s status (empty) (rad 90).")


def page_entries(pages: tuple[int | None, int | None], page: int) -> list[tuple[int | None, str]]:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.1", 10, pages=pages)])
    Reconciler(src).active(chapter, rows(row("1.1.1", 90, page=page)))
    return [(e[1], e[3]) for e in entries(src) if e[2] == PAGES]


def test_a_block_on_the_page_bilaga_1_gives_is_no_discrepancy() -> None:
    assert page_entries((5, 5), 5) == []


def test_a_block_whose_pages_are_unknown_is_not_checked() -> None:
    assert page_entries((None, 6), 5) == []
    assert page_entries((4, None), 5) == []
    assert page_entries((None, None), 5) == []


def test_a_block_over_two_pages_is_a_discrepancy_whichever_bilaga_1_names() -> None:
    over = "1.1.1: stycket går från sidan 5 till sidan 6 i kapitlet; Bilaga 1 anger Sida {}."
    assert page_entries((5, 6), 5) == [(10, over.format(5))]
    assert page_entries((5, 6), 6) == [(10, over.format(6))]


def test_a_page_bilaga_1_gives_that_the_block_is_not_on_is_a_discrepancy_at_the_row() -> None:
    other = "1.1.1: Bilaga 1 anger Sida 7 (rad 90); kapitlets sidhuvuden lägger stycket på sidan 5."
    assert page_entries((5, 5), 7) == [(90, other)]
    over = "1.1.1: stycket går från sidan 5 till sidan 6 i kapitlet; Bilaga 1 anger Sida 7."
    assert page_entries((5, 6), 7) == [(10, over), (90, other)]


def test_a_measure_the_core_refuses_is_refused_at_the_number() -> None:
    src = text_of()
    chapter = Chapter(blocks=[block("1.1.1", 10)])
    with pytest.raises(hp.Error) as core:
        hp.Measure(id="1.1.1", title=TITLE, agencies=AGENCY, page=0)
    error = refusal(src, chapter, rows(row("1.1.1", 90, page=0)))
    assert error.line == 10
    assert error.message == f"1.1.1: {core.value}"
    assert error.swedish == f"åtgärd 1.1.1: {swedish_of(core.value)}"
    assert swedish_of(core.value) != str(None)


# pdftotext's plain text prints no paragraph breaks; where the plan imported into has the
# measure, its paragraphs are taken when the words are the same.


def two_paragraphs(plan: hp.Plan) -> tuple[str, list[str]]:
    """A measure of the plan's latest report whose description has two paragraphs or more."""
    report = plan.report(plan.years[-1])
    for m in report.measures():
        paras = [p for p in m.description.split("\n\n") if p]
        if len(paras) > 1:
            return str(m.id), paras
    raise AssertionError("the shipped plan has no description of two paragraphs")


def broken(form: str, into: hp.Plan | None, printed: list[str]) -> tuple[str, ReportText]:
    src = text_of(form, into)
    plan = hp.load_default()
    mid, _ = two_paragraphs(plan)
    chapter = Chapter(blocks=[block(mid, 10, paragraphs=tuple(printed))])
    (m,), _ = Reconciler(src).active(chapter, rows(row(mid, 90)))
    return m.description, src


def test_plain_text_takes_the_paragraphs_of_the_plan_imported_into() -> None:
    plan = hp.load_default()
    mid, paras = two_paragraphs(plan)
    description, src = broken(PLAIN, plan, [" ".join(paras)])
    assert description == "\n\n".join(paras)
    decisions = [(e[1], e[3]) for e in entries(src) if e[0] == "decision"]
    assert decisions == [
        (
            10,
            f"{mid}: {PLAIN} visar ingen styckebrytning; beskrivningens stycken är de som "
            "planen som läses in i har, vars text lyder likadant.",
        )
    ]


def test_plain_text_keeps_its_own_paragraphs_where_the_words_differ_or_no_plan_has_them() -> None:
    plan = hp.load_default()
    _, paras = two_paragraphs(plan)
    other = [" ".join(paras) + " Och mer."]
    for form, into, printed in [
        (PLAIN, plan, other),
        (PLAIN, plan, paras),
        (PLAIN, None, [" ".join(paras)]),
        (TEXT, plan, [" ".join(paras)]),
    ]:
        description, src = broken(form, into, printed)
        assert description == "\n\n".join(printed)
        assert [e for e in entries(src) if e[0] == "decision"] == []


def test_plain_text_takes_the_plans_paragraphs_where_its_own_break_elsewhere() -> None:
    plan = hp.load_default()
    mid, paras = two_paragraphs(plan)
    head, _, tail = paras[1].partition(" ")
    assert tail
    description, src = broken(PLAIN, plan, [f"{paras[0]} {head}", tail, *paras[2:]])
    assert description == "\n\n".join(paras)
    assert [e[1] for e in entries(src) if e[0] == "decision"] == [10]


def test_words_broken_across_the_lines_of_a_title_description_and_agencies_are_joined() -> None:
    src = text_of()
    b = Block(
        MeasureId("1.1.1"),
        10,
        [
            line(11, "Öva sam-"),
            line(12, "verkan"),
            line(13, ""),
            line(14, "God sam-"),
            line(15, "verkan."),
        ],
        [line(16, "MSB och Försvars-"), line(17, "makten")],
        line(18, "2021"),
        5,
        5,
    )
    listed = rows(row("1.1.1", 90, title="Öva samverkan", agencies="MSB och Försvarsmakten"))
    (m,), _ = Reconciler(src).active(Chapter(blocks=[b]), listed)
    assert (m.title, m.description, str(m.agencies)) == (
        "Öva samverkan",
        "God samverkan.",
        "MSB och Försvarsmakten",
    )
    assert sorted(src.journal.joins) == [11, 14, 16]
    assert entries(src) == []
