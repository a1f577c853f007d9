"""Writes the catalogue of malformed plan files: one file per case, and catalogue.json.

Every case is a small change to valid-minimal.json (a complete plan with one measure, kept by
hand in the canonical form), or a few bytes of its own. The tests (tests/cpp/test_malformed.cpp,
tests/python/test_malformed.py) read catalogue.json only; run this script again after changing a
case here:

    python3 tests/malformed/make_catalogue.py

catalogue.json lists, for every case, what loading it must give:
- "error": "DataError" or "FileError", or null when the file is valid and must load;
- "where": a substring of the place (DataError.where: "line L, column C" or a JSON path; for a
  FileError, of the file name), and "says": a substring of the problem (for a FileError, of the
  message);
- "why": what the case is about.
A case has either a "file" (committed beside this script) or "generate" (built at test time,
since it is megabytes): the text of "base" (a file here, or empty) with the first "replace"
swapped for "with", a list of pieces each {"text": ..., "times": N} or {"hex": ..., "times": N}.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BASE_FILE = "valid-minimal.json"
BASE = (HERE / BASE_FILE).read_text(encoding="utf-8")
BOM = b"\xef\xbb\xbf"

cases: list[dict[str, Any]] = []


def add(name: str, data: bytes, error: str | None, where: str, says: str, why: str) -> None:
    assert not (HERE / name).is_dir(), name
    (HERE / name).write_bytes(data)
    cases.append({"file": name, "error": error, "where": where, "says": says, "why": why})


def edit(old: str, new: str | bytes) -> bytes:
    """The base (as UTF-8) with its one occurrence of `old` replaced by `new` (text or bytes)."""
    data, old_bytes = BASE.encode("utf-8"), old.encode("utf-8")
    assert data.count(old_bytes) == 1, old
    return data.replace(old_bytes, new if isinstance(new, bytes) else new.encode("utf-8"))


def tree(mutate: Callable[[Any], None]) -> bytes:
    """The base parsed, changed by `mutate` and written back in the canonical layout."""
    plan = json.loads(BASE)
    mutate(plan)
    return (json.dumps(plan, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def data_error(name: str, data: bytes, where: str, says: str, why: str) -> None:
    add(name, data, "DataError", where, says, why)


def measure(plan: Any) -> Any:
    return plan["reports"][0]["measures"][0]


def setter(*path: str | int, value: Any) -> Callable[[Any], None]:
    def mutate(plan: Any) -> None:
        node = plan
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


M = ("reports", 0, "measures", 0)  # the path of the base's one measure
M_PATH = "/reports/0/measures/0"

# --- JSON syntax: the place is the line and column (columns count characters) -------------------
data_error(
    "syntax-trailing-comma-object.json",
    edit('"samfi": true\n    },\n    {', '"samfi": true,\n    },\n    {'),
    "line 11, column 5",
    "syntax error",
    "a comma after the last field of an object",
)
data_error(
    "syntax-trailing-comma-array.json",
    edit('"tidplan"\n', '"tidplan",\n'),
    "line 58, column 13",
    "unexpected ']'",
    "a comma after the last element of an array",
)
data_error(
    "syntax-missing-comma.json",
    edit('"first_year": 2019,', '"first_year": 2019'),
    "line 5, column 13",
    "syntax error",
    "a comma left out between two fields",
)
data_error(
    "syntax-single-quotes.json",
    edit('"Minimal plan"', "'Minimal plan'"),
    "line 3, column 12",
    "invalid literal",
    "a string in single quotes",
)
data_error(
    "syntax-unquoted-key.json",
    edit('"first_year":', "first_year:"),
    "line 4, column 4",
    "invalid literal",
    "a field name without quotes",
)
data_error(
    "syntax-comment.json",
    edit('{\n  "schema_version"', '{\n  // 2019–2022\n  "schema_version"'),
    "line 2, column 3",
    "invalid literal",
    "a // comment, which JSON does not have",
)
data_error(
    "syntax-unterminated-string.json",
    edit('"Minimal plan",', '"Minimal plan,'),
    "line 3, column 26",
    "must be escaped",
    "a string whose closing quote is missing",
)
data_error(
    "syntax-truncated.json",
    BASE[: BASE.index('"roles"')].encode("utf-8"),
    "line 41, column 13",
    "unexpected end of input",
    "a file cut off in the middle",
)
data_error(
    "syntax-nan.json",
    edit('"page": 22', '"page": NaN'),
    "line 53, column 19",
    "invalid literal",
    "NaN, which JSON does not have",
)
data_error(
    "syntax-infinity.json",
    edit('"page": 22', '"page": -Infinity'),
    "line 53, column 20",
    "invalid number",
    "-Infinity, which JSON does not have",
)
data_error(
    "syntax-leading-zero.json",
    edit('"page": 22', '"page": 022'),
    "line 53, column 21",
    "syntax error",
    "a number with a leading zero",
)
data_error(
    "syntax-hex-number.json",
    edit('"page": 22', '"page": 0x16'),
    "line 53, column 20",
    "syntax error",
    "a hexadecimal number",
)
data_error(
    "syntax-trailing-garbage.json",
    (BASE + "{}\n").encode("utf-8"),
    "line 65, column 1",
    "expected end of input",
    "a second value after the plan",
)
data_error(
    "syntax-tab-in-string.json",
    edit('"Minimal plan"', '"Minimal\tplan"'),
    "line 3, column 20",
    "must be escaped",
    "a raw tab inside a string",
)
data_error(
    "syntax-nul-byte.json",
    edit('"Minimal plan"', '"Minimal\0plan"'),
    "line 3, column 20",
    "must be escaped",
    "a NUL byte inside a string",
)
data_error(
    "syntax-bad-escape.json",
    edit('"Minimal plan"', '"Minimal \\x41 plan"'),
    "line 3, column 22",
    "after backslash",
    "an escape JSON does not have (\\x41)",
)
data_error(
    "syntax-lone-surrogate.json",
    edit('"Minimal plan"', '"Minimal \\ud800 plan"'),
    "line 3, column 27",
    "surrogate",
    "an escaped UTF-16 surrogate without its pair",
)
data_error(
    "syntax-number-overflow.json",
    edit('"page": 22', '"page": 1e400'),
    "line 53, column 23",
    "number overflow",
    "a number too large for any type (1e400)",
)
data_error("empty.json", b"", "", "empty", "an empty file")
data_error("whitespace-only.json", b"\n  \n\t\n", "", "empty", "a file of white space only")

# --- Encodings -------------------------------------------------------------------------------------
data_error(
    "utf8-invalid-byte.json",
    edit("Minimal plan", b"Minimal \xff plan"),
    "line 3, column 21",
    "ill-formed UTF-8",
    "a byte (FF) that is never UTF-8",
)
data_error(
    "utf8-overlong.json",
    edit("Minimal plan", b"Minimal \xc0\xaf plan"),
    "line 3, column 21",
    "ill-formed UTF-8",
    "an overlong encoding of '/' (C0 AF)",
)
data_error(
    "utf8-truncated-sequence.json",
    edit("Minimal plan", b"Minimal \xc3 plan"),
    "line 3, column 22",
    "ill-formed UTF-8",
    "the first byte of a two-byte character without the second",
)
data_error(
    "windows-1252.json",
    BASE.encode("cp1252"),
    "line 9, column 29",
    "ill-formed UTF-8",
    "a plan saved as Windows-1252 (Latin-1) by another program",
)
data_error(
    "utf16.json",
    b"\xff\xfe" + BASE.encode("utf-16-le"),
    "line 1, column 1",
    "invalid literal",
    "a plan saved as UTF-16 with its byte order mark",
)
add(
    "bom.json",
    BOM + BASE.encode("utf-8"),
    None,
    "",
    "",
    "a UTF-8 byte order mark, as Windows editors write: accepted and skipped (saving writes none)",
)
data_error(
    "bom-then-syntax-error.json",
    BOM + b'{"title": tru}\n',
    "line 1, column 14",
    "invalid literal",
    "after a byte order mark, columns count from the first character",
)

# --- The top level ---------------------------------------------------------------------------------
data_error(
    "top-level-array.json",
    ("[\n" + BASE + "]\n").encode("utf-8"),
    "/",
    "expected an object, found an array",
    "the plan inside an array",
)
data_error(
    "top-level-string.json",
    b'"Minimal plan"\n',
    "/",
    "expected an object, found a string",
    "a string instead of a plan",
)
data_error(
    "top-level-null.json",
    b"null\n",
    "/",
    "expected an object, found null",
    "null instead of a plan",
)
data_error(
    "top-level-number.json",
    b"2021\n",
    "/",
    "expected an object, found a whole number",
    "a number instead of a plan",
)

# --- Missing, extra and repeated fields -----------------------------------------------------------
data_error(
    "missing-reports.json",
    tree(lambda p: p.pop("reports")),
    "/",
    'missing the field "reports"',
    "a plan without its reports",
)
data_error(
    "missing-schema-version.json",
    tree(lambda p: p.pop("schema_version")),
    "/",
    'missing the field "schema_version"',
    "a plan that does not say its format",
)
data_error(
    "missing-measure-title.json",
    tree(lambda p: measure(p).pop("title")),
    M_PATH,
    'missing the field "title"',
    "a measure without a title",
)
data_error(
    "missing-status-kind.json",
    tree(lambda p: measure(p)["status"].pop("kind")),
    M_PATH + "/status",
    'missing the field "kind"',
    "a status without its kind",
)
data_error(
    "missing-withdrawal-reason.json",
    tree(setter(*M, "status", value={"kind": "avskriven", "year": 2020})),
    M_PATH + "/status",
    'missing the field "reason"',
    "a withdrawal without its reason",
)
data_error(
    "extra-top-level-field.json",
    tree(setter("comment", value="utkast")),
    "/comment",
    "unknown field",
    "a field the format does not have (unknown fields are rejected)",
)
data_error(
    "extra-measure-field.json",
    tree(setter(*M, "owner", value="MSB")),
    M_PATH + "/owner",
    "unknown field",
    "a misspelt or invented field in a measure",
)
data_error(
    "extra-status-field.json",
    tree(setter(*M, "status", "year", value=2021)),
    M_PATH + "/status/year",
    "unknown field",
    "a year on a status that has none",
)
data_error(
    "extra-field-with-slash.json",
    tree(setter("notes/2021~draft", value="")),
    "/notes~12021~0draft",
    "unknown field",
    "a field whose name needs escaping in a path",
)
data_error(
    "duplicate-key-top-level.json",
    edit('"title": "Minimal plan",', '"title": "Minimal plan",\n  "title": "Another plan",'),
    "/title",
    "given twice",
    "a field given twice: JSON parsers silently keep one, the loader refuses to guess",
)
data_error(
    "duplicate-key-nested.json",
    edit('"kind": "uppdaterad",', '"kind": "uppdaterad",\n            "kind": "ny",'),
    M_PATH + "/status/kind",
    "given twice",
    "a field given twice deep inside a measure",
)
data_error(
    "duplicate-key-in-array.json",
    edit(
        '"Försvarets radioanstalt",\n      "samfi": true',
        '"Försvarets radioanstalt",\n      "samfi": true,\n      "samfi": false',
    ),
    "/agencies/1/samfi",
    "given twice",
    "a field given twice in the second array element",
)
data_error(
    "duplicate-measure-id.json",
    tree(lambda p: p["reports"][0]["measures"].append(copy.deepcopy(measure(p)))),
    M_PATH[:-1] + "1/id",
    "listed twice",
    "one measure listed twice in a report",
)
data_error(
    "duplicate-report-year.json",
    tree(lambda p: p["reports"].append(copy.deepcopy(p["reports"][0]))),
    "/reports/1/year",
    "second report",
    "two reports for one year",
)
data_error(
    "duplicate-agency.json",
    tree(lambda p: p["agencies"].append(copy.deepcopy(p["agencies"][0]))),
    "/agencies",
    "listed twice",
    "one agency twice in the registry",
)
data_error(
    "duplicate-agency-role.json",
    tree(setter(*M, "agencies", "roles", 1, "agency", value="MSB")),
    M_PATH + "/agencies",
    "named twice",
    "one agency with two roles in a measure",
)

# --- Wrong types -----------------------------------------------------------------------------------
data_error(
    "type-title-number.json",
    tree(setter("title", value=2019)),
    "/title",
    "expected a string, found a whole number",
    "a number for a text",
)
data_error(
    "type-title-null.json",
    tree(setter("title", value=None)),
    "/title",
    "expected a string, found null",
    "null for a required text",
)
data_error(
    "type-year-string.json",
    tree(setter("first_year", value="2019")),
    "/first_year",
    "expected a whole number, found a string",
    "a year in quotes",
)
data_error(
    "type-year-boolean.json",
    tree(setter("last_year", value=True)),
    "/last_year",
    "expected a whole number, found a boolean",
    "true for a year",
)
data_error(
    "type-samfi-string.json",
    tree(setter("agencies", 0, "samfi", value="ja")),
    "/agencies/0/samfi",
    "expected true or false, found a string",
    '"ja" for true',
)
data_error(
    "type-measures-object.json",
    tree(setter("reports", 0, "measures", value={})),
    "/reports/0/measures",
    "expected an array, found an object",
    "an object for a list",
)
data_error(
    "type-roles-string.json",
    tree(setter(*M, "agencies", "roles", value="MSB")),
    M_PATH + "/agencies/roles",
    "expected an array, found a string",
    "a text for a list",
)
data_error(
    "type-objective-id-number.json",
    tree(setter("priorities", 0, "objectives", 0, "id", value=1.1)),
    "/priorities/0/objectives/0/id",
    "expected a string, found the number 1.1",
    "an id written as a number (1.1)",
)
data_error(
    "type-page-fraction.json",
    tree(setter(*M, "page", value=22.5)),
    M_PATH + "/page",
    "expected a whole number",
    "a page number with a fraction",
)

# --- Absurd values ---------------------------------------------------------------------------------
data_error(
    "year-0.json", tree(setter("first_year", value=0)), "/first_year", "from 1900 to 2200", "year 0"
)
data_error(
    "year-99999.json",
    tree(setter("reports", 0, "year", value=99999)),
    "/reports/0/year",
    "from 1900 to 2200",
    "year 99999",
)
data_error(
    "year-negative.json",
    tree(setter(*M, "status", value={"kind": "genomförd", "year": -2020})),
    M_PATH + "/status/year",
    "from 1900 to 2200",
    "a completion year before the common era",
)
data_error(
    "date-year-0000.json",
    tree(setter("reports", 0, "submitted", value="0000-03-01")),
    "/reports/0/submitted",
    "outside 1900–2200",
    "a submission date in year 0",
)
data_error(
    "date-february-30.json",
    tree(setter("reports", 0, "submitted", value="2021-02-30")),
    "/reports/0/submitted",
    "not a date in the calendar",
    "30 February",
)
data_error(
    "date-words.json",
    tree(setter("reports", 0, "submitted", value="1 mars 2021")),
    "/reports/0/submitted",
    "YYYY-MM-DD",
    "a date in words",
)
data_error(
    "number-too-big-for-int.json",
    edit('"page": 22', '"page": 123456789012345678901234567890'),
    M_PATH + "/page",
    "expected a whole number",
    "a number of 30 digits, too big for any integer type",
)
data_error(
    "number-uint64-max.json",
    edit('"number": 1,', '"number": 18446744073709551615,'),
    "/priorities/0/number",
    "from 1 to 999",
    "the largest unsigned 64-bit number",
)
data_error(
    "number-int64-min.json",
    edit('"page": 22', '"page": -9223372036854775808'),
    M_PATH + "/page",
    "from 1 to 100000",
    "the smallest signed 64-bit number",
)
data_error(
    "page-negative.json",
    tree(setter(*M, "page", value=-5)),
    M_PATH + "/page",
    "from 1 to 100000",
    "a negative page",
)
for git_rm_old in (
    HERE / "schema-version-3.json",
    HERE / "schema-version-4.json",
    HERE / "schema-version-5.json",
):
    if git_rm_old.exists():
        git_rm_old.unlink()  # rewritten below: version 5 is the current format now


def version_2(mutate: Callable[[Any], None] | None = None) -> Callable[[Any], None]:
    """The base in the format's version 2 (each report's state), changed by `mutate`."""

    def change(plan: Any) -> None:
        plan["schema_version"] = 2
        report = plan["reports"][0]
        measures = report.pop("measures")
        report["state"] = "final"
        report["measures"] = measures
        if mutate:
            mutate(plan)

    return change


def version_3(plan: Any) -> None:
    """The base in the format's version 3 (the government's activities may come from
    assignment pages); with no activities, version 2's file with the new number."""
    version_2()(plan)
    plan["schema_version"] = 3


