"""The networkx graph as GraphML (Gephi, yEd, Cytoscape read it).

GraphML takes scalar attributes only: years become ``"2022;2023"``, per-year mentions
``"2022:5;2023:3"``, titles and metrics one ``;``-separated string each. Characters XML 1.0
cannot hold, not even escaped (most C0 controls, U+FFFE, U+FFFF, lone surrogates), are
dropped, as in GEXF: whatever text a build holds, the file stays readable XML.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["graphml_lines", "flatten", "xml_safe"]


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


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(value: Any) -> Any:
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def xml_safe(graph: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """A copy of a flat graph with the characters XML cannot hold dropped from its node
    ids, edge keys and string attributes."""
    safe: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        safe.add_node(_xml(node), **{k: _xml(v) for k, v in data.items()})
    for u, v, key, data in graph.edges(keys=True, data=True):
        safe.add_edge(_xml(u), _xml(v), key=_xml(key), **{k: _xml(x) for k, x in data.items()})
    return safe


def graphml_lines(build: Build) -> Iterator[str]:
    """The build's graph as GraphML lines."""
    graph = xml_safe(flatten(build.graph))
    for line in nx.generate_graphml(graph, prettyprint=True):
        yield line + "\n"
