"""The exact refusals of handlingsplan._files.refuse_irregular and what handlingsplan._programs.run
hands a program (killing the survivors of `make mutation` over the two modules)."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan._files import refuse_irregular
from handlingsplan._programs import run


def test_a_directory_is_refused_as_one(tmp_path: Path) -> None:
    with pytest.raises(hp.FileError) as raised:
        refuse_irregular(str(tmp_path))
    assert raised.value.errno == errno.EISDIR
    assert raised.value.strerror == "a directory: only a regular file is written or read"
    assert raised.value.filename == str(tmp_path)


def test_a_fifo_is_refused_as_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    with pytest.raises(hp.FileError) as raised:
        refuse_irregular(str(fifo))
    assert raised.value.errno == errno.EINVAL
    assert raised.value.strerror == "not a regular file: only a regular file is written or read"


def test_a_missing_file_is_refused_only_when_asked(tmp_path: Path) -> None:
    missing = str(tmp_path / "saknas.txt")
    refuse_irregular(missing)  # missing_ok: a file about to be written
    with pytest.raises(hp.FileError) as raised:
        refuse_irregular(missing, missing_ok=False)
    assert (raised.value.errno, raised.value.strerror) == (
        errno.ENOENT,
        "No such file or directory",
    )


def test_a_program_gets_the_environment_given_and_no_input() -> None:
    script = "import os, sys; print(os.environ.get('HP_PROV', '-'), repr(sys.stdin.read()))"
    done = run([sys.executable, "-c", script], timeout=60, env={**os.environ, "HP_PROV": "ja"})
    assert done.stdout.decode().split() == ["ja", "''"]
