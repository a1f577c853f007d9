"""``handlingsplan utskick`` and ``handlingsplan inlasning``: forms out, answers in, with exit
codes 0 (applied and saved), 1 (wrong answers or unreadable input: every problem listed, nothing
written), 2 (usage) and 3 (agencies contradict each other: conflicts listed, nothing written)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

import form_filler
import handlingsplan as hp
from cli_runner import run

SAMFI = ["MSB", "FRA", "FMV", "Försvarsmakten", "PTS", "Polismyndigheten", "Säkerhetspolisen"]


@pytest.fixture
def setup(tmp_path: Path, capsys) -> tuple[Path, Path, hp.Plan]:
    """A plan file (the shipped plan) and the 2022 forms written by the command line."""
    plan_file = tmp_path / "min-plan.json"
    hp.load_default().save(plan_file)
    code, out, err = run(
        capsys,
        "utskick",
        "--plan",
        str(plan_file),
        "--year",
        "2022",
        "-o",
        str(tmp_path / "utskick"),
    )
    assert code == 0, err
    for name in SAMFI:
        assert str(tmp_path / "utskick" / f"{name}.xlsx") in out
    # The plan file now holds the 2022 draft with its register of forms sent.
    draft = hp.Plan.load(plan_file)
    return plan_file, tmp_path / "utskick", draft


def forms(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.glob("*.xlsx"))


def first_active(plan: hp.Plan, agency: str) -> str:
    return next(str(m.id) for m in plan.report(2022).measures(agency=agency) if m.status.is_active)


def joint_measure(draft: hp.Plan) -> str:
    """A measure FRA and Försvarsmakten both take part in, begun by 2021."""
    return next(
        str(m.id)
        for m in draft.report(2022)
        if m.status.is_active
        and {"FRA", "Försvarsmakten"} <= set(m.agencies.all)
        and m.period is not None
        and m.period.start_year <= 2021
    )


def test_utskick_writes_one_form_per_agency(setup) -> None:
    _, folder, _ = setup
    assert sorted(p.name for p in folder.glob("*.xlsx")) == sorted(f"{n}.xlsx" for n in SAMFI)


def test_utskick_keeps_its_register_in_the_plan(setup) -> None:
    plan_file, folder, draft = setup
    sent = [(e.agency, e.event, e.file) for e in draft.report(2022).forms]
    assert sent == [(n, hp.FormEvent.sent, f"{n}.xlsx") for n in SAMFI]
    assert sorted(p.name for p in folder.glob("*.xlsx")) == sorted(e[2] for e in sent)


def utskick(capsys, plan_file: Path, folder: Path, *more: str) -> tuple[int, str, str]:
    """`handlingsplan utskick` of the 2022 forms for a copy of the shipped plan at `plan_file`."""
    hp.load_default().save(plan_file)
    args = ["--plan", str(plan_file), "--year", "2022", "-o", str(folder), *more]
    return run(capsys, "utskick", *args)


def test_utskick_with_a_day_records_it(tmp_path, capsys) -> None:
    plan_file = tmp_path / "plan.json"
    code, out, err = utskick(
        capsys, plan_file, tmp_path / "f", "--agency", "PTS", "--idag", "2022-01-10"
    )
    assert code == 0, err
    assert f"Planen med utskicksregistret: {plan_file}" in out
    (entry,) = hp.Plan.load(plan_file).report(2022).forms
    assert (entry.agency, entry.on) == ("PTS", date(2022, 1, 10))


def test_utskick_spara_leaves_the_plan_file_as_it_was(tmp_path, capsys) -> None:
    plan_file, kept = tmp_path / "plan.json", tmp_path / "med-register.json"
    code, out, err = utskick(
        capsys, plan_file, tmp_path / "f", "--agency", "FRA", "--spara", str(kept)
    )
    assert code == 0, err
    # Saved in place, the plan file would hold the 2022 draft with the register.
    assert hp.Plan.load(plan_file).years == hp.load_default().years
    assert [e.agency for e in hp.Plan.load(kept).report(2022).forms] == ["FRA"]


def test_utskick_of_the_shipped_plan_says_no_register_is_kept(tmp_path, capsys) -> None:
    shipped = hp.default_plan_path().read_bytes()
    code, out, err = run(
        capsys, "utskick", "--year", "2022", "-o", str(tmp_path), "--agency", "FRA"
    )
    assert code == 0, err
    assert out.splitlines() == [
        "Uppdateringsformulär för 2022 års redovisning (1):",
        f"  {tmp_path / 'FRA.xlsx'}",
        "Utskicksregistret sparas inte (den inbyggda planen): ange --plan eller --spara",
    ]
    assert hp.default_plan_path().read_bytes() == shipped


def test_utskick_of_a_final_report_keeps_no_register(tmp_path, capsys) -> None:
    """The plan file's own 2022 report, already submitted: forms for it, no register."""
    plan = hp.load_default()
    plan.new_report(2022).finalize()
    plan_file = tmp_path / "slutlig.json"
    plan.save(plan_file)
    before = plan_file.read_bytes()
    code, out, err = run(capsys, "utskick", "--plan", str(plan_file), "--year", "2022",
                         "-o", str(tmp_path / "ut"), "--agency", "PTS")  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [
        "Uppdateringsformulär för 2022 års redovisning (1):",
        f"  {tmp_path / 'ut' / 'PTS.xlsx'}",
        "2022 års redovisning är slutlig: inget utskicksregister förs",
    ]
    assert plan_file.read_bytes() == before