def version_4(mutate: Callable[[Any], None] | None = None) -> Callable[[Any], None]:
    """The base in the format's version 4 (each report's recorded changes and form register),
    with one change from a form and one register entry, changed by `mutate`."""

    def change(plan: Any) -> None:
        version_3(plan)
        plan["schema_version"] = 4
        report = plan["reports"][0]
        report["state"] = "draft"
        report["changes"] = [
            {
                "measure": "1.1.1",
                "part": "period",
                "before": "2019–2021",
                "after": "2019–2022",
                "source": {
                    "agency": "FRA",
                    "file": "FRA.xlsx",
                    "sheet": "Åtgärder",
                    "cell": "I2",
                    "read": "2021-02-03",
                    "comment": "Förlängd ett år.",
                },
            }
        ]
        report["forms"] = [
            {"agency": "FRA", "event": "answered", "file": "FRA.xlsx", "date": "2021-02-03"}
        ]
        if mutate:
            mutate(plan)

    return change


CHANGE = ("reports", 0, "changes", 0)
CHANGE_PATH = "/reports/0/changes/0"


def chapters_in_version_3(plan: Any) -> None:
    version_3(plan)
    report = plan["reports"][0]
    measures = report.pop("measures")
    report["chapters"] = [
        {"heading": "Slutord", "blocks": [{"kind": "paragraph", "text": "Arbetet fortsätter."}]}
    ]
    report["measures"] = measures


