"""What reading the update forms gives: the problems (file, sheet, cell, message), the answers,
the conflicts between agencies, and after applying the diff against the last report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .._core import MeasureId, ObjectiveId, Period, StatusKind, status_kind_text
from ..diff import ReportDiff

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

    Only what the agency filled in is set: `status` None means the Status cell was left empty."""

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

    @property
    def place(self) -> str:
        """File and row, "FRA.xlsx, Åtgärder rad 7"."""
        return f"{self.file}, Åtgärder rad {self.row}"

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


@dataclass(frozen=True)
class Conflict:
    """Agencies answering a joint measure differently: nothing is applied for it until the
    user says whose answer holds (``prefer={"1.1.5": "FRA"}``, ``--prefer 1.1.5=FRA``) or
    corrects a form."""

    measure: MeasureId
    answers: tuple[Answer, ...]

    def __str__(self) -> str:
        answers = "; ".join(f"{a.agency} ({a.place}): {a.text()}" for a in self.answers)
        first = self.answers[0].agency
        return (
            f"{self.measure}: myndigheterna svarar olika – {answers}. Ingenting förs in för "
            f"{self.measure} förrän det är avgjort: ange vems svar som gäller "
            f'(prefer={{"{self.measure}": "{first}"}}, på kommandoraden --prefer '
            f"{self.measure}={first}) eller rätta ett av formulären."
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
        if self.applied:
            lines.append("Alla svar är införda.")
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
