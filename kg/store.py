"""The store behind ``kg query`` and ``kg serve``: Oxigraph, via pyoxigraph.

A build is bulk-loaded into an Oxigraph store: the merged graph (``kg.ttl``) as the default
graph, so a query sees the ontology and every fact once, and each article's named graph
(``kg.trig``) for queries that ask ``GRAPH ?article``. The store is in memory, or, for a
build too large to load for every query, on disk, where it is loaded once and kept while
the build is unchanged (:func:`open_store`). Oxigraph was chosen
over rdflib's own SPARQL for speed (bench/bench_store.py has the figures); rdflib stays
where kg reads Turtle it owns (the ontology).

Every query is read first (:mod:`kg.sparql`): updates are refused, and so is SERVICE, which
would make kg send requests wherever the query says, unless the caller allows it.

Every query runs in a forked worker process that is killed when it overruns its time limit:
Oxigraph cannot cancel a query itself, and a runaway query must not hold the CLI or the
endpoint. A worker may allocate a bounded amount of memory, at most a bounded number of
them run at once, and they die with the process that forked them, however it ends. Workers
are kept between queries. Where ``fork`` is missing (Windows) queries run in-process,
without a limit.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import QueryError, QueryLimitError
from kg.rdf import PREFIXES, iri
from kg.sparql import Query, read
from kg.workers import die_with_parent

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_QUERIES",
    "DEFAULT_MEMORY",
    "RESULT_TYPES",
    "Answer",
    "open_store",
    "Store",
    "DiskStore",
    "DISK_FROM",
    "STORE_DIR",
    "check",
    "execute",
    "select",
    "query_kind",
]

#: Seconds a query may run before it is stopped.
DEFAULT_TIMEOUT = 30.0
#: Queries that run at once, each in its own process; one more is refused as "busy".
DEFAULT_QUERIES = 4
#: Megabytes a query's process may allocate on top of the store it shares with kg.
DEFAULT_MEMORY = 1000.0
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


def open_store(
    build_dir: str | Path,
    location: str | Path | None = None,
    *,
    max_queries: int = DEFAULT_QUERIES,
    max_memory: float | None = DEFAULT_MEMORY,
    debug: bool = False,
) -> Any:
    """Load a build into an Oxigraph store: in memory, or on disk at ``location``.

    The default graph is the merged graph (``kg.ttl``: the ontology and every fact once);
    each article keeps its named graph (from ``kg.trig``) for ``GRAPH ?article`` queries.
    Oxigraph's union-of-graphs mode would count a fact reported twice twice.

    An on-disk store is loaded once and opened again, instantly, for as long as the build's
    files are the ones it was loaded from (their sizes and modification times); a build
    larger than :data:`DISK_FROM` bytes gets one in ``BUILD/.kg-store`` by default. A store
    kg made that can no longer be opened (a disk error, a killed load) is loaded again; a
    directory kg did not make is never replaced.

    At most ``max_queries`` queries run at once, and each may allocate ``max_memory``
    megabytes (None: no limit) before it is stopped. What a query's process prints (a
    crash, an allocation that failed) is shown only with ``debug``.
    """
    import pyoxigraph as ox

    build = Path(build_dir)
    merged, named = build / "kg.ttl", build / "kg.trig"
    for path in (merged, named):
        if not path.is_file():
            raise QueryError(f"{path}: no build here; run `kg build -o {build_dir}` first")
    limits = _Limits(max_queries, max_memory, debug)
    if location is None and merged.stat().st_size + named.stat().st_size > DISK_FROM:
        location = build / STORE_DIR
    if location is not None:
        return _disk_store(build, Path(location), limits)
    store = ox.Store()
    _load(store, build)
    return Store(store, max_queries, max_memory, debug)


@dataclass(frozen=True, slots=True)
class _Limits:
    """What a store's workers may use (processes at once, megabytes each), and whether
    they may print."""

    queries: int
    memory: float | None
    debug: bool


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

    def __init__(
        self,
        store: Any,
        max_queries: int = DEFAULT_QUERIES,
        max_memory: float | None = DEFAULT_MEMORY,
        debug: bool = False,
    ) -> None:
        if max_queries < 1:
            raise QueryError(f"max_queries must be at least 1, not {max_queries}")
        self._store = store
        self.max_queries = max_queries
        self.max_memory = max_memory
        self.debug = debug
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._running = threading.BoundedSemaphore(max_queries)
        weakref.finalize(self, _stop_all, self._idle)

    def query(self, *args: Any, **kwargs: Any) -> Any:
        """pyoxigraph's ``Store.query``, in this process."""
        return self._store.query(*args, **kwargs)

    def in_child(self) -> Store:
        """The store as a forked worker should use it."""
        return self

    def ask(self, text: str, fmt: str, timeout: float) -> bytes:
        """Run a query in a worker process, stopping it after ``timeout`` seconds.

        Raises :class:`QueryLimitError` at once when ``max_queries`` queries are running.
        """
        if not self._running.acquire(blocking=False):
            running = "query is" if self.max_queries == 1 else "queries are"
            raise QueryLimitError(
                f"busy: {self.max_queries} {running} running, the most kg runs at once "
                "(--max-queries); try again when one is done",
                busy=True,
            )
        try:
            with self._lock:
                worker = self._idle.pop() if self._idle else None
            if worker is None:
                worker = _Worker(self)
            try:
                return worker.ask(text, fmt, timeout)
            finally:
                self._keep(worker)
        finally:
            self._running.release()

    def _keep(self, worker: _Worker) -> None:
        """Keep a worker for the next query, unless it was stopped, still owes an answer
        (its caller was interrupted), or enough are idle."""
        with self._lock:
            if worker.ready and len(self._idle) < min(self.KEEP, self.max_queries):
                self._idle.append(worker)
                return
        worker.stop()


