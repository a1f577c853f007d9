"""The words of the yearly update form: sheet names, column headings, the identification block
and the Swedish texts. No imports from the rest of the package except the core, so that the
writer and the reader share one vocabulary and nothing imports back.

The status words come from the core (`status_kind_text`); this module only says which of them
an agency may answer and which everyday words to suggest them for."""

from __future__ import annotations

from dataclasses import dataclass

from .._core import PlanWords, StatusKind, status_kind_text
from .._vocabulary import MONTHS

#: The sheet with the instructions.
INSTRUCTIONS_SHEET = "Instruktioner"
#: The hidden sheet that identifies the form (plan, report year, agency) and holds the lists the
#: dropdowns draw on.
FORM_SHEET = "Formulär"

#: The version of the form's layout; a workbook of another version is refused.
FORM_VERSION = 1
#: What the identification block's first cell says, so that a form is recognised as one.
FORM_KIND = "Uppdateringsformulär för handlingsplanen"


@dataclass(frozen=True)
class Column:
    """A column of a form sheet: its heading, whether the agency answers in it, its width."""

    heading: str
    answer: bool
    width: int
    text: bool = (
        False  # stored as text (number format "@"), so Excel does not turn it into a number
    )


# The 2019–2022 plan's words for a measure, its agencies and an objective (the core's
# catalogue, as Bilaga 1 prints them).
_WORDS = PlanWords.standard()

# Åtgärder: Nr … Period identify the measure and are locked; Status … Kommentar are answers.
NR = Column("Nr", False, 9, text=True)
TITLE = Column(_WORDS.appendix.measure_column, False, 48)
AGENCIES = Column(_WORDS.appendix.agencies_column, False, 30)
ROLE = Column("Roll", False, 18)
PERIOD = Column("Period", False, 16, text=True)
STATUS = Column("Status", True, 14)
YEAR = Column("År", True, 8)
REASON = Column("Skäl", True, 36)
NEW_PERIOD = Column("Ny period", True, 16, text=True)
NEW_DESCRIPTION = Column("Ny beskrivning", True, 48)
COMMENT = Column("Kommentar", True, 36)
DESCRIPTION = Column("Nuvarande beskrivning", False, 60)

MEASURE_COLUMNS: tuple[Column, ...] = (
    NR,
    TITLE,
    AGENCIES,
    ROLE,
    PERIOD,
    STATUS,
    YEAR,
    REASON,
    NEW_PERIOD,
    NEW_DESCRIPTION,
    COMMENT,
    DESCRIPTION,
)

# Nya åtgärder: every column is an answer.
OBJECTIVE = Column(_WORDS.levels.objective, True, 12, text=True)
NEW_TITLE = Column(_WORDS.appendix.measure_column, True, 40)
NEW_MEASURE_DESCRIPTION = Column("Beskrivning", True, 60)
NEW_AGENCIES = Column(_WORDS.appendix.agencies_column, True, 36)
NEW_MEASURE_PERIOD = Column("Period", True, 16, text=True)
NEW_COMMENT = Column("Kommentar", True, 36)

NEW_MEASURE_COLUMNS: tuple[Column, ...] = (
    OBJECTIVE,
    NEW_TITLE,
    NEW_MEASURE_DESCRIPTION,
    NEW_AGENCIES,
    NEW_MEASURE_PERIOD,
    NEW_COMMENT,
)


