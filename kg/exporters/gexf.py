"""The networkx graph as GEXF 1.3, for Gephi and Gephi Lite, with a picture and a timeline.

kg writes GEXF itself: networkx's ``write_gexf`` does not produce valid 1.3 (see
tests/data/gexf-1.3/README.md). The output validates against the official RELAX NG schema,
and reads in Gephi, in graphology-gexf (the parser of Gephi Lite) and in ``nx.read_gexf``.
What each of them needs shapes it:

- One static ``<attributes>`` block per class: graphology-gexf reads only the last one.
  Attribute types are ``string`` and ``integer`` only: Gephi drops a column of type
  ``anyURI`` and networkx cannot read ``short`` or most list types. graphology keys an
  attribute by its id, networkx and Gephi by its title.
- Colours are ``r``/``g``/``b``, not ``hex`` (networkx's reader reads only ``r``/``g``/``b``),
  under the prefix ``viz``, which graphology-gexf looks for by name.
- ``timeformat="date"``: Gephi reads dates, not integer years. Each node and edge has one
  spell per year it was reported in, ``YYYY-01-01`` to ``YYYY-12-31``, so Gephi's timeline
  plays the years; one never reported has no spells. graphology-gexf ignores spells.
- Each edge has ``kind`` and ``label`` = its predicate, so Gephi keeps two edges of
  different predicates between one pair of nodes, and a stable id hashed from
  source|predicate|target, unique: graphology-gexf merges two edges that share an id, or
  throws when their ends differ.

Gephi shows a readable picture without running a layout:

- colour by kind, from the Okabe-Ito palette, which colour-blind readers tell apart
  (:data:`KIND_COLOURS`; a kind not listed takes Unknown's grey); edges by predicate
  (:data:`PREDICATE_COLOURS`);
- size ``6 + 3 * sqrt(degree)``, counting parallel edges;
- position on concentric rings (:data:`RINGS`): products inside, then people and
  organisations, then capabilities with each family just before its members, then any
  other kind. A ring's nodes are spread evenly, clockwise from the top, and its radius
  leaves :data:`SPACING` units between neighbours.

The output is deterministic: nodes sorted by id, edges by (source, target, predicate),
floats with three decimals, no timestamps.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

import networkx as nx

from kg.errors import BuildError
from kg.graph import text_attributes

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = [
    "NAMESPACE",
    "VIZ_NAMESPACE",
    "KIND_COLOURS",
    "PREDICATE_COLOURS",
    "RINGS",
    "SPACING",
    "gexf_lines",
    "build_gexf_lines",
]

NAMESPACE = "http://gexf.net/1.3"
VIZ_NAMESPACE = "http://gexf.net/1.3/viz"

RGB = tuple[int, int, int]

#: Node colour per kind (Okabe-Ito). Any other kind is drawn as Unknown.
KIND_COLOURS: Mapping[str, RGB] = MappingProxyType(
    {
        "Product": (213, 94, 0),  # vermillion
        "Person": (230, 159, 0),  # orange
        "Organization": (0, 158, 115),  # bluish green
        "Capability": (86, 180, 233),  # sky blue
        "CapabilityFamily": (0, 114, 178),  # blue
        "Unknown": (153, 153, 153),  # grey
    }
)
#: Edge colour per predicate. Any other predicate is dark grey.
PREDICATE_COLOURS: Mapping[str, RGB] = MappingProxyType(
    {
        "offers": (0, 114, 178),
        "involves": (204, 121, 167),
        "integrates": (213, 94, 0),
        "presents": (230, 159, 0),
        "leads": (0, 0, 0),
        "customer": (0, 158, 115),
        "broader": (187, 187, 187),
    }
)
_OTHER_PREDICATE: RGB = (102, 102, 102)
#: The kinds on each ring, from the centre out; kinds not listed share one more ring outside.
RINGS: tuple[tuple[str, ...], ...] = (
    ("Product",),
    ("Person", "Organization"),
    ("Capability", "CapabilityFamily"),
)
#: Distance between neighbours on a ring, and the least radius and gap between rings.
SPACING = 40.0
_FIRST_RADIUS = 100.0
_RING_GAP = 150.0

_DESCRIPTION = (
    "kg: the entities of Chinese industry news (products, capabilities and their families, "
    "people, organisations) and the facts linking them, one edge per (subject, predicate, "
    "object), with a spell for each year it was reported in. Colour: kind; size: degree; "
    "position: rings by kind."
)
_NODE_ATTRIBUTES = (
    ("kind", "kind", "string"),
    ("class", "class", "string"),
    ("label_zh", "label zh", "string"),
    ("label_en", "label en", "string"),
    ("iri", "IRI", "string"),
    ("years", "years", "string"),
)
_EDGE_ATTRIBUTES = (
    ("predicate", "predicate", "string"),
    ("years", "years", "string"),
    ("evidence", "evidence", "integer"),
)
# XML 1.0 forbids these characters outright, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Labels and edge kinds are xsd:token, whose value is whitespace-collapsed: collapse it here so
# every reader, collapsing or not, shows the same label.
_XML_SPACE = re.compile("[ \t\n\r]+")
_ENTITIES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


def build_gexf_lines(build: Build) -> Iterator[str]:
    """The build's graph (:func:`kg.graph.to_networkx`) as GEXF 1.3 text, in chunks."""
    return gexf_lines(build.graph)


