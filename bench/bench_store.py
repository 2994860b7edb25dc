"""Benchmark the SPARQL stores kg could query through: rdflib, rdflib over Oxigraph, pyoxigraph.

Run it from the repository root with the project's venv::

    .venv/bin/python bench/bench_store.py                  # >= 300,000 triples, best of 3
    .venv/bin/python bench/bench_store.py --small          # >= 30,000 triples: a quick run
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

Each store runs in its own child process (this script with ``--worker``), one after the other,
so that its peak RSS is its own and no store pays for another's garbage:

- ``rdflib``: rdflib's in-memory ``Dataset(default_union=True)`` parsing ``kg.trig`` with
  rdflib's TriG parser, and rdflib's SPARQL engine (what kg/query.py used until now);
- ``oxrdflib``: the same rdflib API over ``Dataset(store="Oxigraph", default_union=True)``,
  loaded with oxrdflib's ``ox-trig`` parser and dumped with its ``ox-*`` serializers (both skip
  Python and go straight to the Oxigraph store); SPARQL runs in Oxigraph;
- ``pyoxigraph``: ``Store()`` with ``bulk_load(path=..., format=RdfFormat.TRIG)``, queried with
  ``use_default_graph_as_union=True`` and ``prefixes=PREFIXES``.

Each measures: the load of ``kg.trig``; every query of ``queries/*.rq`` plus three group-bys,
best of ``--repeat``, timed until every row is in a Python list; a dump of the whole dataset as
N-Quads and as TriG (a file in a temporary directory). The rows of every query, normalised to
N-Triples terms, must be the same multiset in every store: the ``check`` column says if not.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    from bench_build import BENCH_DIR, REPO, SEEDS, make_corpus
except ImportError:  # imported from elsewhere than bench/
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_build import BENCH_DIR, REPO, SEEDS, make_corpus

BUILD_MARKER = ".bench-build.json"  # what a build dir was built from; a dotfile like MARKER
STORES = ("rdflib", "oxrdflib", "pyoxigraph")
LABELS = {"rdflib": "rdflib", "oxrdflib": "oxrdflib", "pyoxigraph": "pyoxigraph"}
DESCRIPTIONS = {
    "rdflib": "rdflib Dataset(default_union=True), in memory, rdflib's TriG parser and SPARQL",
    "oxrdflib": 'rdflib Dataset(store="Oxigraph", default_union=True), ox-trig / ox-* formats',
    "pyoxigraph": "pyoxigraph Store(), bulk_load, use_default_graph_as_union=True",
}
DUMPS = ("nquads", "trig")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

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
    if not info or info.get("corpus") != corpus:
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
        "corpus": signature,
        "corpus_dir": str(corpus.directory),
        "articles": len(result.articles),
        "failures": len(result.failures),
        "named_graphs": len(result.named_graphs),
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
    triples = None
    if ttl.is_file():
        triples = sum(1 for _ in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))
    return {
        "directory": str(directory),
        "reused": True,
        "articles": None,
        "failures": None,
        "named_graphs": len(list(store.named_graphs())),
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
    """This process's peak resident set so far, in MB (ru_maxrss: KiB on Linux, B on macOS)."""
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
    """One store under test: load a TriG file, answer a SELECT, dump the dataset."""

    canon = staticmethod(canon_rdflib)

    def load(self, path: Path) -> None:
        raise NotImplementedError

    def select(self, query: str) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def dump(self, fmt: str, path: Path) -> None:
        raise NotImplementedError


class RdflibStore(Store):
    """rdflib's in-memory Dataset, as kg/query.py loaded it: union default graph."""

    parse_format = "trig"
    dump_formats = {"nquads": "nquads", "trig": "trig"}

    def new(self) -> Any:
        from rdflib import Dataset

        return Dataset(default_union=True)

    def load(self, path: Path) -> None:
        self.ds = self.new()
        self.ds.parse(str(path), format=self.parse_format)

    def select(self, query: str) -> list[tuple[Any, ...]]:
        from kg.rdf import PREFIXES

        header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        return [tuple(row) for row in self.ds.query(header + query)]

    def dump(self, fmt: str, path: Path) -> None:
        from kg.rdf import PREFIXES

        for prefix, ns in PREFIXES.items():
            self.ds.bind(prefix, ns, override=True, replace=True)
        self.ds.serialize(destination=str(path), format=self.dump_formats[fmt], encoding="utf-8")