@dataclass(frozen=True)
class FormWords:
    """The words of a plan's form that come from the plan's own words (`PlanWords`): its two
    sheets of measures and the headings naming a measure, its agencies and an objective. The
    2019–2022 plan's are `STANDARD_FORM_WORDS` ("Åtgärder", "Nya åtgärder", "Åtgärd", "Ansvarig
    myndighet", "Målsättning"); a plan of pillars, goals and activities gets "Aktiviteter", "Nya
    aktiviteter", "Aktivitet", its agencies' column and "Mål"."""

    words: PlanWords
    measures_sheet: str
    new_measures_sheet: str
    headings: tuple[tuple[Column, str], ...]

    def heading(self, column: Column) -> str:
        """The column's heading in the plan's words (the standard heading where it has none)."""
        return dict(self.headings).get(column, column.heading)

    @property
    def measure(self) -> str:
        """A measure, in running text: "åtgärd", "aktivitet"."""
        return self.words.levels.measure.lower()

    @property
    def measures(self) -> str:
        """Measures, in running text: "åtgärder", "aktiviteter"."""
        return self.words.levels.measures.lower()

    @property
    def objective(self) -> str:
        """An objective, in running text: "målsättning", "mål"."""
        return self.words.levels.objective.lower()

    @property
    def the_measure(self) -> str:
        """A measure in the definite form: "åtgärden", "aktiviteten" (the noun with "-en", as
        both plans' words take it)."""
        return f"{self.measure}en"

    @property
    def the_objective(self) -> str:
        """An objective in the definite form: "målsättningen" ("-en", as for `the_measure`)."""
        return f"{self.objective}en"

    @property
    def objectives_line(self) -> str:
        """The line above the list of the strategy's objectives on the instructions sheet."""
        if self.words.levels.objective == _WORDS.levels.objective:
            return "Strategins målsättningar:"
        return f"{self.words.levels.objective} i strategin:"


def form_words(words: PlanWords) -> FormWords:
    """The form's words for a plan whose own words are `words` (`Plan.words`)."""
    levels, appendix = words.levels, words.appendix
    return FormWords(
        words=words,
        measures_sheet=levels.measures,
        new_measures_sheet=f"Nya {levels.measures.lower()}",
        headings=(
            (TITLE, appendix.measure_column),
            (AGENCIES, appendix.agencies_column),
            (OBJECTIVE, levels.objective),
            (NEW_TITLE, appendix.measure_column),
            (NEW_AGENCIES, appendix.agencies_column),
        ),
    )


#: The 2019–2022 plan's form words.
STANDARD_FORM_WORDS = form_words(_WORDS)
#: The 2019–2022 plan's sheet with one row per active measure the agency takes part in (a plan
#: of its own words names it `FormWords.measures_sheet`).
MEASURES_SHEET = STANDARD_FORM_WORDS.measures_sheet
#: The 2019–2022 plan's sheet for proposed new measures (`FormWords.new_measures_sheet`).
NEW_MEASURES_SHEET = STANDARD_FORM_WORDS.new_measures_sheet

#: Empty, open rows the form offers for proposed new measures.
NEW_MEASURE_ROWS = 30

#: The statuses an agency may answer, in the order of the dropdown. "ny" and "uppdaterad" are
#: not answers: they follow from a proposed measure and from a new period or description.
ANSWER_STATUSES: tuple[StatusKind, ...] = (
    StatusKind.ongoing,
    StatusKind.completed,
    StatusKind.withdrawn,
)


def answer_status_words() -> tuple[str, ...]:
    """The dropdown's words, as the core prints the statuses: pågående, genomförd, avskriven."""
    return tuple(status_kind_text(kind) for kind in ANSWER_STATUSES)


#: Everyday words people type for a status, only to suggest the right word ("klar" → genomförd);
#: they are never accepted as answers. Typing errors are suggested by difflib over the core's words.
STATUS_HINTS: dict[str, StatusKind] = {
    "klar": StatusKind.completed,
    "färdig": StatusKind.completed,
    "avslutad": StatusKind.completed,
    "slutförd": StatusKind.completed,
    "utförd": StatusKind.completed,
    "klart": StatusKind.completed,
    "avbruten": StatusKind.withdrawn,
    "struken": StatusKind.withdrawn,
    "stryks": StatusKind.withdrawn,
    "utgår": StatusKind.withdrawn,
    "borttagen": StatusKind.withdrawn,
    "pågår": StatusKind.ongoing,
    "påbörjad": StatusKind.ongoing,
    "oförändrad": StatusKind.ongoing,
    "fortsätter": StatusKind.ongoing,
}

