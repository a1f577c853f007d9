"""Tests of handlingsplan.render.letter: Bilaga 1 in the agency's own Word template (docxtpl).

The templates are made here with python-docx; the filled letters are read back with python-docx
and compared with the shipped plan's 2021 report (its counts from the report itself, its
appendix's headings from the appendix object).
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table

import handlingsplan as hp
from handlingsplan.render.letter import FIELD_DESCRIPTIONS, letter_fields

PLAN = hp.load_default()
REPORT = PLAN.report(2021)
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]  # fmt: skip


def make_template(path: Path, paragraphs: list[str | list[str]]) -> Path:
    """A Word template: each item a paragraph, a list being one paragraph split into runs."""
    document = Document()
    for item in paragraphs:
        paragraph = document.add_paragraph()
        for run in [item] if isinstance(item, str) else item:
            paragraph.add_run(run)
    document.save(str(path))
    return path


def body(path: Path) -> list[tuple[str, str]]:
    """The filled letter's blocks in order: ("p" or "h1".."h3", text) and ("table", first cell)."""
    blocks = []
    for item in Document(str(path)).iter_inner_content():
        if isinstance(item, Table):
            blocks.append(("table", item.rows[0].cells[0].text))
        else:
            style = item.style.name if item.style is not None else ""
            kind = "h" + style.removeprefix("Heading ") if style.startswith("Heading ") else "p"
            blocks.append((kind, item.text))
    return blocks


def test_the_appendix_lands_at_the_placeholder_and_the_fields_are_filled(tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "brev.docx",
        [
            "Redovisning {{ år }} av {{ plan }}",
            "Inlämnad {{ datum }} ({{ datum_iso }}).",
            "Genomförda: {{ antal.genomförd }}, avskrivna: {{ antal['avskriven'] }}, "
            "aktiva: {{ aktiva }} av {{ totalt }}.",
            "{{ bilaga }}",
            "Med vänlig hälsning",
        ],
    )
    out = tmp_path / "brev-2021.docx"
    REPORT.appendix().to_docx(out, template=template)
    blocks = body(out)
    counts = REPORT.count_by_status()
    submitted = REPORT.submitted
    assert blocks[0] == ("p", f"Redovisning 2021 av {PLAN.title}")
    assert blocks[1] == (
        "p",
        f"Inlämnad {submitted.day} {MONTHS[submitted.month - 1]} {submitted.year} "
        f"({submitted.isoformat()}).",
    )
    active = counts["pågående"] + counts["ny"] + counts["uppdaterad"]
    assert blocks[2] == (
        "p",
        f"Genomförda: {counts['genomförd']}, avskrivna: {counts['avskriven']}, "
        f"aktiva: {active} av {len(REPORT)}.",
    )
    appendix = REPORT.appendix()
    assert blocks[3] == ("h1", appendix.title)
    assert blocks[-1] == ("p", "Med vänlig hälsning")
    headings = [text for kind, text in blocks if kind == "h2"]
    assert headings == [section.title for section in appendix.sections]
    tables = sum(1 for kind, _ in blocks if kind == "table")
    assert tables == sum(1 for s in appendix.sections for t in s.tables if t.rows)
    assert "{{" not in "".join(text for _, text in blocks)


def test_letter_has_swedish_text_and_its_properties(tmp_path: Path) -> None:
    template = make_template(tmp_path / "brev.docx", ["{{ bilaga }}"])
    out = tmp_path / "brev.docx"
    before = datetime.now(timezone.utc).replace(microsecond=0)
    REPORT.appendix().to_docx(out, template=template, author="Anna Analytiker")
    after = datetime.now(timezone.utc)
    document = Document(str(out))
    properties = document.core_properties
    assert properties.subject == PLAN.title
    assert properties.author == "Anna Analytiker"
    assert "Bilaga 1" in properties.title
    assert properties.created is not None
    assert before <= properties.created.replace(tzinfo=timezone.utc) <= after
    assert 'w:val="sv-SE"' in zipfile.ZipFile(out).read("word/styles.xml").decode()


