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
- size ``6 + 3 * sqrt(degree)``, counting parallel edges (the radius, as Gephi and sigma.js
  read it);
- position by ForceAtlas2 (networkx's ``forceatlas2_layout``, Gephi's own algorithm, with
  node sizes taken into account), started from concentric rings by kind (:data:`RINGS`:
  products inside, then people and organisations, then capabilities with each family just
  before its members), so that each product's capabilities gather around it. Its cost grows
  with the square of the nodes: a graph of more than :data:`FORCE_LAYOUT_MAX_NODES` keeps
  the rings. Either way no two nodes overlap (:func:`separate`).

For each year the build covers, each node and edge has a static attribute ``status YYYY``:
``new`` (reported that year, not in the year before it that the build covers), ``kept``,
``dropped`` (reported the year before, not that year) or ``absent``; Gephi's partition
colouring on it shows a year's changes in two clicks. ``first year``, ``last year`` and
``years`` are static copies of the spells for readers without a timeline (Gephi Lite); each
edge carries its first evidence sentence.

The output is deterministic: nodes sorted by id, edges by (source, target, predicate),
floats with three decimals, no timestamps.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
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
    "FORCE_LAYOUT_MAX_NODES",
    "separate",
    "layout",
    "rings",
    "statuses",
    "all_years",
    "node_size",
    "OTHER_PREDICATE_COLOUR",
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
OTHER_PREDICATE_COLOUR: RGB = (102, 102, 102)
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

#: Above this many nodes the rings are kept: networkx's ForceAtlas2 takes memory and time in
#: the square of the nodes.
FORCE_LAYOUT_MAX_NODES = 600
#: ForceAtlas2's iterations: as many as :data:`_LAYOUT_BUDGET` / nodes² allows, within these.
#: Started from the rings, 200 iterations gather the seeds' capabilities round their products
#: better than 1,000 (49 of 55 nearest their own product against 42) in a fifth of the time
#: (0.12 s); at 600 nodes the 50 iterations take about 0.7 s.
_LAYOUT_ITERATIONS = (50, 200)
_LAYOUT_BUDGET = 2e6
#: Room left between two nodes' circles.
_MARGIN = 2.0

_DESCRIPTION = (
    "kg: the entities of Chinese industry news (products, capabilities and their families, "
    "people, organisations) and the facts linking them, one edge per (subject, predicate, "
    "object), with a spell for each year it was reported in, and its status per year (new, "
    "kept, dropped, absent). Colour: kind; size: degree; position: ForceAtlas2."
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
    ("sentence", "evidence sentence", "string"),
)
_SPAN_ATTRIBUTES = (("first_year", "first year", "integer"), ("last_year", "last year", "integer"))
NEW, KEPT, DROPPED, ABSENT = "new", "kept", "dropped", "absent"
# XML 1.0 forbids these characters outright, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Labels and edge kinds are xsd:token, whose value is whitespace-collapsed: collapse it here so
# every reader, collapsing or not, shows the same label.
_XML_SPACE = re.compile("[ \t\n\r]+")
_ENTITIES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
# What _attr would change: a character it escapes (escape's &, <, >, then _ENTITIES) or drops.
_SPECIAL = re.compile('[&<>"\t\n\r]|' + _NOT_XML.pattern)


def build_gexf_lines(build: Build) -> Iterator[str]:
    """The build's graph (:func:`kg.graph.to_networkx`) as GEXF 1.3 text, in chunks (a
    node or an edge each: a writer joins them again, and a graph has half a million lines)."""
    return _gexf_chunks(build.graph)


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
    for chunk in _gexf_chunks(graph):
        # (a value's line ends are written as &#10; and &#13;: each "\n" ends a line)
        lines = chunk.split("\n")
        for line in lines[:-1]:
            yield line + "\n"


