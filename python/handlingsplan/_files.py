"""File names and the file system's refusals, for what the Python side writes and reads itself
(the appendix's Word, HTML, Markdown, CSV and Excel files, a Word template).

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
from collections.abc import Iterator
from typing import Union

from .errors import FileError

#: What the writers take as a file name.
PathLike = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]

__all__ = ["PathLike", "file_name", "writing", "reading"]


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


def writing(path: PathLike) -> contextlib.AbstractContextManager[str]:
    """``with writing(path) as name:`` write to `name`; the system's refusal is a FileError."""
    return _refusals(path)


def reading(path: PathLike) -> contextlib.AbstractContextManager[str]:
    """``with reading(path) as name:`` read `name`; the system's refusal is a FileError."""
    return _refusals(path)
