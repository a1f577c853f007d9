"""The views of `handlingsplan.display` and the text reprs: what Jupyter and a terminal show for a
plan, a report and a measure. The numbers are checked against the 2021 report's own text
(``seed_facts_2021``); the markup is checked for well-formedness and escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import handlingsplan as hp
import seed_facts_2021 as facts
from handlingsplan import display

PLAN = hp.load_default()
REPORT = PLAN.report(2021)
VOID = {"br", "hr", "img", "meta", "link", "input", "col", "wbr"}


class _Checker(HTMLParser):
    """Collects the text and checks that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert not checker.stack, f"unclosed {checker.stack}"
    return checker


def text_of(markup: str) -> str:
    return " ".join(" ".join(parse(markup).text).split())


def cell_texts(markup: str) -> list[str]:
    """The texts of the table cells, in order (enough for the simple tables of the views)."""
    return [
        " ".join(re.sub(r"<[^>]+>", " ", cell).split())
        for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", markup)
    ]


# --------------------------------------------------------------------------------------------
# Report


def test_report_html_is_well_formed_and_says_what_it_is() -> None:
    markup = REPORT._repr_html_()
    text = text_of(markup)
    assert "Redovisning 2021" in text
    assert f"{len(facts.measures())} åtgärder" in text
    assert "inlämnad 2021-03-01" in text
    assert set(parse(markup).tags) >= {"table", "details", "summary"}
    assert "<script" not in markup


def test_report_html_status_table_counts() -> None:
    cells = cell_texts(display.report_html(REPORT))
    header = ["Redovisning", *facts.STATUSES, "Totalt"]
    assert cells[: len(header)] == header
    counts = facts.status_counts()
    row = ["2021", *(str(counts[s]) for s in facts.STATUSES), str(len(facts.measures()))]
    assert cells[len(header) : 2 * len(header)] == row


def test_report_html_lists_every_measure_with_its_status() -> None:
    markup = display.report_html(REPORT)
    rows = re.findall(r"<tr><td[^>]*>(\d+\.\d+\.\d+)</td>(.*?)</tr>", markup)
    assert [mid for mid, _ in rows] == [m.id for m in facts.measures()]
    seed = {m.id: m for m in facts.measures()}
    for mid, rest in rows:
        cells = cell_texts(f"<td>{mid}</td>{rest}")
        # The status as Bilaga 1 prints it, or the closed status with its year.
        assert seed[mid].agency_text == cells[2]
        if seed[mid].status == "pågående":
            assert cells[4] == "pågående"
        elif seed[mid].status == "ny":
            assert cells[4] == "Ny åtgärd"
        elif seed[mid].status == "uppdaterad":
            assert cells[4].startswith("Uppdaterad, ")
        else:
            assert re.fullmatch(rf"{seed[mid].status} 20\d\d", cells[4]), cells[4]


def test_report_repr_in_a_terminal() -> None:
    counts = facts.status_counts()
    expected = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    assert repr(REPORT) == f"<Report 2021: {len(facts.measures())} measures ({expected})>"


# --------------------------------------------------------------------------------------------
# Plan


def test_plan_html() -> None:
    markup = PLAN._repr_html_()
    text = text_of(markup)
    assert PLAN.title in text
    assert "6 strategiska prioriteringar" in text
    assert f"{len(facts.objective_ids())} målsättningar" in text
    assert f"({len(facts.seed_2021.SAMFI_AGENCIES)} i SAMFI)" in text
    for objective in facts.seed().overview_objectives:
        assert f"{objective.id} " in text
    for agency in facts.seed_2021.SAMFI_AGENCIES:
        assert agency in text


def test_plan_repr_in_a_terminal() -> None:
    assert repr(PLAN).startswith(f"<Plan {PLAN.title!r} 2019–2022: 6 priorities, reports 2021")


def test_plan_without_reports() -> None:
    plan = hp.Plan(title="Tom", first_year=2023, last_year=2026, priorities=PLAN.priorities)
    assert "Inga redovisningar." in text_of(plan._repr_html_())


# --------------------------------------------------------------------------------------------
# Measure (compiled: shown through as_html, its repr stays the constructor-like text)


def test_measure_html_of_an_active_measure() -> None:
    seed = {m.id: m for m in facts.measures()}["1.1.1"]
    measure = REPORT["1.1.1"]
    markup = display.as_html(measure)._repr_html_()
    text = text_of(markup)
    assert text.startswith(f"1.1.1 {measure.title}")
    assert seed.agency_text in text
    roles = ", ".join(f"{agency} ({role})" for agency, role in seed.roles)
    assert roles in text
    assert seed.period is not None and f"Period {seed.period[0]}–{seed.period[1]}" in text


def test_measure_html_shows_both_wordings_where_chapter_and_appendix_differ() -> None:
    row = facts.seed().current_by_id["3.1.6"]
    text = text_of(display.measure_html(REPORT["3.1.6"]))
    assert f"Titel i Bilaga 1 {row.title.text}" in text
    assert "Ny åtgärd" in text


def test_measure_html_of_a_withdrawn_measure_gives_year_and_reason() -> None:
    (row,) = [r for r in facts.seed().withdrawn if r.id == "1.1.7"]
    text = text_of(display.measure_html(REPORT["1.1.7"]))
    assert f"avskriven {row.year}" in text
    assert "Skäl " in text and "Period –" in text


def test_measure_repr_reads_like_a_constructor() -> None:
    assert repr(REPORT["1.1.1"]).startswith("Measure(id='1.1.1', ")


# --------------------------------------------------------------------------------------------
# Escaping and the Html wrapper


def test_texts_from_the_data_are_escaped() -> None:
    hostile = "<script>alert('x')</script> & <b>"
    edited = [m.replace(title=hostile) if str(m.id) == "1.1.1" else m for m in REPORT]
    plan = hp.Plan(
        title="Plan <i>",
        first_year=2019,
        last_year=2022,
        priorities=PLAN.priorities,
        reports=[hp._core.Report(2021, REPORT.submitted, edited)],
    )
    for markup in (
        plan._repr_html_(),
        plan.report(2021)._repr_html_(),
        display.measure_html(plan.report(2021)["1.1.1"]),
    ):
        assert "<script" not in markup and "<i>" not in markup and "<b>" not in markup
        parse(markup)
    assert hostile in text_of(display.measure_html(plan.report(2021)["1.1.1"]))


def test_as_html_wraps_each_kind() -> None:
    for item in (PLAN, REPORT, REPORT["1.1.5"]):
        wrapped = display.as_html(item)
        assert isinstance(wrapped, display.Html)
        assert str(wrapped) == wrapped._repr_html_()
        assert repr(wrapped).startswith("Html('<div class=")
    with pytest.raises(TypeError):
        display.as_html(REPORT["1.1.5"].period)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", display.__all__)
def test_public_names_have_docstrings(name: str) -> None:
    item = getattr(display, name)
    if callable(item):
        assert (item.__doc__ or "").strip(), name


def test_a_measure_displays_as_its_card_in_jupyter() -> None:
    measure = REPORT["3.1.6"]
    assert measure._repr_html_() == display.measure_html(measure)
