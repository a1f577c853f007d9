"""The command line, ``handlingsplan bilaga`` and ``handlingsplan info``.

Run in-process through ``handlingsplan.cli.main`` (output captured with capsys), and through
``python -m handlingsplan`` in a subprocess for the console entry. Exit codes: 0 success,
1 the plan or the request cannot be served (unreadable plan file, unknown year, unwritable
output), 2 wrong usage.

Expected counts and ids come from the 2021 report's text, read by ``seed_2021``, or from the
plan the test builds.
"""

from __future__ import annotations

import csv
import datetime
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import sysconfig
from collections import Counter
from pathlib import Path

import pytest

import handlingsplan as hp
import seed_2021
from cli_runner import run
from handlingsplan.cli import main

SEED = seed_2021.load()

STATUS_NAMES = ("pågående", "ny", "uppdaterad", "genomförd", "avskriven")
FORMATS = ("docx", "html", "md", "csv", "xlsx")


def seed_ids() -> list[str]:
    """Every measure of the 2021 appendix, in printed order (aktuella, genomförda, avskrivna)."""
    assert SEED is not None
    return [r.id for r in SEED.current + SEED.completed + SEED.withdrawn]


def seed_status_counts() -> Counter:
    assert SEED is not None
    counts = Counter(seed_2021.status_of(r.status_text)[0] for r in SEED.current)
    counts.update({"genomförd": len(SEED.completed), "avskriven": len(SEED.withdrawn)})
    return counts


def assert_failed(code: int, err: str, *names: str) -> None:
    """Exit 1 with one line "handlingsplan: …" naming each of `names`, and no traceback."""
    assert code == 1, err
    assert err.startswith("handlingsplan: "), err
    assert "Traceback" not in err
    for name in names:
        assert name in err, f"{name!r} not named in {err!r}"


# --------------------------------------------------------------------------------------------
# Reading the files back


def docx_texts(path: Path) -> tuple[list[str], list[list[list[str]]]]:
    """(paragraph texts, tables as rows of cell texts) of a Word file."""
    import docx

    document = docx.Document(str(path))
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows] for table in document.tables
    ]
    return [p.text for p in document.paragraphs], tables


def docx_ids(path: Path) -> list[str]:
    _, tables = docx_texts(path)
    return [row[0].removesuffix(".") for table in tables for row in table[1:]]


def xlsx_ids(path: Path) -> list[str]:
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    ids = []
    for sheet in workbook.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        column = rows[0].index("#")
        ids += [str(row[column]).removesuffix(".") for row in rows[1:]]
    return ids