class DiskStore(Store):
    """An Oxigraph store on disk, opened read-only. A worker opens its own handle, so no
    RocksDB state crosses a fork."""

    def __init__(
        self,
        path: Path,
        max_queries: int = DEFAULT_QUERIES,
        max_memory: float | None = DEFAULT_MEMORY,
        debug: bool = False,
    ) -> None:
        self.path = path
        super().__init__(_open_read_only(path), max_queries, max_memory, debug)

    def in_child(self) -> Store:
        """A fresh handle on the same store."""
        return Store(_open_read_only(self.path), self.max_queries, self.max_memory, self.debug)


def _open_read_only(path: Path) -> Any:
    """Open an on-disk store and read from it once, so a store that cannot serve fails here."""
    import pyoxigraph as ox

    try:
        store = ox.Store.read_only(str(path))
        store.query("ASK { ?s ?p ?o }")
    except (OSError, RuntimeError, SyntaxError) as exc:  # RocksDB says "Corruption" so
        raise QueryError(f"{path}: cannot open the store: {exc}") from exc
    return store


class _Worker:
    """A forked process that answers one query at a time over a pipe."""

    def __init__(self, store: Store) -> None:
        context = multiprocessing.get_context("fork")
        self.memory = store.max_memory
        #: Sent a query and not yet read its answer: never to be asked again.
        self.pending = False

        def start() -> tuple[Any, Any]:
            # The pipe is made, and its child's end closed, in the thread that forks: no
            # worker is forked while another's pipe is half made, so a worker inherits no
            # end but the parent's ends listed in _PARENT_ENDS, which it lets go of.
            conn, child = context.Pipe()
            process = context.Process(
                target=_work, args=(child, os.getpid(), self.memory, store.debug), daemon=True
            )
            # The store reaches the child through the fork, not the Process's arguments,
            # which multiprocessing keeps until the process is joined: the store must stay
            # collectable.
            _FORKING.append(store)
            _PARENT_ENDS.add(conn.fileno())
            try:
                process.start()
            except BaseException:
                _PARENT_ENDS.discard(conn.fileno())
                conn.close()
                raise
            finally:
                _FORKING.clear()
                child.close()
            return conn, process

        self._conn, self._process = _fork(start)

    @property
    def alive(self) -> bool:
        return not self._conn.closed and self._process.is_alive()

    @property
    def ready(self) -> bool:
        """Alive and owing no answer: fit for the next query."""
        return self.alive and not self.pending

    def ask(self, text: str, fmt: str, timeout: float) -> bytes:
        self.pending = True
        try:
            self._conn.send((text, fmt))
            if not self._conn.poll(timeout):
                self.stop()
                raise QueryLimitError(
                    f"the query was stopped after {timeout:g} s; narrow it (LIMIT, fewer "
                    "OPTIONALs) or allow more time with --timeout"
                )
            status, payload = self._conn.recv()
        except (EOFError, OSError) as exc:
            code = self.stop()
            if self.memory is not None and code == -signal.SIGABRT:
                raise self._out_of_memory() from exc
            if code == -signal.SIGSEGV:
                raise QueryError(
                    "the query process crashed (SIGSEGV); a query nested or chained very deep "
                    "(thousands of UNIONs, OPTIONALs or parentheses) overflows the query "
                    "engine's stack: split it into smaller queries"
                ) from exc
            raise QueryError("the query process died without an answer") from exc
        self.pending = False
        if status == "ok":
            return bytes(payload)
        if status == "memory":
            self.stop()
            raise self._out_of_memory()
        if status == "syntax":
            raise _UnparsedError(payload)
        raise QueryError(payload)

    def _out_of_memory(self) -> QueryLimitError:
        return QueryLimitError(
            f"the query was stopped at its memory limit ({self.memory:g} MB); narrow it "
            "(LIMIT, fewer OPTIONALs) or allow more with --max-memory"
        )

    def stop(self) -> int | None:
        """Kill the process (if it still runs) and return its exit code."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        if not self._conn.closed:
            _PARENT_ENDS.discard(self._conn.fileno())
            self._conn.close()
        code: int | None = self._process.exitcode
        return code


def _stop_all(workers: list[_Worker]) -> None:
    for worker in workers:
        worker.stop()
    workers.clear()


_T = TypeVar("_T")
_FORKING: list[Store] = []
#: The parent's ends of every worker's pipe: a worker must not hold them, or a worker
#: whose parent died would wait for ever for a query that can no longer come.
_PARENT_ENDS: set[int] = set()
_FORKER: list[ThreadPoolExecutor] = []
_FORKER_LOCK = threading.Lock()


def _fork(start: Callable[[], _T]) -> _T:
    """Run ``start`` (which forks) in kg's one forking thread.

    Linux sends a worker its parent-death signal when the *thread* that forked it ends,
    and ``kg serve`` answers each connection in a thread of its own: workers forked there
    would die with the connection. The forking thread lives as long as the process.
    """
    with _FORKER_LOCK:
        if not _FORKER:
            _FORKER.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-fork"))
        forker = _FORKER[0]
    return forker.submit(start).result()


def _work(conn: Any, parent: int, memory: float | None, debug: bool) -> None:
    """A worker's life: answer queries until the parent hangs up or dies."""
    _detach(parent, None, conn.fileno(), debug)
    deep = _deep_thread()  # before the memory cap, which would count its stack
    if memory is not None:
        _cap_memory(memory)
    try:
        store = _FORKING[0].in_child()
        while True:
            try:
                text, fmt = conn.recv()
            except (EOFError, OSError):
                return
            try:
                if deep is None:
                    data = _run(store, text, fmt)
                else:
                    data = deep.submit(_run, store, text, fmt).result()
                answer: tuple[str, Any] = ("ok", data)
            except _UnparsedError as exc:
                answer = ("syntax", str(exc))
            except QueryError as exc:
                answer = ("error", str(exc))
            except MemoryError:
                answer = ("memory", "")
            except Exception as exc:  # anything else still has to reach the parent
                answer = ("error", f"the query failed: {exc}")
            try:
                conn.send(answer)
            except (OSError, ValueError):  # the parent stopped listening
                return
    except QueryError:
        return  # the store cannot be opened here: the parent hears EOF and says so
    finally:
        conn.close()


