"""A report's prose chapters through the API (Report.chapters, set_chapter, keep_chapter,
remove_chapter): a draft starts with last year's chapters marked as carried over; an edit makes a
chapter the report's own; the plan file keeps them (schema_version 4) and older files load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan import _core

PROSE = [
    "Sammanfattning",
    "Introduktion",
    "Myndigheternas arbete med handlingsplanen",
    "Extern samverkan",
    "Slutord",
]


def test_the_core_declares_the_chapters_and_their_order() -> None:
    assert _core.prose_chapter_headings() == PROSE
    order = _core.chapter_order()
    assert order.index("Uppföljning") == order.index("Extern samverkan") + 1
    assert order.index("Åtgärder") == order.index("Slutord") - 1


def test_a_draft_starts_with_last_years_chapters_marked() -> None:
    plan = hp.load_default()
    before = plan.report(2021).chapters
    draft = plan.new_report(2022)
    assert [c.heading for c in draft.chapters] == PROSE
    for old, new in zip(before, draft.chapters, strict=True):
        assert new.blocks == old.blocks
        assert new.carried_over_from == 2021
        assert old.carried_over_from is None
    assert not draft.follow_up  # the Uppföljning chapter is each year's own


def test_an_edit_clears_the_mark() -> None:
    plan = hp.load_default()
    draft = plan.new_report(2022)
    chapter = draft.set_chapter("Slutord", ["Första stycket.", "Andra stycket."])
    assert chapter.carried_over_from is None
    assert chapter.paragraphs() == ["Första stycket.", "Andra stycket."]
    assert draft.prose_chapter("Slutord") == chapter
    assert draft.prose_chapter("Sammanfattning").carried_over_from == 2021
    kept = draft.keep_chapter("Sammanfattning")
    assert kept.carried_over_from is None
    assert kept.blocks == plan.report(2021).prose_chapter("Sammanfattning").blocks
    blocks = [_core.ChapterBlock.heading("Nationell strategi"), _core.ChapterBlock.bullets(["a"])]
    assert draft.set_chapter("Introduktion", blocks=blocks).blocks == blocks
    # Still in the published order.
    assert [c.heading for c in draft.chapters] == PROSE


def test_editing_refuses_what_is_not_a_chapter() -> None:
    plan = hp.load_default()
    draft = plan.new_report(2022)
    with pytest.raises(hp.errors.Error, match='did you mean "Slutord"'):
        draft.set_chapter("Slutrod", ["Text."])
    with pytest.raises(TypeError):
        draft.set_chapter("Slutord")
    with pytest.raises(hp.errors.Error):
        draft.set_chapter("Slutord", [" "])
    with pytest.raises(hp.errors.RuleViolationError):
        plan.report(2021).set_chapter("Slutord", ["Text."])
    draft.remove_chapter("Slutord")
    assert draft.prose_chapter("Slutord") is None
    with pytest.raises(hp.errors.NotFoundError):
        draft.remove_chapter("Slutord")
    with pytest.raises(hp.errors.NotFoundError):
        draft.keep_chapter("Slutord")


def test_save_and_load_keep_the_chapters_and_their_marks(tmp_path: Path) -> None:
    plan = hp.load_default()
    draft = plan.new_report(2022)
    draft.set_chapter("Slutord", ["Arbetet med 2022 års redovisning."])
    path = tmp_path / "plan.json"
    plan.save(path)
    again = hp.Plan.load(path)
    assert again == plan
    assert again.report(2022).prose_chapter("Introduktion").carried_over_from == 2021
    assert again.report(2022).prose_chapter("Slutord").carried_over_from is None
    # Saved in the current version (chapters came with version 4).
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == hp._core.SCHEMA_VERSION
    assert hp._core.SCHEMA_VERSION >= 4


def test_a_version_3_file_loads_unchanged() -> None:
    plan = hp.load_default()
    document = json.loads(plan.to_json())
    for report in document["reports"]:
        report.pop("chapters", None)
        report.pop("changes", None)  # version 4 too: the import's sources
    document["schema_version"] = 3
    old = hp.Plan.from_json(json.dumps(document, ensure_ascii=False))
    assert old.report(2021).chapters == []
    assert old.report(2021).measures() == plan.report(2021).measures()
    assert old.report(2021).follow_up == plan.report(2021).follow_up
    # What version 3 did not know is refused in a version-3 file, with its place.
    document["reports"][0]["chapters"] = json.loads(plan.to_json())["reports"][0]["chapters"]
    with pytest.raises(hp.errors.DataError, match="chapters"):
        hp.Plan.from_json(json.dumps(document, ensure_ascii=False))
