"""The store behind ``kg query`` and ``kg serve``: Oxigraph, via pyoxigraph.

A build is bulk-loaded into an Oxigraph store: the merged graph (``kg.ttl``) as the default
graph, so a query sees the ontology and every fact once, and each article's named graph
(``kg.trig``) for queries that ask ``GRAPH ?article``. The store is in memory, or, for a
build too large to load for every query, on disk, where it is loaded once and kept while
the build is unchanged (:func:`open_store`). Oxigraph was chosen
over rdflib's own SPARQL for speed (bench/bench_store.py has the figures); rdflib stays
where kg reads Turtle it owns (the ontology).

Every query runs in a forked worker process that is killed when it overruns its time limit:
Oxigraph cannot cancel a query itself, and a runaway query must not hold the CLI or the
endpoint. Workers are kept between queries. Where ``fork`` is missing (Windows) queries run
in-process, without a limit.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
import weakref
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
    "Store",
    "DiskStore",
    "DISK_FROM",
    "STORE_DIR",
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


#: A build whose kg.ttl and kg.trig together pass this many bytes gets an on-disk store
#: (``BUILD/.kg-store``) unless told where: loading it into memory for every query would
#: take minutes and gigabytes.
DISK_FROM = 1_000_000_000
#: The on-disk store kept in a build's directory.
STORE_DIR = ".kg-store"
_OWNED = "KG_STORE"  # written first: the directory is kg's to replace
_STAMP = "kg-build.json"  # written last: the build the store holds, loaded whole


def open_store(build_dir: str | Path, location: str | Path | None = None) -> Any:
    """Load a build into an Oxigraph store: in memory, or on disk at ``location``.

    The default graph is the merged graph (``kg.ttl``: the ontology and every fact once);
    each article keeps its named graph (from ``kg.trig``) for ``GRAPH ?article`` queries.
    Oxigraph's union-of-graphs mode would count a fact reported twice twice.

    An on-disk store is loaded once and opened again, instantly, for as long as the build's
    files are the ones it was loaded from (their sizes and modification times); a build
    larger than :data:`DISK_FROM` bytes gets one in ``BUILD/.kg-store`` by default.
    """
    import pyoxigraph as ox

    build = Path(build_dir)
    merged, named = build / "kg.ttl", build / "kg.trig"
    for path in (merged, named):
        if not path.is_file():
            raise QueryError(f"{path}: no build here; run `kg build -o {build_dir}` first")
    if location is None and merged.stat().st_size + named.stat().st_size > DISK_FROM:
        location = build / STORE_DIR
    if location is not None:
        return _disk_store(build, Path(location))
    store = ox.Store()
    _load(store, build)
    return Store(store)


def _load(store: Any, build: Path) -> None:
    import pyoxigraph as ox

    try:
        store.bulk_load(path=str(build / "kg.ttl"), format=ox.RdfFormat.TURTLE)
        store.bulk_load(path=str(build / "kg.trig"), format=ox.RdfFormat.TRIG)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{build}: cannot load the build: {exc}") from exc


class Store:
    """A loaded build: a pyoxigraph store, and the worker processes that query it.

    Queries with a time limit run in forked workers (:class:`_Worker`) that are kept for
    the next query, so a query pays for a fork only the first time (or after one was
    stopped), and a worker's memory stays warm. The workers go with the store.
    """

    #: Idle workers kept per store (``kg serve`` answers requests in threads).
    KEEP = 4

    def __init__(self, store: Any) -> None:
        self._store = store
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        weakref.finalize(self, _stop_all, self._idle)

    def query(self, *args: Any, **kwargs: Any) -> Any:
        """pyoxigraph's ``Store.query``, in this process."""
        return self._store.query(*args, **kwargs)

    def in_child(self) -> Store:
        """The store as a forked worker should use it."""
        return self

    def ask(self, text: str, fmt: str, timeout: float) -> bytes:
        """Run a query in a worker process, stopping it after ``timeout`` seconds."""
        with self._lock:
            worker = self._idle.pop() if self._idle else None
        if worker is None:
            worker = _Worker(self)
        try:
            return worker.ask(text, fmt, timeout)
        finally:
            self._keep(worker)

    def _keep(self, worker: _Worker) -> None:
        """Keep a worker for the next query, unless it was stopped or enough are idle."""
        with self._lock:
            if worker.alive and len(self._idle) < self.KEEP:
                self._idle.append(worker)
                return
        worker.stop()


