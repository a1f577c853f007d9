"""The type stubs: the compiled module's stub matches the module itself, and the package
type-checks under mypy --strict against it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytest.importorskip("mypy")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_stub_matches_the_compiled_module() -> None:
    result = run(
        "mypy.stubtest",
        "handlingsplan._core",
        "--mypy-config-file",
        "pyproject.toml",
        "--allowlist",
        "scripts/stubs/stubtest-allowlist.txt",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_type_checks_strictly() -> None:
    result = run("mypy")  # settings in pyproject.toml: strict, python/handlingsplan
    assert result.returncode == 0, result.stdout + result.stderr


def test_stub_and_marker_are_installed() -> None:
    import handlingsplan

    package = Path(handlingsplan.__file__).parent
    assert (package / "_core.pyi").is_file()
    assert (package / "py.typed").is_file()
