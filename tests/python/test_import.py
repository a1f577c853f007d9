"""hp.import_report: the 2021 text gives the shipped plan, byte for byte, whatever its layout;
a text that is not a whole report is refused with the line, and nothing is half-imported.

The layout variants are built here from data/sources/redovisning-2021.txt, each changing only
how the text is laid out (line endings, page furniture, icon words, markings, spaces, wrapping),
never what it says."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.cli import main

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "data" / "sources"
SEED = SOURCES / "redovisning-2021.txt"
SHIPPED = REPO / "data" / "handlingsplan.json"
# Where the titles of the 2021 report's completed and withdrawn measures end (make data's).
TITLES = SOURCES / "redovisning-2021.closed-titles.json"


def shipped_report_part() -> hp.Plan:
    """The shipped plan as the report's import gives it: without the government's activities,
    which `make data` adds next from their own source (tests/python/test_activities.py)."""
    plan = hp.Plan.load(SHIPPED)
    plan.set_activities([])
    return plan


SHIPPED_TEXT = shipped_report_part().to_json()

PAGE_HEADER = re.compile(
    r"^(\d+) ?(Samlad informations- och cybersäkerhetshandlingsplan 2019–2022)\s*$"
)
NUMBER_LINE = re.compile(r"^(\s*)(\d+\.\d+\.\d+)(\.?)(\s|$)")


def without_sources(text: str) -> object:
    """A plan file's data without its reports' recorded changes (an import records each
    measure's file and line)."""
    data = json.loads(text)
    for report in data["reports"]:
        report.pop("changes", None)
    return data


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def imported() -> hp.ImportResult:
    return hp.import_report(SEED, closed_titles=TITLES)


def test_the_2021_text_gives_the_shipped_file_byte_for_byte(
    imported: hp.ImportResult, tmp_path: Path
) -> None:
    out = tmp_path / "plan.json"
    imported.plan.save(out)
    assert out.read_bytes() == SHIPPED_TEXT.encode("utf-8")


# `make data`'s import, as the Makefile runs it from the repository's root.
MAKE_DATA = (
    "handlingsplan import data/sources/redovisning-2021.txt -o data/handlingsplan.json "
    "--closed-titles data/sources/redovisning-2021.closed-titles.json "
    "--journal data/extraction-report-2021.md"
)


def test_the_journal_is_the_shipped_extraction_report(monkeypatch: pytest.MonkeyPatch) -> None:
    assert MAKE_DATA.replace("handlingsplan import", "$(BIN)/handlingsplan import") in " ".join(
        (REPO / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ").split()
    )
    monkeypatch.chdir(REPO)
    imported = hp.import_report(
        "data/sources/redovisning-2021.txt",
        command=MAKE_DATA,
        output="data/handlingsplan.json",
        closed_titles="data/sources/redovisning-2021.closed-titles.json",
    )
    shipped = (REPO / "data" / "extraction-report-2021.md").read_text(encoding="utf-8")
    assert imported.journal.markdown == shipped


def test_the_journal_names_the_source_command_and_output_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "min-redovisning.txt"
    source.write_text(seed_text(), encoding="utf-8")
    out, journal = tmp_path / "ut.json", tmp_path / "journal.md"
    assert main(["import", str(source), "-o", str(out), "--journal", str(journal)]) == 0
    header = journal.read_text(encoding="utf-8").split("\n## ")[0]
    assert f"- Källa: `{source}`" in header
    assert f"- Utdata: `{out}`" in header
    assert f"`handlingsplan import {source} -o {out} --journal {journal}`" in header
    assert "data/" not in header
    # Through the API, without an output: the header says the plan was not saved.
    api = hp.import_report(source).journal.markdown.split("\n## ")[0]
    assert f'`handlingsplan.import_report("{source}")`' in api
    assert "- Utdata: ingen (inläsningen sparade inte den inlästa planen)" in api


def test_the_journal_names_lines_and_keeps_both_wordings(imported: hp.ImportResult) -> None:
    journal = imported.journal
    titles = journal.discrepancies("Rubriker med olika lydelse")
    assert {e.text.split(":")[0] for e in titles} == {"3.1.6", "3.3.1"}
    lines = seed_text().split("\n")
    for entry in titles:
        assert entry.line is not None
        # The line the entry names is the chapter's title line of that measure: the title's
        # first line, up to the gap before its marking.
        chapter_title = imported.report.measure(entry.text.split(":")[0]).title
        printed = re.split(r"\s{3,}", lines[entry.line - 1].strip())[0]
        assert len(printed.split()) >= 4 and chapter_title.startswith(printed)
    for join in journal.joins.values():
        assert lines[join.line - 1].rstrip().endswith(join.left)
        assert lines[join.line].strip().startswith(join.right) or not lines[join.line].strip()


# ---------------------------------------------------------------------------------------------
# Layout variants


def page_starts(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if re.match(r"^ \S", line)]


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def form_feeds(text: str) -> str:
    lines = text.split("\n")
    for i in page_starts(lines):
        lines[i] = "\f" + lines[i][1:]
    return "\n".join(lines)


def headers_missing(text: str) -> str:
    return "\n".join(
        line
        for line in text.split("\n")
        if not PAGE_HEADER.match(line)
        and line.strip() not in ("Åtgärder", "Förteckning över åtgärder")
    )


def headers_moved_to_footers(text: str) -> str:
    """Each page header printed as a footer ("Samlad … 2019–2022 21") three lines further on."""
    lines = text.split("\n")
    out: list[str] = []
    pending: list[tuple[int, str]] = []
    for line in lines:
        if m := PAGE_HEADER.match(line):
            pending.append((3, f"{m.group(2)} {m.group(1)}"))
            continue
        out.append(line)
        still = []
        for wait, footer in pending:
            if wait == 1:
                out.append(footer)
            else:
                still.append((wait - 1, footer))
        pending = still
    return "\n".join(out + [footer for _, footer in pending])


def page_footers(number: Callable[[int, int], str]) -> Callable[[str], str]:
    """A footer with the page's number (`number(page, pages)`) on a line of its own at the foot
    of every page, as the library's documents and many PDFs print one."""

    def add(text: str) -> str:
        lines = text.split("\n")
        starts = page_starts(lines)
        pages = len(starts) + 1
        for page, i in reversed(list(enumerate(starts, start=1))):
            lines.insert(i, number(page, pages))
        return "\n".join(lines + [number(pages, pages)])

    return add


def no_icon_words(text: str) -> str:
    return re.sub(r"(?m)^(Building|clock)(?=\t)", "", text)


def markings_written_once(text: str) -> str:
    text = text.replace("UppdateradUppdaterad", "Uppdaterad").replace(
        "Ny åtgärdNy åtgärd", "Ny åtgärd"
    )
    return text.replace("Uppdaterad\u2002Uppdaterad\u2002", "Uppdaterad")


def ids_with_dots(text: str) -> str:
    return "\n".join(NUMBER_LINE.sub(r"\1\2.\4", line) for line in text.split("\n"))


def ids_without_dots(text: str) -> str:
    return "\n".join(NUMBER_LINE.sub(r"\1\2\4", line) for line in text.split("\n"))


def hyphenated_periods(text: str) -> str:
    return re.sub(r"(?m)^(clock\t.*\d{4})\s*–\s*(\d{4})", r"\1-\2", text)


def no_break_spaces(text: str) -> str:
    return re.sub(r"(?<=\S) (?=\S)", "\u00a0", text)


def trailing_spaces(text: str) -> str:
    return "\n".join(line + "  \t " for line in text.split("\n"))


def rewrapped_appendix(width: int) -> Callable[[str], str]:
    """Bilaga 1's rows wrapped at another width: the lines of each paragraph joined where a
    plain space separates them and split again at `width` characters."""

    def rewrap(text: str) -> str:
        lines = text.split("\n")
        start = lines.index("Aktuella åtgärder ") + 1
        end = next(
            i for i, line in enumerate(lines) if line.strip().startswith("Uppdrag om en samlad")
        )
        out = lines[:start]
        para: list[str] = []

        def flush() -> None:
            if not para:
                return
            words: list[str] = []
            breaks_after: set[int] = set()
            for line in para:
                words += line.split()
                if re.search(r"[-/]\s*$", line):
                    breaks_after.add(len(words) - 1)
            # A hyphen printed before a space inside a line ("signal- skydd") stays inside one.
            for k in range(len(words) - 1, 0, -1):
                if words[k - 1].endswith("-") and k - 1 not in breaks_after:
                    words[k - 1 : k + 1] = [words[k - 1] + "\u0000" + words[k]]
                    breaks_after = {b - 1 if b >= k else b for b in breaks_after}
            current = ""
            for k, word in enumerate(words):
                candidate = f"{current} {word}" if current else word
                if current and len(candidate) > width:
                    out.append(current)
                    current = word
                else:
                    current = candidate
                if k in breaks_after:
                    out.append(current)
                    current = ""
            if current:
                out.append(current)
            out[:] = [line.replace("\u0000", " ") for line in out]
            para.clear()

        for line in lines[start:end]:
            keep = (
                not line.strip()
                or PAGE_HEADER.match(line)
                or line.startswith("#")
                or line.strip()
                in ("Förteckning över åtgärder", "Genomförda åtgärder", "Avskrivna åtgärder")
            )
            if keep:
                flush()
                out.append(line)
                continue
            if NUMBER_LINE.match(line) or line.strip().startswith("Strategisk prioritering"):
                flush()
            para.append(line)
        flush()
        return "\n".join(out + lines[end:])

    return rewrap


def everything_at_once(text: str) -> str:
    for change in (
        headers_missing,
        no_icon_words,
        markings_written_once,
        ids_without_dots,
        hyphenated_periods,
        rewrapped_appendix(70),
        trailing_spaces,
        form_feeds,
        crlf,
    ):
        text = change(text)
    return text


VARIANTS: dict[str, Callable[[str], str]] = {
    "crlf": crlf,
    "form-feeds": form_feeds,
    "page-headers-missing": headers_missing,
    "page-headers-as-footers": headers_moved_to_footers,
    "no-icon-words": no_icon_words,
    "markings-written-once": markings_written_once,
    "ids-with-dots": ids_with_dots,
    "ids-without-dots": ids_without_dots,
    "periods-with-hyphen": hyphenated_periods,
    "no-break-spaces": no_break_spaces,
    "trailing-spaces": trailing_spaces,
    "page-footers-sida-n-av-m": page_footers(lambda page, pages: f"Sida {page} av {pages}"),
    "page-footers-bare-numbers": page_footers(lambda page, _: f"{page}"),
    "appendix-wrapped-at-32": rewrapped_appendix(32),
    "appendix-wrapped-at-100": rewrapped_appendix(100),
    "everything-at-once": everything_at_once,
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_layout_variant_gives_the_shipped_plan(name: str, tmp_path: Path) -> None:
    text = VARIANTS[name](seed_text())
    assert text != seed_text()
    source = tmp_path / f"{name}.txt"
    source.write_bytes(text.encode("utf-8"))
    result = hp.import_report(source, closed_titles=TITLES)
    # The same plan but for where each measure was read (another file, other lines).
    assert without_sources(result.plan.to_json()) == without_sources(SHIPPED_TEXT)
    assert {c.source.file for c in result.report.changes} == {source.name}


# ---------------------------------------------------------------------------------------------
# Texts that are not a (whole) report


def cut_in_chapter(text: str) -> str:
    lines = text.split("\n")
    heading = next(i for i, line in enumerate(lines) if line.startswith("Målsättning 2.1."))
    return "\n".join(lines[: heading + 40])


def cut_in_appendix(text: str) -> str:
    return text[: text.index("Avskrivna åtgärder")]


def without_agencies(text: str) -> str:
    return text.replace("Building\t Försvarsmakten\nclock\t 2019–2021\n", "clock\t 2019–2021\n", 1)


def unknown_agency(text: str) -> str:
    return text.replace("Building\t Försvarsmakten\nclock", "Building\t Skatteverket\nclock", 1)


def bad_period(text: str) -> str:
    return text.replace("clock\t 2019–2021\n", "clock\t snart\n", 1)


def wrong_objective(text: str) -> str:
    return text.replace("\t 1.1.3. ", "\t 1.2.3. ", 1)


def number_twice(text: str) -> str:
    return text.replace("\t 1.1.4.\n", "\t 1.1.3.\n", 1)


def no_period(text: str) -> str:
    return text.replace("clock\t 2019–2021\n", "", 1)


REFUSED: dict[str, Callable[[str], str]] = {
    "regeringens-aktiviteter": lambda _: (SOURCES / "regeringens-aktiviteter.txt").read_text(
        encoding="utf-8"
    ),
    "yttrande": lambda _: (SOURCES / "yttrande-cve-personuppgifter.txt").read_text(
        encoding="utf-8"
    ),
    "empty": lambda _: "",
    "blank-lines": lambda _: "\n \n\t\n",
    "cut-in-the-chapter": cut_in_chapter,
    "cut-in-bilaga-1": cut_in_appendix,
    "measure-without-agencies": without_agencies,
    "measure-without-period": no_period,
    "unknown-agency": unknown_agency,
    "period-that-is-none": bad_period,
    "measure-under-another-objective": wrong_objective,
    "number-printed-twice": number_twice,
}


def line_of(printed: str, occurrence: int = 1) -> Callable[[str], int]:
    """The line (from 1) where `printed` starts a line for the `occurrence`-th time."""

    def find(text: str) -> int:
        found = [n for n, line in enumerate(text.split("\n"), 1) if line.startswith(printed)]
        return found[occurrence - 1]

    return find


#: Where each refusal must point: the line that goes wrong; for a text that is no report at
#: all, or one that stops before its end, its first line (the message names the rest).
REFUSED_AT: dict[str, Callable[[str], int]] = {
    "regeringens-aktiviteter": lambda _: 1,
    "yttrande": lambda _: 1,
    "empty": lambda _: 1,
    "blank-lines": lambda _: 1,
    "cut-in-the-chapter": lambda _: 1,
    "cut-in-bilaga-1": lambda _: 1,
    "measure-without-agencies": line_of("clock\t 2019–2021"),  # the period, with no agency
    "measure-without-period": line_of("Building\t Försvarsmakten"),  # agencies, no period
    "unknown-agency": line_of("Building\t Skatteverket"),
    "period-that-is-none": line_of("clock\t snart"),
    "measure-under-another-objective": line_of("\t 1.2.3. "),
    "number-printed-twice": line_of("\t 1.1.3.", occurrence=2),
}


def test_every_refusal_case_says_where() -> None:
    assert sorted(REFUSED_AT) == sorted(REFUSED)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_text_that_is_not_a_whole_report_is_refused_with_its_line(
    name: str, tmp_path: Path
) -> None:
    text = REFUSED[name](seed_text())
    assert text != seed_text()
    source = tmp_path / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    into = hp.load_default()
    before = into.to_json()
    with pytest.raises(hp.DataError) as raised:
        hp.import_report(source, closed_titles=TITLES)
    error = raised.value
    assert isinstance(error, hp.SourceError)
    assert error.source == str(source)
    assert re.fullmatch(r"line \d+", error.where), error
    assert error.line == REFUSED_AT[name](text)
    assert f"{source}: line {error.line}: " in str(error)
    if name.startswith("cut-"):
        assert f"between lines 1 and {len(text.split(chr(10)))}" in str(error)
    # Nothing half-imported: a plan imported into stays as it was.
    with pytest.raises(hp.DataError):
        hp.import_report(source, into=into)
    assert into.to_json() == before


def test_the_line_named_is_where_the_text_goes_wrong(tmp_path: Path) -> None:
    text = unknown_agency(seed_text())
    source = tmp_path / "r.txt"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(hp.DataError, match="Skatteverket") as raised:
        hp.import_report(source)
    assert text.split("\n")[raised.value.line - 1] == "Building\t Skatteverket"


def test_a_file_that_is_not_utf8_is_a_data_error(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes(seed_text().encode("latin-1", "replace"))
    with pytest.raises(hp.DataError, match="not UTF-8"):
        hp.import_report(source)


def test_a_missing_file_is_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(hp.FileError):
        hp.import_report(tmp_path / "nothing.txt")


# ---------------------------------------------------------------------------------------------
# Into a plan


def test_into_a_plan_that_already_has_the_year_is_refused() -> None:
    plan = hp.load_default()
    before = plan.to_json()
    with pytest.raises(hp.DataError, match="already holds a 2021 report"):
        hp.import_report(SEED, into=plan)
    assert plan.to_json() == before


def test_into_a_plan_without_reports_adds_the_report(imported: hp.ImportResult) -> None:
    shipped = shipped_report_part()
    empty = hp.Plan(
        title=shipped.title,
        first_year=shipped.first_year,
        last_year=shipped.last_year,
        priorities=shipped.priorities,
        agencies=shipped.agencies,
    )
    result = hp.import_report(SEED, into=empty, closed_titles=TITLES)
    assert result.plan == shipped
    assert empty.years == []


# ---------------------------------------------------------------------------------------------
# The command line


def test_cli_import_writes_the_plan_and_the_journal(tmp_path: Path) -> None:
    out, journal = tmp_path / "plan.json", tmp_path / "journal.md"
    args = ["import", str(SEED), "-o", str(out), "--journal", str(journal)]
    assert main([*args, "--closed-titles", str(TITLES)]) == 0
    assert out.read_bytes() == SHIPPED_TEXT.encode("utf-8")
    assert journal.read_text(encoding="utf-8").startswith(
        "# Extraktionsrapport: redovisningen 2021"
    )


def test_cli_import_refuses_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cut.txt"
    source.write_text(cut_in_appendix(seed_text()), encoding="utf-8")
    out = tmp_path / "plan.json"
    assert main(["import", str(source), "-o", str(out)]) == 1
    assert not out.exists()
    assert re.search(r"cut\.txt: rad \d+: ", capsys.readouterr().err)


def test_cli_import_into_a_plan_that_has_the_year_exits_1(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    assert main(["import", str(SEED), "-o", str(out), "--into", str(SHIPPED)]) == 1
    assert not out.exists()


def test_cli_import_usage_errors_exit_2(tmp_path: Path) -> None:
    for argv in (["import"], ["import", str(SEED)], ["import", str(SEED), "-o"]):
        with pytest.raises(SystemExit) as raised:
            main(argv)
        assert raised.value.code == 2


def test_cli_import_as_a_program(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    done = subprocess.run(
        [sys.executable, "-m", "handlingsplan", "import", str(SEED), "-o", str(out)]
        + ["--closed-titles", str(TITLES)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == SHIPPED_TEXT.encode("utf-8")


def test_cli_import_of_a_missing_source_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.json"
    assert main(["import", str(tmp_path / "saknas.txt"), "-o", str(out)]) == 1
    assert not out.exists()
    assert "saknas.txt" in capsys.readouterr().err


def test_a_chapter_marking_missing_where_bilaga_1_has_a_status_is_a_discrepancy(
    tmp_path: Path,
) -> None:
    """Bilaga 1 says "Ny åtgärd" for the measure on notification rules; its chapter title
    loses its marking: both are kept, and the journal names the measure and its line."""
    marked = "samhällsviktiga tjänster   Ny åtgärdNy åtgärd\n"
    text = seed_text()
    assert text.count(marked) == 1
    source = tmp_path / "r.txt"
    source.write_text(text.replace(marked, "samhällsviktiga tjänster\n"), encoding="utf-8")
    result = hp.import_report(source)
    said = result.journal.discrepancies(
        "Kapitlets markering och Bilaga 1:s status stämmer inte överens"
    )
    assert len(said) == 1
    (entry,) = said
    id = entry.text.split(":")[0]
    assert result.report.measure(id).title.startswith("Se över föreskrifter om anmälan")
    assert "kapitlets markering (ingen)" in entry.text
    assert "Bilaga 1:s status Ny åtgärd" in entry.text
    assert entry.line is not None
    number = NUMBER_LINE.match(source.read_text(encoding="utf-8").split("\n")[entry.line - 1])
    assert number is not None and number.group(2) == id
    # Bilaga 1's status is kept: the marking is a fact of the chapter only.
    assert result.report.measure(id).status.appendix_text == "Ny åtgärd"


def plan_with_an_earlier_report(path: Path) -> Path:
    """A plan file whose only report, 2020, already holds three of the measures the 2021 report
    marks "Ny åtgärd" (1.1.17, 1.1.18 and 3.1.6; not 4.2.5 and 4.2.6)."""
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    report = data["reports"][0]
    report["year"], report["submitted"] = 2020, "2020-03-02"
    kept = []
    for m in report["measures"]:
        status = m["status"]
        if m["id"] in ("4.2.5", "4.2.6") or status.get("year", 0) > 2020:
            continue
        if status["kind"] in ("ny", "uppdaterad"):
            m["status"] = {"kind": "pågående"}
        m.pop("chapter_marking", None)
        if (m.get("period") or "").startswith("2021"):
            m["period"] = "2020" + m["period"][4:]
        kept.append(m)
    report["measures"] = kept
    report.pop("changes", None)  # the 2021 import's sources name measures dropped here
    data["reports"], data["activities"] = [report], []
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_import_checks_what_it_imported_and_writes_nothing_on_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's case: the import succeeds but `check` refuses the result (three measures
    marked new that the earlier report has): exit 1, the errors printed, nothing written."""
    into = plan_with_an_earlier_report(tmp_path / "plan-2020.json")
    assert main(["check", str(into)]) == 0
    capsys.readouterr()
    out, journal = tmp_path / "ut.json", tmp_path / "journal.md"
    argv = ["import", str(SEED), "-o", str(out), "--into", str(into), "--journal", str(journal)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    flagged = re.findall(r"åtgärd (\S+): fel \[new-but-existed\]", err)
    assert flagged == ["1.1.17", "1.1.18", "3.1.6"]
    assert "ingenting är skrivet" in err and "--force" in err
    assert not out.exists() and not journal.exists()
    # --force writes it anyway; `check` then finds the same errors.
    assert main([*argv, "--force"]) == 0
    assert "3 fel" in capsys.readouterr().out
    assert out.exists() and journal.exists()
    assert main(["check", str(out)]) == 1
    assert len(re.findall(r"\[new-but-existed\]", capsys.readouterr().out)) == 3


def test_cli_import_prints_the_checks_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.json"
    assert main(["import", str(SEED), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    findings = hp.Plan.load(out).validate()
    warnings = sum(f.severity == hp.Severity.warning for f in findings)
    assert warnings == 2  # the two titles the chapters and Bilaga 1 give differently
    assert printed.splitlines()[-1] == "Granskning (som check): 0 fel, 2 varningar"
    # One of the two made alike in the text: one warning, in the singular.
    chapter = "Utveckla ett nationellt cybersäkerhetscenter   Ny åtgärdNy åtgärd\n"
    text = seed_text()
    assert text.count(chapter) == 1
    source = tmp_path / "en-varning.txt"
    source.write_text(text.replace(chapter, chapter.replace("Utveckla", "Etablera")), "utf-8")
    assert main(["import", str(source), "-o", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Granskning (som check): 0 fel, 1 varning"


def test_cli_import_forced_says_what_it_wrote_and_how_it_was_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every flag in the journal's header as typed; the counts of what was written; the journal
    in UTF-8 whatever the machine's own encoding (here made Latin-1)."""
    import io
    import shlex

    text_encoding = io.text_encoding
    monkeypatch.setattr(io, "text_encoding", lambda e, *a: text_encoding(e or "latin-1", *a))
    into = plan_with_an_earlier_report(tmp_path / "plan-2020.json")
    out, journal = tmp_path / "ut.json", tmp_path / "journal.md"
    argv = [
        "import", str(SEED), "-o", str(out), "--into", str(into), "--closed-titles", str(TITLES),
        "--journal", str(journal), "--force",
    ]  # fmt: skip
    assert main(argv) == 0
    printed = capsys.readouterr().out.splitlines()
    header = journal.read_bytes().decode("utf-8").split("\n## ")[0]
    assert f"`{shlex.join(['handlingsplan', *argv])}`" in header
    written = hp.Plan.load(out)
    findings = written.validate()
    errors = sum(f.severity == hp.Severity.error for f in findings)
    assert errors == 3  # the three measures marked new that 2020 has (see above)
    assert printed == [
        f"Redovisning 2021: {len(written.report(2021))} åtgärder inlästa från {SEED}, "
        f"planen skriven till {out}",
        f"Granskning (som check): 3 fel, {len(findings) - errors} varningar; skriven trots "
        "felen (--force)",
    ]
