"""File names and the file system's refusals, for what the Python side writes and reads itself
(the appendix's Word, HTML, Markdown, CSV and Excel files, the update forms, a Word template).

Every file is written as ``Plan.save`` writes a plan (``_core.write_file``): the writer writes
to a file of its own in a private temporary folder, and only a complete file replaces the target,
atomically, its mode and owner kept; a failure (a full disk, an exception in the writer) leaves
the old file byte for byte, and a directory, FIFO or device as the target is refused before any
work. What is read (forms, import sources) is a regular file within a bound
(``_core.read_file``), as the plan loader reads.

The same rules as the compiled core's (``handlingsplan._core.load_plan``/``save_plan``): a file
name is ``str``, ``bytes`` or ``os.PathLike``; one holding a NUL or a character no file name can
have (a lone surrogate) is refused, and whatever the system refuses (a missing folder, a
directory, a name too long, no permission) is a :class:`handlingsplan.FileError` naming the path,
never a bare ``OSError`` or ``ValueError``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Union

from . import _core
from .errors import FileError

#: What the writers take as a file name.
PathLike = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]

__all__ = [
    "PathLike",
    "file_name",
    "read_bytes",
    "reading",
    "refuse_irregular",
    "writing",
    "writing_folder",
    "writing_together",
]


def file_name(path: PathLike) -> str:
    """`path` as a str the system can use; FileError naming it if it cannot be a file name."""
    name = os.fspath(path)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    try:
        os.fsencode(name)
    except UnicodeEncodeError:
        raise FileError(
            errno.EILSEQ, "the file name holds a character no file name can have", name
        ) from None
    if "\0" in name:
        raise FileError(errno.EINVAL, "the file name holds a NUL character", name)
    return name


@contextlib.contextmanager
def _refusals(path: PathLike) -> Iterator[str]:
    name = file_name(path)
    try:
        yield name
    except FileError:
        raise
    except OSError as error:
        raise FileError(error.errno or errno.EIO, error.strerror or str(error), name) from error


def refuse_irregular(name: str, *, missing_ok: bool = True) -> None:
    """FileError for a `name` that is there but is not a regular file (followed through symbolic
    links): a directory, a FIFO (which would block), a device (which never ends) or a socket."""
    try:
        mode = os.stat(name).st_mode
    except FileNotFoundError:
        if missing_ok:
            return
        raise FileError(errno.ENOENT, "No such file or directory", name) from None
    except OSError as error:
        raise FileError(error.errno or errno.EIO, error.strerror or str(error), name) from error
    if not stat.S_ISREG(mode):
        kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
        code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
        raise FileError(code, f"{kind}: only a regular file is written or read", name)


@contextlib.contextmanager
def writing(path: PathLike) -> Iterator[str]:
    """``with writing(path) as name:`` write the whole file to `name`, a temporary file with the
    target's name in a private folder; when the block ends without an exception, the file
    replaces `path` atomically (``_core.write_file``). The system's refusal is a FileError naming
    `path`; on any failure `path` is left as it was."""
    with writing_together([path]) as (name,):
        yield name


@contextlib.contextmanager
def writing_together(paths: list[PathLike]) -> Iterator[tuple[str, ...]]:
    """As `writing`, for several files that are all written or none: each target is checked
    before any work, and none is replaced unless every one was written in full."""
    targets = [file_name(path) for path in paths]
    for target in targets:
        refuse_irregular(target)
    with tempfile.TemporaryDirectory(prefix="handlingsplan-") as work:
        names = []
        for index, target in enumerate(targets):
            folder = Path(work) / str(index)
            folder.mkdir()
            names.append(str(folder / (os.path.basename(target.rstrip(os.sep)) or "file")))
        try:
            yield tuple(names)
        except FileError:
            raise
        except OSError as error:
            raise _named(error, targets, names) from error
        for target in targets:
            _refuse_unwritable_folder(target)
        contents = []
        for target, name in zip(targets, names, strict=True):
            with _refusals(target):
                contents.append(Path(name).read_bytes())
        for target, data in zip(targets, contents, strict=True):
            _core.write_file(target, data)


def _named(error: OSError, targets: list[str], names: list[str]) -> FileError:
    """The writer's OSError as a FileError naming the target it was writing."""
    target = next(
        (t for t, n in zip(targets, names, strict=True) if error.filename == n), targets[0]
    )
    return FileError(error.errno or errno.EIO, error.strerror or str(error), target)


def _refuse_unwritable_folder(target: str) -> None:
    """FileError where the folder `target` goes in is missing or cannot take a new file, so that
    of several files none is replaced when one of them cannot be."""
    folder = os.path.dirname(os.path.realpath(target)) or "."
    if not os.path.isdir(folder):
        raise FileError(errno.ENOENT, "No such file or directory", target)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileError(errno.EACCES, "Permission denied", target)


def writing_folder(path: PathLike) -> contextlib.AbstractContextManager[str]:
    """``with writing_folder(path) as name:`` write files into the folder `name`; the system's
    refusal is a FileError naming it."""
    return _refusals(path)


def reading(path: PathLike) -> contextlib.AbstractContextManager[str]:
    """``with reading(path) as name:`` read `name`; the system's refusal is a FileError."""
    return _refusals(path)


def read_bytes(path: PathLike, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them, read as the plan loader
    reads: FileError naming it for a missing file, a directory, a FIFO, a device or a larger
    file, before anything is read."""
    return bytes(_core.read_file(file_name(path), limit))
