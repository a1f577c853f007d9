"""Renderers: what the core has built, laid out in one output format per module.

The core decides what goes where (`handlingsplan._core.build_appendix` gives Bilaga 1 as
sections, tables, rows and cells of paragraphs); a renderer only lays that out:

* `handlingsplan.render.docx`: Word, new or in the user's template;
* `handlingsplan.render.html`: one self-contained page, from a Jinja2 template;
* `handlingsplan.render.markdown`: headings and pipe tables;
* `handlingsplan.render.csv`: one row per measure (also the pandas frame);
* `handlingsplan.render.xlsx`: one sheet per section.

`handlingsplan.render.layout` holds what they share: the columns, their widths and the flat
records of the data formats. The facade, `handlingsplan.appendix.Appendix`, calls them.
"""
