"""The library's errors as the coordinator reads them (errors.py): a parse error's Swedish
sentence keeps what was expected, a file error can carry its reason in Swedish."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

import handlingsplan as hp
from cli_runner import run
from handlingsplan import _core
from handlingsplan._swedish_cli import error_text
from handlingsplan.errors import file_error, parse_problem_text

MEASURE_ID_FORMS = 'tre tal som "1.1.5" (eller en versal först, "A.1.5")'
PERIOD_FORMS = 'ett år eller ett spann av år som "2021", "2019–2022" eller "2019 och tills vidare"'


def parse_error(call: object) -> hp.ParseError:
    with pytest.raises(hp.ParseError) as raised:
        call()  # type: ignore[operator]
    return raised.value


def test_a_measure_id_says_what_it_should_be() -> None:
    error = parse_error(lambda: hp.MeasureId("1.1"))
    assert error.swedish_expected == MEASURE_ID_FORMS
    assert parse_problem_text(error) == f'ogiltigt åtgärdsnummer "1.1": ska vara {MEASURE_ID_FORMS}'
    # The English message is unchanged.
    assert "expected three numbers" in str(error)


def test_an_objective_id_and_a_period_say_what_they_should_be() -> None:
    error = parse_error(lambda: hp.ObjectiveId("1"))
    assert parse_problem_text(error) == (
        'ogiltigt målsättningsnummer "1": ska vara två tal som "1.1" (eller en versal först, "A.1")'
    )
    error = parse_error(lambda: hp.Period.parse("2019–20x"))
    assert parse_problem_text(error) == f'ogiltig period "2019–20x": ska vara {PERIOD_FORMS}'


def test_a_word_of_a_list_names_the_list_in_swedish_and_the_nearest() -> None:
    """A status word: the accepted words joined with "eller", then the nearest one."""
    words = [_core.status_kind_text(kind) for kind in _core.StatusKind]
    listed = ", ".join(f'"{w}"' for w in words[:-1]) + f' eller "{words[-1]}"'
    error = parse_error(lambda: _core.parse_status_kind("genomförd!"))
    assert parse_problem_text(error) == (
        f'ogiltig status "genomförd!": ska vara {listed}; menade du "genomförd"?'
    )
    assert " or " in error.expected and " or " not in error.swedish_expected


def test_an_unknown_agency_is_named_in_the_swedish_too() -> None:
    error = parse_error(lambda: hp.Agencies.parse("FRA och Säpoo"))
    assert parse_problem_text(error) == (
        'ogiltig myndighetsfras "FRA och Säpoo": ska vara myndigheter som registret känner till '
        '("Säpoo" är inte en av dem); menade du "Säpo"?'
    )


def test_a_parse_error_made_in_python_is_composed_from_its_parts() -> None:
    error = hp.ParseError("invalid measure id")
    error.kind, error.input, error.did_you_mean = "measure id", "x", "1.1.1"
    assert parse_problem_text(error) == 'ogiltigt åtgärdsnummer "x"; menade du "1.1.1"?'
    error.swedish_expected = "ett nummer"
    assert parse_problem_text(error) == (
        'ogiltigt åtgärdsnummer "x": ska vara ett nummer; menade du "1.1.1"?'
    )


def test_the_command_line_prints_what_was_expected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "historik", "1.1")
    assert code != 0
    assert f'ogiltigt åtgärdsnummer "1.1": ska vara {MEASURE_ID_FORMS}' in err, err


def test_the_importers_refusal_keeps_what_was_expected(tmp_path: Path) -> None:
    """A report whose chapter prints a period the core cannot read: the refusal's Swedish says
    what a period should be."""
    source = Path(__file__).resolve().parents[2] / "data" / "sources" / "redovisning-2021.txt"
    lines = source.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("clock") and "2019–2022" in line)
    lines[at] = lines[at].replace("2019–2022", "2019–20x2")
    broken = tmp_path / "redovisning.txt"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(hp.Error) as raised:
        hp.import_report(broken)
    swedish = getattr(raised.value, "swedish_problem", "") or error_text(raised.value)
    assert f'"2019–20x2": ska vara {PERIOD_FORMS}' in swedish, swedish


def test_a_file_error_carries_its_swedish_reason() -> None:
    error = file_error(errno.EIO, "it broke", "a.pdf", "den gick sönder")
    assert isinstance(error, hp.FileError) and isinstance(error, OSError)
    assert (error.errno, error.strerror, error.filename) == (errno.EIO, "it broke", "a.pdf")
    assert error_text(error) == "a.pdf: den gick sönder"