def test_inlasning_expects_answers_only_from_those_sent_a_form(tmp_path, capsys) -> None:
    plan_file, folder = tmp_path / "plan.json", tmp_path / "f"
    code, _, err = utskick(capsys, plan_file, folder, "--agency", "FRA", "--agency", "PTS")
    assert code == 0, err
    code, out, err = run(
        capsys, "inlasning", "--plan", str(plan_file), "--year", "2022", str(folder / "FRA.xlsx")
    )
    assert code == 0, err
    waiting = next(line for line in out.splitlines() if "inte svarat" in line)
    assert "PTS" in waiting
    assert not any(name in waiting for name in SAMFI if name not in ("PTS",))


def test_utskick_for_chosen_agencies(tmp_path, capsys) -> None:
    code, out, err = run(
        capsys,
        "utskick",
        "--year",
        "2022",
        "-o",
        str(tmp_path),
        "--agency",
        "FRA",
        "--agency",
        "Försvarets materielverk",
    )
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == ["FMV.xlsx", "FRA.xlsx"]


def test_utskick_unknown_agency_is_exit_1(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "utskick", "--year", "2022", "-o", str(tmp_path), "--agency", "XYZ")
    assert code == 1 and "XYZ" in err and "Traceback" not in err
    assert list(tmp_path.glob("*.xlsx")) == []


def test_inlasning_applies_and_saves(setup, capsys) -> None:
    plan_file, folder, draft = setup
    nr = first_active(draft, "PTS")
    form_filler.fill(folder / "PTS.xlsx", {nr: {"Status": "genomförd", "År": 2021}})
    code, out, err = run(
        capsys, "inlasning", "--plan", str(plan_file), "--year", "2022", *forms(folder)
    )
    assert code == 0, err
    saved = hp.Plan.load(plan_file).report(2022).measure(nr)
    assert (saved.status.kind_text, saved.status.year) == ("genomförd", 2021)
    assert f"Genomförda: {nr} (2021)" in out
    assert out.splitlines()[-1] == f"Planen med 2022 års redovisning: {plan_file}"
    # Without --datum the change still records the day it was read (today's, whichever).
    (change,) = hp.Plan.load(plan_file).report(2022).changes
    assert isinstance(change.source.read, date)


def test_inlasning_wrong_answers_exit_1_lists_every_problem_and_writes_nothing(
    setup, capsys
) -> None:
    plan_file, folder, draft = setup
    before = plan_file.read_bytes()
    fra, pts = first_active(draft, "FRA"), first_active(draft, "PTS")
    form_filler.fill(folder / "FRA.xlsx", {fra: {"Status": "klar"}})
    form_filler.fill(folder / "PTS.xlsx", {pts: {"Status": "avskriven", "År": 2021}})
    code, out, err = run(
        capsys, "inlasning", "--plan", str(plan_file), "--year", "2022", *forms(folder)
    )
    assert code == 1
    assert (
        "FRA.xlsx, Åtgärder!F" in err and '"klar" är inte en status; menade du "genomförd"?' in err
    )
    assert "PTS.xlsx, Åtgärder!H" in err and "Skäl" in err
    assert "Traceback" not in err and out == ""
    assert err.endswith(f"\nhandlingsplan: ingenting är skrivet; {plan_file} är oförändrad\n")
    assert plan_file.read_bytes() == before


