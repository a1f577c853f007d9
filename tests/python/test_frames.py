"""The DataFrames of `handlingsplan.frames` and the usual one-line questions, on the shipped 2021
report, checked against facts read from the report's own text (``seed_facts_2021``), plus the
frames' conventions (columns, dtypes) and a plan with two reports built here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import pandas as pd
import pytest

import handlingsplan as hp
import seed_facts_2021 as facts
from handlingsplan import frames

PLAN = hp.load_default()
REPORT = PLAN.report(2021)
SEED = {m.id: m for m in facts.measures()}
SAMFI = set(facts.seed_2021.SAMFI_AGENCIES)


def ids(measures: Iterable[hp.Measure] | pd.DataFrame) -> list[str]:
    """The ids of a list of measures or of a frame's id column, as texts."""
    if isinstance(measures, pd.DataFrame):
        return list(measures["id"])
    return [str(m.id) for m in measures]


def seed_ids(keep: Callable[[facts.SeedMeasure], bool]) -> list[str]:
    """The ids of the measures of the report's text for which `keep` holds, in numeric order."""
    return [m.id for m in facts.measures() if keep(m)]


# --------------------------------------------------------------------------------------------
# agency_roles_frame


@pytest.fixture(scope="module")
def roles() -> pd.DataFrame:
    return REPORT.agency_roles()


def test_agency_roles_columns_and_dtypes(roles: pd.DataFrame) -> None:
    assert list(roles.columns) == [
        "id",
        "priority",
        "objective",
        "agency",
        "agency_name",
        "samfi",
        "role",
        "responsible",
        "status",
    ]
    assert roles["role"].dtype == pd.CategoricalDtype(list(facts.ROLES), ordered=True)
    assert roles["status"].dtype == pd.CategoricalDtype(list(facts.STATUSES), ordered=True)
    assert roles["priority"].dtype == "int64"
    assert roles["samfi"].dtype == bool and roles["responsible"].dtype == bool
    assert roles.index.equals(pd.RangeIndex(len(roles)))


def test_agency_roles_rows_follow_the_printed_agency_texts(roles: pd.DataFrame) -> None:
    expected = [(m.id, agency, role) for m in facts.measures() for agency, role in m.roles]
    assert (
        list(zip(roles["id"], roles["agency"], roles["role"].astype(str), strict=False)) == expected
    )


def test_agency_roles_per_measure_facts(roles: pd.DataFrame) -> None:
    for row in roles.itertuples():
        seed = SEED[row.id]
        assert (row.priority, row.objective, row.status) == (
            seed.priority,
            seed.objective,
            seed.status,
        )
        assert row.responsible == (row.role == "ansvarig")
        assert row.samfi == (row.agency in SAMFI)


def test_agency_roles_names_from_the_registry(roles: pd.DataFrame) -> None:
    names = dict(zip(roles["agency"], roles["agency_name"], strict=False))
    assert names["FRA"] == "Försvarets radioanstalt"
    assert names["MSB"] == "Myndigheten för samhällsskydd och beredskap"
    assert names["Försvarsmakten"] == "Försvarsmakten"


def test_role_order_puts_ansvarig_first() -> None:
    assert frames.role_dtype().categories[0] == "ansvarig"
    assert (
        frames.role_label(hp.Role.with_support) == frames.role_label("med stöd av") == "med stöd av"
    )
    with pytest.raises(hp.ParseError):
        frames.role_label("leder")


# --------------------------------------------------------------------------------------------
# objectives_frame


@pytest.fixture(scope="module")
def objectives() -> pd.DataFrame:
    return REPORT.objectives_frame()


def test_objectives_columns_and_rows(objectives: pd.DataFrame) -> None:
    assert list(objectives.columns) == [
        "id",
        "priority",
        "text",
        *facts.STATUSES,
        "active",
        "total",
    ]
    assert list(objectives["id"]) == facts.objective_ids()
    assert "3.2" in list(objectives["id"])  # no active measure, printed only in the overview
    for column in ["priority", *facts.STATUSES, "active", "total"]:
        assert objectives[column].dtype == "int64", column


