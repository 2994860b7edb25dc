"""The facts table (docs/facts-format.md): one fact a line, labels not IRIs, sorted, unique."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.numbers import format_decimal

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["HEADER", "facts_lines"]

HEADER = ("year", "subject", "predicate", "object", "value", "unit", "evidence")
_SPACE = re.compile(r"\s+")


def facts_lines(build: Build) -> Iterator[str]:
    """Every distinct fact of a build, with the first sentence it was read from."""
    label = build.ontology.label
    rows: dict[tuple[str, ...], str] = {}
    for fact in build.facts:  # sorted, so the first evidence of a fact comes first
        obj = fact.object if fact.predicate in ("role", "metric") else label(fact.object)
        row: tuple[str, ...] = (
            str(fact.year) if fact.year is not None else "",
            label(fact.subject),
            fact.predicate,
            obj,
            format_decimal(fact.value) if fact.value is not None else "",
            fact.unit or "",
        )
        if row not in rows:
            text = fact.evidence.text if fact.evidence else ""
            rows[row] = _SPACE.sub(" ", text).strip().replace("\t", " ")
    yield "\t".join(HEADER) + "\n"
    for row in sorted(rows):
        yield "\t".join((*row, rows[row])) + "\n"
