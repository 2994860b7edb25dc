"""The pipeline: paths in, a :class:`Build` out, streaming one document at a time.

``extract(document, ontology)`` is a pure function of its two arguments: the same document
and ontology give the same :class:`~kg.records.Extraction` in any process, which is what lets
a build run its documents in worker processes (``workers``) or on a Dask cluster
(:mod:`kg.cluster`) and still write the same bytes. A document that fails is reported and
skipped; it never costs the others.
"""

from __future__ import annotations

import os
import pickle
import re
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import BuildError, KGError, LoadError
from kg.loaders import MAX_BYTES, article_files, display_path, load_bytes, read
from kg.match import match
from kg.ontology import Ontology, load_ontology
from kg.rdf import Triple, article_triples, document_iri, ontology_triples
from kg.records import Article, Document, Extraction, Fact, Failure
from kg.rules import extract_facts
from kg.segment import segment
from kg.spill import Records, SortedRuns, Spill

if TYPE_CHECKING:
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    import networkx as nx

    from kg.cache import Cache
    from kg.exporters.facts import Row
    from kg.graph import GraphAccumulator

__all__ = [
    "Build",
    "Assembly",
    "NamedGraphs",
    "Facts",
    "Processed",
    "extract",
    "extract_path",
    "process_path",
    "process_bytes",
    "extract_bytes",
    "stream",
    "build",
    "fact_order",
]


@dataclass(frozen=True, eq=False)
class Build:
    """What a build made: its articles, facts and graphs, and what failed or warned.

    The articles' facts and triples stay on disk (:class:`Assembly`), so a build's memory
    does not grow with its corpus; ``named_graphs``, ``merged``, ``rows`` and ``facts`` read
    them back, sorted, each time they are iterated.
    """

    ontology: Ontology
    articles: tuple[Article, ...]  # sorted by id
    failures: tuple[Failure, ...]
    warnings: tuple[str, ...]
    assembly: Assembly = field(repr=False)

    @property
    def default_graph(self) -> tuple[Triple, ...]:
        """The ontology's triples, sorted."""
        return self.assembly.default_graph

    @property
    def named_graphs(self) -> NamedGraphs:
        """``(article IRI, its sorted triples)`` per article, by article id."""
        return NamedGraphs(self.assembly.records)

    @property
    def merged(self) -> SortedRuns[Triple]:
        """The merged graph: the ontology and every article's triples, once each, sorted."""
        return self.assembly.merged

    @property
    def triple_count(self) -> int:
        """How many triples the merged graph has."""
        return self.assembly.triple_count

    @property
    def rows(self) -> SortedRuns[Row]:
        """The facts table's rows, sorted: each distinct fact's first reading in each article
        that states it (:mod:`kg.exporters.facts`)."""
        return self.assembly.tallies[0]

    @cached_property
    def facts(self) -> Facts:
        """Every reading of every fact, in :func:`fact_order` (sorted when first asked for)."""
        runs: SortedRuns[tuple[tuple[object, ...], Fact]] = SortedRuns(
            self.assembly.spill, "facts", order=_first, distinct=_first
        )
        for _, facts in self.assembly.records.items(FACTS):
            runs.add((fact_order(f), f) for f in facts)
        return Facts(runs)

    @cached_property
    def graph(self) -> nx.MultiDiGraph[str]:
        """The cross-year networkx graph of the facts (:func:`kg.graph.to_networkx`)."""
        return self.assembly.tallies[1].graph()


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]


def _fact_in_article(row: Row) -> tuple[Any, ...]:
    """A facts table row's fact and article: the table keeps each fact's first reading in
    each article (:func:`kg.exporters.facts.table_lines`)."""
    return (row[0], row[1][2])


#: The parts of an article's record: its facts, its triples.
FACTS, TRIPLES = 0, 1


class NamedGraphs:
    """The articles' graphs, read back from disk in id order each time they are iterated."""

    def __init__(self, records: Records) -> None:
        self._records = records

    def __iter__(self) -> Iterator[tuple[str, tuple[Triple, ...]]]:
        for key, triples in self._records.items(TRIPLES):
            yield document_iri(key), triples

    def __len__(self) -> int:
        return len(self._records)


