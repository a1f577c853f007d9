"""The report importer's refusals in Swedish (issue 20, "one language for the coordinator"):
every refusal carries its problem in English (`problem`, the exception's text for Python
callers) and in Swedish (`swedish_problem`, what `handlingsplan import` prints)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import handlingsplan as hp
from cli_runner import run
from handlingsplan.readers.bilaga import closed_cells
from handlingsplan.readers.blocks import ChapterReader, ChapterTitles
from handlingsplan.readers.closed_titles import load_closed_titles
from handlingsplan.readers.front_rows import RowsReader
from handlingsplan.readers.model import Entry
from handlingsplan.readers.reconcile import Reconciler
from handlingsplan.readers.report_text import _Refused, find_line, swedish_of, swedish_what
from handlingsplan.readers.strategy import StrategyReader
from stage_text import seed_lines, seed_source
from test_import import REFUSED, SEED, TITLES, cut_in_appendix, seed_text
from test_readers_bilaga import entry
from test_readers_closed_titles import provenance, write
from test_readers_front_rows import sections
from test_readers_reconcile import current
from test_swedish_cli import english_words, prose

READERS = Path(hp.__file__).resolve().parent / "readers"


def assert_swedish(english: str, swedish: str) -> None:
    """A refusal's Swedish: given, not the English, and no English prose in it."""
    assert swedish and swedish != english
    assert english_words(prose(swedish)) == set(), swedish


