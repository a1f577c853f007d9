"""Agencies over time: MSB is Myndigheten för civilt försvar (MCF) since 1 January 2026, and the
national cyber security centre (NCSC) is a unit at FRA. The successor's and the unit's names
find their agency's entry, a page is read with the names of its date (and keeps the name it
printed), today's name is printed only where the user gives a day, and the 2019–2022 documents
stay byte for byte as they were."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import docx
import pytest

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
    """The plan as it was before its registry knew of successors and units."""
    document = json.loads(plan.to_json())
    for agency in document["agencies"]:
        agency.pop("successor", None)
        agency.pop("units", None)
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


def test_the_2021_report_prints_the_agencies_of_its_file_and_no_later_name(tmp_path: Path) -> None:
    now = hp.load_default()
    before = _without_successors(now)
    # The whole report's HTML (the Åtgärder chapter and Bilaga 1) as before the registry knew
    # of successors and units.
    assert now.report(2021).to_html() == before.report(2021).to_html()
    # A reader of this test's own: Bilaga 1's CSV (csv module) against the plan file (json
    # module): every row's "Ansvarig myndighet" is the phrase the file gives for the measure.
    document = json.loads(hp.default_plan_path().read_text(encoding="utf-8"))
    (report,) = [r for r in document["reports"] if r["year"] == 2021]
    printed = {
        m["id"]: m.get("appendix", {}).get("agencies", m["agencies"]["text"])
        for m in report["measures"]
    }
    now.report(2021).appendix().to_csv(tmp_path / "bilaga.csv")
    with (tmp_path / "bilaga.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == len(printed)
    for row in rows:
        assert row["Ansvarig myndighet"] == printed[row["id"]], row["id"]
    for text in (now.report(2021).to_html(), (tmp_path / "bilaga.csv").read_text("utf-8")):
        for later in ("MCF", "Myndigheten för civilt försvar", "NCSC", "sedan 2026"):
            assert later not in text


def test_a_plan_file_of_version_2_loads_unchanged() -> None:
    now = hp.load_default()
    document = json.loads(now.to_json())
    document["schema_version"] = 2
    for report in document["reports"]:
        report.pop("chapters", None)  # version 4
        report.pop("changes", None)  # version 4
    for agency in document["agencies"]:
        agency.pop("successor", None)
        agency.pop("units", None)
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


PAGES = Path(__file__).resolve().parents[1] / "peers" / "regeringsuppdrag" / "pages"


def _page(prefix: str) -> Path:
    return next(PAGES.glob(prefix + "*.md"))


def test_the_ncsc_is_a_unit_at_fra_never_an_agency_of_its_own() -> None:
    for registry in (hp.load_default().agencies, hp.AgencyRegistry.standard()):
        fra = registry.find("FRA")
        assert fra.units == [
            hp.AgencyUnit(
                short_name="NCSC",
                name="Nationellt cybersäkerhetscenter",
                aliases=["Nationella cybersäkerhetscentret"],
            )
        ]
        assert registry.find("NCSC") is None and "NCSC" not in registry
        for text in (
            "NCSC vid FRA",
            "FRA genom NCSC",
            "FRA genom det nationella cybersäkerhetscentret",
            "Nationellt cybersäkerhetscenter",
        ):
            assert registry.lookup(text) == fra, text
            assert registry.lookup_with_unit(text) == (fra, fra.units[0]), text
        assert registry.lookup_with_unit("FRA") == (fra, None)
        assert registry.lookup_with_unit("NCSC vid MSB") is None
    # In an agency phrase: FRA, never "not one of them".
    for phrase in ("NCSC vid FRA", "FRA genom det nationella cybersäkerhetscentret"):
        agencies = hp.Agencies.parse(phrase)
        assert agencies.roles == [hp.AgencyRole("FRA", hp.Role.responsible)]
        assert agencies.text == phrase
    with pytest.raises(hp.ParseError, match="not one of them"):
        hp.Agencies.parse("NCSC vid FRA och Cybercentret")


def test_a_page_of_2026_is_read_with_the_names_of_its_date() -> None:
    page = _page("2026-01-uppdrag-till-livsmedelsverket-tillvaxtverket-och-myndigheten-for-civilt")
    text = page.read_text(encoding="utf-8")
    assert "Myndigheten för civilt försvar (MCF)" in text and "MSB" not in text
    activity = hp.read_assignment(page)
    given = activity.agencies[-1]
    # Recorded as MSB's entry (its successor since 2026), the page's own name kept beside.
    assert (given.name, given.printed) == ("MSB", "Myndigheten för civilt försvar (MCF)")
    plan = hp.load_default()
    msb = plan.agencies.find("MSB")
    assert activity.names_agency(msb)
    plan.add_activity(activity)
    for name in ("MCF", "Myndigheten för civilt försvar", "MSB"):
        assert activity in hp._core.select_activities(
            plan.activities, agency=name, registry=plan.agencies
        )
    # Saved and loaded again, the page's name is still there.
    again = hp.Plan.from_json(plan.to_json())
    assert again.activities[-1].agencies[-1] == given
    # The activities' view names it as the page did, with or without a day: it is today's name.
    for on in (None, date(2026, 3, 1)):
        html = plan.activities_view(on=on)._repr_html_()
        assert "Myndigheten för civilt försvar (MCF) – uppdragstagare" in html
        assert "sedan 2026" not in html


def test_a_page_of_2024_shows_todays_name_only_when_the_user_gives_a_day() -> None:
    activity = hp.read_assignment(_page("2024-10-uppdrag-till-msb-att-utveckla-metodstod"))
    given = activity.agencies[0]
    assert (given.name, given.printed) == (
        "MSB",
        "Myndigheten för samhällsskydd och beredskap (MSB)",
    )
    plan = hp.load_default()
    before_any_page = plan.activities_view(on=date(2026, 3, 1))._repr_html_()
    plan.add_activity(activity)
    as_printed = "Myndigheten för samhällsskydd och beredskap (MSB) – uppdragstagare"
    today = "MSB (sedan 2026 Myndigheten för civilt försvar) – uppdragstagare"
    shown = {
        None: plan.activities_view()._repr_html_(),
        date(2025, 12, 31): plan.activities_view(on=date(2025, 12, 31))._repr_html_(),
        date(2026, 3, 1): plan.activities_view(on=date(2026, 3, 1))._repr_html_(),
    }
    assert as_printed in shown[None] and today not in shown[None]
    assert as_printed in shown[date(2025, 12, 31)] and today not in shown[date(2025, 12, 31)]
    assert today in shown[date(2026, 3, 1)] and as_printed not in shown[date(2026, 3, 1)]
    # The overview's activities alone show no agencies column, as before.
    assert "<th>Myndigheter</th>" not in before_any_page
    assert "<th>Myndigheter</th>" in shown[None]
    assert (
        hp.assigned_agency_name(given, plan.agencies, date(2026, 3, 1))
        == "MSB (sedan 2026 Myndigheten för civilt försvar)"
    )