class Facts:
    """A build's facts in :func:`fact_order`, iterated from its sorted runs."""

    def __init__(self, runs: SortedRuns[tuple[tuple[object, ...], Fact]]) -> None:
        self._runs = runs

    def __iter__(self) -> Iterator[Fact]:
        for _, fact in self._runs:
            yield fact

    def __len__(self) -> int:
        return len(self._runs)


class Assembly:
    """Collects a build's articles as they arrive, in any order, mostly on disk.

    Each article's facts and triples are appended to :class:`~kg.spill.Records`. What the
    writers need across articles is tallied from them: the merged graph (an external sort
    of the triples) and, from the facts, the facts table's rows and the graph's tallies.
    While every article arrives unpacked (built in this process), they are tallied as they
    come; once one arrives as bytes only (from a worker, the cluster or the cache) tallying
    waits until a writer asks, and is then done by a pass over the records, so that the
    build itself only appends bytes. Two writer processes each make the tally they need.

    When two articles share an id, the one whose path sorts first is kept; if that means
    dropping one already tallied, the tallies are dropped, to be redone from the records.
    """

    def __init__(
        self,
        ontology: Ontology,
        spill_dir: str | Path | None = None,
        default_graph: tuple[Triple, ...] | None = None,
    ) -> None:
        self.ontology = ontology
        self.spill = Spill(spill_dir)
        self.records = Records(self.spill)
        if default_graph is None:
            default_graph = tuple(ontology_triples(ontology))
        self.default_graph = default_graph
        self.articles: dict[str, Article] = {}
        self.failures: list[Failure] = []
        self._warnings: dict[str, tuple[str, ...]] = {}
        self._merged: SortedRuns[Triple] | None = self._new_merged()
        self._tallies: tuple[SortedRuns[Row], GraphAccumulator] | None = self._new_tallies()
        self._triple_count: int | None = None

    def _new_merged(self) -> SortedRuns[Triple]:
        merged: SortedRuns[Triple] = SortedRuns(self.spill, "triples")
        merged.add(self.default_graph)
        return merged

    def _new_tallies(self) -> tuple[SortedRuns[Row], GraphAccumulator]:
        from kg.graph import GraphAccumulator

        # A row of the facts table weighs about 600 bytes in memory, a triple about 250.
        rows: SortedRuns[Row] = SortedRuns(self.spill, "rows", 0.4, distinct=_fact_in_article)
        return rows, GraphAccumulator(self.ontology)

    def add(self, result: Processed | Failure) -> None:
        """Take one article's result (or failure)."""
        if isinstance(result, Failure):
            self.failures.append(result)
            return
        article = result.article
        other = self.articles.get(article.id)
        if other is not None:
            # Two files, one id: the path that sorts first keeps it, whatever the order given.
            first, second = sorted((other, article), key=lambda a: a.path)
            self.failures.append(
                Failure(
                    second.path,
                    # Same bytes, same article: an id made from the content (a name with no
                    # ASCII letters) would not change with a new name.
                    f"a copy of {first.path} (the same bytes, so the same article "
                    f"{article.id!r}); the article is built once: remove one of the files"
                    if first.sha256 == second.sha256
                    else f"its article id {article.id!r} is taken by {first.path}; "
                    "rename one of the files",
                )
            )
            if first is other:
                return
            self.forget()  # the article replaced is tallied in
        self.articles[article.id] = article
        self._warnings[article.id] = result.warnings
        self.records.put(article.id, result.facts_blob, result.triples_blob)
        if result.unpacked is None:
            self.forget()
        else:
            facts, triples = result.unpacked
            if self._merged is not None:
                self._merged.add(triples)
            if self._tallies is not None:
                self._tally(self._tallies, facts)

    def _tally(self, tallies: tuple[SortedRuns[Row], GraphAccumulator], facts: Any) -> None:
        from kg.exporters.facts import fact_rows

        rows, graph = tallies
        rows.add(fact_rows(facts, self.ontology))
        graph.add(facts)

    @property
    def merged(self) -> SortedRuns[Triple]:
        """The merged graph's external sort (made by a pass over the records if need be)."""
        if self._merged is None:
            merged = self._new_merged()
            for _, triples in self.records.items(TRIPLES):
                merged.add(triples)
            self._merged = merged
        return self._merged

    @property
    def triple_count(self) -> int:
        """How many triples the merged graph has (told by a writer that counted them)."""
        if self._triple_count is None:
            self._triple_count = len(self.merged)
        return self._triple_count

    @triple_count.setter
    def triple_count(self, count: int) -> None:
        self._triple_count = count

    @property
    def tallies(self) -> tuple[SortedRuns[Row], GraphAccumulator]:
        """The facts table's rows and the graph's tallies (a pass over the records if need be)."""
        if self._tallies is None:
            tallies = self._new_tallies()
            for _, facts in self.records.items(FACTS):
                self._tally(tallies, facts)
            self._tallies = tallies
        return self._tallies

    def forget(self) -> None:
        """Drop the tallies: the next writer to need one redoes it from the records."""
        self._merged = self._tallies = None
        self._triple_count = None

    def finish(self, extra_warnings: Iterable[str] = ()) -> Build:
        """The build of everything taken."""
        warnings = {*extra_warnings, *(w for ws in self._warnings.values() for w in ws)}
        return Build(
            ontology=self.ontology,
            articles=tuple(self.articles[k] for k in sorted(self.articles)),
            failures=tuple(sorted(self.failures, key=lambda f: (f.path, f.reason))),
            warnings=tuple(sorted(warnings)),
            assembly=self,
        )


