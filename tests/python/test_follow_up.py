"""The Uppföljning chapter of a report in the model: the shipped 2021 report's follow-up checked
against the report's text with the tests' own reading, and the type's rules from Python."""

from __future__ import annotations

import re

import pytest

import handlingsplan as hp
import seed_2021


def seed_follow_up() -> dict[str, str]:
    """The chapter's parts as printed, by a reading of its own: the text between the heading
    "Uppföljning" and the chapter "Åtgärder", cut at the priority headings and the note."""
    lines = seed_2021.seed_path().read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == "Uppföljning")
    end = next(i for i in range(start, len(lines)) if lines[i].strip() == "Åtgärder")
    parts: dict[str, list[str]] = {"introduction": []}
    current = "introduction"
    for line in lines[start + 1 : end]:
        text = line.strip()
        if m := re.match(r"Strategisk prioritering (\d)\.", text):
            current = m.group(1)
            parts[current] = [text]
            continue
        if text.startswith("Om covid-19"):
            current = "covid"
            parts[current] = [text]
            continue
        parts[current].append(text)
    return {k: seed_2021.loose_key(" ".join(v)) for k, v in parts.items()}


@pytest.fixture(scope="module")
def follow_up() -> hp.FollowUp:
    return hp.load_default().report(2021).follow_up


def test_the_2021_report_has_its_follow_up(follow_up: hp.FollowUp) -> None:
    assert follow_up
    assert sorted(follow_up.results) == [1, 2, 3, 4, 5, 6]
    assert [n.title for n in follow_up.notes] == [
        "Om covid-19-pandemins påverkan på handlingsplanens åtgärder"
    ]


def test_every_part_is_the_printed_text(follow_up: hp.FollowUp) -> None:
    printed = seed_follow_up()
    plan = hp.load_default()
    assert seed_2021.loose_key(follow_up.introduction) == printed["introduction"]
    note = follow_up.notes[0]
    assert seed_2021.loose_key(note.title + note.text) == printed["covid"]
    for number, text in follow_up.results.items():
        heading = f"Strategisk prioritering {number}. {plan.priority(number).title}"
        assert seed_2021.loose_key(heading + text) == printed[str(number)], number
        assert "\n\n" in text or len(text) < 600  # paragraphs kept apart


def test_a_report_without_the_chapter_has_an_empty_follow_up() -> None:
    plan = hp.load_default()
    report = plan.new_report(2022)
    assert not report.follow_up
    assert report.follow_up == hp.FollowUp()
    assert report.follow_up.results_for(1) is None


def test_the_follow_up_refuses_empty_texts() -> None:
    with pytest.raises(hp.InvalidValueError):
        hp.FollowUp(results={1: " "})
    with pytest.raises(hp.InvalidValueError):
        hp.FollowUp(notes=[hp.FollowUpNote("", "text")])
    follow_up = hp.FollowUp(introduction="Inledning.", results={2: "Resultat."})
    assert follow_up.results_for(2) == "Resultat."
    assert follow_up.results_for(1) is None
