"""Step 5: Extraction -> RDF triples, with provenance, as sorted N3 term strings.

One named graph per article (its IRI is the article's). In it:

- the article: ``kg:Article`` and ``nif:Context`` with its clean text (``nif:isString``, the
  text the sentences' offsets count in), title, date, ``dcterms:source`` (the address it was
  taken from), ``kg:reports`` its event;
- each fact as a plain triple (``product:channels kg:offers cap:red-packet-cover``);
- each reading of a fact as a ``kg:Statement`` (an ``rdf:Statement``) with ``rdf:subject``,
  ``rdf:predicate``, ``rdf:object``, ``kg:year``, ``prov:wasDerivedFrom`` the sentence and
  ``kg:rule`` the name of each rule that read it (:mod:`kg.rules`);
- each evidence sentence as a NIF string ``<article#char=start,end>`` with ``nif:anchorOf``
  (its text), ``nif:beginIndex``, ``nif:endIndex`` and ``nif:referenceContext`` the article;
- each figure (a predicate of :mod:`kg.vocabulary` that carries a value: metric) as an
  n-ary ``kg:Observation`` (``kg:metricName``, ``rdf:value``, ``kg:unit``,
  ``kg:year``), linked from its subject by ``kg:metric``; with ``kg:measure`` the measure
  of ``ontology/metrics.ttl`` it is of, or, for a growth (also a ``kg:Growth``),
  ``kg:growthOf`` the measure that grew.

Terms are written as N3 strings here, not as rdflib objects: a build of 100,000 articles
makes millions of triples, and sorted strings are what a deterministic writer needs anyway.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from kg import vocabulary
from kg.errors import KGError
from kg.lang import LANGUAGE
from kg.numbers import format_decimal
from kg.ontology import BASE, KG, Ontology
from kg.records import Evidence, Extraction, Fact

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = [
    "PREFIXES",
    "Triple",
    "iri",
    "literal",
    "document_iri",
    "sentence_iri",
    "statement_iri",
    "observation_iri",
    "article_triples",
    "ontology_triples",
    "merged",
    "parse_term",
]

Triple = tuple[str, str, str]

#: Prefixes used in every output, in the order they are declared.
PREFIXES: dict[str, str] = {
    "kg": KG,
    "product": BASE + "id/product/",
    "person": BASE + "id/person/",
    "org": BASE + "id/org/",
    "cap": BASE + "id/capability/",
    "family": BASE + "id/family/",
    "metric": BASE + "id/metric/",
    "event": BASE + "id/event/",
    "doc": BASE + "doc/",
    "stmt": BASE + "statement/",
    "obs": BASE + "observation/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
}
# Longest namespace first, so product: wins over a shorter prefix of it.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: len(kv[1]), reverse=True)
# A conservative PN_LOCAL: what every Turtle parser takes without escapes.
_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"))

A = "rdf:type"  # the writers print it as Turtle's "a"


@lru_cache(maxsize=1 << 16)
def iri(value: str) -> str:
    """An IRI as Turtle writes it: a prefixed name when one fits, else ``<...>``.

    >>> iri("https://kg.example/id/product/channels")
    'product:channels'
    >>> iri("https://kg.example/doc/x#char=1,5")
    '<https://kg.example/doc/x#char=1,5>'
    """
    for prefix, ns in _BY_LENGTH:
        if value.startswith(ns) and _LOCAL.match(value[len(ns) :]):
            return f"{prefix}:{value[len(ns) :]}"
    return f"<{value}>"


def literal(
    value: str | int | Decimal, lang: str | None = None, datatype: str | None = None
) -> str:
    """A literal as Turtle writes it, escaped.

    >>> literal('说"好"', lang="zh")
    '"说\\\\"好\\\\""@zh'
    >>> literal(Decimal("2.64"))
    '"2.64"^^xsd:decimal'
    """
    if isinstance(value, Decimal):
        return f'"{format_decimal(value)}"^^xsd:decimal'
    if isinstance(value, int):
        return f'"{value}"^^{datatype or "xsd:integer"}'
    # One replace per character that is there (the backslash first, as the others add
    # one): several times faster than translate() on an article's whole text.
    for char, escaped in _ESCAPES:
        if char in value:
            value = value.replace(char, escaped)
    text = f'"{value}"'
    if lang:
        # Tags are case-insensitive and stores read them back in lower case (Oxigraph does):
        # written so, a build read back is written again byte for byte.
        return f"{text}@{lang.lower()}"
    return f"{text}^^{datatype}" if datatype else text


_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^(\S+))?$', re.S)
_UNESCAPES = {"\\\\": "\\", '\\"': '"', "\\n": "\n", "\\r": "\r", "\\t": "\t"}


def parse_term(term: str) -> tuple[str, str, str | None, str | None]:
    """Read back a term this module wrote: ``(kind, value, language, datatype)``.

    ``kind`` is ``"iri"`` or ``"literal"``; a prefixed name keeps its compact form.

    >>> parse_term('"说\\\\"好\\\\""@zh')
    ('literal', '说"好"', 'zh', None)
    >>> parse_term("<https://kg.example/doc/a#char=1,2>")
    ('iri', 'https://kg.example/doc/a#char=1,2', None, None)
    """
    if term.startswith("<"):
        return "iri", term[1:-1], None, None
    if not term.startswith('"'):
        return "iri", term, None, None
    match = _LITERAL.match(term)
    if match is None:
        raise ValueError(f"not a literal kg writes: {term!r}")
    value = re.sub(r"\\[\\\"nrt]", lambda m: _UNESCAPES[m.group(0)], match.group(1))
    datatype = match.group(3)
    if datatype and datatype.startswith("<"):
        datatype = datatype[1:-1]
    return "literal", value, match.group(2), datatype


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def document_iri(document_id: str) -> str:
    """The IRI of an article, which is also the name of its graph."""
    return f"{BASE}doc/{document_id}"


def sentence_iri(evidence: Evidence) -> str:
    """The IRI of an evidence sentence: the article's, with an RFC 5147 ``#char=`` fragment."""
    return f"{document_iri(evidence.document)}#char={evidence.start},{evidence.end}"


