"""Sphinx configuration of handlingsplan's API reference (built by `make docs`, warnings as
errors, as part of `make test`)."""

from __future__ import annotations

import handlingsplan

project = "handlingsplan"
author = "The handlingsplan developers"
release = version = handlingsplan.__version__
language = "en"

extensions = ["sphinx.ext.autodoc", "sphinx.ext.autosummary", "sphinx.ext.viewcode"]
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_typehints = "description"
# Backticked names in the docstrings link to the object they name where Sphinx knows it.
default_role = "py:obj"
# A plain name such as `problems` may name attributes of several classes (the core's and the
# package's); Sphinx links the first and would warn of each such choice.
suppress_warnings = ["ref.python"]
html_theme = "alabaster"
html_title = f"handlingsplan {release}"
exclude_patterns = ["_build"]
