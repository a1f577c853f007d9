"""readers/front_plain.py: Bilaga 1's rows from pdftotext's plain text, read against the chapter
(current rows) or cut where each row's known title begins (closed rows). The text is made in the
test run: the shipped 2021 report written to PDF through the library (conftest's pdf_2021), then
pdftotext without options."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.readers._layout import Line
from handlingsplan.readers.blocks import ChapterReader
from handlingsplan.readers.front_plain import PlainRowsReader, printed_statuses, table_entries
from handlingsplan.readers.pdftotext import PLAIN
from handlingsplan.readers.report_text import ReportText, _Refused, find_line


@pytest.fixture(scope="module")
def plain(pdf_2021: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("plain") / "r.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_2021), str(out)], check=True, timeout=120)
    return out.read_text(encoding="utf-8")


def source(text: str, into: hp.Plan | None) -> ReportText:
    return ReportText.read(text, "r.txt", into._core if into is not None else None, False)


def closed_section(src: ReportText) -> tuple[int, int]:
    gen = find_line(src.lines, r"^Genomförda åtgärder$")
    avs = find_line(src.lines, r"^Avskrivna åtgärder$", gen)
    return gen, avs


def test_the_closed_rows_are_cut_at_the_titles_the_plan_knows(plain: str) -> None:
    shipped = hp.load_default()
    src = source(plain, shipped)
    assert src.form == PLAIN
    gen, avs = closed_section(src)
    rows = PlainRowsReader(src).plain_closed(gen + 1, avs, "Genomförda åtgärder")
    completed = [m for m in shipped.report(2021) if m.status.kind == hp.StatusKind.completed]
    assert sorted(str(r.id) for r in rows) == sorted(str(m.id) for m in completed)
    for row in rows:
        assert row.lines[0].text.startswith(shipped.report(2021).measure(row.id).title[:20])


def test_without_known_titles_the_rows_text_cannot_be_told_apart(plain: str) -> None:
    src = source(plain, None)
    gen, avs = closed_section(src)
    with pytest.raises(_Refused, match="does not show where the row's text begins"):
        PlainRowsReader(src).plain_closed(gen + 1, avs, "Genomförda åtgärder")


def test_the_current_rows_are_the_chapters(plain: str) -> None:
    src = source(plain, hp.load_default())
    chapter = ChapterReader(src).chapter()
    akt = find_line(src.lines, r"^Aktuella åtgärder$")
    first = find_line(src.lines, r"^Strategisk prioritering 1\.", akt)
    gen, _ = closed_section(src)
    rows = PlainRowsReader(src).plain_aktuella(first, gen, chapter)
    assert [str(r.id) for r in rows] == [str(b.id) for b in chapter.blocks]


def test_statuses_and_entries() -> None:
    printed = "Uppdaterad\ntidplan och\ninnehåll\nNy åtgärd\nUppdaterad innehåll"
    assert printed_statuses(printed) == [
        ("Uppdaterad", True, True),
        ("Ny åtgärd", False, False),
        ("Uppdaterad", False, True),
    ]
    mid = hp.MeasureId("1.1.1")
    (entry,) = table_entries(
        [(mid, 7, True)], [12], {"1.1.1": ("Rubrik", None)}, {"1.1.1": "MSB"}, {}
    )
    assert [x.text for x in entry.lines] == ["Rubrik", "", "MSB", "", "12"]
    assert entry.lines[0] == Line(7, "Rubrik", "Rubrik")
