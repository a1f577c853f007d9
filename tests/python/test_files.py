"""Files and file names (issue 13, findings 1 and 5 to 9): what the loader refuses to read, what
saving does with whatever is at the path, what a killed save leaves, and that every refusal is an
hp.FileError naming the path, from the core and from the Python writers alike."""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.errors import TemplateError

# The catalogue's minimal plan in the current canonical form.
MINIMAL = Path(__file__).resolve().parent.parent / "malformed" / "current-format.json"
TEXT = MINIMAL.read_text(encoding="utf-8")


def run_cli(
    *argv: str, shell_suffix: str = "", timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own (so that a hang is a timeout, not a stuck test)."""
    command = " ".join([f'"{sys.executable}"', "-m", "handlingsplan", *(f"'{a}'" for a in argv)])
    return subprocess.run(
        ["sh", "-c", command + shell_suffix], capture_output=True, text=True, timeout=timeout
    )


# Finding 1: nothing silently dropped or rewritten.


def test_a_plan_followed_by_a_nul_byte_and_more_is_refused() -> None:
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.from_json(TEXT + '\0{"mer": 1}', "plan.json")
    # The NUL byte begins the line after the document's last.
    assert raised.value.where == f"line {TEXT.count(chr(10)) + 1}, column 1"
    assert "NUL" in raised.value.problem


def test_a_second_byte_order_mark_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    assert hp.Plan.load(path).to_json() == TEXT
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + TEXT.encode())
    with pytest.raises(hp.DataError, match="second byte order mark"):
        hp.Plan.load(path)


def test_a_period_is_kept_as_written_or_refused() -> None:
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.from_json(TEXT.replace('"2019–2022"', '"2019–2019"'))
    assert raised.value.where == "/reports/0/measures/0/period"
    assert '"2019"' in raised.value.problem  # the canonical form, named
    text = TEXT.replace('"2019–2022"', '"2019"')
    assert hp.Plan.from_json(text).to_json() == text


# Finding 5: writers and file names.


@pytest.fixture(scope="module")
def bilaga() -> object:
    return hp.load_default().report(2021).appendix()


@pytest.mark.parametrize("method", ["to_html", "to_markdown", "to_csv", "to_docx", "to_excel"])
def test_every_writer_reports_a_file_error_naming_the_path(
    bilaga: object, tmp_path: Path, method: str
) -> None:
    write = getattr(bilaga, method)
    cases = {
        "/": errno.EISDIR,
        str(tmp_path / "saknas" / "bilaga.out"): errno.ENOENT,
        str(tmp_path / ("x" * 300)): errno.ENAMETOOLONG,
        str(tmp_path / "a\0b"): errno.EINVAL,
        str(tmp_path / "\ud800.out"): errno.EILSEQ,
    }
    for name, number in cases.items():
        with pytest.raises(hp.FileError) as raised:
            write(name)
        assert raised.value.filename == name
        if method not in ("to_docx", "to_excel") or number in (errno.EINVAL, errno.EILSEQ):
            assert raised.value.errno == number, (name, raised.value)


def test_a_template_that_is_a_directory_is_not_called_missing(
    bilaga: object, tmp_path: Path
) -> None:
    with pytest.raises(TemplateError) as raised:
        bilaga.to_docx(tmp_path / "ut.docx", template=tmp_path)  # type: ignore[attr-defined]
    assert "not found" not in str(raised.value)
    assert "not a regular file" in str(raised.value)


def test_file_names_the_system_cannot_take_are_file_errors(tmp_path: Path) -> None:
    plan = hp.Plan.from_json(TEXT)
    for name, number in [("a\0b.json", errno.EINVAL), ("\ud800.json", errno.EILSEQ)]:
        path = tmp_path / name
        for call in (lambda path=path: hp.Plan.load(path), lambda path=path: plan.save(path)):
            with pytest.raises(hp.FileError) as raised:
                call()
            assert raised.value.errno == number
            assert raised.value.filename == str(tmp_path / name)


def test_a_name_too_long_is_a_file_error_naming_it(tmp_path: Path) -> None:
    name = str(tmp_path / ("å" * 200 + ".json"))  # 400 bytes
    for call in (lambda: hp.Plan.load(name), lambda: hp.Plan.from_json(TEXT).save(name)):
        with pytest.raises(hp.FileError) as raised:
            call()
        assert raised.value.errno == errno.ENAMETOOLONG
        assert raised.value.filename == name


def test_a_file_name_that_is_not_utf8_round_trips(tmp_path: Path) -> None:
    name = os.fsdecode(tmp_path / os.fsdecode(b"plan-\xff.json"))
    plan = hp.Plan.from_json(TEXT)
    plan.save(name)
    assert hp.Plan.load(name) == plan
    missing = os.fsdecode(os.fsencode(tmp_path) + b"/saknas-\xfe.json")
    with pytest.raises(hp.FileError) as raised:
        hp.Plan.load(missing)
    assert raised.value.filename == missing
    result = run_cli("info", "--plan", missing)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "saknas" in result.stderr


def test_load_of_an_empty_name_reports_it_as_given() -> None:
    with pytest.raises(hp.FileError) as raised:
        hp.Plan.load("")
    assert raised.value.filename == ""
    assert raised.value.errno == errno.ENOENT


# Finding 6: unbounded reads.


def test_what_is_not_a_regular_file_is_refused_before_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.json"
    os.mkfifo(fifo)
    # Refused for what they are, before a read (which would wait on the FIFO for ever and never
    # end on the devices): no clock needed to tell.
    for path in (fifo, "/dev/zero", "/dev/urandom"):
        with pytest.raises(hp.FileError) as raised:
            hp.Plan.load(path)
        assert raised.value.filename == str(path)
        assert "not a regular file" in raised.value.strerror
    for argv in (
        ["info", "--plan", str(fifo)],
        ["check", str(fifo)],
        ["bilaga", "--plan", str(fifo), "--year", "2021", "--format", "md"],
    ):
        result = run_cli(*argv, timeout=60)
        assert result.returncode != 0
        assert "ingen vanlig fil" in result.stderr and "Traceback" not in result.stderr


def test_a_file_over_the_callers_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "stor.json"
    with open(path, "wb") as stream:
        stream.truncate(64 * 1024 * 1024 + 1)  # sparse: no disk used
    with pytest.raises(hp.FileError) as raised:
        hp.Plan.load(path, max_bytes=64 * 1024 * 1024)
    assert raised.value.errno == errno.EFBIG
    # Without a limit the file is read, and refused for what it holds (NUL bytes, not JSON).
    with pytest.raises(hp.DataError):
        hp.Plan.load(path)


# Finding 7: saving keeps what is at the path.


def test_saving_keeps_mode_link_and_target_and_refuses_a_fifo_or_a_directory(
    tmp_path: Path,
) -> None:
    plan = hp.Plan.from_json(TEXT)
    edited = hp.Plan.from_json(TEXT.replace("Minimal plan", "Ändrad plan"))

    private = tmp_path / "privat.json"
    plan.save(private)
    private.chmod(0o600)
    edited.save(private)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert hp.Plan.load(private) == edited

    target = tmp_path / "data" / "plan.json"
    target.parent.mkdir()
    plan.save(target)
    link = tmp_path / "länk.json"
    link.symlink_to(Path("data") / "plan.json")
    edited.save(link)
    assert link.is_symlink() and os.readlink(link) == str(Path("data") / "plan.json")
    assert hp.Plan.load(target) == edited

    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(hp.FileError) as raised:
        plan.save(fifo)
    assert raised.value.filename == str(fifo) and "not a regular file" in raised.value.strerror
    assert stat.S_ISFIFO(fifo.lstat().st_mode)

    folder = tmp_path / "mapp.json"
    folder.mkdir()
    with pytest.raises(hp.FileError) as raised:
        plan.save(folder)
    assert raised.value.errno == errno.EISDIR and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "data",
        "fifo.json",
        "länk.json",
        "mapp.json",
        "privat.json",
    ]


def test_saving_keeps_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    hp.Plan.from_json(TEXT).save(path)
    if os.geteuid() == 0:  # as in CI: the file can be given to another owner, and must stay theirs
        os.chown(path, 4321, 4321)
    expected = (path.stat().st_uid, path.stat().st_gid)
    hp.Plan.from_json(TEXT).save(path)
    assert (path.stat().st_uid, path.stat().st_gid) == expected


# Finding 8: a killed save leaves nothing behind.

SAVER = """
import sys, handlingsplan as hp
plan = hp.load_default()
plan.new_report(2022).update("1.1.1", description="Beskrivning. " * 1_500_000)
print("ready", flush=True)
while True:
    plan.save(sys.argv[1])
"""


def test_a_save_killed_midway_leaves_no_temporary_file_and_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    hp.load_default().save(path)
    rng = random.Random(13)
    for _ in range(6):
        with subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True
        ) as child:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.05, 0.4))
            child.send_signal(signal.SIGKILL)
            child.wait()
        assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]
        hp.Plan.load(path)  # whole: the old file or the new one


# Finding 9: the smaller ones.


def test_an_empty_file_names_its_place(tmp_path: Path) -> None:
    path = tmp_path / "tom.json"
    path.write_bytes(b"")
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.load(path)
    assert raised.value.where == "line 1, column 1"
    assert "empty" in raised.value.problem


def test_a_source_with_nul_does_not_cut_the_message() -> None:
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.from_json("[", "inklistrat\0efter")
    assert raised.value.source == "inklistrat\0efter"
    assert "inklistrat\\0efter:1:2: " in str(raised.value)


def test_info_with_standard_output_closed_fails() -> None:
    result = run_cli("info", shell_suffix=" >&-")
    assert result.returncode != 0
    assert "standard ut är stängd" in result.stderr
    assert run_cli("info", shell_suffix=" >/dev/null").returncode == 0