def test_the_callers_fields_are_added_and_win(tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "brev.docx", ["Dnr {{ diarienummer }}, år {{ år }}", "{{ bilaga }}"]
    )
    out = tmp_path / "brev.docx"
    REPORT.appendix().to_docx(
        out, template=template, fields={"diarienummer": "MSB 2021-123", "år": "2021 (rättad)"}
    )
    assert body(out)[0] == ("p", "Dnr MSB 2021-123, år 2021 (rättad)")


def test_a_placeholder_split_across_runs_still_works(tmp_path: Path) -> None:
    # Word splits a paragraph into runs at will (after a spelling check, an edit); what counts is
    # the paragraph's text.
    template = make_template(
        tmp_path / "brev.docx", ["Före", ["{", "{ bil", "aga }", "}"], "Efter"]
    )
    out = tmp_path / "brev.docx"
    REPORT.appendix().to_docx(out, template=template)
    blocks = body(out)
    assert blocks[0] == ("p", "Före") and blocks[1] == ("h1", REPORT.appendix().title)
    assert blocks[-1] == ("p", "Efter")


def test_a_dotx_template_is_read(tmp_path: Path) -> None:
    docx_template = make_template(tmp_path / "mall.docx", ["Brevhuvud {{ år }}", "{{bilaga}}"])
    dotx_template = tmp_path / "mall.dotx"
    with zipfile.ZipFile(docx_template) as source, zipfile.ZipFile(dotx_template, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, content)
    out = tmp_path / "brev.docx"
    REPORT.appendix().to_docx(out, template=dotx_template)
    assert body(out)[:2] == [("p", "Brevhuvud 2021"), ("h1", REPORT.appendix().title)]


@pytest.mark.parametrize(
    ("paragraphs", "found"),
    [
        (["{{ BILAGA }}"], "{{ BILAGA }}"),
        (["{{ bilagan }}"], "{{ bilagan }}"),
        (["{{ Bilaga }}"], "{{ Bilaga }}"),
        (["{ bilaga }"], "{ bilaga }"),
        (["{{ bilaga }"], "{{ bilaga }"),
        (["{{ bilaga1 }}"], "{{ bilaga1 }}"),
        (["{{ bialga }}"], "{{ bialga }}"),
        (["Se {{ bilaga }} nedan."], "Se {{ bilaga }} nedan."),
        (["{{ bilaga }} {{ bilaga }}"], "{{ bilaga }} {{ bilaga }}"),
        (["Brevhuvud", "Med vänlig hälsning"], "no paragraph '{{ bilaga }}'"),
        (["{{ bilaga }}", "{{ bilaga }}"], "2 paragraphs"),
    ],
)
def test_a_template_that_cannot_take_the_appendix_says_what_it_found(
    tmp_path: Path, paragraphs: list[str | list[str]], found: str
) -> None:
    template = make_template(tmp_path / "brev.docx", paragraphs)
    out = tmp_path / "ut.docx"
    with pytest.raises(hp.TemplateError, match=re.escape(found)) as raised:
        REPORT.appendix().to_docx(out, template=template)
    assert "brev.docx" in str(raised.value)
    assert not out.exists()


def test_a_placeholder_in_the_header_is_refused(tmp_path: Path) -> None:
    document = Document()
    document.sections[0].header.is_linked_to_previous = False
    document.sections[0].header.paragraphs[0].text = "{{ bilaga }}"
    document.add_paragraph("Brev")
    template = tmp_path / "brev.docx"
    document.save(str(template))
    with pytest.raises(hp.TemplateError, match="header"):
        REPORT.appendix().to_docx(tmp_path / "ut.docx", template=template)


def test_an_unknown_field_is_named_with_the_nearest(tmp_path: Path) -> None:
    template = make_template(tmp_path / "brev.docx", ["Redovisning {{ ar }}", "{{ bilaga }}"])
    with pytest.raises(hp.TemplateError, match=r"'ar'.*did you mean 'år'") as raised:
        REPORT.appendix().to_docx(tmp_path / "ut.docx", template=template)
    assert "brev.docx" in str(raised.value)


