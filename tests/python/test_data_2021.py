"""The shipped plan's 2021 report checked against the 2021 report's own text.

Expected values come from the seed text (``data/sources/redovisning-2021.txt``), read by
``seed_2021`` independently of the extraction script that produced ``data/handlingsplan.json``;
a few facts read off the seed by hand check that reader (their seed line numbers are given).
The data is seen only through the library: ``handlingsplan.load_default().report(2021)``.

"""

from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd
import pytest

import seed_2021
from seed_2021 import join_lines, loose_key

SEED = seed_2021.load()
CURRENT = {r.id: r for r in SEED.current}
COMPLETED = {r.id: r for r in SEED.completed}
WITHDRAWN = {r.id: r for r in SEED.withdrawn}
ALL_IDS = sorted([*CURRENT, *COMPLETED, *WITHDRAWN], key=seed_2021.id_key)
ACTIVE_KINDS = ("pågående", "ny", "uppdaterad")


# --------------------------------------------------------------------------------------------
# Helpers


def is_missing(value) -> bool:
    """None, pd.NA, NaN or NaT."""
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return pd.api.types.is_scalar(value) and bool(pd.isna(value))


def as_int(value) -> int | None:
    return None if is_missing(value) else int(value)


def as_text(value) -> str | None:
    return None if is_missing(value) else value


def where(row) -> str:
    """Where a seed item is printed, for failure messages."""
    return f"(seed {SEED.path.name} line {row.line})"


def assert_same_text(data: str, expected: seed_2021.Joined, what: str, row) -> None:
    """The data's text equals the seed's: exactly where the seed's line-break hyphenation was
    repaired unambiguously, else ignoring whitespace and hyphens."""
    assert isinstance(data, str), f"{what}: {data!r} is not a text {where(row)}"
    if expected.ambiguous:
        assert loose_key(data) == loose_key(expected.text), (
            f"{what}: data {data!r} != seed {expected.text!r} (ignoring hyphens) {where(row)}"
        )
    else:
        assert data == expected.text, (
            f"{what}: data {data!r} != seed {expected.text!r} {where(row)}"
        )


def assert_whole_lines_title(title: str, candidates: list[seed_2021.Joined], row) -> None:
    """Where the seed does not mark the end of a title, the title must be the text of the
    first k printed lines of the cell (a title ends at a line end, a description follows)."""
    matching = [c for c in candidates if loose_key(c.text) == loose_key(title)]
    assert matching, (
        f"title {title!r} is not the first line(s) of the printed text; "
        f"candidates {[c.text for c in candidates]} {where(row)}"
    )
    if not any(c.ambiguous for c in matching):
        assert title in [c.text for c in matching], (
            f"title {title!r} != seed {matching[0].text!r} {where(row)}"
        )


def assert_agencies(measure: dict, agency_text: str, row) -> None:
    """The agency lists agree with the roles printed in the agency text."""
    responsible, others = seed_2021.agencies_of(agency_text)
    data_responsible = list(measure["responsible"])
    data_agencies = list(measure["agencies"])
    assert data_responsible == responsible, (
        f"responsible {data_responsible} != {responsible} from {agency_text!r} {where(row)}"
    )
    assert data_agencies[: len(responsible)] == responsible, (
        f"agencies {data_agencies} do not start with the responsible {responsible} {where(row)}"
    )
    assert sorted(data_agencies) == sorted(responsible + others), (
        f"agencies {data_agencies} != {responsible + others} from {agency_text!r} {where(row)}"
    )


# --------------------------------------------------------------------------------------------
# Fixtures: the library's view of the shipped data


@pytest.fixture(scope="module")
def plan():
    import handlingsplan as hp

    return hp.load_default()


@pytest.fixture(scope="module")
def df(plan) -> pd.DataFrame:
    return plan.report(2021).to_dataframe()


@pytest.fixture(scope="module")
def measures(df) -> dict[str, dict]:
    rows = df.to_dict("records")
    by_id = {r["id"]: r for r in rows}
    assert len(by_id) == len(rows), "duplicate ids in the 2021 report"
    return by_id


@pytest.fixture(scope="module")
def objectives(plan) -> dict[str, tuple[int, str]]:
    """objective id -> (priority number, text)."""
    return {str(o.id): (p.number, o.text) for p in plan.priorities for o in p.objectives}


def measure(measures: dict[str, dict], measure_id: str) -> dict:
    assert measure_id in measures, f"measure {measure_id} is missing from the 2021 report"
    return measures[measure_id]


