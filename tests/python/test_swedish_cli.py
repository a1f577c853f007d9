"""One language for the coordinator (issue 20, item 7): every sub-command's --help and its
typical errors are Swedish, argparse's own words ("usage:", "error:", "options", its error
messages) included. A text passes when none of a list of common English words occurs in it
as a word (file names the test itself gave are taken out first)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import handlingsplan as hp
from cli_runner import run
from handlingsplan._swedish_cli import error_text

# Common English words, none of them a Swedish word ("version", "program" and "it" are), and
# argparse's own.
ENGLISH = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "for",
    "from",
    "with",
    "is",
    "are",
    "not",
    "no",
    "this",
    "that",
    "its",
    "cannot",
    "can",
    "write",
    "read",
    "file",
    "files",
    "report",
    "reports",
    "year",
    "agency",
    "measure",
    "usage",
    "error",
    "options",
    "optional",
    "positional",
    "show",
    "help",
    "message",
    "exit",
    "expected",
    "invalid",
    "choice",
    "choose",
    "required",
    "following",
    "unrecognized",
    "default",
    "did",
    "you",
    "mean",
    "such",
    "directory",
    "found",
    "number",
    "plan's",
    "e",
    "g",
}

COMMANDS = ["bilaga", "diff", "check", "import", "utskick", "inlasning", "uppdrag", "info"]


def english_words(text: str, *given: Path | str) -> set[str]:
    for name in sorted((str(g) for g in given), key=len, reverse=True):
        text = text.replace(name, "")
    text = re.sub(r"(?<!\w)--?[\w-]+", "", text)  # the options' own names (--help, --year)
    return {w for w in re.findall(r"[A-Za-zÅÄÖåäöÉéÜü']+", text) if w.lower() in ENGLISH}


def test_the_word_list_finds_english() -> None:
    assert english_words("usage: handlingsplan [-h]\nerror: the following") == {
        "usage",
        "error",
        "the",
        "following",
    }
    assert english_words("användning: handlingsplan [--help]; fel: dessa argument saknas") == set()


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_help_is_swedish(command: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *([command] if command else []), "--help")
    assert code == 0
    assert "användning:" in out and "flaggor" in out
    assert english_words(out + err) == set()


def typical_errors(tmp: Path) -> list[tuple[list[str], int]]:
    missing = tmp / "saknas.json"
    not_a_plan = tmp / "trasig.json"
    not_a_plan.write_text("{", encoding="utf-8")
    return [
        ([], 2),
        (["nosuchcommand"], 2),
        (["bilaga"], 2),
        (["bilaga", "--year", "tjugo"], 2),
        (["bilaga", "--year", "2030", "-o", str(tmp / "b.docx")], 1),
        (["bilaga", "--year", "2021", "--format", "md", "--template", str(tmp / "m.dotx")], 1),
        (["bilaga", "--year", "2021", "--format", "pdf"], 2),
        (["diff", "2021", "2030"], 1),
        (["diff", "2021"], 2),
        (["check", str(missing)], 2),
        (["check"], 2),
        (["import", str(missing), "-o", str(tmp / "ut.json")], 1),
        (["import", str(missing)], 2),
        (["utskick", "--year", "2022", "-o", str(tmp / "utskick"), "--agency", "Säpö"], 1),
        (["inlasning", "--year", "2022", str(tmp / "a.xlsx")], 1),
        (["inlasning", "--plan", str(missing), "--year", "2022", "--prefer", "1.1.1", "a"], 1),
        (["uppdrag", str(tmp / "sida.md")], 1),
        (["info", "--plan", str(missing)], 1),
        (["info", "--bogus"], 2),
    ]


def test_typical_errors_are_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv, expected in typical_errors(tmp_path):
        code, out, err = run(capsys, *argv)
        assert code == expected, (argv, err)
        assert err.strip(), argv
        assert english_words(out + err, tmp_path) == set(), (argv, err)
        assert "Traceback" not in err


def test_argparse_words_are_translated(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "bilaga", "--year", "2021", "--format", "pdf")
    assert code == 2
    assert err.startswith("användning: handlingsplan bilaga")
    assert "handlingsplan bilaga: fel: argument --format: ogiltigt val: 'pdf'" in err


def test_library_errors_in_swedish() -> None:
    plan = hp.load_default()
    with pytest.raises(hp.NotFoundError) as no_report:
        plan.report(2030)
    assert error_text(no_report.value) == "ingen redovisning för 2030"
    with pytest.raises(hp.NotFoundError) as no_agency:
        plan.agencies.resolve("Säpö")
    assert error_text(no_agency.value) == 'ingen myndighet Säpö; menade du "Säpo"?'
    with pytest.raises(hp.ParseError) as bad_id:
        hp.MeasureId("1.1")
    assert error_text(bad_id.value) == (
        'ogiltigt åtgärdsnummer "1.1": ska vara tre tal som "1.1.5" (eller en versal först, "A.1.5")'
    )
    with pytest.raises(hp.FileError) as missing:
        hp.Plan.load("/finns/inte.json")
    assert error_text(missing.value) == "/finns/inte.json: filen finns inte"


MALFORMED = Path(__file__).resolve().parent.parent / "malformed"
MALFORMED_FILES = [
    case["file"]
    for case in json.loads((MALFORMED / "catalogue.json").read_text(encoding="utf-8"))["cases"]
    if "file" in case and case["error"] == "DataError"
]


def prose(problem: str) -> str:
    """A problem without what it quotes of the file: texts in quotes, the JSON's own words
    (keys, values), numbers."""
    problem = re.sub(r'"[^"]*"|\'[^\']*\'|“[^”]*”', "", problem)
    return re.sub(r"[-+]?\d[\d.eE+-]*", "", problem)


def test_the_prose_of_a_problem_leaves_out_what_it_quotes() -> None:
    assert prose("fältet \"year\" saknas; talet 1e400, senast läst: 'the'") == (
        "fältet  saknas; talet , senast läst: "
    )


@pytest.mark.parametrize("name", MALFORMED_FILES)
def test_a_malformed_plan_is_refused_in_swedish(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every malformed plan of the catalogue: the core words its problem in Swedish, and `check`
    prints that sentence after the place."""
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.load(MALFORMED / name)
    swedish = raised.value.swedish_problem
    assert swedish != raised.value.problem
    assert english_words(prose(swedish)) == set(), swedish
    code, _, err = run(capsys, "check", str(MALFORMED / name))
    assert code == 2 and swedish in err


