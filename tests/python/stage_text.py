"""The 2021 report's text as the importer's stages take it (tests of readers/ stage modules)."""

from __future__ import annotations

from pathlib import Path

from handlingsplan.readers.report_text import ReportText

SEED = Path(__file__).resolve().parents[2] / "data" / "sources" / "redovisning-2021.txt"


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def seed_source(text: str | None = None) -> ReportText:
    """The seed (or `text`) after its front end, imported into no plan."""
    return ReportText.read(text or SEED.read_text(encoding="utf-8"), "r.txt", None, False)