# --------------------------------------------------------------------------------------------
# The seed reader, checked against facts read off the seed by hand


def test_seed_reader_counts():
    # Bilaga 1 "Aktuella åtgärder" (lines 1676-2238): 19 + 16 + 8 + 8 + 13 + 5 rows.
    assert Counter(r.priority for r in SEED.current) == {1: 19, 2: 16, 3: 8, 4: 8, 5: 13, 6: 5}
    # "Genomförda åtgärder" (lines 2242-2488): 7 finished in 2019, 9 in 2020.
    assert Counter(r.year for r in SEED.completed) == {2019: 7, 2020: 9}
    # "Avskrivna åtgärder" (lines 2491-2686): 5 withdrawn in 2019, 4 in 2020.
    assert Counter(r.year for r in SEED.withdrawn) == {2019: 5, 2020: 4}
    # The chapter marks 5 measures "Ny åtgärdNy åtgärd" and 20 "UppdateradUppdaterad"
    # (lines 607-1617).
    assert Counter(m.marking for m in SEED.chapter.values()) == {
        None: 44,
        "Uppdaterad": 20,
        "Ny åtgärd": 5,
    }


def test_seed_reader_rows_printed_on_one_line():
    # Line 1873: "2.1.9. Etablera WIS över SGSI MSB 29".
    r = CURRENT["2.1.9"]
    assert (r.title.text, r.agency_text, r.status_text, r.page) == (
        "Etablera WIS över SGSI",
        "MSB",
        "",
        29,
    )
    # Lines 2168-2174: "5.4.1 Genomföra delmoment i TFÖ 2020 Försvarsmakten till-" / "sammans med MSB"
    # / "Uppdaterad, " / "tidplan" / "42".
    r = CURRENT["5.4.1"]
    assert (r.title.text, r.agency_text, r.status_text, r.page) == (
        "Genomföra delmoment i TFÖ 2020",
        "Försvarsmakten tillsammans med MSB",
        "Uppdaterad, tidplan",
        42,
    )
    # Lines 2011-2021: the agency cell "FRA, Försvarsmakten, / MSB, och Säkerhets- / polisen i nära …".
    r = CURRENT["3.1.6"]
    assert r.agency_text == (
        "FRA, Försvarsmakten, MSB, och Säkerhetspolisen i nära samverkan med Polismyndigheten, FMV och PTS"
    )
    assert (r.status_text, r.page) == ("Ny åtgärd", 35)
    # Lines 2283-2284: "MSB 2020" directly followed by " 1.1.11 Utveckla MSB:s metodstöd …".
    assert (COMPLETED["1.1.8"].agency_text, COMPLETED["1.1.8"].year) == ("MSB", 2020)
    assert COMPLETED["1.1.11"].line == 2284


def test_seed_chapter_lists_the_current_measures():
    """The chapter's numbered blocks are Bilaga 1's current rows, in the same order."""
    assert list(SEED.chapter) == [r.id for r in SEED.current]


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_seed_chapter_agrees_with_bilaga(measure_id):
    """Marking, agency and objective heading of a chapter block agree with its Bilaga 1 row."""
    cm, row = SEED.chapter[measure_id], CURRENT[measure_id]
    kind, _ = seed_2021.status_of(row.status_text)
    assert cm.marking == {"ny": "Ny åtgärd", "uppdaterad": "Uppdaterad"}.get(kind), where(row)
    assert cm.agency_text == row.agency_text, where(row)
    assert cm.objective == measure_id.rsplit(".", 1)[0], where(row)
    assert row.priority == int(measure_id.split(".")[0]), where(row)


def test_seed_page_headers_agree_with_sida():
    """A page header inside the chapter ("28 Samlad informations- …", line 830) is followed
    by a measure printed on that page, as Bilaga 1's Sida says (1.4.4, page 28)."""
    headers = [
        (i + 1, int(re.match(r"\d+", ln.strip()).group()))
        for i, ln in enumerate(SEED.lines)
        if seed_2021.PAGE_HEADER_RE.match(ln.strip())
    ]
    first, last = (
        min(m.line for m in SEED.chapter.values()),
        max(m.line for m in SEED.chapter.values()),
    )
    inside = [(line, page) for line, page in headers if first < line < last]
    assert inside == [(830, 28)]
    for line, page in inside:
        after = min((m for m in SEED.chapter.values() if m.line > line), key=lambda m: m.line)
        assert CURRENT[after.id].page == page


