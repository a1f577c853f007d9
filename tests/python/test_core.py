"""The compiled module handlingsplan._core on its own: value types, invariants, errors."""

from __future__ import annotations

import datetime
import pickle

import pytest

from handlingsplan import _core


def test_version_is_the_projects() -> None:
    import handlingsplan

    assert _core.__version__ == handlingsplan.__version__
    assert _core.__version__.count(".") == 2


class TestMeasureId:
    def test_parses_printed_forms(self) -> None:
        for text in ("1.1.5", "1.1.5.", " 1.1.5 "):
            mid = _core.MeasureId(text)
            assert (mid.priority, mid.number) == (1, 5)
            assert str(mid.objective) == "1.1"
            assert str(mid) == "1.1.5"

    @pytest.mark.parametrize("text", ["1..2", "a.b.c", "1.1", "", "1.1.1.1", "01.1.1", "1.1.0"])
    def test_rejects_malformed(self, text: str) -> None:
        with pytest.raises(_core.ParseError) as raised:
            _core.MeasureId(text)
        assert raised.value.input == text
        assert isinstance(raised.value, ValueError)

    def test_numeric_order_equality_and_hash(self) -> None:
        ids = [_core.MeasureId(t) for t in ("1.1.10", "1.2.1", "1.1.9", "1.1.2")]
        assert [str(i) for i in sorted(ids)] == ["1.1.2", "1.1.9", "1.1.10", "1.2.1"]
        assert _core.MeasureId("1.1.5") == "1.1.5"
        assert _core.MeasureId("1.1.5") != "1.1.6"
        assert _core.MeasureId("1.1.5") != "nonsens"
        assert len({_core.MeasureId("1.1.5"), _core.MeasureId("1.1.5.")}) == 1
        assert repr(_core.MeasureId(1, 1, 5)) == "MeasureId('1.1.5')"
        assert pickle.loads(pickle.dumps(_core.MeasureId("6.2.2"))) == "6.2.2"

    def test_parts_out_of_range_are_invalid_values(self) -> None:
        with pytest.raises(_core.InvalidValueError):
            _core.MeasureId(0, 1, 1)


class TestPeriod:
    @pytest.mark.parametrize(
        ("text", "start", "end", "open_ended", "printed"),
        [
            ("2019–2022", 2019, 2022, False, "2019–2022"),
            ("2020 – 2022", 2020, 2022, False, "2020–2022"),
            ("2019-2022", 2019, 2022, False, "2019–2022"),
            ("2021", 2021, 2021, False, "2021"),
            ("2019 och tills vidare", 2019, None, True, "2019 och tills vidare"),
        ],
    )
    def test_published_forms(
        self, text: str, start: int, end: int | None, open_ended: bool, printed: str
    ) -> None:
        period = _core.Period.parse(text)
        assert (period.start_year, period.end_year, period.open_ended) == (start, end, open_ended)
        assert str(period) == printed
        assert _core.Period(text) == period

    def test_dates_cross_as_datetime_date(self) -> None:
        period = _core.Period(2019, 2021)
        assert period.start_date == datetime.date(2019, 1, 1)
        assert period.end_date == datetime.date(2021, 12, 31)
        assert _core.Period.open_ended_from(2019).end_date is None
        assert period.contains(datetime.date(2021, 6, 1))
        assert not period.contains(datetime.date(2022, 1, 1))
        assert 2020 in period and 2022 not in period

    def test_overlaps(self) -> None:
        assert _core.Period(2019, 2021).overlaps(_core.Period(2021, 2023))
        assert not _core.Period(2019, 2020).overlaps(_core.Period(2021, 2023))
        assert _core.Period.open_ended_from(2019).overlaps(_core.Period.single_year(2040))

    def test_errors(self) -> None:
        with pytest.raises(_core.InvalidValueError, match="before it starts"):
            _core.Period.parse("2022–2019")
        with pytest.raises(_core.ParseError):
            _core.Period.parse("snart")
        with pytest.raises(_core.InvalidValueError):
            _core.Period(2019, 99999)
        with pytest.raises(_core.InvalidValueError):
            _core.Period(2019, 2021).contains(datetime.date(1000, 1, 1))


