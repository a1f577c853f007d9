"""readers/front_rows.py: Bilaga 1's sections of the text form cut into rows, each its number and
its cells' lines; headers, headings and page furniture dropped."""

from __future__ import annotations

import re

import pytest

from handlingsplan.readers.blocks import ChapterReader
from handlingsplan.readers.front_rows import RowsReader, header_word_broken, is_furniture
from handlingsplan.readers.report_text import _Refused, find_line
from stage_text import seed_lines, seed_source


def sections(lines: list[str]) -> tuple[int, int, int, int]:
    """The test's own reading: the lines (1-based) of Bilaga 1's section headings."""
    stripped = [t.strip() for t in lines]
    akt = stripped.index("Aktuella åtgärder") + 1
    gen = stripped.index("Genomförda åtgärder") + 1
    avs = stripped.index("Avskrivna åtgärder") + 1
    end = next(i + 1 for i, t in enumerate(stripped) if t.startswith("Uppdrag om en samlad"))
    return akt, gen, avs, end


def test_the_closed_sections_rows_are_the_numbered_lines() -> None:
    lines = seed_lines()
    _, gen, avs, end = sections(lines)
    src = seed_source()
    chapter = ChapterReader(src).chapter()
    rows = RowsReader(src).entries(gen + 1, avs, chapter, "Genomförda åtgärder")
    numbered = [
        m.group(1) for t in lines[gen:avs] if (m := re.match(r"^\s*(\d\.\d\.\d+)\.?\s+\S", t))
    ]
    assert [str(r.id) for r in rows] == numbered
    assert all(r.lines for r in rows)


def test_the_current_rows_follow_the_chapter() -> None:
    lines = seed_lines()
    akt, gen, _, _ = sections(lines)
    src = seed_source()
    chapter = ChapterReader(src).chapter()
    first = find_line(src.lines, r"^Strategisk prioritering 1\.", akt)
    rows = RowsReader(src).entries(first, gen, chapter, "Aktuella åtgärder")
    assert [str(r.id) for r in rows] == [str(b.id) for b in chapter.blocks]


def test_a_row_listed_twice_is_refused() -> None:
    lines = seed_lines()
    akt, gen, _, _ = sections(lines)
    row = next(i for i in range(akt, gen) if re.match(r"^\s*1\.1\.1\.?\s", lines[i]))
    doubled = lines[: row + 1] + ["", lines[row]] + lines[row + 1 :]
    src = seed_source("\n".join(doubled))
    chapter = ChapterReader(src).chapter()
    first = find_line(src.lines, r"^Strategisk prioritering 1\.", akt)
    with pytest.raises(_Refused, match="1.1.1 is listed twice"):
        RowsReader(src).entries(first, gen + 2, chapter, "Aktuella åtgärder")


def test_furniture_and_broken_header_words() -> None:
    assert is_furniture("# Åtgärd Ansvarig myndighet Klar", False)
    assert is_furniture("Inga åtgärder.", False)
    assert is_furniture("Klar", True) and not is_furniture("Klar", False)
    assert not is_furniture("Utbilda bevakningsansvariga myndigheter", True)
    from handlingsplan.readers._layout import Line

    assert header_word_broken("# Åtgärd Ansvarig myndighet Avskriv", [Line(9, "en", "en")]) == 1
    assert header_word_broken("# Åtgärd Ansvarig myndighet Avskriv", [Line(9, "et", "et")]) == 0
    assert header_word_broken("# Åtgärd Ansvarig myndighet Avskriv", []) == 0
