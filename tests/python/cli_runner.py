"""The command line in the test process, for the CLI tests: main(argv) and what it printed."""

from __future__ import annotations

from typing import Any

from handlingsplan.cli import main


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    """main(argv) -> (exit code, stdout, stderr); argparse's SystemExit gives its code."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err