def test_seed_objectives_overview_matches_chapter_headings():
    """The overview's bullets, numbered by OBJECTIVES_PER_PRIORITY, have the texts of the
    chapter's "Målsättning P.M." headings; 3.2 has no active measure and so no heading."""
    overview = {o.id: o.text.text for o in SEED.overview_objectives}
    chapter = {oid: o.text.text for oid, o in SEED.chapter_objectives.items()}
    assert set(overview) - set(chapter) == {"3.2"}
    assert set(chapter) <= set(overview)
    for oid, text in chapter.items():
        assert overview[oid] == text, oid


def test_seed_priority_titles_agree():
    """The numbered list (lines 81-90), the overview (lines 99-186) and the chapter headings
    print the same six priority titles."""
    numbered = [p.title.text for p in SEED.priorities]
    assert [p.number for p in SEED.priorities] == [1, 2, 3, 4, 5, 6]
    assert [t.text for t in SEED.overview_priority_titles] == numbered
    assert [SEED.chapter_priority_titles[n].text for n in range(1, 7)] == numbered


def test_seed_withdrawn_rows_print_reason_as_last_paragraph():
    # Each "Avskrivna åtgärder" row prints title and description, then the reason as a
    # paragraph of its own (e.g. lines 2506-2507 "Motsvarande konferens genomförs inom ramen /
    # för det nationella cybersäkerhetscentret.", lines 2581-2583 "… gör att åtgärden avskrivs").
    assert all(len(r.paragraphs) == 2 for r in SEED.withdrawn)
    assert join_lines(list(WITHDRAWN["2.1.7"].paragraphs[-1])).text.endswith(
        "gör att åtgärden avskrivs i handlingsplanen."
    )


# --------------------------------------------------------------------------------------------
# The report as a whole: ids, order, counts


def test_ids_in_numeric_order(df):
    """One row per measure of the seed (current, completed, withdrawn), in numeric id order."""
    assert list(df["id"]) == ALL_IDS


SECTIONS = {
    "aktuella": (ACTIVE_KINDS, SEED.current),
    "genomförda": (("genomförd",), SEED.completed),
    "avskrivna": (("avskriven",), SEED.withdrawn),
}


@pytest.mark.parametrize("section", list(SECTIONS))
def test_section_ids_in_printed_order(df, section):
    kinds, rows = SECTIONS[section]
    data_ids = list(df.loc[df["status"].isin(kinds), "id"])
    assert data_ids == [r.id for r in rows]


@pytest.mark.parametrize("priority", range(1, 7))
def test_current_ids_per_priority(df, priority):
    """Bilaga 1's table for a priority lists the data's active measures of that priority."""
    active = df[df["status"].isin(ACTIVE_KINDS)]
    data_ids = list(active.loc[active["priority"] == priority, "id"])
    assert data_ids == [r.id for r in SEED.current if r.priority == priority]


@pytest.mark.parametrize("priority", range(1, 7))
def test_status_counts_per_priority(df, priority):
    expected = Counter(
        seed_2021.status_of(r.status_text)[0] for r in SEED.current if r.priority == priority
    )
    expected.update("genomförd" for r in SEED.completed if r.id.startswith(f"{priority}."))
    expected.update("avskriven" for r in SEED.withdrawn if r.id.startswith(f"{priority}."))
    assert Counter(df.loc[df["priority"] == priority, "status"]) == expected


def test_status_counts(df):
    expected = Counter(seed_2021.status_of(r.status_text)[0] for r in SEED.current)
    expected.update({"genomförd": len(SEED.completed), "avskriven": len(SEED.withdrawn)})
    assert Counter(df["status"]) == expected


def test_updated_aspect_counts(df):
    expected = Counter(
        r.status_text for r in SEED.current if r.status_text.startswith("Uppdaterad")
    )
    updated = df[df["status"] == "uppdaterad"]
    data = Counter(
        "Uppdaterad, " + " och ".join(a for a in ("tidplan", "innehåll") if a in set(aspects))
        for aspects in updated["updated_aspects"]
    )
    assert data == expected


def test_year_counts(df):
    completed = Counter(as_int(y) for y in df.loc[df["status"] == "genomförd", "completed_year"])
    withdrawn = Counter(as_int(y) for y in df.loc[df["status"] == "avskriven", "withdrawn_year"])
    assert completed == Counter(r.year for r in SEED.completed)
    assert withdrawn == Counter(r.year for r in SEED.withdrawn)


