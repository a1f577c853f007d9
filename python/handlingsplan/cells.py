"""Cell values of the package's DataFrames that need a type of their own."""

from __future__ import annotations

__all__ = ["LIST_SEPARATOR", "TextList"]

#: What separates the items of a `TextList` written as text.
LIST_SEPARATOR = "; "


class TextList(list[str]):
    """A list of names or words in a DataFrame cell (agencies, updated aspects, changed fields)
    that reads as text where text is written: ``str()`` (and so ``df.to_csv()``) gives
    "MSB; FRA". Otherwise a plain list: it compares equal to ``["MSB", "FRA"]``.

    The cells of a frame (`handlingsplan.frames`) hold nothing but text and are left out of
    Python's cyclic garbage collector (as tuples of text are), so that a frame of many thousand
    rows costs no collector time; they are freed as any list is."""

    __slots__ = ()  # a list and nothing more: as light as one, a frame holds thousands

    def __str__(self) -> str:
        """The items joined by "; "."""
        return LIST_SEPARATOR.join(self)
