"""The facts table (docs/facts-format.md): one fact a line, labels not IRIs, sorted, unique.

Its columns are the seven of the spec, then ``rule``: the rule(s) that read the fact from
the sentence quoted as its evidence (not scored; :mod:`kg.rules`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg import vocabulary
from kg.numbers import format_decimal

if TYPE_CHECKING:
    from kg.ontology import Ontology
    from kg.pipeline import Build
    from kg.records import Evidence, Fact

__all__ = ["HEADER", "Row", "fact_rows", "facts_lines"]

HEADER = ("year", "subject", "predicate", "object", "value", "unit", "evidence", "rule")
_SPACE = re.compile(r"\s+")
#: ``|`` separates a cell's alternatives (docs/facts-format.md): a name that holds one is
#: written with the full-width bar, which Chinese text uses for the same mark.
_BAR = str.maketrans({"|": "\uff5c"})

#: A row of the table before it is made distinct: its six fields, what orders the readings
#: of one fact (subject and object IRIs, article, offset), and the reading's own columns
#: (the evidence sentence, the rule).
Row = tuple[tuple[str, ...], tuple[str, str, str, int], tuple[str, str]]


def fact_rows(facts: Iterable[Fact], ontology: Ontology) -> Iterator[Row]:
    """One row per reading; the table keeps, of a fact's readings, the one read first, with
    its evidence and the rule(s) that read it there."""
    label = ontology.label
    predicates = vocabulary.PREDICATES
    texts: dict[Evidence, str] = {}  # a sentence gives several facts
    for fact in facts:
        obj = fact.object if predicates[fact.predicate].text else label(fact.object)
        fields = (
            str(fact.year) if fact.year is not None else "",
            label(fact.subject).translate(_BAR),
            fact.predicate,
            obj.translate(_BAR),
            format_decimal(fact.value) if fact.value is not None else "",
            fact.unit or "",
        )
        ev = fact.evidence
        if ev is None:
            yield fields, (fact.subject, fact.object, "", 0), ("", fact.rule)
        else:
            text = texts.get(ev)
            if text is None:
                text = texts[ev] = _SPACE.sub(" ", ev.text).strip().replace("\t", " ")
            yield fields, (fact.subject, fact.object, ev.document, ev.start), (text, fact.rule)


def facts_lines(build: Build) -> Iterator[str]:
    """Every distinct fact of a build, with the first sentence it was read from and the
    rule(s) that read it there."""
    yield "\t".join(HEADER) + "\n"
    for fields, _, (text, rule) in build.rows:
        yield "\t".join((*fields, text, rule)) + "\n"