def test_period_counts(df):
    active = df[df["status"].isin(ACTIVE_KINDS)]
    assert Counter(active["period"]) == Counter(m.period for m in SEED.chapter.values())


# --------------------------------------------------------------------------------------------
# Every measure


@pytest.mark.parametrize("measure_id", ALL_IDS, ids=str)
def test_priority_and_objective(measures, measure_id):
    m = measure(measures, measure_id)
    p, o, _ = measure_id.split(".")
    assert as_int(m["priority"]) == int(p)
    assert m["objective"] == f"{p}.{o}"


# Current measures (Bilaga 1 "Aktuella åtgärder" and the Åtgärder chapter)


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_current_status(measures, measure_id):
    m, row = measure(measures, measure_id), CURRENT[measure_id]
    kind, aspects = seed_2021.status_of(row.status_text)
    assert m["status"] == kind, f"Bilaga 1 status {row.status_text!r} {where(row)}"
    data_aspects = list(m["updated_aspects"])
    assert len(data_aspects) == len(set(data_aspects)) and set(data_aspects) == set(aspects), (
        f"updated_aspects {data_aspects}, Bilaga 1 status {row.status_text!r} {where(row)}"
    )
    assert as_int(m["completed_year"]) is None and as_int(m["withdrawn_year"]) is None
    assert as_text(m["withdrawn_reason"]) is None


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_current_page(measures, measure_id):
    m, row = measure(measures, measure_id), CURRENT[measure_id]
    assert as_int(m["page"]) == row.page, f"Bilaga 1 Sida {where(row)}"


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_current_appendix_title(measures, measure_id):
    m, row = measure(measures, measure_id), CURRENT[measure_id]
    assert_same_text(m["title_in_appendix"], row.title, "Bilaga 1 title", row)


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_current_chapter_title(measures, measure_id):
    m, cm = measure(measures, measure_id), SEED.chapter[measure_id]
    expected = SEED.chapter_title(measure_id)
    if expected is not None:
        assert_same_text(m["title"], expected, "chapter title", cm)
    else:  # an unmarked title worded unlike Bilaga 1: its end is not printed
        assert_whole_lines_title(m["title"], cm.title_candidates(), cm)


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_current_title_and_description_are_the_chapter_text(measures, measure_id):
    """Title and description together are the chapter's text of the measure (markings,
    whitespace and hyphens aside): nothing lost, nothing added."""
    m, cm = measure(measures, measure_id), SEED.chapter[measure_id]
    assert m["description"], f"empty description {where(cm)}"
    assert loose_key(m["title"] + m["description"]) == loose_key(cm.text.text), where(cm)


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_current_agency_texts(measures, measure_id):
    m, cm, row = measure(measures, measure_id), SEED.chapter[measure_id], CURRENT[measure_id]
    assert m["agency_text"] == cm.agency_text, f"chapter agency (Building) {where(cm)}"
    assert m["agencies_in_appendix"] == row.agency_text, f"Bilaga 1 agency {where(row)}"


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_current_agencies(measures, measure_id):
    cm = SEED.chapter[measure_id]
    assert_agencies(measure(measures, measure_id), cm.agency_text, cm)


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_current_period(measures, measure_id):
    m, cm = measure(measures, measure_id), SEED.chapter[measure_id]
    start, end, open_ended = seed_2021.parse_period(cm.period)
    assert m["period"] == cm.period, f"chapter period (clock) {where(cm)}"
    assert as_int(m["period_start"]) == start, where(cm)
    assert as_int(m["period_end"]) == end, where(cm)
    assert not is_missing(m["open_ended"]) and bool(m["open_ended"]) is open_ended, where(cm)


@pytest.mark.parametrize("measure_id", list(CURRENT), ids=str)
def test_current_chapter_marking(measures, measure_id):
    m, cm = measure(measures, measure_id), SEED.chapter[measure_id]
    assert as_text(m["chapter_marking"]) == cm.marking, f"marking beside the title {where(cm)}"


# Completed and withdrawn measures (printed only in Bilaga 1)

CLOSED = {**COMPLETED, **WITHDRAWN}


@pytest.mark.parametrize("measure_id", list(COMPLETED), ids=str)
def test_completed_status_and_year(measures, measure_id):
    m, row = measure(measures, measure_id), COMPLETED[measure_id]
    assert m["status"] == "genomförd", where(row)
    assert as_int(m["completed_year"]) == row.year, f"Klar {where(row)}"
    assert as_int(m["withdrawn_year"]) is None and as_text(m["withdrawn_reason"]) is None
    assert list(m["updated_aspects"]) == []