def extract(document: Document, ontology: Ontology) -> Extraction:
    """Read every fact of one document: segment, match, apply the relation rules."""
    mentions = match(segment(document, ontology), ontology)
    return Extraction(
        document=document,
        year=mentions.year,
        event=mentions.event,
        facts=extract_facts(mentions, ontology),
        warnings=document.warnings + mentions.warnings,
        year_source=mentions.year_source,
        year_evidence=mentions.year_evidence,
    )


def extract_path(
    path: str | Path, ontology: Ontology, max_bytes: int = MAX_BYTES, strict: bool = False
) -> Extraction | Failure:
    """Load and extract one file; what goes wrong becomes a :class:`Failure` for that file."""
    try:
        data = read(path, max_bytes)
    except KGError as exc:
        return failure(path, exc)
    return extract_bytes(display_path(path), data, ontology, strict)


def extract_bytes(
    path: str, data: bytes, ontology: Ontology, strict: bool = False
) -> Extraction | Failure:
    """Extract an article from its bytes; what goes wrong becomes a :class:`Failure`.

    A :class:`KGError` is the input's fault and says so. Any other exception is kg's: it is
    reported as an internal error for this file only (``strict`` re-raises it, for --debug).
    """
    try:
        return extract(load_bytes(data, path), ontology)
    except KGError as exc:
        return failure(path, exc)
    except Exception as exc:
        if strict:
            raise
        return internal_failure(path, exc)


def internal_failure(path: str, exc: Exception) -> Failure:
    """The failure of an article on a bug in kg: for this file only."""
    return Failure(
        path,
        writable(
            f"internal error in kg ({type(exc).__name__}: {exc}); the other articles were "
            "built; run with --debug for the traceback and report it"
        ),
    )


def failure(path: str | Path, error: KGError) -> Failure:
    """A file's failure: its path, and the reason without the path repeated."""
    reason = error.reason if isinstance(error, LoadError) else str(error)
    return Failure(display_path(path), writable(reason))


def writable(message: str) -> str:
    """A message quoting an article's text, with what UTF-8 cannot hold (a lone surrogate)
    escaped, so that printing it or writing it into report.json cannot fail."""
    return message.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True)
class Processed:
    """One article extracted and turned into triples: what a worker sends back.

    Its facts and its triples travel pickled (``facts_blob``, ``triples_blob``): the build
    appends the bytes to disk as they are. In the process that packed them they are kept
    unpickled too (``unpacked``), and only the bytes cross to another process.
    """

    article: Article
    warnings: tuple[str, ...]
    facts_blob: bytes
    triples_blob: bytes
    unpacked: tuple[tuple[Fact, ...], tuple[Triple, ...]] | None = field(
        default=None, compare=False, repr=False
    )

    @classmethod
    def pack(
        cls,
        article: Article,
        facts: tuple[Fact, ...],
        triples: tuple[Triple, ...],
        warnings: tuple[str, ...],
    ) -> Processed:
        """Pack an article's facts and triples."""
        dumps, protocol = pickle.dumps, pickle.HIGHEST_PROTOCOL
        return cls(
            article, warnings, dumps(facts, protocol), dumps(triples, protocol), (facts, triples)
        )

    def __reduce__(self) -> tuple[type[Processed], tuple[Any, ...]]:
        return (Processed, (self.article, self.warnings, self.facts_blob, self.triples_blob))

    @property
    def facts(self) -> tuple[Fact, ...]:
        """The article's facts."""
        if self.unpacked is not None:
            return self.unpacked[0]
        return pickle.loads(self.facts_blob)  # type: ignore[no-any-return]

    @property
    def triples(self) -> tuple[Triple, ...]:
        """The article's triples, sorted."""
        if self.unpacked is not None:
            return self.unpacked[1]
        return pickle.loads(self.triples_blob)  # type: ignore[no-any-return]


