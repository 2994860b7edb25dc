"""Node and edge tables (CSV) that Gephi's spreadsheet importer and Neo4j's LOAD CSV take.

``nodes.csv``: ``Id, Label, kind, class, label_en, iri, years, mentions, degree``;
``edges.csv``: ``Source, Target, Type, Id, Label, Weight, predicate, years``. The column
names are Gephi's (Id, Label, Source, Target, Type, Weight), the rest are plain attributes;
Neo4j reads them with ``LOAD CSV WITH HEADERS`` (README shows the Cypher).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.exporters.graphml import flatten

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["NODE_COLUMNS", "EDGE_COLUMNS", "nodes_lines", "edges_lines"]

NODE_COLUMNS = ("Id", "Label", "kind", "class", "label_en", "iri", "years", "mentions", "degree")
EDGE_COLUMNS = ("Source", "Target", "Type", "Id", "Label", "Weight", "predicate", "years")


def _rows(rows: Iterable[Iterable[object]]) -> Iterator[str]:
    for row in rows:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(row)
        yield buf.getvalue()


def nodes_lines(build: Build) -> Iterator[str]:
    """One row per entity of the build's graph, sorted by id."""
    graph = flatten(build.graph)
    rows: list[tuple[object, ...]] = [NODE_COLUMNS]
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        rows.append(
            (
                node,
                data["label"],
                data["kind"],
                data["cls"],
                data["label_en"],
                data["iri"],
                data["years"],
                data["mentions"],
                graph.degree(node),
            )
        )
    yield from _rows(rows)


def edges_lines(build: Build) -> Iterator[str]:
    """One row per edge (one fact across its years), sorted by source, target, predicate."""
    graph = flatten(build.graph)
    rows: list[tuple[object, ...]] = [EDGE_COLUMNS]
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    for source, target, key, data in edges:
        rows.append(
            (
                source,
                target,
                "Directed",
                f"{source}|{key}|{target}",
                key,
                max(int(data["evidence"]), 1),
                data["predicate"],
                data["years"],
            )
        )
    yield from _rows(rows)
