"""The journal of an import: everything the importer did that a reader of the data should be
able to check, each with the line of the source it concerns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["Join", "Journal", "JournalEntry"]

# The journal is read by the coordinator: every text in it is Swedish. The words two modules
# share (a join's rule, a discrepancy's topic) are declared here, once.

# How two printed lines were joined where a word was broken across them.
HYPHEN_AND_SPACE_KEPT = "bindestreck och mellanslag kvar (en konjunktion följer)"
HYPHEN_KEPT = "bindestreck kvar (en förkortning eller ett förled före det)"
HYPHEN_REMOVED = "bindestreck borttaget"
DASH_JOINED = "tankstreck mellan tal, sammanfogat utan mellanslag"
CASE_NUMBER_JOINED = "diarienummer, sammanfogat utan mellanslag"

# What two parts of the report disagree on (the discrepancies' topics).
ONE_SIDE_ONLY = "Åtgärder som bara finns på ena sidan"
TITLES_DIFFER = "Rubriker med olika lydelse"
AGENCY_TEXTS_DIFFER = "Myndighetstexter med olika lydelse"
MARKING_AND_STATUS_DIFFER = "Kapitlets markering och Bilaga 1:s status stämmer inte överens"
PAGES = "Sidor"
PRIORITY_TITLES = "Prioriteringarnas rubriker"
OBJECTIVE_TEXTS = "Målsättningarnas texter"
PLAIN_TEXT = "Oformaterad text"


@dataclass(frozen=True)
class Join:
    """Two printed lines joined where a word was broken across them."""

    line: int  # the source line of the left part
    left: str  # the last word of the left line
    right: str  # the first word of the next line
    result: str  # the word(s) as joined
    rule: str

    @property
    def obvious(self) -> bool:
        """A plain syllable break: the hyphen removed between two lower-case parts."""
        if self.rule != HYPHEN_REMOVED:
            return False
        left = self.left[:-1]
        return "-" not in left and len(left) >= 3 and self.right[:1].islower()


@dataclass(frozen=True)
class JournalEntry:
    """A decision, a note or a discrepancy between the chapter and Bilaga 1."""

    kind: str  # "decision", "note" or "discrepancy"
    line: int | None  # the source line it concerns, where there is one
    text: str
    topic: str = ""  # for discrepancies: what disagrees (TITLES_DIFFER, ...)


@dataclass
class Journal:
    """What an import did: every line-break join, every discrepancy between the Åtgärder chapter
    and Bilaga 1, every decision and observation, in the order they were made."""

    source: str = ""
    joins: dict[int, Join] = field(default_factory=dict)
    entries: list[JournalEntry] = field(default_factory=list)
    markdown: str = ""  # the extraction report (set when the import is complete)

    def join(self, line: int, left: str, right: str, result: str, rule: str) -> None:
        """Records a join of the line `line` with the next."""
        self.joins[line] = Join(line, left, right, result, rule)

    def decision(self, line: int | None, text: str) -> None:
        """Records a decision the importer took where the text left a choice."""
        self.entries.append(JournalEntry("decision", line, text))

    def note(self, line: int | None, text: str) -> None:
        """Records an observation about the text."""
        self.entries.append(JournalEntry("note", line, text))

    def discrepancy(self, topic: str, line: int | None, text: str) -> None:
        """Records a place where two parts of the report disagree (both wordings are kept)."""
        self.entries.append(JournalEntry("discrepancy", line, text, topic))

    def of_kind(self, kind: str) -> list[JournalEntry]:
        """The entries of one kind, in order."""
        return [e for e in self.entries if e.kind == kind]

    def discrepancies(self, topic: str) -> list[JournalEntry]:
        """The discrepancies on one topic, in order."""
        return [e for e in self.entries if e.kind == "discrepancy" and e.topic == topic]

    def __iter__(self) -> Iterator[JournalEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)
