"""Running an outside program (pdftotext, LibreOffice) so that it cannot outlast or outgrow its
call: it runs in a process group of its own, which is ended as a whole when the time is up (a
converter's own children too), and with a bound on its memory where one is given. File names
are passed as absolute paths, so that a file named "-v" is never read as an option."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
from collections.abc import Callable, Mapping, Sequence

__all__ = ["argument_path", "run"]


def argument_path(path: str | os.PathLike[str]) -> str:
    """`path` as a program's argument: absolute, so that it never begins with "-"."""
    return os.path.abspath(os.fspath(path))


def _limits(memory: int | None) -> Callable[[], None] | None:
    if memory is None:
        return None

    def apply() -> None:  # runs in the child, before the program starts
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return apply


def run(
    command: Sequence[str],
    *,
    timeout: float,
    memory: int | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Runs `command` and returns its exit code and output; subprocess.TimeoutExpired after
    `timeout` seconds, its whole process group killed first. `memory` bounds the address space
    of the program (bytes)."""
    with subprocess.Popen(
        list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=None if env is None else dict(env),
        start_new_session=True,
        preexec_fn=_limits(memory),  # noqa: PLW1509 - setrlimit only, no locks taken
    ) as process:
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process.pid)
            process.communicate()
            raise
        except BaseException:
            _kill_group(process.pid)
            raise
    return subprocess.CompletedProcess(list(command), process.returncode, out, err)


def _kill_group(group: int) -> None:
    try:
        os.killpg(group, signal.SIGKILL)
    except ProcessLookupError:
        pass