data_error(
    "schema-version-7.json",
    tree(setter("schema_version", value=7)),
    "/schema_version",
    "reads schema_version 1 to 6",
    "a file from a later version of the format",
)
add(
    "schema-version-4.json",
    tree(version_4()),
    None,
    "",
    "",
    "a version-4 file (a draft with a change from a form and its register) loads unchanged",
)
add("schema-version-3.json", tree(version_3), None, "", "", "a version-3 file loads unchanged")
add(
    "current-format.json",
    tree(lambda plan: (version_3(plan), plan.update(schema_version=6))),
    None,
    "",
    "",
    "the base as the library saves it: version 6, no recorded changes, register or own words",
)


def version_5(words: Any, ids: tuple[str, str] | None = None) -> Callable[[Any], None]:
    """Version 5 with the plan's own `words`; with `ids`, the base's objective and measure
    renumbered (the objective's id, the measure's)."""

    def change(plan: Any) -> None:
        version_3(plan)
        plan["schema_version"] = 5
        agencies = plan.pop("agencies")
        plan["words"] = words
        plan["agencies"] = agencies
        priorities, reports = plan.pop("priorities"), plan.pop("reports")
        plan["priorities"], plan["reports"] = priorities, reports
        if ids:
            priorities[0]["number"] = ids[0][0] if ids[0][0].isalpha() else int(ids[0][0])
            priorities[0]["objectives"][0]["id"] = ids[0]
            reports[0]["measures"][0]["id"] = ids[1]

    return change


