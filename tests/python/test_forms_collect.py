"""The collection's own steps (handlingsplan/forms/collect.py) on inputs built in the test:
`prefer` refused with its exact words, a collection of no forms, comments, the merge of answers.

Expectations come from what the tests give, never from the output under test."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import openpyxl

import form_filler
import handlingsplan as hp
from handlingsplan._core import MeasureId, Period, StatusKind
from handlingsplan.forms import collect
from handlingsplan.forms.agreement import Aspect
from handlingsplan.forms.result import Answer, Problem, Proposal

YEAR = 2022
DAY = date(2022, 2, 1)
SAMFI = {"MSB", "FRA", "FMV", "Försvarsmakten", "PTS", "Polismyndigheten", "Säkerhetspolisen"}


def draft() -> hp.Report:
    return hp.load_default().new_report(YEAR)


def prefer_problems(prefer: dict) -> list[Problem]:
    return list(collect.check_update_forms(draft(), [], prefer=prefer).problems)


def test_a_preference_that_names_no_measure_is_refused_in_its_words() -> None:
    assert prefer_problems({"x.y:period": "FRA"}) == [
        Problem("prefer", "", "", '"x.y:period" är inget åtgärdsnummer')
    ]


def test_a_preference_on_a_field_that_cannot_be_chosen_lists_those_that_can() -> None:
    assert prefer_problems({" 1.1.5 : sida ": "FRA"}) == [
        Problem(
            "prefer",
            "",
            "",
            '1.1.5: "sida" är inget fält som kan väljas (välj status, period, description)',
        )
    ]


def test_a_preference_for_no_agency_of_the_plan_is_refused() -> None:
    (problem,) = prefer_problems({"1.1.5": "Ingen Sådan Myndighet"})
    assert problem.file == "prefer" and problem.sheet == "" and problem.cell == ""
    assert problem.message.startswith("1.1.5: Ingen Sådan Myndighet är ingen myndighet i planen")


def test_a_preference_for_an_agency_that_did_not_answer_says_nobody_did() -> None:
    assert prefer_problems({"1.1.5": "FRA", "1.1.5:period": "FRA"}) == [
        Problem("prefer", "", "", "1.1.5: FRA har inte besvarat åtgärden (svar finns från: ingen)"),
        Problem(
            "prefer",
            "",
            "",
            "1.1.5:period: FRA har inte besvarat åtgärden (svar finns från: ingen)",
        ),
    ]


def test_no_forms_leave_every_agency_behind_the_plan_unanswered() -> None:
    report = draft()
    result = collect.check_update_forms(report, [], on=DAY)
    assert result.ok and result.problems == () and result.conflicts == ()
    assert result.year == YEAR and result.read == DAY and result.files == ()
    assert result.answers == () and result.proposals == () and result.comments == {}
    assert set(result.not_answered) == SAMFI and len(result.not_answered) == len(SAMFI)
    assert result.answered == () and result.blank == () and result.already_applied == 0
    assert not result.applied and report.forms == []


# ------------------------------------------------------------------------------------------
# The steps, on answers built here


def answer(agency: str, nr: str, **fields) -> Answer:
    return Answer(agency=agency, file=f"{agency}.xlsx", row=2, measure=MeasureId(nr), **fields)


def test_comments_are_kept_per_measure_in_the_order_given() -> None:
    given = (
        answer("FRA", "1.1.5", comment="Först."),
        answer("MSB", "1.1.5", comment="Sedan."),
        answer("PTS", "1.1.6", comment=""),
        answer("FMV", "1.1.7"),
    )
    assert collect._comments(given) == {"1.1.5": (("FRA", "Först."), ("MSB", "Sedan."))}


def test_texts_are_the_same_whatever_their_spaces() -> None:
    assert collect._same_text("Ett  två\ntre ", " Ett två tre")
    assert collect._same_text(None, "") and collect._same_text("", None)
    assert collect._same_text(None, " \n")
    assert not collect._same_text("Ett två", "Ett tre")
    assert not collect._same_text(None, "Ett") and not collect._same_text("Ett", None)
    assert not collect._same_text("Etttvå", "Ett två")


def test_who_answered_a_measure_or_one_of_its_fields() -> None:
    period = Period.parse("2021–2023")
    answers = [
        answer("FRA", "1.1.5", period=period),
        answer("MSB", "1.1.5", comment="Bara en kommentar."),
        answer("PTS", "1.1.6", status=StatusKind.completed, year=2021),
        answer("Säkerhetspolisen", "1.1.5", description="Ny text."),
    ]
    proposals = [
        Proposal("FMV", "FMV.xlsx", 2, None, "T", "B", "FMV", period, id=MeasureId("1.1.5")),
        Proposal("PTS", "PTS.xlsx", 2, None, "T", "B", "PTS", period, id=MeasureId("1.1.9")),
    ]
    id = MeasureId("1.1.5")
    assert collect._answering(answers, proposals, id, "") == ["FMV", "FRA", "Säkerhetspolisen"]
    assert collect._answering(answers, proposals, id, "period") == ["FRA"]
    assert collect._answering(answers, proposals, id, "description") == ["Säkerhetspolisen"]
    assert collect._answering(answers, proposals, id, "status") == []
    assert collect._answering(answers, proposals, MeasureId("1.1.6"), "status") == ["PTS"]


def test_what_the_draft_says_already() -> None:
    report = draft()
    report.complete(MeasureId("1.1.5"), year=2021)
    report.withdraw(MeasureId("1.1.6"), year=2021, reason="Skäl ett.")
    done, gone = report.measure(MeasureId("1.1.5")), report.measure(MeasureId("1.1.6"))
    completed, withdrawn = StatusKind.completed, StatusKind.withdrawn
    assert collect._held(done, answer("FRA", "1.1.5", status=completed, year=2021)) == [
        Aspect.completed
    ]
    assert collect._held(done, answer("FRA", "1.1.5", status=completed, year=2022)) == []
    assert collect._held(done, answer("FRA", "1.1.5", status=withdrawn, year=2021)) == []
    held = answer("FRA", "1.1.6", status=withdrawn, year=2021, reason="Skäl ett.")
    assert collect._held(gone, held) == [Aspect.withdrawn]
    other = answer("FRA", "1.1.6", status=withdrawn, year=2021, reason="Skäl två.")
    assert collect._held(gone, other) == []
    assert collect._held(done, answer("FRA", "1.1.5", status=StatusKind.ongoing)) == []
    active = next(m for m in report if m.status.is_active and m.period and m.description)
    nr = str(active.id)
    assert collect._held(active, answer("FRA", nr, status=StatusKind.ongoing)) == [Aspect.ongoing]
    assert collect._held(active, answer("FRA", nr, status=completed, year=2021)) == []
    spaced = "  " + "\n".join(active.description.split()) + " "
    same = answer("FRA", nr, period=active.period, description=spaced)
    assert collect._held(active, same) == [Aspect.period, Aspect.description]
    assert collect._held(active, answer("FRA", nr, description="Annat.")) == []


# ------------------------------------------------------------------------------------------
# Sources of what a form applies


def test_a_withdrawal_and_a_new_measure_keep_their_source(tmp_path) -> None:
    report = draft()
    report.write_update_forms(tmp_path, ["FRA"])
    nr = next(
        str(m.id)
        for m in report.measures(agency="FRA")
        if m.status.is_active and m.period is not None and m.period.start_year <= 2021
    )
    proposal = {
        "Målsättning": "2.1",
        "Åtgärd": "Öva incidenthantering med kommunerna",
        "Beskrivning": "FRA och MSB håller en gemensam övning.",
        "Ansvarig myndighet": "FRA i samverkan med MSB",
        "Period": "2022",
        "Kommentar": "Ny idé.",
    }
    reason, comment = "Uppgår i FRA:s ordinarie uppdrag.", "Beslutat i styrelsen."
    form = tmp_path / "FRA.xlsx"
    values = {"Status": "avskriven", "År": 2021, "Skäl": reason, "Kommentar": comment}
    form_filler.fill(form, {nr: values}, [proposal])
    status_cell = form_filler.cell_name(openpyxl.load_workbook(form)["Åtgärder"], nr, "Status")
    report.read_update_forms([form], on=DAY)
    by_part = {c.part: c for c in report.changes}
    withdrawn, added = by_part[hp.ChangedPart.status], by_part[hp.ChangedPart.added]
    assert str(withdrawn.measure) == nr
    assert report.measure(withdrawn.measure).status.reason == reason
    assert withdrawn.source is not None and added.source is not None
    assert (withdrawn.source.agency, withdrawn.source.sheet, withdrawn.source.cell) == (
        "FRA",
        "Åtgärder",
        status_cell,
    )
    assert (withdrawn.source.read, withdrawn.source.comment) == (DAY, comment)
    assert (added.source.agency, added.source.sheet) == ("FRA", "Nya åtgärder")
    assert (added.source.read, added.source.comment) == (DAY, "Ny idé.")
    assert report.measure(added.measure).agencies.text == "FRA i samverkan med MSB"


def test_a_new_measure_may_name_an_agency_only_its_own_plan_knows(tmp_path) -> None:
    data = json.loads(hp.load_default().to_json())
    data["agencies"].append({"short_name": "Testverket", "name": "Testverket", "samfi": False})
    report = hp.Plan.from_json(json.dumps(data)).new_report(YEAR)
    report.write_update_forms(tmp_path, ["FRA"])
    proposal = {
        "Målsättning": "2.1",
        "Åtgärd": "Öva med Testverket",
        "Beskrivning": "FRA och Testverket övar.",
        "Ansvarig myndighet": "FRA i samverkan med Testverket",
        "Period": "2022",
    }
    form_filler.fill(tmp_path / "FRA.xlsx", {}, [proposal])
    report.read_update_forms([tmp_path / "FRA.xlsx"])
    (added,) = [c for c in report.changes if c.part == hp.ChangedPart.added]
    assert report.measure(added.measure).agencies.text == "FRA i samverkan med Testverket"
    assert added.source is not None and added.source.comment == ""


def test_a_field_preferred_leaves_out_what_others_say_against_it() -> None:
    id, other = MeasureId("1.1.5"), MeasureId("1.1.6")
    chosen, kept = Period.parse("2021–2023"), Period.parse("2021–2024")
    fra = answer("FRA", "1.1.5", period=chosen)
    msb = answer("MSB", "1.1.5", period=kept, description="Ny text.")
    before = replace(answer("FRA", "1.1.5", period=Period.parse("2021–2025")), earlier=True)
    # A preference for another measure first: it is passed over, not the end of the search.
    preferences = collect._Preferences({}, {(other, "period"): "MSB", (id, "period"): "FRA"})
    settled = collect._settle_fields([fra, msb, before], id, preferences)
    assert settled == [fra, replace(msb, period=None)]


def test_each_pair_of_answers_is_compared_once() -> None:
    done = answer("FRA", "1.1.5", status=StatusKind.completed, year=2021)
    later = answer("MSB", "1.1.5", period=Period.parse("2021–2023"))
    found = collect._clashes([done, later])
    assert found == [((done, later), (Aspect.completed, Aspect.period))]


def test_the_preferred_agency_keeps_all_of_its_answer() -> None:
    both = answer("FRA", "1.1.5", status=StatusKind.completed, year=2021)
    both = replace(both, period=Period.parse("2021–2023"))
    preferences = collect._Preferences({}, {(MeasureId("1.1.5"), "period"): "FRA"})
    assert collect._settle_fields([both], MeasureId("1.1.5"), preferences) == [both]