def test_every_refusal_of_the_readers_is_worded_in_swedish() -> None:
    """Each `fail(...)` of the readers gives three arguments: the line, the English and the
    Swedish problem."""
    calls = [
        (path.name, node)
        for path in sorted(READERS.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "fail"
    ]
    assert len(calls) >= 60
    assert [(name, c.lineno) for name, c in calls if len(c.args) != 3] == []


def test_every_name_find_line_is_given_has_its_swedish() -> None:
    """What a stage tells find_line to look for (its fifth argument, where a literal) is named
    in Swedish when the heading is not found."""
    names = [
        node.args[4].value
        for path in sorted(READERS.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "find_line"
        and len(node.args) == 5
        and isinstance(node.args[4], ast.Constant)
    ]
    assert len(names) >= 8
    assert {n: swedish_what(n) for n in names if english_words(prose(swedish_what(n)))} == {}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_text_that_is_not_a_whole_report_is_refused_in_swedish(name: str, tmp_path: Path) -> None:
    source = tmp_path / f"{name}.txt"
    source.write_text(REFUSED[name](seed_text()), encoding="utf-8")
    with pytest.raises(hp.SourceError) as raised:
        hp.import_report(source, closed_titles=TITLES)
    error = raised.value
    assert_swedish(error.problem, error.swedish_problem)
    # Python callers keep the English text.
    assert str(error) == f"{source}: {error.where}: {error.problem}"


def test_the_report_given_twice_is_refused_in_swedish(tmp_path: Path) -> None:
    path = tmp_path / "twice.txt"
    path.write_text(seed_text() + "\n" + seed_text(), encoding="utf-8")
    with pytest.raises(hp.SourceError) as raised:
        hp.import_report(path)
    assert "second time" in raised.value.problem
    assert "en andra gång" in raised.value.swedish_problem
    assert_swedish(raised.value.problem, raised.value.swedish_problem)


def test_into_a_plan_that_already_has_the_year_is_refused_in_swedish() -> None:
    with pytest.raises(hp.SourceError) as raised:
        hp.import_report(SEED, into=hp.load_default())
    assert "2021" in raised.value.swedish_problem
    assert_swedish(raised.value.problem, raised.value.swedish_problem)


def refused(call: Callable[[], object]) -> _Refused:
    with pytest.raises(_Refused) as raised:
        call()
    return raised.value


def test_the_stages_refusals_are_worded_in_swedish() -> None:
    """The refusals the stages' own tests provoke (test_readers_<stage>.py), in Swedish."""
    lines = seed_lines()
    last = max(i for i, t in enumerate(lines[:2000]) if re.fullmatch(r"\s*\d\.\d\.\d+\.?\s*", t))
    chapter_cut = "\n".join(lines[:last] + lines[last + 1 :])
    block = next(b for b in ChapterReader(seed_source()).chapter().blocks if str(b.id) == "1.1.1")
    no_title = "\n".join(lines).replace("cybersäkerhetshandlingsplan", "handlingsplan")
    src = seed_source()
    chapter, listed = current(src)
    del listed[chapter.blocks[0].id]
    cases = [
        refused(lambda: closed_cells(entry("1.1.7", "Rubrik", "MSB"), "genomförd")),
        refused(lambda: closed_cells(Entry(hp.MeasureId("1.1.7"), 3, True, []), "genomförd")),
        refused(lambda: ChapterTitles(seed_source()).chapter_title(block, "En annan rubrik")),
        refused(lambda: ChapterReader(seed_source(chapter_cut)).chapter()),
        refused(lambda: StrategyReader(seed_source(no_title)).plan_title()),
        refused(lambda: Reconciler(src).active(chapter, listed)),
        refused(lambda: find_line(src.lines, r"^Ingen sådan rubrik$", 1, 40, "the heading X")),
    ]
    for case in cases:
        assert_swedish(case.message, case.swedish)
    assert "1.1.7" in cases[0].swedish and "inget år i slutet" in cases[0].swedish


def test_a_row_listed_twice_is_refused_in_swedish() -> None:
    lines = seed_lines()
    akt, gen, _, _ = sections(lines)
    row = next(i for i in range(akt, gen) if re.match(r"^\s*1\.1\.1\.?\s", lines[i]))
    src = seed_source("\n".join(lines[: row + 1] + ["", lines[row]] + lines[row + 1 :]))
    chapter = ChapterReader(src).chapter()
    first = find_line(src.lines, r"^Strategisk prioritering 1\.", akt)
    case = refused(lambda: RowsReader(src).entries(first, gen + 2, chapter, "Aktuella åtgärder"))
    assert "åtgärd 1.1.1 står två gånger" in case.swedish
    assert_swedish(case.message, case.swedish)


def test_a_core_error_inside_a_refusal_is_given_in_swedish() -> None:
    with pytest.raises(hp.ParseError) as raised:
        hp.Period.parse("snart")
    assert swedish_of(raised.value) != str(raised.value)
    assert "snart" in swedish_of(raised.value)
    with pytest.raises(hp.ParseError) as raised:
        hp.Agencies.parse("Försvarsmaktn")
    assert raised.value.did_you_mean
    assert f'menade du "{raised.value.did_you_mean}"?' in swedish_of(raised.value)
    assert swedish_what("Bilaga 1's section Aktuella åtgärder") == "avsnittet Aktuella åtgärder"
    assert swedish_what("Sammanfattning") == "Sammanfattning"


def test_import_of_a_cut_report_prints_the_swedish_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "avklippt.txt"
    source.write_text(cut_in_appendix(seed_text()), encoding="utf-8")
    with pytest.raises(hp.SourceError) as raised:
        hp.import_report(source, closed_titles=TITLES)
    code, out, err = run(capsys, "import", str(source), "-o", str(tmp_path / "ut.json"))
    assert code != 0 and out == ""
    assert raised.value.swedish_problem in err
    assert f"{source}: rad 1: " in err
    assert raised.value.problem not in err
    assert english_words(prose(err.replace(str(source), ""))) == set(), err


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"titles": {}},
        {**provenance(), "titles": {"1.1": "X"}},
        {**provenance(), "titles": {"1.1.2": " "}},
    ],
)
def test_a_file_that_is_not_a_titles_file_is_refused_in_swedish(
    tmp_path: Path, data: object
) -> None:
    with pytest.raises(hp.DataError) as raised:
        load_closed_titles(write(tmp_path, data))
    assert_swedish(raised.value.problem, raised.value.swedish_problem)


def test_import_with_a_broken_titles_file_prints_the_swedish_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    titles = tmp_path / "titles.json"
    titles.write_text('{\n  "titles": \n}', encoding="utf-8")
    out = tmp_path / "ut.json"
    code, _, err = run(capsys, "import", str(SEED), "-o", str(out), "--closed-titles", str(titles))
    assert code != 0 and not out.exists()
    assert f"{titles}: rad 3: ingen JSON" in err
    assert english_words(prose(err.replace(str(titles), ""))) == set(), err
