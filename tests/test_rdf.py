"""RDF output: Turtle and TriG parse, round-trip isomorphically, and carry provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from kg import exporters
from kg.pipeline import Build
from kg.rdf import PREFIXES, iri, literal

KG = Namespace(PREFIXES["kg"])
CAP = Namespace(PREFIXES["cap"])
PRODUCT = Namespace(PREFIXES["product"])


@pytest.fixture(scope="module")
def turtle(seed_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rdf")
    return exporters.write(seed_build, out, ["turtle", "trig"])[0]


def _expected(build: Build) -> Graph:
    """The graph the triples say, read one triple per line (no grouping, no shorthand)."""
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]
    for _, triples in build.named_graphs:
        lines += [f"{s} {p} {o} ." for s, p, o in triples]
    lines += [f"{s} {p} {o} ." for s, p, o in build.default_graph]
    graph = Graph()
    graph.parse(data="\n".join(lines), format="turtle")
    return graph


def test_turtle_round_trips_isomorphically(seed_build: Build, turtle: Path) -> None:
    parsed = Graph().parse(turtle, format="turtle")
    assert isomorphic(parsed, _expected(seed_build))
    again = Graph().parse(data=parsed.serialize(format="nt"), format="nt")
    assert isomorphic(parsed, again)


def test_trig_has_one_named_graph_per_article(seed_build: Build, turtle: Path) -> None:
    ds = Dataset()
    ds.parse(turtle.with_name("kg.trig"), format="trig")
    names = sorted(
        str(g.identifier) for g in ds.graphs() if str(g.identifier).startswith(PREFIXES["doc"])
    )
    assert names == [
        "https://kg.example/doc/2022-wechat-open-class-pro-36kr",
        "https://kg.example/doc/2023-wechat-open-class-pro",
    ]
    for name, triples in seed_build.named_graphs:
        assert len(ds.graph(URIRef(name))) == len(triples)


def test_a_fact_is_traceable_to_article_year_sentence_and_offsets(turtle: Path) -> None:
    graph = Graph().parse(turtle, format="turtle")
    rows = list(
        graph.query(
            """
            SELECT ?year ?text ?begin ?end ?doc WHERE {
              ?st rdf:subject product:channels ; rdf:predicate kg:offers ;
                  rdf:object cap:red-packet-cover ; kg:year ?year ; prov:wasDerivedFrom ?s .
              ?s nif:anchorOf ?text ; nif:beginIndex ?begin ; nif:endIndex ?end ;
                 nif:referenceContext ?doc .
            }""",
            initNs={k: Namespace(v) for k, v in PREFIXES.items()},
        )
    )
    assert rows, "no provenance for 视频号 offers 红包封面"
    years = {int(str(r[0])) for r in rows}  # type: ignore[index]
    assert years == {2022}
    assert any("每个视频号创作者创作自己的红包封面" in str(r[1]) for r in rows)  # type: ignore[index]


def test_metrics_are_n_ary_observations(turtle: Path) -> None:
    graph = Graph().parse(turtle, format="turtle")
    observations = list(graph.objects(PRODUCT["mini-programs"], KG.metric))
    values = {
        (graph.value(o, URIRef(PREFIXES["rdf"] + "value")).toPython(), graph.value(o, KG.unit))  # type: ignore[union-attr]
        for o in observations
    }
    assert (450000000, KG["count"]) in values


def test_labels_carry_language_tags_and_only_used_prefixes_are_declared(turtle: Path) -> None:
    text = turtle.read_text(encoding="utf-8")
    assert 'skos:prefLabel "WeChat Channels"@en , "视频号"@zh' in text
    declared = [
        line.split()[1].rstrip(":") for line in text.splitlines() if line.startswith("@prefix")
    ]
    body = text.split("\n\n", 1)[1]
    for prefix in declared:
        assert f"{prefix}:" in body, prefix
    assert "_:" not in body  # no blank nodes: every node has a stable IRI


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://kg.example/id/capability/red-packet-cover", "cap:red-packet-cover"),
        ("https://kg.example/doc/a#char=1,2", "<https://kg.example/doc/a#char=1,2>"),
        ("http://other.example/x", "<http://other.example/x>"),
    ],
)
def test_iri_forms(value: str, expected: str) -> None:
    assert iri(value) == expected


def test_literals_escape_what_turtle_needs() -> None:
    text = literal('他说："好"\n\t\\', lang="zh")
    parsed = Graph().parse(data=f"<urn:a> <urn:b> {text} .", format="turtle")
    assert list(parsed.objects())[0] == Literal('他说："好"\n\t\\', lang="zh")