#: The stack of the thread a worker runs its queries in. Oxigraph parses and evaluates a
#: query recursively: 10,000 UNIONs, OPTIONALs, || or nested parentheses overflow the 8 MB of
#: a main thread (SIGSEGV) and fit in this. Untouched, the stack costs address space only.
_QUERY_STACK = 512 * 2**20


def _deep_thread() -> ThreadPoolExecutor | None:
    """A query thread with a stack of ``_QUERY_STACK``; None if the system will not make one
    (the queries then run, less deep, in the calling thread)."""
    with _STACK_SIZE_LOCK:  # the size is the process's: set it only while starting ours
        try:
            previous = threading.stack_size(_QUERY_STACK)
        except (ValueError, RuntimeError):
            return None
        try:
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-query")
            pool.submit(int).result()  # the thread starts, and maps its stack, now
        except RuntimeError:  # "can't start new thread": no room for the stack
            return None
        finally:
            threading.stack_size(previous)
    return pool


_STACK_SIZE_LOCK = threading.Lock()


def _in_process(store: Any, text: str, fmt: str) -> bytes:
    """`_run` in this process (no time limit, or no fork), on a thread of a deep stack made
    for this query, as a worker runs it: a query nested 10,000 deep overflows a main thread."""
    deep = _deep_thread()
    if deep is None:
        return _run(store, text, fmt)
    try:
        return deep.submit(_run, store, text, fmt).result()
    finally:
        deep.shutdown(wait=False)


