"""Step 0: ``ontology/*.ttl`` -> :class:`Ontology`, the terms kg looks for and their labels.

The ontology is data: a term is a SKOS concept typed with a class of ``schema.ttl``, with one
``skos:prefLabel`` per language, ``skos:altLabel`` and ``skos:hiddenLabel`` for other surface
forms, ``skos:broader`` for its family. Adding next year's products means editing Turtle.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from kg.errors import OntologyError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = [
    "KG",
    "BASE",
    "KINDS",
    "MATCHED_KINDS",
    "Term",
    "Ontology",
    "default_ontology_dir",
    "load_ontology",
    "ontology_from_graph",
    "read_graph",
]

BASE = "https://kg.example/"
KG = BASE + "schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: Each class of the schema and the kind of term it makes.
KINDS: Mapping[str, str] = MappingProxyType(
    {
        "Product": "Product",
        "Platform": "Product",
        "Person": "Person",
        "Organization": "Organization",
        "Company": "Organization",
        "PublicBody": "Organization",
        "Unit": "Organization",
        "Media": "Organization",
        "Group": "Organization",
        "Capability": "Capability",
        "CapabilityFamily": "CapabilityFamily",
        "EventSeries": "EventSeries",
        "Event": "Event",
        "Metric": "Metric",
    }
)
#: Kinds whose labels are looked for in text (families, events and the metric vocabulary of
#: ontology/metrics.ttl are not: a metric's labels are read inside figures' names).
MATCHED_KINDS = frozenset({"Product", "Person", "Organization", "Capability"})


@dataclass(frozen=True, slots=True)
class Term:
    """One ontology entry: its IRI, kind, labels, family and the file it came from."""

    iri: str
    kind: str  # a value of KINDS
    cls: str  # the schema class it is typed with, e.g. "Company"
    label: str  # skos:prefLabel@zh, the canonical label
    label_en: str | None
    alt_labels: tuple[str, ...]
    hidden_labels: tuple[str, ...]
    broader: tuple[str, ...]
    made_by: tuple[str, ...]
    feature_of: tuple[str, ...]
    measured_in: tuple[str, ...]  # a measure's units (kg:measuredIn), as IRIs
    series: str | None
    year: int | None
    source: str

    @property
    def labels(self) -> tuple[str, ...]:
        """Every Chinese surface form: preferred, alternative and hidden labels."""
        return (self.label, *self.alt_labels, *self.hidden_labels)


@dataclass(frozen=True, eq=False)
class Ontology:
    """The terms of an ontology, indexed by IRI and by label, ready for matching."""

    terms: Mapping[str, Term]
    labels: Mapping[str, str]  # casefolded surface form -> IRI, for the matched kinds
    files: tuple[str, ...]
    fingerprint: str  # sha256 over the files, to cache what is derived from them
    warnings: tuple[str, ...] = ()
    _by_kind: Mapping[str, tuple[Term, ...]] = field(default_factory=dict, repr=False)

    def kind(self, iri: str) -> str | None:
        """The kind of the term with this IRI, or None when it is not in the ontology."""
        term = self.terms.get(iri)
        return term.kind if term else None

    def of_kind(self, kind: str) -> tuple[Term, ...]:
        """All terms of one kind, sorted by IRI."""
        return self._by_kind.get(kind, ())

    def label(self, iri: str) -> str:
        """The canonical Chinese label of a term (the IRI itself if it is unknown)."""
        term = self.terms.get(iri)
        return term.label if term else iri


def default_ontology_dir() -> Path:
    """The ontology a build uses unless told otherwise: ``$KG_ONTOLOGY``, else ``./ontology``
    when the current directory has one (a project's own, edited copy), else kg's own
    (:func:`kg.resources.shipped`: the installed copy, or the checkout's ``ontology/``)."""
    import os

    from kg.resources import shipped

    env = os.environ.get("KG_ONTOLOGY")
    if env:
        return Path(env)
    here = Path.cwd() / "ontology"
    if here.is_dir():
        return here
    return shipped("ontology")


def _ttl_files(paths: Iterable[str | Path] | str | Path, option: str = "--ontology") -> list[Path]:
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if not paths:
        raise OntologyError("no ontology files or directories given")
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(_regular(f) for f in sorted(p.glob("*.ttl")))
        elif p.exists() or p.is_symlink():
            files.append(_regular(p))
        else:
            raise OntologyError(f"{p}: no such ontology file or directory")
    if not files:
        raise OntologyError(
            f"no *.ttl files in {', '.join(str(p) for p in paths)}; "
            f"point {option} at a directory of Turtle files (*.ttl), or at the files"
        )
    return files


def _regular(path: Path) -> Path:
    """``path`` when it is a file (or a link to one), else OntologyError: a FIFO would be
    waited on for ever, and a link to /dev/zero read until memory runs out."""
    if not path.exists():
        raise OntologyError(f"{path}: a broken symbolic link")
    if path.is_dir():  # named x.ttl, inside a directory given
        raise OntologyError(f"{path}: a directory, not a Turtle file")
    if not path.is_file():
        raise OntologyError(f"{path}: a pipe, socket or device, not a Turtle file")
    return path


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise OntologyError(f"{path}: cannot read it ({exc.strerror or exc})") from None


def read_graph(paths: Iterable[str | Path] | str | Path) -> Graph:
    """Parse the Turtle files into one rdflib Graph; a syntax error names file and line."""
    from rdflib import Graph

    graph = Graph()
    for path in _ttl_files(paths):
        _parse_into(graph, path)
    return graph


def _parse_into(graph: Graph, path: Path) -> None:
    import logging

    # rdflib logs "does not look like a valid URI" for IRIs that kg then refuses with a
    # message of its own (_check_writable): one line, not two.
    terms = logging.getLogger("rdflib.term")
    level = terms.level
    terms.setLevel(logging.ERROR)
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise OntologyError(_turtle_error(path, exc)) from exc
    finally:
        terms.setLevel(level)


#: What an IRI written as ``<...>`` cannot hold (Turtle's IRIREF), and lone surrogates,
#: which are no characters and cannot be written as UTF-8 at all.
_NOT_IN_IRI = re.compile('[\x00-\x20<>"{}|^`\\\\\ud800-\udfff]')
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_writable(graph: Graph, path: Path) -> None:
    r"""OntologyError naming the term and file for what no Turtle writer can write back:
    an IRI holding a space, a control character or one of ``<>"{}|^`\``, or that is no
    valid IRI in other ways (``[`` outside a host, ``%zz``), and text holding a lone
    surrogate. rdflib reads them all (some from ``\u`` escapes), and kg would write Turtle
    that no parser, or no store, reads."""
    from rdflib import Literal, URIRef

    checked: set[str] = set()

    def check(iri: str, subject: object, which: str) -> None:
        if iri in checked:
            return
        bad = _NOT_IN_IRI.search(iri)
        if bad:
            raise OntologyError(_unwritable(path, subject, which, bad.group()))
        try:
            ox.NamedNode(iri)  # RFC 3987, as the store behind kg query reads it
        except ValueError as exc:
            raise OntologyError(
                f"{path}: term {_show(subject)}: {which} is not a valid IRI ({exc}); "
                "kg query and kg serve could not read the build"
            ) from exc
        checked.add(iri)

    import pyoxigraph as ox

    _check_blank_nodes(graph, path)
    for triple in graph:
        subject = triple[0]
        for node in triple:
            if isinstance(node, URIRef):
                which = "its IRI" if node == subject else f"the IRI {_show(node)}"
                check(str(node), subject, which)
            elif isinstance(node, Literal):
                if node.datatype:
                    check(str(node.datatype), subject, f"the datatype IRI {_show(node.datatype)}")
                bad = _SURROGATE.search(str(node))
                if bad:
                    raise OntologyError(
                        f"{path}: term {_show(subject)}: the text of {_short(triple[1])} "
                        f"holds a lone surrogate (U+{ord(bad.group()):04X}), which is no "
                        "character: fix the \\u escape that made it"
                    )


def _check_blank_nodes(graph: Graph, path: Path) -> None:
    """OntologyError for a blank node (``[ … ]`` or ``_:name``): kg writes each term and each
    node it links to under its IRI, and a blank node has none (its ``_:`` name changes with
    every parse). The term that links to it is named first, else its label."""
    from rdflib import BNode, Literal, URIRef

    blank = " is a blank node ([ … ] or _:name), which kg cannot name in its graph; give it an IRI"
    linked = sorted(
        (str(s), str(p)) for s, p, o in graph if isinstance(o, BNode) and isinstance(s, URIRef)
    )
    if linked:
        subject, pred = linked[0]
        raise OntologyError(f"{path}: term {_show(subject)}: the object of {_short(pred)}{blank}")
    labelled = sorted(
        str(o)
        for s, o in graph.subject_objects(URIRef(SKOS + "prefLabel"))
        if isinstance(s, BNode) and isinstance(o, Literal)
    )
    if labelled:
        raise OntologyError(
            f"{path}: the term labelled {labelled[0]!r}{blank} (product:name a kg:Product …)"
        )
    preds = sorted(str(p) for s, p, _ in graph if isinstance(s, BNode))
    if preds:
        raise OntologyError(f"{path}: the subject of {_short(preds[0])}{blank}")


def _unwritable(path: Path, subject: object, which: str, char: str) -> str:
    code = ord(char)
    if char == " ":
        what = "a space"
    elif code < 0x20:
        what = f"the control character U+{code:04X}"
    elif 0xD800 <= code <= 0xDFFF:
        what = f"a lone surrogate (U+{code:04X})"
    else:
        what = repr(char)
    return (
        f"{path}: term {_show(subject)}: {which} holds {what}, which Turtle cannot write; "
        "percent-encode it (a space is %20)"
    )


def _show(node: object) -> str:
    """An IRI in angle brackets, with characters that are not printable escaped, so that a
    message stays one line."""
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04X}" for c in str(node))
    return f"<{text}>"


def _short(iri: object) -> str:
    """``skos:prefLabel`` for a SKOS or kg IRI, else the IRI in brackets."""
    for prefix, ns in (("skos:", SKOS), ("kg:", KG)):
        if str(iri).startswith(ns):
            return prefix + str(iri)[len(ns) :]
    return _show(iri)


def _turtle_error(path: Path, exc: Exception) -> str:
    """One line: file, line, what rdflib expected, and the text where it stopped."""
    line = getattr(exc, "lines", None)
    why = getattr(exc, "_why", None)
    text, at = getattr(exc, "_str", None), getattr(exc, "_i", None)
    if line is None or why is None:
        return f"{path}: not valid Turtle: {exc}".strip()
    near = ""
    if isinstance(text, (str, bytes)) and isinstance(at, int):
        source = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        near = " near " + repr(source[max(0, at - 20) : at + 20].replace("\n", " ").strip())
    return f"{path}:{line + 1}: not valid Turtle: {why}{near}"


def load_ontology(
    paths: Iterable[str | Path] | str | Path | None = None,
    add: Iterable[str | Path] = (),
) -> Ontology:
    """Read the ontology from files or directories (default: :func:`default_ontology_dir`),
    and the files or directories ``add`` on top of it (terms of one's own, beside kg's).

    Raises :class:`OntologyError` for unreadable Turtle, a term without a Chinese preferred
    label or with two, and an ontology with no terms. Two terms sharing a label is a warning
    (the term with the smaller IRI keeps the label).

    What the Turtle gave is kept in kg's user cache directory (signed, see :mod:`kg.cache`),
    keyed by kg's code, rdflib's version and the files' names and bytes: a later run over the
    same files parses no Turtle. An ontology with an error is never kept.
    """
    files = _ttl_files(default_ontology_dir() if paths is None else paths)
    added = list(add)
    if added:
        known = {f.resolve() for f in files}
        # A file named twice is read once: its terms would be the same, its hash not.
        files += [f for f in _ttl_files(added, "--add-ontology") if f.resolve() not in known]
    digest = hashlib.sha256()
    read = [_read(path) for path in files]
    for data in read:
        digest.update(data)
    names = tuple(map(str, files))
    key = _cache_key(names, digest.hexdigest())
    cached = _from_cache(key, names, digest.hexdigest())
    if cached is not None:
        return cached
    from rdflib import Graph, URIRef

    graph = Graph()
    defined_in: dict[str, str] = {}
    labelled_in: dict[str, str] = {}
    for path in files:
        part = Graph()
        _parse_into(part, path)
        _check_writable(part, path)
        graph += part
        # A term may be extended in a later file; errors name the file that typed it first.
        for subject in graph.subjects(URIRef(RDF_TYPE)):
            defined_in.setdefault(str(subject), str(path))
        for subject in part.subjects(URIRef(SKOS + "prefLabel")):
            labelled_in.setdefault(str(subject), str(path))
    ontology = ontology_from_graph(
        graph, files=names, fingerprint=digest.hexdigest(), sources=defined_in
    )
    unread = _unread_terms(graph, labelled_in) + _broken_links(ontology.terms)
    if unread:
        ontology = replace(ontology, warnings=(*unread, *ontology.warnings))
    # Kept only when the files still hold the bytes hashed above (none changed mid-read).
    if all(path.read_bytes() == data for path, data in zip(files, read, strict=True)):
        _to_cache(key, ontology, graph)
    return ontology


#: The version of what :func:`_to_cache` keeps; a change of kg's code changes the key too.
_CACHED = "kg-ontology-2"


def _cache_key(files: tuple[str, ...], fingerprint: str) -> str:
    """The key of a parsed ontology: kg's code, rdflib's version (which parses), the files'
    names (terms and warnings quote them) and their bytes."""
    from importlib.metadata import PackageNotFoundError, version

    from kg.cache import _code_fingerprint

    try:
        parser = version("rdflib")
    except PackageNotFoundError:
        parser = "?"
    digest = hashlib.sha256(f"{_CACHED}|{_code_fingerprint()}|{parser}|{fingerprint}|".encode())
    for name in files:
        digest.update(os.fsencode(name) + b"\0")
    return digest.hexdigest()


def _from_cache(key: str, files: tuple[str, ...], fingerprint: str) -> Ontology | None:
    """The ontology parsed by an earlier run from the same files and bytes, if one was kept
    (signed by this user's kg, see :mod:`kg.cache`); its triples are handed to kg.rdf."""
    from kg import rdf
    from kg.cache import load_signed

    value = load_signed("ontology", key)
    if not (isinstance(value, tuple) and len(value) == 4 and value[0] == _CACHED):
        return None
    _, terms, warnings, triples = value
    if triples is not None:
        rdf.prime_ontology_triples(fingerprint, files, triples)
    labels, _ = _label_index(terms)
    by_kind: dict[str, list[Term]] = {}
    for iri in sorted(terms):
        by_kind.setdefault(terms[iri].kind, []).append(terms[iri])
    return Ontology(
        terms=MappingProxyType(dict(terms)),
        labels=MappingProxyType(labels),
        files=files,
        fingerprint=fingerprint,
        warnings=tuple(warnings),
        _by_kind=MappingProxyType({k: tuple(v) for k, v in by_kind.items()}),
    )


def _to_cache(key: str, ontology: Ontology, graph: Graph) -> None:
    from kg import rdf
    from kg.cache import store_signed

    try:
        triples: tuple[rdf.Triple, ...] | None = rdf.graph_triples(graph, ontology.files)
    except OntologyError:  # said again when a build writes them
        triples = None
    if triples is not None:
        rdf.prime_ontology_triples(ontology.fingerprint, ontology.files, triples)
    store_signed("ontology", key, (_CACHED, dict(ontology.terms), ontology.warnings, triples))


def ontology_from_graph(
    graph: Graph,
    *,
    files: tuple[str, ...],
    fingerprint: str,
    sources: Mapping[str, str] | None = None,
) -> Ontology:
    """Make an Ontology of an rdflib Graph (the ontology files, or a build's default graph)."""
    from rdflib import URIRef

    classes: dict[URIRef, set[str]] = {}
    for subject, cls in graph.subject_objects(URIRef(RDF_TYPE)):
        name = str(cls).removeprefix(KG)
        if isinstance(subject, URIRef) and name in KINDS and str(cls) != name:
            classes.setdefault(subject, set()).add(name)
    terms: dict[str, Term] = {}
    where = ", ".join(files)
    for subject in sorted(classes):
        source = (sources or {}).get(str(subject), where)
        kinds = sorted({KINDS[c] for c in classes[subject]})
        if len(kinds) > 1:
            typed = " and ".join(f"kg:{c}" for c in sorted(classes[subject]))
            raise OntologyError(
                f"{source}: term {_show(subject)} is typed {typed}, which are different "
                f"kinds of thing ({', '.join(kinds)}); give it one"
            )
        # Typed twice (kg:Product and kg:Platform): the more specific class wins.
        chosen = sorted(classes[subject], key=lambda c: (KINDS[c] == c, c))[0]
        terms[str(subject)] = _term(graph, subject, chosen, source)
    if not any(t.kind in MATCHED_KINDS for t in terms.values()):
        raise OntologyError(
            f"the ontology in {where} defines no products, people, "
            "organisations or capabilities; add terms typed kg:Product, kg:Person ..."
        )
    labels, warnings = _label_index(terms)
    by_kind: dict[str, list[Term]] = {}
    for iri in sorted(terms):
        by_kind.setdefault(terms[iri].kind, []).append(terms[iri])
    return Ontology(
        terms=MappingProxyType(dict(sorted(terms.items()))),
        labels=MappingProxyType(labels),
        files=files,
        fingerprint=fingerprint,
        warnings=tuple(warnings),
        _by_kind=MappingProxyType({k: tuple(v) for k, v in by_kind.items()}),
    )


def _unread_terms(graph: Graph, labelled_in: Mapping[str, str]) -> list[str]:
    """A warning for each labelled node that looks meant as a term and that kg ignores: it
    has no class, or a class named like one of kg's in another namespace (a ``@prefix kg:``
    ending in ``/`` instead of ``#``), or one in kg's namespace that the schema lacks."""
    from rdflib import URIRef

    declared = {str(c) for c in graph.subjects(URIRef(RDF_TYPE), URIRef(_OWL_CLASS))}
    warnings = []
    for iri in sorted(labelled_in):
        types = sorted(str(t) for t in graph.objects(URIRef(iri), URIRef(RDF_TYPE)))
        if any(t.removeprefix(KG) in KINDS and t.startswith(KG) for t in types):
            continue
        odd = [
            t
            for t in types
            if re.split("[#/]", t)[-1] in KINDS or (t.startswith(KG) and t not in declared)
        ]
        if types and not odd:
            continue  # typed with another vocabulary's classes only: not meant for kg
        typed = (
            f"is typed {' and '.join(map(_show, odd))}, no class of kg's schema"
            if odd
            else "has no class (rdf:type)"
        )
        label = min(str(o) for o in graph.objects(URIRef(iri), URIRef(SKOS + "prefLabel")))
        warnings.append(
            f"{labelled_in[iri]}: {_show(iri)} ({label!r}) {typed}, so kg ignores it; type it "
            "with a class of kg's schema (a kg:Product, kg:Person, kg:Organization, "
            f"kg:Capability …), whose prefix is @prefix kg: <{KG}>"
        )
    return warnings


_OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"

#: The links between terms whose target decides what a term is: the field of Term, the
#: property, and the kind of term it must name. (A kg:madeBy naming no organisation only
#: leaves a maker unknown.)
_LINKS = (
    ("feature_of", "kg:featureOf", "Product", "product", "kg:Product"),
    ("broader", "skos:broader", "CapabilityFamily", "capability family", "kg:CapabilityFamily"),
)


def _broken_links(terms: Mapping[str, Term]) -> list[str]:
    """A warning for each link (:data:`_LINKS`) that names no term of its kind: a typo, or a
    literal. A capability whose kg:featureOf names no product is never offered at all."""
    warnings = []
    for iri in sorted(terms):
        term = terms[iri]
        for attribute, prop, kind, what, cls in _LINKS:
            for target in getattr(term, attribute):
                if target in terms and terms[target].kind == kind:
                    continue
                warnings.append(
                    f"{term.source}: term {_show(iri)}: its {prop} {target!r} is no {what} of "
                    f"the ontology; name a term typed {cls} (or remove the link)"
                )
    return warnings


def _term(graph: Graph, subject: object, cls: str, path: str) -> Term:
    from rdflib import Literal, URIRef

    def values(pred: str, lang: str | None = "zh") -> list[str]:
        out = []
        for obj in graph.objects(subject, URIRef(pred)):  # type: ignore[arg-type]
            if lang is None or (isinstance(obj, Literal) and _lang(obj.language) == lang):
                out.append(str(obj).strip())
        return sorted(out)

    for pred in (SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel"):
        for obj in sorted(graph.objects(subject, URIRef(pred)), key=str):  # type: ignore[arg-type]
            if not isinstance(obj, Literal):
                continue
            label = str(obj).strip()
            if not label:
                raise OntologyError(
                    f"{path}: term {_show(subject)} has an empty {_short(pred)}; "
                    "give it a label or remove it"
                )
            _check_label(label, pred, subject, path)

    pref = values(SKOS + "prefLabel")
    if len(pref) != 1:
        if pref:
            what = f"{len(pref)} @zh labels ({', '.join(pref)})"
        else:  # a term named only by its altLabel: say so, not "()"
            alt = values(SKOS + "altLabel")
            what = "no skos:prefLabel in Chinese (@zh)" + (
                f", only altLabel {', '.join(alt)}" if alt else ""
            )
        raise OntologyError(
            f"{path}: term <{subject}> has {what}; "
            'give it exactly one skos:prefLabel "…"@zh and put other names in skos:altLabel'
        )
    en = values(SKOS + "prefLabel", "en")
    years = sorted(set(values(KG + "year", None)))
    series = values(KG + "series", None)
    if len(years) > 1:
        raise OntologyError(
            f"{path}: term <{subject}> has {len(years)} kg:year values ({', '.join(years)}); "
            "an event has one year, e.g. kg:year 2023"
        )
    if years and not re.fullmatch("[0-9]{4}", years[0]):
        # int() would read 2_023 and ٢٠٢٣; facts tables and front matter take four digits.
        raise OntologyError(
            f"{path}: term <{subject}> has kg:year {years[0]!r}; write the year as four "
            "digits, e.g. kg:year 2023"
        )
    year = int(years[0]) if years else None
    return Term(
        iri=str(subject),
        kind=KINDS[cls],
        cls=cls,
        label=pref[0],
        label_en=en[0] if en else None,
        alt_labels=tuple(values(SKOS + "altLabel")),
        hidden_labels=tuple(values(SKOS + "hiddenLabel")),
        broader=tuple(values(SKOS + "broader", None)),
        made_by=tuple(values(KG + "madeBy", None)),
        feature_of=tuple(values(KG + "featureOf", None)),
        measured_in=tuple(values(KG + "measuredIn", None)),
        series=series[0] if series else None,
        year=year,
        source=path,
    )


#: What kg drops from article text (controls, zero-width characters, BOMs, kg.loaders) and
#: bidirectional controls: a label holding one could never be found in an article.
_UNFINDABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
#: The longest label: a name as an article writes it (kg's own are at most 21 characters).
#: Matching indexes every prefix of every label, so a longer one costs its length squared.
MAX_LABEL = 100


def _check_label(label: str, pred: str, subject: object, path: str) -> None:
    """OntologyError for a label longer than :data:`MAX_LABEL` characters."""
    where = f"{path}: term {_show(subject)}: its {_short(pred)}"
    if len(label) > MAX_LABEL:
        raise OntologyError(
            f"{where} {label[:20] + '…'!r} is {len(label)} characters long; a label is a name "
            f"as articles write it, at most {MAX_LABEL} characters"
        )


def _lang(tag: str | None) -> str | None:
    """The primary language of a tag: zh-CN, zh-Hans and zh are all Chinese."""
    return tag.split("-", 1)[0].lower() if tag else None


#: A label of a few digits and nothing else (91 of 91无线, 360): a count or a year as often as
#: a name. (Five digits and more, as 12306, are rarely written as a number in news.)
_SHORT_NUMBER = re.compile(r"[0-9]{2,4}")


def _label_index(terms: Mapping[str, Term]) -> tuple[dict[str, str], list[str]]:
    labels: dict[str, str] = {}
    warnings: list[str] = []
    for iri in sorted(terms):
        term = terms[iri]
        if term.kind not in MATCHED_KINDS:
            continue
        for label in term.labels:
            bad = _UNFINDABLE.search(label)
            if bad:  # a warning: kg writes such a label whole (tests/test_rdf_tools.py)
                warnings.append(
                    f"{term.source}: term {_show(iri)}: its label {label!r} holds "
                    f"U+{ord(bad.group()):04X}, an invisible or control character that kg "
                    "removes from articles, so it is never found; remove it"
                )
            elif len(label) == 1:
                warnings.append(
                    f"{term.source}: term {_show(iri)}: its label {label!r} is one character, "
                    "which kg finds in almost any article, inside other words; give a longer name"
                )
            elif _SHORT_NUMBER.fullmatch(label):
                warnings.append(
                    f"{term.source}: term {_show(iri)}: its label {label!r} is a number, which "
                    "kg finds wherever an article counts or dates with it (91个, 第360页); give "
                    "the name it is known by"
                )
            key = label.casefold()
            owner = labels.get(key)
            if owner is None:
                labels[key] = iri
            elif owner != iri:
                warnings.append(
                    f"label {label!r} is used by <{owner}> and <{iri}> "
                    f"({terms[owner].source}, {term.source}); it is matched as <{owner}> only"
                )
    return labels, warnings
