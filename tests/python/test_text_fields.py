"""Text a document cannot hold, and texts longer than a format holds (issue 22): the model
refuses control characters (other than tab and line feed), U+FFFE, U+FFFF and lone surrogates in
every text field, through the API and in a plan file, with the field and place; Excel's cell
limit refuses with the measure named; Word's 255-character properties are shortened with a
warning; ``bilaga --author`` with a control character is a message, not a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

import handlingsplan as hp

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = json.loads((ROOT / "data" / "handlingsplan.json").read_text(encoding="utf-8"))
#: Every character refused, as its code point.
REFUSED = [0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0xFFFE, 0xFFFF]


def measure(**fields: str) -> hp.Measure:
    values = {"id": "1.1.21", "title": "T", "agencies": "MSB", "period": "2022", **fields}
    return hp.Measure(**values)


@pytest.mark.parametrize("code", REFUSED, ids=[f"U+{c:04X}" for c in REFUSED])
@pytest.mark.parametrize("field", ["title", "description"])
def test_the_api_refuses_what_no_document_can_hold(field: str, code: int) -> None:
    with pytest.raises(hp.InvalidValueError) as raised:
        measure(**{field: f"ab{chr(code)}c"})
    message = str(raised.value)
    assert field in message
    assert f"U+{code:04X}" in message
    assert "character 3" in message


def test_tab_and_line_feed_are_text() -> None:
    assert measure(description="a\tb\nc").description == "a\tb\nc"


def test_a_lone_surrogate_is_refused_as_a_library_error() -> None:
    with pytest.raises((hp.Error, UnicodeError)):
        measure(title="a\ud800b")
    with pytest.raises(hp.DataError):
        hp.Plan.from_json(json.dumps(SHIPPED).replace('"1.1.1"', '"1.1.1\\ud800"', 1))


@pytest.mark.parametrize("code", REFUSED, ids=[f"U+{c:04X}" for c in REFUSED])
@pytest.mark.parametrize(
    "path",
    [
        ("title",),
        ("agencies", 0, "name"),
        ("priorities", 0, "title"),
        ("reports", 0, "measures", 0, "title"),
        ("reports", 0, "measures", 0, "description"),
        ("activities", 0, "text"),
    ],
)
def test_a_plan_file_with_such_a_character_is_refused_with_its_place(
    path: tuple[str | int, ...], code: int
) -> None:
    document = json.loads(json.dumps(SHIPPED))
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = parent[path[-1]] + chr(code)
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.from_json(json.dumps(document, ensure_ascii=True), "plan.json")
    pointer = "/" + "/".join(map(str, path))
    assert pointer in raised.value.where or pointer.rsplit("/", 1)[0] in raised.value.where
    assert f"U+{code:04X}" in raised.value.problem


def long_plan(description: str) -> hp.Plan:
    """A draft 2022 report with a measure withdrawn for a reason of `description` (Bilaga 1's
    Åtgärd cell of a withdrawn measure holds its title, description and reason)."""
    plan = hp.load_default()
    report = plan.new_report(2022)
    report.add(measure(description=description))
    report.withdraw("1.1.21", year=2022, reason="Skälet står sist.")
    return plan


def test_excel_s_cell_limit_refuses_with_the_measure_named(tmp_path: Path) -> None:
    text = "Början. " + "x" * 80_000 + " Slutet."
    plan = long_plan(text)
    appendix = plan.report(2022).appendix()
    target = tmp_path / "bilaga.xlsx"
    with pytest.raises(hp.InvalidValueError) as raised:
        appendix.to_excel(target)
    assert "1.1.21" in str(raised.value) and "32767" in str(raised.value)
    assert not target.exists()
    # The formats that hold it keep it whole.
    assert text in appendix.to_markdown().replace("\\", "")
    appendix.to_docx(tmp_path / "bilaga.docx")
    with zipfile.ZipFile(tmp_path / "bilaga.docx") as archive:
        assert "Slutet." in archive.read("word/document.xml").decode()


def test_a_long_plan_title_is_shortened_in_word_s_properties_with_a_warning(
    tmp_path: Path,
) -> None:
    document = json.loads(json.dumps(SHIPPED))
    document["title"] = "Handlingsplan " + "lång " * 80
    plan = hp.Plan.from_json(json.dumps(document))
    with pytest.warns(UserWarning, match="255"):
        plan.report(2021).appendix().to_docx(tmp_path / "b.docx")
    with zipfile.ZipFile(tmp_path / "b.docx") as archive:
        core = archive.read("docProps/core.xml").decode()
    subject = core.split("<dc:subject>")[1].split("</dc:subject>")[0]
    assert len(subject) == 255 and subject.endswith("…")
    assert subject[:-1] == document["title"][:254]


def test_a_short_title_gives_no_warning(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        hp.load_default().report(2021).appendix().to_docx(tmp_path / "b.docx")


def test_an_author_with_a_control_character_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(hp.InvalidValueError) as raised:
        hp.load_default().report(2021).appendix().to_docx(tmp_path / "b.docx", author="a\x01")
    assert "author" in str(raised.value)
    done = subprocess.run(
        [sys.executable, "-m", "handlingsplan", "bilaga", "--year", "2021", "--author", "a\x01b"]
        + ["-o", str(tmp_path / "c.docx")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    # The command line speaks Swedish: the author is "dokumentets författare".
    assert "dokumentets författare" in done.stderr and "U+0001" in done.stderr
    assert not (tmp_path / "c.docx").exists()
