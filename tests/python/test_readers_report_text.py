"""readers/report_text.py: the text after its front end (its form told, page furniture dropped),
the refusal every stage raises, and the look-ups the stages share."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.readers._layout import Line
from handlingsplan.readers.pdftotext import LAYOUT, PLAIN, TEXT
from handlingsplan.readers.report_text import (
    AGENCY_MARKERS,
    PERIOD_MARKERS,
    ReportText,
    Stage,
    _Refused,
    after_marker,
    data_error,
    ends_block,
    fail,
    find_line,
    heading_key,
    is_table_header,
    known_texts,
    line_no,
    measure_id_at,
    split_list,
    starts_with_agency,
    swedish_of,
    swedish_what,
)

SEED = Path(__file__).resolve().parents[2] / "data" / "sources" / "redovisning-2021.txt"


def test_the_seed_is_the_text_form_read_against_the_standard_registry() -> None:
    text = SEED.read_text(encoding="utf-8")
    src = ReportText.read(text, "r.txt", None, from_pdf=False)
    assert src.form == TEXT
    assert [line.no for line in src.lines] == sorted(line.no for line in src.lines)
    assert "MSB" in [a.short_name for a in src.registry]
    assert src.closed_titles == {}
    # Given titles are kept as given.
    titles = {"1.1.2": "Utbilda bevakningsansvariga myndigheter"}
    assert ReportText.read(text, "r.txt", None, False, titles).closed_titles == titles


def test_find_line_names_the_lines_it_looked_between() -> None:
    src = ReportText.read(SEED.read_text(encoding="utf-8"), "r.txt", None, False)
    assert src.lines[find_line(src.lines, r"^Sammanfattning$") - 1].text == "Sammanfattning"
    with pytest.raises(_Refused, match="expected 'Nowhere' between lines 1 and 10"):
        find_line(src.lines, r"^Nowhere$", 1, 11, "Nowhere")


def test_the_shared_lookups() -> None:
    src = ReportText.read(SEED.read_text(encoding="utf-8"), "r.txt", None, False)
    stage = Stage(src)
    assert stage.has(r"^Sammanfattning$") and not stage.has(r"^Inget sådant$")
    assert stage.parses_as_agencies("MSB och FRA") and not stage.parses_as_agencies("Utbilda")
    assert stage.known_paragraphs(hp.MeasureId("1.1.1")) is None  # no plan imported into
    assert measure_id_at("1.1.2. Utbilda") is not None
    assert measure_id_at("1.1 Utbilda") is None
    assert heading_key("it- och cyber säkerhet") == "itochcybersäkerhet"
    assert split_list("A, B, C och D") == ["A", "B", "C", "D"]


def test_a_refusal_becomes_a_source_error_with_its_line() -> None:
    error = data_error("r.txt", 12, "something is missing", "något saknas")
    assert isinstance(error, hp.SourceError)
    assert (error.source, error.where, error.line) == ("r.txt", "line 12", 12)
    assert (error.problem, error.swedish_problem) == ("something is missing", "något saknas")
    assert str(error) == "r.txt: line 12: something is missing"
    assert data_error("r.txt", None, "x", "y").where == "the whole text"


# Small texts and values built here.


def numbered(*texts: str, first: int = 1) -> list[Line]:
    """Lines numbered from `first` (as after page furniture was left out)."""
    return [Line(first + k, t, t) for k, t in enumerate(texts)]


def test_fail_carries_the_line_and_both_languages() -> None:
    error = fail(7, "bad", "dåligt")
    assert isinstance(error, _Refused)
    assert (error.line, error.message, error.swedish, str(error)) == (7, "bad", "dåligt", "bad")


def test_swedish_of_prefers_the_swedish_problem_then_the_parse_problem() -> None:
    error = hp.SourceError("english")
    error.swedish_problem = "svenska"
    assert swedish_of(error) == "svenska"
    error.swedish_problem = ""
    assert swedish_of(error) == "english"
    assert swedish_of(ValueError("plain")) == "plain"
    with pytest.raises(hp.Error) as caught:
        hp.Period.parse("nonsens")
    own = swedish_of(caught.value)
    assert own and own != "nonsens"
    assert own == (getattr(caught.value, "swedish_problem", None) or own)


def test_swedish_what_names_what_was_looked_for() -> None:
    assert swedish_what("the Åtgärder chapter") == "kapitlet Åtgärder"
    assert swedish_what("the overview of priorities and objectives") == (
        "översikten över prioriteringar och mål"
    )
    assert swedish_what("Bilaga 1's section Genomförda") == "avsnittet Genomförda"
    assert swedish_what("the heading Slutord") == "rubriken Slutord"
    assert swedish_what("the first table of Bilaga 1") == "den första tabellen i Bilaga 1"
    assert swedish_what("something else") == "something else"
    assert swedish_what("") == ""


def test_line_no_is_the_source_line_at_a_position_kept_within_the_lines() -> None:
    lines = numbered("a", "b", "c", first=10)
    assert [line_no(lines, p) for p in (1, 2, 3)] == [10, 11, 12]
    assert line_no(lines, 0) == 10 and line_no(lines, -3) == 10
    assert line_no(lines, 4) == 12 and line_no(lines, 99) == 12
    assert line_no([], 5) == 5


def test_find_line_searches_from_start_before_end() -> None:
    lines = numbered("x", "mål", "y", "mål", "z", first=20)
    assert find_line(lines, "^mål$") == 2
    assert find_line(lines, "^mål$", 3) == 4
    assert find_line(lines, "^mål$", 0) == 2 and find_line(lines, "^mål$", -5) == 2
    assert find_line(lines, "^z$", 1, 99) == 5
    assert find_line(lines, "ål") == 2  # a search, not a match at the start
    error = refused(lambda: find_line(lines, "^mål$", 1, 2))
    assert (error.line, error.message, error.swedish) == (
        20,
        "expected '^mål$' between lines 20 and 20",
        "'^mål$' väntades mellan rad 20 och 20",
    )
    error = refused(lambda: find_line(lines, "^q$", 3, None, "the Åtgärder chapter"))
    assert (error.line, error.message, error.swedish) == (
        22,
        "expected 'the Åtgärder chapter' between lines 22 and 24",
        "'kapitlet Åtgärder' väntades mellan rad 22 och 24",
    )
    error = refused(lambda: find_line(lines, "^mål$", 5, 5))
    assert error.message == "expected '^mål$' between lines 24 and 23"


def refused(call: object) -> _Refused:
    with pytest.raises(_Refused) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_measure_id_at_reads_a_number_at_the_start() -> None:
    assert measure_id_at("1.1.2. Utbilda aktörer") == (
        hp.MeasureId("1.1.2"),
        "Utbilda aktörer",
        True,
    )
    assert measure_id_at("2.3.10 Text") == (hp.MeasureId("2.3.10"), "Text", False)
    assert measure_id_at("1.1.2.") == (hp.MeasureId("1.1.2"), "", True)
    for text in ("", "x1.1.2", "1.1 Text", "1.1.x Text", "Åtgärd 1.1.2"):
        assert measure_id_at(text) is None, text


def test_a_block_ends_at_its_period_or_its_marked_agencies() -> None:
    def body(*texts: str) -> list[Line]:
        return [*numbered(*texts), Line(9, "", "")]

    assert not ends_block([], True) and not ends_block([], False)
    assert not ends_block([Line(1, "", "")], False)
    assert ends_block(body("Text", "clock 2019"), True)
    assert ends_block(body("Text", "Period: 2019–2022"), True)
    assert ends_block(body("Text", "Building MSB"), True)
    assert ends_block(body("Text", "Ansvarig myndighet: MSB"), True)
    assert not ends_block(body("clock 2019", "Text"), True)
    assert not ends_block(body("Text", "2019–2022"), True)
    assert ends_block(body("Text", "2019–2022"), False)
    assert ends_block(body("Text", "2019 och tills vidare"), False) == _parses(
        "2019 och tills vidare"
    )
    assert not ends_block(body("2019", "Text"), False)
    assert not ends_block(body("Building MSB"), False)


def _parses(text: str) -> bool:
    try:
        hp.Period.parse(text)
    except hp.Error:
        return False
    return True


def test_after_marker_is_the_text_after_a_marker_and_a_space() -> None:
    assert after_marker("Building MSB och FRA", AGENCY_MARKERS) == "MSB och FRA"
    assert after_marker("Ansvarig myndighet: MSB", AGENCY_MARKERS) == "MSB"
    assert after_marker("Period: 2021", PERIOD_MARKERS) == "2021"
    assert after_marker("clock 2021", PERIOD_MARKERS) == "2021"
    for text in ("BuildingMSB", "Building", "MSB Building x", "clock 2021"):
        assert after_marker(text, AGENCY_MARKERS) is None, text


def test_a_table_header_is_made_of_column_words_only() -> None:
    assert is_table_header("# Åtgärd Ansvarig myndighet Status Sida")
    assert is_table_header("Status Sida")
    assert is_table_header("# Åtgärd Ansv")  # the last word may be cut
    assert is_table_header("Klar")
    assert not is_table_header("")
    assert not is_table_header("Åtgärd Utbilda")
    assert not is_table_header("Utbilda Status")
    assert not is_table_header("Status Sidor")


def test_split_list_splits_the_last_item_at_och() -> None:
    assert split_list("A, B, C och D") == ["A", "B", "C", "D"]
    assert split_list(" A ,  B och  C ") == ["A", "B", "C"]
    assert split_list("A och B, C") == ["A och B", "C"]
    assert split_list("A") == ["A"]
    assert split_list("A och B och C") == ["A", "B", "C"]


def test_a_text_starts_with_an_agency_by_its_short_or_full_name() -> None:
    registry = hp.AgencyRegistry.standard()
    msb = next(a for a in registry if a.short_name == "MSB")
    for text in ("MSB", "MSB och FRA", "MSB, FRA", msb.name, msb.name + " och FRA"):
        assert starts_with_agency(text, registry), text
    for text in ("MSBX", "MSB-stöd", "Utbilda MSB", "", "msb"):
        assert not starts_with_agency(text, registry), text


def test_known_texts_are_the_plans_strategy_and_latest_report() -> None:
    assert known_texts(None) == []
    plan = hp.load_default()
    texts = known_texts(plan)
    priorities = [p.title for p in plan.priorities]
    objectives = [o.text for p in plan.priorities for o in p.objectives]
    assert texts[: len(priorities)] == priorities
    assert texts[len(priorities) : len(priorities) + len(objectives)] == objectives
    measures = plan.report(plan.years[-1]).measures()
    first = measures[0]
    start = len(priorities) + len(objectives)
    assert texts[start : start + 4] == [
        first.title,
        first.title_in_appendix,
        first.description,
        first.agencies.text,
    ]
    assert len(texts) == start + 4 * len(measures)


def test_the_text_form_is_told_and_noted() -> None:
    plain = "Förord\n#\nÅtgärd\nAnsvarig\n"
    src = ReportText.read(plain, "p.txt", None, False)
    assert src.form == PLAIN
    assert [(e.kind, e.line, e.text) for e in src.journal] == [
        ("note", None, "Texten är utdata från pdftotext (Bilaga 1:s tabellhuvud visar det).")
    ]
    assert src.journal.source == "p.txt" and src.source == "p.txt"
    assert ReportText.read(plain, "p.txt", None, True).form == TEXT
    assert list(ReportText.read(plain, "p.txt", None, True).journal) == []
    layout = "Förord\n#    Åtgärd      Ansvarig myndighet      Status\n"
    src = ReportText.read(layout, "l.txt", None, False)
    assert src.form == LAYOUT
    assert [e.text for e in src.journal][0] == (
        "Texten är utdata från pdftotext -layout (Bilaga 1:s tabellhuvud visar det)."
    )
    src = ReportText.read("Förord\n\nText", "t.txt", None, False)
    assert (src.form, list(src.journal), [x.text for x in src.lines]) == (
        TEXT,
        [],
        ["Förord", "", "Text"],
    )


def test_a_text_imported_into_a_plan_is_read_against_its_registry() -> None:
    plan = hp.load_default()
    src = ReportText.read("Förord\n", "t.txt", plan, False)
    assert src.into is plan
    assert [a.short_name for a in src.registry] == [a.short_name for a in plan.agencies]
    stage = Stage(src)
    assert stage.into is plan and stage.registry is src.registry and stage.form == TEXT


def test_a_stage_reads_its_source() -> None:
    src = ReportText.read("a\nb\nc\nd\n2022 års redovisning\n", "t.txt", None, False)
    stage = Stage(src)
    assert stage.lines is src.lines and stage.journal is src.journal
    assert [x.text for x in stage.span(2, 4)] == ["b", "c"]
    assert stage.has("^c$") and stage.has("^c$", 3, 4) and not stage.has("^c$", 4)
    assert not stage.has("^c$", 1, 3)
    assert stage.own_document()
    late = "\n".join(["x"] * 60 + ["2022 års redovisning"])
    assert not Stage(ReportText.read(late, "t.txt", None, False)).own_document()
    early = "\n".join(["x"] * 58 + ["2022 års redovisning"])
    assert Stage(ReportText.read(early, "t.txt", None, False)).own_document()
    assert not Stage(ReportText.read("Nu 2022 års redovisning\n", "t", None, False)).own_document()
    other = ReportText.read("z\n", "u.txt", None, False)
    stage.journal = other.journal
    assert src.journal is other.journal


def test_a_stage_reads_agencies_or_refuses_them_at_their_line() -> None:
    stage = Stage(ReportText.read("a\n", "t.txt", None, False))
    assert stage.agencies("MSB och FRA", 4).text == "MSB och FRA"
    error = refused(lambda: stage.agencies("MSB och Ingen sådan", 4))
    assert error.line == 4
    assert error.message.startswith("agency text 'MSB och Ingen sådan' cannot be read: ")
    assert error.swedish.startswith("myndighetstexten 'MSB och Ingen sådan' går inte att läsa: ")
    assert len(error.message) > len("agency text 'MSB och Ingen sådan' cannot be read: ")
    assert stage.parses_as_agencies("MSB")
    assert not stage.parses_as_agencies("MSB och Ingen sådan")
    assert not stage.parses_as_agencies("Ingen sådan")


def test_a_stage_looks_up_measures_in_the_plan_imported_into() -> None:
    plan = hp.load_default()
    stage = Stage(ReportText.read("a\n", "t.txt", plan, False, {"9.9.9": "Stängd"}))
    report = plan.report(plan.years[-1])
    measure = report.measures()[0]
    paras, reason = stage.known_paragraphs(measure.id)
    assert paras == [p for p in measure.description.split("\n\n") if p] and paras
    assert reason == (
        measure.status.reason if measure.status.kind == hp.StatusKind.withdrawn else None
    )
    withdrawn = [m for m in report.measures() if m.status.kind == hp.StatusKind.withdrawn]
    if withdrawn:
        assert stage.known_paragraphs(withdrawn[0].id)[1] == withdrawn[0].status.reason
    assert stage.known_paragraphs(hp.MeasureId("9.9.9")) is None
    assert stage.known_titles(measure.id) == [measure.title_in_appendix, measure.title]
    assert stage.known_titles(hp.MeasureId("9.9.9")) == ["Stängd"]
    assert Stage(ReportText.read("a\n", "t.txt", None, False)).known_titles(measure.id) == []


def test_a_parse_error_without_its_swedish_is_composed_from_its_parts() -> None:
    error = hp.ParseError("bad")
    error.kind, error.input = "okänd sort", "1.x"  # type: ignore[attr-defined]
    assert swedish_of(error) == 'ogiltig okänd sort "1.x"'


def test_a_lettered_number_is_no_measure_number_at_a_lines_start() -> None:
    assert str(hp.MeasureId("A.1.1")) == "A.1.1"  # the core takes it
    assert measure_id_at("A.1.1 Text") is None


def test_a_table_header_is_split_at_single_spaces() -> None:
    assert not is_table_header("Status  Sida")
    assert not is_table_header("Status Utbilda Sida")


def test_page_numbers_are_dropped_and_noted_keeping_the_lines_numbers() -> None:
    src = ReportText.read("Sida 1 av 1\nFörord\nText", "t.txt", None, False)
    assert [(x.no, x.text) for x in src.lines] == [(2, "Förord"), (3, "Text")]
    assert [(e.kind, e.line, e.text) for e in src.journal] == [
        ("note", 1, "Sidnummer tryckta som sidutsmyckning utelämnas (rader 1).")
    ]
    # In the text form an empty line at a page's foot is kept, its paragraph running on or not.
    src = ReportText.read("Ett stycke som\n\n\fgår vidare.", "t.txt", None, True)
    assert [x.text for x in src.lines] == ["Ett stycke som", "", "går vidare."]


def test_pdftotexts_suspended_hyphens_are_put_back_as_the_text_or_the_plan_prints_them() -> None:
    head = "#\nÅtgärd\n"
    src = ReportText.read(head + "Cyber- och it\nCyberoch it\n", "p.txt", None, False)
    assert [x.text for x in src.lines][2:4] == ["Cyber- och it", "Cyber- och it"]
    assert [(e.kind, e.line) for e in src.journal.of_kind("decision")] == [("decision", 4)]
    assert [x.text for x in ReportText.read(head + "Cyberoch it\n", "p", None, True).lines][2] == (
        "Cyberoch it"
    )
    # "informations- och" is printed by the plan imported into.
    plan = hp.load_default()
    assert any("informations- och" in t for t in known_texts(plan))
    glued = head + "informationsoch cyber\n"
    assert ReportText.read(glued, "p", None, False).lines[2].text == "informationsoch cyber"
    assert ReportText.read(glued, "p", plan, False).lines[2].text == "informations- och cyber"


def test_a_plans_own_registry_reads_the_agencies() -> None:
    plan = hp.load_default()._core
    standard = hp.AgencyRegistry.standard()
    registry = hp.AgencyRegistry([a for a in standard if a.short_name != "FRA"])
    into = _core.Plan(
        title=plan.title, first_year=2019, last_year=2022, agencies=registry, priorities=[]
    )
    stage = Stage(ReportText.read("a\n", "t.txt", into, False))
    assert "FRA" not in [a.short_name for a in stage.registry]
    assert stage.agencies("MSB", 1).text == "MSB"
    error = refused(lambda: stage.agencies("FRA", 1))
    assert error.message.startswith("agency text 'FRA' cannot be read: ")
    assert not stage.parses_as_agencies("FRA")
    assert not stage.parses_as_agencies("MSB och FRA")  # read against the plan's registry
    assert Stage(ReportText.read("a\n", "t.txt", None, False)).parses_as_agencies("FRA")


def test_an_agencies_refusal_gives_the_cores_words() -> None:
    with pytest.raises(hp.Error) as core:
        hp.Agencies.parse("MSB och Ingen sådan", hp.AgencyRegistry.standard())
    stage = Stage(ReportText.read("a\n", "t.txt", None, False))
    error = refused(lambda: stage.agencies("MSB och Ingen sådan", 4))
    assert error.message == f"agency text 'MSB och Ingen sådan' cannot be read: {core.value}"
    assert error.swedish == (
        f"myndighetstexten 'MSB och Ingen sådan' går inte att läsa: {swedish_of(core.value)}"
    )
    assert swedish_of(core.value) != str(None)


def test_an_own_document_prints_its_year_within_its_first_59_lines() -> None:
    assert Stage(ReportText.read("2022 års redovisning\n", "t", None, False)).own_document()
    at_60 = "\n".join(["x"] * 59 + ["2022 års redovisning"])
    assert not Stage(ReportText.read(at_60, "t", None, False)).own_document()


def test_the_titles_of_a_measure_in_every_report_latest_first() -> None:
    plan = hp.load_default()._core
    earlier = plan.report(plan.years[-1])
    first = earlier.measures()[0]
    renamed = first.replace(title="Ny titel") if hasattr(first, "replace") else first
    later = _core.Report(plan.years[-1] + 1, date(plan.years[-1] + 1, 3, 1), [renamed])
    into = _core.Plan(
        title=plan.title,
        first_year=plan.first_year,
        last_year=plan.last_year,
        agencies=plan.agencies,
        priorities=plan.priorities,
        reports=[earlier, later],
    )
    stage = Stage(ReportText.read("a\n", "t.txt", into, False, {str(first.id): "Stängd"}))
    assert stage.known_titles(first.id) == [
        renamed.title_in_appendix,
        renamed.title,
        first.title_in_appendix,
        first.title,
        "Stängd",
    ]
