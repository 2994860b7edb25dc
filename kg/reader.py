"""A build on disk -> :class:`~kg.pipeline.Build`: ``kg export`` converts, never rebuilds.

``kg.trig`` holds everything a build knows: the ontology (default graph), and per article its
facts, their statements, evidence sentences and metric observations. Reading it back gives
the same triples, byte for byte, and the same facts, so every exporter works on a build
read from disk exactly as on a fresh one. ``report.json`` adds what RDF does not hold
(file paths, failures, warnings); without it the articles come from their RDF descriptions.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg import vocabulary
from kg.errors import KGError
from kg.exporters import report
from kg.ontology import BASE, KG, ontology_from_graph
from kg.pipeline import Assembly, Build, Processed
from kg.rdf import PREFIXES, Triple, iri, literal, parse_term
from kg.records import Article, Evidence, Fact, Failure

__all__ = ["read_build", "read_report", "trig_graphs", "trig_path"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def read_build(build_dir: str | Path, spill_dir: str | Path | None = None) -> Build:
    """Read ``DIR/kg.trig`` (and ``DIR/report.json`` if present) back into a Build.

    The graphs stream from the file one at a time (:func:`trig_graphs`) into an
    :class:`~kg.pipeline.Assembly`, as a build's articles do, so reading a large build back
    takes no more memory than building it. What it keeps on disk goes to a temporary
    directory in ``spill_dir`` (default: the system's), removed with the Build.
    """
    path = trig_path(build_dir)
    report = read_report(build_dir)
    known = {a["id"]: a for a in report.get("articles", ())}
    graphs = trig_graphs(path)
    _, default = next(graphs)
    assembly = Assembly(_ontology(default, path), spill_dir, default_graph=default)
    for name, graph in graphs:
        assert name is not None
        try:
            article = _article(known, name, graph)
            facts = tuple(_facts(name, graph))
        except _UnreadableError as exc:
            raise KGError(
                f"{path}: <{name}>: {exc}; kg reads back the TriG that kg build writes: "
                "build it again"
            ) from None
        assembly.add(Processed.pack(article, facts, graph, ()))
    for entry in report.get("failures", ()):
        assembly.add(Failure(entry["path"], entry["reason"]))
    return assembly.finish(report.get("warnings", ()))


def trig_path(build_dir: str | Path) -> Path:
    """A build's ``kg.trig``; KGError if there is none."""
    path = Path(build_dir) / "kg.trig"
    if not path.is_file():
        raise KGError(f"{path}: no build here; run `kg build -o {build_dir}` first")
    return path


def trig_graphs(path: Path) -> Iterator[tuple[str | None, tuple[Triple, ...]]]:
    """The graphs of a TriG file kg wrote, one at a time, each sorted and distinct: first
    ``(None, the default graph)``, then ``(article IRI, its graph)`` per named graph."""
    import pyoxigraph as ox

    default: list[Triple] = []
    started = False  # the default graph has been yielded
    done: set[str] = set()
    name: str | None = None
    triples: list[Triple] = []
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
            triple = (_term(quad.subject), _term(quad.predicate), _term(quad.object))
            if isinstance(quad.graph_name, ox.DefaultGraph):
                if started:
                    raise KGError(_LAYOUT.format(path=path, what="the default graph"))
                default.append(triple)
                continue
            graph_name = quad.graph_name.value
            if graph_name != name:
                if not started:
                    started = True
                    yield None, tuple(sorted(set(default)))
                if name is not None:
                    done.add(name)
                    yield name, tuple(sorted(set(triples)))
                if graph_name in done:
                    raise KGError(_LAYOUT.format(path=path, what=f"the graph <{graph_name}>"))
                name, triples = graph_name, []
            triples.append(triple)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(f"{path}: cannot read the build: {exc}") from exc
    if not started:
        yield None, tuple(sorted(set(default)))
    if name is not None:
        yield name, tuple(sorted(set(triples)))


_LAYOUT = (
    "{path}: {what} is split across the file; kg reads back the TriG that kg build "
    "writes (the ontology first, then each article's graph in one piece)"
)


def _term(node: Any) -> str:
    import pyoxigraph as ox

    if isinstance(node, ox.NamedNode):
        return iri(node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return literal(node.value, node.language)
        if node.datatype.value == _XSD_STRING:
            return literal(node.value)
        return literal(node.value, datatype=iri(node.datatype.value))
    raise KGError(f"kg builds have no blank nodes or quoted triples, found {node!r}")


def _ontology(default: Iterable[Triple], path: Path) -> Any:
    from rdflib import Graph

    lines = [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]
    lines += [f"{s} {p} {o} ." for s, p, o in default]
    text = "\n".join(lines)
    graph = Graph().parse(data=text, format="turtle")
    return ontology_from_graph(
        graph, files=(str(path),), fingerprint=hashlib.sha256(text.encode()).hexdigest()
    )


class _UnreadableError(Exception):
    """What a graph lacks or holds that kg build never writes (said with the file's name)."""


class _Node:
    """The properties of one node of an article graph, read as kg build writes them."""

    def __init__(self, what: str, name: str, props: dict[str, list[str]]) -> None:
        self.what, self.name, self.props = what, name, props

    def one(self, prop: str) -> str:
        values = self.props.get(prop)
        if not values:
            raise _UnreadableError(f"the {self.what} {self.show()} has no {prop}")
        return values[0]

    def number(self, prop: str, kind: type[int] | type[Decimal]) -> Any:
        term = self.one(prop)
        try:
            return kind(_value(term))
        except (ValueError, InvalidOperation):
            what = "a whole number" if kind is int else "a decimal"
            raise _UnreadableError(
                f"the {self.what} {self.show()} has {prop} {_shown(term)}, not {what}"
            ) from None

    def show(self) -> str:
        return f"<{_value(self.name)}>"


def _shown(term: str) -> str:
    """A literal's quoted text, without its datatype."""
    return '"' + _value(term) + '"'


def _facts(graph: str, triples: tuple[Triple, ...]) -> list[Fact]:
    """The facts of one article graph, rebuilt from its statements."""
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        by_subject[s][p].append(o)
    document = graph.removeprefix(BASE + "doc/")
    rule = iri(vocabulary.RULE_PROPERTY)
    facts = []
    for name, props in sorted(by_subject.items()):
        if "kg:Statement" not in props.get("rdf:type", ()):
            continue
        node = _Node("statement", name, props)
        spec = vocabulary.by_property(_value(node.one("rdf:predicate")))
        if spec is None:
            raise KGError(
                f"<{graph}>: a statement's predicate {props['rdf:predicate'][0]} is not one "
                "this kg knows (kg/vocabulary.py); rebuild the build with this kg"
            )
        predicate = spec.name
        obj = node.one("rdf:object")
        value: Decimal | None = None
        unit: str | None = None
        measure: str | None = None
        growth = False
        if spec.value:
            observation = _Node("observation", obj, by_subject[obj])
            value = observation.number("rdf:value", Decimal)
            unit = _value(observation.one("kg:unit")).removeprefix(KG)
            text = _value(observation.one("kg:metricName"))
            growth = "kg:Growth" in observation.props.get("rdf:type", ())
            measured = observation.props.get("kg:growthOf" if growth else "kg:measure")
            measure = _value(measured[0]) if measured else None
        else:
            text = _value(obj)
        evidence = None
        if "prov:wasDerivedFrom" in props:
            origin = props["prov:wasDerivedFrom"][0]
            sentence = _Node("sentence", origin, by_subject[origin])
            evidence = Evidence(
                document,
                sentence.number("nif:beginIndex", int),
                sentence.number("nif:endIndex", int),
                _value(sentence.one("nif:anchorOf")),
            )
        year = node.number("kg:year", int) if "kg:year" in props else None
        facts.append(
            Fact(
                year=year,
                subject=_value(node.one("rdf:subject")),
                predicate=predicate,
                object=text,
                value=value,
                unit=unit,
                evidence=evidence,
                # Written one kg:rule per name; sorted, as kg.rules joins them.
                rule=",".join(sorted(_value(name) for name in props.get(rule, ()))),
                measure=measure,
                growth=growth,
            )
        )
    return facts


def _value(term: str) -> str:
    """A term's full IRI or a literal's text."""
    kind, value, _, _ = parse_term(term)
    if kind == "iri" and ":" in value and not value.startswith("http"):
        prefix, local = value.split(":", 1)
        return PREFIXES[prefix] + local
    return value


def read_report(build_dir: str | Path) -> dict[str, Any]:
    """A build's ``report.json`` (:func:`kg.exporters.report.read_report`); empty if there
    is none."""
    path = Path(build_dir) / "report.json"
    return report.read_report(path) if path.is_file() else {}


def _article(known: dict[str, Any], name: str, triples: tuple[Triple, ...]) -> Article:
    """An article as the report has it, else from its graph's description of it."""
    doc_id = name.removeprefix(BASE + "doc/")
    entry = known.get(doc_id)
    if entry is not None:
        return Article(**entry)
    props: dict[str, str] = {p: o for s, p, o in triples if s == iri(name)}
    statements = {t for t in triples if t[1] == "rdf:type" and t[2] == "kg:Statement"}
    node = _Node("article", iri(name), {p: [o] for p, o in props.items()})
    return Article(
        id=doc_id,
        path="",
        title=_value(props.get("dcterms:title", '""')),
        date=_value(props["dcterms:date"]) if "dcterms:date" in props else None,
        year=node.number("kg:year", int) if "kg:year" in props else None,
        event=_value(props["kg:reports"]) if "kg:reports" in props else None,
        sha256=_value(props.get("kg:sha256", '""')),
        sentences=0,
        facts=len(statements),
    )
