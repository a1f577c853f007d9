"""The Jinja2 environment every HTML view of the package is rendered in: the templates folder
beside the module, autoescaping, undefined names an error, block tags on lines of their own."""

from __future__ import annotations

from typing import Any

import jinja2

__all__ = ["environment"]


def environment(
    package: str, *, keep_trailing_newline: bool = True, **names: Any
) -> jinja2.Environment:
    """An environment loading `package`'s ``templates`` folder, with `names` as its globals."""
    made = jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
        undefined=jinja2.StrictUndefined,
    )
    made.globals.update(names)
    return made
