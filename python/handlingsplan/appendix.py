"""Bilaga 1, "Förteckning över åtgärder": the yearly appendix of a report, ready to render.

The C++ core builds it (`handlingsplan._core.build_appendix`: sections, tables, rows of cells
as paragraphs); `Appendix` holds that and hands it to one renderer per format
(`handlingsplan.render`): Word, HTML, Markdown, CSV, Excel and pandas.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _printed
from ._files import PathLike, reading, writing
from .render import markdown as markdown_format
from .render.layout import AppendixLike, SectionLike, appendix_words, check_shape

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Appendix"]


class Appendix:
    """Bilaga 1, "Förteckning över åtgärder", of one yearly report.

    Wraps the structured appendix the core builds (or any object of the same shape, see
    `handlingsplan.render.layout.AppendixLike`) and lays it out as Word, HTML, Markdown, CSV,
    Excel or a DataFrame. Empty sections and priorities show "Inga åtgärder." in the documents.
    Get one from a report: ``plan.report(2021).appendix()``.
    """

    def __init__(
        self,
        appendix: AppendixLike,
        *,
        plan_title: str = "",
        fields: Mapping[str, Any] | None = None,
    ) -> None:
        """Wrap `appendix`, the core's structured appendix; nothing is copied. `plan_title` is
        the Word document's subject; `fields` are the report's fields a letter template may use
        (`handlingsplan.render.letter.letter_fields`), as the report gives them."""
        self._appendix = appendix
        self._plan_title = plan_title
        self._fields: dict[str, Any] = dict(fields or {})

    def _checked(self) -> AppendixLike:
        # Checked before each rendering (ValueError naming the row), so that no format can drop
        # or shift a cell without a word, while the repr still shows a malformed stand-in.
        check_shape(self._appendix)
        return self._appendix

    @property
    def year(self) -> int:
        """The year of the report the appendix belongs to."""
        return self._appendix.year

    @property
    def title(self) -> str:
        """The appendix's title, "Bilaga 1: Förteckning över åtgärder"."""
        return self._appendix.title

    @property
    def intro(self) -> str:
        """The paragraph that opens the list ("Bilagan innehåller en överskådlig lista …"), or ""
        where the appendix has none."""
        return str(getattr(self._appendix, "intro", ""))

    @property
    def sections(self) -> list[SectionLike]:
        """The core's sections, in order: aktuella, genomförda, avskrivna."""
        return list(self._appendix.sections)

    @property
    def pages_note(self) -> str:
        """What the appendix written alone says of its "Sida" column: the pages the report gives,
        else that its pages come with the report's Åtgärder chapter (`Report.to_docx`)."""
        page_column = appendix_words(self._appendix).appendix.page_column
        given = any(
            cell.text
            for section in self._appendix.sections
            for table in section.tables
            for row in table.rows
            for column, cell in zip(table.columns, row.cells, strict=True)
            if column == page_column
        )
        return _printed.pages_note(self.year, given=given)

    def __repr__(self) -> str:
        """Say what it holds: `<Appendix 2021: 84 aktuella, 30 genomförda, 12 avskrivna>`."""
        counts = ", ".join(
            f"{sum(len(table.rows) for table in section.tables)} {section.kind}"
            for section in self._appendix.sections
        )
        return f"<Appendix {self.year}: {counts}>"

    # Documents.

    def to_docx(
        self,
        path: PathLike,
        template: PathLike | None = None,
        *,
        author: str = "",
        fields: Mapping[str, Any] | None = None,
    ) -> None:
        """Write the appendix as a Word document, ready to send.

        Without `template`, a new A4 portrait document. With `template` (a .docx or .dotx the
        agency keeps, with its letterhead and styles, see `handlingsplan.render.letter`), the
        letter is filled through docxtpl: the appendix goes where a paragraph of its own reads
        ``{{ bilaga }}``, in the template's styles, and the letter's other tags get the report's
        fields (``{{ år }}``, ``{{ datum }}``, ``{{ antal.genomförd }}`` …) and any `fields`
        given here (which win). Raises `TemplateError` for a template that is missing, not a
        Word document, has no ``{{ bilaga }}`` paragraph or a near miss of one, or asks for a
        field there is none of.

        Either way the text is Swedish (sv-SE, for Word's spell-checker) and the document's
        properties say its title, the plan (subject) and `author` (empty unless given), created
        and modified now; the new document numbers its pages in the footer.
        """
        if template is None:
            from .render import docx as docx_format  # python-docx loads at the point of use

            with writing(path) as name:
                docx_format.write_docx(
                    self._checked(),
                    name,
                    subject=self._plan_title,
                    author=author,
                    note=self.pages_note,
                )
            return
        from .render import letter as letter_format  # docxtpl loads at the point of use

        with reading(template) as template_name, writing(path) as name:
            letter_format.write_letter(
                self._checked(),
                name,
                template_name,
                {**self._fields, **(fields or {})},
                subject=self._plan_title,
                author=author,
            )

    def to_pdf(self, path: PathLike) -> None:
        """Write the appendix as PDF: the Word document of `to_docx`, converted by LibreOffice
        headless (`handlingsplan.render.pdf`). FileError if LibreOffice is missing or fails."""
        from .render import pdf as pdf_format  # python-docx loads at the point of use

        with tempfile.TemporaryDirectory(prefix="handlingsplan-") as work:
            docx_path = Path(work) / f"bilaga-{self.year}.docx"
            self.to_docx(docx_path)
            pdf_format.prepare_for_pdf(docx_path)
            with writing(path) as name:
                pdf_format.docx_to_pdf(docx_path, name)

    def to_html(self, path: PathLike | None = None) -> str:
        """Return the appendix as one self-contained HTML5 page, and write it to `path` if given.

        The page is UTF-8, in Swedish (lang="sv"), with no external assets, and prints on A4
        with the table headers repeated on each page and no row split across pages.
        """
        from .render import html as html_format  # MarkupSafe loads at the point of use

        page = html_format.appendix_page(self._checked(), note=self.pages_note)
        if path is not None:
            with writing(path) as name:
                Path(name).write_text(page, encoding="utf-8", newline="\n")
        return page

    def _repr_html_(self) -> str:
        """The appendix's headings and tables as an HTML fragment, for Jupyter."""
        from .render import html as html_format  # MarkupSafe loads at the point of use

        return html_format.appendix_fragment(self._checked())

    def to_markdown(self, path: PathLike | None = None) -> str:
        """Return the appendix as Markdown (headings and pipe tables); write it to `path` if given.

        Paragraphs within a cell are joined with ``<br>``; characters that Markdown or HTML would
        read as markup ("|", "*", "<" ...) are escaped.
        """
        text = markdown_format.appendix_markdown(self._checked())
        if path is not None:
            with writing(path) as name:
                Path(name).write_text(text, encoding="utf-8", newline="\n")
        return text

    # Data.

    def to_csv(self, path: PathLike, *, delimiter: str = ",") -> None:
        """Write one row per measure: section, priority, id, then every published column.

        The file is UTF-8 with a byte-order mark ("utf-8-sig"), which is what makes Excel open
        å, ä and ö right. Swedish Excel expects ";" between fields when a file is double-clicked:
        pass ``delimiter=";"`` for that. A column a section does not have is left empty.
        """
        from .render import csv as csv_format  # pandas loads at the point of use

        with writing(path) as name:
            csv_format.write_csv(self._checked(), name, delimiter=delimiter)

    def to_dataframe(self) -> pd.DataFrame:
        """Return one row per measure, with the columns of :meth:`to_csv`.

        A column the measure's section does not have (Klar for an active measure) is missing
        (NA); an empty published cell (Status of an unchanged measure) is "".
        """
        from .render import csv as csv_format  # pandas loads at the point of use

        return csv_format.appendix_frame(self._checked())

    def to_excel(self, path: PathLike) -> None:
        """Write an Excel workbook with one sheet per section, named after the section.

        The "Aktuella åtgärder" sheet carries the strategic priority as its first column. Each
        sheet has a bold, frozen header row with a filter, set column widths and wrapped text;
        a section without measures is a sheet with its header row only.
        """
        from .render import xlsx as xlsx_format  # openpyxl loads at the point of use

        with writing(path) as name:
            xlsx_format.write_xlsx(self._checked(), name)
