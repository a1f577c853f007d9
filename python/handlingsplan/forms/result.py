"""What reading the update forms gives: the problems (file, sheet, cell, message), the answers,
the conflicts between agencies, and after applying the diff against the last report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .._core import MeasureId, ObjectiveId, Period, StatusKind, status_kind_text
from ..diff import ReportDiff
from .agreement import Aspect, status_aspect

__all__ = ["Answer", "Conflict", "Problem", "Proposal", "UpdateResult"]


@dataclass(frozen=True)
class Problem:
    """A wrong answer or a damaged form: where (file, sheet, cell) and what, in Swedish."""

    file: str
    sheet: str
    cell: str
    message: str

    def __str__(self) -> str:
        place = f"{self.sheet}!{self.cell}" if self.sheet and self.cell else self.sheet
        return f"{self.file}, {place}: {self.message}" if place else f"{self.file}: {self.message}"


@dataclass(frozen=True)
class Answer:
    """One agency's answer for one measure: the row of its form, read and checked.

    Only what the agency filled in is set: `status` None means the Status cell was left empty.
    `cells` says where each answered field is ("status" -> "F7"); `earlier` marks an answer
    applied before (an earlier wave of forms), as the draft records it."""

    agency: str
    file: str
    row: int
    measure: MeasureId
    status: StatusKind | None = None
    year: int | None = None
    reason: str | None = None
    period: Period | None = None
    description: str | None = None
    comment: str | None = None
    cells: tuple[tuple[str, str], ...] = ()
    earlier: bool = False

    def cell(self, name: str) -> str | None:
        """The cell of field `name` ("status", "year", "reason", "period", "description")."""
        return dict(self.cells).get(name)

    @property
    def place(self) -> str:
        """File and the cells answered, "FRA.xlsx, Åtgärder!F7" (the row where no cell is
        known); an answer applied before says so."""
        given = [
            cell
            for name, cell in self.cells
            if name in ("status", "period", "description") and getattr(self, name) is not None
        ]
        where = f"Åtgärder!{', '.join(given)}" if given else f"Åtgärder rad {self.row}"
        earlier = "infört tidigare från " if self.earlier else ""
        return f"{earlier}{self.file}, {where}"

    def aspects(self) -> dict[Aspect, object]:
        """What the answer says, as the agreement table compares it: aspect -> value."""
        given: dict[Aspect, object] = {}
        if self.status is not None:
            given[status_aspect(self.status)] = (self.year, self.reason)
        if self.period is not None:
            given[Aspect.period] = str(self.period)
        if self.description is not None:
            given[Aspect.description] = " ".join(self.description.split())
        return given

    @property
    def decisive(self) -> bool:
        """Whether the answer says anything about the measure (a comment alone does not)."""
        return any(
            v is not None
            for v in (self.status, self.year, self.reason, self.period, self.description)
        )

    def decision(self) -> tuple[object, ...]:
        """What two agencies' answers are compared on (everything but the comment)."""
        return (
            self.status,
            self.year,
            self.reason,
            str(self.period) if self.period else None,
            self.description,
        )

    def text(self) -> str:
        """The answer in Swedish: "genomförd 2021", "ny period 2021–2023", …"""
        parts = []
        if self.status is not None:
            word = status_kind_text(self.status)
            parts.append(f"{word} {self.year}" if self.year is not None else word)
        if self.reason:
            parts.append(f'skäl: "{self.reason}"')
        if self.period is not None:
            parts.append(f"ny period {self.period}")
        if self.description is not None:
            parts.append(f'ny beskrivning: "{_shorten(self.description)}"')
        return ", ".join(parts) or "inget svar"


@dataclass(frozen=True)
class Proposal:
    """A proposed new measure from the Nya åtgärder sheet; `id` is the number it gets."""

    agency: str
    file: str
    row: int
    objective: ObjectiveId
    title: str
    description: str
    agencies: str
    period: Period
    comment: str | None = None
    id: MeasureId | None = None
    cell: str = ""

    @property
    def place(self) -> str:
        """File and row, "FRA.xlsx, Nya åtgärder rad 2"."""
        return f"{self.file}, Nya åtgärder rad {self.row}"

    def details(self) -> tuple[object, ...]:
        """What two proposals of one title must agree on."""
        return (
            str(self.objective),
            " ".join(self.title.split()),
            " ".join(self.description.split()),
            self.agencies,
            str(self.period),
        )

    def text(self) -> str:
        """The proposal in Swedish."""
        return (
            f'ny åtgärd "{_shorten(self.title)}", {self.agencies}, {self.period}, '
            f'beskrivning: "{_shorten(self.description)}"'
        )


