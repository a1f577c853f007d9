"""Names renamed since 0.1.0 keep working for one more minor version: a DeprecationWarning names
the new one (handlingsplan._deprecation); an unknown name's AttributeError suggests the nearest."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import handlingsplan as hp

#: The README's two examples as 0.1.0 printed them (before Bilaga became Appendix), as a user
#: copied them into a notebook; `r.bilaga()` is the renamed call.
README_0_1_0 = """
import handlingsplan as hp

plan = hp.load_default()
r = plan.report(2021)
df = r.to_dataframe()
[m.id for m in r.measures(agency="FRA")]
r.measures(agency="FRA", role="ansvarig")
r.measures(status="uppdaterad", priority=2)
r.measures(active_in=2022)
df[df.open_ended]
plan.measure("1.1.5").period

r.bilaga().to_docx("bilaga-2021.docx")
r.bilaga().to_html("bilaga-2021.html")

plan.save("min-plan.json")
assert hp.Plan.load("min-plan.json") == plan

nxt = plan.new_report(2022)
nxt.complete("1.1.3", year=2021)
nxt.withdraw("2.1.9", year=2021, reason="Åtgärden uppgår i …")
nxt.update("1.1.5", period="2021–2022")
nxt.add(hp.Measure(id="1.1.19", title="…", agencies="MSB i samverkan med FRA", period="2022"))
d = plan.diff(2021, 2022)
print(d.summary())
d.to_dataframe()
plan.validate()
r.infer_previous()
"""


def test_the_0_1_0_readme_runs_with_warnings_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec(compile(README_0_1_0, "README-0.1.0", "exec"), {})
    assert (tmp_path / "bilaga-2021.docx").is_file() and (tmp_path / "bilaga-2021.html").is_file()
    messages = [str(w.message) for w in caught]
    assert (
        messages
        == [
            "Report.bilaga() is now Report.appendix(); the old name is removed in handlingsplan 0.3"
        ]
        * 2
    )
    assert all(w.category is DeprecationWarning and w.filename == "README-0.1.0" for w in caught)


@pytest.mark.parametrize(("old", "new"), [("Bilaga", "Appendix"), ("Diff", "ReportDiff")])
def test_renamed_classes_are_the_new_ones_with_a_warning(old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"handlingsplan.{old} is now handlingsplan.{new}"):
        assert getattr(hp, old) is getattr(hp, new)


def test_report_bilaga_is_the_appendix() -> None:
    report = hp.load_default().report(2021)
    with pytest.warns(DeprecationWarning, match=r"Report\.appendix\(\)"):
        old = report.bilaga()
    assert old.to_markdown() == report.appendix().to_markdown()


def test_an_unknown_name_suggests_the_nearest() -> None:
    with pytest.raises(AttributeError, match="did you mean 'Appendix'"):
        hp.Apendix  # noqa: B018
    with pytest.raises(AttributeError, match="no attribute 'xyzzy'$"):
        hp.xyzzy  # noqa: B018
