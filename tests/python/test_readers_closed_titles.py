"""readers/closed_titles.py: the titles of the 2021 report's completed and withdrawn measures,
read off the report by a person, are a data file with their provenance
(data/sources/redovisning-2021.closed-titles.json); each is printed in the source, after its
measure's number, in Bilaga 1's sections Genomförda and Avskrivna åtgärder (checked here with a
reader of the test's own); a file that is not such a file is refused with its place."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.cli import main
from handlingsplan.readers.closed_titles import closed_titles, load_closed_titles

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "data" / "sources" / "redovisning-2021.txt"
TITLES = REPO / "data" / "sources" / "redovisning-2021.closed-titles.json"


def squeezed(text: str) -> str:
    """A text without white space and hyphens (a title printed over several lines, a word
    broken at a line's end)."""
    return re.sub(r"[\s\-\u00ad]", "", text)


def closed_sections() -> str:
    """The source's text from Bilaga 1's Genomförda åtgärder to the government's decision after
    Avskrivna åtgärder, squeezed."""
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == "Genomförda åtgärder")
    end = next(i for i, line in enumerate(lines) if line.strip().startswith("Uppdrag om en samlad"))
    assert start < end
    return squeezed(" ".join(lines[start:end]))


def test_the_file_says_where_its_titles_come_from() -> None:
    data = json.loads(TITLES.read_text(encoding="utf-8"))
    assert data["source"] == "data/sources/redovisning-2021.txt"
    assert (REPO / data["source"]).is_file()
    assert "a person" in data["read_by"]
    assert "Genomförda åtgärder" in data["where"] and "Avskrivna åtgärder" in data["where"]
    assert "--closed-titles data/sources/redovisning-2021.closed-titles.json" in data["used_by"]


def test_each_title_is_printed_after_its_number_in_the_closed_sections() -> None:
    data = json.loads(TITLES.read_text(encoding="utf-8"))
    printed = closed_sections()
    assert len(data["titles"]) >= 20
    for mid, title in data["titles"].items():
        assert re.search(re.escape(mid) + r"\.?" + re.escape(squeezed(title)), printed), mid


def test_the_loader_gives_the_files_titles_by_id() -> None:
    data = json.loads(TITLES.read_text(encoding="utf-8"))
    assert load_closed_titles(TITLES) == data["titles"]
    assert closed_titles(str(TITLES)) == data["titles"]
    assert closed_titles({"1.1.2": "Rubrik"}) == {"1.1.2": "Rubrik"}
    assert closed_titles(None) == {}


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "titles.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def provenance() -> dict[str, str]:
    return {k: "x" for k in ("what", "source", "report", "where", "read_by", "used_by")}


@pytest.mark.parametrize(
    ("data", "where", "problem"),
    [
        ([], "the whole file", '"titles" object'),
        ({"titles": {}}, "the whole file", "no provenance what, source"),
        ({**provenance(), "titles": {"1.1": "X"}}, "titles.1.1", "not a measure id"),
        ({**provenance(), "titles": {"1.1.2": " "}}, "titles.1.1.2", "non-blank text"),
        ({**provenance(), "titles": {"1.1.2": 7}}, "titles.1.1.2", "non-blank text"),
    ],
)
def test_a_file_that_is_not_a_titles_file_is_refused_with_its_place(
    tmp_path: Path, data: object, where: str, problem: str
) -> None:
    path = write(tmp_path, data)
    with pytest.raises(hp.DataError, match=re.escape(problem)) as raised:
        load_closed_titles(path)
    assert raised.value.source == str(path) and raised.value.where == where


def test_text_that_is_not_json_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "titles.json"
    path.write_text('{\n  "titles": \n}', encoding="utf-8")
    with pytest.raises(hp.DataError, match="not JSON") as raised:
        load_closed_titles(path)
    assert raised.value.where == "line 3"


def test_without_the_titles_a_closed_rows_first_line_is_its_title_and_the_journal_says_so() -> None:
    data = json.loads(TITLES.read_text(encoding="utf-8"))
    given = hp.import_report(SOURCE, closed_titles=TITLES)
    alone = hp.import_report(SOURCE)
    for mid, title in data["titles"].items():
        assert given.report.measure(mid).title == title
    differ = [
        mid for mid, title in data["titles"].items() if alone.report.measure(mid).title != title
    ]
    assert differ
    decisions = [e.text for e in alone.journal.of_kind("decision")]
    for mid in differ:
        assert any(
            f"Bilaga 1 {mid} (" in text and "ingen känd rubrik" in text for text in decisions
        )