@dataclass(frozen=True)
class Conflict:
    """Answers to one measure that cannot both hold (forms/agreement.py's table): nothing is
    applied for it until the user says whose answer holds, for the whole measure
    (``prefer={"1.1.5": "FRA"}``, ``--prefer 1.1.5=FRA``) or for one field
    (``prefer={"1.1.5:period": "FRA"}``), or corrects a form. `clashes` are the pairs of
    aspects that clash; a proposed measure's conflict has the number it would get."""

    measure: MeasureId
    answers: tuple[Answer | Proposal, ...]
    clashes: tuple[tuple[Aspect, Aspect], ...] = ()

    def __str__(self) -> str:
        answers = "; ".join(f"{a.agency} ({a.place}): {a.text()}" for a in self.answers)
        first = next((a.agency for a in self.answers if not getattr(a, "earlier", False)), "")
        pairs = sorted({" mot ".join(sorted((a.word, b.word))) for a, b in self.clashes})
        why = f" ({', '.join(pairs)})" if pairs else ""
        return (
            f"{self.measure}: svaren kan inte båda gälla{why} – {answers}. Ingenting förs in "
            f"för {self.measure} förrän det är avgjort: ange vems svar som gäller "
            f'(prefer={{"{self.measure}": "{first}"}}, på kommandoraden --prefer '
            f"{self.measure}={first}; för ett fält --prefer {self.measure}:period={first}) "
            "eller rätta ett av formulären."
        )


@dataclass(frozen=True)
class UpdateResult:
    """The outcome of reading the forms of one report.

    `applied` is True when every answer was checked and applied; otherwise `problems` and/or
    `conflicts` say why nothing was. `diff` compares the report with the last one before it."""

    year: int
    files: tuple[str, ...]
    answers: tuple[Answer, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    problems: tuple[Problem, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    not_answered: tuple[str, ...] = ()
    comments: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    applied: bool = False
    diff: ReportDiff | None = None
    #: The agencies that returned a form with answers, and those that returned only blank
    #: (untouched) forms, this time or before (the report's form register).
    answered: tuple[str, ...] = ()
    blank: tuple[str, ...] = ()
    #: Answers (and proposals) the draft holds already, from an earlier wave: not applied again.
    already_applied: int = 0
    read: date | None = None

    @property
    def ok(self) -> bool:
        """No problems and no conflicts: the answers can be applied."""
        return not self.problems and not self.conflicts

    def summary(self) -> str:
        """The outcome in Swedish, one line per fact."""
        lines = [
            f"Inläsning för {self.year} års redovisning: {len(self.files)} formulär, "
            f"{sum(a.decisive for a in self.answers)} svar, "
            + (
                f"{len(self.proposals)} ny åtgärd."
                if len(self.proposals) == 1
                else f"{len(self.proposals)} nya åtgärder."
            )
        ]
        if self.problems:
            lines.append(f"{len(self.problems)} fel; ingenting är infört:")
            lines.extend(f"  {p}" for p in self.problems)
        if self.conflicts:
            lines.append(f"{len(self.conflicts)} motstridiga svar; ingenting är infört:")
            lines.extend(f"  {c}" for c in self.conflicts)
        if self.already_applied:
            lines.append(
                f"{self.already_applied} av svaren fanns redan i utkastet (en tidigare "
                "inläsning) och förs inte in igen."
            )
        if self.applied:
            lines.append("Alla svar är införda.")
        if self.answered:
            lines.append("Har svarat: " + ", ".join(self.answered) + ".")
        if self.blank:
            lines.append("Har skickat tillbaka formuläret oifyllt: " + ", ".join(self.blank) + ".")
        if self.not_answered:
            lines.append("Har inte svarat: " + ", ".join(self.not_answered) + ".")
        for measure, comments in self.comments.items():
            for agency, text in comments:
                lines.append(f"Kommentar {measure} ({agency}): {text}")
        if self.diff is not None:
            lines.append(self.diff.summary())
        return "\n".join(lines)


def _shorten(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def source_name(path: Path) -> str:
    """How problems name a file: its name, as the agency saved it."""
    return path.name
