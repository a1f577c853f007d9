"""The report's front matter: the plan's title and years, the report's year, the SAMFI agencies
of Sammanfattning, and the strategy's priorities and objectives (its list and overview, or the
chapter's headings, or the plan imported into)."""

from __future__ import annotations

import re

from .._core import (
    Objective,
    ObjectiveId,
    Period,
    Priority,
)
from ..errors import Error
from ._layout import Line, join_lines, paragraphs
from .journal import OBJECTIVE_TEXTS, PRIORITY_TITLES
from .model import Chapter
from .report_text import (
    PLAN_TITLE_IN_TEXT_RE,
    PLAN_TITLE_RE,
    ReportText,
    Stage,
    fail,
    find_line,
    line_no,
    split_list,
    swedish_of,
)


class StrategyReader(Stage):
    """The plan, the year and the strategy as the report prints them."""

    def __init__(self, src: ReportText) -> None:
        super().__init__(src)
        self.has_overview = False

    def plan_title(self) -> tuple[str, int, int]:
        """The plan's title with its years: from the page headers, else from the text that
        names the plan "för åren 2019–2022" (Introduktion)."""
        found: tuple[int, str] | None = None
        for line in self.lines:
            if m := PLAN_TITLE_RE.search(line.text):
                found = line.no, m.group(1)
                break
        if found is None:
            for para in paragraphs(self.lines[:400]):
                if m := PLAN_TITLE_IN_TEXT_RE.search(join_lines(para)):
                    found = para[0].no, m.group(1)
                    self.journal.note(
                        para[0].no,
                        "Inget sidhuvud trycker planens titel; dess år läses från Introduktion.",
                    )
                    break
        if found is None:
            raise fail(
                1,
                'not a report of the plan: the title "Samlad informations- och '
                'cybersäkerhetshandlingsplan" with its years occurs nowhere in the '
                "text",
                'inte en redovisning av planen: rubriken "Samlad informations- och '
                'cybersäkerhetshandlingsplan" med dess år finns ingenstans i texten',
            )
        no, printed = found
        try:
            years = Period.parse(printed)
        except Error as error:
            raise fail(
                no,
                f"the plan's years {printed!r}: {error}",
                f"planens år {printed!r}: {swedish_of(error)}",
            ) from None
        end = years.end_year
        assert end is not None  # both patterns take the years as "NNNN–NNNN"
        return (
            f"Samlad informations- och cybersäkerhetshandlingsplan {years}",
            years.start_year,
            end,
        )

    def report_year(self) -> int:
        # The library's own documents' Sammanfattning may be last year's text, naming last
        # year's report: their title says the year.
        summary = self.summary_heading()
        if summary is None:
            no = find_line(
                self.lines,
                r"^\d{4} års redovisning$",
                1,
                60,
                'the heading Sammanfattning, or the report\'s year ("NNNN års redovisning")',
            )
            return int(self.lines[no - 1].text[:4])
        para = self.summary_paragraph(summary)
        text = join_lines(para)
        if not (m := re.search(r"\bI (\d{4}) års redovisning\b", text)):
            raise fail(
                para[0].no,
                "the first paragraph of Sammanfattning does not name the "
                'report\'s year ("I NNNN års redovisning")',
                'första stycket i Sammanfattning anger inte redovisningens år ("I NNNN års '
                'redovisning")',
            )
        return int(m.group(1))

    def summary_heading(self) -> int | None:
        """The position of the heading Sammanfattning within the first 39 lines, as the
        published report prints it; None in the library's own documents and where there is
        none."""
        if self.own_document():
            return None
        return next(
            (
                no
                for no, line in enumerate(self.lines[:39], start=1)
                if line.text == "Sammanfattning"
            ),
            None,
        )

    def summary_paragraph(self, summary: int) -> list[Line]:
        """The first paragraph of Sammanfattning (headed at position `summary`), within the 29
        lines after its heading."""
        paras = paragraphs(self.span(summary + 1, summary + 30))
        if not paras:
            raise fail(
                line_no(self.lines, summary),
                "Sammanfattning has no text in the 29 lines after its heading",
                "Sammanfattning har ingen text på de 29 raderna efter rubriken",
            )
        return paras[0]

    def check_samfi(self) -> None:
        """The agencies behind the plan, as Sammanfattning names them, against the registry."""
        start = self.summary_heading()
        if start is None:
            self.journal.note(
                None,
                "Texten har ingen Sammanfattning som den publicerade redovisningen trycker den "
                "(med Regeringens beslut efter): SAMFI-myndigheterna kontrolleras inte mot den.",
            )
            return
        para = self.summary_paragraph(start)
        text = join_lines(para)
        m = re.search(r"innehåller åtgärder som (.*?) enskilt, tillsammans", text)
        if not m:
            raise fail(
                para[0].no,
                "the first paragraph of Sammanfattning does not list the agencies behind the plan",
                "första stycket i Sammanfattning räknar inte upp myndigheterna bakom planen",
            )
        named = []
        for item in split_list(m.group(1)):
            mm = re.fullmatch(r"(.+?) \(([A-ZÅÄÖ]+)\)", item)
            named.append((mm.group(2), mm.group(1)) if mm else (item, item))
        samfi = [(a.short_name, a.name) for a in self.registry if a.samfi]
        if named != samfi:
            raise fail(
                para[0].no,
                f"Sammanfattning names the agencies {named}, the registry's "
                f"SAMFI agencies are {samfi}",
                f"Sammanfattning nämner myndigheterna {named}, registrets SAMFI-myndigheter är "
                f"{samfi}",
            )
        dec = find_line(self.lines, r"^Regeringen uppdrar åt ", start, None, "Regeringens beslut")
        dec_text = join_lines(self.span(dec, dec + 4))
        m2 = re.search(r"uppdrar åt (.*?) att ta fram", dec_text)
        if not m2 or split_list(m2.group(1)) != [name for _, name in samfi]:
            raise fail(
                line_no(self.lines, dec),
                "Regeringens beslut does not name the agencies Sammanfattning names",
                "Regeringens beslut nämner inte de myndigheter som Sammanfattning nämner",
            )
        self.journal.note(
            para[0].no,
            f"SAMFI-myndigheterna som Sammanfattning nämner (rad {para[0].no}) är registrets "
            f"och Regeringens besluts (rad {line_no(self.lines, dec)}).",
        )

    def strategy_list(self) -> dict[int, tuple[int, str]]:
        start = find_line(
            self.lines,
            r"^Strategin omfattar sex strategiska prioriteringar:$",
            1,
            300,
            "the strategy's list of priorities",
        )
        end = find_line(
            self.lines,
            r"^Strategin omfattar hela samhället",
            start,
            start + 40,
            "the end of the strategy's list of priorities",
        )
        items: dict[int, list[Line]] = {}
        current = None
        for line in self.span(start + 1, end):
            if m := re.match(r"^(\d)\.\s+(.*)$", line.text):
                current = int(m.group(1))
                items[current] = [line.with_text(m.group(2))]
            elif line.text and current is not None:
                items[current].append(line)
        if sorted(items) != [1, 2, 3, 4, 5, 6]:
            raise fail(
                start,
                f"expected priorities 1–6 in the strategy list, found {sorted(items)}",
                f"prioriteringarna 1–6 väntades i strategins lista, texten har {sorted(items)}",
            )
        return {n: (ls[0].no, join_lines(ls)) for n, ls in items.items()}

    def overview(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        start = find_line(
            self.lines,
            r"^Översikt över de strategiska prioriteringar",
            1,
            400,
            "the overview of priorities and objectives",
        )
        end = find_line(
            self.lines,
            r"^Myndigheternas arbete med handlingsplanen$",
            start,
            start + 400,
            "the section after the overview",
        )
        paras = paragraphs(self.span(start, end))[1:]
        bullets: list[tuple[int, str]] = []
        headings: list[tuple[int, str]] = []
        for para in paras:
            groups: list[list[Line]] = []
            is_heading: list[bool] = []
            for line in para:
                if line.text.startswith("•"):
                    groups.append([line.with_text(line.text.lstrip("• ").strip())])
                    is_heading.append(False)
                elif groups:
                    groups[-1].append(line)
                else:
                    groups.append([line])
                    is_heading.append(True)
            for group, heading in zip(groups, is_heading, strict=True):
                (headings if heading else bullets).append((group[0].no, join_lines(group)))
        return bullets, headings

    def priorities_from_chapter(self, chapter: Chapter) -> list[Priority]:
        """Without the strategy's list and overview: the plan's priorities and objectives where
        the report joins a plan (checked against the chapter's headings), else the chapter's."""
        if self.into is not None:
            for oid, line, text in chapter.objectives:
                known = (
                    self.into.objective(ObjectiveId(oid))
                    if any(str(o.id) == oid for p in self.into.priorities for o in p.objectives)
                    else None
                )
                if known is None:
                    raise fail(
                        line,
                        f"objective {oid} is not an objective of the plan",
                        f"mål {oid} är inte ett av planens mål",
                    )
                if known.text != text:
                    self.journal.discrepancy(
                        OBJECTIVE_TEXTS,
                        line,
                        f"Målsättning {oid}: kapitlet (rad {line}) trycker "
                        f"“{text}”, planen “{known.text}”.",
                    )
            for number, (line, title) in chapter.priorities.items():
                if self.into.priority(number).title != title:
                    self.journal.discrepancy(
                        PRIORITY_TITLES,
                        line,
                        f"Prioritering {number}: kapitlet (rad {line}) "
                        f"trycker “{title}”, planen "
                        f"“{self.into.priority(number).title}”.",
                    )
            self.journal.note(
                None,
                "Texten har ingen översikt över strategin: prioriteringarna "
                "och målsättningarna är de som planen som läses in i har.",
            )
            return list(self.into.priorities)
        self.journal.note(
            None,
            "Texten har ingen översikt över strategin: prioriteringarna och "
            "målsättningarna är de som kapitlet har rubriker för (en målsättning "
            "utan aktuella åtgärder är inte känd).",
        )
        return [
            Priority(
                n,
                title,
                [
                    Objective(ObjectiveId(oid), text)
                    for oid, _, text in chapter.objectives
                    if ObjectiveId(oid).priority == n
                ],
            )
            for n, (_, title) in sorted(chapter.priorities.items())
        ]

    def priorities(self, chapter: Chapter) -> list[Priority]:
        # The strategy's list and its overview (a figure) of the published report; the
        # library's own documents print the list in the Introduktion but no overview.
        self.has_overview = self.has(
            r"^Strategin omfattar sex strategiska prioriteringar:$", 1, 300
        ) and self.has(r"^Översikt över de strategiska prioriteringar", 1, 400)
        if not self.has_overview:
            return self.priorities_from_chapter(chapter)
        strategy = self.strategy_list()
        bullets, headings = self.overview()
        self.check_priority_titles(chapter, strategy, headings)
        first_line = min(line for line, _ in strategy.values())
        self.journal.note(
            first_line,
            f"Strategilistan (rad {first_line}–) avslutar varje "
            f"prioriterings rubrik med punkt; kapitlets rubriker, "
            f"vars lydelse sparas, gör det inte.",
        )
        result = self.overview_objectives(chapter, bullets)
        out = []
        for n in sorted(chapter.priorities):
            objs = [
                Objective(ObjectiveId(oid), t)
                for oid, t in result
                if ObjectiveId(oid).priority == n
            ]
            out.append(Priority(n, chapter.priorities[n][1], objs))
        return out

    def check_priority_titles(
        self,
        chapter: Chapter,
        strategy: dict[int, tuple[int, str]],
        headings: list[tuple[int, str]],
    ) -> None:
        """The chapter heads the six priorities; the strategy list's and the overview's titles
        against the chapter's headings (differences recorded)."""
        if sorted(chapter.priorities) != [1, 2, 3, 4, 5, 6]:
            first = min((line for line, _ in chapter.priorities.values()), default=None)
            raise fail(
                first,
                f"the chapter's headings give priorities "
                f"{sorted(chapter.priorities)}, expected 1–6",
                f"kapitlets rubriker ger prioriteringarna {sorted(chapter.priorities)}, 1–6 "
                "väntades",
            )
        for n, (line, text) in strategy.items():
            ch_line, ch_text = chapter.priorities[n]
            if text.rstrip(".") != ch_text:
                self.journal.discrepancy(
                    PRIORITY_TITLES,
                    line,
                    f"Prioritering {n}: strategilistan (rad {line}) “{text}”; "
                    f"kapitlets rubrik (rad {ch_line}) “{ch_text}”.",
                )
        chapter_titles = {t for _, t in chapter.priorities.values()}
        for line, text in headings:
            if text not in chapter_titles:
                self.journal.discrepancy(
                    PRIORITY_TITLES,
                    line,
                    f"Översiktens kolumnrubrik (rad {line}) “{text}” "
                    f"stämmer inte med någon av kapitlets prioriteringsrubriker.",
                )

    def overview_objectives(
        self, chapter: Chapter, bullets: list[tuple[int, str]]
    ) -> list[tuple[str, str]]:
        """The objectives of the overview's bullets, each matched with the chapter's heading
        (an objective without one is a gap between two the chapter heads); (id, text)."""
        objectives = list(chapter.objectives)
        result: list[tuple[str, str]] = []
        j = 0
        for line, text in bullets:
            bare = text[:-1] if text.endswith(".") else text
            if j < len(objectives) and bare == objectives[j][2]:
                result.append((objectives[j][0], objectives[j][2]))
                j += 1
                continue
            prev = ObjectiveId(result[-1][0]) if result else None
            nxt = ObjectiveId(objectives[j][0]) if j < len(objectives) else None
            if prev is None or nxt is None:
                raise fail(
                    line,
                    f"the overview's objective “{text}” matches no heading of the chapter",
                    f"översiktens mål “{text}” motsvarar ingen rubrik i kapitlet",
                )
            gap = ObjectiveId(prev.priority, prev.number + 1)
            if nxt != ObjectiveId(prev.priority, prev.number + 2):
                raise fail(
                    line,
                    f"the overview's objective “{text}” matches no heading of the "
                    f"chapter and is not a gap between {prev} and {nxt}",
                    f"översiktens mål “{text}” motsvarar ingen rubrik i kapitlet och är ingen "
                    f"lucka mellan {prev} och {nxt}",
                )
            result.append((str(gap), bare))
            self.journal.decision(
                line,
                f"Målsättning {gap} har ingen rubrik i kapitlet Åtgärder; dess text är "
                f"översiktens punkt på rad {line} (mellan {prev} och {nxt}), sparad "
                f"utan den avslutande punkten, som kapitlets rubriker.",
            )
        if j != len(objectives):
            raise fail(
                objectives[j][1],
                f"the chapter's objective {objectives[j][0]} is not in the overview",
                f"kapitlets mål {objectives[j][0]} finns inte i översikten",
            )
        self.journal.note(
            None,
            f"Alla {len(objectives)} målsättningsrubriker i kapitlet stämmer "
            f"ord för ord med översiktens punkter (utom den "
            f"avslutande punkten i översikten).",
        )
        return result
