"""Step 6: facts -> a networkx graph that links features across products and years.

Nodes are the entities of the facts (products, capabilities, people, organisations) and the
capability families they belong to. Each distinct (subject, predicate, object) is one edge,
keyed by its predicate, that carries every year it was reported in: a fact stated in 2022
and in 2023 is one edge with ``years == (2022, 2023)``. Facts whose object is text
(:mod:`kg.vocabulary`: titles, metric figures) are attributes of their subject's node, not
edges, so the graph stays a graph of entities.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg import vocabulary
from kg.numbers import format_decimal
from kg.ontology import Ontology
from kg.records import Fact

__all__ = ["to_networkx", "GraphAccumulator", "text_attributes"]


def text_attributes() -> tuple[str, ...]:
    """The node attributes that gather text predicates' objects (``roles``, ``metrics``), in
    the vocabulary's order."""
    return tuple(p.attribute for p in vocabulary.PREDICATES.values() if p.text)


def to_networkx(facts: Iterable[Fact], ontology: Ontology) -> nx.MultiDiGraph[str]:
    """Build the cross-year graph of a build's facts.

    Node attributes: ``kind``, ``cls``, ``label`` (Chinese), ``label_en``, ``iri``,
    ``years`` (reported in), ``mentions`` (readings per year), and one per text predicate of
    the vocabulary: ``roles`` ((year, title) pairs) and ``metrics`` ((year, name, value,
    unit)).
    Edge attributes: ``predicate``, ``years``, ``evidence`` (the number of sentences) and
    ``sentence`` (the first of them, by article and offset).
    Family edges (``broader``) join a capability to its skos:broader family.
    """
    graph = GraphAccumulator(ontology)
    graph.add(facts)
    return graph.graph()


class GraphAccumulator:
    """The graph's tallies, fed one article's facts at a time (a build streams them).

    What it holds grows with the distinct entities, edges, titles and figures, not with the
    number of articles: of an edge's sentences only the first is kept, the others counted.
    """

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        self._years: dict[tuple[str, str, str], set[int]] = defaultdict(set)
        self._evidence: dict[tuple[str, str, str], int] = defaultdict(int)
        # Each edge's first sentence: the one of the article and offset that sort first, so
        # that it does not depend on the order articles arrive in.
        self._first: dict[tuple[str, str, str], tuple[str, int, str]] = {}
        self._node_years: dict[str, set[int]] = defaultdict(set)
        self._mentions: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        # attribute (roles, metrics) -> node -> (year, text) or (year, name, value, unit)
        self._texts: dict[str, dict[str, set[tuple[int | str, ...]]]] = defaultdict(
            lambda: defaultdict(set)
        )

    def add(self, facts: Iterable[Fact]) -> None:
        """Count some facts in (all of an article's at once, or all of a build's)."""
        sentences: set[tuple[tuple[str, str, str], str, int]] = set()
        predicates = vocabulary.PREDICATES
        for fact in facts:
            year = fact.year or 0
            self._node_years[fact.subject].add(year)
            self._mentions[fact.subject][year] += 1
            spec = predicates.get(fact.predicate)
            if spec is not None and spec.text:
                texts = self._texts[spec.attribute][fact.subject]
                if spec.value:
                    value = format_decimal(fact.value) if fact.value is not None else ""
                    texts.add((year, fact.object, value, fact.unit or ""))
                else:
                    texts.add((year, fact.object))
                continue
            key = (fact.subject, fact.predicate, fact.object)
            self._years[key].add(year)
            self._node_years[fact.object].add(year)
            self._mentions[fact.object][year] += 1
            ev = fact.evidence
            if ev is not None:
                sentences.add((key, ev.document, ev.start))
                where = (ev.document, ev.start, ev.text)
                first = self._first.get(key)
                if first is None or where[:2] < first[:2]:
                    self._first[key] = where
        for key, _, _ in sentences:
            self._evidence[key] += 1

    def graph(self) -> nx.MultiDiGraph[str]:
        """The graph of everything added so far."""
        ontology = self.ontology
        attributes = text_attributes()
        graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        for node in sorted(self._node_years):
            graph.add_node(node, **_node_attributes(node, ontology))
            graph.nodes[node]["years"] = tuple(sorted(y for y in self._node_years[node] if y))
            mentions = self._mentions[node]
            graph.nodes[node]["mentions"] = {y: n for y, n in sorted(mentions.items()) if y}
            for attribute in attributes:
                texts = self._texts[attribute].get(node, ())
                graph.nodes[node][attribute] = tuple(sorted(texts))
        for key in sorted(self._years):
            subject, predicate, obj = key
            graph.add_edge(
                subject,
                obj,
                key=predicate,
                predicate=predicate,
                years=tuple(sorted(y for y in self._years[key] if y)),
                evidence=self._evidence[key],
                sentence=" ".join(self._first[key][2].split()) if key in self._first else "",
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
                graph.nodes[family].update(years=(), mentions={})
                graph.nodes[family].update((attribute, ()) for attribute in text_attributes())
            years = graph.nodes[node]["years"]
            graph.add_edge(
                node,
                family,
                key="broader",
                predicate="broader",
                years=years,
                evidence=0,
                sentence="",
            )