def test_objective_texts_are_the_overviews(objectives: pd.DataFrame) -> None:
    for objective, text in zip(facts.seed().overview_objectives, objectives["text"], strict=False):
        expected = objective.text
        if expected.ambiguous:
            assert facts.seed_2021.loose_key(text) == facts.seed_2021.loose_key(expected.text)
        else:
            assert text == expected.text


def test_objective_counts(objectives: pd.DataFrame) -> None:
    counts = Counter((m.objective, m.status) for m in facts.measures())
    for row in objectives.to_dict("records"):
        for status in facts.STATUSES:
            assert row[status] == counts[row["id"], status], (row["id"], status)
        assert row["active"] == sum(counts[row["id"], s] for s in facts.ACTIVE)
        assert row["total"] == sum(counts[row["id"], s] for s in facts.STATUSES)
    row_3_2 = objectives.set_index("id").loc["3.2"]
    assert row_3_2["active"] == 0 and row_3_2["avskriven"] == row_3_2["total"] > 0
    assert objectives["total"].sum() == len(facts.measures())


# --------------------------------------------------------------------------------------------
# report_summary_frame


def test_summary_of_the_shipped_plan() -> None:
    summary = PLAN.summary_frame()
    assert list(summary.columns) == ["year", "status", "count"]
    assert summary["status"].dtype == frames.status_dtype()
    assert summary["year"].dtype == "int64" and summary["count"].dtype == "int64"
    assert list(summary["year"]) == [2021] * 5
    assert (
        dict(zip(summary["status"].astype(str), summary["count"], strict=False))
        == facts.status_counts()
    )


def two_report_plan() -> hp.Plan:
    """The shipped plan with a made-up 2022 report: 1.1.1 completed in 2021, the rest as in 2021
    minus everything closed."""
    carried = [m for m in REPORT if m.status.is_active]
    edited = [
        m.replace(status=hp.Status.completed(2021)) if str(m.id) == "1.1.1" else m for m in carried
    ]
    report_2022 = hp._core.Report(2022, REPORT.submitted.replace(year=2022), edited)
    return hp.Plan(
        title=PLAN.title,
        first_year=PLAN.first_year,
        last_year=PLAN.last_year,
        priorities=PLAN.priorities,
        agencies=PLAN.agencies,
        reports=[hp._core.Report(2021, REPORT.submitted, list(REPORT)), report_2022],
    )


def test_summary_of_two_reports_pivots_to_year_by_status() -> None:
    summary = two_report_plan().summary_frame()
    assert len(summary) == 2 * 5
    table = summary.pivot(index="year", columns="status", values="count")
    assert list(table.index) == [2021, 2022]
    assert list(table.columns.astype(str)) == list(facts.STATUSES)
    active = facts.status_counts()
    assert table.loc[2022, "genomförd"] == 1
    assert table.loc[2022].sum() == sum(active[s] for s in facts.ACTIVE)


def test_summary_of_a_plan_without_reports() -> None:
    plan = hp.Plan(title="Tom", first_year=2023, last_year=2026, priorities=PLAN.priorities)
    summary = plan.summary_frame()
    assert summary.empty and list(summary.columns) == ["year", "status", "count"]


# --------------------------------------------------------------------------------------------
# agency_matrix_frame


@pytest.mark.parametrize("role", [None, "ansvarig", "i samverkan med"])
@pytest.mark.parametrize("active_only", [True, False])
def test_agency_matrix_frame(role: str | None, active_only: bool) -> None:
    matrix = frames.agency_matrix_frame(REPORT, role, active_only)
    expected = facts.matrix(role, active_only)
    assert list(matrix.columns) == [1, 2, 3, 4, 5, 6]
    assert set(matrix.index) == {agency for agency, _ in expected}
    samfi_first = [a for a in facts.seed_2021.SAMFI_AGENCIES if a in set(matrix.index)]
    assert list(matrix.index[: len(samfi_first)]) == samfi_first
    for agency in matrix.index:
        for priority in matrix.columns:
            assert matrix.loc[agency, priority] == expected.get((agency, priority), 0), (
                agency,
                priority,
            )


