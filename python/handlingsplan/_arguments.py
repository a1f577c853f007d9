"""Clear `TypeError`s for arguments of a plainly wrong type, where Python would otherwise fail
deep inside with an `AttributeError` (``Plan.from_json(123)``, ``hp.diff("a", "b")``)."""

from __future__ import annotations

__all__ = ["require_type", "require_wrapper"]


def _names(expected: type | tuple[type, ...]) -> str:
    types = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(t.__name__ for t in types)


def require_type(value: object, expected: type | tuple[type, ...], what: str) -> None:
    """TypeError saying `what` takes `expected`, unless `value` is one."""
    if not isinstance(value, expected):
        raise TypeError(f"{what} must be {_names(expected)}, not {type(value).__name__}")


def require_wrapper(value: object, core: type, what: str, expected: str) -> None:
    """TypeError unless `value` is a Python object holding a compiled `core` object (as
    `handlingsplan.Report` holds a `_core.Report`); `expected` says what to pass."""
    if not isinstance(getattr(value, "_core", None), core):
        raise TypeError(f"{what} must be {expected}, not {type(value).__name__}")
