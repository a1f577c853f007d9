"""readers/redovisning.py, the importer put together: every measure read from a text carries its
source, the file's name and the line where the measure starts (its title in the Åtgärder
chapter, its row in Bilaga 1), as a recorded change of the report, so that `plan.history(id)`
names them; the plan file keeps them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.readers.model import ReadReport
from handlingsplan.readers.redovisning import read_report_text

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "data" / "sources" / "redovisning-2021.txt"
TITLES = REPO / "data" / "sources" / "redovisning-2021.closed-titles.json"


def words(text: str) -> list[str]:
    return re.sub(r"[\s\-]+", " ", text).split()


def test_each_measure_of_the_first_report_is_added_with_its_file_and_line() -> None:
    result = hp.import_report(SEED, closed_titles=TITLES)
    lines = SEED.read_text(encoding="utf-8").split("\n")
    report = result.report
    assert len(report.changes) == len(report)
    for measure in report:
        (change,) = [c for c in report.changes if c.measure == measure.id]
        assert change.part == hp.ChangedPart.added and change.after == measure.title
        assert change.source.file == "redovisning-2021.txt"
        printed = lines[change.source.line - 1]
        if measure.status.is_active:
            # The chapter's block starts with the title's first line.
            assert words(measure.title)[:2] == words(printed)[:2], measure.id
        else:
            # Bilaga 1's row starts with the measure's number.
            assert printed.split()[0].rstrip(".") == str(measure.id), measure.id


def test_the_history_names_the_source_and_the_plan_file_keeps_it(tmp_path: Path) -> None:
    plan = hp.import_report(SEED, closed_titles=TITLES).plan
    history = plan.history("3.1.6").summary()
    assert "redovisning-2021.txt, rad " in history
    out = tmp_path / "plan.json"
    plan.save(out)
    again = hp.Plan.load(out)
    assert again.report(2021).changes == plan.report(2021).changes
    assert again.history("3.1.6").summary() == history


def test_a_later_report_records_what_it_changed_with_its_lines(
    pdf_2022: Path, prepared_2022: hp.Plan
) -> None:
    into = hp.load_default()
    result = hp.import_report(pdf_2022, into=into)
    report = result.report
    sources = {c.source.file for c in report.changes}
    assert sources == {pdf_2022.name}
    changed = {str(c.measure) for c in report.changes}
    written = prepared_2022.report(2022)
    earlier = into.report(2021)
    for measure in written:
        if measure.id not in earlier:
            continue
        before, after = earlier.measure(measure.id), report.measure(measure.id)
        texts = ("title", "description", "period")
        if before == after:
            # A measure the report leaves as it was records nothing.
            assert str(measure.id) not in changed, measure.id
        elif any(getattr(before, k) != getattr(after, k) for k in texts):
            assert str(measure.id) in changed, measure.id
    added = [c for c in report.changes if c.part == hp.ChangedPart.added]
    assert {str(c.measure) for c in added} == {str(m.id) for m in written if m.id not in earlier}
    ended = [c for c in report.changes if str(c.measure) == "1.1.3"]
    assert any(c.part == hp.ChangedPart.status and c.after == "genomförd 2021" for c in ended)


def test_the_source_is_the_name_given_to_the_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    result, _ = read_report_text(text, "någon/mapp/rapport.txt")
    assert {c.source.file for c in result.plan.report(2021).changes} == {"rapport.txt"}


# ---------------------------------------------------------------------------------------------
# The reader's own decisions and refusals, on the seed's text or texts built here.

TEXT = SEED.read_text(encoding="utf-8")


def refusal(text: str, source: str = "r.txt", **options: object) -> hp.DataError:
    with pytest.raises(hp.DataError) as raised:
        read_report_text(text, source, **options)  # type: ignore[arg-type]
    return raised.value


@pytest.mark.parametrize("text", ["", " \n\t\n", "\n\n\n"])
def test_an_empty_text_is_refused_at_its_first_line(text: str) -> None:
    error = refusal(text)
    assert (error.source, error.line, error.problem) == ("r.txt", 1, "the text is empty")
    assert error.swedish_problem == "texten är tom"


def test_a_pdfs_refusal_names_its_page() -> None:
    error = refusal("\f \n", from_pdf=True)
    assert error.problem == "(page 1 of the PDF) the text is empty"
    assert error.swedish_problem == "(sida 1 i PDF:en) texten är tom"
    # Without a page's form feed before the line: page 0 (before the first page).
    error = refusal(" \n\f\n", from_pdf=True)
    assert error.problem == "(page 0 of the PDF) the text is empty"


def test_the_submission_day_is_the_first_of_march_and_said_so() -> None:
    result, _ = read_report_text(TEXT, "r.txt")
    assert result.plan.report(2021).submitted == date(2021, 3, 1)
    assert (
        None,
        "`submitted` är 2021-03-01: redovisningen ska lämnas senast den 1 mars sitt år och "
        "trycker inget eget inlämningsdatum.",
    ) in [(e.line, e.text) for e in result.journal.of_kind("decision")]


def notes(result: ReadReport) -> list[tuple[int | None, str]]:
    return [(e.line, e.text) for e in result.journal.of_kind("note")]


@pytest.mark.parametrize("furniture", ["", "Sida 1 av 1\n"])
def test_the_lines_after_the_report_are_noted(furniture: str) -> None:
    # A page number printed before the text is dropped: the lines named stay the source's.
    lines = (furniture + TEXT).split("\n")
    first = next(k for k, x in enumerate(lines) if x.strip().startswith("Uppdrag om en samlad")) + 1
    last = max(k for k, x in enumerate(lines) if x.strip()) + 1
    result, _ = read_report_text(furniture + TEXT, "r.txt")
    assert (
        first,
        f"Raderna {first}–{last} följer efter redovisningen (regeringens beslut och allt efter "
        "det); ingen åtgärd läses från dem.",
    ) in notes(result)


def test_a_source_of_no_file_name_is_named_as_given() -> None:
    result, _ = read_report_text(TEXT, "/")
    assert {c.source.file for c in result.plan.report(2021).changes} == {"/"}


def plan_like(plan: hp.Plan, **changed: object) -> hp.Plan:
    fields = {
        "title": plan.title,
        "first_year": plan.first_year,
        "last_year": plan.last_year,
        "agencies": plan.agencies,
        "priorities": plan.priorities,
        "reports": [],
    }
    return hp.Plan(**{**fields, **changed})  # type: ignore[arg-type]


def test_a_text_of_another_plan_is_refused() -> None:
    shipped = hp.load_default()
    for other in (
        plan_like(shipped, title="En annan plan"),
        plan_like(shipped, first_year=shipped.first_year - 1),
        plan_like(shipped, last_year=shipped.last_year + 1),
    ):
        error = refusal(TEXT, into=other)
        assert error.line is None
        assert error.problem == (
            f"the text reports on “{shipped.title}”, the plan imported into is “{other.title}”"
        )
        assert error.swedish_problem == (
            f"texten redovisar “{shipped.title}”, planen som importeras till är “{other.title}”"
        )


def test_a_plan_of_other_priorities_keeps_its_own_and_says_so() -> None:
    shipped = hp.load_default()
    empty = plan_like(shipped, priorities=[])
    error = refusal(TEXT, into=empty)
    assert error.problem.startswith("the 2021 report cannot join the plan: ")
    assert error.swedish_problem.startswith("redovisningen för 2021 kan inte fogas till planen: ")
    into = plan_like(shipped)
    result, _ = read_report_text(TEXT, "r.txt", into)
    assert result.plan.priorities == shipped.priorities
    assert not any(text.startswith("Prioriteringarna") for _, text in notes(result))


def test_a_plan_that_holds_the_year_already_is_refused() -> None:
    error = refusal(TEXT, into=hp.load_default())
    assert error.line is None
    assert error.problem == "the plan imported into already holds a 2021 report"
    assert error.swedish_problem == "planen som importeras till har redan en redovisning för 2021"


def with_closed_row_numbered(number: str) -> tuple[str, int]:
    """The seed with Genomförda åtgärder's first row (1.1.2) numbered `number`, and its line."""
    lines = TEXT.split("\n")
    at = lines.index("1.1.2. Utbilda bevakningsansvariga myndigheter")
    lines[at] = lines[at].replace("1.1.2.", number + ".", 1)
    return "\n".join(lines), at + 1


def test_a_measure_ended_and_current_is_refused_at_both_lines() -> None:
    text, line = with_closed_row_numbered("1.1.1")
    current = [k for k, x in enumerate(TEXT.split("\n"), start=1) if x.strip() == "1.1.1."]
    error = refusal(text)
    assert (error.line, error.problem, error.swedish_problem) == (
        line,
        f"measure 1.1.1 is listed as ended here and as current at line {current[0]}",
        f"åtgärd 1.1.1 står som avslutad här och som aktuell på rad {current[0]}",
    )


def test_a_measure_of_no_objective_is_refused_at_its_row() -> None:
    text, line = with_closed_row_numbered("9.9.9")
    error = refusal(text)
    assert (error.line, error.problem, error.swedish_problem) == (
        line,
        "measure 9.9.9 belongs to no objective of the strategy",
        "åtgärd 9.9.9 hör inte till något mål i strategin",
    )