PILLARS = {
    "levels": {"priority": "Pelare", "objective": "Mål", "measure": "Aktivitet"},
    "ids": "bokstäver",
    "appendix": {"measure_column": "Aktivitet", "empty": "Inga aktiviteter."},
}
add(
    "words.json",
    tree(version_5(PILLARS, ("A.1", "A.1.1"))),
    None,
    "",
    "",
    "version 5: a plan with its own words and lettered ids (pillar A, goal A.1, activity A.1.1)",
)


def follow_up_result(priority: Any, version: int) -> Callable[[Any], None]:
    """Lettered ids (version 5's words) in version `version`, with a report whose follow-up
    gives a result for `priority`."""

    def change(plan: Any) -> None:
        version_5(PILLARS, ("A.1", "A.1.1"))(plan)
        plan["schema_version"] = version
        report = plan["reports"][0]
        measures = report.pop("measures")
        report["follow_up"] = {"results": [{"priority": priority, "text": "Resultat."}]}
        report["measures"] = measures

    return change


add(
    "follow-up-letter.json",
    tree(follow_up_result("A", 6)),
    None,
    "",
    "",
    "version 6: a follow-up result's priority written as a lettered plan writes it (pillar A)",
)
add(
    "follow-up-number-in-version-5.json",
    tree(follow_up_result(1, 5)),
    None,
    "",
    "",
    "version 5 wrote a lettered plan's follow-up results with numbers: it loads unchanged",
)
data_error(
    "follow-up-number-in-letters.json",
    tree(follow_up_result(1, 6)),
    "/reports/0/follow_up/results/0/priority",
    "expected a capital letter",
    "from version 6 a lettered plan's follow-up result names its pillar by its letter",
)
data_error(
    "words-in-version-4.json",
    tree(lambda plan: (version_5(PILLARS, ("A.1", "A.1.1"))(plan), plan.update(schema_version=4))),
    "/words",
    "need schema_version 5",
    "a plan's own words came with version 5",
)
data_error(
    "words-unknown-key.json",
    tree(version_5({"levels": {"pillar": "Pelare"}})),
    "/words/levels/pillar",
    "unknown field",
    "a level the format does not know, with the known ones named",
)
data_error(
    "words-blank.json",
    tree(version_5({"appendix": {"agencies_column": " "}})),
    "/words/appendix/agencies_column",
    "non-empty text",
    "a word of the plan may not be blank",
)
data_error(
    "words-ids-unknown.json",
    tree(version_5({"ids": "letters"})),
    "/words/ids",
    '"siffror" or "bokstäver"',
    "how ids are written is named in Swedish",
)
data_error(
    "words-letter-in-numbers.json",
    tree(version_5({}, ("A.1", "A.1.1"))),
    "/priorities/0/number",
    '"words": {"ids": "bokstäver"}',
    "a lettered pillar in a plan that numbers its priorities",
)
data_error(
    "words-number-in-letters.json",
    tree(version_5({"ids": "bokstäver"}, ("1.1", "1.1.1"))),
    "/priorities/0/number",
    "expected a capital letter",
    "a numbered priority in a plan that letters its pillars",
)
data_error(
    "words-measure-id-style.json",
    tree(
        lambda plan: (
            version_5({"ids": "bokstäver"}, ("A.1", "A.1.1"))(plan),
            setter(*M, "id", value="1.1.1")(plan),
        )
    ),
    M_PATH + "/id",
    "written with siffror, but the plan writes its ids with bokstäver",
    "a measure numbered in a plan that letters its ids: refused where it stands",
)
data_error(
    "changes-in-version-3.json",
    tree(version_4(setter("schema_version", value=3))),
    "/reports/0/changes",
    "unknown field",
    "recorded changes are new in version 4",
)
data_error(
    "change-part-unknown.json",
    tree(version_4(setter(*CHANGE, "part", value="tidsperiod"))),
    CHANGE_PATH + "/part",
    "changed part",
    "a part the format does not know",
)
data_error(
    "change-source-line-text.json",
    tree(version_4(setter(*CHANGE, "source", "line", value="12"))),
    CHANGE_PATH + "/source/line",
    "expected",
    "a line that is not a number",
)
data_error(
    "change-source-read-not-date.json",
    tree(version_4(setter(*CHANGE, "source", "read", value="3 februari"))),
    CHANGE_PATH + "/source/read",
    "YYYY-MM-DD",
    "a day that is not a date",
)
data_error(
    "change-same-before-after.json",
    tree(version_4(setter(*CHANGE, "after", value="2019–2021"))),
    CHANGE_PATH,
    "the same",
    "a change that changes nothing",
)
data_error(
    "change-unknown-measure.json",
    tree(version_4(setter(*CHANGE, "measure", value="1.1.9"))),
    "/reports/0",
    "does not hold",
    "a change of a measure the report does not hold",
)
data_error(
    "change-without-source.json",
    tree(version_4(lambda plan: plan["reports"][0]["changes"][0].pop("source"))),
    CHANGE_PATH,
    "needs a source or a note",
    "a recorded change says where it came from or why",
)
data_error(
    "form-event-unknown.json",
    tree(version_4(setter("reports", 0, "forms", 0, "event", value="returned"))),
    "/reports/0/forms/0/event",
    "form event",
    "an event the register does not know",
)
data_error(
    "form-agency-unknown.json",
    tree(version_4(setter("reports", 0, "forms", 0, "agency", value="FRa"))),
    "/reports/0/forms/0/agency",
    'did you mean "FRA"',
    "a register entry of an agency the plan does not know",
)
data_error(
    "chapters-in-version-3.json",
    tree(chapters_in_version_3),
    "/reports/0/chapters",
    "unknown field",
    "a report's prose chapters came with version 4",
)
add("schema-version-2.json", tree(version_2()), None, "", "", "a version-2 file loads unchanged")