def gexf_lines(graph: nx.MultiDiGraph[str]) -> Iterator[str]:
    """A kg graph as GEXF 1.3 text, one element a line.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        A graph as :func:`kg.graph.to_networkx` makes it. Node attributes ``kind``, ``cls``,
        ``label``, ``label_en``, ``iri``, ``years``, ``mentions`` (year -> count), and one
        per text predicate of the vocabulary (``roles``, ``metrics``:
        :func:`kg.graph.text_attributes`); edge attributes ``predicate`` (else the key),
        ``years`` and ``evidence``. Missing ones are left out.

    Yields
    ------
    str
        Lines of a UTF-8 GEXF document, each ending in a newline. Text that XML cannot
        hold (control characters) is dropped.

    Raises
    ------
    BuildError
        If two edges share source, predicate and target: GEXF readers would merge them.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p", kind="Product", label="视频号", years=(2022, 2023))
    >>> lines = list(gexf_lines(g))
    >>> [line.strip() for line in lines if "<spell " in line]
    ['<spell start="2022-01-01" end="2022-12-31"/>', '<spell start="2023-01-01" end="2023-12-31"/>']
    """
    years = _all_years(graph)
    texts = text_attributes()
    node_attributes = (
        *_NODE_ATTRIBUTES,
        *((f"mentions_{year}", f"mentions {year}", "integer") for year in years),
        *((attribute, attribute, "string") for attribute in texts),
    )
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield f'<gexf xmlns="{NAMESPACE}" xmlns:viz="{VIZ_NAMESPACE}" version="1.3">\n'
    yield "  <meta>\n    <creator>kg</creator>\n"
    yield f"    <description>{escape(_DESCRIPTION)}</description>\n  </meta>\n"
    yield (
        '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date"'
        ' timerepresentation="interval">\n'
    )
    yield from _declarations("node", node_attributes)
    yield from _declarations("edge", _EDGE_ATTRIBUTES)
    yield from _nodes(graph, years, texts)
    yield from _edges(graph)
    yield "  </graph>\n</gexf>\n"


def _all_years(graph: nx.MultiDiGraph[str]) -> list[int]:
    years: set[int] = set()
    for _, data in graph.nodes(data=True):
        years.update(data.get("years", ()))
        years.update(data.get("mentions", {}))
    for _, _, data in graph.edges(data=True):
        years.update(data.get("years", ()))
    return sorted(years)


def _declarations(cls: str, attributes: Iterable[tuple[str, str, str]]) -> Iterator[str]:
    yield f'    <attributes class="{cls}" mode="static">\n'
    for ident, title, datatype in attributes:
        yield f"      <attribute id={_attr(ident)} title={_attr(title)} type={_attr(datatype)}/>\n"
    yield "    </attributes>\n"