@pytest.mark.parametrize("measure_id", list(WITHDRAWN), ids=str)
def test_withdrawn_status_year_and_reason(measures, measure_id):
    m, row = measure(measures, measure_id), WITHDRAWN[measure_id]
    assert m["status"] == "avskriven", where(row)
    assert as_int(m["withdrawn_year"]) == row.year, f"Avskriven {where(row)}"
    assert as_int(m["completed_year"]) is None
    assert list(m["updated_aspects"]) == []
    reason = as_text(m["withdrawn_reason"])
    assert reason is not None, f"no reason {where(row)}"
    assert_same_text(reason, join_lines(list(row.paragraphs[-1])), "reason (last paragraph)", row)


@pytest.mark.parametrize("measure_id", list(CLOSED), ids=str)
def test_closed_agency_texts(measures, measure_id):
    m, row = measure(measures, measure_id), CLOSED[measure_id]
    assert m["agency_text"] == row.agency_text, f"Bilaga 1 agency {where(row)}"
    assert m["agencies_in_appendix"] == row.agency_text, f"Bilaga 1 agency {where(row)}"


@pytest.mark.parametrize("measure_id", list(CLOSED), ids=str)
def test_closed_agencies(measures, measure_id):
    row = CLOSED[measure_id]
    assert_agencies(measure(measures, measure_id), row.agency_text, row)


@pytest.mark.parametrize("measure_id", list(CLOSED), ids=str)
def test_closed_title(measures, measure_id):
    """Bilaga 1 prints title and description in one cell without marking where the title
    ends: the title must be the cell's first printed line(s)."""
    m, row = measure(measures, measure_id), CLOSED[measure_id]
    assert m["title_in_appendix"] == m["title"], where(row)
    assert_whole_lines_title(m["title"], row.title_candidates(), row)


@pytest.mark.parametrize("measure_id", list(CLOSED), ids=str)
def test_closed_title_and_description_are_the_printed_text(measures, measure_id):
    """Title, description (and reason, if kept apart) together are the cell's text."""
    m, row = measure(measures, measure_id), CLOSED[measure_id]
    assert m["description"], f"empty description {where(row)}"
    printed = loose_key(row.text.text)
    data = loose_key(m["title"] + m["description"])
    reason = as_text(m["withdrawn_reason"]) or ""
    assert printed in (data, data + loose_key(reason)), where(row)


@pytest.mark.parametrize("measure_id", list(CLOSED), ids=str)
def test_closed_have_no_page_period_or_marking(measures, measure_id):
    m, row = measure(measures, measure_id), CLOSED[measure_id]
    assert as_int(m["page"]) is None, f"no Sida is printed {where(row)}"
    assert as_text(m["period"]) is None, f"no period is printed {where(row)}"
    assert as_int(m["period_start"]) is None and as_int(m["period_end"]) is None, where(row)
    assert not is_missing(m["open_ended"]) and bool(m["open_ended"]) is False, where(row)
    assert as_text(m["chapter_marking"]) is None, where(row)


# --------------------------------------------------------------------------------------------
# The strategy: priorities and objectives


def test_priority_numbers(plan):
    assert [p.number for p in plan.priorities] == [p.number for p in SEED.priorities]


@pytest.mark.parametrize("number", [p.number for p in SEED.priorities], ids=str)
def test_priority_title(plan, number):
    expected = next(p for p in SEED.priorities if p.number == number)
    data = [p for p in plan.priorities if p.number == number]
    assert len(data) == 1, f"priority {number}"
    assert_same_text(data[0].title, expected.title, f"priority {number} title", expected)


def test_objective_ids(plan):
    data = [(p.number, str(o.id)) for p in plan.priorities for o in p.objectives]
    assert data == [(int(o.id.split(".")[0]), o.id) for o in SEED.overview_objectives]


@pytest.mark.parametrize("objective_id", [o.id for o in SEED.overview_objectives], ids=str)
def test_objective_text(objectives, objective_id):
    expected = next(o for o in SEED.overview_objectives if o.id == objective_id)
    assert objective_id in objectives, f"objective {objective_id} is missing"
    number, text = objectives[objective_id]
    assert number == int(objective_id.split(".")[0])
    assert_same_text(text, expected.text, f"objective {objective_id} (overview)", expected)
    heading = SEED.chapter_objectives.get(objective_id)
    if heading is not None:
        assert_same_text(text, heading.text, f"objective {objective_id} (chapter heading)", heading)