def test_a_broken_tag_is_a_template_error(tmp_path: Path) -> None:
    template = make_template(tmp_path / "brev.docx", ["{% if år %} utan slut", "{{ bilaga }}"])
    with pytest.raises(hp.TemplateError, match="cannot be read"):
        REPORT.appendix().to_docx(tmp_path / "ut.docx", template=template)


def test_the_documented_fields_are_the_fields_given() -> None:
    fields = letter_fields(REPORT, today=date(2026, 11, 29))
    assert set(fields) | {"bilaga_titel"} == set(FIELD_DESCRIPTIONS)
    assert fields["idag"] == "29 november 2026"
    assert fields["antal"] == REPORT.count_by_status()
    assert fields["planperiod"] == f"{PLAN.first_year}–{PLAN.last_year}"


def test_header_words_fit_at_the_templates_own_size(tmp_path: Path) -> None:
    from docx.shared import Pt

    from test_render_docx import _bold_width_points

    document = Document()
    document.styles["Normal"].font.size = Pt(14)
    document.add_paragraph("{{ bilaga }}")
    template = tmp_path / "stor.docx"
    document.save(str(template))
    out = tmp_path / "brev.docx"
    REPORT.appendix().to_docx(out, template=template)
    margins = 2 * 108 / 20
    words = 0
    for table in Document(str(out)).tables:
        for cell in table.rows[0].cells:
            for word in cell.text.split():
                assert _bold_width_points(word, 14) + margins <= cell.width.pt, word
                words += 1
    assert words > 20


def test_a_narrower_page_keeps_the_narrow_columns_whole(tmp_path: Path) -> None:
    from test_render_docx import words_that_break

    # python-docx's own template: US Letter with 1.25-inch side margins, 15 cm of text.
    template = make_template(tmp_path / "brev.docx", ["{{ bilaga }}"])
    out = tmp_path / "brev-ut.docx"
    REPORT.appendix().to_docx(out, template=template)
    assert words_that_break(out, 11) == []


def test_the_agencies_are_named_as_on_the_day_given(tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "brev.docx", ["Från {{ myndigheter }}, {{ idag }}.", "{{ bilaga }}"]
    )
    samfi = [a.short_name for a in PLAN.agencies if a.samfi]
    assert samfi[0] == "MSB" and len(samfi) == 7
    # Without a day: the short names, as the report names them.
    plain = tmp_path / "utan.docx"
    REPORT.appendix().to_docx(plain, template=template)
    listed = ", ".join(samfi[:-1]) + " och " + samfi[-1]
    assert body(plain)[0][1].startswith(f"Från {listed}, ")
    # On a day of 2026: MSB by both its names; the day is the one given, not the clock's.
    dated = tmp_path / "idag.docx"
    REPORT.appendix(today=date(2026, 3, 1)).to_docx(dated, template=template)
    named = ["MSB (sedan 2026 Myndigheten för civilt försvar)", *samfi[1:]]
    assert body(dated)[0] == (
        "p",
        "Från " + ", ".join(named[:-1]) + " och " + named[-1] + ", 1 mars 2026.",
    )
    # The appendix itself is the same whatever the day.
    assert body(dated)[1:] == body(plain)[1:]
    # Before the successor's day, the short names again.
    assert letter_fields(REPORT, today=date(2025, 12, 31))["myndigheter"] == listed


def test_the_refusals_word_for_word(tmp_path: Path) -> None:
    # A near miss, and the placeholder twice: what was found, where, and what to write instead.
    near = make_template(tmp_path / "nara.docx", ["Brev", "{{ bilagorna }}"])
    with pytest.raises(hp.TemplateError) as raised:
        REPORT.appendix().to_docx(tmp_path / "ut.docx", template=near)
    assert str(raised.value) == (
        f"{near}: paragraph 2 holds '{{{{ bilagorna }}}}', which is not the appendix's "
        "placeholder; write '{{ bilaga }}' in a paragraph of its own"
    )
    twice = make_template(tmp_path / "tva.docx", ["{{ bilaga }}", "Mitt", "{{ bilaga }}"])
    with pytest.raises(hp.TemplateError) as raised:
        REPORT.appendix().to_docx(tmp_path / "ut.docx", template=twice)
    assert "paragraph 1, paragraph 3" in str(raised.value)
    sentence = make_template(tmp_path / "mening.docx", ["Se {{ bilaga }} nedan."])
    with pytest.raises(hp.TemplateError) as raised:
        REPORT.appendix().to_docx(tmp_path / "ut.docx", template=sentence)
    assert str(raised.value) == (
        f"{sentence}: paragraph 1 reads 'Se {{{{ bilaga }}}} nedan.': the appendix (headings "
        "and tables) cannot go inside a sentence; write '{{ bilaga }}' in a paragraph of its own"
    )


