"""Names renamed in a release keep working for one more minor version, with a warning that
names the new one (the project's rule). Imports nothing of the package."""

from __future__ import annotations

import warnings

#: The minor version in which the old names go.
REMOVED_IN = "0.3"


def warn_renamed(old: str, new: str, *, stacklevel: int = 3) -> None:
    """A DeprecationWarning at the caller's line: `old` is now `new`."""
    warnings.warn(
        f"{old} is now {new}; the old name is removed in handlingsplan {REMOVED_IN}",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