def _nodes(graph: nx.MultiDiGraph[str], years: list[int], texts: tuple[str, ...]) -> Iterator[str]:
    positions = _layout(graph)
    yield f'    <nodes count="{graph.number_of_nodes()}">\n'
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        kind = str(data.get("kind", "Unknown"))
        label = _token(data.get("label", ""))
        labelled = f" label={_attr(label)}" if label else ""
        yield f"      <node id={_attr(node)}{labelled}>\n"
        mentions = data.get("mentions", {})
        values: list[tuple[str, object]] = [
            ("kind", kind),
            ("class", data.get("cls", "")),
            ("label_zh", data.get("label", "")),
            ("label_en", data.get("label_en", "")),
            ("iri", data.get("iri", "")),
            ("years", _years(data.get("years", ()))),
            *((f"mentions_{year}", mentions.get(year, 0)) for year in years),
            *((attribute, _joined(data.get(attribute, ()))) for attribute in texts),
        ]
        yield from _attvalues(values)
        yield from _spells(data.get("years", ()))
        x, y = positions[node]
        yield _colour(KIND_COLOURS.get(kind, KIND_COLOURS["Unknown"]))
        yield f'        <viz:size value="{_fixed(6 + 3 * math.sqrt(graph.degree(node)))}"/>\n'
        yield f'        <viz:position x="{_fixed(x)}" y="{_fixed(y)}"/>\n'
        yield "      </node>\n"
    yield "    </nodes>\n"


def _edges(graph: nx.MultiDiGraph[str]) -> Iterator[str]:
    edges = sorted(
        (u, v, str(data.get("predicate", key)), data)
        for u, v, key, data in graph.edges(keys=True, data=True)
    )
    seen: set[str] = set()
    yield f'    <edges count="{len(edges)}">\n'
    for source, target, predicate, data in edges:
        ident = _edge_id(source, predicate, target)
        if ident in seen:
            raise BuildError(
                f"two edges from {source} to {target} share the predicate {predicate!r}; "
                "GEXF readers would merge them: give each (source, predicate, target) one edge"
            )
        seen.add(ident)
        evidence = int(data.get("evidence", 0))
        kind = _token(predicate)
        yield (
            f"      <edge id={_attr(ident)} source={_attr(source)} target={_attr(target)}"
            f' kind={_attr(kind)} label={_attr(kind)} weight="{max(evidence, 1)}">\n'
        )
        yield from _attvalues(
            [
                ("predicate", predicate),
                ("years", _years(data.get("years", ()))),
                ("evidence", evidence),
            ]
        )
        yield from _spells(data.get("years", ()))
        yield _colour(PREDICATE_COLOURS.get(predicate, _OTHER_PREDICATE))
        yield "      </edge>\n"
    yield "    </edges>\n"


def _edge_id(source: str, predicate: str, target: str) -> str:
    """A short id that stays the same while the edge does, whatever else changes."""
    digest = hashlib.sha256(f"{source}|{predicate}|{target}".encode()).hexdigest()
    return f"{predicate}-{digest[:12]}"


def _attvalues(values: Iterable[tuple[str, object]]) -> Iterator[str]:
    # An empty string is no value: Gephi skips it anyway, and the file stays small.
    present = [(key, value) for key, value in values if value != ""]
    if not present:
        return
    yield "        <attvalues>\n"
    for key, value in present:
        yield f"          <attvalue for={_attr(key)} value={_attr(str(value))}/>\n"
    yield "        </attvalues>\n"


def _spells(years: Iterable[int]) -> Iterator[str]:
    # The schema wants at least one spell in <spells>: no years, no element.
    years = sorted(years)
    if not years:
        return
    yield "        <spells>\n"
    for year in years:
        yield f'          <spell start="{year:04d}-01-01" end="{year:04d}-12-31"/>\n'
    yield "        </spells>\n"


def _colour(rgb: RGB) -> str:
    r, g, b = rgb
    return f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n'


