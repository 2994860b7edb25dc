"""Step 6: facts -> a networkx graph that links features across products and years.

Nodes are the entities of the facts (products, capabilities, people, organisations) and the
capability families they belong to. Each distinct (subject, predicate, object) is one edge,
keyed by its predicate, that carries every year it was reported in: a fact stated in 2022
and in 2023 is one edge with ``years == (2022, 2023)``. Titles (role) and metric figures are
attributes of their node, not edges, so the graph stays a graph of entities.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.numbers import format_decimal
from kg.ontology import Ontology
from kg.records import Fact

__all__ = ["to_networkx"]

_NODE_FACTS = ("role", "metric")


def to_networkx(facts: Iterable[Fact], ontology: Ontology) -> nx.MultiDiGraph[str]:
    """Build the cross-year graph of a build's facts.

    Node attributes: ``kind``, ``cls``, ``label`` (Chinese), ``label_en``, ``iri``,
    ``years`` (reported in), ``mentions`` (readings per year), ``roles`` and ``metrics``.
    Edge attributes: ``predicate``, ``years`` and ``evidence`` (the number of sentences).
    Family edges (``broader``) join a capability to its skos:broader family.
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    years: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    evidence: dict[tuple[str, str, str], set[tuple[str, int]]] = defaultdict(set)
    node_years: dict[str, set[int]] = defaultdict(set)
    mentions: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    roles: dict[str, set[tuple[int, str]]] = defaultdict(set)
    metrics: dict[str, set[tuple[int, str, str, str]]] = defaultdict(set)
    for fact in facts:
        year = fact.year or 0
        node_years[fact.subject].add(year)
        mentions[fact.subject][year] += 1
        if fact.predicate == "role":
            roles[fact.subject].add((year, fact.object))
            continue
        if fact.predicate == "metric":
            value = format_decimal(fact.value) if fact.value is not None else ""
            metrics[fact.subject].add((year, fact.object, value, fact.unit or ""))
            continue
        key = (fact.subject, fact.predicate, fact.object)
        years[key].add(year)
        node_years[fact.object].add(year)
        mentions[fact.object][year] += 1
        if fact.evidence is not None:
            evidence[key].add((fact.evidence.document, fact.evidence.start))
    for node in sorted(node_years):
        graph.add_node(node, **_node_attributes(node, ontology))
        graph.nodes[node]["years"] = tuple(sorted(y for y in node_years[node] if y))
        graph.nodes[node]["mentions"] = {y: n for y, n in sorted(mentions[node].items()) if y}
        graph.nodes[node]["roles"] = tuple(sorted(roles[node]))
        graph.nodes[node]["metrics"] = tuple(sorted(metrics[node]))
    for key in sorted(years):
        subject, predicate, obj = key
        graph.add_edge(
            subject,
            obj,
            key=predicate,
            predicate=predicate,
            years=tuple(sorted(y for y in years[key] if y)),
            evidence=len(evidence[key]),
        )
    _add_families(graph, ontology)
    return graph


def _node_attributes(iri: str, ontology: Ontology) -> dict[str, Any]:
    term = ontology.terms.get(iri)
    if term is None:
        return {"kind": "Unknown", "cls": "Unknown", "label": iri, "label_en": "", "iri": iri}
    return {
        "kind": term.kind,
        "cls": term.cls,
        "label": term.label,
        "label_en": term.label_en or "",
        "iri": iri,
    }


def _add_families(graph: nx.MultiDiGraph[str], ontology: Ontology) -> None:
    capabilities = [n for n, data in graph.nodes(data=True) if data["kind"] == "Capability"]
    for node in sorted(capabilities):
        for family in ontology.terms[node].broader:
            if family not in graph:
                graph.add_node(family, **_node_attributes(family, ontology))
                graph.nodes[family].update(years=(), mentions={}, roles=(), metrics=())
            years = graph.nodes[node]["years"]
            graph.add_edge(
                node, family, key="broader", predicate="broader", years=years, evidence=0
            )