def csv_ids(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return [record["id"] for record in csv.DictReader(stream)]


def text_ids(text: str) -> list[str]:
    """Ids of the measures' rows of an HTML or Markdown appendix, in order."""
    rows = re.findall(
        r'<th scope="row">(\d+\.\d+\.\d+)\.</th>|^\| (\d+\.\d+\.\d+)\. \|', text, re.MULTILINE
    )
    return [a or b for a, b in rows]


def ids_in(path: Path, fmt: str) -> list[str]:
    if fmt == "docx":
        return docx_ids(path)
    if fmt == "xlsx":
        return xlsx_ids(path)
    if fmt == "csv":
        return csv_ids(path)
    return text_ids(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# A plan file with two reports: the shipped 2021 report and a small 2022 one


MEASURES_2022 = {
    "1.1.9": hp.Status.ongoing(),
    "1.1.10": hp.Status.added(),
    "2.1.1": hp.Status.updated(schedule=True),
    "3.1.1": hp.Status.completed(2021),
}


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    shipped = hp.load_default()
    report_2021 = shipped.report(2021)
    measures = [
        hp.Measure(
            id=measure_id,
            title=f"Åtgärd {measure_id}",
            description="Beskrivning.",
            agencies="MSB i samverkan med FRA",
            period=None if not status.is_active else "2021–2022",
            page=None,
            status=status,
        )
        for measure_id, status in MEASURES_2022.items()
    ]
    plan = hp.Plan(
        title="En provplan",
        first_year=2019,
        last_year=2022,
        priorities=shipped.priorities,
        reports=[
            hp._core.Report(2021, report_2021.submitted, list(report_2021)),
            hp._core.Report(2022, datetime.date(2022, 3, 1), measures),
        ],
    )
    path = tmp_path_factory.mktemp("plan") / "provplan.json"
    plan.save(path)
    return path


# --------------------------------------------------------------------------------------------
# bilaga


@pytest.mark.parametrize("fmt", FORMATS)
def test_bilaga_writes_each_format(capsys, tmp_path, fmt):
    output = tmp_path / f"ut.{fmt}"
    code, out, err = run(capsys, "bilaga", "--year", "2021", "--format", fmt, "-o", str(output))
    assert code == 0, err
    assert err == ""
    assert output.is_file()
    assert str(output.resolve()) in out  # says where it wrote
    assert ids_in(output, fmt) == seed_ids()
    if fmt in ("html", "md"):
        assert "Bilaga 1" in output.read_text(encoding="utf-8")
    if fmt == "docx":
        paragraphs, _ = docx_texts(output)
        assert "Bilaga 1: Förteckning över åtgärder" in paragraphs


def test_bilaga_docx_by_default(capsys, tmp_path, monkeypatch):
    """Without --format and -o: a Word file bilaga-YEAR.docx in the current folder."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "bilaga", "--year", "2021")
    assert code == 0, err
    written = tmp_path / "bilaga-2021.docx"
    assert written.is_file()
    paragraphs, tables = docx_texts(written)
    assert "Bilaga 1: Förteckning över åtgärder" in paragraphs
    assert len(tables) == 8
    assert str(written.resolve()) in out


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_bilaga_binary_formats_by_default_to_a_file(capsys, tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "bilaga", "--year", "2021", "--format", fmt)
    assert code == 0, err
    assert (tmp_path / f"bilaga-2021.{fmt}").is_file()


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_bilaga_text_formats_to_standard_output(capsys, tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "bilaga", "--year", "2021", "--format", fmt)
    assert code == 0, err
    assert "Bilaga 1" in out
    assert text_ids(out) == seed_ids()
    assert ("<table" in out, out.startswith("# ")) == (fmt == "html", fmt == "md")
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_bilaga_with_plan_file(capsys, tmp_path, plan_file):
    output = tmp_path / "bilaga-2022.csv"
    code, _, err = run(
        capsys,
        "bilaga",
        "--plan",
        str(plan_file),
        "--year",
        "2022",
        "--format",
        "csv",
        "-o",
        str(output),
    )
    assert code == 0, err
    with open(output, encoding="utf-8-sig", newline="") as stream:
        records = list(csv.DictReader(stream))
    assert [(r["section"], r["id"]) for r in records] == [
        ("aktuella", "1.1.9"),
        ("aktuella", "1.1.10"),
        ("aktuella", "2.1.1"),
        ("genomförda", "3.1.1"),
    ]
    assert [r["Status"] for r in records[:3]] == ["", "Ny åtgärd", "Uppdaterad, tidplan"]
    assert records[3]["Klar"] == "2021"


def test_bilaga_with_plan_file_other_year(capsys, tmp_path, plan_file):
    output = tmp_path / "bilaga.docx"
    code, _, err = run(
        capsys, "bilaga", "--plan", str(plan_file), "--year", "2021", "-o", str(output)
    )
    assert code == 0, err
    assert docx_ids(output) == seed_ids()


def test_bilaga_empty_section_with_plan_file(capsys, tmp_path, plan_file):
    code, out, err = run(
        capsys, "bilaga", "--plan", str(plan_file), "--year", "2022", "--format", "md"
    )
    assert code == 0, err
    blocks = out.split("\n\n")
    assert blocks[blocks.index("## Avskrivna åtgärder") + 1].strip() == "Inga åtgärder."


# --------------------------------------------------------------------------------------------
# Errors


def test_unknown_year(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "bilaga", "--year", "2020", "--format", "docx")
    assert_failed(code, err, "2020", "2021")
    assert out == ""
    assert list(tmp_path.iterdir()) == []


def test_unknown_year_names_every_year_available(capsys, tmp_path, plan_file):
    output = tmp_path / "x.csv"
    code, _, err = run(
        capsys,
        "bilaga",
        "--plan",
        str(plan_file),
        "--year",
        "2023",
        "--format",
        "csv",
        "-o",
        str(output),
    )
    assert_failed(code, err, "2023", "(den har redovisningar för: 2021, 2022)")
    assert not output.exists()


def test_missing_plan_file(capsys, tmp_path):
    missing = tmp_path / "finns-inte.json"
    code, _, err = run(capsys, "bilaga", "--plan", str(missing), "--year", "2021")
    assert_failed(code, err, str(missing))
    code, _, err = run(capsys, "info", "--plan", str(missing))
    assert_failed(code, err, str(missing))


def test_plan_file_is_a_directory(capsys, tmp_path):
    folder = tmp_path / "en-mapp"
    folder.mkdir()
    code, _, err = run(capsys, "bilaga", "--plan", str(folder), "--year", "2021", "--format", "csv")
    assert_failed(code, err, str(folder))
    code, _, err = run(capsys, "info", "--plan", str(folder))
    assert_failed(code, err, str(folder))


@pytest.mark.parametrize(
    "content",
    ['{"title": ', "not json at all", "[]", '{"schema_version": 1}', ""],
    ids=["truncated", "text", "array", "incomplete", "empty"],
)
def test_malformed_plan_file(capsys, tmp_path, content):
    path = tmp_path / "trasig.json"
    path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "bilaga", "--plan", str(path), "--year", "2021", "--format", "md")
    assert_failed(code, err, path.name)
    code, _, err = run(capsys, "info", "--plan", str(path))
    assert_failed(code, err, path.name)


@pytest.mark.parametrize("fmt", FORMATS)
def test_unwritable_output(capsys, tmp_path, fmt):
    output = tmp_path / "saknas" / f"bilaga.{fmt}"
    code, _, err = run(capsys, "bilaga", "--year", "2021", "--format", fmt, "-o", str(output))
    assert_failed(code, err, f"kan inte skriva {output}")
    # The file once, then the system's reason in Swedish.
    assert err == f"handlingsplan: kan inte skriva {output}: filen finns inte\n"
    assert not output.parent.exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_a_directory(capsys, tmp_path, fmt):
    folder = tmp_path / "en-mapp"
    folder.mkdir()
    code, _, err = run(capsys, "bilaga", "--year", "2021", "--format", fmt, "-o", str(folder))
    assert_failed(code, err, str(folder))
    assert err.count(str(folder)) == 1, err
    assert list(folder.iterdir()) == []


def test_plan_without_reports(capsys, tmp_path):
    path = tmp_path / "tom.json"
    hp.Plan(
        title="Tom", first_year=2019, last_year=2022, priorities=hp.load_default().priorities
    ).save(path)
    code, _, err = run(capsys, "bilaga", "--plan", str(path), "--year", "2021", "--format", "md")
    assert_failed(code, err, "ingen redovisning för 2021 (den har redovisningar för: inga)")
    code, out, err = run(capsys, "info", "--plan", str(path))
    assert code == 0, err
    assert parse_info(out)[1] == {}


def test_unknown_format(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "bilaga", "--year", "2021", "--format", "pdf")
    assert code == 2
    assert "pdf" in err and "användning:" in err
    assert out == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["bilaga"],  # --year is required
        ["bilaga", "--year", "tjugo"],
        ["rapport"],
        [],
    ],
    ids=["no-year", "year-not-a-number", "unknown-command", "no-command"],
)
def test_usage_errors(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "användning:" in err


# --------------------------------------------------------------------------------------------
# info


def parse_info(out: str) -> tuple[tuple[int, int], dict[int, tuple[int, Counter]]]:
    """((priorities, objectives), {year: (measures, counts per status)}) from info's output."""
    strategy = re.search(r"prioriteringar: (\d+), målsättningar: (\d+)", out)
    assert strategy, out
    reports = {}
    for line in out.splitlines():
        m = re.match(r"Redovisning (\d{4}) .*?(\d+) åtgärder", line)
        if m:
            counts = Counter(
                {
                    name: int(n)
                    for n, name in re.findall(rf"(\d+) ({'|'.join(STATUS_NAMES)})\b", line)
                }
            )
            reports[int(m.group(1))] = (int(m.group(2)), +counts)
    return (int(strategy.group(1)), int(strategy.group(2))), reports


def test_info_counts(capsys):
    code, out, err = run(capsys, "info")
    assert code == 0, err
    assert out.splitlines()[0] == "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022"
    strategy, reports = parse_info(out)
    assert strategy == (len(SEED.priorities), len(SEED.overview_objectives)) == (6, 20)
    total = len(SEED.current) + len(SEED.completed) + len(SEED.withdrawn)
    assert reports == {2021: (total, seed_status_counts())}
    assert total == 94


def test_info_with_plan_file(capsys, plan_file):
    code, out, err = run(capsys, "info", "--plan", str(plan_file))
    assert code == 0, err
    assert out.splitlines()[0] == "En provplan"
    expected_2022 = Counter({"pågående": 1, "ny": 1, "uppdaterad": 1, "genomförd": 1})
    _, reports = parse_info(out)
    assert reports == {
        2021: (len(seed_ids()), seed_status_counts()),
        2022: (len(MEASURES_2022), expected_2022),
    }
    assert "2022-03-01" in out


# --------------------------------------------------------------------------------------------
# The console entry


def python_m(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "handlingsplan", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_python_m_handlingsplan(tmp_path):
    info = python_m("info", cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    _, reports = parse_info(info.stdout)
    assert reports == {2021: (len(seed_ids()), seed_status_counts())}

    bilaga = python_m("bilaga", "--year", "2021", "--format", "xlsx", "-o", "b.xlsx", cwd=tmp_path)
    assert bilaga.returncode == 0, bilaga.stderr
    assert xlsx_ids(tmp_path / "b.xlsx") == seed_ids()

    unknown = python_m("bilaga", "--year", "1999", cwd=tmp_path)
    assert unknown.returncode == 1
    assert "1999" in unknown.stderr and "2021" in unknown.stderr
    assert "Traceback" not in unknown.stderr

    usage = python_m("bilaga", "--year", "2021", "--format", "pdf", cwd=tmp_path)
    assert usage.returncode == 2


def test_console_script_is_declared():
    scripts = importlib.metadata.entry_points(group="console_scripts")
    (entry,) = [e for e in scripts if e.name == "handlingsplan"]
    assert entry.value == "handlingsplan.cli:main"
    assert entry.load() is main


def test_console_script_runs(tmp_path):
    script = Path(sysconfig.get_path("scripts")) / "handlingsplan"
    if not script.is_file():
        pytest.skip(f"no console script at {script}")
    result = subprocess.run(
        [str(script), "bilaga", "--year", "1999"],
        cwd=tmp_path,
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "1999" in result.stderr


def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert (
        capsys.readouterr().out.strip()
        == f"handlingsplan {importlib.metadata.version('handlingsplan')}"
    )


def _letter_template(path: Path, *paragraphs: str) -> Path:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_bilaga_with_a_word_template(capsys, tmp_path):
    from docx import Document

    template = _letter_template(tmp_path / "brev.docx", "Redovisning {{ år }}", "{{ bilaga }}")
    out = tmp_path / "brev-2021.docx"
    code = main(
        [
            "bilaga",
            "--year",
            "2021",
            "--template",
            str(template),
            "--author",
            "Anna",
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    document = Document(str(out))
    assert document.paragraphs[0].text == "Redovisning 2021"
    assert document.core_properties.author == "Anna"
    assert len(document.tables) > 3


def test_bilaga_with_a_near_miss_template_fails_with_the_reason(capsys, tmp_path):
    template = _letter_template(tmp_path / "brev.docx", "{{ BILAGA }}")
    code = main(
        ["bilaga", "--year", "2021", "--template", str(template), "-o", str(tmp_path / "ut.docx")]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "{{ BILAGA }}" in err and "brev.docx" in err
    assert not (tmp_path / "ut.docx").exists()


def test_a_template_goes_with_docx_only(capsys, tmp_path):
    template = _letter_template(tmp_path / "brev.docx", "{{ bilaga }}")
    code = main(["bilaga", "--year", "2021", "--format", "html", "--template", str(template)])
    assert code == 1 and "--template" in capsys.readouterr().err


_NO_PANDAS = """
import sys
from handlingsplan.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit_:
    code = exit_.code
heavy = ("pandas", "numpy", "pyarrow", "openpyxl", "docx", "docxtpl", "jinja2", "matplotlib")
print(code, *sorted(m for m in heavy if m in sys.modules), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "argv", [["--version"], ["check", str(hp.default_plan_path())], ["info"]], ids=" ".join
)
def test_the_quick_commands_answer_without_pandas(argv: list[str]) -> None:
    # In a fresh interpreter: the command answers, and none of the data libraries was loaded.
    result = subprocess.run(
        [sys.executable, "-c", _NO_PANDAS, *argv], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip(), result.stderr  # it answered
    assert result.stderr.split()[-1] == "0", result.stderr  # exit code 0, no library named


# --------------------------------------------------------------------------------------------
# diff (issue 26: the command's every format, --against and its refusals)


def _small(title: str, *reports: tuple[int, list[hp.Measure]]) -> hp.Plan:
    return hp.Plan(
        title=title,
        first_year=2019,
        last_year=2022,
        priorities=hp.load_default().priorities,
        reports=[hp._core.Report(y, datetime.date(y, 3, 1), ms) for y, ms in reports],
    )


def _measure(id: str, **fields: object) -> hp.Measure:
    fields.setdefault("title", f"Åtgärd {id}")
    fields.setdefault("agencies", "MSB")
    fields.setdefault("period", "2019–2022")
    return hp.Measure(id=id, **fields)  # type: ignore[arg-type]


MEASURES_2021 = [_measure("1.1.1"), _measure("1.1.2")]
# one updated (schedule), one completed, one new
MEASURES_2022_DIFF = [
    _measure("1.1.1", period="2019–2023", status=hp.Status.updated(schedule=True)),
    _measure("1.1.2", status=hp.Status.completed(2022), period=None),
    _measure("1.1.3", status=hp.Status.added()),
]
FIRST_LINE = "Från 2021 till 2022: 1 ny åtgärd, 1 uppdaterad (1 tidplan), 1 genomförd, 0 avskrivna."


@pytest.fixture
def diff_files(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(both years in one file, 2021 only, 2022 only)."""
    paths = [tmp_path / name for name in ("båda.json", "2021.json", "2022.json")]
    _small("Båda", (2021, MEASURES_2021), (2022, MEASURES_2022_DIFF)).save(paths[0])
    _small("Före", (2021, MEASURES_2021)).save(paths[1])
    _small("Efter", (2022, MEASURES_2022_DIFF)).save(paths[2])
    return paths[0], paths[1], paths[2]


def test_diff_text_is_the_summary(capsys, diff_files):
    both, _, _ = diff_files
    code, out, err = run(capsys, "diff", "--plan", str(both), "2021", "2022")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == FIRST_LINE
    expected = hp.Plan.load(both).diff(2021, 2022).summary()
    assert out == expected + "\n"


def test_diff_against_a_second_plan_file(capsys, diff_files):
    both, before, after = diff_files
    argv = ["diff", "--plan", str(before), "--against", str(after), "2021", "2022"]
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == FIRST_LINE
    code, same, _ = run(capsys, "diff", "--plan", str(both), "2021", "2022")
    assert same == out
    # The years are looked up each in its own file: 2021 is not in the later one.
    code, out, err = run(capsys, "diff", "--plan", str(after), "--against", str(before),
                         "2021", "2022")  # fmt: skip
    assert_failed(code, err, "ingen redovisning för 2021", "redovisningar för: 2022")
    code, out, err = run(capsys, "diff", "--plan", str(before), "--against", str(after),
                         "2021", "2021")  # fmt: skip
    assert_failed(code, err, "ingen redovisning för 2021", "redovisningar för: 2022")


@pytest.mark.parametrize("fmt", ["md", "json", "csv"])
def test_diff_formats(capsys, diff_files, fmt):
    both, _, _ = diff_files
    code, out, err = run(capsys, "diff", "--plan", str(both), "2021", "2022", "--format", fmt)
    assert (code, err) == (0, "")
    if fmt == "md":
        assert out.startswith("# Ändringar 2021–2022\n\n" + FIRST_LINE + "\n")
        assert out == hp.Plan.load(both).diff(2021, 2022).to_markdown()
    elif fmt == "json":
        document = json.loads(out)
        assert (document["from_year"], document["to_year"]) == (2021, 2022)
        assert {k: n for k, n in document["counts"].items() if n} == {
            "ny": 1,
            "ändrad": 1,
            "genomförd": 1,
        }
    else:
        rows = list(csv.DictReader(out.splitlines()))
        assert [(r["id"], r["change"]) for r in rows] == [
            ("1.1.1", "ändrad"),
            ("1.1.2", "genomförd"),
            ("1.1.3", "ny"),
        ]
        assert rows[0]["changed_fields"] == "period"


# --------------------------------------------------------------------------------------------
# Standard output closed or gone


def test_without_standard_output_a_command_fails_with_a_message(capsys, monkeypatch):
    """Started with `>&-`: Python's sys.stdout is None and every line would vanish."""
    monkeypatch.setattr(sys, "stdout", None)
    code = main(["info"])
    monkeypatch.undo()
    assert (code, capsys.readouterr().err) == (
        1,
        "handlingsplan: standard ut är stängd; ingenting kunde skrivas\n",
    )


class _GonePipe:
    """Standard output whose reader has gone (`| head`): writing raises BrokenPipeError."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return self.fd


def test_a_reader_gone_is_exit_1_and_later_writes_go_nowhere(capsys, monkeypatch):
    read, write = os.pipe()
    os.close(read)  # the reader has gone
    try:
        monkeypatch.setattr(sys, "stdout", _GonePipe(write))
        code = main(["bilaga", "--year", "2021", "--format", "md"])
        monkeypatch.undo()
        assert code == 1
        assert "Traceback" not in capsys.readouterr().err
        # Python writes what is left at exit: the descriptor now leads nowhere, not to EPIPE.
        assert os.write(write, b"x") == 1
    finally:
        os.close(write)


def test_bilaga_letter_names_the_agencies_as_on_the_day_given(capsys, tmp_path):
    from docx import Document

    template = _letter_template(tmp_path / "brev.docx", "{{ myndigheter }}", "{{ bilaga }}")
    for day, msb in (
        (None, "MSB, "),
        ("2026-03-01", "MSB (sedan 2026 Myndigheten för civilt försvar), "),
    ):
        out = tmp_path / f"brev-{day}.docx"
        argv = ["bilaga", "--year", "2021", "--template", str(template), "-o", str(out)]
        code, _, err = run(capsys, *argv, *(["--idag", day] if day else []))
        assert code == 0, err
        assert Document(str(out)).paragraphs[0].text.startswith(msb)


def test_bilaga_a_day_not_written_as_a_date_is_wrong_usage(capsys):
    code, _, err = run(capsys, "bilaga", "--year", "2021", "--idag", "1 mars 2026")
    assert code == 2
    assert "'1 mars 2026' är inget datum; skriv ÅÅÅÅ-MM-DD" in err and "Traceback" not in err


def test_a_failure_no_library_error_names_is_a_message_on_standard_error(capsys, monkeypatch):
    """The system refuses midway (the disk full): a message on standard error, never a
    traceback, nothing on standard output."""
    import errno

    import handlingsplan.cli

    def full(path: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(handlingsplan.cli, "_load", full)
    code, out, err = run(capsys, "info")
    assert (code, out) == (1, "")
    assert err.startswith("handlingsplan: kunde inte slutföras: ") and err.count("\n") == 1


# --------------------------------------------------------------------------------------------
# uppdrag: what it prints of a page, line by line (the page is the test's own)

ASSIGNMENT_PAGE = """\
# Uppdrag till Försvarets radioanstalt genom det nationella cybersäkerhetscentret att stärka \
cybersäkerheten inför valenDiarienummer: Fö2025/01712

Regeringen gav den 18 september 2025 Försvarets radioanstalt (FRA) genom det nationella \
cybersäkerhetscentret (NCSC) i uppdrag att stödja valmyndigheterna. Uppdraget ska genomföras \
i samverkan med Valmyndigheten.

NCSC vid FRA ska senast den 1 december 2026 lämna en skriftlig slutredovisning till \
Regeringskansliet (Försvarsdepartementet).

Uppdraget ändrar uppdraget den 1 juni 2024 (Fö2024/00123).
"""

MSB_PAGE = """\
# Uppdrag till Myndigheten för samhällsskydd och beredskap att stärka något

Regeringen gav den 1 oktober 2024 Myndigheten för samhällsskydd och beredskap (MSB) i uppdrag \
att stärka något.

MSB ska senast den 1 december 2025 redovisa uppdraget till Regeringskansliet \
(Försvarsdepartementet).
"""


def test_uppdrag_prints_the_page_as_read(capsys, tmp_path):
    page = tmp_path / "sida.md"
    page.write_text(ASSIGNMENT_PAGE, encoding="utf-8")
    code, out, err = run(capsys, "uppdrag", str(page), "--address", "https://example.se/x/")
    assert (code, err) == (0, "")  # read only: nothing to write, no plan asked for
    lines = out.splitlines()
    assert lines[:6] == [
        "Uppdrag: Uppdrag till Försvarets radioanstalt genom det nationella "
        "cybersäkerhetscentret att stärka cybersäkerheten inför valen",
        "Källa: https://example.se/x/",
        "Diarienummer och hänvisningar: Fö2025/01712, Fö2024/00123",
        "  FRA (uppdragstagare): Försvarets radioanstalt (FRA)",
        "  NCSC vid FRA (genom): nationella cybersäkerhetscentret (NCSC)",
        "  Valmyndigheten (i samverkan med)",  # the page's name is the registry's: said once
    ]
    assert "  2026-12-01: ska redovisas, slutredovisning, skriftlig" in lines
    # Added to a plan: the plan's activities and one more.
    out_plan = tmp_path / "plan.json"
    code, out, err = run(capsys, "uppdrag", str(page), "-o", str(out_plan))
    assert code == 0, err
    count = len(hp.load_default().activities) + 1
    assert out.splitlines()[-1] == (
        f"Uppdraget tillagt som aktivitet {count}; planen skriven till {out_plan}"
    )
    assert len(hp.Plan.load(out_plan).activities) == count


def test_uppdrag_names_the_agencies_as_on_the_day_given(capsys, tmp_path):
    page = tmp_path / "msb.md"
    page.write_text(MSB_PAGE, encoding="utf-8")
    for day, shown in (
        (None, "Myndigheten för samhällsskydd och beredskap (MSB)"),
        ("2026-03-01", "MSB (sedan 2026 Myndigheten för civilt försvar)"),
    ):
        code, out, err = run(capsys, "uppdrag", str(page), *(["--idag", day] if day else []))
        assert code == 0, err
        assert f"  MSB (uppdragstagare): {shown}" in out.splitlines()