class OxrdflibStore(RdflibStore):
    """The rdflib API over Oxigraph: oxrdflib's store, parser and serializers."""

    parse_format = "ox-trig"
    dump_formats = {"nquads": "ox-nquads", "trig": "ox-trig"}

    def new(self) -> Any:
        from rdflib import Dataset

        return Dataset(store="Oxigraph", default_union=True)


class PyoxigraphStore(Store):
    """pyoxigraph's own API: bulk load, union default graph, kg's prefixes as an argument."""

    canon = staticmethod(canon_oxigraph)

    def load(self, path: Path) -> None:
        import pyoxigraph as ox

        self.store = ox.Store()
        self.store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)

    def select(self, query: str) -> list[tuple[Any, ...]]:
        from kg.rdf import PREFIXES

        solutions = self.store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
        width = len(solutions.variables)
        return [tuple(s[i] for i in range(width)) for s in solutions]

    def dump(self, fmt: str, path: Path) -> None:
        import pyoxigraph as ox

        from kg.rdf import PREFIXES

        if fmt == "nquads":
            self.store.dump(str(path), format=ox.RdfFormat.N_QUADS)
        else:
            self.store.dump(str(path), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


STORE_CLASSES: dict[str, type[Store]] = {
    "rdflib": RdflibStore,
    "oxrdflib": OxrdflibStore,
    "pyoxigraph": PyoxigraphStore,
}


def digest(rows: list[tuple[str, ...]]) -> str:
    """An order-free fingerprint of a multiset of rows."""
    text = "\n".join(sorted("\t".join(row) for row in rows))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def count_quads(path: Path, fmt: str) -> int:
    import pyoxigraph as ox

    rdf_format = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG
    return sum(1 for _ in ox.parse(path=str(path), format=rdf_format))


def worker(
    name: str, build_dir: Path, repeat: int, budget: float, query_dir: Path
) -> dict[str, Any]:
    """Measure one store, in this process. The caller runs it in a fresh child process."""
    import pyoxigraph  # noqa: F401  (imported by every store's check, so in every baseline)
    import rdflib  # noqa: F401

    if name == "oxrdflib":
        import oxrdflib  # noqa: F401

    store = STORE_CLASSES[name]()
    todo = queries(query_dir)
    gc.collect()
    report: dict[str, Any] = {"store": name, "rss_imports_mb": rss_mb()}

    start = time.perf_counter()
    store.load(build_dir / "kg.trig")
    report["load"] = time.perf_counter() - start
    gc.collect()
    report["rss_loaded_mb"] = rss_mb()

    results: dict[str, Any] = {}
    for label, text in todo.items():
        runs: list[float] = []
        rows: list[tuple[Any, ...]] = []
        error = None
        for _ in range(repeat):
            gc.collect()
            start = time.perf_counter()
            try:
                rows = store.select(text)
            except Exception as exc:  # a store that cannot answer is a result too
                error = f"{type(exc).__name__}: {exc}"
                break
            runs.append(time.perf_counter() - start)
            if sum(runs) > budget:  # a slow query is not repeated past the budget
                break
        if error:
            results[label] = {"error": error, "runs": runs}
            continue
        canon = [tuple(store.canon(t) for t in row) for row in rows]
        results[label] = {
            "seconds": min(runs),
            "runs": runs,
            "rows": len(rows),
            "digest": digest(canon),
            "sample": list(sorted(canon)[:1]),
        }
        del rows, canon
    report["queries"] = results

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
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        name,
        "--build-dir",
        str(build_dir),
        "--repeat",
        str(args.repeat),
        "--budget",
        str(args.budget),
        "--queries",
        str(args.queries),
    ]
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
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        **versions(),
    }


def check(entries: list[dict[str, Any] | None]) -> str:
    """``ok`` when every store gave the same rows; else what differs."""
    if any(e is None or "error" in e for e in entries):
        return "ERROR"
    counts = [e["rows"] for e in entries if e is not None]
    if len(set(counts)) > 1:
        return "ROWS DIFFER " + "/".join(map(str, counts))
    if len({e["digest"] for e in entries if e is not None}) > 1:
        return "VALUES DIFFER"
    return "ok"


def seconds_of(names: list[str], entries: list[dict[str, Any] | None]) -> dict[str, Any]:
    return {n: e.get("seconds") if e else None for n, e in zip(names, entries, strict=True)}


