"""readers/redovisning.py, the importer put together: every measure read from a text carries its
source, the file's name and the line where the measure starts (its title in the Åtgärder
chapter, its row in Bilaga 1), as a recorded change of the report, so that `plan.history(id)`
names them; the plan file keeps them."""

from __future__ import annotations

import re
from pathlib import Path

import handlingsplan as hp
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
