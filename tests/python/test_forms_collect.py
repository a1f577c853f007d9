"""The collection's own steps (handlingsplan/forms/collect.py) on inputs built in the test:
`prefer` refused with its exact words, a collection of no forms, comments, the merge of answers.

Expectations come from what the tests give, never from the output under test."""

from __future__ import annotations

from datetime import date

import handlingsplan as hp
from handlingsplan.forms import collect
from handlingsplan.forms.result import Problem

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
