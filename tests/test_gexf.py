"""GEXF 1.3: valid against the official schema, read alike by Gephi Lite's parser and networkx.

The schema is the official RELAX NG of GEXF 1.3 (tests/data/gexf-1.3). Gephi Lite's parser is
graphology-gexf, run in node by tests/js/parse-gexf.js; its packages are installed by
``bash tests/tools/install.sh`` (``npm ci --prefix tests/js``).
"""

from __future__ import annotations

import doctest
import json
import math
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from lxml import etree

from kg.errors import BuildError
from kg.exporters import atomic_write, gexf
from kg.graph import to_networkx
from kg.pipeline import Build

TESTS = Path(__file__).resolve().parent
SCHEMA = TESTS / "data" / "gexf-1.3" / "gexf.rng"
JS = TESTS / "js"
INSTALL = "bash tests/tools/install.sh"
NS = {"g": gexf.NAMESPACE, "viz": gexf.VIZ_NAMESPACE}

CHANNELS = "https://kg.example/id/product/channels"
ZHANG_YING = "https://kg.example/id/person/zhang-ying"
COUPONS = "https://kg.example/id/family/coupons"


@pytest.fixture(scope="module")
def graph(seed_build: Build) -> nx.MultiDiGraph[str]:
    """The networkx graph of the seed build: what the GEXF must carry."""
    return to_networkx(seed_build.facts, seed_build.ontology)


