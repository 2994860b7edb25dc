"""Benchmark the SPARQL stores kg could query through: rdflib, rdflib over Oxigraph, pyoxigraph.

Run it from the repository root with the project's venv::

    .venv/bin/python bench/bench_store.py                  # >= 300,000 triples, best of 3
    .venv/bin/python bench/bench_store.py --small          # >= 10,000 triples: a quick run
    .venv/bin/python bench/bench_store.py --triples 1000000 --repeat 5
    .venv/bin/python bench/bench_store.py --copies 50      # 50 copies of each seed instead
    .venv/bin/python bench/bench_store.py --build-dir out  # an existing build, as it is
    .venv/bin/python bench/bench_store.py --json           # JSON on stdout instead of the table

The build is the two seed articles copied N times each (the corpus of bench_build.py, in
``bench/corpus/seeds-x<N>``), with N chosen so that the merged graph (``kg.ttl``) holds at
least ``--triples`` triples. It is built through the library (``kg.load_ontology()``,
``kg.pipeline.build``, ``kg.exporters.write(result, out, ["turtle", "trig"])``) into
``bench/corpus/build-seeds-x<N>`` (git-ignored) and reused while the corpus is unchanged;
``--rebuild`` builds it again.

Each store runs in its own child process (this script with ``--worker``), one after the
other, so that its peak RSS is its own and no store pays for another's garbage. Three stores
are the issue's; the two ``-m`` ones are the same Oxigraph stores with the merged graph as
their default graph, because Oxigraph's union default graph is not a set (see below):

- ``rdflib``: rdflib's in-memory ``Dataset(default_union=True)`` parsing ``kg.trig`` with
  rdflib's TriG parser, and rdflib's SPARQL engine (what kg/query.py used until now);
- ``oxrdflib``: the same rdflib API over ``Dataset(store="Oxigraph", default_union=True)``,
  loaded with oxrdflib's ``ox-trig`` parser and dumped with its ``ox-*`` serializers (both skip
  Python and go straight to the Oxigraph store); SPARQL runs in Oxigraph;
- ``pyoxigraph``: ``Store()`` with ``bulk_load(path=..., format=RdfFormat.TRIG)``, queried with
  ``use_default_graph_as_union=True`` and ``prefixes=PREFIXES``;
- ``oxrdflib-m``, ``pyoxigraph-m``: as above, plus ``kg.ttl`` loaded into the default graph,
  which the queries then read (``default_union=False``; no union flag). ``GRAPH ?g`` still
  sees one named graph per article.

Each measures: the load; every query of ``queries/*.rq`` plus three group-bys, best of
``--repeat`` (fewer once a query has taken ``--budget`` seconds), timed until every row is a
Python tuple; a dump of the whole dataset as N-Quads and as TriG (a file in a temporary
directory), whose quads are counted back. Each query runs in a child forked from the loaded
store, stopped past ``--timeout`` seconds or ``--max-memory`` MB more than the store: one
runaway query costs its child, not the run.

Correctness first: the rows of every query, normalised to N-Triples terms, must be the same
multiset as rdflib's (or, where rdflib was stopped, the first of ``REFERENCE`` that answered);
the ``check`` column says when they are not. rdflib's union default graph is a set: a triple
held by several article graphs matches once. Oxigraph's (``use_default_graph_as_union``, which
oxrdflib uses for ``default_union=True``) is a bag, in pyoxigraph 0.5.13: such a triple
matches once per graph, so counts inflate and joins over shared triples explode
(oxigraph/oxigraph#1919). See bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import os
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

try:
    from bench_build import BENCH_DIR, REPO, SEEDS, make_corpus
except ImportError:  # imported from elsewhere than bench/
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_build import BENCH_DIR, REPO, SEEDS, make_corpus

BUILD_MARKER = ".bench-build.json"  # what a build dir was built from; a dotfile like MARKER
BUILD_VERSION = 1  # of the marker's contents
STORES = ("rdflib", "oxrdflib", "pyoxigraph", "oxrdflib-m", "pyoxigraph-m")
DESCRIPTIONS = {
    "rdflib": "rdflib Dataset(default_union=True) in memory; rdflib's TriG parser, SPARQL, "
    "serializers (kg/query.py until now)",
    "oxrdflib": 'rdflib Dataset(store="Oxigraph", default_union=True); ox-trig parser, '
    "ox-nquads/ox-trig serializers; SPARQL in Oxigraph",
    "pyoxigraph": "pyoxigraph Store(), bulk_load(kg.trig), use_default_graph_as_union=True, "
    "prefixes=PREFIXES; dump()",
    "oxrdflib-m": "as oxrdflib, plus kg.ttl parsed into the default graph, which is queried "
    "(default_union=False)",
    "pyoxigraph-m": "as pyoxigraph, plus bulk_load(kg.ttl) into the default graph, which is "
    "queried (no union flag)",
}
#: Whose rows are right when stores differ: set semantics over the union, first that answered.
REFERENCE = ("rdflib", "pyoxigraph-m", "oxrdflib-m", "pyoxigraph", "oxrdflib")
DUMPS = ("nquads", "trig")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
DATATYPE = re.compile(r'(?<=")\^\^<[^>]*>(?=\t|$)')  # a literal's datatype, in a canon row

#: Group-bys over the whole store, beside the named queries (kg's prefixes are declared).
GROUP_BYS: dict[str, str] = {
    # The case: an aggregate over every statement.
    "group-by statements per predicate, year": """