def _gexf_chunks(graph: nx.MultiDiGraph[str]) -> Iterator[str]:
    """The text of :func:`gexf_lines`, a node or an edge a chunk."""
    years = all_years(graph)
    texts = text_attributes()
    statuses = tuple((f"status_{year}", f"status {year}", "string") for year in years)
    node_attributes = (
        *_NODE_ATTRIBUTES,
        *_SPAN_ATTRIBUTES,
        *statuses,
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
    yield from _declarations("edge", (*_EDGE_ATTRIBUTES, *_SPAN_ATTRIBUTES, *statuses))
    yield from _nodes(graph, years, texts)
    yield from _edges(graph, years)
    yield "  </graph>\n</gexf>\n"


def all_years(graph: nx.MultiDiGraph[str]) -> list[int]:
    """Every year a node or edge of ``graph`` was reported in, sorted: the build's years."""
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


def statuses(reported: Iterable[int], years: list[int]) -> list[tuple[str, str]]:
    """``status YYYY`` for each year the build covers: new, kept, dropped or absent, against
    the year before it that the build covers.

    >>> [status for _, status in statuses((2022, 2023), [2021, 2022, 2023, 2024])]
    ['absent', 'new', 'kept', 'dropped']
    """
    seen = set(reported)
    out = []
    for i, year in enumerate(years):
        before = i > 0 and years[i - 1] in seen
        now = year in seen
        status = (KEPT if before else NEW) if now else (DROPPED if before else ABSENT)
        out.append((f"status_{year}", status))
    return out


def _span(reported: Iterable[int]) -> list[tuple[str, object]]:
    years = sorted(reported)
    return [("first_year", years[0] if years else ""), ("last_year", years[-1] if years else "")]


def node_size(graph: nx.MultiDiGraph[str], node: str) -> float:
    """A node's radius: ``6 + 3 * sqrt(degree)``, parallel edges counted."""
    return round(6 + 3 * math.sqrt(graph.degree(node)), 3)


def _nodes(graph: nx.MultiDiGraph[str], years: list[int], texts: tuple[str, ...]) -> Iterator[str]:
    dated = _Dated(years)
    sizes = {node: node_size(graph, node) for node in graph}
    positions = separate(layout(graph, sizes), sizes)
    yield f'    <nodes count="{graph.number_of_nodes()}">\n'
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        kind = str(data.get("kind", "Unknown"))
        label = _token(data.get("label", ""))
        labelled = f" label={_attr(label)}" if label else ""
        mentions = data.get("mentions", {})
        reported, span, spells = dated(data.get("years", ()))
        lines = [
            *_attvalue_lines(
                [
                    ("kind", kind),
                    ("class", data.get("cls", "")),
                    ("label_zh", data.get("label", "")),
                    ("label_en", data.get("label_en", "")),
                    ("iri", data.get("iri", "")),
                ]
            ),
            *reported,
            *span,
            *_attvalue_lines(
                [
                    *((f"mentions_{year}", mentions.get(year, 0)) for year in years),
                    *((attribute, _joined(data.get(attribute, ()))) for attribute in texts),
                ]
            ),
        ]
        x, y = positions[node]
        yield "".join(
            [
                f"      <node id={_attr(node)}{labelled}>\n",
                *_attvalues(lines),
                *spells,
                _colour(KIND_COLOURS.get(kind, KIND_COLOURS["Unknown"])),
                f'        <viz:size value="{_fixed(sizes[node])}"/>\n',
                f'        <viz:position x="{_fixed(x)}" y="{_fixed(y)}"/>\n',
                "      </node>\n",
            ]
        )
    yield "    </nodes>\n"


def _edges(graph: nx.MultiDiGraph[str], years: list[int]) -> Iterator[str]:
    edges = sorted(
        (u, v, str(data.get("predicate", key)), data)
        for u, v, key, data in graph.edges(keys=True, data=True)
    )
    seen: set[str] = set()
    dated = _Dated(years)
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
        head = (
            f"      <edge id={_attr(ident)} source={_attr(source)} target={_attr(target)}"
            f' kind={_attr(kind)} label={_attr(kind)} weight="{max(evidence, 1)}">\n'
        )
        reported, span, spells = dated(data.get("years", ()))
        lines = [
            *_attvalue_lines([("predicate", predicate)]),
            *reported,
            *_attvalue_lines([("evidence", evidence), ("sentence", data.get("sentence", ""))]),
            *span,
        ]
        yield "".join(
            [
                head,
                *_attvalues(lines),
                *spells,
                _colour(PREDICATE_COLOURS.get(predicate, OTHER_PREDICATE_COLOUR)),
                "      </edge>\n",
            ]
        )
    yield "    </edges>\n"


def _edge_id(source: str, predicate: str, target: str) -> str:
    """A short id that stays the same while the edge does, whatever else changes."""
    digest = hashlib.sha256(f"{source}|{predicate}|{target}".encode()).hexdigest()
    return f"{predicate}-{digest[:12]}"


def _attvalue_lines(values: Iterable[tuple[str, object]]) -> list[str]:
    # An empty string is no value: Gephi skips it anyway, and the file stays small.
    return [
        f"          <attvalue for={_key(key)} value={_attr(value)}/>\n"
        for key, value in values
        if value != ""
    ]


def _attvalues(lines: list[str]) -> list[str]:
    return ["        <attvalues>\n", *lines, "        </attvalues>\n"] if lines else []


class _Dated:
    """What a node or edge writes of the years it was reported in (its ``years`` value, its
    span and status per year, its spells), made once per distinct set of years: a graph has
    thousands of edges and few such sets."""

    def __init__(self, years: list[int]) -> None:
        self.years = years
        self._made: dict[tuple[int, ...], tuple[list[str], list[str], list[str]]] = {}

    def __call__(self, reported: Iterable[int]) -> tuple[list[str], list[str], list[str]]:
        """``years``'s attvalue lines, the span's and statuses' lines, the spells."""
        key = tuple(sorted(reported))
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = (
                _attvalue_lines([("years", _years(key))]),
                _attvalue_lines([*_span(key), *statuses(key, self.years)]),
                list(_spells(key)),
            )
        return made


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


def layout(
    graph: nx.MultiDiGraph[str], sizes: Mapping[str, float]
) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 from the rings (:func:`rings`), seeded, so the same graph always gets the
    same picture; the rings alone above :data:`FORCE_LAYOUT_MAX_NODES` nodes."""
    start = rings(graph)
    count = graph.number_of_nodes()
    if count < 3 or count > FORCE_LAYOUT_MAX_NODES:
        return start
    import numpy as np

    simple: nx.Graph[str] = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    # One edge per pair of nodes, weighed by the edges between them either way: parallel
    # edges pull harder.
    weights = Counter((u, v) if u < v else (v, u) for u, v in graph.edges() if u != v)
    simple.add_edges_from((u, v, {"weight": w}) for (u, v), w in sorted(weights.items()))
    low, high = _LAYOUT_ITERATIONS
    iterations = max(low, min(high, int(_LAYOUT_BUDGET / count**2)))
    found = nx.forceatlas2_layout(
        simple,
        pos={node: np.array(start[node]) for node in simple},
        max_iter=iterations,
        scaling_ratio=10.0,
        gravity=1.0,
        node_size=dict(sizes),
        weight="weight",
        seed=1,
    )
    return {node: (float(found[node][0]), float(found[node][1])) for node in sorted(found)}


def separate(
    positions: Mapping[str, tuple[float, float]], sizes: Mapping[str, float]
) -> dict[str, tuple[float, float]]:
    """``positions`` moved as little as needed for no two nodes' circles (radius: their size)
    to overlap, :data:`_MARGIN` between them.

    Overlapping pairs are pushed apart along the line between them, in a fixed order, pass
    after pass; pairs are found in a grid of cells as wide as the largest circle, so a pass
    costs little more than the nodes, and a pass checks only the pairs near enough to meet
    (:class:`_Near`). Should passes not settle, the whole picture is spread out a little and
    the passes start again, which always ends."""
    pos = {node: [x, y] for node, (x, y) in sorted(positions.items())}
    if len(pos) < 2:
        return {node: (x, y) for node, (x, y) in pos.items()}
    cell = 2 * max(sizes[node] for node in pos) + _MARGIN
    for _ in range(100):
        near = _Near(pos, sizes, cell)
        for _ in range(50):
            if not near.push_apart():
                return {node: (x, y) for node, (x, y) in pos.items()}
        for point in pos.values():
            point[0] *= 1.1
            point[1] *= 1.1
    raise BuildError("the graph's nodes could not be laid out without overlapping")


class _Near:
    """:func:`_push_apart`, pass for pass, with the same moves in the same order, but each
    node checked only against the nodes that can overlap it (a Verlet list).

    The pairs closer than their sum of sizes and margin plus a skin are listed, and each pass
    checks only those, in the order :func:`_push_apart` checks them (by the grid of the pass,
    cell by cell, then in node order). A pair left out was a skin further apart when listed,
    and is still further apart than it needs while no node has moved more than a little under
    half the skin since: its check would have moved nothing. After every move both nodes'
    distances from where they were listed are checked; a pass in which one went too far is
    undone and made again by :func:`_push_apart`, and the pairs are listed again. Most of the
    50 passes move nodes by a fraction of the skin, and check a tenth of the pairs.
    """

    def __init__(self, pos: dict[str, list[float]], sizes: Mapping[str, float], cell: float):
        self.pos, self.sizes, self.cell = pos, sizes, cell
        self.nodes = list(pos)
        self.points = list(pos.values())
        self.size = [sizes[node] for node in self.nodes]
        self.skin = cell / 4
        self.pairs: list[list[int]] | None = None
        self.anchors: list[tuple[float, float]] = []
        self.exact = 0  # passes left to make with _push_apart (nodes moving far)
        # (a point or size that is not finite is no distance to list by: every pair checked)
        values = [*self.size, *(c for point in self.points for c in point)]
        self.listable = all(map(math.isfinite, values))

    def _list(self) -> None:
        """List, for each node, the later nodes (in node order) that may come to overlap it."""
        floor, hypot, margin, skin = math.floor, math.hypot, _MARGIN, self.skin
        width = self.cell + skin  # (no pair this far apart is listed)
        points, size = self.points, self.size
        self.anchors = [(x, y) for x, y in points]
        grid: dict[tuple[int, int], list[int]] = {}
        for j, (x, y) in enumerate(self.anchors):
            grid.setdefault((floor(x / width), floor(y / width)), []).append(j)
        pairs: list[list[int]] = []
        for i, (x, y) in enumerate(self.anchors):
            gx, gy = floor(x / width), floor(y / width)
            reach = size[i] + margin + skin
            pairs.append(
                [
                    j
                    for dx in (-1, 0, 1)
                    for dy in (-1, 0, 1)
                    for j in grid.get((gx + dx, gy + dy), ())
                    if j > i
                    and hypot(self.anchors[j][0] - x, self.anchors[j][1] - y) < reach + size[j]
                ]
            )
        self.pairs = pairs

    def push_apart(self) -> bool:
        """One pass of :func:`separate`; whether it moved anything."""
        if self.exact or not self.listable:
            self.exact = max(0, self.exact - 1)
            self.pairs = None
            return _push_apart(self.pos, self.sizes, self.cell)
        if self.pairs is None:
            self._list()
        points = self.points
        before = [(x, y) for x, y in points]
        moved = self._pass()
        if moved is None:  # a node went too far: the pass again, checking every pair
            for point, (x, y) in zip(points, before, strict=True):
                point[0], point[1] = x, y
            self.pairs, self.exact = None, 2
            return _push_apart(self.pos, self.sizes, self.cell)
        return moved

    def _pass(self) -> bool | None:
        """The pass over the listed pairs; None once a node has moved too far for them."""
        floor, hypot, margin, cell = math.floor, math.hypot, _MARGIN, self.cell
        points, size, nodes, anchors = self.points, self.size, self.nodes, self.anchors
        assert self.pairs is not None
        far = 0.45 * self.skin
        # Each node's cell at the start of the pass (the grid _push_apart builds).
        keys = [(floor(x / cell), floor(y / cell)) for x, y in points]
        moved = False
        for i, later in enumerate(self.pairs):
            if not later:
                continue
            a = points[i]
            gx, gy = floor(a[0] / cell), floor(a[1] / cell)
            # (the order _push_apart meets them in: its 3 x 3 cells in turn, then node order)
            order = sorted(
                (keys[j][0] - gx, keys[j][1] - gy, j)
                for j in later
                if -1 <= keys[j][0] - gx <= 1 and -1 <= keys[j][1] - gy <= 1
            )
            size_a = size[i]
            for _, _, j in order:
                b = points[j]
                need = size_a + size[j] + margin
                ddx, ddy = b[0] - a[0], b[1] - a[1]
                dist = hypot(ddx, ddy)
                if dist >= need:
                    continue
                _push(a, b, ddx, ddy, dist, need, nodes[i], nodes[j])
                moved = True
                for k, point in ((i, a), (j, b)):
                    x0, y0 = anchors[k]
                    if hypot(point[0] - x0, point[1] - y0) >= far:
                        return None
        return moved


def _push_apart(pos: dict[str, list[float]], sizes: Mapping[str, float], cell: float) -> bool:
    """One pass of :func:`separate`; whether it moved anything."""
    floor, hypot, margin = math.floor, math.hypot, _MARGIN
    # Each cell's nodes, with their points (moved in place) and sizes, looked up once a pass.
    grid: dict[tuple[int, int], list[tuple[str, list[float], float]]] = {}
    for node, point in pos.items():
        x, y = point
        grid.setdefault((floor(x / cell), floor(y / cell)), []).append((node, point, sizes[node]))
    # The nodes of a cell and its eight neighbours, in the order the cells are visited.
    around: dict[tuple[int, int], list[tuple[str, list[float], float]]] = {}
    moved = False
    for node, a in pos.items():
        size = sizes[node]
        key = (floor(a[0] / cell), floor(a[1] / cell))
        near = around.get(key)
        if near is None:
            gx, gy = key
            near = around[key] = [
                each
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for each in grid.get((gx + dx, gy + dy), ())
            ]
        for other, b, other_size in near:
            if other <= node:
                continue
            need = size + other_size + margin
            ddx, ddy = b[0] - a[0], b[1] - a[1]
            dist = hypot(ddx, ddy)
            if dist >= need:
                continue
            _push(a, b, ddx, ddy, dist, need, node, other)
            moved = True
    return moved


def _push(
    a: list[float],
    b: list[float],
    ddx: float,
    ddy: float,
    dist: float,
    need: float,
    node: str,
    other: str,
) -> None:
    """Move ``a`` and ``b`` (``dist`` apart, ``ddx``, ``ddy`` from ``a`` to ``b``) each half of
    what keeps them from ``need``, along the line between them; two nodes at the same place
    along a direction drawn from their names."""
    if dist < 1e-9:
        angle = int(hashlib.sha256(f"{node}|{other}".encode()).hexdigest()[:8], 16)
        ddx, ddy, dist = math.cos(angle), math.sin(angle), 1.0
    push = (need - dist) / 2 + 1e-6
    ux, uy = ddx / dist, ddy / dist
    a[0] -= ux * push
    a[1] -= uy * push
    b[0] += ux * push
    b[1] += uy * push


def rings(graph: nx.MultiDiGraph[str]) -> dict[str, tuple[float, float]]:
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


@lru_cache(maxsize=1024)
def _key(name: str) -> str:
    """An attribute's id as an XML attribute value (they are few, and written often)."""
    return _attr(name)


def _attr(value: object) -> str:
    """``value`` as a double-quoted XML attribute value, characters XML forbids dropped."""
    text = str(value)
    if _SPECIAL.search(text) is None:  # most values: nothing to drop or escape
        return '"' + text + '"'
    return '"' + escape(_NOT_XML.sub("", text), _ENTITIES) + '"'
