"""Agencies over time: MSB is Myndigheten för civilt försvar (MCF) since 1 January 2026. The
successor's names find MSB's entry, a text is read with the names of its date, today's name is
printed only where asked for, and the 2019–2022 documents stay byte for byte as they were."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx

import handlingsplan as hp


def test_mcf_and_its_full_name_resolve_to_msbs_successor() -> None:
    plan = hp.load_default()
    for registry in (plan.agencies, hp.AgencyRegistry.standard()):
        msb = registry.lookup("MSB")
        assert registry.lookup("MCF") == msb
        assert registry.lookup("Myndigheten för civilt försvar") == msb
        assert msb.successor == hp.AgencySuccessor(
            short_name="MCF", name="Myndigheten för civilt försvar", since=date(2026, 1, 1)
        )
    msb = plan.agencies.lookup("MSB")
    assert msb.short_name_on(date(2025, 12, 31)) == "MSB"
    assert msb.short_name_on(date(2026, 1, 1)) == "MCF"
    assert msb.today_name(date(2026, 3, 1)) == "MSB (sedan 2026 Myndigheten för civilt försvar)"
    assert msb.today_name(date(2022, 3, 1)) == "MSB"


def _without_successors(plan: hp.Plan) -> hp.Plan:
    """The plan as it was before its registry knew of successors."""
    document = json.loads(plan.to_json())
    for agency in document["agencies"]:
        agency.pop("successor", None)
    return hp.Plan.from_json(json.dumps(document, ensure_ascii=False))


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_2019_2022_documents_are_unchanged_byte_for_byte(tmp_path: Path) -> None:
    now = hp.load_default()
    before = _without_successors(now)
    assert before != now  # the successor is in the plan file ...
    for year in now.years:
        old, new = before.report(year).appendix(), now.report(year).appendix()
        # ... and in no document of the plan's reports.
        assert new.to_html() == old.to_html()
        assert new.to_markdown() == old.to_markdown()
        old.to_csv(tmp_path / "old.csv")
        new.to_csv(tmp_path / "new.csv")
        assert (tmp_path / "new.csv").read_bytes() == (tmp_path / "old.csv").read_bytes()
        old.to_docx(tmp_path / "old.docx")
        new.to_docx(tmp_path / "new.docx")
        assert _docx_text(tmp_path / "new.docx") == _docx_text(tmp_path / "old.docx")
    assert "MCF" not in now.report(2021).appendix().to_html()


def test_a_plan_file_of_version_2_loads_unchanged() -> None:
    now = hp.load_default()
    document = json.loads(now.to_json())
    document["schema_version"] = 2
    for report in document["reports"]:
        report.pop("chapters", None)  # version 4
    for agency in document["agencies"]:
        agency.pop("successor", None)
    for activity in document.get("activities", []):
        for event in activity["events"]:
            event.pop("stage", None)
            event.pop("form", None)
    old = hp.Plan.from_json(json.dumps(document, ensure_ascii=False))
    assert old.years == now.years
    assert all(
        o.to_dataframe().equals(n.to_dataframe())
        for o, n in zip(old.reports, now.reports, strict=True)
    )
    assert len(old.activities) == len(now.activities)
    assert old.agencies.lookup("MSB").successor is None