SELECT ?predicate ?year (COUNT(?st) AS ?statements) WHERE {
  ?st a kg:Statement ; rdf:predicate ?predicate ; kg:year ?year .
}
GROUP BY ?predicate ?year
ORDER BY ?predicate ?year
""",
    # A full scan of the union default graph: every triple once, however many graphs hold it.
    "group-by triples per predicate (scan)": """
SELECT ?p (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }
GROUP BY ?p
ORDER BY DESC(?triples) ?p
""",
    # The named graphs: one row per article.
    "group-by triples per graph (GRAPH ?g)": """
SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g
ORDER BY ?g
""",
}


# ---------------------------------------------------------------------------------- build


def expand(term: str) -> str:
    """The IRI of a term as kg.rdf writes it (``<...>`` or a prefixed name); literals as is."""
    from kg.rdf import PREFIXES

    if term.startswith("<"):
        return term[1:-1]
    prefix, sep, local = term.partition(":")
    if sep and prefix in PREFIXES and not term.startswith('"'):
        return PREFIXES[prefix] + local
    return term


def plan_copies(seeds_dir: Path, triples: int) -> tuple[int, dict[str, int]]:
    """How many copies of each seed make a merged graph of at least ``triples`` triples.

    One in-memory build of the seeds splits their triples into those every copy has anew
    (the article, its statements and sentences: subjects under ``doc:`` and ``stmt:``) and
    those the copies share (the ontology, the plain facts, the observations, the events).
    """
    import kg
    from kg.pipeline import build
    from kg.rdf import PREFIXES

    seeds = [seeds_dir / name for name in SEEDS]
    for seed in seeds:
        if not seed.is_file():
            sys.exit(f"bench: missing seed article {seed}")
    result = build(seeds, kg.load_ontology())
    own = (PREFIXES["doc"], PREFIXES["stmt"])
    per_copy = 0
    shared: set[tuple[str, str, str]] = set(result.default_graph)
    for _, graph in result.named_graphs:
        for triple in graph:
            if expand(triple[0]).startswith(own):
                per_copy += 1
            else:
                shared.add(triple)
    copies = max(1, math.ceil((triples - len(shared)) / max(per_copy, 1)))
    return copies, {"per_copy": per_copy, "shared": len(shared)}


def build_info(directory: Path) -> dict[str, Any] | None:
    try:
        return json.loads((directory / BUILD_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def matches(info: dict[str, Any] | None, corpus: dict[str, int], directory: Path) -> bool:
    """A build dir is reused when it was built from this corpus and its files are whole."""
    if not info or info.get("version") != BUILD_VERSION or info.get("corpus") != corpus:
        return False
    sizes = info.get("sizes", {})
    return all(
        (directory / name).is_file() and (directory / name).stat().st_size == sizes.get(name)
        for name in ("kg.ttl", "kg.trig")
    )


def make_build(seeds_dir: Path, copies: int, directory: Path, rebuild: bool) -> dict[str, Any]:
    """Build ``copies`` copies of each seed into ``directory``, or reuse a matching build."""
    import kg
    from kg.exporters import write
    from kg.pipeline import build
    from kg.rdf import merged

    seeds = [seeds_dir / name for name in SEEDS]
    corpus_dir = BENCH_DIR / "corpus" / f"seeds-x{copies}"
    corpus_dir.parent.mkdir(parents=True, exist_ok=True)
    corpus = make_corpus(seeds, copies, corpus_dir)
    signature = {"copies": copies, "files": len(corpus.files), "bytes": corpus.bytes}
    info = build_info(directory)
    if not rebuild and matches(info, signature, directory):
        assert info is not None
        return {**info, "directory": str(directory), "reused": True}
    if directory.exists():
        if info is None:
            sys.exit(
                f"bench: {directory} exists and is not a build this script made; "
                "remove it or pass another --build-dir"
            )
        shutil.rmtree(directory)

    print(f"bench: building {len(corpus.files)} files into {directory} ...", file=sys.stderr)
    start = time.perf_counter()
    result = build([corpus.directory], kg.load_ontology())
    tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=directory.parent))
    write(result, tmp, ["turtle", "trig"])
    seconds = time.perf_counter() - start
    graphs = [result.default_graph, *(triples for _, triples in result.named_graphs)]
    info = {
        "version": BUILD_VERSION,
        "corpus": signature,
        "corpus_dir": str(corpus.directory),
        "articles": len(result.articles),
        "failures": len(result.failures),
        "named_graphs": len(result.named_graphs),
        "default_triples": len(result.default_graph),
        "quads": sum(len(g) for g in graphs),
        "triples": len(merged(graphs)),
        "sizes": {name: (tmp / name).stat().st_size for name in ("kg.ttl", "kg.trig")},
        "build_seconds": seconds,
    }
    del result, graphs
    (tmp / BUILD_MARKER).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    tmp.rename(directory)
    return {**info, "directory": str(directory), "reused": False}


def existing_build(directory: Path) -> dict[str, Any]:
    """An existing build dir (``--build-dir``), counted with pyoxigraph as it is."""
    import pyoxigraph as ox

    trig, ttl = directory / "kg.trig", directory / "kg.ttl"
    if not trig.is_file():
        sys.exit(f"bench: {trig}: no build here; run `kg build -o {directory}` first")
    store = ox.Store()
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    default = ox.DefaultGraph()
    triples = None
    if ttl.is_file():
        triples = sum(1 for _ in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))
    return {
        "directory": str(directory),
        "reused": True,
        "given": True,
        "articles": None,
        "failures": None,
        "named_graphs": len(list(store.named_graphs())),
        "default_triples": sum(1 for _ in store.quads_for_pattern(None, None, None, default)),
        "quads": len(store),
        "triples": triples,
        "sizes": {p.name: p.stat().st_size for p in (ttl, trig) if p.is_file()},
    }


# --------------------------------------------------------------------------------- worker


def queries(directory: Path) -> dict[str, str]:
    """The named queries of ``queries/``, then the group-bys; kg's prefixes not declared."""
    paths = sorted(directory.glob("*.rq"))
    named = {f"query {p.stem}": p.read_text(encoding="utf-8") for p in paths}
    return {**named, **GROUP_BYS}


