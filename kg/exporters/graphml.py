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
    """The build's graph as GraphML text: lines, or the whole text at once."""
    text = _direct_text(build.graph)
    if text is None:  # a graph the direct writer does not cover: networkx's writer
        yield from _networkx_lines(build.graph)
    else:
        yield text


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
    """The lines of :func:`_direct_text` (those :func:`_networkx_lines` gives), or None."""
    text = _direct_text(graph)
    if text is None:
        return None
    return [line + "\n" for line in text.split("\n")[:-1]]  # (the text ends in "\n")


def _direct_text(graph: nx.MultiDiGraph[str]) -> str | None:
    """The bytes :func:`_networkx_lines` writes, without building two copies of the graph and
    an ElementTree: networkx's pretty-printed ``tostring`` (ASCII, other characters as
    character references; ``splitlines``, so a CR in text ends a line), keys numbered as
    first used and listed last first. None for a graph it does not cover: a node id or edge
    key that loses characters XML cannot hold (two could become one), or a value of a type
    GraphML has no type for. (Whole: split into lines, it would only be joined again.)"""
    if not (graph.is_directed() and graph.is_multigraph()) or graph.graph:
        return None
    keys: dict[tuple[str, str, str], str] = {}
    body: list[str] = []

    def data(scope: str, attributes: dict[str, Any]) -> str | None:
        parts = []
        for name, raw in attributes.items():
            value = _xml(_scalar(raw))
            xml_type = _XML_TYPES.get(type(value))
            if xml_type is None:
                return None
            key = keys.setdefault((str(name), xml_type, scope), f"d{len(keys)}")
            text = _escaped(str(value))
            parts.append(
                f'      <data key="{key}">{text}</data>\n'
                if text
                else f'      <data key="{key}" />\n'
            )
        return "".join(parts)

    for node, attributes in graph.nodes(data=True):
        if not isinstance(node, str) or _xml(node) != node:
            return None
        inner = data("node", attributes)
        if inner is None:
            return None
        ident = _escaped(node, _ATTRIB)
        body.append(
            f'    <node id="{ident}">\n{inner}    </node>\n'
            if inner
            else f'    <node id="{ident}" />\n'
        )
    for u, v, key, attributes in graph.edges(keys=True, data=True):
        if not isinstance(key, str) or _xml(key) != key:
            return None
        inner = data("edge", attributes)
        if inner is None:
            return None
        head = (
            f'    <edge source="{_escaped(u, _ATTRIB)}" target="{_escaped(v, _ATTRIB)}"'
            f' id="{_escaped(key, _ATTRIB)}"'
        )
        body.append(f"{head}>\n{inner}    </edge>\n" if inner else f"{head} />\n")
    declared = [
        f'  <key id="{ident}" for="{scope}" attr.name="{_escaped(name, _ATTRIB)}"'
        f' attr.type="{xml_type}" />\n'
        for (name, xml_type, scope), ident in reversed(keys.items())
    ]
    graph_element = (
        '  <graph edgedefault="directed">\n' + "".join(body) + "  </graph>\n"
        if body
        else '  <graph edgedefault="directed" />\n'
    )
    text = _HEAD + "".join(declared) + graph_element + "</graphml>\n"
    text = text.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return text.replace("\r\n", "\n").replace("\r", "\n")
