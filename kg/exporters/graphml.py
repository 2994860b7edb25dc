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
    """The build's graph as GraphML text, a node or an edge at a time."""
    pieces = _direct_pieces(build.graph)
    if pieces is None:  # a graph the direct writer does not cover: networkx's writer
        yield from _networkx_lines(build.graph)
    else:
        yield from pieces


def _networkx_lines(graph: nx.MultiDiGraph[str]) -> Iterator[str]:
    """GraphML by ``nx.generate_graphml`` (what :func:`_direct_lines` writes faster)."""
    for line in nx.generate_graphml(xml_safe(flatten(graph)), prettyprint=True):
        yield line + "\n"


#: networkx's GraphML type of each Python type (``GraphML.xml_type``: the last entry wins).
_XML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}
_HEAD = (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)
#: What ElementTree escapes in text (``_escape_cdata``) and in attribute values
#: (``_escape_attrib``), in the order it replaces them.
_CDATA = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTRIB = (*_CDATA, ('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escaped(text: str, table: tuple[tuple[str, str], ...] = _CDATA) -> str:
    for char, entity in table:
        if char in text:
            text = text.replace(char, entity)
    return text


def _direct_lines(graph: nx.MultiDiGraph[str]) -> list[str] | None:
    """The lines of :func:`_direct_pieces` (those :func:`_networkx_lines` gives), or None."""
    pieces = _direct_pieces(graph)
    if pieces is None:
        return None
    return [line + "\n" for line in "".join(pieces).split("\n")[:-1]]  # (it ends in "\n")


def _scalar_type(raw: Any) -> str | None:
    """The GraphML type of :func:`_scalar` of a value, without making it."""
    if isinstance(raw, (dict, tuple)):
        return "string"
    if isinstance(raw, (str, int, float)):
        return _XML_TYPES.get(type(raw))
    return "string"


def _keys(graph: nx.MultiDiGraph[str]) -> dict[tuple[str, str, str], str] | None:
    """The attribute keys GraphML declares for the graph, numbered as first used (nodes,
    then edges); None for a graph :func:`_direct_pieces` does not cover."""
    if not (graph.is_directed() and graph.is_multigraph()) or graph.graph:
        return None
    keys: dict[tuple[str, str, str], str] = {}
    for scope, items in (
        ("node", ((node, data) for node, data in graph.nodes(data=True))),
        ("edge", ((key, data) for _, _, key, data in graph.edges(keys=True, data=True))),
    ):
        for ident, attributes in items:
            if not isinstance(ident, str) or _xml(ident) != ident:
                return None
            for name, raw in attributes.items():
                xml_type = _scalar_type(raw)
                if xml_type is None:
                    return None
                keys.setdefault((str(name), xml_type, scope), f"d{len(keys)}")
    return keys


def _direct_pieces(graph: nx.MultiDiGraph[str]) -> Iterator[str] | None:
    """The bytes :func:`_networkx_lines` writes, without building two copies of the graph and
    an ElementTree, and a node or an edge at a time (the whole text of 5,000 articles' graph,
    joined and re-encoded, held five copies of 54 MB): networkx's pretty-printed
    ``tostring`` (ASCII, other characters as character references; ``splitlines``, so a CR
    in text ends a line), keys numbered as first used and listed last first. None for a
    graph it does not cover: a node id or edge key that loses characters XML cannot hold
    (two could become one), or a value of a type GraphML has no type for."""
    keys = _keys(graph)
    if keys is None:
        return None
    return _pieces(graph, keys)


def _ascii(text: str) -> str:
    """``text`` as networkx's ``tostring`` leaves it: ASCII, CRs as line ends."""
    if not text.isascii():
        text = text.encode("ascii", "xmlcharrefreplace").decode("ascii")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _pieces(graph: nx.MultiDiGraph[str], keys: dict[tuple[str, str, str], str]) -> Iterator[str]:
    def data(scope: str, attributes: dict[str, Any]) -> str:
        parts = []
        for name, raw in attributes.items():
            value = _xml(_scalar(raw))
            key = keys[(str(name), _XML_TYPES[type(value)], scope)]
            text = _escaped(str(value))
            parts.append(
                f'      <data key="{key}">{text}</data>\n'
                if text
                else f'      <data key="{key}" />\n'
            )
        return "".join(parts)

    yield _HEAD
    for (name, xml_type, scope), ident in reversed(keys.items()):
        yield _ascii(
            f'  <key id="{ident}" for="{scope}" attr.name="{_escaped(name, _ATTRIB)}"'
            f' attr.type="{xml_type}" />\n'
        )
    if graph.number_of_nodes() == 0 and graph.number_of_edges() == 0:
        yield '  <graph edgedefault="directed" />\n'
        yield "</graphml>\n"
        return
    yield '  <graph edgedefault="directed">\n'
    for node, attributes in graph.nodes(data=True):
        inner = data("node", attributes)
        ident = _escaped(node, _ATTRIB)
        yield _ascii(
            f'    <node id="{ident}">\n{inner}    </node>\n'
            if inner
            else f'    <node id="{ident}" />\n'
        )
    for u, v, key, attributes in graph.edges(keys=True, data=True):
        inner = data("edge", attributes)
        head = (
            f'    <edge source="{_escaped(u, _ATTRIB)}" target="{_escaped(v, _ATTRIB)}"'
            f' id="{_escaped(key, _ATTRIB)}"'
        )
        yield _ascii(f"{head}>\n{inner}    </edge>\n" if inner else f"{head} />\n")
    yield "  </graph>\n"
    yield "</graphml>\n"