def rss_mb() -> float:
    """This process's peak resident set so far, in MB.

    Linux's VmHWM, which starts afresh at exec; ru_maxrss elsewhere (on Linux it carries the
    parent's peak over fork and exec, so a worker would report the builder's memory).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def canon_rdflib(term: Any) -> str:
    """An rdflib term as an N-Triples-like string, ``xsd:string`` made explicit."""
    from rdflib import BNode, Literal

    if term is None:
        return ""
    if isinstance(term, Literal):
        lexical = json.dumps(str(term), ensure_ascii=False)
        if term.language:
            return f"{lexical}@{term.language.lower()}"
        return f"{lexical}^^<{term.datatype or XSD_STRING}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


def canon_oxigraph(term: Any) -> str:
    """A pyoxigraph term as the same string as :func:`canon_rdflib` gives."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        lexical = json.dumps(term.value, ensure_ascii=False)
        if term.language:
            return f"{lexical}@{term.language.lower()}"
        return f"{lexical}^^<{term.datatype.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return f"<{term.value}>"


class Store:
    """One store under test: load a build, answer a SELECT, dump the dataset."""

    canon = staticmethod(canon_rdflib)

    def load(self, build_dir: Path) -> None:
        raise NotImplementedError

    def quads(self) -> int:
        raise NotImplementedError

    def select(self, query: str) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def dump(self, fmt: str, path: Path) -> None:
        raise NotImplementedError