@pytest.fixture(scope="module")
def seed_gexf(seed_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed build written as GEXF, the way the exporters write every format."""
    path = tmp_path_factory.mktemp("gexf") / "kg.gexf"
    atomic_write(path, gexf.build_gexf_lines(seed_build))
    return path


def _assert_valid(path: Path) -> etree._ElementTree:
    schema = etree.RelaxNG(etree.parse(str(SCHEMA)))
    doc = etree.parse(str(path))
    assert schema.validate(doc), f"{path} is not valid GEXF 1.3:\n{schema.error_log}"
    return doc


def _node_executable() -> str:
    beside_python = shutil.which("node", path=str(Path(sys.executable).parent))
    found = beside_python or shutil.which("node")
    if found is None:
        pytest.fail(
            f"node is not installed next to {sys.executable} nor on PATH; "
            f"run the test-tools install step: {INSTALL}"
        )
    return found


def _parse_gexf_js(path: Path, *nodes: str) -> subprocess.CompletedProcess[str]:
    """Run tests/js/parse-gexf.js; fail, saying how to install it, when node or it is missing."""
    node = _node_executable()
    if not (JS / "node_modules" / "graphology-gexf").is_dir():
        pytest.fail(
            f"{JS / 'node_modules'} lacks graphology-gexf; "
            f"run the test-tools install step: {INSTALL}"
        )
    return subprocess.run(
        [node, str(JS / "parse-gexf.js"), str(path), *nodes],
        capture_output=True,
        text=True,
        check=False,
    )


def _graphology(path: Path, *nodes: str) -> dict[str, Any]:
    """What graphology-gexf reads from ``path``, with the attributes of ``nodes``."""
    result = _parse_gexf_js(path, *nodes)
    assert result.returncode == 0, f"graphology-gexf could not read {path}:\n{result.stderr}"
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def _years(years: tuple[int, ...]) -> str:
    return ";".join(map(str, years))


def _spells(years: tuple[int, ...]) -> list[tuple[str, str]]:
    return [(f"{y}-01-01", f"{y}-12-31") for y in years]


def _attvalues(element: etree._Element) -> dict[str, str]:
    return {a.get("for"): a.get("value") for a in element.iterfind("g:attvalues/g:attvalue", NS)}


# 1. The official schema


def test_the_seed_graph_validates_against_the_official_relax_ng_schema(seed_gexf: Path) -> None:
    doc = _assert_valid(seed_gexf)
    assert doc.getroot().get("version") == "1.3"


def test_the_schema_is_no_rubber_stamp(seed_gexf: Path, tmp_path: Path) -> None:
    # <spells> needs one <spell> at least: why a node never reported has no <spells>.
    text = seed_gexf.read_text(encoding="utf-8")
    broken = tmp_path / "broken.gexf"
    broken.write_text(text.replace("<spells>", "<spells></spells><spells>", 1), encoding="utf-8")
    schema = etree.RelaxNG(etree.parse(str(SCHEMA)))
    assert not schema.validate(etree.parse(str(broken)))


# 2. Gephi Lite's parser, strict


def test_graphology_gexf_reads_every_node_and_parallel_edge(
    seed_gexf: Path, graph: nx.MultiDiGraph[str]
) -> None:
    pairs = Counter((u, v) for u, v in graph.edges())
    assert max(pairs.values()) > 1, "the seeds should give two predicates between one pair"
    read = _graphology(seed_gexf, CHANNELS, ZHANG_YING)
    assert (read["nodes"], read["edges"]) == (graph.number_of_nodes(), graph.number_of_edges())
    assert (read["type"], read["multi"]) == ("directed", True)
    assert read["edgeKinds"] == dict(Counter(k for _, _, k in graph.edges(keys=True)))
    channels = read["attributes"][CHANNELS]
    assert channels["label"] == "视频号"
    assert channels["kind"] == "Product"
    assert channels["color"] == "rgb(213,94,0)"
    assert channels["mentions_2023"] == graph.nodes[CHANNELS]["mentions"][2023]
    assert channels["size"] > read["attributes"][ZHANG_YING]["size"] > 6
    assert isinstance(channels["x"], int | float) and isinstance(channels["y"], int | float)
    assert read["attributes"][ZHANG_YING]["roles"] == "2023:腾讯公司副总裁"


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ('target="https://kg.example/id/product/channels"', 'target="nowhere"'),
        ('label="视频号"', "label=视频号"),
    ],
    ids=["edge-to-unknown-node", "unquoted-attribute"],
)
def test_the_graphology_script_is_strict(
    seed_gexf: Path, tmp_path: Path, wrong: str, right: str
) -> None:
    text = seed_gexf.read_text(encoding="utf-8")
    assert wrong in text
    broken = tmp_path / "broken.gexf"
    broken.write_text(text.replace(wrong, right, 1), encoding="utf-8")
    result = _parse_gexf_js(broken)
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith("parse-gexf: ")


# 3. networkx reads it back


def test_networkx_reads_back_the_same_nodes_edges_and_years(
    seed_gexf: Path, graph: nx.MultiDiGraph[str]
) -> None:
    read = nx.read_gexf(seed_gexf)
    assert isinstance(read, nx.MultiDiGraph)
    assert set(read.nodes) == set(graph.nodes)
    for node, data in graph.nodes(data=True):
        got = read.nodes[node]
        assert got["label"] == data["label"]
        assert got["kind"] == data["kind"]
        assert got.get("years", "") == _years(data["years"])
        assert got.get("spells", []) == _spells(data["years"])
    assert Counter(read.edges()) == Counter(graph.edges())
    expected = {(u, v, d["predicate"]): d for u, v, d in graph.edges(data=True)}
    got_edges = {(u, v, d["label"]): d for u, v, d in read.edges(data=True)}
    assert got_edges.keys() == expected.keys()
    for key, data in expected.items():
        got = got_edges[key]
        assert got["predicate"] == key[2]
        assert got["years"] == _years(data["years"])
        assert got["spells"] == _spells(data["years"])
        assert got["evidence"] == data["evidence"]
        assert got["weight"] == max(data["evidence"], 1)


# 4. Deterministic, drawn, on a timeline


def test_two_writes_are_byte_identical_whatever_the_insertion_order(
    seed_build: Build, graph: nx.MultiDiGraph[str]
) -> None:
    first = "".join(gexf.build_gexf_lines(seed_build))
    assert "".join(gexf.build_gexf_lines(seed_build)) == first
    reverse: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    reverse.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reverse.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert "".join(gexf.gexf_lines(reverse)) == first


def test_colours_tell_kinds_apart_and_every_node_has_a_place(seed_gexf: Path) -> None:
    doc = etree.parse(str(seed_gexf))
    colours: dict[str, set[tuple[str, ...]]] = {}
    places = set()
    for node in doc.iterfind(".//g:node", NS):
        kind = _attvalues(node)["kind"]
        colour = node.find("viz:color", NS)
        colours.setdefault(kind, set()).add(tuple(colour.get(c) for c in "rgb"))
        (position,) = node.findall("viz:position", NS)
        places.add((float(position.get("x")), float(position.get("y"))))
    assert set(colours) == {"Product", "Capability", "CapabilityFamily", "Person", "Organization"}
    assert all(len(c) == 1 for c in colours.values()), colours
    assert len({c.pop() for c in colours.values()}) == len(colours)
    assert len(places) == len(doc.findall(".//g:node", NS)), "two nodes share a position"


def _circles(doc: Any) -> dict[str, tuple[float, float, float]]:
    out = {}
    for node in doc.iterfind(".//g:node", NS):
        p, size = node.find("viz:position", NS), node.find("viz:size", NS)
        out[node.get("id")] = (float(p.get("x")), float(p.get("y")), float(size.get("value")))
    return out


def _overlaps(circles: dict[str, tuple[float, float, float]]) -> list[tuple[str, str]]:
    items = sorted(circles.items())
    return [
        (a, b)
        for i, (a, (xa, ya, ra)) in enumerate(items)
        for b, (xb, yb, rb) in items[i + 1 :]
        if math.hypot(xa - xb, ya - yb) < ra + rb
    ]


def test_no_two_nodes_overlap(seed_gexf: Path) -> None:
    """Sizes are radii, as Gephi and sigma.js read them: no two circles may overlap (the ring
    layout stacked 微信, 腾讯视频 and 服务号 on each other)."""
    assert _overlaps(_circles(etree.parse(str(seed_gexf)))) == []


def test_capabilities_gather_round_the_product_that_offers_them(
    seed_gexf: Path, graph: nx.MultiDiGraph[str]
) -> None:
    circles = _circles(etree.parse(str(seed_gexf)))
    products = [n for n, kind in graph.nodes(data="kind") if kind == "Product"]

    def nearest(node: str) -> str:
        x, y, _ = circles[node]
        return min(products, key=lambda p: math.hypot(circles[p][0] - x, circles[p][1] - y))

    offered: dict[str, set[str]] = {}
    for source, target, key in graph.edges(keys=True):
        if key == "offers":
            offered.setdefault(target, set()).add(source)
    single = {c: next(iter(ps)) for c, ps in offered.items() if len(ps) == 1}
    near = sum(nearest(c) == p for c, p in single.items())
    # ForceAtlas2 gathers each product's capabilities round it: at least two in three sit
    # nearer their product than any other (one in nine by chance).
    assert near >= 2 * len(single) / 3, (near, len(single))


def test_a_graph_too_large_for_forceatlas2_keeps_the_rings_without_overlap() -> None:
    """Above FORCE_LAYOUT_MAX_NODES the rings stay (ForceAtlas2's cost is quadratic), hubs
    as large as their degree makes them are still pushed apart."""
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    hubs = [f"p{i}" for i in range(12)]
    for hub in hubs:
        g.add_node(hub, kind="Product", label=hub, years=(2023,))
    for i in range(gexf.FORCE_LAYOUT_MAX_NODES):
        cap = f"c{i:04d}"
        g.add_node(cap, kind="Capability", label=cap, years=(2023,))
        g.add_edge(hubs[i % 3], cap, key="offers", predicate="offers", years=(2023,))
    doc = etree.fromstring("".join(gexf.gexf_lines(g)).encode())
    circles = _circles(doc)
    assert len(circles) == g.number_of_nodes()
    assert _overlaps(circles) == []
    radii = {round(math.hypot(x, y)) for n, (x, y, _) in circles.items() if n.startswith("c")}
    assert len(radii) < len(circles) / 10  # still rings, not a force layout


def test_each_year_has_a_status_for_every_node_and_edge(seed_gexf: Path) -> None:
    """Gephi's partition colouring on ``status 2023`` shows what 2023 added and dropped."""
    doc = etree.parse(str(seed_gexf))
    declared = {a.get("title") for a in doc.iterfind(".//g:attribute", NS)}
    assert {
        "status 2022",
        "status 2023",
        "first year",
        "last year",
        "evidence sentence",
    } <= declared
    nodes = {n.get("label"): _attvalues(n) for n in doc.iterfind(".//g:node", NS)}
    assert (nodes["红包封面"]["status_2022"], nodes["红包封面"]["status_2023"]) == (
        "new",
        "dropped",
    )
    assert (nodes["付费订阅"]["status_2022"], nodes["付费订阅"]["status_2023"]) == ("absent", "new")
    assert (nodes["视频号"]["first_year"], nodes["视频号"]["last_year"]) == ("2022", "2023")
    assert nodes["视频号"]["status_2023"] == "kept"
    edges = [_attvalues(e) for e in doc.iterfind(".//g:edge", NS)]
    for edge in edges:
        assert {edge["status_2022"], edge["status_2023"]} <= {"new", "kept", "dropped", "absent"}
        assert edge.get("sentence") or edge["predicate"] == "broader"
    (paid,) = [
        e
        for e in edges
        if e["predicate"] == "offers"
        and "付费订阅" in e.get("sentence", "")
        and e["status_2023"] == "new"
        and e["first_year"] == "2023"
    ]
    assert paid["last_year"] == "2023"


def test_the_timeline_plays_the_years_as_dates(seed_gexf: Path) -> None:
    doc = etree.parse(str(seed_gexf))
    graph_element = doc.find("g:graph", NS)
    assert graph_element.get("timeformat") == "date"
    assert graph_element.get("mode") == "dynamic"
    channels = doc.find(f".//g:node[@id='{CHANNELS}']", NS)
    spells = [(s.get("start"), s.get("end")) for s in channels.iterfind("g:spells/g:spell", NS)]
    assert spells == [("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-12-31")]
    # A family is never reported itself: no spells, which the schema would reject empty.
    assert doc.find(f".//g:node[@id='{COUPONS}']/g:spells", NS) is None
    assert len(doc.findall("g:graph/g:attributes[@class='node']", NS)) == 1
    assert len(doc.findall("g:graph/g:attributes[@class='edge']", NS)) == 1


# 5. Any label


def test_labels_with_markup_quotes_and_control_characters_still_parse(tmp_path: Path) -> None:
    label = "A <&\"'\x01\x0b\ud800 B\tC\nD"
    odd = 'says "x" & <y>'
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    g.add_node("a&b", kind="Product", label=label, iri='https://x.example/"a"', years=(2023,))
    g.add_node("c<d", kind="Unknown", label="c<d", years=())
    g.add_edge("a&b", "c<d", key=odd, predicate=odd, years=(2023,), evidence=2)
    path = tmp_path / "odd.gexf"
    atomic_write(path, gexf.gexf_lines(g))
    doc = _assert_valid(path)
    node = doc.find(".//g:node[@id='a&b']", NS)
    assert node.get("label") == "A <&\"' B C D"
    assert _attvalues(node)["label_zh"] == "A <&\"' B\tC\nD"
    read = nx.read_gexf(path)
    assert read.nodes["a&b"]["IRI"] == 'https://x.example/"a"'
    assert [d["predicate"] for _, _, d in read.edges(data=True)] == [odd]
    parsed = _graphology(path, "a&b")
    assert (parsed["nodes"], parsed["edges"]) == (2, 1)
    assert parsed["attributes"]["a&b"]["label"] == "A <&\"' B C D"


def test_two_edges_of_one_predicate_between_one_pair_are_refused() -> None:
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    g.add_edge("a", "b", key=0, predicate="offers")
    g.add_edge("a", "b", key=1, predicate="offers")
    with pytest.raises(BuildError, match="share the predicate 'offers'"):
        "".join(gexf.gexf_lines(g))


def test_the_docstring_examples_run() -> None:
    result = doctest.testmod(gexf)
    assert result.attempted > 0 and result.failed == 0


def _separate_pair_by_pair(
    positions: dict[str, tuple[float, float]], sizes: dict[str, float]
) -> dict[str, tuple[float, float]]:
    """:func:`gexf.separate` as it was, every pair of the grid checked in every pass."""
    pos = {node: [x, y] for node, (x, y) in sorted(positions.items())}
    cell = 2 * max(sizes[node] for node in pos) + gexf._MARGIN
    for _ in range(100):
        for _ in range(50):
            if not gexf._push_apart(pos, sizes, cell):
                return {node: (x, y) for node, (x, y) in pos.items()}
        for point in pos.values():
            point[0] *= 1.1
            point[1] *= 1.1
    raise BuildError("never settled")


@pytest.mark.parametrize("seed", range(12))
def test_separate_checks_only_pairs_that_can_meet_and_moves_the_same(seed: int) -> None:
    # _Near checks only the pairs its list holds, undoing a pass in which a node went too far:
    # the positions must be those of checking every pair, float for float. Crowded, sparse,
    # one large node among small ones, nodes on one point (pushed apart by their names).
    import random

    rng = random.Random(seed)
    n = rng.choice([2, 3, 40, 120, 300])
    spread = rng.choice([1.0, 50.0, 400.0, 3000.0])
    sizes = {f"n{i:04d}": rng.choice([4.0, 6.0, 10.0, rng.uniform(3, 60)]) for i in range(n)}
    positions = {
        node: (0.0, 0.0) if rng.random() < 0.05 else (rng.gauss(0, spread), rng.gauss(0, spread))
        for node in sizes
    }
    assert gexf.separate(positions, sizes) == _separate_pair_by_pair(positions, sizes)


def test_separate_with_a_point_that_is_not_finite_checks_every_pair() -> None:
    # No distance can be listed from a NaN or an infinity: every pass checks every pair, as
    # before, and fails as before (the grid cannot place such a point).
    sizes = {"a": 5.0, "b": 5.0, "c": 5.0}
    for bad in (float("nan"), float("inf")):
        positions = {"a": (0.0, 0.0), "b": (bad, 1.0), "c": (3.0, 0.0)}
        with pytest.raises((ValueError, OverflowError)) as before:
            _separate_pair_by_pair(positions, sizes)
        with pytest.raises((ValueError, OverflowError)) as now:
            gexf.separate(positions, sizes)
        assert str(now.value) == str(before.value)
