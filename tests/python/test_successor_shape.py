"""A plan of the successor strategy's shape (tests/shapes/successor-shape.json: pillars A–C,
goals and activities with lettered ids, its own agencies and words; a SHAPE made up for the tests,
not the 2025–2029 plan's content) loads, validates, gets a draft report, a diff and its appendix,
all in its own words."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from docx import Document

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.errors import NotFoundError, ParseError, RuleViolationError
from handlingsplan.frames import agency_matrix_frame

SHAPE = Path(__file__).resolve().parents[1] / "shapes" / "successor-shape.json"
# What the 2019–2022 plan's words are, and the shape's file must never print.
OLD_WORDS = (
    "Strategisk prioritering",
    "Ansvarig myndighet",
    "Inga åtgärder.",
    "Förteckning över åtgärder",
)


@pytest.fixture
def plan() -> hp.Plan:
    return hp.Plan.load(SHAPE)


def test_it_loads_in_its_own_words(plan: hp.Plan) -> None:
    words = plan.words
    assert words != _core.PlanWords.standard()
    assert (words.levels.priority, words.levels.objective, words.levels.measure) == (
        "Pelare",
        "Mål",
        "Aktivitet",
    )
    assert words.ids == _core.IdStyle.letters
    assert [words.priority_label(p.number) for p in plan.priorities] == ["A", "B", "C"]
    assert words.priority_heading(2, "Titel") == "Pelare B. Titel"
    assert [str(o.id) for o in plan.priorities[0].objectives] == ["A.1", "A.2"]
    assert [str(m.id) for m in plan.report(2026)] == ["A.1.1", "A.1.2", "A.2.1", "B.1.1", "C.1.1"]
    # Its own registry: MCF is an agency of its own, not MSB's successor.
    assert plan.agencies.resolve("Myndigheten för civilt försvar").short_name == "MCF"
    assert "MSB" not in [agency.short_name for agency in plan.agencies]
    assert plan.report(2026)["A.1.1"].agencies.responsible == ["MCF"]


def test_it_saves_back_as_it_was_read(plan: hp.Plan) -> None:
    assert plan.to_json() == SHAPE.read_text(encoding="utf-8")
    assert '"ids": "bokstäver"' in plan.to_json()
    assert '"number": "A"' in plan.to_json()


def test_it_follows_the_json_schema() -> None:
    import jsonschema

    schema_path = Path(__file__).resolve().parents[2] / "data" / "handlingsplan.schema.json"
    validator = jsonschema.Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8")))
    shape = json.loads(SHAPE.read_text(encoding="utf-8"))
    validator.validate(shape)
    shape["words"]["ids"] = "letters"  # the format names it in Swedish
    assert not validator.is_valid(shape)


def test_it_validates(plan: hp.Plan) -> None:
    errors = [f for f in plan.validate() if f.severity == _core.Severity.error]
    assert errors == []


def test_a_draft_report_takes_its_agencies_and_ids(plan: hp.Plan) -> None:
    draft = plan.new_report(2027)
    added = draft.add(
        id="B.1.2",
        title="TESTFORM: aktivitet B.1.2",
        agencies="Myndigheten för civilt försvar i samverkan med NCSC",
        period="2027",
    )
    assert added.agencies.responsible == ["MCF"]
    assert added.agencies.all == ["MCF", "FRA"]
    # A Measure built alone reads its agencies with the plan's registry when asked to.
    measure = plan.new_measure(id="C.1.2", title="TESTFORM: aktivitet C.1.2", agencies="MCF")
    assert measure.agencies.responsible == ["MCF"]
    assert hp.Measure(
        id="C.1.3", title="TESTFORM", agencies="DIGG", registry=plan.agencies
    ).agencies.responsible == ["DIGG"]
    # An unknown name is named with the nearest of the plan's own names.
    with pytest.raises(ParseError, match="MCF"):
        plan.new_measure(id="C.1.4", title="TESTFORM", agencies="MFC")
    # A numbered id does not fit a plan that letters its ids.
    with pytest.raises(RuleViolationError, match="bokstäver"):
        draft.add(id="1.1.1", title="TESTFORM", agencies="MCF")
    with pytest.raises(TypeError):
        draft.add(measure, title="TESTFORM")
    # A Measure built with the built-in registry ("MCF" is MSB's successor's name there) is
    # read again with the plan's when it is added: here MCF is an agency of its own.
    plain = hp.Measure(id="C.1.5", title="TESTFORM: aktivitet C.1.5", agencies="MCF")
    assert plain.agencies.responsible == ["MSB"]
    assert draft.add(plain).agencies.responsible == ["MCF"]
    draft.complete("A.1.2", year=2026)
    assert plan.report(2027)["A.1.2"].status.kind == _core.StatusKind.completed
    again = hp.Plan.from_json(plan.to_json())
    assert again.report(2027)["B.1.2"].agencies.responsible == ["MCF"]


def test_the_diff_names_its_lettered_activities(plan: hp.Plan) -> None:
    draft = plan.new_report(2027)
    draft.add(id="B.1.2", title="TESTFORM: aktivitet B.1.2", agencies="MCF", period="2027")
    draft.complete("A.1.2", year=2026)
    diff = plan.diff(2026, 2027)
    assert [str(e.id) for e in diff.of(_core.Change.added)] == ["B.1.2"]
    assert [str(e.id) for e in diff.of(_core.Change.completed)] == ["A.1.2"]
    summary = diff.summary()
    assert "B.1.2" in summary
    assert "A.1.2" in summary
    assert not diff.problems()
    # Counted in its own words: "1 ny aktivitet", "… aktiviteter är oförändrade."
    assert "1 ny aktivitet," in summary
    assert "aktiviteter är oförändrade." in summary
    assert "åtgärd" not in summary.lower()
    assert "| # | Aktivitet | Ändring |" in diff.to_markdown()


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_its_appendix_is_in_its_own_words(plan: hp.Plan, tmp_path: Path) -> None:
    appendix = plan.report(2026).appendix()
    texts = {
        "markdown": appendix.to_markdown(),
        "html": appendix.to_html(),
        "docx": (appendix.to_docx(tmp_path / "bilaga.docx"), _docx_text(tmp_path / "bilaga.docx"))[
            1
        ],
    }
    appendix.to_csv(tmp_path / "bilaga.csv")
    texts["csv"] = (tmp_path / "bilaga.csv").read_text(encoding="utf-8")
    for form, text in texts.items():
        assert "Bilaga 1: Förteckning över aktiviteter" in text or form == "csv", form
        assert "Pelare A." in text, form
        assert "Ansvarig aktör" in text, form
        assert "A.1.1" in text, form
        for old in OLD_WORDS:
            assert old not in text, (form, old)
    for form in ("markdown", "html", "docx"):
        # Pillars B and C have no current activity: their tables say so in the plan's words.
        assert "Inga aktiviteter." in texts[form], form
        assert "Aktuella aktiviteter" in texts[form], form
    frame = appendix.to_dataframe()
    assert "Ansvarig aktör" in frame.columns
    assert "Ansvarig myndighet" not in frame.columns


def test_its_report_chapter_heads_its_pillars_and_goals_in_its_words(plan: hp.Plan) -> None:
    html = plan.report(2026).to_html()
    assert "Pelare A. TESTFORM: pelare A" in html
    assert "Mål A.1. TESTFORM: mål A.1." in html
    assert "Strategisk prioritering" not in html
    assert "Målsättning" not in html


def test_its_appendix_in_excel_heads_the_pillar_column_with_its_word(
    plan: hp.Plan, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    plan.report(2026).appendix().to_excel(tmp_path / "bilaga.xlsx")
    workbook = load_workbook(tmp_path / "bilaga.xlsx")
    headers = [cell.value for cell in workbook.worksheets[0][1]]
    assert headers[0] == "Pelare"
    assert "Ansvarig aktör" in headers
    assert workbook.worksheets[0].title == "Aktuella aktiviteter"


def test_the_2019_2022_plan_keeps_its_words() -> None:
    plan = hp.load_default()
    assert plan.words == _core.PlanWords.standard()
    assert '"words"' not in plan.to_json()
    markdown = plan.report(2021).appendix().to_markdown()
    assert "### Strategisk prioritering 1." in markdown
    assert "| # | Åtgärd | Ansvarig myndighet | Status | Sida |" in markdown


def test_an_unknown_agency_in_the_plan_is_found_with_the_nearest_of_its_own(plan: hp.Plan) -> None:
    with pytest.raises(NotFoundError):
        plan.agencies.resolve("MSB")


# --------------------------------------------------------------------------------------------
# Priorities as the plan writes its ids (frames, the agency matrix, the timeline)


def _shape() -> dict:
    return json.loads(SHAPE.read_text(encoding="utf-8"))


def _pillar_of(measure_id: str) -> str:
    """The pillar of a lettered id as the file writes it: "A" of "A.1.1"."""
    return measure_id.split(".")[0]


def test_its_frames_show_its_pillars_as_it_writes_them(plan: hp.Plan) -> None:
    shape = _shape()
    pillars = [priority["number"] for priority in shape["priorities"]]
    measures = shape["reports"][0]["measures"]
    report = plan.report(2026)
    frame = report.to_dataframe()
    assert frame["priority"].tolist() == [_pillar_of(m["id"]) for m in measures]
    assert isinstance(frame["priority"].dtype, pd.CategoricalDtype)
    assert frame["priority"].cat.ordered
    assert frame.sort_values("priority")["priority"].iloc[-1] == pillars[-1]
    # A selection of the measures says the same.
    chosen = report.measures(agency="MCF").to_dataframe()
    assert chosen["priority"].tolist() == [
        _pillar_of(m["id"])
        for m in measures
        if "MCF" in [r["agency"] for r in m["agencies"]["roles"]]
    ]
    roles = report.agency_roles()
    expected_roles = [_pillar_of(m["id"]) for m in measures for _ in m["agencies"]["roles"]]
    assert roles["priority"].tolist() == expected_roles
    objectives = report.objectives_frame()
    assert objectives["priority"].tolist() == [
        _pillar_of(o["id"]) for p in shape["priorities"] for o in p["objectives"]
    ]
    matrix = agency_matrix_frame(report, active_only=False)
    assert list(matrix.columns) == pillars
    assert matrix.loc["MCF", "A"] == 2
    assert 1 not in frame["priority"].tolist()


def test_its_plots_head_its_pillars_as_it_writes_them(plan: hp.Plan) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from handlingsplan import plots

    report = plan.report(2026)
    figure = plots.agency_matrix(report, active_only=False)
    labels = [tick.get_text() for tick in figure.axes[0].get_xticklabels()]
    assert [label.split(".")[0] for label in labels] == [
        p["number"] for p in _shape()["priorities"]
    ]
    plt.close(figure)
    figure = plots.timeline(report, priority=1)
    texts = [text.get_text() for text in figure.axes[0].texts]
    assert "Pelare A" in texts
    assert "pelare A" in figure.axes[0].get_title()
    plt.close(figure)


def test_the_2019_2022_plan_keeps_its_priorities_as_numbers() -> None:
    report = hp.load_default().report(2021)
    frames = {
        "measures": report.to_dataframe(),
        "roles": report.agency_roles(),
        "objectives": report.objectives_frame(),
    }
    for name, frame in frames.items():
        assert frame["priority"].dtype == "int64", name
    measures = frames["measures"]
    assert measures["priority"].tolist() == [int(str(i).split(".")[0]) for i in measures["id"]]
    matrix = agency_matrix_frame(report)
    assert list(matrix.columns) == [1, 2, 3, 4, 5, 6]


# --------------------------------------------------------------------------------------------
# The update forms and the measure's card in its own words


def test_its_update_forms_are_in_its_own_words(plan: hp.Plan, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    words = _shape()["words"]
    levels, appendix = words["levels"], words["appendix"]
    draft = plan.new_report(2027)
    [path] = draft.write_update_forms(tmp_path, ["MCF"])
    workbook = load_workbook(path)
    measures_sheet = levels["measures"]
    new_sheet = f"Nya {levels['measures'].lower()}"
    assert measures_sheet in workbook.sheetnames
    assert new_sheet in workbook.sheetnames
    headings = [cell.value for cell in workbook[measures_sheet][1]]
    assert appendix["measure_column"] in headings
    assert appendix["agencies_column"] in headings
    proposal_headings = [cell.value for cell in workbook[new_sheet][1]]
    assert levels["objective"] in proposal_headings
    assert appendix["measure_column"] in proposal_headings
    assert appendix["agencies_column"] in proposal_headings
    nrs = [row[0].value for row in workbook[measures_sheet].iter_rows(min_row=2)]
    assert nrs == ["A.1.1", "A.1.2"]
    instructions = "\n".join(
        str(cell.value) for cell in workbook["Instruktioner"]["A"] if cell.value is not None
    )
    assert f"Bladet {measures_sheet}:" in instructions
    assert levels["measure"].lower() in instructions
    for old in ("Åtgärder", "Nya åtgärder", "Ansvarig myndighet", "Målsättning"):
        assert old not in workbook.sheetnames
        assert old not in headings + proposal_headings
    assert "åtgärd" not in instructions.lower()
    assert "målsättning" not in instructions.lower()


def test_its_update_forms_read_back_in_its_own_words(plan: hp.Plan, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    words = _shape()["words"]
    levels, appendix = words["levels"], words["appendix"]
    draft = plan.new_report(2027)
    [path] = draft.write_update_forms(tmp_path, ["MCF"])
    workbook = load_workbook(path)
    sheet = workbook[levels["measures"]]
    column = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(row=2, column=column["Status"], value="genomförd")
    sheet.cell(row=2, column=column["År"], value=2026)
    new = workbook[f"Nya {levels['measures'].lower()}"]
    new_column = {cell.value: cell.column for cell in new[1]}
    new.cell(row=2, column=new_column[levels["objective"]], value="B.1")
    new.cell(row=2, column=new_column[appendix["measure_column"]], value="TESTFORM: ny")
    new.cell(row=2, column=new_column["Beskrivning"], value="TESTFORM.")
    new.cell(row=2, column=new_column[appendix["agencies_column"]], value="MCF")
    new.cell(row=2, column=new_column["Period"], value="2027")
    workbook.save(path)
    result = draft.read_update_forms([path])
    assert not result.problems, result.summary()
    assert draft["A.1.1"].status.kind == _core.StatusKind.completed
    assert [str(m.id) for m in draft if m.status.kind == _core.StatusKind.added] == ["B.1.2"]
    [change] = [c for c in draft.changes if str(c.measure) == "A.1.1"]
    assert change.source.sheet == levels["measures"]


def test_its_forms_name_its_own_sheets_in_their_problems(plan: hp.Plan, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    levels = _shape()["words"]["levels"]
    new_sheet = f"Nya {levels['measures'].lower()}"
    draft = plan.new_report(2027)
    [path] = draft.write_update_forms(tmp_path, ["MCF"])
    workbook = load_workbook(path)
    sheet = workbook[levels["measures"]]
    column = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(row=2, column=column["Status"], value="ny")
    workbook.save(path)
    [problem] = draft.check_update_forms([path]).problems
    assert problem.sheet == levels["measures"]
    assert f"bladet {new_sheet}" in problem.message
    assert "Nya åtgärder" not in problem.message


def test_the_2019_2022_forms_keep_their_words(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    report = hp.load_default().new_report(2022)
    [path] = report.write_update_forms(tmp_path, ["FRA"])
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Instruktioner", "Åtgärder", "Nya åtgärder", "Formulär"]
    headings = [cell.value for cell in workbook["Åtgärder"][1]]
    assert headings[:3] == ["Nr", "Åtgärd", "Ansvarig myndighet"]
    assert [cell.value for cell in workbook["Nya åtgärder"][1]][:2] == ["Målsättning", "Åtgärd"]
    cells = [str(cell.value) for cell in workbook["Instruktioner"]["A"] if cell.value is not None]
    assert "Strategins målsättningar:" in cells
    assert any(
        "Samordnaren ger åtgärden nästa lediga nummer under målsättningen" in c for c in cells
    )


def test_its_measure_card_is_in_its_own_words(plan: hp.Plan) -> None:
    from handlingsplan.display import as_html, measure_html

    appendix = _shape()["words"]["appendix"]
    measure = plan.report(2026)["A.1.1"]
    card = measure_html(measure, plan.words)
    assert appendix["agencies_column"] in card
    assert "Ansvarig myndighet" not in card
    assert str(as_html(measure, plan.words)) == card
    # A measure alone does not know its plan: the 2019–2022 plan's words.
    assert "Ansvarig myndighet" in measure_html(measure)


# --------------------------------------------------------------------------------------------
# Its follow-up results name its pillars by their letters


def test_its_follow_up_results_name_its_pillars_by_their_letters(plan: hp.Plan) -> None:
    results = _shape()["reports"][0]["follow_up"]["results"]
    report = plan.report(2026)
    pillars = [p["number"] for p in _shape()["priorities"]]
    assert {pillars[n - 1]: text for n, text in report.follow_up.results.items()} == {
        r["priority"]: r["text"] for r in results
    }
    written = json.loads(plan.to_json())["reports"][0]["follow_up"]["results"]
    assert [r["priority"] for r in written] == [r["priority"] for r in results]
    html = report.to_html()
    for result in results:
        assert f"Pelare {result['priority']}" in html
        assert result["text"] in html


def test_a_version_5_file_with_numbered_results_loads_and_saves_with_letters() -> None:
    shape = _shape()
    shape["schema_version"] = 5
    for result in shape["reports"][0]["follow_up"]["results"]:
        result["priority"] = ord(result["priority"]) - ord("A") + 1  # version 5 wrote numbers
    plan = hp.Plan.from_json(json.dumps(shape, ensure_ascii=False))
    assert plan.to_json() == SHAPE.read_text(encoding="utf-8")
    # From version 6 a lettered plan names the pillar by its letter.
    shape["schema_version"] = 6
    with pytest.raises(hp.errors.DataError, match="capital letter"):
        hp.Plan.from_json(json.dumps(shape, ensure_ascii=False))
