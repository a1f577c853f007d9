"""A measure across the plan's reports (handlingsplan/history.py, `Plan.history`), and the
sources an edit made through the API carries (`source=`, `note=`)."""

from __future__ import annotations

from datetime import date

import pytest

import handlingsplan as hp

YEAR = 2022


def draft() -> hp.Report:
    return hp.load_default().new_report(YEAR)


def test_an_edit_through_the_api_carries_its_source_and_note() -> None:
    report = draft()
    source = hp.ChangeSource(agency="MSB", file="mejl-2022-02-01.eml", read=date(2022, 2, 1))
    report.update("1.1.9", period="2020–2023", source=source, note="Enligt MSB:s mejl.")
    report.complete("1.1.14", year=2022, note="Beslutat på samordningsmötet.")
    (period, completion) = report.changes
    assert (period.measure, period.part, period.before, period.after) == (
        hp.MeasureId("1.1.9"),
        hp.ChangedPart.period,
        "2020–2021",
        "2020–2023",
    )
    assert period.source == source and period.note == "Enligt MSB:s mejl."
    assert period.text() == "tidsperiod 2020–2021 → 2020–2023"
    assert completion.source is None and completion.after == "genomförd 2022"
    # An edit without either records nothing.
    report.update("1.1.15", period="2020–2024")
    assert len(report.changes) == 2


def test_a_source_names_an_agency_or_a_file() -> None:
    with pytest.raises(hp.InvalidValueError):
        hp.ChangeSource(comment="bara en kommentar")
    with pytest.raises(hp.InvalidValueError):
        hp.ChangeSource(agency="FRA", cell="F7")
    assert hp.ChangeSource(file="redovisning-2021.txt", line=40).text() == (
        "redovisning-2021.txt, rad 40"
    )


def test_history_of_a_measure_through_the_reports() -> None:
    plan = hp.load_default()
    report = plan.new_report(YEAR)
    report.update("1.1.9", period="2020–2023", note="Förlängd enligt MSB.")
    history = plan.history("1.1.9")
    assert [e.year for e in history] == [2021, 2022]
    assert history.entries[0].state == hp.ReportState.final
    frame = history.to_dataframe()
    assert list(frame["year"]) == [2021, 2022]
    assert list(frame["state"]) == ["inlämnad", "utkast"]
    assert frame["changes"].iloc[1] == ["tidsperiod 2020–2021 → 2020–2023"]
    assert frame["sources"].iloc[1] == [
        'tidsperiod 2020–2021 → 2020–2023 (anteckning: "Förlängd enligt MSB.")'
    ]
    html = history._repr_html_()
    assert "Åtgärd 1.1.9" in html and "2020–2021 → 2020–2023" in html
    assert "<script" not in html
    text = history.summary()
    assert text.splitlines()[0].startswith("Åtgärd 1.1.9: ")
    assert "  ändrat: tidsperiod 2020–2021 → 2020–2023" in text
    assert repr(history) == "<MeasureHistory 1.1.9: 2021, 2022>"


def test_history_escapes_what_it_shows() -> None:
    plan = hp.load_default()
    report = plan.new_report(YEAR)
    report.update("1.1.9", description="<b>fet</b>", note="<script>x</script>")
    html = plan.history("1.1.9")._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_history_of_a_reopened_report_says_so() -> None:
    plan = hp.load_default()
    plan.report(2021).reopen("Rättat en sidhänvisning.", on=date(2021, 4, 6))
    frame = plan.history("1.1.9").to_dataframe()
    assert frame["reopenings"].iloc[0] == ["återöppnad 2021-04-06: Rättat en sidhänvisning."]


def test_history_of_an_unknown_measure() -> None:
    with pytest.raises(hp.NotFoundError):
        hp.load_default().history("9.9.9")