def unit(**fields: Any) -> Callable[[Any], None]:
    """Version 4 with one unit at FRA, given by `fields`."""

    def change(plan: Any) -> None:
        version_3(plan)
        plan["schema_version"] = 4
        plan["agencies"][1]["units"] = [fields]

    return change


add(
    "agency-unit.json",
    tree(unit(short_name="NCSC", name="Nationellt cybersäkerhetscenter")),
    None,
    "",
    "",
    "version 4: a unit of an agency (NCSC at FRA) loads",
)
data_error(
    "agency-unit-blank.json",
    tree(unit(short_name="NCSC", name=" ")),
    "/agencies/1/units/0/name",
    "non-empty text",
    "a unit's name may not be blank",
)
data_error(
    "agency-unit-extra-field.json",
    tree(unit(short_name="NCSC", name="Nationellt cybersäkerhetscenter", agency="FRA")),
    "/agencies/1/units/0/agency",
    "unknown field",
    "a unit names its agency by where it stands, not by a field",
)
data_error(
    "agency-unit-name-taken.json",
    tree(unit(short_name="MSB", name="Nationellt cybersäkerhetscenter")),
    "/agencies",
    'the agency name "MSB" is listed twice',
    "a unit's name may not be another agency's",
)
add(
    "report-draft.json",
    tree(version_2(setter("reports", 0, "state", value="draft"))),
    None,
    "",
    "",
    "a report being prepared",
)
data_error(
    "report-state-missing.json",
    tree(version_2(lambda plan: plan["reports"][0].pop("state"))),
    "/reports/0",
    'missing the field "state"',
    "version 2 says whether each report is final",
)
data_error(
    "report-state-unknown.json",
    tree(version_2(setter("reports", 0, "state", value="inlämnad"))),
    "/reports/0/state",
    '"draft" or "final"',
    "a state the format does not know",
)
data_error(
    "report-state-in-version-1.json",
    tree(setter("reports", 0, "state", value="final")),
    "/reports/0/state",
    "unknown field",
    "a version-1 file knows no report state",
)
data_error(
    "reopening-without-reason.json",
    tree(
        version_2(setter("reports", 0, "reopenings", value=[{"date": "2021-05-02", "reason": " "}]))
    ),
    "/reports/0/reopenings/0/reason",
    "non-empty",
    "a reopening on record needs its reason",
)
data_error(
    "role-agency-unknown.json",
    tree(setter(*M, "agencies", "roles", 0, "agency", value="Säkerhetspolisn")),
    M_PATH + "/agencies/roles/0/agency",
    "not in the plan's registry",
    "an agency the plan's registry does not hold would drop out of every agency query",
)
data_error(
    "title-blank.json",
    tree(setter("title", value=" \t ")),
    "/title",
    "non-empty",
    "a title of white space only",
)
data_error(
    "id-200-levels.json",
    tree(setter(*M, "id", value=".".join(["1"] * 200))),
    M_PATH + "/id",
    "three numbers",
    "a measure id with 200 levels",
)
data_error(
    "id-empty.json",
    tree(setter(*M, "id", value="")),
    M_PATH + "/id",
    "three numbers",
    "an empty measure id",
)
data_error(
    "id-leading-zero.json",
    tree(setter(*M, "id", value="01.1.1")),
    M_PATH + "/id",
    "three numbers",
    "a number with a leading zero in an id",
)
data_error(
    "id-part-1000.json",
    tree(setter(*M, "id", value="1.1.1000")),
    M_PATH + "/id",
    "three numbers",
    "a measure number beyond 999",
)
data_error(
    "id-part-0.json",
    tree(setter(*M, "id", value="1.1.0")),
    M_PATH + "/id",
    "three numbers",
    "measure number 0",
)
data_error(
    "objective-under-wrong-priority.json",
    tree(setter("priorities", 0, "objectives", 0, "id", value="2.1")),
    "/priorities/0/objectives/0/id",
    "does not belong",
    "objective 2.1 under priority 1",
)
data_error(
    "period-backwards.json",
    tree(setter(*M, "period", value="2022–2019")),
    M_PATH + "/period",
    "before it starts",
    "a period that ends before it starts",
)
data_error(
    "period-words.json",
    tree(setter(*M, "period", value="snart")),
    M_PATH + "/period",
    "2019–2022",
    "a period in words",
)
data_error(
    "period-year-99999.json",
    tree(setter(*M, "period", value="2019–99999")),
    M_PATH + "/period",
    "2019–2022",
    "a period ending in year 99999",
)
data_error(
    "status-unknown-kind.json",
    tree(setter(*M, "status", "kind", value="klar")),
    M_PATH + "/status/kind",
    "genomförd",
    "a status kind the format does not have",
)
data_error(
    "status-no-aspects.json",
    tree(setter(*M, "status", "aspects", value=[])),
    M_PATH + "/status",
    "tidplan",
    "an update of neither schedule nor content",
)
data_error(
    "status-aspect-twice.json",
    tree(setter(*M, "status", "aspects", value=["tidplan", "tidplan"])),
    M_PATH + "/status/aspects/1",
    "listed twice",
    "one aspect twice",
)
data_error(
    "role-unknown.json",
    tree(setter(*M, "agencies", "roles", 0, "role", value="chef")),
    M_PATH + "/agencies/roles/0/role",
    "ansvarig",
    "a role the format does not have",
)
data_error(
    "appendix-empty.json",
    tree(setter(*M, "appendix", value={})),
    M_PATH + "/appendix",
    'expected "title"',
    "an appendix entry that says nothing",
)
data_error(
    "chapter-marking-unknown.json",
    tree(setter(*M, "chapter_marking", value="Ändrad")),
    M_PATH + "/chapter_marking",
    "Ny åtgärd",
    "a marking the report does not use",
)