def test_inlasning_conflict_exit_3_then_prefer(setup, capsys) -> None:
    plan_file, folder, draft = setup
    before = plan_file.read_bytes()
    nr = joint_measure(draft)
    form_filler.fill(folder / "FRA.xlsx", {nr: {"Status": "genomförd", "År": 2021}})
    form_filler.fill(folder / "Försvarsmakten.xlsx", {nr: {"Status": "pågående"}})
    args = ["inlasning", "--plan", str(plan_file), "--year", "2022", *forms(folder)]
    code, out, err = run(capsys, *args)
    assert code == 3
    assert nr in err and "FRA" in err and "Försvarsmakten" in err and f"--prefer {nr}=" in err
    assert plan_file.read_bytes() == before
    code, out, err = run(capsys, *args, "--prefer", f"{nr}=Försvarsmakten")
    assert code == 0, err
    assert hp.Plan.load(plan_file).report(2022).measure(nr).status.kind_text == "pågående"


def test_inlasning_to_another_file(setup, tmp_path, capsys) -> None:
    plan_file, folder, _ = setup
    before = plan_file.read_bytes()
    output = tmp_path / "ny-plan.json"
    code, _, err = run(
        capsys,
        "inlasning",
        "--plan",
        str(plan_file),
        "--year",
        "2022",
        "-o",
        str(output),
        *forms(folder),
    )
    assert code == 0, err
    assert plan_file.read_bytes() == before
    assert 2022 in hp.Plan.load(output).years


@pytest.mark.parametrize(
    "argv, code",
    [
        (["inlasning", "--year", "2022", "x.xlsx"], 1),  # nowhere to write
        (["inlasning", "--plan", "{plan}", "--year", "2022", "--prefer", "1.1.1", "{form}"], 1),
        (["inlasning", "--plan", "{plan}", "--year", "2022", "{missing}"], 1),
        (["inlasning", "--plan", "{missing}", "--year", "2022", "{form}"], 1),
        (["inlasning", "--plan", "{plan}", "--year", "2022"], 2),  # no forms
        (["utskick", "--year", "2022"], 2),  # no -o
        (["utskick", "--year", "tjugo", "-o", "x"], 2),
    ],
)
def test_inlasning_exit_codes(setup, tmp_path, capsys, argv, code) -> None:
    plan_file, folder, _ = setup
    before = plan_file.read_bytes()
    names = {
        "plan": str(plan_file),
        "form": str(folder / "FRA.xlsx"),
        "missing": str(tmp_path / "saknas.xlsx"),
    }
    got, _, err = run(capsys, *(a.format(**names) for a in argv))
    assert got == code, err
    assert "Traceback" not in err
    assert plan_file.read_bytes() == before


def test_console_entry(setup) -> None:
    plan_file, folder, _ = setup
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "handlingsplan",
            "inlasning",
            "--plan",
            str(plan_file),
            "--year",
            "2022",
            *forms(folder),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Alla svar är införda." in done.stdout


def test_inlasning_wrong_answers_beside_a_conflict_exit_1(setup, capsys) -> None:
    """Wrong answers are mended first: with a conflict beside them the exit is still 1."""
    plan_file, folder, draft = setup
    before = plan_file.read_bytes()
    nr = joint_measure(draft)
    pts = first_active(draft, "PTS")
    form_filler.fill(folder / "FRA.xlsx", {nr: {"Status": "genomförd", "År": 2021}})
    form_filler.fill(folder / "Försvarsmakten.xlsx", {nr: {"Status": "pågående"}})
    form_filler.fill(folder / "PTS.xlsx", {pts: {"Status": "klar"}})
    code, _, err = run(
        capsys, "inlasning", "--plan", str(plan_file), "--year", "2022", *forms(folder)
    )
    assert code == 1
    assert '"klar" är inte en status' in err and f"--prefer {nr}=" in err
    assert plan_file.read_bytes() == before