def rows_of(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The table as rows: one per measure, with each store's seconds and the check."""
    stores = [r for r in report["stores"] if "error" not in r]
    names = [r["store"] for r in stores]
    out: list[dict[str, Any]] = [
        {
            "measure": "load kg.trig",
            "rows": None,
            "check": "",
            "seconds": {r["store"]: r["load"] for r in stores},
        }
    ]
    for label in stores[0]["queries"] if stores else ():
        entries = [r["queries"].get(label) for r in stores]
        out.append(
            {
                "measure": label,
                "rows": next((e["rows"] for e in reversed(entries) if e and "rows" in e), None),
                "check": check(entries),
                "seconds": seconds_of(names, entries),
            }
        )
    for fmt in DUMPS:
        entries = [r["dumps"].get(fmt) for r in stores]
        quads = {e.get("quads") for e in entries if e}
        expected = report["build"]["quads"]
        ok = "ERROR" if any(not e or "error" in e for e in entries) else "ok"
        if ok == "ok" and quads != {expected}:
            ok = "QUADS DIFFER " + "/".join(str(e.get("quads")) for e in entries if e)
        out.append(
            {
                "measure": f"dump {'N-Quads' if fmt == 'nquads' else 'TriG'}",
                "rows": expected,
                "check": ok,
                "seconds": seconds_of(names, entries),
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
    print(f"build: {b['directory']} ({how})")
    triples = f"{b['triples']:,}" if b.get("triples") is not None else "?"
    articles = f"{b['articles']:,} articles, " if b.get("articles") is not None else ""
    print(
        f"build: {articles}{triples} triples in kg.ttl (the union), {b['quads']:,} quads in "
        f"kg.trig (the ontology in the default graph + {b['named_graphs']:,} named graphs)"
    )
    print(
        f"seconds; queries best of {report['repeat']} (fewer past {report['budget']:.0f} s), "
        "timed until every row is a Python tuple; load and dumps once"
    )
    stores = [r["store"] for r in report["stores"] if "error" not in r]
    for r in report["stores"]:
        if "error" in r:
            print(f"bench: {r['store']}: {r['error']}")
    ref = "pyoxigraph" if "pyoxigraph" in stores else None
    width = max(len(row["measure"]) for row in report["table"]) + 2
    head = f"{'':<{width}}{'rows':>8}" + "".join(f"{LABELS[s]:>12}" for s in stores)
    if ref and "rdflib" in stores:
        head += f"{'rdflib/ox':>11}"
    print(head + "  check")
    for row in report["table"]:
        line = f"{row['measure']:<{width}}"
        line += f"{row['rows']:>8,}" if row["rows"] is not None else f"{'':>8}"
        for s in stores:
            value = row["seconds"].get(s)
            line += f"{value:12.3f}" if value is not None else f"{'-':>12}"
        if ref and "rdflib" in stores:
            a, o = row["seconds"].get("rdflib"), row["seconds"].get(ref)
            line += f"{a / o:10.0f}x" if a and o else f"{'':>11}"
        print((line + "  " + row["check"]).rstrip())
    peak = "".join(f"{r['rss_peak_mb']:12.0f}" for r in report["stores"] if "error" not in r)
    base = "".join(f"{r['rss_imports_mb']:12.0f}" for r in report["stores"] if "error" not in r)
    print(f"{'peak RSS, MB':<{width}}{'':>8}{peak}")
    print(f"{'  of which imports, MB':<{width}}{'':>8}{base}")
    wall = ", ".join(f"{r['store']} {r.get('wall_seconds', 0):.0f} s" for r in report["stores"])
    print(f"wall time per store (with the row checks and dump counts): {wall}")
    for s in stores:
        print(f"  {LABELS[s]}: {DESCRIPTIONS[s]}")


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
    size.add_argument("--small", action="store_true", help="a quick run: --triples 30000")
    size.add_argument("--build-dir", type=Path, help="benchmark this existing build as it is")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query, best kept (3)")
    parser.add_argument(
        "--budget",
        type=float,
        default=30.0,
        help="seconds per query and store after which it is not run again (30)",
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
        report = worker(args.worker, args.build_dir, args.repeat, args.budget, args.queries)
        json.dump(report, sys.stdout, ensure_ascii=False)
        return 0

    plan: dict[str, Any] = {}
    if args.build_dir:
        build = existing_build(args.build_dir)
    else:
        target = 30_000 if args.small else args.triples
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
