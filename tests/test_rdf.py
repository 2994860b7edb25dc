"""RDF output: Turtle and TriG parse, round-trip isomorphically, and carry provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from kg import exporters, vocabulary
from kg.errors import KGError
from kg.loaders import load_text
from kg.pipeline import Build
from kg.rdf import PREFIXES, article_triples, iri, literal
from kg.reader import read_build
from kg.records import Evidence, Extraction, Fact
from kg.rules import REGISTRY

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


# ---------------------------------------------------------------- rules and the vocabulary


def test_each_statement_names_the_rules_that_read_it(turtle: Path) -> None:
    graph = Graph().parse(turtle, format="turtle")
    statements = set(graph.subjects(RDF.type, KG.Statement))
    assert statements
    for statement in statements:
        names = {str(name) for name in graph.objects(statement, KG.rule)}
        assert names and names <= set(REGISTRY), statement
    # 视频号 + 微信支付: the A + B rule and the capability rule read the same link.
    rows = graph.query(
        """
        SELECT ?rule WHERE {
          ?st rdf:subject product:channels ; rdf:predicate kg:integrates ;
              rdf:object product:wechat-pay ; kg:rule ?rule .
        }""",
        initNs={k: Namespace(v) for k, v in PREFIXES.items()},
    )
    assert sorted(str(r[0]) for r in rows) == ["capability", "plus"]  # type: ignore[index]


def test_a_build_read_back_keeps_the_rule_of_each_fact(seed_build: Build, seed_out: Path) -> None:
    rules = [(f.key, f.evidence, f.rule) for f in seed_build.facts]
    assert all(rule for _, _, rule in rules)
    assert [(f.key, f.evidence, f.rule) for f in read_build(seed_out).facts] == rules


def test_the_schema_declares_every_predicate_of_the_vocabulary_and_kg_rule(root: Path) -> None:
    schema = Graph().parse(root / "ontology" / "schema.ttl", format="turtle")
    for spec in vocabulary.PREDICATES.values():
        prop = URIRef(spec.iri)
        kind = OWL.DatatypeProperty if spec.text and not spec.value else OWL.ObjectProperty
        assert (prop, RDF.type, kind) in schema, spec.name
        assert {label.language for label in schema.objects(prop, RDFS.label)} == {"en", "zh"}
    rule = URIRef(vocabulary.RULE_PROPERTY)
    assert (rule, RDF.type, OWL.DatatypeProperty) in schema
    assert (rule, RDFS.domain, KG.Statement) in schema
    assert (rule, RDFS.range, URIRef(PREFIXES["xsd"] + "string")) in schema
    assert {label.language for label in schema.objects(rule, RDFS.label)} == {"en", "zh"}
    assert schema.value(rule, RDFS.comment) is not None
    for unit in vocabulary.UNITS:
        assert (KG[unit], RDF.type, KG.Unit_) in schema


def test_a_fact_of_a_predicate_the_vocabulary_lacks_is_refused() -> None:
    document = load_text("视频号卖企业微信。", path="sells.txt")
    fact = Fact(
        2023,
        str(PRODUCT["channels"]),
        "sells",
        str(PRODUCT["wecom"]),
        evidence=Evidence(document.id, 0, 9, document.text),
        rule="capability",
    )
    extraction = Extraction(document=document, year=2023, event=None, facts=(fact,))
    with pytest.raises(KGError) as raised:
        article_triples(extraction)
    assert str(raised.value) == (
        "a fact of sells has the predicate 'sells' (rule capability), which "
        "kg/vocabulary.py does not know: add it there, or fix the rule"
    )


def test_each_sentence_is_the_slice_of_its_articles_published_text(turtle: Path) -> None:
    """An analyst checks a fact's sentence against the text its offsets count in: the
    article (a nif:Context) publishes that clean text as nif:isString."""
    graph = Graph().parse(turtle, format="turtle")
    rows = list(
        graph.query(
            """
            SELECT ?text ?begin ?end ?whole WHERE {
              ?s nif:anchorOf ?text ; nif:beginIndex ?begin ; nif:endIndex ?end ;
                 nif:referenceContext ?doc .
              ?doc a nif:Context ; nif:isString ?whole .
            }""",
            initNs={k: Namespace(v) for k, v in PREFIXES.items()},
        )
    )
    assert len(rows) > 100  # every evidence sentence of the seeds
    for text, begin, end, whole in rows:  # type: ignore[misc]
        assert str(whole)[int(begin) : int(end)] == str(text)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("https://36kr.com/p/1561512123456789", URIRef("https://36kr.com/p/1561512123456789")),
        ("36氪", Literal("36氪")),
        ("https://example.com/a b", Literal("https://example.com/a b")),  # no IRI with a space
    ],
)
def test_the_front_matter_source_is_the_articles_dcterms_source(
    source: str, expected: object
) -> None:
    document = load_text(
        f"---\ntitle: 视频号\nauthor: 36kr\nsource: '{source}'\n---\n\n视频号上线了直播。\n",
        path="a.md",
    )
    extraction = Extraction(document, year=None, event=None, facts=())
    graph = Graph().parse(
        data="\n".join(
            [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]
            + [f"{s} {p} {o} ." for s, p, o in article_triples(extraction)]
        ),
        format="turtle",
    )
    dcterms = Namespace(PREFIXES["dcterms"])
    assert list(graph.objects(None, dcterms.source)) == [expected]
    assert list(graph.objects(None, dcterms.creator)) == [Literal("36kr")]
    assert list(graph.objects(None, dcterms.publisher)) == []  # the author is no publisher


def test_turtle_groups_a_subjects_triples_types_first() -> None:
    """rdf:type first, as ``a``; objects of one predicate joined with ``,``; a subject with one
    triple on one line (the seeds' product:channels and its statements read so)."""
    from kg.exporters.turtle import triples_block

    triples = [
        ("product:channels", "kg:offers", "capability:live"),
        ("product:channels", "kg:offers", "capability:search"),
        ("product:channels", "rdf:type", "kg:Platform"),
        ("product:channels", "rdf:type", "kg:Product"),
        ("product:channels", "skos:prefLabel", '"视频号"@zh'),
        ("stmt:0a", "rdf:type", "kg:Statement"),
        ("stmt:0b", "kg:year", '"2023"^^xsd:gYear'),
    ]
    assert list(triples_block(triples, "  ")) == [
        "  product:channels a kg:Platform , kg:Product ;\n"
        "      kg:offers capability:live , capability:search ;\n"
        '      skos:prefLabel "视频号"@zh .\n',
        "  stmt:0a a kg:Statement .\n",
        '  stmt:0b kg:year "2023"^^xsd:gYear .\n',
    ]
    assert list(triples_block([])) == []


def test_a_file_written_in_batches_holds_every_line(tmp_path: Path) -> None:
    """atomic_write joins lines into batches by their length: a line longer than a batch
    (an article's text) and many short ones come out whole and in order."""
    long = "视频号" * (exporters._BATCH_CHARS // 2)
    lines = ["a\n", long + "\n", *(f"{i}\n" for i in range(100_000)), "末\n"]
    exporters.atomic_write(tmp_path / "out.txt", iter(lines))
    assert (tmp_path / "out.txt").read_bytes() == "".join(lines).encode("utf-8")
