"""The facts table (docs/facts-format.md): one fact a line, labels not IRIs, sorted, unique.

Its columns are the seven of the spec, then ``doc``: the ids of the articles that state the
fact (``|`` between them, the first the one its evidence is quoted from), and ``rule``: the
rule(s) that read the fact from the sentence quoted as its evidence (neither is scored;
:mod:`kg.rules`).
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

__all__ = ["HEADER", "Row", "fact_rows", "facts_lines", "table_lines"]

HEADER = ("year", "subject", "predicate", "object", "value", "unit", "evidence", "doc", "rule")
_SPACE = re.compile(r"\s+")
#: ``|`` separates a cell's alternatives (docs/facts-format.md): a name that holds one is
#: written with the full-width bar, which Chinese text uses for the same mark.
_BAR, _FULL_WIDTH_BAR = "|", "\uff5c"

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
            label(fact.subject).replace(_BAR, _FULL_WIDTH_BAR),
            fact.predicate,
            obj.replace(_BAR, _FULL_WIDTH_BAR),
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
    """Every distinct fact of a build, with the first sentence it was read from, the
    articles that state it and the rule(s) that read it in that sentence."""
    yield "\t".join(HEADER) + "\n"
    yield from table_lines(build.rows)


def table_lines(rows: Iterable[Row]) -> Iterator[str]:
    """The table's lines of sorted rows that hold a fact's first reading in each article:
    one line per fact, its evidence and rule from the first row, the articles of all."""
    current: tuple[str, ...] | None = None
    first: tuple[str, str] = ("", "")
    docs: list[str] = []
    for fields, (_, _, document, _), reading in rows:
        if fields != current:
            if current is not None:
                yield _line(current, first, docs)
            current, first, docs = fields, reading, []
        if document and document not in docs:
            docs.append(document)
    if current is not None:
        yield _line(current, first, docs)


def _line(fields: tuple[str, ...], reading: tuple[str, str], docs: list[str]) -> str:
    text, rule = reading
    return "\t".join((*fields, text, "|".join(docs), rule)) + "\n"