def process_path(
    path: str | Path, ontology: Ontology, max_bytes: int = MAX_BYTES, strict: bool = False
) -> Processed | Failure:
    """Everything a build needs of one file, computed where the file is read."""
    return _processed(extract_path(path, ontology, max_bytes, strict), strict)


def process_bytes(
    path: str, data: bytes, ontology: Ontology, strict: bool = False
) -> Processed | Failure:
    """Everything a build needs of one article's bytes (as read once by whoever keyed them
    for the cache, or by a client for a cluster whose workers cannot see the files)."""
    return _processed(extract_bytes(path, data, ontology, strict), strict)


def _processed(result: Extraction | Failure, strict: bool = False) -> Processed | Failure:
    """An extraction packed for the build, or the file's Failure if any part of it cannot
    be written: this is the last place where one article can fail alone, before the
    cache keeps it and the writers meet it."""
    if isinstance(result, Failure):
        return result
    doc = result.document
    try:
        article = Article(
            id=doc.id,
            path=doc.path,
            title=doc.title,
            date=doc.date,
            year=result.year,
            event=result.event,
            sha256=doc.sha256,
            sentences=len(doc.sentences),
            facts=len({f.key for f in result.facts}),
            year_source=result.year_source,
            year_evidence=result.year_evidence,
        )
        triples = tuple(article_triples(result))
        unwritable = None if _encodable(result) else _unwritable(article, result.facts, triples)
    except Exception as exc:
        if strict:
            raise
        return internal_failure(doc.path, exc)
    if unwritable is not None:
        return Failure(doc.path, unwritable)
    warnings = tuple(writable(w) for w in result.warnings)
    return Processed.pack(article, result.facts, triples, warnings)


def _encodable(extraction: Extraction) -> bool:
    """Whether every string the article's record and triples are made of encodes in UTF-8:
    then they all do, and :func:`_unwritable` has nothing to find (its check of every
    triple's terms joined, a copy of the article's whole graph, is what most articles skip).

    The triples' terms are those strings, escaped or prefixed, ASCII made by kg (hashes,
    numbers, the vocabulary) and the sentences' offsets (:func:`kg.rdf.article_triples`).
    """
    doc = extraction.document
    parts = [doc.id, doc.title, doc.sha256, doc.date, doc.source, doc.author, doc.text]
    parts.append(extraction.event)
    for f in extraction.facts:
        parts += (f.subject, f.object, f.unit, f.measure, f.rule)
        if f.evidence is not None:
            parts += (f.evidence.document, f.evidence.text)
    return _SURROGATE.search("\n".join(filter(None, parts))) is None


#: What UTF-8 cannot encode: a lone surrogate.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _unwritable(
    article: Article, facts: tuple[Fact, ...], triples: tuple[Triple, ...]
) -> str | None:
    """Why the article cannot be written (its text holds what UTF-8 cannot: a lone
    surrogate, say), or None. Every output is UTF-8, and one such character in one
    article would stop the writers, and the build, at the end."""
    texts = [article.title, article.date or "", article.event or ""]
    texts += [
        t for f in facts for t in (f.subject, f.object, f.evidence.text if f.evidence else "")
    ]
    texts += [t for triple in triples for t in triple]
    for where, text in (("its title", article.title), ("its text", "\n".join(texts))):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            char = ascii(exc.object[exc.start])
            return (
                f"{where} holds {char}, which cannot be written in UTF-8 (a lone surrogate "
                "is half of a character, not a character); the other articles were built"
            )
    return None


#: Below this many files a build stays in one process: starting a worker (and its jieba
#: dictionary) costs about a second, as much as a few dozen articles.
PARALLEL_FROM = 64


