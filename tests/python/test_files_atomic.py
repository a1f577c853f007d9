"""Every writer replaces its file atomically, as `Plan.save` does (issue 22): on a failure —
here a full disk, injected as the system's file size limit (RLIMIT_FSIZE, which makes every
write past it fail with EFBIG as a full disk fails with ENOSPC) — the old file is left byte for
byte; a FIFO or a directory as the target is refused before any work and never blocks; the
file's mode is kept; `handlingsplan import` writes nothing unless it can write all."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import handlingsplan as hp

ROOT = Path(__file__).resolve().parents[2]
OLD = b"last year's file\n" * 8  # what is at the target before the write

#: Each writer as a line of Python writing to `path` (a str), with `hp` imported.
WRITERS = {
    "appendix.to_docx": "hp.load_default().report(2021).appendix().to_docx(path)",
    "appendix.to_pdf": "hp.load_default().report(2021).appendix().to_pdf(path)",
    "appendix.to_html": "hp.load_default().report(2021).appendix().to_html(path)",
    "appendix.to_markdown": "hp.load_default().report(2021).appendix().to_markdown(path)",
    "appendix.to_csv": "hp.load_default().report(2021).appendix().to_csv(path)",
    "appendix.to_excel": "hp.load_default().report(2021).appendix().to_excel(path)",
    "report.to_docx": "hp.load_default().report(2021).to_docx(path)",
    "report.to_html": "hp.load_default().report(2021).to_html(path)",
    "report.to_pdf": "hp.load_default().report(2021).to_pdf(path)",
    "plan.save": "hp.load_default().save(path)",
    "forms": (
        "import os; hp.load_default().new_report(2022).write_update_forms("
        "os.path.dirname(path), ['FRA'])"
    ),
    "cli bilaga": (
        "from handlingsplan import cli; "
        "assert cli.main(['bilaga', '--year', '2021', '--format', 'xlsx', '-o', path]) == 1"
    ),
}


def target_of(writer: str, folder: Path) -> Path:
    return folder / ("FRA.xlsx" if writer == "forms" else "out.file")


def run_limited(code: str, path: Path, limit: int) -> subprocess.CompletedProcess[str]:
    """Runs `code` with `path` in a child whose files cannot grow past `limit` bytes."""
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        import handlingsplan as hp
        path = {str(path)!r}
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        try:
            {code}
        except (hp.FileError, OSError) as error:
            print("refused:", error)
            sys.exit(3)
        """
    )
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_full_disk_leaves_the_old_file_byte_for_byte(writer: str, tmp_path: Path) -> None:
    target = target_of(writer, tmp_path)
    target.write_bytes(OLD)
    os.chmod(target, 0o640)
    done = run_limited(WRITERS[writer], target, limit=len(OLD) + 1)
    assert done.returncode in (0, 3), done.stderr  # refused as a library error, not a crash
    if writer != "cli bilaga":
        assert done.returncode == 3, done.stdout + done.stderr
    # (A writer's half-written zip archive may say "Exception ignored in: <zipfile...>" when
    # it is collected; the failure itself is a library error, caught above.)
    assert "Traceback" not in done.stderr.split("Exception ignored in")[0]
    assert target.read_bytes() == OLD
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no leftovers


def test_a_written_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "bilaga.xlsx"
    target.write_bytes(OLD)
    os.chmod(target, 0o600)
    hp.load_default().report(2021).appendix().to_excel(target)
    assert target.read_bytes()[:2] == b"PK"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "method", ["to_html", "to_markdown", "to_csv", "to_docx", "to_excel", "to_pdf"]
)
def test_a_fifo_or_a_directory_as_the_target_is_refused(method: str, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    appendix = hp.load_default().report(2021).appendix()
    for target in (fifo, tmp_path):
        with pytest.raises(hp.FileError) as raised:
            getattr(appendix, method)(target)
        assert raised.value.filename == str(target)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo"]  # no bilaga-2021.pdf in it


def test_the_update_forms_onto_a_fifo_are_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "FRA.xlsx")
    with pytest.raises(hp.FileError) as raised:
        hp.load_default().new_report(2022).write_update_forms(tmp_path, ["MSB", "FRA"])
    assert raised.value.filename == str(tmp_path / "FRA.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["FRA.xlsx"]  # MSB's not written either


def test_import_writes_nothing_unless_it_can_write_all(tmp_path: Path) -> None:
    source = ROOT / "data" / "sources" / "redovisning-2021.txt"
    plan = tmp_path / "plan.json"
    plan.write_bytes(OLD)
    journal = tmp_path / "saknas" / "journal.md"  # a folder that is not there
    done = subprocess.run(
        [sys.executable, "-m", "handlingsplan", "import", str(source), "-o", str(plan)]
        + ["--journal", str(journal)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert str(journal) in done.stderr
    assert plan.read_bytes() == OLD
    # A directory as the journal: the same.
    done = subprocess.run(
        [sys.executable, "-m", "handlingsplan", "import", str(source), "-o", str(plan)]
        + ["--journal", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert plan.read_bytes() == OLD


def fake_office(tmp_path: Path, writes: bytes) -> str:
    """A stand-in for LibreOffice that "converts" by writing `writes` where the PDF goes."""
    script = tmp_path / "soffice"
    script.write_text(
        "#!/bin/sh\n"
        'while [ "$1" != "--outdir" ]; do shift; done\n'
        'out="$2"; source="$3"; base=$(basename "$source" .docx)\n'
        'mkdir -p "$out"\n'
        f"printf '%s' '{writes.decode()}' > \"$out/$base.pdf\"\n"
    )
    script.chmod(0o755)
    return str(script)


def test_a_converter_s_output_that_is_not_a_pdf_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlingsplan.render import pdf

    monkeypatch.setattr(pdf, "_office", lambda: fake_office(tmp_path, b"<html>not a pdf"))
    target = tmp_path / "bilaga.pdf"
    target.write_bytes(OLD)
    with pytest.raises(hp.FileError) as raised:
        hp.load_default().report(2021).appendix().to_pdf(target)
    assert "not a PDF" in str(raised.value)
    assert target.read_bytes() == OLD
    # The same stand-in writing a PDF's first bytes is taken.
    monkeypatch.setattr(pdf, "_office", lambda: fake_office(tmp_path, b"%PDF-1.7 stand-in"))
    hp.load_default().report(2021).appendix().to_pdf(target)
    assert target.read_bytes() == b"%PDF-1.7 stand-in"
