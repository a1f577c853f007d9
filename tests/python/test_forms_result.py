"""What reading the update forms gives (forms/result.py), from constructed answers: a problem's
place, an answer's and a proposal's Swedish, what answers are compared on, a conflict's sentence
and the summary, each word for word."""

from __future__ import annotations

from handlingsplan._core import MeasureId, ObjectiveId, Period, StatusKind
from handlingsplan.forms.agreement import Aspect
from handlingsplan.forms.result import Answer, Conflict, Problem, Proposal, UpdateResult, _shorten

M = MeasureId("1.1.5")


def test_a_problem_names_file_sheet_and_cell() -> None:
    assert str(Problem("FRA.xlsx", "Åtgärder", "F7", "fel")) == "FRA.xlsx, Åtgärder!F7: fel"
    assert str(Problem("FRA.xlsx", "Åtgärder", "", "fel")) == "FRA.xlsx, Åtgärder: fel"
    assert str(Problem("FRA.xlsx", "", "F7", "fel")) == "FRA.xlsx: fel"
    assert str(Problem("FRA.xlsx", "", "", "fel")) == "FRA.xlsx: fel"


def test_a_long_text_is_shortened_to_its_limit_with_an_ellipsis() -> None:
    assert _shorten("a  b\nc") == "a b c"
    assert _shorten("x" * 60) == "x" * 60
    assert _shorten("x" * 61) == "x" * 59 + "…"
    assert _shorten("abcdef", limit=4) == "abc…"
    assert _shorten("abcd", limit=4) == "abcd"


def test_an_answer_in_swedish() -> None:
    done = Answer("FRA", "FRA.xlsx", 7, M, status=StatusKind.completed, year=2021)
    assert done.text() == "genomförd 2021"
    assert Answer("FRA", "f", 7, M, status=StatusKind.ongoing).text() == "pågående"
    withdrawn = Answer(
        "FRA", "f", 7, M, status=StatusKind.withdrawn, year=2020, reason="Ersatt av 1.1.6."
    )
    assert withdrawn.text() == 'avskriven 2020, skäl: "Ersatt av 1.1.6."'
    changed = Answer("FRA", "f", 7, M, period=Period(2021, 2023), description="Ny  text\nhär.")
    assert changed.text() == 'ny period 2021–2023, ny beskrivning: "Ny text här."'
    assert Answer("FRA", "f", 7, M, comment="Bara en kommentar").text() == "inget svar"
    assert Answer("FRA", "f", 7, M, description="").text() == 'ny beskrivning: ""'


def test_what_an_answer_says_and_is_compared_on() -> None:
    answer = Answer(
        "FRA",
        "f",
        7,
        M,
        status=StatusKind.completed,
        year=2021,
        period=Period(2019, 2022),
        description="En  text",
        comment="c",
    )
    assert answer.aspects() == {
        Aspect.completed: (2021, None),
        Aspect.period: "2019–2022",
        Aspect.description: "En text",
    }
    assert answer.decision() == (StatusKind.completed, 2021, None, "2019–2022", "En  text")
    assert Answer("FRA", "f", 7, M).decision() == (None, None, None, None, None)
    assert Answer("FRA", "f", 7, M).aspects() == {}
    assert not Answer("FRA", "f", 7, M, comment="c").decisive
    assert Answer("FRA", "f", 7, M, year=2021).decisive


def test_two_proposals_agree_on_their_details_whatever_the_spaces() -> None:
    def proposal(title: str, description: str) -> Proposal:
        return Proposal(
            "FRA", "f", 2, ObjectiveId("1.1"), title, description, "FRA", Period("2022")
        )

    assert proposal("En  ny\nåtgärd", "Text  här").details() == (
        "1.1",
        "En ny åtgärd",
        "Text här",
        "FRA",
        "2022",
    )
    assert proposal("En ny", "a").details() != proposal("En ny", "b").details()
    assert proposal("En ny", "a").place == "f, Nya åtgärder rad 2"


def test_a_conflict_names_both_answers_the_clash_and_how_to_resolve_it() -> None:
    fra = Answer(
        "FRA",
        "FRA.xlsx",
        7,
        M,
        status=StatusKind.completed,
        year=2021,
        cells=(("status", "F7"),),
        earlier=True,
    )
    sapo = Answer("Säpo", "Säpo.xlsx", 9, M, period=Period(2019, 2026), cells=(("period", "I9"),))
    conflict = Conflict(M, (fra, sapo), ((Aspect.period, Aspect.completed),))
    assert str(conflict) == (
        "1.1.5: svaren kan inte båda gälla (genomförd mot ny period) – FRA (infört tidigare "
        "från FRA.xlsx, Åtgärder!F7): genomförd 2021; Säpo (Säpo.xlsx, Åtgärder!I9): ny period "
        "2019–2026. Ingenting förs in för 1.1.5 förrän det är avgjort: ange vems svar som gäller "
        '(prefer={"1.1.5": "Säpo"}, på kommandoraden --prefer 1.1.5=Säpo; för ett fält --prefer '
        "1.1.5:period=Säpo) eller rätta ett av formulären."
    )
    plain = Conflict(M, (sapo,), ())
    assert str(plain).startswith("1.1.5: svaren kan inte båda gälla – Säpo (")