def stream(
    paths: Iterable[str | Path],
    ontology: Ontology,
    max_bytes: int = MAX_BYTES,
    strict: bool = False,
    workers: int = 1,
    cache: Cache | None = None,
    scheduler: str | None = None,
) -> Iterator[Processed | Failure]:
    """Process each article under ``paths``, in path order, in ``workers`` processes.

    Results come back in the order of the files whatever the number of workers, and at most
    a few batches per worker are in flight, so memory stays flat however large the corpus.
    With a ``cache``, each file is read once, here, and keyed by the bytes read: an article
    whose bytes did not change since the last build is not extracted again, and one that
    changed is extracted from those same bytes. With a Dask ``scheduler`` address the
    articles are processed on that cluster (:mod:`kg.cluster`), the cache kept here.
    """
    problems: list[tuple[str, str]] = []
    files = article_files(paths, problems)
    for where, reason in problems:
        yield Failure(where, reason)
    yield from _stream(files, ontology, max_bytes, strict, workers, cache, scheduler)


def _stream(
    files: list[Path],
    ontology: Ontology,
    max_bytes: int,
    strict: bool,
    workers: int,
    cache: Cache | None,
    scheduler: str | None,
) -> Generator[Processed | Failure, None, None]:
    if scheduler is not None:
        from kg.cluster import cluster_stream

        yield from cluster_stream(files, ontology, scheduler, max_bytes, strict, cache)
        return
    if workers <= 1 or len(files) < PARALLEL_FROM:
        for path in files:
            key, data, done = cache_lookup(cache, path, max_bytes)
            if done is not None:
                yield done
            elif data is None:
                yield process_path(path, ontology, max_bytes, strict)
            else:
                result = process_bytes(display_path(path), data, ontology, strict)
                yield cache_keep(cache, key, result)
        return
    yield from _parallel(files, ontology, max_bytes, strict, workers, cache)


def cache_lookup(
    cache: Cache | None, path: Path, max_bytes: int
) -> tuple[str | None, bytes | None, Processed | Failure | None]:
    """``(key, bytes, done)`` of a file, for a build with a ``cache``.

    With no cache (or one that is off) the file is not read here: ``(None, None, None)``.
    Otherwise it is read once, with the checks of :func:`kg.loaders.read` (its type and
    size first), and keyed by the bytes read: its cached result is ``done``; on a miss, the
    article must be extracted from ``bytes``, the very bytes keyed, and kept under ``key``;
    a file that cannot be read is ``done`` as its Failure.
    """
    if cache is None or not cache.enabled:
        return None, None, None
    try:
        data = read(path, max_bytes)
    except KGError as exc:
        return None, None, failure(path, exc)
    key = cache.key(path, data)
    hit = cache.get(key)
    if hit is not None:
        return key, None, hit
    return key, data, None


def cache_keep(
    cache: Cache | None, key: str | None, result: Processed | Failure
) -> Processed | Failure:
    """Keep a fresh result in the cache (if any), and pass it on."""
    if cache is not None and isinstance(result, Processed):
        cache.put(key, result)
    return result


_WORKER: dict[str, Any] = {}


def _start_worker(
    source: Ontology | tuple[str, ...], max_bytes: int, strict: bool, parent: int
) -> None:
    """Ready a worker: the build's ontology itself when the worker is forked (it inherits
    the object, and with it what this process derived from it), else read from its files."""
    import signal

    from kg.segment import tokenizer
    from kg.workers import die_with_parent

    # Ctrl-C reaches the whole process group; the parent stops the build, and its workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    ontology = source if isinstance(source, Ontology) else load_ontology(list(source))
    tokenizer(ontology)  # warm jieba once per worker, not per article
    _WORKER.update(ontology=ontology, max_bytes=max_bytes, strict=strict)


def _work(tasks: list[tuple[str, bytes | None]]) -> list[Processed | Failure]:
    """Process a batch: each file from the bytes sent with it (read and keyed by the
    parent), or read here when none were sent (no cache)."""
    ontology, max_bytes, strict = _WORKER["ontology"], _WORKER["max_bytes"], _WORKER["strict"]
    return [
        process_path(path, ontology, max_bytes, strict)
        if data is None
        else process_bytes(display_path(path), data, ontology, strict)
        for path, data in tasks
    ]