def observation_iri(fact: Fact) -> str:
    """The IRI of a metric observation: the same figure reported twice is one observation."""
    return f"{BASE}observation/{_observation_id(fact)}"


def statement_iri(fact: Fact) -> str:
    """The IRI of one reading of a fact in one sentence."""
    return f"{BASE}statement/{_statement_id(fact)}"


def _observation_id(fact: Fact) -> str:
    return _hash(fact.year, fact.subject, fact.object, fact.value, fact.unit)


def _statement_id(fact: Fact) -> str:
    ev = fact.evidence
    where = (ev.document, ev.start, ev.end) if ev else ("", 0, 0)
    return _hash(*fact.key, *where)


def article_triples(extraction: Extraction) -> list[Triple]:
    """The triples of one article's named graph, sorted and without duplicates."""
    doc = extraction.document
    d = iri(document_iri(doc.id))
    out: set[Triple] = {
        (d, A, "kg:Article"),
        (d, "dcterms:title", literal(doc.title, LANGUAGE)),
        (d, "kg:sha256", literal(doc.sha256)),
    }
    if doc.date:
        out.add((d, "dcterms:date", literal(doc.date, datatype="xsd:date")))
    if doc.source:
        # The address the article was taken from (front matter ``source:``): an IRI when it
        # is a web address an RDF tool can read as one, else the text as written.
        web = _WEB_ADDRESS.fullmatch(doc.source)
        out.add((d, "dcterms:source", f"<{doc.source}>" if web else literal(doc.source)))
    if doc.author:
        out.add((d, "dcterms:creator", literal(doc.author)))
    if extraction.event:
        event = iri(extraction.event)
        out.add((d, "kg:reports", event))
        out.add((event, A, "kg:Event"))
        if extraction.year is not None:
            out.add((event, "kg:year", _year(extraction.year)))
    if extraction.year is not None:
        out.add((d, "kg:year", _year(extraction.year)))
    # NIF: the article is the context its sentences' offsets point into, and publishes the
    # clean text they count in (what kg read: markup, front matter and boilerplate gone).
    out.add((d, A, "nif:Context"))
    out.add((d, "nif:isString", literal(doc.text, LANGUAGE)))
    sentences: set[Evidence] = set()
    for fact in extraction.facts:
        _add_fact(out, fact)
        if fact.evidence is not None:
            sentences.add(fact.evidence)
    index = "xsd:nonNegativeInteger"
    for evidence in sentences:  # a sentence is described once, however many facts it gives
        sentence = f"<{sentence_iri(evidence)}>"
        out.add((sentence, A, "nif:Sentence"))
        out.add((sentence, "nif:anchorOf", literal(evidence.text, LANGUAGE)))
        out.add((sentence, "nif:beginIndex", literal(evidence.start, datatype=index)))
        out.add((sentence, "nif:endIndex", literal(evidence.end, datatype=index)))
        out.add((sentence, "nif:referenceContext", d))
    return sorted(out)


_RULE = iri(vocabulary.RULE_PROPERTY)
#: An absolute http(s) address with none of the characters an IRI may not hold.
_WEB_ADDRESS = re.compile(r"https?://[^\x00-\x20<>\"{}|\\^`\x7f-\x9f]+")