def test_a_placeholder_in_the_footer_is_named_as_the_footer(tmp_path: Path) -> None:
    document = Document()
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    footer.paragraphs[0].text = "{{ bilaga }}"
    document.add_paragraph("Brev")
    template = tmp_path / "brev.docx"
    document.save(str(template))
    with pytest.raises(hp.TemplateError) as raised:
        REPORT.appendix().to_docx(tmp_path / "ut.docx", template=template)
    assert "the footer of section 1 holds '{{ bilaga }}'" in str(raised.value)
    header = Document()
    header.sections[0].header.is_linked_to_previous = False
    header.sections[0].header.paragraphs[0].text = "{{ bilaga }}"
    header.add_paragraph("Brev")
    header.save(str(template))
    with pytest.raises(hp.TemplateError) as raised:
        REPORT.appendix().to_docx(tmp_path / "ut.docx", template=template)
    assert "the header of section 1 holds '{{ bilaga }}'" in str(raised.value)


def test_the_small_words_of_a_letter() -> None:
    from handlingsplan.render.letter import _is_near_miss, _listed, _without_accents

    assert _listed([]) == ""
    assert _listed(["MSB"]) == "MSB"
    assert _listed(["MSB", "FRA"]) == "MSB och FRA"
    assert _listed(["MSB", "FRA", "PTS"]) == "MSB, FRA och PTS"
    assert _without_accents("Åtgärd Ärende") == "atgard arende"
    # A word beginning as "bilag" is a near miss however far it goes on; others by likeness.
    assert _is_near_miss("Bilagsamlingen") and _is_near_miss("bialga")
    assert not _is_near_miss("datum") and not _is_near_miss("ilagor")


def test_a_near_miss_beside_the_placeholder_is_named(tmp_path: Path) -> None:
    template = make_template(tmp_path / "brev.docx", ["{{ bilaga }} {{ bilagan }}"])
    with pytest.raises(hp.TemplateError) as raised:
        REPORT.appendix().to_docx(tmp_path / "ut.docx", template=template)
    assert "holds '{{ bilagan }}', which is not the appendix's placeholder" in str(raised.value)


def test_the_letter_spans_the_templates_own_text_width_and_names_no_author_unasked(
    tmp_path: Path,
) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Cm

    from handlingsplan.render.letter import write_letter

    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1)
    document.add_paragraph("{{ bilaga }}")
    template = tmp_path / "bred.docx"
    document.save(str(template))
    out = tmp_path / "brev.docx"
    write_letter(REPORT.appendix(), out, template, {})
    letter = Document(str(out))
    width = section.page_width - section.left_margin - section.right_margin
    table = letter.tables[0]
    twips = sum(int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.iter(qn("w:gridCol")))
    assert abs(twips * 635 - width) <= 635 * len(table.columns)  # a twip is 635 EMU
    assert letter.core_properties.author == ""
    assert letter.core_properties.last_modified_by == ""


def test_the_whole_report_goes_into_a_letter_at_the_placeholder(tmp_path: Path) -> None:
    template = make_template(tmp_path / "brev.docx", ["Brevhuvud", "{{ bilaga }}"])
    out = tmp_path / "rapport.docx"
    # As to_docx writes it, without the page numbers LibreOffice would lay out (slow).
    REPORT._write_docx(out, template, author="", fields=None, lay_out=False, today=None)
    blocks = body(out)
    assert blocks[0] == ("p", "Brevhuvud")
    headings = [text for kind, text in blocks if kind == "h1"]
    assert headings[: len(REPORT.parts())] == [part.heading for part in REPORT.parts()]
    assert REPORT.appendix().title in headings
