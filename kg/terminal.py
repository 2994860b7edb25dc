"""Text for a terminal: display widths (CJK characters take two columns) and aligned tables."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["display_width", "aligned", "clip"]


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def aligned(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """The header, a rule and the rows, each column as wide as its widest cell."""
    widths = [display_width(c) for c in columns]
    for row in rows:
        widths = [max(w, display_width(v)) for w, v in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = (c + " " * (w - display_width(c)) for c, w in zip(cells, widths, strict=True))
        return "  ".join(padded).rstrip()

    return [line(columns), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def clip(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` columns, an ellipsis marking the cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 1  # the ellipsis
    for char in text:
        used += display_width(char)
        if used > width:
            break
        out.append(char)
    return "".join(out) + "…"