@lru_cache(maxsize=256)
def _rule_name(name: str) -> str:
    return literal(name)


@lru_cache(maxsize=256)
def _year(year: int) -> str:
    return literal(str(year), datatype="xsd:gYear")


def _add_fact(out: set[Triple], fact: Fact) -> None:
    """Add a fact's triples: the plain triple (with its observation, for a figure) and its
    statement, pointing to its sentence and naming its rules."""
    spec = vocabulary.PREDICATES.get(fact.predicate)
    if spec is None:
        raise KGError(
            f"a fact of {fact.evidence.document if fact.evidence else 'no article'} has the "
            f"predicate {fact.predicate!r} (rule {fact.rule or 'none'}), which "
            "kg/vocabulary.py does not know: add it there, or fix the rule"
        )
    # Statement and observation IRIs always fit their prefixes (their local part is a hex
    # hash), and a sentence's never fits one (its #char=b,e fragment): no need for iri().
    subject, predicate = iri(fact.subject), iri(spec.iri)
    if spec.value:
        obj = "obs:" + _observation_id(fact)
        out.add((obj, A, "kg:Observation"))
        out.add((obj, "kg:metricName", literal(fact.object, LANGUAGE)))
        if fact.value is not None:
            out.add((obj, "rdf:value", literal(fact.value)))
        out.add((obj, "kg:unit", iri(KG + str(fact.unit))))
        if fact.year is not None:
            out.add((obj, "kg:year", _year(fact.year)))
        if fact.growth:
            out.add((obj, A, "kg:Growth"))
        if fact.measure is not None:
            out.add((obj, "kg:growthOf" if fact.growth else "kg:measure", iri(fact.measure)))
    elif spec.text:
        obj = literal(fact.object, LANGUAGE)
    else:
        obj = iri(fact.object)
    out.add((subject, predicate, obj))
    stmt = "stmt:" + _statement_id(fact)
    out.add((stmt, A, "kg:Statement"))
    out.add((stmt, "rdf:subject", subject))
    out.add((stmt, "rdf:predicate", predicate))
    out.add((stmt, "rdf:object", obj))
    if fact.year is not None:
        out.add((stmt, "kg:year", _year(fact.year)))
    if fact.evidence is not None:
        out.add((stmt, "prov:wasDerivedFrom", f"<{sentence_iri(fact.evidence)}>"))
    if fact.rule:
        for name in fact.rule.split(","):
            out.add((stmt, _RULE, _rule_name(name)))


def ontology_triples(ontology: Ontology) -> list[Triple]:
    """The ontology's own triples (schema and terms) as N3 strings, sorted.

    Read once per process for the same files and bytes (the ontology's fingerprint), as the
    tokenizer is, or handed over by :func:`kg.ontology.load_ontology`: a process that builds
    again (kg serve, a library user) parses no Turtle."""
    key = (ontology.fingerprint, ontology.files)
    triples = _PRIMED.get(key)
    if triples is None:
        from kg.ontology import read_graph

        triples = graph_triples(read_graph(ontology.files), ontology.files)
        prime_ontology_triples(*key, triples)
    return list(triples)


#: The ontology's triples by fingerprint and files, as read here or as
#: kg.ontology.load_ontology found them (parsed or kept). A few only.
_PRIMED: dict[tuple[str, tuple[str, ...]], tuple[Triple, ...]] = {}


def prime_ontology_triples(
    fingerprint: str, files: tuple[str, ...], triples: tuple[Triple, ...]
) -> None:
    """Hand :func:`ontology_triples` the triples of these files and bytes."""
    if len(_PRIMED) >= 4:
        _PRIMED.clear()
    _PRIMED[(fingerprint, files)] = triples


def graph_triples(graph: Graph, files: tuple[str, ...]) -> tuple[Triple, ...]:
    """An rdflib graph of the ontology as sorted N3 triples; OntologyError for a blank node."""
    from rdflib import BNode, Literal, URIRef

    def term(node: object) -> str:
        if isinstance(node, URIRef):
            return iri(str(node))
        if isinstance(node, Literal):
            if node.language:
                return literal(str(node), node.language)
            if node.datatype:
                return literal(str(node), datatype=iri(str(node.datatype)))
            return literal(str(node))
        if isinstance(node, BNode):
            from kg.errors import OntologyError

            raise OntologyError(f"blank node in the ontology ({files}); give every node an IRI")
        raise TypeError(node)

    return tuple(sorted({(term(s), term(p), term(o)) for s, p, o in graph}))


def merged(graphs: Iterable[Iterable[Triple]]) -> list[Triple]:
    """The union of several graphs, sorted."""
    out: set[Triple] = set()
    for triples in graphs:
        out.update(triples)
    return sorted(out)