class RdflibStore(Store):
    """rdflib's in-memory Dataset, as kg/query.py loaded it: union default graph."""

    trig_format, turtle_format = "trig", "turtle"
    dump_formats = {"nquads": "nquads", "trig": "trig"}
    merged = False  # True: kg.ttl into the default graph, which is queried (no union)

    def dataset(self) -> Any:
        from rdflib import Dataset

        return Dataset(default_union=not self.merged)

    def load(self, build_dir: Path) -> None:
        self.ds = self.dataset()
        self.ds.parse(str(build_dir / "kg.trig"), format=self.trig_format)
        if self.merged:
            self.ds.parse(str(build_dir / "kg.ttl"), format=self.turtle_format)

    def quads(self) -> int:
        return sum(len(graph) for graph in self.ds.graphs())

    def select(self, query: str) -> list[tuple[Any, ...]]:
        from kg.rdf import PREFIXES

        # As kg/query.py did: kg's prefixes declared in front of the query text.
        header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        return [tuple(row) for row in self.ds.query(header + query)]

    def dump(self, fmt: str, path: Path) -> None:
        from kg.rdf import PREFIXES

        for prefix, ns in PREFIXES.items():
            self.ds.bind(prefix, ns, override=True, replace=True)
        self.ds.serialize(destination=str(path), format=self.dump_formats[fmt], encoding="utf-8")


class OxrdflibStore(RdflibStore):
    """The rdflib API over Oxigraph: oxrdflib's store, and its parsers and serializers, which
    go straight from the file to the Oxigraph store and back without Python in between."""

    trig_format, turtle_format = "ox-trig", "ox-turtle"
    dump_formats = {"nquads": "ox-nquads", "trig": "ox-trig"}

    def dataset(self) -> Any:
        from rdflib import Dataset

        return Dataset(store="Oxigraph", default_union=not self.merged)

    def quads(self) -> int:
        return len(self.ds.store._inner)


class OxrdflibMergedStore(OxrdflibStore):
    merged = True


