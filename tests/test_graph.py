"""The networkx view: one edge per fact with every year it was reported in."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest

from kg import vocabulary
from kg.exporters.gexf import gexf_lines
from kg.graph import to_networkx
from kg.ontology import Ontology
from kg.pipeline import Build
from kg.records import Fact

CHANNELS = "https://kg.example/id/product/channels"
WECOM = "https://kg.example/id/product/wecom"
LIVE = "https://kg.example/id/capability/live-streaming"
CONNECT = "https://kg.example/id/capability/channels-connection"


def test_a_fact_of_both_years_is_one_edge_with_both_years(seed_build: Build) -> None:
    graph = to_networkx(seed_build.facts, seed_build.ontology)
    assert graph.number_of_edges(CHANNELS, LIVE) == 1
    assert graph.edges[CHANNELS, LIVE, "offers"]["years"] == (2022, 2023)
    assert graph.edges[WECOM, CONNECT, "offers"]["years"] == (2022, 2023)
    assert graph.edges[WECOM, CHANNELS, "integrates"]["years"] == (2022, 2023)


def test_nodes_carry_kind_labels_and_metrics(seed_build: Build) -> None:
    graph = to_networkx(seed_build.facts, seed_build.ontology)
    node = graph.nodes[CHANNELS]
    assert (node["kind"], node["label"], node["label_en"]) == (
        "Product",
        "视频号",
        "WeChat Channels",
    )
    assert node["years"] == (2022, 2023)
    assert any(m[0] == 2023 and m[3] == "times" for m in node["metrics"])
    person = graph.nodes["https://kg.example/id/person/zhang-ying"]
    assert person["roles"] == ((2023, "腾讯公司副总裁"),)


def test_capabilities_of_one_family_meet_across_products_and_years(seed_build: Build) -> None:
    graph = to_networkx(seed_build.facts, seed_build.ontology)
    coupons = "https://kg.example/id/family/coupons"
    members = {u for u, _, k in graph.in_edges(coupons, keys=True) if k == "broader"}
    labels = {graph.nodes[m]["label"] for m in members}
    assert {"电子优惠券", "小程序优惠券", "消费券"} <= labels


def test_graphml_reads_back_into_the_same_nodes_and_edges(
    seed_build: Build, tmp_path: Path
) -> None:
    from kg import exporters

    path = exporters.write(seed_build, tmp_path, ["graphml"])[0]
    read = nx.read_graphml(path, force_multigraph=True)
    graph = to_networkx(seed_build.facts, seed_build.ontology)
    assert set(read.nodes) == set(graph.nodes)
    assert read.number_of_edges() == graph.number_of_edges()
    assert read.nodes[CHANNELS]["years"] == "2022;2023"


def test_the_direct_graphml_writer_writes_networkx_s_bytes(seed_build: Build) -> None:
    """kg writes GraphML itself for speed; the bytes must stay networkx's, on the seeds and
    on values XML makes hard (quotes, markup, line ends, tabs, characters past ASCII)."""
    from kg.exporters.graphml import _direct_lines, _networkx_lines

    assert _direct_lines(seed_build.graph) == list(_networkx_lines(seed_build.graph))
    hard: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    hard.add_node('a"<b>&c', label="视频号\r\n付费\t订阅 ‘x’", weight=2, share=0.5, new=True)
    hard.add_node("d", label="")
    hard.add_edge('a"<b>&c', "d", key="offers", evidence="「引号」 & <tag>\r", years="2022;2023")
    assert _direct_lines(hard) == list(_networkx_lines(hard))


def test_the_vocabulary_says_what_is_an_edge_and_what_a_node_attribute(
    ontology: Ontology, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A predicate added to kg.vocabulary needs no code in the graph: an entity object is an
    edge, a text object a node attribute (motto -> mottos), in GEXF too."""
    monkeypatch.setitem(
        vocabulary.PREDICATES,
        "competes",
        vocabulary.Predicate("competes", ("Product",), ("Product",), "Rivals."),
    )
    monkeypatch.setitem(
        vocabulary.PREDICATES, "motto", vocabulary.Predicate("motto", ("Product",), (), "A slogan.")
    )
    facts = [
        Fact(2023, CHANNELS, "competes", WECOM, rule="test"),
        Fact(2023, CHANNELS, "motto", "记录真实生活", rule="test"),
        Fact(2022, LIVE, "metric", "场次", Decimal(3), "count", rule="test"),
    ]
    graph = to_networkx(facts, ontology)
    facts_edges = [edge for edge in graph.edges(keys=True) if edge[2] != "broader"]
    assert facts_edges == [(CHANNELS, WECOM, "competes")]
    assert graph.nodes[CHANNELS]["mottos"] == ((2023, "记录真实生活"),)
    assert graph.nodes[LIVE]["metrics"] == ((2022, "场次", "3", "count"),)
    for _, data in graph.nodes(data=True):
        assert {"roles", "metrics", "mottos"} <= set(data)
    gexf = "".join(gexf_lines(graph))
    assert '<attribute id="mottos" title="mottos" type="string"/>' in gexf
    assert '<attvalue for="mottos" value="2023:记录真实生活"/>' in gexf