def test_a_problem_found_in_python_has_its_swedish_too() -> None:
    """A DataError made outside the core (a text that is not Unicode) carries its own Swedish."""
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.from_json('{"title": "\ud800"}')
    assert raised.value.swedish_problem == "texten har ett tecken som inte är giltig Unicode"
    assert "not valid Unicode" in raised.value.problem


def test_a_broken_rule_of_the_model_is_worded_in_swedish_too() -> None:
    with pytest.raises(hp.InvalidValueError) as raised:
        hp.Period(2022, 2019)
    assert "cannot end (2019) before it starts (2022)" in str(raised.value)
    assert raised.value.swedish_problem == "en period kan inte sluta (2019) innan den börjar (2022)"
    assert error_text(raised.value) == raised.value.swedish_problem


def test_a_text_no_document_can_hold_is_refused_in_swedish(tmp_path: Path) -> None:
    """A control character in a measure's title, through the file: the place names the field,
    the Swedish the problem."""
    plan = json.loads(hp.default_plan_path().read_text(encoding="utf-8"))
    plan["reports"][0]["measures"][0]["title"] = "Rubrik\u0007"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.load(path)
    assert raised.value.swedish_problem.startswith("texten har tecknet U+0007 vid tecken 7")
    assert english_words(prose(raised.value.swedish_problem)) == set()


def pdf_import(capsys: pytest.CaptureFixture[str], pdf: Path, tmp: Path) -> tuple[int, str]:
    code, out, err = run(capsys, "import", str(pdf), "-o", str(tmp / "ut.json"))
    assert "Traceback" not in err
    # The file names and pdftotext's own words, quoted, are left out.
    assert english_words(prose((out + err).replace(str(pdf), "").replace(str(tmp), ""))) == set(), (
        err
    )
    return code, err


def test_a_pdf_pdftotext_cannot_read_is_refused_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that begins as a PDF does but is none: pdftotext's own (English) words are
    quoted after the Swedish."""
    pdf = tmp_path / "trasig.pdf"
    pdf.write_bytes(b"%PDF-1.4\ninte en pdf\n")
    code, err = pdf_import(capsys, pdf, tmp_path)
    assert code == 1
    assert f"{pdf}: pdftotext kan inte läsa filen; pdftotext skriver: “" in err, err
    assert not (tmp_path / "ut.json").exists()


def test_a_missing_pdftotext_is_said_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "redovisning.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setenv("PATH", str(tmp_path / "inga-program"))
    code, err = pdf_import(capsys, pdf, tmp_path)
    assert code == 1
    assert (
        f"{pdf}: pdftotext (poppler-utils) är inte installerat; "
        "scripts/install-system-deps.sh installerar det"
    ) in err, err


def test_a_pdftotext_that_takes_too_long_is_said_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    from handlingsplan.readers import pdf as pdf_reader

    def too_slow(command: list[str], **_: object) -> None:
        raise subprocess.TimeoutExpired(command, pdf_reader.TIMEOUT_SECONDS)

    monkeypatch.setattr(pdf_reader, "run", too_slow)
    pdf = tmp_path / "redovisning.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    code, err = pdf_import(capsys, pdf, tmp_path)
    assert code == 1
    assert f"{pdf}: pdftotext tog mer än {pdf_reader.TIMEOUT_SECONDS} s" in err, err