def _detach(parent: int, memory: float | None, own: int, debug: bool) -> None:
    """Make a fresh worker die with its parent, leave Ctrl-C to the parent, cap its memory,
    and silence it unless ``debug``. ``own`` is the worker's end of its pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    null = os.open(os.devnull, os.O_RDWR)
    # The parent reports what went wrong; a worker's own words (Rust's "memory allocation
    # failed" and its backtrace) would only put a traceback in the log.
    quiet = set() if debug else {2}
    if not debug:
        import faulthandler

        faulthandler.disable()  # it would print a dump of the threads of an aborted worker
    for fd in (_PARENT_ENDS - {own}) | quiet:  # /dev/null, not closed: objects close them
        try:
            os.dup2(null, fd)
        except OSError:
            pass
    os.close(null)
    die_with_parent(parent)
    if memory is not None:
        _cap_memory(memory)


def _cap_memory(megabytes: float) -> None:
    """Let this process allocate ``megabytes`` on top of what it holds now (Linux)."""
    try:
        import resource

        status = Path("/proc/self/status").read_text(encoding="ascii", errors="replace")
    except (ImportError, OSError):
        return
    found = re.search(r"^VmData:\s+(\d+) kB", status, re.MULTILINE)
    if found is None:
        return
    limit = int(found.group(1)) * 1024 + int(megabytes * 1e6)
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ValueError, OSError):
        pass


def _stamp(build: Path) -> dict[str, Any]:
    files = {}
    for name in ("kg.ttl", "kg.trig"):
        info = (build / name).stat()
        files[name] = [info.st_size, info.st_mtime_ns]
    return {"build": str(build.resolve()), "files": files}


def _disk_store(build: Path, location: Path, limits: _Limits) -> DiskStore:
    import shutil

    import pyoxigraph as ox

    if location.exists() and not location.is_dir():
        raise QueryError(f"{location}: is a file; give --store a directory (new, or empty)")
    stamp = _stamp(build)
    try:
        current = json.loads((location / _STAMP).read_text(encoding="utf-8")) == stamp
    except (OSError, ValueError):
        current = False
    if current:
        try:
            return DiskStore(location, limits.queries, limits.memory, limits.debug)
        except QueryError:
            if not (location / _OWNED).is_file():
                raise QueryError(
                    f"{location}: exists and is not a kg store; give --store a new or empty "
                    "directory"
                ) from None
            # A store kg made that cannot be opened is loaded again, below.
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
    return DiskStore(location, limits.queries, limits.memory, limits.debug)


def query_kind(text: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or UPDATE for anything that changes data.

    Raises :class:`QueryError` for text that is no SPARQL (:func:`kg.sparql.read`).
    """
    return read(text).kind


def check(text: str | Query, allow_service: bool = False) -> Query:
    """Read a query (:func:`kg.sparql.read`) and refuse what kg does not run: an update,
    and SERVICE unless ``allow_service``; raises :class:`QueryError`."""
    query = text if isinstance(text, Query) else read(text)
    if query.kind == "UPDATE":
        raise QueryError(
            "this store is read-only: only SELECT, ASK, CONSTRUCT and DESCRIBE are answered"
        )
    if query.service is not None and not allow_service:
        line, column, word = query.service
        raise QueryError(
            f"the query calls SERVICE at {line}:{column} ({word!r}): kg sends no requests to "
            "other servers unless it is started with --allow-service"
        )
    return query


def execute(
    store: Any,
    text: str | Query,
    media_type: str,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_service: bool = False,
) -> bytes:
    """Run a read-only query and serialise its result in ``media_type``.

    Raises :class:`QueryError` for an update, a SERVICE (unless ``allow_service``), a syntax
    error (with its position), and a media type that does not fit the query;
    :class:`QueryLimitError` for a query that runs past ``timeout`` seconds or past its
    memory, or when the store runs as many queries as it may.
    """
    query = check(text, allow_service)
    table = RESULT_TYPES if query.kind in ("SELECT", "ASK") else GRAPH_TYPES
    if media_type not in table:
        raise QueryError(
            f"a {query.kind} query cannot be answered as {media_type}; "
            f"ask for one of {', '.join(sorted(table))}"
        )
    try:
        if timeout is None or not hasattr(os, "fork") or not isinstance(store, Store):
            return _in_process(store, query.text, table[media_type])
        return store.ask(query.text, table[media_type], timeout)
    except _UnparsedError as exc:
        raise QueryError(f"SPARQL syntax error: {query.locate(str(exc))}") from None


class _UnparsedError(QueryError):
    """Oxigraph's syntax error, its position still in the text Oxigraph was given."""


def _run(store: Any, text: str, fmt: str) -> bytes:
    import pyoxigraph as ox

    try:
        result = store.query(text, prefixes=dict(PREFIXES))
        if isinstance(result, ox.QueryTriples):
            data = result.serialize(format=getattr(ox.RdfFormat, fmt))
        else:
            data = result.serialize(format=getattr(ox.QueryResultsFormat, fmt))
    except SyntaxError as exc:
        raise _UnparsedError(str(exc)) from exc
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"the query failed: {exc}") from exc
    return data or b""


def select(
    store: Any,
    text: str | Query,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_service: bool = False,
) -> Answer:
    """Run a SELECT or ASK query; IRIs are shown as prefixed names where one fits."""
    data = json.loads(
        execute(store, text, "application/sparql-results+json", timeout, allow_service)
    )
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
