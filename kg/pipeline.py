"""The pipeline: paths in, a :class:`Build` out, streaming one document at a time.

``extract(document, ontology)`` is a pure function of its two arguments: the same document
and ontology give the same :class:`~kg.records.Extraction` in any process, which is what lets
a build run its documents in parallel or on a cluster later without a rewrite. A document
that fails is reported and skipped; it never costs the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import BuildError, KGError
from kg.loaders import MAX_BYTES, iter_paths, load
from kg.match import match
from kg.ontology import Ontology, load_ontology
from kg.rdf import Triple, article_triples, document_iri, ontology_triples
from kg.records import Article, Document, Extraction, Fact, Failure
from kg.relations import extract_facts
from kg.segment import segment

__all__ = ["Build", "extract", "extract_path", "stream", "build", "fact_order"]


@dataclass(frozen=True)
class Build:
    """What a build made: its articles, facts and graphs, and what failed or warned."""

    ontology: Ontology
    articles: tuple[Article, ...]  # sorted by id
    facts: tuple[Fact, ...]  # every reading of every fact, sorted
    default_graph: tuple[Triple, ...]  # the ontology
    named_graphs: tuple[tuple[str, tuple[Triple, ...]], ...]  # (article IRI, its triples)
    failures: tuple[Failure, ...]
    warnings: tuple[str, ...]


def extract(document: Document, ontology: Ontology) -> Extraction:
    """Read every fact of one document: segment, match, apply the relation rules."""
    mentions = match(segment(document, ontology), ontology)
    return Extraction(
        document=document,
        year=mentions.year,
        event=mentions.event,
        facts=extract_facts(mentions, ontology),
        warnings=document.warnings + mentions.warnings,
    )


def extract_path(
    path: str | Path, ontology: Ontology, max_bytes: int = MAX_BYTES, strict: bool = False
) -> Extraction | Failure:
    """Load and extract one file; what goes wrong becomes a :class:`Failure` for that file.

    A :class:`KGError` is the input's fault and says so. Any other exception is kg's: it is
    reported as an internal error for this file only (``strict`` re-raises it, for --debug).
    """
    try:
        return extract(load(path, max_bytes), ontology)
    except KGError as exc:
        return Failure(str(path), str(exc))
    except Exception as exc:
        if strict:
            raise
        return Failure(
            str(path),
            f"{path}: internal error in kg ({type(exc).__name__}: {exc}); "
            "the other articles were built; run with --debug for the traceback and report it",
        )


def stream(
    paths: Iterable[str | Path],
    ontology: Ontology,
    max_bytes: int = MAX_BYTES,
    strict: bool = False,
) -> Iterator[Extraction | Failure]:
    """Extract each article under ``paths`` in turn (directories walked in sorted order)."""
    try:
        files = list(iter_paths(paths))
    except KGError as exc:
        raise BuildError(str(exc)) from exc
    if not files:
        raise BuildError(
            f"no articles found in {', '.join(map(str, paths))} "
            "(looked for *.html, *.htm, *.md, *.markdown, *.txt)"
        )
    for path in files:
        yield extract_path(path, ontology, max_bytes, strict)


def build(
    paths: Iterable[str | Path],
    ontology: Ontology | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    strict: bool = False,
) -> Build:
    """Build the knowledge graph of the articles under ``paths``.

    The result does not depend on the order of the files: articles, facts and graphs are
    sorted, and an article id that two files share is a failure for the later path.
    """
    ontology = ontology or load_ontology()
    articles: dict[str, Article] = {}
    facts: list[Fact] = []
    graphs: dict[str, tuple[Triple, ...]] = {}
    failures: list[Failure] = []
    warnings: list[str] = list(ontology.warnings)
    for result in stream(paths, ontology, max_bytes, strict):
        if isinstance(result, Failure):
            failures.append(result)
            continue
        doc = result.document
        if doc.id in articles:
            failures.append(
                Failure(
                    doc.path,
                    f"its id {doc.id!r} is taken by {articles[doc.id].path}; rename one file",
                )
            )
            continue
        articles[doc.id] = Article(
            id=doc.id,
            path=doc.path,
            title=doc.title,
            date=doc.date,
            year=result.year,
            event=result.event,
            sha256=doc.sha256,
            sentences=len(doc.sentences),
            facts=len({f.key for f in result.facts}),
        )
        facts.extend(result.facts)
        graphs[document_iri(doc.id)] = tuple(article_triples(result))
        warnings.extend(result.warnings)
    return Build(
        ontology=ontology,
        articles=tuple(articles[k] for k in sorted(articles)),
        facts=tuple(sorted(facts, key=fact_order)),
        default_graph=tuple(ontology_triples(ontology)),
        named_graphs=tuple(sorted(graphs.items())),
        failures=tuple(sorted(failures, key=lambda f: f.path)),
        warnings=tuple(sorted(set(warnings))),
    )


def fact_order(fact: Fact) -> tuple[object, ...]:
    """The order facts are kept in: by statement, then by where they were read."""
    ev = fact.evidence
    return (
        fact.year or 0,
        fact.subject,
        fact.predicate,
        fact.object,
        fact.value if fact.value is not None else -1,
        fact.unit or "",
        (ev.document, ev.start) if ev else ("", 0),
    )
