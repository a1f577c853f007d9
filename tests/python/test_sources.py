"""The source texts the shipped data comes from are in the repository, unchanged.

Every check of the shipped data reads its source from ``data/sources``; a missing or altered
source fails here (and in those tests) rather than being skipped."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"


def provenance() -> dict[str, str]:
    """file name -> sha256, as the provenance note lists them."""
    text = (SOURCES / "README.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^\| `([^`]+\.txt)` \|.*\| `([0-9a-f]{64})` \|$", text, re.M))


def test_the_provenance_note_lists_every_source_file() -> None:
    listed = provenance()
    assert len(listed) >= 3
    assert set(listed) == {p.name for p in SOURCES.glob("*.txt")}


@pytest.mark.parametrize("name", sorted(provenance()))
def test_each_source_is_byte_for_byte_the_one_received(name: str) -> None:
    digest = hashlib.sha256((SOURCES / name).read_bytes()).hexdigest()
    assert digest == provenance()[name]
