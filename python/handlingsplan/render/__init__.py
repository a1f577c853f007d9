"""Renderers: what the model holds, laid out in one output format per module.

* `handlingsplan.render.chapter`: the Åtgärder chapter of a report as a structure (priorities,
  objectives, measures with marking, title, paragraphs, agencies, period and number);
* `handlingsplan.render.chapter_docx`, `handlingsplan.render.chapter_html`: that chapter in Word
  and in HTML (Jinja2, templates/chapter.html.j2), followed by Bilaga 1;
* `handlingsplan.render.pdf`: a Word document as PDF, through LibreOffice headless.
"""
