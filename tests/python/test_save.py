"""No lost data: saving is atomic, a failed save leaves the old file as it was, loading never
touches the file, and a file with fields the format does not know is refused rather than read
with those fields dropped (and lost at the next save).

The tests run as root in CI, where a folder without write permission stops nothing; the failures
used here stop root too: a file size limit (RLIMIT_FSIZE, as a full disk would, in the middle of
writing), a path through a regular file, and a directory where the file should be."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import resource
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

import handlingsplan as hp

MALFORMED = Path(__file__).resolve().parent.parent / "malformed"
MINIMAL = MALFORMED / "valid-minimal.json"


def snapshot(path: Path) -> tuple[bytes, int, int, int]:
    """What must not change: the bytes, the modification and status-change times, the mode."""
    status = path.stat()
    return path.read_bytes(), status.st_mtime_ns, status.st_ctime_ns, status.st_mode


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """Writes past `limit` bytes fail with EFBIG, as on a full disk; root is not exempt."""
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # or the process is killed
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A folder holding one saved plan file, plan.json (the small catalogue base)."""
    path = tmp_path / "plan.json"
    hp.Plan.load(MINIMAL).save(path)
    return path


def test_save_replaces_the_file_and_leaves_nothing_else(saved: Path) -> None:
    big = hp.load_default()
    big.save(saved)
    assert hp.Plan.load(saved) == big
    assert saved.read_text(encoding="utf-8") == big.to_json()
    assert list(saved.parent.iterdir()) == [saved]


def test_a_save_that_runs_out_of_space_leaves_the_old_file(saved: Path) -> None:
    before = snapshot(saved)
    big = hp.load_default()
    assert len(big.to_json().encode()) > 10_000
    with file_size_limit(4096), pytest.raises(hp.FileError) as failure:
        big.save(saved)
    assert failure.value.errno == errno.EFBIG
    assert failure.value.filename == str(saved)
    assert snapshot(saved) == before
    assert list(saved.parent.iterdir()) == [saved]  # the temporary file is gone


def test_a_save_through_a_regular_file_fails_cleanly(saved: Path) -> None:
    before = snapshot(saved)
    with pytest.raises(hp.FileError) as failure:
        hp.load_default().save(saved / "plan.json")
    assert failure.value.errno == errno.ENOTDIR
    assert snapshot(saved) == before


def test_a_save_onto_a_directory_leaves_it_and_no_temporary_file(saved: Path) -> None:
    folder = saved.parent / "arkiv.json"
    folder.mkdir()
    (folder / "inside.txt").write_text("kvar")
    with pytest.raises(hp.FileError) as failure:
        hp.Plan.load(saved).save(folder)
    assert failure.value.errno == errno.EISDIR
    assert [p.name for p in folder.iterdir()] == ["inside.txt"]
    assert sorted(p.name for p in saved.parent.iterdir()) == ["arkiv.json", "plan.json"]


@pytest.mark.parametrize(
    "name",
    [
        "valid-minimal.json",
        "bom.json",
        "duplicate-key-nested.json",
        "utf8-invalid-byte.json",
        "extra-measure-field.json",
    ],
)
def test_loading_never_modifies_the_file(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes((MALFORMED / name).read_bytes())
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))  # a known past
    before = snapshot(path)
    with contextlib.suppress(hp.DataError):
        hp.Plan.load(path)
    assert snapshot(path) == before
    assert list(tmp_path.iterdir()) == [path]


def test_unknown_fields_are_refused_with_their_path() -> None:
    plan = json.loads(MINIMAL.read_text(encoding="utf-8"))
    plan["reports"][0]["measures"][0]["ansvarig_person"] = "Anna"
    with pytest.raises(hp.DataError) as failure:
        hp.Plan.from_json(json.dumps(plan, ensure_ascii=False), "plan.json")
    error = failure.value
    assert error.source == "plan.json"
    assert error.where == "/reports/0/measures/0/ansvarig_person"
    assert "unknown field" in error.problem and '"title"' in error.problem  # names what is allowed

    plan = json.loads(MINIMAL.read_text(encoding="utf-8"))
    plan["version"] = 2
    with pytest.raises(hp.DataError, match=r"version: unknown field.*\(at /version\)"):
        hp.Plan.from_json(json.dumps(plan))


OLD_CEILING = 64 * 1024 * 1024  # what Plan.load refused above before it read any size


@pytest.fixture(scope="module")
def large_plan() -> hp.Plan:
    """The shipped plan with every measure of its last report described at length: saved, a
    file of about 70 MiB, above the 64 MiB the loader once refused."""
    data = json.loads(hp.load_default().to_json())
    measures = data["reports"][-1]["measures"]
    each = OLD_CEILING // len(measures) + 64 * 1024
    for i, measure in enumerate(measures):
        sentence = f"Åtgärd {measure['id']} ({i}) beskrivs utförligt här. "
        measure["description"] = sentence * (each // len(sentence.encode("utf-8")) + 1)
    return hp.Plan.from_json(json.dumps(data, ensure_ascii=False))


def test_a_plan_saved_above_the_old_ceiling_loads_back_equal(
    large_plan: hp.Plan, tmp_path: Path
) -> None:
    path = tmp_path / "large.json"
    large_plan.save(path)
    assert path.stat().st_size > OLD_CEILING
    loaded = hp.Plan.load(path)
    assert loaded == large_plan
    assert loaded.to_json() == path.read_text(encoding="utf-8")


def test_max_bytes_refuses_a_larger_file_only_when_asked(
    large_plan: hp.Plan, tmp_path: Path
) -> None:
    path = tmp_path / "large.json"
    large_plan.save(path)
    size = path.stat().st_size
    with pytest.raises(hp.FileError) as refused:
        hp.Plan.load(path, max_bytes=size - 1)
    assert refused.value.errno == errno.EFBIG
    assert f"more than the {size - 1} bytes" in str(refused.value)
    assert hp.Plan.load(path, max_bytes=size) == large_plan


def test_max_bytes_takes_a_count_of_bytes() -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        hp.Plan.load(MINIMAL, max_bytes=-1)
    with pytest.raises(TypeError, match="max_bytes"):
        hp.Plan.load(MINIMAL, max_bytes=1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="max_bytes"):
        hp.Plan.load(MINIMAL, max_bytes=True)
    assert hp.Plan.load(MINIMAL, max_bytes=MINIMAL.stat().st_size) == hp.Plan.load(MINIMAL)


def test_a_fifo_is_refused_with_or_without_a_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.json"
    os.mkfifo(fifo)
    for limit in (None, 10**9):
        with pytest.raises(hp.FileError, match="FIFO"):
            hp.Plan.load(fifo, max_bytes=limit)