# The identification block on the hidden sheet: label in column A, value in column B.
KEY_KIND = "Formulär"
KEY_VERSION = "Version"
KEY_PLAN = "Handlingsplan"
KEY_YEAR = "Redovisning"
KEY_AGENCY = "Myndighet"
IDENTIFICATION_KEYS: tuple[str, ...] = (KEY_KIND, KEY_VERSION, KEY_PLAN, KEY_YEAR, KEY_AGENCY)
#: The column of the hidden sheet listing the strategy's objectives for the dropdown.
OBJECTIVE_LIST_COLUMN = "D"


def instructions(
    *,
    agency: str,
    year: int,
    due: str,
    first_year: int,
    last_year: int,
    addressed: str | None = None,
    words: FormWords = STANDARD_FORM_WORDS,
) -> list[str]:
    """The Swedish instructions, one paragraph per line of the Instruktioner sheet, in the
    plan's `words` (`form_words`). `agency` is the short name the measures' agencies use;
    `addressed` the name the heading gives the agency (default `agency`): "MSB (sedan 2026
    Myndigheten för civilt försvar)"."""
    ongoing, completed, withdrawn = answer_status_words()
    m, ms, the_m = words.measure, words.measures, words.the_measure
    return [
        f"Uppdatering av handlingsplanens {ms} inför {year} års redovisning – "
        f"{addressed or agency}",
        "",
        f"Svara senast {due}. Skicka tillbaka filen med samma namn; lägg inte till och ta inte "
        "bort blad, rader eller kolumner.",
        "",
        f"Bladet {words.measures_sheet}: en rad per aktiv {m} som {agency} deltar i, oavsett "
        f"roll (rollen står i kolumnen Roll). Kolumnerna Nr till Period identifierar {the_m} "
        "och är låsta; svara i kolumnerna Status till Kommentar.",
        f'• Lämna Status tom om ni inget har att rapportera. Välj "{ongoing}" för att bekräfta '
        f'att {the_m} fortsätter, "{completed}" när den är klar och "{withdrawn}" när den '
        "ska strykas.",
        f"• {completed.capitalize()} och {withdrawn} kräver År: året då {the_m} avslutades "
        f"(ett heltal mellan {first_year} och {last_year}).",
        f"• En {withdrawn} {m} kräver ett Skäl: varför den stryks. Skäl och År anges bara "
        f"för avslutade {ms}.",
        '• Ny period: skriv den nya perioden om tidplanen ändras, t.ex. "2021–2022", "2022" '
        f'eller "2019 och tills vidare". {the_m.capitalize()} markeras då "Uppdaterad, '
        'tidplan".',
        "• Ny beskrivning: skriv hela den nya texten om innehållet ändras. "
        f'{the_m.capitalize()} markeras då "Uppdaterad, innehåll".',
        "• Kommentar: övrigt till samordnaren; kommentarer ändrar inget i redovisningen.",
        "",
        f"Bladet {words.new_measures_sheet}: en rad per föreslagen ny {m}. Välj "
        f"{words.objective} i listan, skriv {the_m}s namn, beskrivning, ansvariga myndigheter "
        f'(t.ex. "MSB i samverkan med FRA"; {agency} ska finnas med) och period. Samordnaren '
        f"ger {the_m} nästa lediga nummer under {words.the_objective}.",
        "",
        "Regler:",
        "• Ett nummer återanvänds aldrig; ändra inte Nr och skriv inte nya "
        f"{ms} i bladet {words.measures_sheet}.",
        f"• En avslutad (genomförd eller avskriven) {m} kommer inte tillbaka.",
        f"• {ms.capitalize()} som flera myndigheter deltar i finns i varje myndighets formulär. "
        "Svarar myndigheterna olika tillämpas ingenting för "
        f"{the_m} förrän samordnaren har avgjort vilket svar som gäller.",
        "• Svaren kontrolleras innan något ändras: är ett svar felaktigt får ni tillbaka en "
        "lista med fil, blad och cell för varje fel, och ingenting förs in förrän alla är rättade.",
    ]


def swedish_date(day: int, month: int, year: int) -> str:
    """A date as running Swedish text: "den 31 januari 2022"."""
    return f"den {day} {MONTHS[month - 1]} {year}"
