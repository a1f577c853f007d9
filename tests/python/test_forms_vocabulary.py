"""The update forms' words (forms/vocabulary.py): the dropdown's statuses as the core prints
them, a date in running Swedish, and the Instruktioner sheet an agency reads, line by line."""

from __future__ import annotations

from handlingsplan import _core
from handlingsplan.forms import vocabulary as v


def test_the_answers_are_the_cores_words_for_ongoing_completed_withdrawn() -> None:
    assert v.answer_status_words() == ("pågående", "genomförd", "avskriven")
    assert v.answer_status_words() == tuple(
        _core.status_kind_text(kind)
        for kind in (
            _core.StatusKind.ongoing,
            _core.StatusKind.completed,
            _core.StatusKind.withdrawn,
        )
    )


def test_a_date_in_running_swedish() -> None:
    assert v.swedish_date(31, 1, 2022) == "den 31 januari 2022"
    assert v.swedish_date(1, 12, 2021) == "den 1 december 2021"


def test_the_instructions_an_agency_reads() -> None:
    """The sheet for FRA's form of the 2022 report, due the 31st of January, the plan 2019–2022:
    every line as the agency reads it (the heading names the agency as addressed, the rules name
    the agency's short name, the sheets, the statuses and the years)."""
    lines = v.instructions(
        agency="FRA",
        year=2022,
        due="den 31 januari 2022",
        first_year=2019,
        last_year=2022,
        addressed="Försvarets radioanstalt",
    )
    assert lines == [
        "Uppdatering av handlingsplanens åtgärder inför 2022 års redovisning – "
        "Försvarets radioanstalt",
        "",
        "Svara senast den 31 januari 2022. Skicka tillbaka filen med samma namn; lägg inte till "
        "och ta inte bort blad, rader eller kolumner.",
        "",
        "Bladet Åtgärder: en rad per aktiv åtgärd som FRA deltar i, oavsett roll (rollen står i "
        "kolumnen Roll). Kolumnerna Nr till Period identifierar åtgärden och är låsta; svara i "
        "kolumnerna Status till Kommentar.",
        '• Lämna Status tom om ni inget har att rapportera. Välj "pågående" för att bekräfta att '
        'åtgärden fortsätter, "genomförd" när den är klar och "avskriven" när den ska strykas.',
        "• Genomförd och avskriven kräver År: året då åtgärden avslutades (ett heltal mellan 2019 "
        "och 2022).",
        "• En avskriven åtgärd kräver ett Skäl: varför den stryks. Skäl och År anges bara för "
        "avslutade åtgärder.",
        '• Ny period: skriv den nya perioden om tidplanen ändras, t.ex. "2021–2022", "2022" eller '
        '"2019 och tills vidare". Åtgärden markeras då "Uppdaterad, tidplan".',
        "• Ny beskrivning: skriv hela den nya texten om innehållet ändras. Åtgärden markeras då "
        '"Uppdaterad, innehåll".',
        "• Kommentar: övrigt till samordnaren; kommentarer ändrar inget i redovisningen.",
        "",
        "Bladet Nya åtgärder: en rad per föreslagen ny åtgärd. Välj målsättning i listan, skriv "
        'åtgärdens namn, beskrivning, ansvariga myndigheter (t.ex. "MSB i samverkan med FRA"; FRA '
        "ska finnas med) och period. Samordnaren ger åtgärden nästa lediga nummer under "
        "målsättningen.",
        "",
        "Regler:",
        "• Ett nummer återanvänds aldrig; ändra inte Nr och skriv inte nya åtgärder i bladet "
        "Åtgärder.",
        "• En avslutad (genomförd eller avskriven) åtgärd kommer inte tillbaka.",
        "• Åtgärder som flera myndigheter deltar i finns i varje myndighets formulär. Svarar "
        "myndigheterna olika tillämpas ingenting för åtgärden förrän samordnaren har avgjort "
        "vilket svar som gäller.",
        "• Svaren kontrolleras innan något ändras: är ett svar felaktigt får ni tillbaka en lista "
        "med fil, blad och cell för varje fel, och ingenting förs in förrän alla är rättade.",
    ]


def test_without_an_address_the_heading_names_the_short_name() -> None:
    lines = v.instructions(agency="PTS", year=2023, due="x", first_year=2019, last_year=2023)
    assert lines[0] == "Uppdatering av handlingsplanens åtgärder inför 2023 års redovisning – PTS"
    assert "som PTS deltar i" in lines[4]