def test_the_summary_line_by_line() -> None:
    answer = Answer("FRA", "FRA.xlsx", 7, M, status=StatusKind.ongoing)
    comment_only = Answer("MSB", "MSB.xlsx", 3, M, comment="c")
    proposal = Proposal("FRA", "f", 2, ObjectiveId("1.1"), "T", "D", "FRA", Period("2022"))
    result = UpdateResult(
        2022,
        ("FRA.xlsx", "MSB.xlsx"),
        answers=(answer, comment_only),
        proposals=(proposal,),
        problems=(Problem("MSB.xlsx", "Åtgärder", "F3", "fel"),),
        conflicts=(Conflict(M, (answer,), ()),),
        not_answered=("PTS",),
        comments={"1.1.5": (("MSB", "c"),)},
        applied=True,
        answered=("FRA", "MSB"),
        blank=("FMV",),
        already_applied=2,
    )
    assert not result.ok
    lines = result.summary().split("\n")
    assert lines[0] == "Inläsning för 2022 års redovisning: 2 formulär, 1 svar, 1 ny åtgärd."
    assert lines[1:3] == ["1 fel; ingenting är infört:", "  MSB.xlsx, Åtgärder!F3: fel"]
    assert lines[3] == "1 motstridiga svar; ingenting är infört:"
    assert lines[4].startswith("  1.1.5: svaren kan inte båda gälla – FRA (FRA.xlsx, ")
    assert lines[5:] == [
        "2 av svaren fanns redan i utkastet (en tidigare inläsning) och förs inte in igen.",
        "Alla svar är införda.",
        "Har svarat: FRA, MSB.",
        "Har skickat tillbaka formuläret oifyllt: FMV.",
        "Har inte svarat: PTS.",
        "Kommentar 1.1.5 (MSB): c",
    ]
    two = UpdateResult(2022, ("a",), proposals=(proposal, proposal))
    assert two.ok
    assert (
        two.summary() == "Inläsning för 2022 års redovisning: 1 formulär, 0 svar, 2 nya åtgärder."
    )
    none = UpdateResult(2022, ())
    assert (
        none.summary() == "Inläsning för 2022 års redovisning: 0 formulär, 0 svar, 0 nya åtgärder."
    )


def test_who_the_conflict_suggests_is_the_first_new_answer_a_proposal_too() -> None:
    earlier = Answer("FRA", "FRA.xlsx", 7, M, status=StatusKind.ongoing, earlier=True)
    proposal = Proposal("MSB", "MSB.xlsx", 2, ObjectiveId("1.1"), "T", "D", "MSB", Period("2022"))
    both = Conflict(M, (earlier, proposal), ())
    assert '(prefer={"1.1.5": "MSB"}, på kommandoraden --prefer 1.1.5=MSB;' in str(both)
    # Only answers applied before: nobody to suggest, and the sentence still reads.
    alone = Conflict(M, (earlier,), ())
    assert '(prefer={"1.1.5": ""}, på kommandoraden --prefer 1.1.5=; för ett fält --prefer ' in (
        str(alone)
    )


def test_a_conflict_lists_each_clash_once_in_order() -> None:
    answer = Answer("FRA", "f", 7, M, status=StatusKind.completed, year=2021)
    clashes = (
        (Aspect.period, Aspect.completed),
        (Aspect.description, Aspect.completed),
        (Aspect.completed, Aspect.period),
    )
    text = str(Conflict(M, (answer,), clashes))
    assert "gälla (genomförd mot ny beskrivning, genomförd mot ny period) – FRA" in text


class _Diff:
    def summary(self) -> str:
        return "Skillnaden."


def test_the_summary_names_several_agencies_and_ends_with_the_diff() -> None:
    result = UpdateResult(
        2022,
        ("a",),
        blank=("FMV", "PTS"),
        not_answered=("Polismyndigheten", "Säpo"),
        diff=_Diff(),  # type: ignore[arg-type]
    )
    assert result.summary().split("\n")[1:] == [
        "Har skickat tillbaka formuläret oifyllt: FMV, PTS.",
        "Har inte svarat: Polismyndigheten, Säpo.",
        "Skillnaden.",
    ]
