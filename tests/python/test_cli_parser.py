"""The command line's declaration (`cli._parser`), read without running a command: each
command's arguments, what each becomes (its type, its default, whether it may be left out or
repeated), the names the usage shows, and a help text for every one. The expectations are the
command line's interface as the README and the module's docstring describe it, written here."""

from __future__ import annotations

import argparse
import re
from datetime import date
from importlib import metadata
from pathlib import Path

import pytest

from handlingsplan import cli

# Each command: the function it runs, and per argument (by its dest) the metavar the usage shows
# (none for a flag or a choice, whose usage lists the choices).
COMMANDS: dict[str, tuple[str, dict[str, str | None]]] = {
    "bilaga": (
        "_bilaga",
        {
            "plan": "PLAN",
            "year": "ÅR",
            "format": None,
            "template": "MALL",
            "author": "NAMN",
            "idag": "ÅÅÅÅ-MM-DD",
            "output": "FIL",
        },
    ),
    "diff": (
        "_diff",
        {"plan": "PLAN", "against": "PLAN", "before": "FÖRE", "after": "EFTER", "format": None},
    ),
    "check": ("_check", {"plan": "PLAN", "strict": None}),
    "import": (
        "_import",
        {
            "source": "KÄLLA",
            "output": "PLAN",
            "into": "PLAN",
            "journal": "FIL",
            "closed_titles": "FIL",
            "force": None,
        },
    ),
    "utskick": (
        "_utskick",
        {
            "plan": "PLAN",
            "year": "ÅR",
            "output": "MAPP",
            "agency": "MYNDIGHET",
            "idag": "ÅÅÅÅ-MM-DD",
            "spara": "PLAN",
        },
    ),
    "inlasning": (
        "_inlasning",
        {
            "plan": "PLAN",
            "year": "ÅR",
            "output": "PLAN",
            "prefer": "ÅTGÄRD[:FÄLT]=MYNDIGHET",
            "datum": "ÅÅÅÅ-MM-DD",
            "forms": "FORMULÄR",
        },
    ),
    "historik": ("_historik", {"measure": "ÅTGÄRD", "plan": "PLAN"}),
    "uppdrag": (
        "_uppdrag",
        {
            "page": "SIDA",
            "plan": "PLAN",
            "output": "PLAN",
            "address": "ADRESS",
            "idag": "ÅÅÅÅ-MM-DD",
        },
    ),
    "info": ("_info", {"plan": "PLAN"}),
}

# Names a help text may begin with.
NAMES = {"Word"}

# The appendix's formats, as the README names them: Word, HTML, Markdown, CSV and Excel.
APPENDIX_FORMATS = ["csv", "docx", "html", "md", "xlsx"]