class TestAgencies:
    def test_roles_from_a_phrase(self) -> None:
        agencies = _core.Agencies.parse("Försvarsmakten i samverkan med FMV, MSB och FRA")
        assert agencies.responsible == ["Försvarsmakten"]
        assert agencies.all == ["Försvarsmakten", "FMV", "MSB", "FRA"]
        assert agencies.role_of("MSB") == _core.Role.in_cooperation
        assert _core.role_text(agencies.role_of("MSB")) == "i samverkan med"
        assert agencies.text == "Försvarsmakten i samverkan med FMV, MSB och FRA"

    def test_unknown_agency_is_named(self) -> None:
        with pytest.raises(_core.ParseError, match="Skatteverket"):
            _core.Agencies.parse("MSB i samverkan med Skatteverket")

    def test_custom_registry(self) -> None:
        registry = _core.AgencyRegistry([_core.Agency(short_name="SKV", name="Skatteverket")])
        assert _core.Agencies.parse("Skatteverket", registry).responsible == ["SKV"]
        assert "SKV" in registry and len(registry) == 1
        with pytest.raises(_core.NotFoundError):
            registry["MSB"]

    def test_standard_registry(self) -> None:
        registry = _core.AgencyRegistry.standard()
        assert sum(a.samfi for a in registry) == 7
        assert registry.find("Försvarets radioanstalt").short_name == "FRA"
        assert registry.find("Skatteverket") is None


class TestStatusAndMeasure:
    def test_status_reprs_and_texts(self) -> None:
        updated = _core.Status.updated(schedule=True, content=True)
        assert updated.appendix_text == "Uppdaterad, tidplan och innehåll"
        assert repr(updated) == "Status.updated(schedule=True, content=True)"
        assert _core.Status.completed(2020).year == 2020
        assert _core.Status.withdrawn(2019, "skäl").reason == "skäl"
        assert _core.Status.parse_appendix_text("Ny åtgärd") == _core.Status.added()
        with pytest.raises(_core.InvalidValueError):
            _core.Status.updated()

    def test_measure_keywords_and_conversions(self) -> None:
        measure = _core.Measure(
            id="1.1.19",
            title="Ny konferens",
            agencies="MSB i samverkan med FRA",
            period="2021–2022",
            status=_core.Status.added(),
        )
        assert measure.id == "1.1.19"
        assert measure.period == _core.Period(2021, 2022)
        assert measure.agencies.all == ["MSB", "FRA"]
        assert measure.title_in_appendix == "Ny konferens"
        assert measure.appendix_title is None  # Bilaga 1 words it as the chapter does
        assert measure.chapter_marking is None
        changed = measure.replace(period="2021–2023")
        assert str(changed.period) == "2021–2023" and changed.title == measure.title
        assert measure != changed
        with pytest.raises(TypeError):
            measure.replace(colour="blå")

    def test_measure_invariants(self) -> None:
        with pytest.raises(_core.InvalidValueError):
            _core.Measure(id="1.1.1", title=" ", agencies="MSB")
        with pytest.raises(_core.ParseError):
            _core.Measure(id="1.1.1", title="T", agencies="MSB", chapter_marking="Ändrad")
        with pytest.raises(_core.ParseError):
            _core.Measure(id="1.1", title="T", agencies="MSB")


def test_report_due_date_and_queries() -> None:
    measures = [
        _core.Measure(id="2.1.1", title="B", agencies="PTS", period="2019–2022"),
        _core.Measure(id="1.1.10", title="A", agencies="FRA med stöd av MSB", period="2021"),
    ]
    report = _core.Report(2022, _core.Report.due_date(2022), measures)
    assert report.submitted == datetime.date(2022, 3, 1)
    assert [str(m.id) for m in report.measures()] == ["1.1.10", "2.1.1"]
    assert [str(m.id) for m in report.select(agency="MSB")] == ["1.1.10"]
    assert [str(m.id) for m in report.select(active_in=2022)] == ["2.1.1"]
    assert "1.1.10" in report and "9.9.9" not in report
    with pytest.raises(_core.NotFoundError):
        report["9.9.9"]
    with pytest.raises(_core.InvalidValueError, match="twice"):
        _core.Report(2022, _core.Report.due_date(2022), measures + measures[:1])