# --- Nesting: the loader refuses more than 64 levels before parsing ------------------------------
data_error(
    "nesting-at-limit.json",
    edit('"Minimal plan"', "[" * 63 + "]" * 63),
    "/title",
    "expected a string, found an array",
    "64 levels (the most allowed), so a type error",
)
data_error(
    "nesting-over-limit.json",
    edit('"Minimal plan"', "[" * 64 + "]" * 64),
    "line 3, column 75",
    "nested deeper than 64",
    "65 levels, one too many",
)

# --- Not a file -------------------------------------------------------------------------------------
cases.append(
    {
        "file": "directory.json",
        "error": "FileError",
        "where": "directory.json",
        "says": "Is a directory",
        "why": "a directory (committed with a README) instead of a file",
    }
)
cases.append(
    {
        "file": "missing.json",
        "error": "FileError",
        "where": "missing.json",
        "says": "No such file or directory",
        "why": "a file that does not exist (never committed)",
    }
)


# --- Too big to commit: built at test time ------------------------------------------------------------
def generated(
    name: str,
    base: str,
    replace: str,
    pieces: list[dict[str, Any]],
    error: str | None,
    where: str,
    says: str,
    why: str,
) -> None:
    spec = {"base": base, "replace": replace, "with": pieces}
    cases.append(
        {"generate": spec, "name": name, "error": error, "where": where, "says": says, "why": why}
    )