def _layout(graph: nx.MultiDiGraph[str]) -> dict[str, tuple[float, float]]:
    """Concentric rings by kind (:data:`RINGS`), neighbours :data:`SPACING` apart.

    The inner ring goes in id order, each node's share of the circle as large as its
    neighbourhood. On each outer ring a node takes the place
    nearest the mean direction of its neighbours already placed (a capability sits in the
    sector of the product that offers it, a family beside its capabilities), so edges run
    outwards instead of across the picture.
    """
    ring_of = {kind: i for i, kinds in enumerate(RINGS) for kind in kinds}
    rings: list[list[str]] = [[] for _ in range(len(RINGS) + 1)]
    for node, data in graph.nodes(data=True):
        rings[ring_of.get(str(data.get("kind", "Unknown")), len(RINGS))].append(node)
    turns: dict[str, float] = {}  # clockwise from the top, in turns (0 <= t < 1)
    positions: dict[str, tuple[float, float]] = {}
    radius = 0.0
    for ring in rings:
        if not ring:
            continue
        order = _ring_order(graph, sorted(ring), turns)
        least = _FIRST_RADIUS if radius == 0.0 else radius + _RING_GAP
        radius = max(least, len(order) * SPACING / (2 * math.pi))
        for node, turn in order:
            turns[node] = turn
            angle = math.pi / 2 - 2 * math.pi * turn
            positions[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return positions


def _ring_order(
    graph: nx.MultiDiGraph[str], ring: list[str], placed: dict[str, float]
) -> list[tuple[str, float]]:
    """Evenly spaced turns for a ring, in the order of each node's preferred direction."""
    wanted: dict[str, float] = {}
    for _ in range(2):  # a second pass lets a family follow capabilities of its own ring
        for node in ring:
            if node in wanted:
                continue
            # Sorted neighbours: the float sums, and so the order, never depend on how the
            # graph was built.
            near = [
                placed.get(other, wanted.get(other))
                for other in sorted(set(nx.all_neighbors(graph, node)))
                if other != node
            ]
            turn = _mean_turn([t for t in near if t is not None])
            if turn is not None:
                wanted[node] = turn
    if not wanted:
        return _weighted_turns(graph, ring)
    # Nodes with no placed neighbour keep their id order after the others.
    fallback = {node: i / len(ring) for i, node in enumerate(ring)}
    ordered = sorted(ring, key=lambda n: (n not in wanted, wanted.get(n, fallback[n]), n))
    count = len(ordered)
    shift = _mean_turn(
        [(wanted[n] - i / count) % 1.0 for i, n in enumerate(ordered) if n in wanted]
    )
    return [(n, (i / count + (shift or 0.0)) % 1.0) for i, n in enumerate(ordered)]


def _weighted_turns(graph: nx.MultiDiGraph[str], ring: list[str]) -> list[tuple[str, float]]:
    """The inner ring: each node gets a share of the circle as large as its neighbourhood,
    so the outer ring's fan of capabilities around a product stays in front of it."""
    weights = [1 + len(set(nx.all_neighbors(graph, node))) for node in ring]
    total = sum(weights)
    turns, start = [], 0.0
    for node, weight in zip(ring, weights, strict=True):
        turns.append((node, (start + weight / 2) / total))
        start += weight
    return turns


def _mean_turn(turns: list[float]) -> float | None:
    """The circular mean of directions given in turns, or None if they cancel out."""
    if not turns:
        return None
    x = sum(math.cos(2 * math.pi * t) for t in turns)
    y = sum(math.sin(2 * math.pi * t) for t in turns)
    if abs(x) < 1e-9 and abs(y) < 1e-9:
        return None
    return (math.atan2(y, x) / (2 * math.pi)) % 1.0


def _years(years: Iterable[int]) -> str:
    return ";".join(str(y) for y in sorted(years))


def _joined(items: Iterable[tuple[Any, ...]]) -> str:
    """Titles and metrics as in GraphML: ``2023:腾讯公司副总裁;...``."""
    return ";".join(":".join(str(part) for part in item) for item in items)


def _fixed(value: float) -> str:
    text = f"{value:.3f}"
    return "0.000" if text == "-0.000" else text


def _token(value: object) -> str:
    return _XML_SPACE.sub(" ", _NOT_XML.sub("", str(value))).strip()


def _attr(value: object) -> str:
    """``value`` as a double-quoted XML attribute value, characters XML forbids dropped."""
    return '"' + escape(_NOT_XML.sub("", str(value)), _ENTITIES) + '"'
