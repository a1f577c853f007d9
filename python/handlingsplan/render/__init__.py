"""Renderers: what the core has built, laid out in one output format per module.

The core decides what goes where (`handlingsplan._core.build_appendix` gives Bilaga 1 as
sections, tables, rows and cells of paragraphs); a renderer only lays that out:

* `handlingsplan.render.docx`: Word, new or in the user's template;
* `handlingsplan.render.html`: one self-contained page, from a Jinja2 template;
* `handlingsplan.render.markdown`: headings and pipe tables;
* `handlingsplan.render.csv`: one row per measure (also the pandas frame);
* `handlingsplan.render.xlsx`: one sheet per section.

The whole report, Åtgärder chapter followed by Bilaga 1:

* `handlingsplan.render.chapter`: the Åtgärder chapter of a report as a structure (priorities,
  objectives, measures with marking, title, paragraphs, agencies, period and number);
* `handlingsplan.render.chapter_docx`, `handlingsplan.render.chapter_html`: that chapter in Word
  and in HTML (Jinja2, templates/chapter.html.j2);
* `handlingsplan.render.pdf`: a Word document as PDF, through LibreOffice headless.

`handlingsplan.render.layout` holds what they share: the columns, their widths and the flat
records of the data formats. The facade, `handlingsplan.appendix.Appendix`, calls them.
"""