class DiskStore(Store):
    """An Oxigraph store on disk, opened read-only. A worker opens its own handle, so no
    RocksDB state crosses a fork."""

    def __init__(self, path: Path) -> None:
        import pyoxigraph as ox

        self.path = path
        try:
            super().__init__(ox.Store.read_only(str(path)))
        except OSError as exc:
            raise QueryError(f"{path}: cannot open the store: {exc}") from exc

    def in_child(self) -> Store:
        """A fresh handle on the same store."""
        import pyoxigraph as ox

        return Store(ox.Store.read_only(str(self.path)))


class _Worker:
    """A forked process that answers one query at a time over a pipe."""

    def __init__(self, store: Store) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_work, args=(child,), daemon=True)
        # The store reaches the child through the fork, not the Process's arguments, which
        # multiprocessing keeps until the process is joined: the store must stay collectable.
        with _FORKING_LOCK:
            _FORKING.append(store)
            try:
                self._process.start()
            finally:
                _FORKING.clear()
        child.close()

    @property
    def alive(self) -> bool:
        return not self._conn.closed and self._process.is_alive()

    def ask(self, text: str, fmt: str, timeout: float) -> bytes:
        try:
            self._conn.send((text, fmt))
            if not self._conn.poll(timeout):
                self.stop()
                raise QueryError(
                    f"the query was stopped after {timeout:g} s; narrow it (LIMIT, fewer "
                    "OPTIONALs) or allow more time with --timeout"
                )
            ok, payload = self._conn.recv()
        except (EOFError, OSError) as exc:
            self.stop()
            raise QueryError("the query process died without an answer") from exc
        if not ok:
            raise QueryError(payload)
        return bytes(payload)

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._conn.close()


def _stop_all(workers: list[_Worker]) -> None:
    for worker in workers:
        worker.stop()
    workers.clear()


_FORKING: list[Store] = []
_FORKING_LOCK = threading.Lock()


def _work(conn: Any) -> None:
    try:
        store = _FORKING[0].in_child()
        while True:
            try:
                text, fmt = conn.recv()
            except EOFError:
                return
            try:
                conn.send((True, _run(store, text, fmt)))
            except QueryError as exc:
                conn.send((False, str(exc)))
            except Exception as exc:  # anything else still has to reach the parent
                conn.send((False, f"the query failed: {exc}"))
    finally:
        conn.close()


def _stamp(build: Path) -> dict[str, Any]:
    files = {}
    for name in ("kg.ttl", "kg.trig"):
        info = (build / name).stat()
        files[name] = [info.st_size, info.st_mtime_ns]
    return {"build": str(build.resolve()), "files": files}


def _disk_store(build: Path, location: Path) -> DiskStore:
    import shutil

    import pyoxigraph as ox

    stamp = _stamp(build)
    try:
        if json.loads((location / _STAMP).read_text(encoding="utf-8")) == stamp:
            return DiskStore(location)
    except (OSError, ValueError):
        pass
    if location.exists():
        if not (location / _OWNED).is_file() and any(location.iterdir()):
            raise QueryError(
                f"{location}: exists and is not a kg store; give --store a new or empty directory"
            )
        shutil.rmtree(location)
    try:
        location.mkdir(parents=True)
        (location / _OWNED).write_text("an Oxigraph store that kg made and may replace\n")
        store = ox.Store(str(location))
    except OSError as exc:
        raise QueryError(f"{location}: cannot make a store here: {exc}") from exc
    try:
        _load(store, build)
        store.flush()
    except BaseException:
        del store
        shutil.rmtree(location, ignore_errors=True)
        raise
    del store  # closes the read-write instance before the read-only one opens
    (location / _STAMP).write_text(json.dumps(stamp), encoding="utf-8")
    return DiskStore(location)


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
    if timeout is None or not hasattr(os, "fork") or not isinstance(store, Store):
        return _run(store, text, table[media_type])
    return store.ask(text, table[media_type], timeout)


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
