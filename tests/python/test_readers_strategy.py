"""readers/strategy.py: the plan's title and years, the report's year, the SAMFI agencies and the
strategy's priorities and objectives, as the 2021 report prints them."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import handlingsplan as hp
from handlingsplan.readers._layout import source_lines
from handlingsplan.readers.blocks import ChapterReader
from handlingsplan.readers.journal import Journal
from handlingsplan.readers.model import Chapter
from handlingsplan.readers.pdftotext import TEXT
from handlingsplan.readers.report_text import ReportText, _Refused
from handlingsplan.readers.strategy import StrategyReader
from stage_text import seed_lines, seed_source


def test_title_year_and_agencies() -> None:
    reader = StrategyReader(seed_source())
    title, first, last = reader.plan_title()
    assert (title, first, last) == (
        "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022",
        2019,
        2022,
    )
    assert reader.report_year() == 2021
    reader.check_samfi()
    assert any("SAMFI-myndigheterna som Sammanfattning nämner" in e.text for e in reader.journal)


def test_the_priorities_and_objectives_are_the_overviews() -> None:
    src = seed_source()
    chapter = ChapterReader(src).chapter()
    priorities = StrategyReader(src).priorities(chapter)
    assert [p.number for p in priorities] == [1, 2, 3, 4, 5, 6]
    headed = {
        m.group(1) for m in map(re.compile(r"^Målsättning (\d\.\d)").match, seed_lines()) if m
    }
    ids = {str(o.id) for p in priorities for o in p.objectives}
    assert headed <= ids and len(ids) == 20


def test_a_text_without_the_plans_title_is_refused() -> None:
    text = "\n".join(seed_lines()).replace("cybersäkerhetshandlingsplan", "handlingsplan")
    with pytest.raises(_Refused, match="not a report of the plan"):
        StrategyReader(seed_source(text)).plan_title()


# Small texts built here; a text's lines are numbered from 1 as written.


PLAN = "Samlad informations- och cybersäkerhetshandlingsplan"
SAMFI = [
    ("MSB", "Myndigheten för samhällsskydd och beredskap"),
    ("FRA", "Försvarets radioanstalt"),
    ("FMV", "Försvarets materielverk"),
    ("Försvarsmakten", "Försvarsmakten"),
    ("PTS", "Post- och telestyrelsen"),
    ("Polismyndigheten", "Polismyndigheten"),
    ("Säkerhetspolisen", "Säkerhetspolisen"),
]


def reader_of(lines: list[str], into: hp.Plan | None = None) -> StrategyReader:
    src = ReportText(
        "r.txt",
        source_lines("\n".join(lines)),
        TEXT,
        Journal(source="r.txt"),
        into,
        into.agencies if into is not None else hp.AgencyRegistry.standard(),
    )
    return StrategyReader(src)


def refused(call: Callable[[], object]) -> _Refused:
    with pytest.raises(_Refused) as caught:
        call()
    return caught.value


def entries(reader: StrategyReader) -> list[tuple[str, int | None, str]]:
    return [(e.kind, e.line, e.text) for e in reader.journal]


def test_the_plans_title_is_the_first_page_headers() -> None:
    reader = reader_of(["Förord", f"3 {PLAN} 2019 – 2022", f"{PLAN} 2020–2023"])
    assert reader.plan_title() == (f"{PLAN} 2019–2022", 2019, 2022)
    assert entries(reader) == []


def test_without_headers_the_plans_years_are_read_from_the_introduction() -> None:
    lines = [
        "Förord",
        "",
        "Text.",
        "",
        "Den samlad informations- och",
        "cybersäkerhetshandlingsplan",
    ]
    lines += ["för åren 2019–2022 redovisas."]
    reader = reader_of(lines)
    assert reader.plan_title() == (f"{PLAN} 2019–2022", 2019, 2022)
    assert entries(reader) == [
        ("note", 5, "Inget sidhuvud trycker planens titel; dess år läses från Introduktion.")
    ]
    late = reader_of(
        [""] * 400 + ["samlad informations- och cybersäkerhetshandlingsplan för åren 2019–2022"]
    )
    error = refused(late.plan_title)
    assert (error.line, error.message, error.swedish) == (
        1,
        'not a report of the plan: the title "Samlad informations- och '
        'cybersäkerhetshandlingsplan" with its years occurs nowhere in the text',
        'inte en redovisning av planen: rubriken "Samlad informations- och '
        'cybersäkerhetshandlingsplan" med dess år finns ingenstans i texten',
    )
    early = [""] * 398 + ["samlad informations- och cybersäkerhetshandlingsplan för åren 2019–2022"]
    assert reader_of(early).plan_title()[1:] == (2019, 2022)


def test_the_plans_years_must_read_as_a_period() -> None:
    error = refused(reader_of(["x", f"{PLAN} 2022–2019"]).plan_title)
    assert error.line == 2
    assert error.message.startswith("the plan's years '2022–2019': ")
    assert error.swedish.startswith("planens år '2022–2019': ")
    assert "2019" in error.swedish[len("planens år '2022–2019': ") :]
    assert error.swedish != error.message


def test_the_reports_year_from_sammanfattning() -> None:
    lines = ["Titel", "", "Sammanfattning", "Detta är", "I 2021 års redovisning finns", "", "x"]
    assert reader_of(lines).report_year() == 2021
    lines = ["Titel", "", "Sammanfattning", "Detta är inget år.", "", "I 2021 års redovisning"]
    error = refused(reader_of(lines).report_year)
    assert (error.line, error.message, error.swedish) == (
        4,
        "the first paragraph of Sammanfattning does not name the report's year "
        '("I NNNN års redovisning")',
        'första stycket i Sammanfattning anger inte redovisningens år ("I NNNN års redovisning")',
    )
    assert reader_of(["Sammanfattning", "", "", "I 2020 års redovisning."]).report_year() == 2020


def test_the_reports_year_from_the_title_of_an_own_document() -> None:
    # The library's documents: "NNNN års redovisning" under the title wins over Sammanfattning.
    lines = ["Titel", "2022 års redovisning", "Sammanfattning", "I 2021 års redovisning."]
    assert reader_of(lines).report_year() == 2022
    late = [""] * 39 + ["Sammanfattning", "I 2021 års redovisning.", "2023 års redovisning"]
    assert reader_of(late).report_year() == 2023
    error = refused(reader_of(["x"] * 70 + ["2022 års redovisning"]).report_year)
    assert (error.line, error.message, error.swedish) == (
        1,
        "expected 'the heading Sammanfattning, or the report\\'s year (\"NNNN års redovisning\")' "
        "between lines 1 and 59",
        "'rubriken Sammanfattning eller redovisningens år (\"NNNN års redovisning\")' väntades "
        "mellan rad 1 och 59",
    )
    assert reader_of(["x"] * 58 + ["2022 års redovisning"]).report_year() == 2022


def samfi_text(names: str, decision: str) -> list[str]:
    return [
        "Titel",
        "",
        "Sammanfattning",  # 3
        "Planen innehåller åtgärder som",  # 4
        f"{names} enskilt, tillsammans",
        "",
        "Mer.",
        "",
        f"Regeringen uppdrar åt {decision}",  # 9
        "att ta fram en plan.",
    ]


NAMED = (
    "Myndigheten för samhällsskydd och beredskap (MSB), Försvarets radioanstalt (FRA), "
    "Försvarets materielverk (FMV), Försvarsmakten, Post- och telestyrelsen (PTS), "
    "Polismyndigheten och Säkerhetspolisen"
)
DECIDED = ", ".join(name for _, name in SAMFI[:-1]) + " och " + SAMFI[-1][1]


def test_sammanfattnings_agencies_are_the_registrys_and_the_decisions() -> None:
    reader = reader_of(samfi_text(NAMED, DECIDED))
    reader.check_samfi()
    assert entries(reader) == [
        (
            "note",
            4,
            "SAMFI-myndigheterna som Sammanfattning nämner (rad 4) är registrets och "
            "Regeringens besluts (rad 9).",
        )
    ]


def test_sammanfattnings_agencies_are_refused_where_they_differ() -> None:
    named = NAMED.replace("Försvarets materielverk (FMV), ", "")
    error = refused(reader_of(samfi_text(named, DECIDED)).check_samfi)
    listed = [pair for pair in SAMFI if pair[0] != "FMV"]
    named_pairs = [(short, name) for short, name in listed]
    samfi = [(short, name) for short, name in SAMFI]
    assert (error.line, error.message, error.swedish) == (
        4,
        f"Sammanfattning names the agencies {named_pairs}, the registry's SAMFI agencies are "
        f"{samfi}",
        f"Sammanfattning nämner myndigheterna {named_pairs}, registrets SAMFI-myndigheter är "
        f"{samfi}",
    )
    error = refused(reader_of(samfi_text(NAMED, "MSB")).check_samfi)
    assert (error.line, error.message, error.swedish) == (
        9,
        "Regeringens beslut does not name the agencies Sammanfattning names",
        "Regeringens beslut nämner inte de myndigheter som Sammanfattning nämner",
    )
    lines = samfi_text(NAMED, DECIDED)
    lines[9] = "att göra något."
    assert refused(reader_of(lines).check_samfi).line == 9
    lines = samfi_text(NAMED, DECIDED)
    lines[4] = f"{NAMED} var för sig"
    error = refused(reader_of(lines).check_samfi)
    assert (error.line, error.message, error.swedish) == (
        4,
        "the first paragraph of Sammanfattning does not list the agencies behind the plan",
        "första stycket i Sammanfattning räknar inte upp myndigheterna bakom planen",
    )


def test_a_text_without_sammanfattning_is_not_checked_for_its_agencies() -> None:
    note = (
        "note",
        None,
        "Texten har ingen Sammanfattning som den publicerade redovisningen trycker den (med "
        "Regeringens beslut efter): SAMFI-myndigheterna kontrolleras inte mot den.",
    )
    for lines in (["Titel", "Förord"], ["Titel", "2022 års redovisning", *samfi_text("x", "y")]):
        reader = reader_of(lines)
        reader.check_samfi()
        assert entries(reader) == [note]


STRATEGY = [
    "Strategin omfattar sex strategiska prioriteringar:",  # 1
    "1. Säkerställa en",  # 2
    "samlad ansats.",
    "",
    "2. Öka säkerheten.",  # 5
    "3. Stärka förmågan.",
    "4. Öka möjligheterna.",
    "5. Öka kunskapen.",
    "6. Stärka samarbetet.",  # 9
    "Strategin omfattar hela samhället.",  # 10
]


def test_the_strategys_list_of_priorities() -> None:
    reader = reader_of(["Intro", *STRATEGY])
    assert reader.strategy_list() == {
        1: (3, "Säkerställa en samlad ansats."),
        2: (6, "Öka säkerheten."),
        3: (7, "Stärka förmågan."),
        4: (8, "Öka möjligheterna."),
        5: (9, "Öka kunskapen."),
        6: (10, "Stärka samarbetet."),
    }
    short = [x for x in STRATEGY if not x.startswith("4.")]
    error = refused(reader_of(["Intro", *short]).strategy_list)
    assert (error.line, error.message, error.swedish) == (
        2,
        "expected priorities 1–6 in the strategy list, found [1, 2, 3, 5, 6]",
        "prioriteringarna 1–6 väntades i strategins lista, texten har [1, 2, 3, 5, 6]",
    )
    error = refused(reader_of(["Intro", *STRATEGY[:-1], *[""] * 40, STRATEGY[-1]]).strategy_list)
    assert (error.line, error.message, error.swedish) == (
        2,
        'expected "the end of the strategy\'s list of priorities" between lines 2 and 41',
        "'slutet av strategins lista över prioriteringarna' väntades mellan rad 2 och 41",
    )
    error = refused(reader_of(["Intro"] * 299 + STRATEGY).strategy_list)
    assert error.message == (
        'expected "the strategy\'s list of priorities" between lines 1 and 299'
    )
    assert reader_of(["Intro"] * 298 + STRATEGY).strategy_list()[6] == (307, "Stärka samarbetet.")


OVERVIEW = [
    "Översikt över de strategiska prioriteringarna",  # 1
    "",
    "Säkerställa en ansats",  # 3
    "• Myndigheter ska ha",  # 4
    "kännedom.",
    "•  Det ska finnas en modell.",  # 6
    "",
    "Öka säkerheten",  # 8
    "• Mål två.",  # 9
    "",
    "Myndigheternas arbete med handlingsplanen",  # 11
]


def test_the_overviews_headings_and_bullets() -> None:
    reader = reader_of(OVERVIEW)
    bullets, headings = reader.overview()
    assert bullets == [
        (4, "Myndigheter ska ha kännedom."),
        (6, "Det ska finnas en modell."),
        (9, "Mål två."),
    ]
    assert headings == [(3, "Säkerställa en ansats"), (8, "Öka säkerheten")]
    error = refused(reader_of(OVERVIEW[:-1]).overview)
    assert (error.line, error.message) == (
        1,
        "expected 'the section after the overview' between lines 1 and 10",
    )
    assert error.swedish == "'avsnittet efter översikten' väntades mellan rad 1 och 10"
    error = refused(reader_of(["x"]).overview)
    assert error.swedish == "'översikten över prioriteringar och mål' väntades mellan rad 1 och 1"


def chapter_of(priorities: dict[int, str], objectives: list[tuple[str, str]]) -> Chapter:
    """A chapter heading the priorities (at lines 100, 101, …) and objectives (200, …)."""
    return Chapter(
        priorities={n: (100 + k, t) for k, (n, t) in enumerate(priorities.items())},
        objectives=[(oid, 200 + k, t) for k, (oid, t) in enumerate(objectives)],
    )


def test_without_an_overview_the_chapters_headings_are_the_strategy() -> None:
    chapter = chapter_of(
        {2: "Två", 1: "Ett"}, [("1.1", "Mål ett"), ("2.1", "Mål två"), ("1.2", "Tre")]
    )
    reader = reader_of(["Förord"])
    priorities = reader.priorities(chapter)
    assert not reader.has_overview
    assert [(p.number, p.title) for p in priorities] == [(1, "Ett"), (2, "Två")]
    assert [[(str(o.id), o.text) for o in p.objectives] for p in priorities] == [
        [("1.1", "Mål ett"), ("1.2", "Tre")],
        [("2.1", "Mål två")],
    ]
    assert entries(reader) == [
        (
            "note",
            None,
            "Texten har ingen översikt över strategin: prioriteringarna och målsättningarna är "
            "de som kapitlet har rubriker för (en målsättning utan aktuella åtgärder är inte "
            "känd).",
        )
    ]


def test_without_an_overview_the_plan_imported_into_gives_the_strategy() -> None:
    plan = hp.load_default()
    one = plan.priorities[0]
    first, second = one.objectives[0], one.objectives[1]
    chapter = chapter_of(
        {1: one.title, 2: "Annan titel"},
        [(str(first.id), first.text), (str(second.id), "Annan text")],
    )
    reader = reader_of(["Förord"], plan)
    priorities = reader.priorities(chapter)
    assert [p.number for p in priorities] == [p.number for p in plan.priorities]
    assert [(e.kind, e.line, e.text, e.topic) for e in reader.journal] == [
        (
            "discrepancy",
            201,
            f"Målsättning {second.id}: kapitlet (rad 201) trycker “Annan text”, planen "
            f"“{second.text}”.",
            "Målsättningarnas texter",
        ),
        (
            "discrepancy",
            101,
            f"Prioritering 2: kapitlet (rad 101) trycker “Annan titel”, planen "
            f"“{plan.priorities[1].title}”.",
            "Prioriteringarnas rubriker",
        ),
        (
            "note",
            None,
            "Texten har ingen översikt över strategin: prioriteringarna och målsättningarna är "
            "de som planen som läses in i har.",
            "",
        ),
    ]
    chapter = chapter_of({1: one.title}, [(str(first.id), first.text), ("1.9", "Okänd")])
    error = refused(lambda: reader_of(["Förord"], plan).priorities(chapter))
    assert (error.line, error.message, error.swedish) == (
        201,
        "objective 1.9 is not an objective of the plan",
        "mål 1.9 är inte ett av planens mål",
    )


TITLES = {1: "Säkerställa en ansats", 2: "Två", 3: "Tre", 4: "Fyra", 5: "Fem", 6: "Sex"}


def strategy_text(objectives: list[str], headings: list[str] | None = None) -> list[str]:
    """A text with the strategy's list (lines 2-11) and an overview (from line 13) of one
    column per heading (the chapter's titles of priorities 1 and 2 unless given), every
    bullet in the first."""
    listed = [f"{n}. {t}." for n, t in TITLES.items()]
    heads = headings if headings is not None else [TITLES[1], TITLES[2]]
    overview = ["Översikt över de strategiska prioriteringarna", ""]
    overview += [heads[0], *[f"• {o}." for o in objectives], ""]
    for head in heads[1:]:
        overview += [head, ""]
    return [
        "Intro",
        "Strategin omfattar sex strategiska prioriteringar:",
        *listed,
        "",
        "Strategin omfattar hela samhället.",
        "",
        *overview,
        "Myndigheternas arbete med handlingsplanen",
    ]


def test_the_overview_gives_the_objectives_and_fills_a_gap() -> None:
    chapter = chapter_of(TITLES, [("1.1", "Ett"), ("1.3", "Tre"), ("2.1", "Fyra")])
    lines = strategy_text(["Ett", "Två", "Tre", "Fyra"])
    reader = reader_of(lines)
    priorities = reader.priorities(chapter)
    assert reader.has_overview
    assert [(p.number, p.title) for p in priorities] == list(TITLES.items())
    assert [[(str(o.id), o.text) for o in p.objectives] for p in priorities][:3] == [
        [("1.1", "Ett"), ("1.2", "Två"), ("1.3", "Tre")],
        [("2.1", "Fyra")],
        [],
    ]
    gap = lines.index("• Två.") + 1
    assert entries(reader) == [
        (
            "note",
            3,
            "Strategilistan (rad 3–) avslutar varje prioriterings rubrik med punkt; kapitlets "
            "rubriker, vars lydelse sparas, gör det inte.",
        ),
        (
            "decision",
            gap,
            f"Målsättning 1.2 har ingen rubrik i kapitlet Åtgärder; dess text är översiktens "
            f"punkt på rad {gap} (mellan 1.1 och 1.3), sparad utan den avslutande punkten, som "
            "kapitlets rubriker.",
        ),
        (
            "note",
            None,
            "Alla 3 målsättningsrubriker i kapitlet stämmer ord för ord med översiktens punkter "
            "(utom den avslutande punkten i översikten).",
        ),
    ]


def test_the_overview_is_refused_where_it_leaves_the_chapter() -> None:
    chapter = chapter_of(TITLES, [("1.1", "Ett"), ("1.4", "Fyra")])
    lines = strategy_text(["Ett", "Två", "Fyra"])
    error = refused(lambda: reader_of(lines).priorities(chapter))
    two = lines.index("• Två.") + 1
    assert (error.line, error.message, error.swedish) == (
        two,
        "the overview's objective “Två.” matches no heading of the chapter and is not a gap "
        "between 1.1 and 1.4",
        "översiktens mål “Två.” motsvarar ingen rubrik i kapitlet och är ingen lucka mellan 1.1 "
        "och 1.4",
    )
    for objectives in (["Noll", "Ett"], ["Ett", "Fyra", "Fem"]):
        chapter = chapter_of(TITLES, [("1.1", "Ett"), ("1.2", "Fyra")])
        lines = strategy_text(objectives)
        error = refused(lambda lines=lines, chapter=chapter: reader_of(lines).priorities(chapter))
        wrong = objectives[0] if objectives[0] == "Noll" else "Fem"
        assert (error.line, error.message, error.swedish) == (
            lines.index(f"• {wrong}.") + 1,
            f"the overview's objective “{wrong}.” matches no heading of the chapter",
            f"översiktens mål “{wrong}.” motsvarar ingen rubrik i kapitlet",
        )
    chapter = chapter_of(TITLES, [("1.1", "Ett"), ("1.2", "Två")])
    error = refused(lambda: reader_of(strategy_text(["Ett"])).priorities(chapter))
    assert (error.line, error.message, error.swedish) == (
        201,
        "the chapter's objective 1.2 is not in the overview",
        "kapitlets mål 1.2 finns inte i översikten",
    )


def test_the_priorities_titles_are_checked_against_the_chapters() -> None:
    titles = dict(TITLES)
    titles[3] = "Annan tre"
    chapter = chapter_of(titles, [("1.1", "Ett")])
    lines = strategy_text(["Ett"], [TITLES[1], "Okänd kolumn"])
    reader = reader_of(lines)
    reader.priorities(chapter)
    column = lines.index("Okänd kolumn") + 1
    assert [(e.kind, e.line, e.text) for e in reader.journal if e.kind == "discrepancy"] == [
        (
            "discrepancy",
            5,
            "Prioritering 3: strategilistan (rad 5) “Tre.”; kapitlets rubrik (rad 102) “Annan tre”.",
        ),
        (
            "discrepancy",
            column,
            f"Översiktens kolumnrubrik (rad {column}) “Okänd kolumn” stämmer inte med någon av "
            "kapitlets prioriteringsrubriker.",
        ),
    ]
    del titles[6]
    error = refused(lambda: reader_of(lines).priorities(chapter_of(titles, [("1.1", "Ett")])))
    assert (error.line, error.message, error.swedish) == (
        100,
        "the chapter's headings give priorities [1, 2, 3, 4, 5], expected 1–6",
        "kapitlets rubriker ger prioriteringarna [1, 2, 3, 4, 5], 1–6 väntades",
    )
    error = refused(lambda: reader_of(lines).priorities(Chapter()))
    assert error.line is None and error.message.startswith(
        "the chapter's headings give priorities []"
    )


def test_the_overview_is_unknown_until_the_priorities_are_read() -> None:
    reader = reader_of(["Förord"])
    assert reader.has_overview is False


def test_sammanfattning_is_looked_for_in_the_first_39_lines() -> None:
    lines = [""] * 38 + ["Sammanfattning", "I 2021 års redovisning."]
    assert reader_of(lines).report_year() == 2021
    reader = reader_of([""] * 38 + samfi_text(NAMED, DECIDED)[2:])
    reader.check_samfi()
    assert entries(reader)[0][2].startswith(
        "SAMFI-myndigheterna som Sammanfattning nämner (rad 40)"
    )
    reader = reader_of([""] * 39 + samfi_text(NAMED, DECIDED)[2:])
    reader.check_samfi()
    assert entries(reader)[0][2].startswith("Texten har ingen Sammanfattning")


def test_sammanfattnings_first_paragraph_within_29_lines_of_its_heading() -> None:
    lines = ["Sammanfattning", *[""] * 28, "I 2021 års redovisning står det.", "x"]
    assert reader_of(lines).report_year() == 2021
    lines = ["Sammanfattning", *[""] * 29, "I 2021 års redovisning."]
    for call in (reader_of(lines).report_year, reader_of(lines).check_samfi):
        error = refused(call)
        assert (error.line, error.message, error.swedish) == (
            1,
            "Sammanfattning has no text in the 29 lines after its heading",
            "Sammanfattning har ingen text på de 29 raderna efter rubriken",
        )
    for text in ("xI 2021 års redovisning", "I 2021 års redovisningen", "I 21 års redovisning"):
        assert refused(reader_of(["Sammanfattning", text]).report_year).line == 2, text


def test_regeringens_beslut_names_the_agencies_within_four_lines() -> None:
    names = [name for _, name in SAMFI]
    lines = samfi_text(NAMED, ", ".join(names[:3]) + ",")[:9]
    lines += [", ".join(names[3:5]) + ",", f"{names[5]} och", f"{names[6]} att ta fram en plan."]
    reader = reader_of(lines)
    reader.check_samfi()
    assert entries(reader)[0][2].endswith("och Regeringens besluts (rad 9).")
    lines.insert(10, "")
    assert refused(reader_of(lines).check_samfi).line == 9
    error = refused(reader_of(samfi_text(NAMED, DECIDED)[:8]).check_samfi)
    assert (error.line, error.message, error.swedish) == (
        3,
        "expected 'Regeringens beslut' between lines 3 and 8",
        "'Regeringens beslut' väntades mellan rad 3 och 8",
    )


def test_the_lines_named_are_the_sources_where_page_numbers_were_left_out() -> None:
    src = ReportText.read(
        "\n".join(["Sida 1 av 1", *samfi_text(NAMED, DECIDED)]), "r.txt", None, False
    )
    reader = StrategyReader(src)
    reader.check_samfi()
    assert [e.text for e in reader.journal][-1] == (
        "SAMFI-myndigheterna som Sammanfattning nämner (rad 5) är registrets och Regeringens "
        "besluts (rad 10)."
    )
    src = ReportText.read("Sida 1 av 1\nSammanfattning\n" + "\n" * 30 + "x", "r.txt", None, False)
    assert refused(StrategyReader(src).report_year).line == 2


def test_the_strategy_and_overview_are_looked_for_where_the_report_prints_them() -> None:
    chapter = chapter_of(TITLES, [("1.1", "Ett")])
    lines = strategy_text(["Ett"])
    at = lines.index("Strategin omfattar sex strategiska prioriteringar:")
    late = [""] * (299 - at - 1) + lines  # the list's heading at line 299
    reader = reader_of(late)
    reader.priorities(chapter)
    assert reader.has_overview
    reader = reader_of([""] + late)  # at line 300: no strategy list
    reader.priorities(chapter)
    assert not reader.has_overview
    # Without the overview, the list alone is no strategy.
    no_overview = [x for x in lines if not x.startswith("Översikt")]
    reader = reader_of(no_overview)
    reader.priorities(chapter)
    assert not reader.has_overview
    no_list = [x for x in lines if not x.startswith("Strategin omfattar sex")]
    reader = reader_of(no_list)
    reader.priorities(chapter)
    assert not reader.has_overview


def test_the_overviews_bullets_and_its_end() -> None:
    lines = [
        "Översikt över de strategiska prioriteringarna",  # 1
        "en rad till av rubriken",  # 2: the heading's paragraph: skipped
        "",
        "Rubrik",  # 4
        "•Utan mellanslag.",  # 5
        "• •  Två punkter.",  # 6
        "",
        "Myndigheternas arbete med handlingsplanen",
    ]
    bullets, headings = reader_of(lines).overview()
    assert bullets == [(5, "Utan mellanslag."), (6, "Två punkter.")]
    assert headings == [(4, "Rubrik")]
    far = [lines[0], "", "Rubrik", *[""] * 396, lines[-1]]  # the end at line 400: found
    assert reader_of(far).overview() == ([], [(3, "Rubrik")])
    error = refused(reader_of([lines[0], "", "Rubrik", *[""] * 397, lines[-1]]).overview)
    assert error.message == "expected 'the section after the overview' between lines 1 and 400"
    assert reader_of([""] * 398 + lines).overview()[1] == [(402, "Rubrik")]
    assert refused(reader_of([""] * 399 + lines).overview).message.startswith(
        "expected 'the overview of priorities and objectives' between lines 1 and 399"
    )


def test_sammanfattning_at_line_40_is_no_sammanfattning() -> None:
    error = refused(
        reader_of([""] * 39 + ["Sammanfattning", "I 2021 års redovisning."]).report_year
    )
    assert error.message == (
        "expected 'the heading Sammanfattning, or the report\\'s year (\"NNNN års redovisning\")' "
        "between lines 1 and 41"
    )


def test_a_wrong_decision_is_refused_at_its_source_line() -> None:
    src = ReportText.read(
        "\n".join(["Sida 1 av 1", *samfi_text(NAMED, "MSB")]), "r.txt", None, False
    )
    assert refused(StrategyReader(src).check_samfi).line == 10


def test_lines_around_the_strategy_list_are_not_its_items() -> None:
    lines = [
        "7. Annat",
        "Strategin omfattar sex strategiska prioriteringar:",
        "Inledning",
        *STRATEGY[1:],
    ]
    assert sorted(reader_of(lines).strategy_list()) == [1, 2, 3, 4, 5, 6]
    assert reader_of(lines).strategy_list()[1] == (4, "Säkerställa en samlad ansats.")


def test_a_bullets_letters_are_kept() -> None:
    lines = [*OVERVIEW[:3], "•X-mål.", *OVERVIEW[-2:]]
    assert reader_of(lines).overview()[0] == [(4, "X-mål.")]


def test_the_strategy_and_overview_at_the_texts_ends() -> None:
    chapter = chapter_of(TITLES, [("1.1", "Ett")])
    lines = strategy_text(["Ett"])[1:]  # the list's heading at line 1
    reader = reader_of(lines)
    reader.priorities(chapter)
    assert reader.has_overview
    at = lines.index("Översikt över de strategiska prioriteringarna")
    late = [*lines[:at], *[""] * (399 - at - 1), *lines[at:]]  # the overview at line 399
    reader = reader_of(late)
    reader.priorities(chapter)
    assert reader.has_overview
    later = [*lines[:at], *[""] * (400 - at - 1), *lines[at:]]  # at line 400
    reader = reader_of(later)
    reader.priorities(chapter)
    assert not reader.has_overview
    first = [*lines[at:-1], "", *lines[:at], lines[-1]]  # the overview first, at line 1
    reader = reader_of(first)
    reader.priorities(chapter)
    assert reader.has_overview


def test_only_the_strategy_lists_final_full_stop_is_dropped() -> None:
    titles = dict(TITLES)
    titles[6] = "Box"
    lines = strategy_text(["Ett"])
    lines[lines.index("6. Sex.")] = "6. Box."
    reader = reader_of(lines)
    reader.priorities(chapter_of(titles, [("1.1", "Ett")]))
    assert [e for e in reader.journal if e.kind == "discrepancy"] == []
    titles[6] = "Annan"
    reader = reader_of(lines)
    reader.priorities(chapter_of(titles, [("1.1", "Ett")]))
    assert [(e.topic, e.line) for e in reader.journal if e.kind == "discrepancy"] == [
        ("Prioriteringarnas rubriker", 8)
    ]
    lines = strategy_text(["Ett"], [TITLES[1], "Okänd"])
    reader = reader_of(lines)
    reader.priorities(chapter_of(TITLES, [("1.1", "Ett")]))
    assert [e.topic for e in reader.journal if e.kind == "discrepancy"] == [
        "Prioriteringarnas rubriker"
    ]


def test_a_bullet_without_a_full_stop_is_kept_whole() -> None:
    lines = strategy_text(["Ett"])
    lines[lines.index("• Ett.")] = "• Ett"
    priorities = reader_of(lines).priorities(chapter_of(TITLES, [("1.1", "Ett")]))
    assert [(str(o.id), o.text) for o in priorities[0].objectives] == [("1.1", "Ett")]