class PyoxigraphStore(Store):
    """pyoxigraph's own API: bulk load, union default graph, kg's prefixes as an argument."""

    canon = staticmethod(canon_oxigraph)
    merged = False

    def load(self, build_dir: Path) -> None:
        import pyoxigraph as ox

        self.store = ox.Store()
        self.store.bulk_load(path=str(build_dir / "kg.trig"), format=ox.RdfFormat.TRIG)
        if self.merged:
            self.store.bulk_load(path=str(build_dir / "kg.ttl"), format=ox.RdfFormat.TURTLE)

    def quads(self) -> int:
        return len(self.store)

    def select(self, query: str) -> list[tuple[Any, ...]]:
        from kg.rdf import PREFIXES

        solutions = self.store.query(
            query, prefixes=PREFIXES, use_default_graph_as_union=not self.merged
        )
        width = len(solutions.variables)
        return [tuple(s[i] for i in range(width)) for s in solutions]

    def dump(self, fmt: str, path: Path) -> None:
        import pyoxigraph as ox

        from kg.rdf import PREFIXES

        if fmt == "nquads":
            self.store.dump(str(path), format=ox.RdfFormat.N_QUADS)
        else:
            self.store.dump(str(path), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


class PyoxigraphMergedStore(PyoxigraphStore):
    merged = True


STORE_CLASSES: dict[str, type[Store]] = {
    "rdflib": RdflibStore,
    "oxrdflib": OxrdflibStore,
    "pyoxigraph": PyoxigraphStore,
    "oxrdflib-m": OxrdflibMergedStore,
    "pyoxigraph-m": PyoxigraphMergedStore,
}


def digest(rows: list[tuple[str, ...]], datatypes: bool = True) -> str:
    """An order-free fingerprint of a multiset of rows; with or without literals' datatypes."""
    lines = ("\t".join(row) for row in rows)
    if not datatypes:
        lines = (DATATYPE.sub("", line) for line in lines)
    text = "\n".join(sorted(lines))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def count_quads(path: Path, fmt: str) -> int:
    import pyoxigraph as ox

    rdf_format = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG
    return sum(1 for _ in ox.parse(path=str(path), format=rdf_format))


def measure_query(store: Store, text: str, repeat: int, budget: float) -> dict[str, Any]:
    """Best of ``repeat`` runs (fewer past ``budget`` seconds); rows counted and fingerprinted."""
    runs: list[float] = []
    rows: list[tuple[Any, ...]] = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        rows = store.select(text)
        runs.append(time.perf_counter() - start)
        if sum(runs) > budget:
            break
    canon = [tuple(store.canon(t) for t in row) for row in rows]
    return {
        "seconds": min(runs),
        "runs": runs,
        "rows": len(rows),
        "digest": digest(canon),
        "lexical_digest": digest(canon, datatypes=False),
        "first": list(min(canon, default=())),
    }


def limit_memory(extra_mb: float) -> None:
    """Cap this process's address space at its present size plus ``extra_mb`` (Linux)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return
    for line in status.splitlines():
        if line.startswith("VmSize:"):
            limit = int(line.split()[1]) * 1024 + int(extra_mb * 1024 * 1024)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            return


def in_child(
    func: Callable[[], dict[str, Any]], timeout: float, max_memory: float
) -> dict[str, Any]:
    """``func()`` in a forked child, killed past ``timeout`` s or ``max_memory`` MB more.

    The child shares the loaded store with this process (copy on write), so nothing is
    loaded again; a runaway query costs its child, not the run. The report says what
    happened: the child's JSON, or an ``error``; ``rss_mb`` is the child's peak RSS.
    """
    read_fd, write_fd = os.pipe()
    errors = tempfile.TemporaryFile()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            os.close(read_fd)
            os.dup2(errors.fileno(), 2)
            limit_memory(max_memory)
            try:
                payload = func()
                payload["rss_mb"] = rss_mb()
            except MemoryError:
                payload = {"error": f"out of memory (> {max_memory:.0f} MB more)"}
            except Exception as exc:  # a store that cannot answer is a result too
                payload = {"error": f"{type(exc).__name__}: {exc}"}
            with os.fdopen(write_fd, "wb") as out:
                out.write(json.dumps(payload, ensure_ascii=False).encode())
        finally:
            os._exit(0)
    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    timed_out = False
    with os.fdopen(read_fd, "rb", buffering=0) as pipe:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                os.kill(pid, signal.SIGKILL)
                break
            if select.select([pipe], [], [], left)[0]:
                chunk = pipe.read(1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
    _, status, usage = os.wait4(pid, 0)
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    errors.seek(0)
    said = errors.read().decode(errors="replace").strip().splitlines()
    errors.close()
    if timed_out:
        return {"error": f"timeout (> {timeout:.0f} s)", "rss_mb": rss}
    if os.WIFSIGNALED(status) or not chunks:
        why = signal.Signals(os.WTERMSIG(status)).name if os.WIFSIGNALED(status) else "no answer"
        if "memory allocation" in " ".join(said[-3:]):
            why = f"out of memory (> {max_memory:.0f} MB more)"
        return {"error": why, "said": said[-3:], "rss_mb": rss}
    payload: dict[str, Any] = json.loads(b"".join(chunks))
    payload.setdefault("rss_mb", rss)
    return payload


def worker(name: str, args: argparse.Namespace) -> dict[str, Any]:
    """Measure one store, in this process; each query in a forked child of it."""
    import warnings

    import pyoxigraph  # noqa: F401  (every worker imports the same, for a like baseline)
    import rdflib  # noqa: F401

    if name.startswith("oxrdflib"):
        import oxrdflib  # noqa: F401

    warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's, about its own API
    store = STORE_CLASSES[name]()
    todo = queries(args.queries)
    gc.collect()
    report: dict[str, Any] = {"store": name, "rss_imports_mb": rss_mb()}

    start = time.perf_counter()
    store.load(args.build_dir)
    report["load"] = time.perf_counter() - start
    report["quads"] = store.quads()
    # One small query before the children fork: the first query a process runs pays for lazy
    # set-ups (rdflib's grammar, Oxigraph's), which a long-running server pays once.
    store.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    gc.collect()
    # The loaded store moves to the collector's permanent generation: the children's
    # gc.collect() before each run then skips it instead of touching (and copying) every page.
    gc.freeze()
    report["rss_loaded_mb"] = rss_mb()

    results: dict[str, Any] = {}
    for label, text in todo.items():
        measure = partial(measure_query, store, text, args.repeat, args.budget)
        results[label] = in_child(measure, args.timeout, args.max_memory)
    report["queries"] = results
    answered = [e["rss_mb"] for e in results.values() if "rows" in e]
    report["rss_query_mb"] = max(answered, default=0.0)

    dumps: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-dump-") as tmp:
        paths = {fmt: Path(tmp) / f"dump.{fmt}" for fmt in DUMPS}
        for fmt, path in paths.items():
            gc.collect()
            start = time.perf_counter()
            try:
                store.dump(fmt, path)
            except Exception as exc:
                dumps[fmt] = {"error": f"{type(exc).__name__}: {exc}"}
                continue
            dumps[fmt] = {"seconds": time.perf_counter() - start, "bytes": path.stat().st_size}
        report["rss_peak_mb"] = rss_mb()
        # Counted after the peak RSS is read: the parse is the check's, not the store's.
        for fmt, entry in dumps.items():
            if "seconds" in entry:
                entry["quads"] = count_quads(paths[fmt], fmt)
    report["dumps"] = dumps
    return report


def run_worker(name: str, args: argparse.Namespace, build_dir: Path) -> dict[str, Any]:
    """This script in a child process with ``--worker name``; its JSON report."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", name]
    command += ["--build-dir", str(build_dir), "--queries", str(args.queries)]
    command += ["--repeat", str(args.repeat), "--budget", str(args.budget)]
    command += ["--timeout", str(args.timeout), "--max-memory", str(args.max_memory)]
    print(f"bench: measuring {name} ...", file=sys.stderr)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        return {"store": name, "error": f"worker exited with {done.returncode}"}
    report: dict[str, Any] = json.loads(done.stdout)
    report["wall_seconds"] = time.perf_counter() - start
    return report


