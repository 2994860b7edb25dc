"""The store behind ``kg query`` and ``kg serve``: Oxigraph, via pyoxigraph.

A build is bulk-loaded into an in-memory Oxigraph store: the merged graph (``kg.ttl``) as
the default graph, so a query sees the ontology and every fact once, and each article's
named graph (``kg.trig``) for queries that ask ``GRAPH ?article``. Oxigraph was chosen
over rdflib's own SPARQL for speed (bench/bench_store.py has the figures); rdflib stays
where kg reads Turtle it owns (the ontology).

Every query runs in a forked child process that is killed when it overruns its time limit:
Oxigraph cannot cancel a query itself, and a runaway query must not hold the CLI or the
endpoint. Where ``fork`` is missing (Windows) queries run in-process, without a limit.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import QueryError
from kg.rdf import PREFIXES, iri

__all__ = [
    "DEFAULT_TIMEOUT",
    "RESULT_TYPES",
    "Answer",
    "open_store",
    "execute",
    "select",
    "query_kind",
]

#: Seconds a query may run before it is stopped.
DEFAULT_TIMEOUT = 30.0
#: SPARQL result formats by media type, for SELECT and ASK.
RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
#: RDF formats by media type, for CONSTRUCT and DESCRIBE.
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "application/ld+json": "JSON_LD",
}


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to a SELECT or ASK query: column names and rows of display strings."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def open_store(build_dir: str | Path) -> Any:
    """Load a build into an in-memory Oxigraph store.

    The default graph is the merged graph (``kg.ttl``: the ontology and every fact once);
    each article keeps its named graph (from ``kg.trig``) for ``GRAPH ?article`` queries.
    Oxigraph's union-of-graphs mode would count a fact reported twice twice.
    """
    import pyoxigraph as ox

    build = Path(build_dir)
    merged, named = build / "kg.ttl", build / "kg.trig"
    for path in (merged, named):
        if not path.is_file():
            raise QueryError(f"{path}: no build here; run `kg build -o {build_dir}` first")
    store = ox.Store()
    try:
        store.bulk_load(path=str(merged), format=ox.RdfFormat.TURTLE)
        store.bulk_load(path=str(named), format=ox.RdfFormat.TRIG)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{build}: cannot load the build: {exc}") from exc
    return store


def query_kind(text: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or UPDATE for anything that changes data."""
    import re

    body = re.sub(r"#[^\n]*", " ", text)
    body = re.sub(r"(?is)\b(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)", " ", body)
    words = re.findall(r"[A-Za-z]+", body)
    first = words[0].upper() if words else ""
    if first in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        return first
    return "UPDATE" if first else ""


def execute(
    store: Any, text: str, media_type: str, timeout: float | None = DEFAULT_TIMEOUT
) -> bytes:
    """Run a read-only query and serialise its result in ``media_type``.

    Raises :class:`QueryError` for an update, a syntax error (with its position), a media
    type that does not fit the query, and a query that runs past ``timeout`` seconds.
    """
    kind = query_kind(text)
    if kind in ("UPDATE", ""):
        raise QueryError(
            "this store is read-only: only SELECT, ASK, CONSTRUCT and DESCRIBE are answered"
        )
    table = RESULT_TYPES if kind in ("SELECT", "ASK") else GRAPH_TYPES
    if media_type not in table:
        raise QueryError(
            f"a {kind} query cannot be answered as {media_type}; "
            f"ask for one of {', '.join(sorted(table))}"
        )
    if timeout is None or not hasattr(os, "fork"):
        return _run(store, text, table[media_type])
    return _run_forked(store, text, table[media_type], timeout)


def _run(store: Any, text: str, fmt: str) -> bytes:
    import pyoxigraph as ox

    try:
        result = store.query(text, prefixes=dict(PREFIXES))
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from exc
    if isinstance(result, ox.QueryTriples):
        data = result.serialize(format=getattr(ox.RdfFormat, fmt))
    else:
        data = result.serialize(format=getattr(ox.QueryResultsFormat, fmt))
    return data or b""


def _child(conn: Any, store: Any, text: str, fmt: str) -> None:
    try:
        conn.send((True, _run(store, text, fmt)))
    except QueryError as exc:
        conn.send((False, str(exc)))
    except Exception as exc:  # anything else still has to reach the parent
        conn.send((False, f"the query failed: {exc}"))
    finally:
        conn.close()


def _run_forked(store: Any, text: str, fmt: str, timeout: float) -> bytes:
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, store, text, fmt), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryError(
                f"the query was stopped after {timeout:g} s; narrow it (LIMIT, fewer "
                "OPTIONALs) or allow more time with --timeout"
            )
        ok, payload = receiver.recv()
    except EOFError as exc:
        raise QueryError("the query process died without an answer") from exc
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if not ok:
        raise QueryError(payload)
    return bytes(payload)


def select(store: Any, text: str, timeout: float | None = DEFAULT_TIMEOUT) -> Answer:
    """Run a SELECT or ASK query; IRIs are shown as prefixed names where one fits."""
    data = json.loads(execute(store, text, "application/sparql-results+json", timeout))
    if "boolean" in data:
        return Answer(("ask",), ((str(data["boolean"]).lower(),),))
    columns = tuple(data["head"]["vars"])
    rows = tuple(
        tuple(_show(binding.get(c)) for c in columns) for binding in data["results"]["bindings"]
    )
    return Answer(columns, rows)


def _show(term: dict[str, str] | None) -> str:
    if term is None:
        return ""
    if term["type"] == "uri":
        shown = iri(term["value"])
        return shown[1:-1] if shown.startswith("<") else shown
    return term["value"]
