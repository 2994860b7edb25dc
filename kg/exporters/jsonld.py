"""JSON-LD 1.1: the ontology in the default graph and one named graph per article.

Written from the same sorted triples as Turtle and TriG, with kg's prefixes as the context,
so every RDF tool that reads JSON-LD gets the same quads as from ``kg.trig``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from kg.rdf import PREFIXES, A, Triple, iri, parse_term

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["jsonld_lines", "node_objects"]


def _value(term: str) -> dict[str, str]:
    kind, value, lang, datatype = parse_term(term)
    if kind == "iri":
        return {"@id": value}
    if lang:
        return {"@value": value, "@language": lang}
    if datatype:
        return {"@value": value, "@type": datatype}
    return {"@value": value}


def node_objects(triples: Sequence[Triple]) -> Iterator[dict[str, object]]:
    """One JSON-LD node object per subject of sorted triples."""
    for subject, group in groupby(triples, key=lambda t: t[0]):
        node: dict[str, object] = {"@id": parse_term(subject)[1]}
        for predicate, rows in groupby(group, key=lambda t: t[1]):
            objects = [o for _, _, o in rows]
            if predicate == A:
                node["@type"] = [parse_term(o)[1] for o in objects]
            else:
                node[parse_term(predicate)[1]] = [_value(o) for o in objects]
        yield node


def jsonld_lines(build: Build) -> Iterator[str]:
    """The build as one JSON-LD document: a context and a top-level ``@graph``."""
    dump = json.dumps
    yield '{\n "@context": ' + dump(PREFIXES, ensure_ascii=False) + ',\n "@graph": [\n'
    first = True
    for node in node_objects(build.default_graph):
        yield ("" if first else ",\n") + "  " + dump(node, ensure_ascii=False)
        first = False
    for name, triples in build.named_graphs:
        nodes = ",\n   ".join(dump(n, ensure_ascii=False) for n in node_objects(triples))
        graph = f'{{"@id": {dump(parse_term(iri(name))[1])}, "@graph": [\n   {nodes}\n  ]}}'
        yield ("" if first else ",\n") + "  " + graph
        first = False
    yield "\n ]\n}\n"