def test_the_command_line_takes_the_titles_file(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    args = ["import", str(SOURCE), "-o", str(out), "--closed-titles", str(TITLES)]
    assert main(args) == 0
    data = json.loads(TITLES.read_text(encoding="utf-8"))
    report = hp.Plan.load(out).report(2021)
    assert all(report.measure(mid).title == title for mid, title in data["titles"].items())


def refusal(path: Path) -> hp.DataError:
    with pytest.raises(hp.DataError) as raised:
        load_closed_titles(path)
    assert raised.value.source == str(path)
    return raised.value


def test_a_refusal_says_the_file_the_place_and_the_problem_in_both_languages(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, {**provenance(), "titles": {"1.1.2": ""}})
    error = refusal(path)
    assert str(error) == f"{path}: titles.1.1.2: expected the title, a non-blank text"
    assert error.where == "titles.1.1.2"
    assert error.problem == "expected the title, a non-blank text"
    assert error.swedish_problem == "rubriken väntades, en text som inte är tom"


@pytest.mark.parametrize("data", [[], {"titles": []}, {**provenance(), "titles": None}, "x"])
def test_a_file_without_a_titles_object_is_refused_whole(tmp_path: Path, data: object) -> None:
    error = refusal(write(tmp_path, data))
    assert error.where == "the whole file"
    assert error.problem == 'expected an object with a "titles" object'
    assert error.swedish_problem == 'ett objekt med ett objekt "titles" väntades'


def test_each_missing_provenance_is_named_in_the_files_order(tmp_path: Path) -> None:
    data = {**provenance(), "titles": {}}
    del data["used_by"]
    data["source"] = 7  # not a text
    del data["what"]
    error = refusal(write(tmp_path, data))
    assert error.where == "the whole file"
    assert error.problem == "no provenance what, source, used_by (texts)"
    assert error.swedish_problem == (
        'ursprungsuppgifterna "what", "source", "used_by" (texter) saknas'
    )


def test_a_key_that_is_no_measure_id_is_refused_with_the_cores_words(tmp_path: Path) -> None:
    with pytest.raises(hp.Error) as core:
        hp.MeasureId("1.x")
    error = refusal(write(tmp_path, {**provenance(), "titles": {"1.1.2": "Rubrik", "1.x": "R"}}))
    assert error.where == "titles.1.x"
    assert error.problem == f"not a measure id: {core.value}"
    assert error.swedish_problem == f"inget åtgärdsnummer: {core.value.swedish_problem}"


def test_text_that_is_not_json_is_refused_with_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "titles.json"
    path.write_text('{\n  "titles": {\n    "1.1.2": x\n}', encoding="utf-8")
    error = refusal(path)
    assert error.where == "line 3"
    assert error.problem == "not JSON: Expecting value"
    assert error.swedish_problem == "ingen JSON: ett fel i kolumn 14"
    assert str(error) == f"{path}: line 3: not JSON: Expecting value"


def test_a_file_that_is_no_text_is_refused_as_the_readers_refuse_it(tmp_path: Path) -> None:
    path = tmp_path / "titles.json"
    path.write_bytes(b'{"titles": "\xff"}')
    with pytest.raises(hp.DataError, match="not UTF-8"):
        load_closed_titles(path)
    with pytest.raises(hp.FileError):
        load_closed_titles(tmp_path / "none.json")


def test_the_titles_are_given_by_the_ids_text_as_printed(tmp_path: Path) -> None:
    titles = {"1.1.2": "Ett", "3.2.10": "Två  med\tmellanrum "}
    assert load_closed_titles(write(tmp_path, {**provenance(), "titles": titles})) == titles


def test_a_mapping_given_is_taken_by_measure_id_its_titles_as_text() -> None:
    assert closed_titles({hp.MeasureId("1.1.2"): "Rubrik", "2.1.1": 7}) == {
        "1.1.2": "Rubrik",
        "2.1.1": "7",
    }
    with pytest.raises(hp.Error):
        closed_titles({"1.x": "Rubrik"})
    assert closed_titles({}) == {}