# ---------------------------------------------------------------------------------- output


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for package in ("rdflib", "pyoxigraph", "oxrdflib"):
        try:
            out[package] = version(package)
        except PackageNotFoundError:
            out[package] = "-"
    return out


def machine() -> dict[str, Any]:
    from bench_build import machine as build_machine

    return {**build_machine(), **versions()}


def check(entries: dict[str, dict[str, Any]]) -> tuple[int | None, str]:
    """The reference row count, and ``ok`` or which stores gave other rows than it."""
    answered = {name: e for name, e in entries.items() if "rows" in e}
    ref = next((name for name in REFERENCE if name in answered), None)
    if ref is None:
        return None, "no store answered"
    rows, fingerprint = answered[ref]["rows"], answered[ref]["digest"]
    lexical = answered[ref]["lexical_digest"]
    wrong, datatypes = [], []
    for name, e in answered.items():
        if e["rows"] != rows:
            wrong.append(f"{name} {e['rows']:,} rows")
        elif e["lexical_digest"] != lexical:
            wrong.append(f"{name} other values")
        elif e["digest"] != fingerprint:
            datatypes.append(name)
    verdict = ("DIFFER: " + ", ".join(wrong)) if wrong else "ok"
    if datatypes:
        verdict += "; same values, other literal datatypes: " + ", ".join(datatypes)
    return rows, verdict


