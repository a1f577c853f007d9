"""The pages of a report's PDF as pdftotext reads them, for the tests: where each active
measure's title stands in the Åtgärder chapter, and the Sida Bilaga 1 prints for it. Written
apart from the library (its own reading of pdftotext's text), so that the library's pages are
checked against something it did not compute."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import handlingsplan as hp

__all__ = ["chapter_pages", "page_texts", "printed_pages"]

BILAGA_TITLE = "Bilaga 1: Förteckning över åtgärder"
ENDED_SECTION = "Genomförda åtgärder"


def page_texts(pdf: Path, *options: str) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return done.stdout.decode("utf-8").split("\f")


def bilaga_start(texts: list[str]) -> int:
    """The index of the page on which Bilaga 1 begins."""

    def first_lines(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip()][:3]

    return next(i for i, text in enumerate(texts) if BILAGA_TITLE in first_lines(text))


def printed_pages(pdf: Path) -> dict[str, int]:
    """Each active measure's Sida as Bilaga 1's "Aktuella åtgärder" prints it: the last figure
    of the first line of its row in the layout text."""
    texts = page_texts(pdf, "-layout")
    row = re.compile(r"^\s*(\d+\.\d+\.\d+)\.\s.*\s(\d+)\s*$")
    found: dict[str, int] = {}
    for text in texts[bilaga_start(texts) :]:
        for line in text.splitlines():
            if line.strip() == ENDED_SECTION:
                return found
            if match := row.match(line):
                found[match.group(1)] = int(match.group(2))
    return found


def chapter_pages(pdf: Path, report: hp.Report) -> dict[str, int]:
    """The page (from 1) on which each active measure's title stands in the chapter: the page
    of its number ("1.1.5." on a line of its own, below the measure), or the nearest page
    before it that has the title's first words, where the measure runs over a page."""
    texts = page_texts(pdf)
    end = bilaga_start(texts)
    flat = [" ".join(text.split()) for text in texts[:end]]
    found = {}
    for measure in report.measures():
        if not measure.status.is_active:
            continue
        number = re.compile(rf"^{re.escape(str(measure.id))}\.$", re.M)
        at = next(i for i, text in enumerate(texts[:end]) if number.search(text))
        start = " ".join(measure.title.split()[:3])
        found[str(measure.id)] = 1 + next(i for i in range(at, -1, -1) if start in flat[i])
    return found