#: Articles per task sent to a worker: one message each way for several articles, instead
#: of a future, two pickles and a wake-up of the pool's threads per article.
BATCH = 8
#: Bytes of articles read for the workers and not yet taken back, at most (with the cache,
#: the parent reads each file and sends its bytes): a corpus of 20 MB files stays flat too.
IN_FLIGHT_BYTES = 64 << 20


def _parallel(
    files: list[Path],
    ontology: Ontology,
    max_bytes: int,
    strict: bool,
    workers: int,
    cache: Cache | None,
) -> Iterator[Processed | Failure]:
    """The articles processed in a pool of ``workers`` processes, in file order.

    A worker that dies (killed for memory, say) breaks the pool and every task in flight.
    The articles sent and not yet taken back then go again one at a time, to a pool of one
    worker: the one that kills its worker again becomes a :class:`Failure` (and the next
    goes to a new worker), and the build goes on in a new pool. Workers that cannot even
    start stop the build with a :class:`BuildError`. A build that stops for any other
    reason (Ctrl-C, an error, a reader that stops reading) kills its workers at once: they
    ignore Ctrl-C themselves, and die with this process if it is killed.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    # A forked worker inherits the ontology (reading its files again took a worker 0.15 s);
    # a spawned one gets the files' names, as the object does not pickle.
    source = ontology if method == "fork" else ontology.files

    def pool(size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=size,
            mp_context=multiprocessing.get_context(method),
            initializer=_start_worker,
            initargs=(source, max_bytes, strict, os.getpid()),
        )

    def single() -> ProcessPoolExecutor:
        """A pool of one worker that has started (an empty task runs its initializer)."""
        lone = pool(1)
        try:
            lone.submit(_work, []).result()
        except BrokenProcessPool as exc:
            _stop(lone)
            raise BuildError(
                f"the worker processes cannot start ({exc}); run with --workers 1"
            ) from exc
        except BaseException:
            _stop(lone)
            raise
        return lone

    done = 0  # files[:done] are yielded
    while done < len(files):
        pending: deque[_Pending] = deque()
        executor = pool(workers)
        try:
            for result in _batches(executor, files[done:], pending, workers, cache, max_bytes):
                done += 1
                yield result
        except BrokenProcessPool as exc:
            _stop(executor)
            if not pending:  # no article to blame: a worker died idle, or could not start
                raise BuildError(
                    f"a worker process died between articles ({exc}); run again, or with "
                    "--workers 1"
                ) from exc
            for result in _one_at_a_time(pending, single, cache, max_bytes):
                done += 1
                yield result
        except BaseException:
            _stop(executor)
            raise
        else:
            executor.shutdown()


def _stop(executor: ProcessPoolExecutor) -> None:
    """Stop a pool now: its workers are killed, and what they were doing is dropped.

    ``shutdown`` would wait for the batches in hand (and must not be waited for from the
    pool's own thread, where a generator left to the garbage collector may be closed).
    """
    kill = getattr(executor, "kill_workers", None)  # Python 3.14
    if kill is not None:
        kill()
    else:  # before it, the pool's processes are not public
        processes = list((getattr(executor, "_processes", None) or {}).values())
        for process in processes:
            try:
                process.kill()
            except (OSError, ValueError):  # already gone, or closed
                pass
        for process in processes:
            try:
                process.join(1)
            except (OSError, ValueError, AssertionError):
                pass
        _unblock(executor)
    executor.shutdown(wait=False, cancel_futures=True)


def _unblock(executor: ProcessPoolExecutor) -> None:
    """Close this process's writing end of a killed pool's result pipe, which no worker holds
    any more.

    A worker killed while it wrote a result leaves half a message in that pipe: the pool's
    thread then waits for the rest for ever (this process holds the pipe's other end), and
    Python, which joins that thread at exit, hung after Ctrl-C (one run in four of
    tests/test_inputs.py's Ctrl-C test in a fresh clone). With the end closed, the thread
    reads the end of the pipe, finds the pool broken and cleans it up itself (the task pipe
    included). Nothing else in the pool closes that end while it runs.
    """
    writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
    if writer is not None:
        try:
            writer.close()
        except OSError:
            pass


def _one_at_a_time(
    pending: deque[_Pending],
    start: Callable[[], ProcessPoolExecutor],
    cache: Cache | None,
    max_bytes: int,
) -> Iterator[Processed | Failure]:
    """The articles in flight when a pool broke, in file order, each sent alone to a pool of
    one worker (``start`` makes one): the article that kills its worker becomes a Failure.

    An article sent with its bytes is read (and keyed) again: what was sent was not kept.
    """
    from concurrent.futures.process import BrokenProcessPool

    alone: ProcessPoolExecutor | None = None
    try:
        for path, _, _, item in pending:
            if isinstance(item, (Processed, Failure)):
                yield item
                continue
            key, data, done = cache_lookup(cache, path, max_bytes)
            if done is not None:
                yield done
                continue
            alone = alone or start()
            try:
                result = alone.submit(_work, [(str(path), data)]).result()[0]
            except BrokenProcessPool:
                _stop(alone)
                alone = None
                yield Failure(
                    display_path(path),
                    "the process reading it died (killed for lack of memory, or a crash in "
                    "a library); the other articles were built",
                )
            else:
                yield cache_keep(cache, key, result)
    except BaseException:
        if alone is not None:
            _stop(alone)
        raise
    else:
        if alone is not None:
            alone.shutdown()


#: An article on its way: its path, its cache key, how many bytes were read for it, and its
#: result (cached, or a failure to read it) or the future of its batch and its index there.
_Pending = tuple[
    Path, str | None, int, "Processed | Failure | tuple[Future[list[Processed | Failure]], int]"
]


def _batches(
    executor: ProcessPoolExecutor,
    files: list[Path],
    pending: deque[_Pending],
    workers: int,
    cache: Cache | None,
    max_bytes: int,
) -> Iterator[Processed | Failure]:
    """Send ``files`` to the pool in batches and yield their results in file order; an
    article stays in ``pending`` until its result is yielded."""
    batch: list[tuple[Path, str | None, bytes | None]] = []
    in_flight = 0  # bytes read for the workers and not yet settled

    def send() -> None:
        future = executor.submit(_work, [(str(path), data) for path, _, data in batch])
        pending.extend(
            (path, key, len(data or b""), (future, i)) for i, (path, key, data) in enumerate(batch)
        )
        batch.clear()

    def settle() -> Processed | Failure:
        nonlocal in_flight
        _, key, size, item = pending[0]
        result: Processed | Failure
        if isinstance(item, (Processed, Failure)):
            result = item
        else:
            future, index = item
            result = cache_keep(cache, key, future.result()[index])
        pending.popleft()  # only now: if the pool broke, the article is still pending
        in_flight -= size
        return result

    for path in files:
        key, data, done = cache_lookup(cache, path, max_bytes)
        if done is None:
            batch.append((path, key, data))
            in_flight += len(data or b"")
            if len(batch) == BATCH:
                send()
        else:
            if batch:
                send()
            pending.append((path, key, 0, done))
        if in_flight > IN_FLIGHT_BYTES and batch:
            send()
        while pending and (len(pending) >= workers * BATCH * 4 or in_flight > IN_FLIGHT_BYTES):
            yield settle()
    if batch:
        send()
    while pending:
        yield settle()


def build(
    paths: Iterable[str | Path],
    ontology: Ontology | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    strict: bool = False,
    workers: int = 1,
    cache: Cache | None = None,
    progress: Callable[[int, int], None] | None = None,
    scheduler: str | None = None,
    spill_dir: str | Path | None = None,
) -> Build:
    """Build the knowledge graph of the articles under ``paths``.

    The result does not depend on the order of the files or the number of ``workers``:
    articles, facts and graphs are sorted, and when two files share an article id the one
    whose path sorts first is built and the other fails. What the build keeps of its
    articles goes to a temporary directory in ``spill_dir`` (default: the system's), removed
    when the build is.
    """
    ontology = ontology or load_ontology()
    problems: list[tuple[str, str]] = []
    files = article_files(paths, problems)
    assembly = Assembly(ontology, spill_dir)
    for where, reason in problems:
        assembly.add(Failure(where, reason))
    results = _stream(files, ontology, max_bytes, strict, workers, cache, scheduler)
    try:
        for done, result in enumerate(results, start=1):
            if progress is not None:
                progress(done, len(files))
            assembly.add(result)
    finally:
        # Now, in this thread: a build that stopped (a full disk, Ctrl-C) stops its workers
        # here, not whenever and wherever the garbage collector gets to the stream.
        results.close()
    return assembly.finish(ontology.warnings)


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
