"""The networkx graph as GraphML (Gephi, yEd, Cytoscape read it).

GraphML takes scalar attributes only: years become ``"2022;2023"``, per-year mentions
``"2022:5;2023:3"``, titles and metrics one ``;``-separated string each.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["graphml_lines", "flatten"]


def flatten(graph: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """A copy of the graph whose attributes are all strings or numbers."""
    flat: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _scalar(v) for k, v in data.items()})
    for u, v, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **{k: _scalar(x) for k, x in data.items()})
    return flat


def _scalar(value: Any) -> str | int | float:
    if isinstance(value, dict):
        return ";".join(f"{k}:{v}" for k, v in value.items())
    if isinstance(value, tuple):
        return ";".join(":".join(map(str, v)) if isinstance(v, tuple) else str(v) for v in value)
    if isinstance(value, (str, int, float)):
        return value
    return str(value)


def graphml_lines(build: Build) -> Iterator[str]:
    """The build's graph as GraphML lines."""
    graph = flatten(build.graph)
    for line in nx.generate_graphml(graph, prettyprint=True):
        yield line + "\n"