def parse(*argv: str) -> argparse.Namespace:
    return cli._parser().parse_args(list(argv))


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The usage error argparse gives (exit 2), as printed."""
    with pytest.raises(SystemExit) as exit_:
        parse(*argv)
    assert exit_.value.code == 2
    return capsys.readouterr().err


def subcommands() -> dict[str, argparse.ArgumentParser]:
    (commands,) = (a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(commands.choices)


def arguments(command: str) -> dict[str, argparse.Action]:
    return {
        a.dest: a
        for a in subcommands()[command]._actions
        if not isinstance(a, argparse._HelpAction)
    }


def test_the_commands_are_those_of_the_interface() -> None:
    assert set(subcommands()) == set(COMMANDS)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_command_has_its_arguments_with_their_metavars(command: str) -> None:
    _, metavars = COMMANDS[command]
    assert {dest: a.metavar for dest, a in arguments(command).items()} == metavars


def help_texts() -> dict[str, str | None]:
    """Every help text of the command line by where it stands: the program's own options, each
    command's line in the list of commands, each argument of each command."""
    parser = cli._parser()
    texts = {
        f"--{a.dest}": a.help
        for a in parser._actions
        if not isinstance(a, argparse._SubParsersAction)
    }
    (listed,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    texts.update((c.dest, c.help) for c in listed._choices_actions)
    for command in COMMANDS:
        texts.update((f"{command} {d}", a.help) for d, a in arguments(command).items())
    return texts


# Words the help texts write in capitals: abbreviations, and the usage's names of values.
CAPITALS = {"MSB", "FRA", "PDF", "JSON", "README", "SAMFI", "ÅR", "FORMAT"}
# Names and titles, spelled as their owners spell them wherever a help text gives them.
SPELLED = [
    "Word", "Excel", "PDF", "Markdown", "JSON", "README", "MSB", "FRA", "Säpo", "SAMFI",
    "Bilaga 1: Förteckning över åtgärder", "Myndigheten för civilt försvar", "bilaga-ÅR.FORMAT",
]  # fmt: skip


def test_every_help_text_is_in_the_house_style() -> None:
    """Help texts are Swedish phrases that begin with a small letter, as argparse's own
    ("visa den här hjälptexten och avsluta"), or with a name, and end without a full stop; a
    word is written small, with a capital first (a name) or, an abbreviation, in capitals."""
    texts = help_texts()
    assert len(texts) > 50
    for where, text in texts.items():
        assert text, where
        first = text.split()[0].split("-")[0]
        assert first[0].islower() or first in NAMES, (where, text)
        assert not text.endswith("."), (where, text)
        for word in re.findall(r"[^\W\d_]+", text):
            small = word.islower() or (word[0].isupper() and word[1:].islower())
            assert small or word in CAPITALS, (where, word)


def test_names_in_the_help_are_spelled_as_their_owners_spell_them() -> None:
    text = "\n".join(t for t in help_texts().values() if t)
    for name in SPELLED:
        written = re.findall(rf"(?<![\w.]){re.escape(name)}(?!\w)", text, flags=re.IGNORECASE)
        assert written and set(written) == {name}, (name, written)


def test_the_program_answers_its_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse("--version")
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"handlingsplan {metadata.version('handlingsplan')}\n"


def test_the_program_is_named_and_described(capsys: pytest.CaptureFixture[str]) -> None:
    """The usage line, the description (a sentence), the commands listed under their own
    heading."""
    with pytest.raises(SystemExit):
        parse("--help")
    out = capsys.readouterr().out
    usage, description, *sections = out.split("\n\n")
    assert usage == "användning: handlingsplan [-h] [--version] KOMMANDO ..."
    assert description.startswith("Följ upp den nationella handlingsplanen")
    assert description.endswith("för informations- och cybersäkerhet.")
    (commands,) = [s for s in sections if s.startswith("kommandon:")]
    assert [line.split()[0] for line in commands.splitlines()[2:] if line[4:5].isalpha()] == [
        "bilaga", "diff", "check", "import", "utskick", "inlasning", "historik", "uppdrag", "info"
    ]  # fmt: skip


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_command_runs_its_function_and_is_named(command: str) -> None:
    minimal = {
        "bilaga": ["--year", "2021"],
        "diff": ["2020", "2021"],
        "check": ["p.json"],
        "import": ["r.txt", "-o", "p.json"],
        "utskick": ["--year", "2022", "-o", "ut"],
        "inlasning": ["--year", "2022", "a.xlsx"],
        "historik": ["1.1.1"],
        "uppdrag": ["sida.md"],
        "info": [],
    }[command]
    args = parse(command, *minimal)
    function, _ = COMMANDS[command]
    assert args.run is getattr(cli, function)
    assert args.command == command


def test_a_command_must_be_given(capsys: pytest.CaptureFixture[str]) -> None:
    assert "KOMMANDO" in refused(capsys)


def test_bilaga_defaults() -> None:
    args = parse("bilaga", "--year", "2021")
    assert (args.plan, args.year, args.format, args.template) == (None, 2021, "docx", None)
    assert (args.author, args.idag, args.output) == ("", None, None)


def test_bilaga_every_argument_given() -> None:
    args = parse(
        "bilaga",
        "--plan", "p.json",
        "--year", "2022",
        "--format", "docx",
        "--template", "brev.dotx",
        "--author", "Samordnaren",
        "--idag", "2026-03-01",
        "--output", "ut.docx",
    )  # fmt: skip
    assert (args.plan, args.year, args.template) == (Path("p.json"), 2022, Path("brev.dotx"))
    assert (args.author, args.idag, args.output) == (
        "Samordnaren",
        date(2026, 3, 1),
        Path("ut.docx"),
    )
    assert parse("bilaga", "--year", "2021", "-o", "b.md").output == Path("b.md")


def test_bilaga_formats_are_the_appendix_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert arguments("bilaga")["format"].choices == APPENDIX_FORMATS
    for name in APPENDIX_FORMATS:
        assert parse("bilaga", "--year", "2021", "--format", name).format == name
    assert "pdf" in refused(capsys, "bilaga", "--year", "2021", "--format", "pdf")


def test_bilaga_needs_its_year_as_a_number(capsys: pytest.CaptureFixture[str]) -> None:
    assert "--year" in refused(capsys, "bilaga")
    assert "tjugo" in refused(capsys, "bilaga", "--year", "tjugo")


def test_diff_arguments() -> None:
    args = parse("diff", "2020", "2021")
    assert (args.plan, args.against, args.before, args.after, args.format) == (
        None,
        None,
        2020,
        2021,
        "text",
    )
    args = parse("diff", "--plan", "a.json", "--against", "b.json", "1", "2", "--format", "json")
    assert (args.plan, args.against, args.format) == (Path("a.json"), Path("b.json"), "json")
    assert arguments("diff")["format"].choices == ["text", "md", "csv", "json"]


def test_diff_needs_both_years_as_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    assert "EFTER" in refused(capsys, "diff", "2021")
    assert "x" in refused(capsys, "diff", "x", "2021")


def test_check_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert (parse("check", "p.json").plan, parse("check", "p.json").strict) == (
        Path("p.json"),
        False,
    )
    assert parse("check", "--strict", "p.json").strict is True
    assert "PLAN" in refused(capsys, "check")


def test_import_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("import", "r.pdf", "-o", "p.json")
    assert (args.source, args.output, args.into, args.journal) == (
        Path("r.pdf"),
        Path("p.json"),
        None,
        None,
    )
    assert (args.closed_titles, args.force) == (None, False)
    args = parse(
        "import", "r.txt", "--output", "p.json", "--into", "plan.json", "--journal", "j.md",
        "--closed-titles", "t.json", "--force",
    )  # fmt: skip
    assert (args.into, args.journal) == (Path("plan.json"), Path("j.md"))
    assert (args.closed_titles, args.force) == (Path("t.json"), True)
    assert "-o" in refused(capsys, "import", "r.txt")


def test_utskick_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("utskick", "--year", "2022", "-o", "ut")
    assert (args.plan, args.year, args.output, args.agency) == (None, 2022, Path("ut"), None)
    assert (args.idag, args.spara) == (None, None)
    args = parse(
        "utskick", "--plan", "p.json", "--year", "2022", "--output", "ut", "--agency", "FRA",
        "--agency", "PTS", "--idag", "2026-03-01", "--spara", "ny.json",
    )  # fmt: skip
    assert (args.plan, args.agency) == (Path("p.json"), ["FRA", "PTS"])
    assert (args.idag, args.spara) == (date(2026, 3, 1), Path("ny.json"))
    assert "--year" in refused(capsys, "utskick", "-o", "ut")
    assert "-o" in refused(capsys, "utskick", "--year", "2022")


def test_inlasning_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("inlasning", "--year", "2022", "a.xlsx", "b.xlsx")
    assert (args.plan, args.year, args.output, args.prefer, args.datum) == (
        None,
        2022,
        None,
        [],
        None,
    )
    assert args.forms == [Path("a.xlsx"), Path("b.xlsx")]
    args = parse(
        "inlasning", "--plan", "p.json", "--year", "2022", "-o", "ny.json",
        "--prefer", "1.1.5=FRA", "--prefer", "1.1.1:period=PTS", "--datum", "2023-01-31", "a.xlsx",
    )  # fmt: skip
    assert (args.plan, args.output) == (Path("p.json"), Path("ny.json"))
    assert (args.prefer, args.datum) == (["1.1.5=FRA", "1.1.1:period=PTS"], date(2023, 1, 31))
    assert "FORMULÄR" in refused(capsys, "inlasning", "--year", "2022")
    assert "--year" in refused(capsys, "inlasning", "a.xlsx")


def test_historik_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("historik", "1.1.5", "--plan", "p.json")
    assert (args.measure, args.plan) == ("1.1.5", Path("p.json"))
    assert parse("historik", "1.1.5").plan is None
    assert "ÅTGÄRD" in refused(capsys, "historik")


def test_uppdrag_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("uppdrag", "sida.md")
    assert (args.page, args.plan, args.output, args.address, args.idag) == (
        Path("sida.md"),
        None,
        None,
        None,
        None,
    )
    args = parse(
        "uppdrag", "sida.md", "--plan", "p.json", "-o", "ny.json",
        "--address", "https://www.regeringen.se/x", "--idag", "2026-03-01",
    )  # fmt: skip
    assert (args.plan, args.output) == (Path("p.json"), Path("ny.json"))
    assert (args.address, args.idag) == ("https://www.regeringen.se/x", date(2026, 3, 1))
    assert "SIDA" in refused(capsys, "uppdrag")


def test_info_arguments() -> None:
    assert parse("info").plan is None
    assert parse("info", "--plan", "p.json").plan == Path("p.json")


@pytest.mark.parametrize("command", ["bilaga", "utskick", "inlasning", "uppdrag"])
def test_a_day_is_read_as_a_date(command: str) -> None:
    option = "--datum" if command == "inlasning" else "--idag"
    assert arguments(command)[option.lstrip("-")].type is cli._day
