"""Hostile import sources and converters (issue 22): a source that is no regular file, NUL
bytes, the report given twice or followed by much more text, a PDF whose name reads as an
option, and outside programs that outlast or outgrow their call."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan import _programs

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "data" / "sources" / "redovisning-2021.txt"
TEXT = SOURCE.read_text(encoding="utf-8")


def test_a_source_that_is_not_a_regular_file_is_refused_without_blocking(
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero, tmp_path, Path("/dev/zero")):
        with pytest.raises(hp.FileError) as raised:
            hp.import_report(path)
        assert raised.value.filename == str(path)


def test_nul_bytes_in_a_source_are_refused_with_the_line(tmp_path: Path) -> None:
    lines = TEXT.split("\n")
    lines[1000] = lines[1000] + "\0"
    path = tmp_path / "nul.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(hp.DataError) as raised:
        hp.import_report(path)
    assert raised.value.where == "line 1001"
    assert "NUL" in raised.value.problem


def test_the_report_given_twice_is_refused_at_the_second_copy(tmp_path: Path) -> None:
    path = tmp_path / "twice.txt"
    path.write_text(TEXT + "\n" + TEXT, encoding="utf-8")
    with pytest.raises(hp.SourceError) as raised:
        hp.import_report(path)
    second = TEXT.count("\n") + 2 + TEXT.split("\n").index("Aktuella åtgärder ")
    assert raised.value.line == second
    assert "second time" in raised.value.problem


def test_text_after_the_report_is_named_in_the_journal_with_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "more.txt"
    extra = "\n".join(f"Rad {n} efter redovisningen." for n in range(20_000))
    path.write_text(TEXT + "\n" + extra + "\n", encoding="utf-8")
    result = hp.import_report(path)
    first = TEXT.split("\n").index(" Uppdrag om en samlad informations- och ") + 1
    last = len((TEXT + "\n" + extra + "\n").splitlines())
    notes = [e for e in result.journal.entries if "följer efter redovisningen" in e.text]
    assert [(e.line, e.text.split(" följer")[0]) for e in notes] == [
        (first, f"Raderna {first}–{last}")
    ]
    assert f"Raderna {first}–{last} följer efter redovisningen" in result.journal.markdown


@pytest.mark.parametrize("name", ["-v", "-layout", "--help"])
def test_a_pdf_named_like_an_option_is_read_as_a_file(
    pdf_2022: Path,
    prepared_2022: hp.Plan,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    shutil.copy(pdf_2022, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    for given in (name, f"./{name}"):
        result = hp.import_report(given, into=hp.load_default())
        assert [str(m.id) for m in result.report] == [str(m.id) for m in prepared_2022.report(2022)]


def test_a_timed_out_program_is_ended_with_its_children(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    script = f"sleep 300 & echo $! > {pids}; sleep 300"
    with pytest.raises(subprocess.TimeoutExpired):
        _programs.run(["sh", "-c", script], timeout=2)
    child = int(pids.read_text())
    # SIGKILL is sent to the whole group before run() returns; the kernel takes a moment to end
    # a process, so look a few times (a child outside the group would run on for 300 s).
    for _ in range(100):
        if not _alive(child):
            break
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie waiting for its parent to be reaped does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def test_a_program_s_memory_is_bounded() -> None:
    grab = "x = bytearray(2 * 1024**3); print(len(x))"
    done = _programs.run([sys.executable, "-c", grab], timeout=60, memory=512 * 2**20)
    assert done.returncode != 0
    assert b"MemoryError" in done.stderr


def test_file_names_given_to_programs_never_start_with_a_dash() -> None:
    for name in ("-v", "./-v", "--help", "a/-b"):
        argument = _programs.argument_path(name)
        assert os.path.isabs(argument) and not argument.startswith("-")
        assert Path(argument) == Path(name).resolve()