def piece(text: str = "", times: int = 1, hex: str = "") -> dict[str, Any]:
    return {"hex": hex, "times": times} if hex else {"text": text, "times": times}


generated(
    "deep-arrays",
    "",
    "",
    [piece("[", 100_000)],
    "DataError",
    "line 1, column 65",
    "nested deeper than 64",
    "100,000 nested arrays",
)
generated(
    "deep-objects",
    "",
    "",
    [piece('{"a":', 100_000)],
    "DataError",
    "line 1, column 321",
    "nested deeper than 64",
    "100,000 nested objects",
)
generated(
    "deep-arrays-in-title",
    BASE_FILE,
    '"Minimal plan"',
    [piece("[", 100_000), piece("]", 100_000)],
    "DataError",
    "line 3, column 75",
    "nested deeper than 64",
    "a title of 100,000 balanced nested arrays",
)
generated(
    "title-10mb",
    BASE_FILE,
    "Minimal plan",
    [piece("A", 10_000_000)],
    None,
    "",
    "",
    "a 10 MB title: no rule limits a title's length, so it loads (and fast)",
)
generated(
    "title-10mb-invalid-utf8",
    BASE_FILE,
    "Minimal plan",
    [piece("A", 10_000_000), piece(hex="ff")],
    "DataError",
    "line 3, column 10000013",
    "ill-formed UTF-8",
    "a bad byte at the end of a 10 MB title; the message stays short",
)
generated(
    "number-million-digits",
    BASE_FILE,
    '"page": 22',
    [piece('"page": 1'), piece("0", 1_000_000)],
    "DataError",
    "line 53, column 1000019",
    "number overflow",
    "a number of a million digits",
)
generated(
    "unterminated-10mb",
    "",
    "",
    [piece('{"title": "'), piece("ä", 5_000_000)],
    "DataError",
    "line 1, column 5000012",
    "missing closing quote",
    "a 10 MB string that never ends; the message stays short",
)

(HERE / "catalogue.json").write_text(
    json.dumps({"base": BASE_FILE, "cases": cases}, ensure_ascii=False, indent=1) + "\n",
    encoding="utf-8",
)
print(f"{len(cases)} cases, {sum('file' in c for c in cases)} of them files")