# --------------------------------------------------------------------------------------------
# The usual questions, one line each, as documented in handlingsplan.frames


@pytest.fixture(scope="module")
def df() -> pd.DataFrame:
    return REPORT.to_dataframe()


def test_measures_fra_leads(roles: pd.DataFrame) -> None:
    expected = seed_ids(lambda m: ("FRA", "ansvarig") in m.roles)
    assert ids(REPORT.measures(agency="FRA", role="ansvarig")) == expected
    assert ids(roles.query("agency == 'FRA' and responsible")) == expected


def test_measures_fra_takes_part_in(roles: pd.DataFrame) -> None:
    expected = seed_ids(lambda m: any(agency == "FRA" for agency, _ in m.roles))
    assert ids(REPORT.measures(agency="FRA")) == expected
    assert ids(REPORT.measures(agency="Försvarets radioanstalt")) == expected
    without_leading = seed_ids(lambda m: any(a == "FRA" and r != "ansvarig" for a, r in m.roles))
    assert without_leading  # FRA takes part in others' measures in 2021
    assert ids(roles.query("agency == 'FRA' and not responsible")) == without_leading


@pytest.mark.parametrize("year", [2021, 2022, 2025])
def test_measures_ending_in_year(df: pd.DataFrame, year: int) -> None:
    expected = seed_ids(lambda m: m.period is not None and m.period[1] == year)
    assert expected
    assert ids(df[df.period_end == year]) == expected


def test_open_ended_measures(df: pd.DataFrame) -> None:
    expected = seed_ids(lambda m: m.period is not None and m.period[2])
    assert expected
    assert ids(df[df.open_ended]) == expected


def test_measures_per_priority_and_status(df: pd.DataFrame) -> None:
    table = pd.crosstab(df.priority, df.status)
    counts = Counter((m.priority, m.status) for m in facts.measures())
    assert list(table.columns.astype(str)) == list(facts.STATUSES)
    assert list(table.index) == [1, 2, 3, 4, 5, 6]
    for priority in table.index:
        for status in facts.STATUSES:
            assert table.loc[priority, status] == counts[priority, status], (priority, status)


@pytest.mark.parametrize("year", [2019, 2021, 2022, 2024, 2030])
def test_measures_active_in_year(year: int) -> None:
    def active_in(m: facts.SeedMeasure) -> bool:
        if not m.active or m.period is None:
            return False
        start, end, open_ended = m.period
        return start <= year and (open_ended or (end is not None and year <= end))

    assert ids(REPORT.measures(active_in=year)) == seed_ids(active_in)


def test_who_does_what_by_role(roles: pd.DataFrame) -> None:
    table = pd.crosstab(roles.agency, roles.role)
    counts = Counter(pair for m in facts.measures() for pair in m.roles)
    assert list(table.columns.astype(str)) == list(facts.ROLES)
    for agency in table.index:
        for role in facts.ROLES:
            assert table.loc[agency, role] == counts[agency, role], (agency, role)


@pytest.mark.parametrize("name", frames.__all__)
def test_public_names_have_docstrings(name: str) -> None:
    item = getattr(frames, name)
    if callable(item):
        assert (item.__doc__ or "").strip(), name


# --------------------------------------------------------------------------------------------
# Lists written as text


def test_list_columns_are_written_to_csv_as_readable_text(tmp_path) -> None:
    df = REPORT.to_dataframe()
    path = tmp_path / "atgarder.csv"
    df.to_csv(path, index=False)
    written = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in ("agencies", "responsible", "updated_aspects"):
        for value, cell in zip(df[column], written[column], strict=False):
            assert cell == "; ".join(value), (column, cell)
            assert "[" not in cell and "'" not in cell
    several = written[written["agencies"].str.contains(";")]
    assert len(several) > 10


def test_a_text_list_is_still_a_list() -> None:
    names = frames.TextList(["MSB", "FRA"])
    assert names == ["MSB", "FRA"] and isinstance(names, list)
    assert str(names) == "MSB; FRA" and str(frames.TextList()) == ""