def test_a_reader_that_stops_early_is_exit_1_without_a_traceback() -> None:
    """`handlingsplan bilaga … | head`: the pipe closed before the appendix is written."""
    process = subprocess.Popen(
        [sys.executable, "-m", "handlingsplan", "bilaga", "--year", "2021", "--format", "md"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    with process.stderr:
        err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1
    assert "Traceback" not in err


def test_utskick_on_a_day_addresses_todays_name(tmp_path, capsys) -> None:
    code, _, err = run(
        capsys,
        "utskick",
        "--year",
        "2022",
        "-o",
        str(tmp_path),
        "--agency",
        "MCF",
        "--idag",
        "2026-03-01",
    )
    assert code == 0, err
    (form,) = tmp_path.glob("*.xlsx")
    assert form.name == "MSB.xlsx"
    first = openpyxl.load_workbook(form)["Instruktioner"]["A1"].value
    assert first.endswith("– MSB (sedan 2026 Myndigheten för civilt försvar)")
    code, _, err = run(
        capsys, "utskick", "--year", "2022", "-o", str(tmp_path), "--idag", "1 mars 2026"
    )
    assert code == 2 and "ÅÅÅÅ-MM-DD" in err and "Traceback" not in err


def test_inlasning_says_who_answered_sent_a_blank_form_or_did_not(setup, capsys) -> None:
    plan_file, folder, draft = setup
    nr = first_active(draft, "PTS")
    form_filler.fill(folder / "PTS.xlsx", {nr: {"Status": "genomförd", "År": 2021}})
    chosen = [str(folder / f"{name}.xlsx") for name in ("PTS", "FMV")]
    code, out, err = run(
        capsys, "inlasning", "--plan", str(plan_file), "--year", "2022", "--datum", "2022-02-03",
        *chosen,
    )  # fmt: skip
    assert code == 0, err
    assert "Har svarat: PTS." in out
    assert "Har skickat tillbaka formuläret oifyllt: FMV." in out
    assert "Har inte svarat: MSB, FRA, Försvarsmakten, Polismyndigheten, Säkerhetspolisen." in out
    (change,) = hp.Plan.load(plan_file).report(2022).changes
    assert (change.source.agency, change.source.file) == ("PTS", "PTS.xlsx")
    assert change.source.read.isoformat() == "2022-02-03"
    # The measure's history names the form, its cell and the day.
    code, out, err = run(capsys, "historik", "--plan", str(plan_file), nr)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"Åtgärd {nr}: ")
    assert "2022 (utkast): genomförd 2021" in out
    assert "  källa: status pågående → genomförd 2021 (PTS, PTS.xlsx, Åtgärder!F" in out
    assert "inläst 2022-02-03" in out


def test_inlasning_prefer_one_field(setup, capsys) -> None:
    plan_file, folder, draft = setup
    nr = joint_measure(draft)
    form_filler.fill(folder / "FRA.xlsx", {nr: {"Status": "genomförd", "År": 2021}})
    form_filler.fill(folder / "Försvarsmakten.xlsx", {nr: {"Ny period": "2019–2030"}})
    args = ["inlasning", "--plan", str(plan_file), "--year", "2022", *forms(folder)]
    code, out, err = run(capsys, *args)
    assert code == 3 and "genomförd mot ny period" in err
    code, out, err = run(capsys, *args, "--prefer", f"{nr}:period=Försvarsmakten")
    assert code == 0, err
    measure = hp.Plan.load(plan_file).report(2022).measure(nr)
    assert (str(measure.period), measure.status.is_active) == ("2019–2030", True)


def test_historik_of_an_unknown_measure_and_a_bad_day(setup, capsys) -> None:
    plan_file, folder, _ = setup
    code, out, err = run(capsys, "historik", "--plan", str(plan_file), "9.9.9")
    assert code == 1 and "9.9.9" in err and "Traceback" not in err
    code, out, err = run(
        capsys, "inlasning", "--plan", str(plan_file), "--year", "2022", "--datum", "3 feb",
        *forms(folder),
    )  # fmt: skip
    assert code == 2 and "inget datum" in err


def test_inlasning_refusals_say_what_to_write(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "inlasning", "--year", "2022", str(tmp_path / "a.xlsx"))
    assert (code, err) == (
        1,
        "handlingsplan: inlasning skriver den uppdaterade planen: ange --plan (uppdateras på "
        "plats) eller -o\n",
    )
    out = tmp_path / "plan.json"
    for prefer in ("=FRA", "1.1.5=", "1.1.5", " = "):
        code, _, err = run(capsys, "inlasning", "--year", "2022", "-o", str(out),
                           "--prefer", prefer, str(tmp_path / "a.xlsx"))  # fmt: skip
        assert (code, err) == (
            1,
            f"handlingsplan: --prefer {prefer!r}: skriv ÅTGÄRD=MYNDIGHET, t.ex. 1.1.5=FRA\n",
        )
        assert not out.exists()
    # The first "=" ends the measure: what follows is the agency, whole.
    code, _, err = run(capsys, "inlasning", "--year", "2022", "-o", str(out),
                       "--prefer", "1.1.5=FRA=Säpo", str(tmp_path / "a.xlsx"))  # fmt: skip
    assert code == 1 and "prefer: 1.1.5: FRA=Säpo är ingen myndighet i planen" in err
