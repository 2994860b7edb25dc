"""Turtle and TriG writers over sorted N3 triples: deterministic, fast, readable.

Subjects in sorted order, ``rdf:type`` first as ``a``, objects of one predicate joined with
``,``. A build's files declare every prefix of :data:`kg.rdf.PREFIXES`, used or not: the
header is written before the triples, which stream from disk; a graph sent on its own
(:mod:`kg.push`) declares only the prefixes it uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from kg.rdf import PREFIXES, A, Triple, iri

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["turtle_lines", "trig_lines", "prefix_lines", "prefixes_used", "triples_block"]


def prefixes_used(graphs: Iterable[Iterable[Triple]], extra: Iterable[str] = ()) -> list[str]:
    """The prefixes that the terms of these graphs (and ``extra`` terms) are written with."""
    terms: set[str] = set(extra)
    for triples in graphs:
        for s, p, o in triples:
            terms.add(s)
            terms.add(p)
            terms.add(o)
    used: set[str] = set()
    for term in terms:
        if term.startswith("<"):
            continue
        if term.startswith('"'):
            tail = term.rpartition('"')[2]
            if tail.startswith("^^") and not tail.startswith("^^<"):
                used.add(tail[2:].split(":", 1)[0])
            continue
        used.add(term.split(":", 1)[0])
    return [p for p in PREFIXES if p in used]


def prefix_lines(prefixes: Sequence[str]) -> Iterator[str]:
    """``@prefix`` lines for the given prefix names."""
    width = max((len(p) for p in prefixes), default=0)
    for prefix in prefixes:
        yield f"@prefix {prefix + ':':<{width + 1}} <{PREFIXES[prefix]}> .\n"


def triples_block(triples: Iterable[Triple], indent: str = "") -> Iterator[str]:
    """Sorted triples grouped by subject, as Turtle statements."""
    # One pass, the subject's parts kept by hand: faster than groupby and a list per subject
    # on a build's hundreds of thousands of subjects (bench/README.md).
    joint = f" ;\n{indent}    "
    subject: str | None = None
    types: list[str] = []  # rdf:type first, as "a"; the other predicates in their sorted order
    parts: list[str] = []
    last = None
    for s, predicate, obj in triples:
        if s != subject:
            if subject is not None:
                if types:
                    parts.insert(0, "a " + " , ".join(types))
                    types = []
                yield f"{indent}{subject} {joint.join(parts)} .\n"
                parts = []
            subject, last = s, None
        if predicate == A:
            types.append(obj)
        elif predicate == last:
            parts[-1] += f" , {obj}"
        else:
            last = predicate
            parts.append(f"{predicate} {obj}")
    if subject is not None:
        if types:
            parts.insert(0, "a " + " , ".join(types))
        yield f"{indent}{subject} {joint.join(parts)} .\n"


def turtle_lines(build: Build) -> Iterator[str]:
    """The merged graph of a build (ontology and every article) as Turtle."""
    yield from prefix_lines(list(PREFIXES))
    yield "\n"
    yield from triples_block(build.merged)


def trig_lines(build: Build) -> Iterator[str]:
    """The ontology as the default graph and one named graph per article, as TriG."""
    yield from prefix_lines(list(PREFIXES))
    yield "\n{\n"
    yield from triples_block(build.default_graph, "    ")
    yield "}\n"
    for name, triples in build.named_graphs:
        yield f"\n{iri(name)} {{\n"
        yield from triples_block(triples, "    ")
        yield "}\n"