def short_error(error: str) -> str:
    if error.startswith("timeout"):
        return "timeout"
    if error.startswith("out of memory") or error in ("SIGKILL", "SIGABRT"):
        return "OOM"
    return "error"


def rows_of(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The table as rows: one per measure, each store's seconds (or why none) and a check."""
    stores = [r for r in report["stores"] if "error" not in r]
    out: list[dict[str, Any]] = [
        {
            "measure": "load",
            "rows": None,
            "check": "",
            "seconds": {r["store"]: r["load"] for r in stores},
            "errors": {},
        }
    ]
    labels = list(dict.fromkeys(label for r in stores for label in r["queries"]))
    for label in labels:
        entries = {r["store"]: r["queries"].get(label, {"error": "missing"}) for r in stores}
        rows, verdict = check(entries)
        out.append(
            {
                "measure": label,
                "rows": rows,
                "check": verdict,
                "seconds": {n: e.get("seconds") for n, e in entries.items()},
                "errors": {n: e["error"] for n, e in entries.items() if "error" in e},
            }
        )
    for fmt in DUMPS:
        entries = {r["store"]: r["dumps"].get(fmt, {"error": "missing"}) for r in stores}
        wrong = [
            f"{r['store']} {entries[r['store']].get('quads', 0):,} of {r['quads']:,}"
            for r in stores
            if "error" not in entries[r["store"]] and entries[r["store"]]["quads"] != r["quads"]
        ]
        out.append(
            {
                "measure": f"dump {'N-Quads' if fmt == 'nquads' else 'TriG'}",
                "rows": None,
                "check": ("QUADS MISSING: " + ", ".join(wrong)) if wrong else "ok",
                "seconds": {n: e.get("seconds") for n, e in entries.items()},
                "errors": {n: e["error"] for n, e in entries.items() if "error" in e},
            }
        )
    return out


def print_table(report: dict[str, Any]) -> None:
    m, b = report["machine"], report["build"]
    print(
        f"machine: {m['cpus']} CPUs, {m['implementation']} {m['python']}, {m['platform']}; "
        f"rdflib {m['rdflib']}, pyoxigraph {m['pyoxigraph']}, oxrdflib {m['oxrdflib']}"
    )
    how = "reused" if b.get("reused") else f"built in {b.get('build_seconds', 0):.1f} s"
    how = "as given" if b.get("given") else how
    print(f"build: {b['directory']} ({how})")
    triples = f"{b['triples']:,}" if b.get("triples") is not None else "?"
    articles = f"{b['articles']:,} articles: " if b.get("articles") is not None else ""
    print(
        f"build: {articles}{triples} triples in kg.ttl (the merged graph), {b['quads']:,} quads "
        f"in kg.trig (the ontology's {b['default_triples']:,} in the default graph, the rest in "
        f"{b['named_graphs']:,} named graphs)"
    )
    print(
        f"seconds; each query best of {report['repeat']} (fewer once past "
        f"{report['budget']:.0f} s), timed until every row is a Python tuple, stopped past "
        f"{report['timeout']:.0f} s or {report['max_memory']:.0f} MB; load and dumps once"
    )
    for r in report["stores"]:
        if "error" in r:
            print(f"bench: {r['store']}: {r['error']}")
    stores = [r["store"] for r in report["stores"] if "error" not in r]
    fastest = next((s for s in ("pyoxigraph-m", "pyoxigraph") if s in stores), None)
    ratio = fastest is not None and "rdflib" in stores
    width = max(len(row["measure"]) for row in report["table"]) + 2
    cell = max(12, *(len(s) + 2 for s in stores))
    head = f"{'':<{width}}{'rows':>8}" + "".join(f"{s:>{cell}}" for s in stores)
    head += f"{'rdflib/' + str(fastest):>{len(str(fastest)) + 10}}" if ratio else ""
    print(head + "  check")
    for row in report["table"]:
        line = f"{row['measure']:<{width}}"
        line += f"{row['rows']:>8,}" if row["rows"] is not None else f"{'':>8}"
        for s in stores:
            value, error = row["seconds"].get(s), row["errors"].get(s)
            shown = f"{value:.3f}" if value is not None else short_error(error or "")
            line += f"{shown:>{cell}}"
        if ratio:
            a, o = row["seconds"].get("rdflib"), row["seconds"].get(fastest)
            shown = f"{a / o:,.0f}x" if a and o else ""
            if o and short_error(row["errors"].get("rdflib", "")) == "timeout":
                shown = f">{report['timeout'] / o:,.0f}x"  # rdflib stopped: a lower bound
            line += f"{shown:>{len(str(fastest)) + 10}}"
        print((line + "  " + row["check"]).rstrip())
    runs = [r for r in report["stores"] if "error" not in r]
    for title, key in (
        ("RSS after imports, MB", "rss_imports_mb"),
        ("peak RSS, MB", "rss_peak_mb"),
        ("peak RSS in a query, MB", "rss_query_mb"),
    ):
        print(f"{title:<{width}}{'':>8}" + "".join(f"{r[key]:>{cell},.0f}" for r in runs))
    wall = ", ".join(f"{r['store']} {r.get('wall_seconds', 0):.0f} s" for r in runs)
    print(f"wall time per store: {wall}")
    for s in stores:
        print(f"  {s}: {DESCRIPTIONS[s]}")


# ------------------------------------------------------------------------------------ main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark rdflib, rdflib+oxrdflib and pyoxigraph on a large kg build.",
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--triples", type=int, default=300_000, help="least triples in kg.ttl (300,000)"
    )
    size.add_argument("--copies", type=int, help="copies of each seed, instead of --triples")
    size.add_argument("--small", action="store_true", help="a quick run: --triples 10000")
    size.add_argument("--build-dir", type=Path, help="benchmark this existing build as it is")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query, best kept (3)")
    parser.add_argument(
        "--budget",
        type=float,
        default=5.0,
        help="seconds per query and store after which it is not run again (5)",
    )
    parser.add_argument(
        "--timeout", type=float, default=20.0, help="seconds before a query is stopped (20)"
    )
    parser.add_argument(
        "--max-memory",
        type=float,
        default=4096.0,
        help="MB a query may allocate beyond the loaded store before it is stopped (4096)",
    )
    parser.add_argument(
        "--stores", default=",".join(STORES), help=f"comma-separated ({','.join(STORES)})"
    )
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds", help="seed articles dir")
    parser.add_argument("--queries", type=Path, default=REPO / "queries", help="*.rq dir")
    parser.add_argument("--rebuild", action="store_true", help="build again even if reusable")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--worker", choices=STORES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.triples < 1 or (args.copies is not None and args.copies < 1):
        parser.error("--repeat, --triples and --copies must be >= 1")
    unknown = set(args.stores.split(",")) - set(STORES)
    if unknown:
        parser.error(f"unknown stores {', '.join(sorted(unknown))}; known: {', '.join(STORES)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        report = worker(args.worker, args)
        json.dump(report, sys.stdout, ensure_ascii=False)
        return 0

    plan: dict[str, Any] = {}
    if args.build_dir:
        build = existing_build(args.build_dir)
    else:
        target = 10_000 if args.small else args.triples
        if args.copies:
            copies = args.copies
        else:
            copies, plan = plan_copies(args.seeds, target)
            plan["target"] = target
        directory = BENCH_DIR / "corpus" / f"build-seeds-x{copies}"
        build = make_build(args.seeds, copies, directory, args.rebuild)
        if build.get("failures"):
            print(f"bench: warning: {build['failures']} articles failed to build", file=sys.stderr)
    gc.collect()

    stores = [run_worker(name, args, Path(build["directory"])) for name in args.stores.split(",")]
    report: dict[str, Any] = {
        "machine": machine(),
        "build": build,
        "plan": plan,
        "repeat": args.repeat,
        "budget": args.budget,
        "timeout": args.timeout,
        "max_memory": args.max_memory,
        "stores": stores,
    }
    report["table"] = rows_of(report)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        print_table(report)
    disagree = [row["measure"] for row in report["table"] if row["check"] not in ("", "ok")]
    if disagree:
        print(f"bench: warning: the stores disagree on: {'; '.join(disagree)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
