"""Benchmark kg at scale, each figure beside its baseline, on one generated corpus.

Run it from the repository root with the project's venv::

    .venv/bin/python bench/bench_scale.py                # about 4 minutes on 2 cores
    .venv/bin/python bench/bench_scale.py --quick        # about 45 s, at smaller sizes
    .venv/bin/python bench/bench_scale.py --json         # JSON on stdout instead of the table
    .venv/bin/python bench/bench_scale.py --budget 900   # let part 3 grow in a longer run
    .venv/bin/python bench/bench_scale.py --full         # + 100,000 articles (long; guarded)

Every corpus is written by bench/generate.py with one ``--seed`` (0 by default), so each size
is the first N articles of the same sequence; they go to ``bench/corpus/gen-<N>-<seed>``
(git-ignored) and are reused when complete. One run measures, and prints PASS or FAIL beside
each target of the tracker:

1. **one worker**: characters per second of a full build through the library
   (``kg.load_ontology()``, ``build(..., workers=1)``, ``kg.exporters.write`` with every
   default format) against bare ``jieba.cut`` over the raw text of the same files (both
   credited with the same characters, as in bench_build.py). Target: ratio >= 0.8.
2. **two workers**: the same full build with ``workers=2`` against ``workers=1``: speed-up
   (target >= 1.7x), and every output file byte-identical.

   Parts 1 and 2 run in ``--rounds`` rounds (5), each round timing jieba, one worker and
   two workers in turn; each side's best round gives the figures (as ``timeit`` keeps the
   best of its repeats: on a shared machine the slower runs measure the neighbours). Each
   round's own ratios are printed too, with their median.
3. **at a million triples**: N is picked from the triples per article of the part-1 build so
   that ``kg.ttl`` holds at least ``--triples``; if the estimate says that would overrun
   ``--budget``, the largest affordable N is used and the output says so. At N: kg's build
   (2 workers); kg's Turtle export (``write(result, dir, ["turtle"])``) against pyoxigraph
   bulk-loading that ``kg.trig``, merging its graphs and dumping Turtle (target <= 2x); and the
   ``queries/`` set through kg's store (``open_store`` + ``execute(..., TSV)``) against
   pyoxigraph queried in-process (``kg.ttl`` as the default graph, ``kg.trig``, ``prefixes=``)
   (target <= 1.5x, on the set's total; each query is shown too, with a check that both sides
   return the same TSV bytes).
4. **memory**: the peak RSS of a full one-worker build of ``--mem-articles`` and of ten times
   as many, each in a fresh process (VmHWM from /proc, read by the child). Target: < 2x.
5. ``--full`` only: a full build of 100,000 articles with 2 workers. An estimate of its time,
   memory and disk is printed first; it is not started when the memory estimate exceeds what
   the machine has free (``--full-force`` overrides), and a watchdog kills it when it nears
   the limit.

A short stage split (where one build's time goes, what the parent and the workers spend,
what memory the build and the write add) follows the table. See bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

try:
    import bench_build
    import bench_store
    import generate
except ImportError:  # imported from elsewhere than bench/
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_build
    import bench_store
    import generate

from bench_build import BENCH_DIR, MB, REPO, Corpus, Run

TSV = "text/tab-separated-values"
#: The tracker's targets: (comparison, value).
TARGETS: dict[str, tuple[str, float]] = {
    "chars": (">=", 0.8),  # kg chars/s over jieba.cut chars/s, one worker
    "speedup": (">=", 1.7),  # one-worker time over two-worker time
    "export": ("<=", 2.0),  # kg's Turtle export time over pyoxigraph's load + dump
    "queries": ("<=", 1.5),  # kg's store over pyoxigraph, the queries/ set's total
    "memory": ("<", 2.0),  # peak RSS at 10x the corpus over peak RSS at 1x
}
#: Part 3's cost in one-worker full builds of the same articles (see scale_cost).
SCALE_REFERENCE_ARTICLES = 2_100  # about 1.0 M triples at seed 0
PROCESS_START = 3.0  # seconds for a child to import kg, jieba or pyoxigraph
#: A query that costs nothing: what it takes on each side is the per-query overhead.
TRIVIAL, TRIVIAL_QUERY = "(LIMIT 1)", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"


# --------------------------------------------------------------------------------- helpers


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def passed(key: str, value: float | None) -> bool | None:
    if value is None or math.isnan(value):
        return None
    op, target = TARGETS[key]
    return {">=": value >= target, "<=": value <= target, "<": value < target}[op]


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else "PASS" if ok else "FAIL"


def target_text(key: str, unit: str = "") -> str:
    op, target = TARGETS[key]
    return f"{op} {target:.2f}{unit}"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def digests(directory: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(directory.iterdir()) if not p.name.startswith(".")}


def mem_available_mb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def drop_cached(result: Any) -> None:
    """Forget what a Build tallied from its articles (the merged graph's sort, the facts
    rows, the graph), so a timed export pays for it as a standalone ``kg export`` would."""
    result.assembly.forget()
    getattr(result, "__dict__", {}).pop("graph", None)


def merged_count(result: Any, graphs: int | None = None) -> int:
    """Triples in the merged graph of a build, or of its first ``graphs`` articles."""
    from itertools import islice

    from kg.rdf import merged

    if graphs is None:
        return int(result.triple_count)  # counted by the Turtle writer, if it ran
    named = [t for _, t in islice(result.named_graphs, graphs)]
    return len(merged([result.default_graph, *named]))


# ---------------------------------------------------------------------------------- corpus


def article_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(
        p
        for p in directory.iterdir()
        if p.name.startswith("article-") and p.suffix in (".html", ".md")
    )


def gen_corpus(
    n: int, seed: int, texts: bool = True, cache: dict[str, Any] | None = None
) -> Corpus:
    """The first ``n`` articles of seed ``seed``, written by generate.py or reused."""
    directory = BENCH_DIR / "corpus" / f"gen-{n}-{seed}"
    marker = directory / generate.MARKER
    files = article_files(directory)
    complete = (
        marker.is_file()
        and f"generate.py {n} --seed {seed};" in marker.read_text(encoding="utf-8")
        and [p.stem for p in files] == [f"article-{i:06d}" for i in range(n)]
    )
    if not complete:
        start = time.perf_counter()
        cache = cache if cache is not None else {}
        if "pools" not in cache:
            cache["pools"] = generate.build_pools(REPO / "seeds", REPO / "ontology")
        generate.prepare(directory, force=True)  # stops rather than remove foreign files
        generate.generate(cache["pools"], n, seed, directory)
        files = article_files(directory)
        say(f"generated {n:,} articles into {directory} in {time.perf_counter() - start:.1f} s")
    raw = [f.read_bytes() for f in files] if texts else []
    # utf-8-sig is how kg decodes; a BOM is not text either side should be credited with.
    decoded = tuple(b.decode("utf-8-sig") for b in raw)
    return Corpus(
        directory=directory,
        files=tuple(files),
        texts=decoded,
        bytes=sum(f.stat().st_size for f in files),
        chars=sum(len(t) for t in decoded),
    )


def corpus_info(corpus: Corpus) -> dict[str, Any]:
    return {
        "directory": str(corpus.directory),
        "articles": len(corpus.files),
        "bytes": corpus.bytes,
        "chars": corpus.chars,
    }


# ------------------------------------------------------------------------ parts 1 and 2


def full_build(paths: list[Path], workers: int, out: Path) -> tuple[Run, dict[str, float], Any]:
    """One ``kg build`` through the library: ontology, build, every default format written.
    Also the CPU seconds of this process and of its (pool) children over the build."""
    import kg
    from kg.exporters import write
    from kg.pipeline import build

    c0 = os.times()
    t0 = time.perf_counter()
    ontology = kg.load_ontology()
    t1 = time.perf_counter()
    result = build(paths, ontology, workers=workers)
    t2 = time.perf_counter()
    c2 = os.times()
    write(result, out, workers=workers)
    t3 = time.perf_counter()
    c3 = os.times()
    stages = {"ontology": t1 - t0, "extract": t2 - t1, "write": t3 - t2}
    cpu = {
        "parent_extract": (c2.user + c2.system) - (c0.user + c0.system),
        "parent_write": (c3.user + c3.system) - (c2.user + c2.system),
        "workers": (c3.children_user + c3.children_system)
        - (c0.children_user + c0.children_system),
    }
    return Run(t3 - t0, stages), cpu, result


def triples_plan(result: Any, target: int) -> dict[str, Any]:
    """How many articles give ``target`` merged triples. The merged graph grows a little
    slower than the corpus (articles share facts), so a power law ``T = a * n ** b`` is fitted
    through the first half of this build and all of it (its exponent kept within 0.9 to 1),
    extrapolated, and 3 % added for the spread between articles."""
    n = len(result.named_graphs)
    half = n // 2
    whole, first = merged_count(result), merged_count(result, half)
    exponent = math.log(whole / first) / math.log(n / half) if first and half else 1.0
    exponent = min(1.0, max(0.9, exponent))  # a small build's halves are noisy
    needed = math.ceil(n * (target / whole) ** (1 / exponent) * 1.03)
    return {
        "from_articles": n,
        "triples": whole,
        "triples_half": first,
        "exponent": exponent,
        "per_article": whole / n,
        "needed": max(64, needed),
    }


def parts_one_two(corpus: Corpus, rounds: int, target: int) -> dict[str, Any]:
    """Parts 1 and 2: ``rounds`` rounds of jieba.cut, kg with one worker and kg with two, in
    turn; each side's best round gives the figures, and each round's own ratios are kept
    (``paired``): they show how far the machine's drift moved the verdict."""
    from statistics import median

    from bench_build import best, rate, time_jieba

    jieba_runs: list[Run] = []
    kg_runs: dict[int, list[Run]] = {1: [], 2: []}
    cpus: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    reference: dict[str, str] | None = None
    differ: set[str] = set()
    plan: dict[str, Any] = {}
    articles = failures = 0
    for i in range(rounds):  # interleaved, so drift in the machine hits every side alike
        say(f"part 1-2, round {i + 1} of {rounds}: jieba.cut, kg 1 worker, kg 2 workers")
        gc.collect()
        jieba_runs.append(time_jieba(corpus.texts))
        for workers in (1, 2):
            gc.collect()
            with tempfile.TemporaryDirectory(prefix="kg-bench-scale-") as tmp:
                run, cpu, result = full_build([corpus.directory], workers, Path(tmp))
                files = digests(Path(tmp))
            kg_runs[workers].append(run)
            cpus[workers].append(cpu)
            articles, failures = len(result.articles), len(result.failures)
            if reference is None:
                reference = files
            differ |= {k for k in set(files) | set(reference) if files.get(k) != reference.get(k)}
            if not plan:
                plan = triples_plan(result, target)
            del result
    assert reference is not None
    if articles != len(corpus.files) or failures:
        say(f"warning: kg built {articles} of {len(corpus.files)} articles, {failures} failed")

    def side(runs: list[Run], cpu: list[dict[str, float]] | None = None) -> dict[str, Any]:
        b = best(runs)
        entry = {
            "seconds": b.seconds,
            "chars_per_s": rate(corpus.chars, b.seconds),
            "stages": b.stages,
            "all_seconds": [r.seconds for r in runs],
        }
        if cpu is not None:
            entry["cpu"] = cpu[runs.index(b)]
        return entry

    jieba, one, two = side(jieba_runs), side(kg_runs[1], cpus[1]), side(kg_runs[2], cpus[2])
    ratio = one["chars_per_s"] / jieba["chars_per_s"]
    speedup = one["seconds"] / two["seconds"]
    # Round by round: jieba's seconds over kg's (the same characters), one worker over two.
    ratios = [j.seconds / k.seconds for j, k in zip(jieba_runs, kg_runs[1], strict=True)]
    speedups = [a.seconds / b.seconds for a, b in zip(kg_runs[1], kg_runs[2], strict=True)]
    return {
        "one_worker": {
            "jieba": jieba,
            "kg": one,
            "ratio": ratio,
            "pass": passed("chars", ratio),
            "paired": {"ratios": ratios, "median": median(ratios)},
        },
        "two_workers": {
            "kg": two,
            "one_worker_seconds": one["seconds"],
            "speedup": speedup,
            "pass": passed("speedup", speedup),
            "paired": {"speedups": speedups, "median": median(speedups)},
            "files": sorted(reference),
            "identical": not differ,
            "differ": sorted(differ),
        },
        "kg_articles": articles,
        "kg_failures": failures,
        "plan": plan,
    }


def stage_split(corpus: Corpus, count: int) -> dict[str, Any]:
    """One one-worker build of the first ``count`` articles, split by pipeline stage
    (bench_build's wrapped timers), and its write split by format."""
    files = list(corpus.files[:count])
    return {"articles": len(files), **bench_build.split_build(files)}


# -------------------------------------------------------------------------------- part 4


def run_child(command: list[str]) -> dict[str, Any]:
    """This script as a child with ``--worker``; its JSON report (an error if it failed)."""
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        return {"error": f"worker exited with {done.returncode}"}
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    report["wall_seconds"] = time.perf_counter() - start
    return report


def worker_command(name: str, *args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--worker", name, *args]


def memory_worker(corpus: Path, workers: int) -> dict[str, Any]:
    """In a fresh process: warm up, then a full build; the high-water RSS at each step.

    VmHWM is the child's own (Linux resets it at exec). ru_maxrss, by RUSAGE_CHILDREN or
    wait4, is not: on Linux a child starts from the parent's memory, so it would report at
    least the benchmark's own peak (bench_store.rss_mb says the same).
    """
    from bench_store import rss_mb

    import kg
    from kg.exporters import write
    from kg.pipeline import build

    bench_build.warm_up()  # jieba's dictionary, kg's tokenizer and matcher
    report: dict[str, Any] = {"rss_base_mb": rss_mb()}
    t0 = time.perf_counter()
    result = build([corpus], kg.load_ontology(), workers=workers)
    t1 = time.perf_counter()
    report["rss_build_mb"] = rss_mb()
    with tempfile.TemporaryDirectory(prefix="kg-bench-scale-") as tmp:
        write(result, tmp)
    t2 = time.perf_counter()
    report["rss_peak_mb"] = rss_mb()
    report.update(
        articles=len(result.articles),
        facts=len(result.rows),
        quads=len(result.default_graph) + sum(len(t) for _, t in result.named_graphs),
        triples=result.triple_count,
        extract_seconds=t1 - t0,
        write_seconds=t2 - t1,
    )
    return report


def part_four(n: int, seed: int, cache: dict[str, Any]) -> dict[str, Any]:
    sizes = {"1x": n, "10x": 10 * n}
    out: dict[str, Any] = {"workers": 1}
    for label, count in sizes.items():
        corpus = gen_corpus(count, seed, texts=False, cache=cache)
        say(f"part 4: peak memory of a one-worker build of {count:,} articles, fresh process")
        entry = run_child(worker_command("memory", "--corpus", str(corpus.directory)))
        entry["corpus"] = corpus_info(corpus)
        out[label] = entry
    one, ten = out["1x"], out["10x"]
    if "error" not in one and "error" not in ten:
        ratio = ten["rss_peak_mb"] / one["rss_peak_mb"]
        slope = (ten["rss_peak_mb"] - one["rss_peak_mb"]) / (ten["articles"] - one["articles"])
        quads = ten["quads"] - one["quads"]
        # RSS = base + slope * articles; the 10x/1x ratio is below 2 only while the 1x corpus
        # has fewer than base / (8 * slope) articles.
        base = one["rss_peak_mb"] - slope * one["articles"]
        out.update(
            ratio=ratio,
            base_mb=base,
            under_2x_below_articles=base / (8 * slope) if slope > 0 else None,
            mb_per_1000_articles=1000 * slope,
            bytes_per_quad=(ten["rss_peak_mb"] - one["rss_peak_mb"]) * 2**20 / max(quads, 1),
        )
        out["pass"] = passed("memory", ratio)
    return out


# -------------------------------------------------------------------------------- part 3


def scale_cost(n: int, per_article: float, repeat: int) -> float:
    """Seconds part 3 should take at ``n`` articles, from one one-worker full build's seconds
    per article (part 1). Measured on the 2-core machine at 2,100 articles (1.0 M triples):
    the two-worker build took about 0.7 one-worker builds, each export (kg's and pyoxigraph's)
    0.25, loading the two stores 0.55, and the query set about 4, because the evidence query
    grows faster than the corpus (about n ** 1.75)."""
    linear = 2.0 + 0.5 * repeat
    queries = 4.0 * (n / SCALE_REFERENCE_ARTICLES) ** 0.75
    return n * per_article * (linear + queries) + 3 * PROCESS_START


def affordable(needed: int, seconds: float, per_article: float, repeat: int) -> int:
    """The largest article count up to ``needed`` that part 3 can do in ``seconds``."""
    if scale_cost(needed, per_article, repeat) <= seconds:
        return needed
    low, high = 64, needed
    while low < high:
        mid = (low + high + 1) // 2
        if scale_cost(mid, per_article, repeat) <= seconds:
            low = mid
        else:
            high = mid - 1
    return low


def queries_worker(side: str, build_dir: Path, timeout: float) -> None:
    """In a fresh process: load one store, say how long it took, then answer query names
    read from stdin, one JSON line each on stdout, timed until the TSV bytes are there."""
    from bench_store import rss_mb

    from kg.errors import QueryError
    from kg.query import resolve

    start = time.perf_counter()
    if side == "kg":
        from kg.store import execute, open_store

        store = open_store(build_dir)

        def run(text: str) -> bytes:
            return execute(store, text, TSV, timeout)
    else:
        import pyoxigraph as ox

        from kg.rdf import PREFIXES

        store = ox.Store()
        store.bulk_load(path=str(build_dir / "kg.ttl"), format=ox.RdfFormat.TURTLE)
        store.bulk_load(path=str(build_dir / "kg.trig"), format=ox.RdfFormat.TRIG)
        prefixes = dict(PREFIXES)

        def run(text: str) -> bytes:
            result = store.query(text, prefixes=prefixes)
            return bytes(result.serialize(format=ox.QueryResultsFormat.TSV) or b"")

    load = time.perf_counter() - start
    run(TRIVIAL_QUERY)  # first-query set-up, on both sides
    print(json.dumps({"load": load, "rss_mb": rss_mb()}), flush=True)
    for line in sys.stdin:
        name = line.strip()
        if not name:
            break
        text = TRIVIAL_QUERY if name == TRIVIAL else resolve(name)
        gc.collect()
        try:
            t0 = time.perf_counter()
            data = run(text)
            seconds = time.perf_counter() - t0
        except QueryError as exc:
            print(json.dumps({"error": str(exc)}), flush=True)
            continue
        answer = {
            "seconds": seconds,
            "rows": max(data.count(b"\n") - 1, 0),
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        print(json.dumps(answer), flush=True)
    print(json.dumps({"rss_peak_mb": rss_mb()}), flush=True)


class QueryChild:
    """A queries_worker process, asked one query at a time."""

    def __init__(self, side: str, build_dir: Path, timeout: float) -> None:
        name = "queries-kg" if side == "kg" else "queries-ox"
        command = worker_command(name, "--build-dir", str(build_dir), "--timeout", str(timeout))
        self.proc = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.ready = self.read()

    def read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            return {"error": f"worker exited with {self.proc.wait()}"}
        answer: dict[str, Any] = json.loads(line)
        return answer

    def ask(self, name: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        if self.proc.poll() is not None:
            return {"error": f"worker exited with {self.proc.returncode}"}
        self.proc.stdin.write(name + "\n")
        self.proc.stdin.flush()
        return self.read()

    def close(self) -> dict[str, Any]:
        assert self.proc.stdin is not None
        answer: dict[str, Any] = {}
        if self.proc.poll() is None:
            self.proc.stdin.write("\n")
            self.proc.stdin.close()
            answer = self.read()
        self.proc.wait()
        return answer


def part_three_queries(build_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The queries/ set through kg's store and in pyoxigraph, each store in its own process,
    loaded one after the other; then the two answer each query in turn (kg, pyoxigraph, kg,
    ...), so drift in the machine hits both alike. Best of ``repeat`` per side, fewer once a
    side's runs of a query have taken ``query_budget`` seconds."""
    from kg.query import named_queries

    say("part 3: loading kg's store (open_store), fresh process")
    kg_child = QueryChild("kg", build_dir, args.timeout)
    say("part 3: loading pyoxigraph's store (bulk_load), fresh process")
    ox_child = QueryChild("pyoxigraph", build_dir, args.timeout)
    sides = {"kg": kg_child, "pyoxigraph": ox_child}
    rows: dict[str, Any] = {}
    errors = [f"{s}: {c.ready['error']}" for s, c in sides.items() if "error" in c.ready]
    try:
        for name in [] if errors else [TRIVIAL, *named_queries()]:
            say(f"part 3: query {name}, kg and pyoxigraph in turn")
            runs: dict[str, list[dict[str, Any]]] = {"kg": [], "pyoxigraph": []}
            failed: dict[str, str] = {}
            repeat = 5 if name == TRIVIAL else args.repeat
            while True:
                asked = False
                for side, child in sides.items():
                    done = runs[side]
                    spent = sum(r["seconds"] for r in done)
                    if side in failed or "kg" in failed or len(done) >= repeat:
                        continue
                    if spent >= args.query_budget:
                        continue
                    answer = child.ask(name)
                    asked = True
                    if "error" in answer:
                        failed[side] = answer["error"]
                    else:
                        done.append(answer)
                if not asked:
                    break
            entry: dict[str, Any] = {}
            for side, done in runs.items():
                if done:
                    fastest = min(done, key=lambda r: r["seconds"])
                    entry[side] = {**fastest, "runs": len(done)}
                else:
                    why = failed.get(side) or f"not run: kg's store failed ({failed.get('kg')})"
                    entry[side] = {"error": why}
            a, b = entry["kg"], entry["pyoxigraph"]
            if "seconds" in a and "seconds" in b:
                entry["ratio"] = a["seconds"] / b["seconds"]
                entry["pass"] = passed("queries", entry["ratio"])
                entry["same_tsv"] = a["sha256"] == b["sha256"]
            rows[name] = entry
    finally:
        ends = {side: child.close() for side, child in sides.items()}
    overhead = rows.pop(TRIVIAL, None)
    complete = not errors and all("ratio" in e for e in rows.values())
    total_kg = sum(e["kg"]["seconds"] for e in rows.values() if "ratio" in e)
    total_ox = sum(e["pyoxigraph"]["seconds"] for e in rows.values() if "ratio" in e)
    ratio = total_kg / total_ox if total_ox else float("nan")
    return {
        "overhead": overhead,
        "load": {s: c.ready.get("load") for s, c in sides.items()},
        "rss_loaded_mb": {s: c.ready.get("rss_mb") for s, c in sides.items()},
        "rss_peak_mb": {s: ends[s].get("rss_peak_mb") for s in sides},
        "per_query": rows,
        "total": {"kg": total_kg, "pyoxigraph": total_ox, "ratio": ratio},
        "complete": complete,
        "pass": passed("queries", ratio) if complete else None,
        "errors": errors,
    }


def export_worker(build_dir: Path, repeat: int) -> dict[str, Any]:
    """In a fresh process: pyoxigraph loads ``kg.trig``, merges its graphs into the default
    graph (Turtle holds one graph) and dumps that as Turtle; best of ``repeat``."""
    import pyoxigraph as ox
    from bench_store import rss_mb

    from kg.rdf import PREFIXES

    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-scale-") as tmp:
        target = Path(tmp) / "oxigraph.ttl"
        for _ in range(repeat):
            gc.collect()
            t0 = time.perf_counter()
            store = ox.Store()
            store.bulk_load(path=str(build_dir / "kg.trig"), format=ox.RdfFormat.TRIG)
            t1 = time.perf_counter()
            store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            t2 = time.perf_counter()
            store.dump(
                str(target),
                ox.RdfFormat.TURTLE,
                from_graph=ox.DefaultGraph(),
                prefixes=dict(PREFIXES),
            )
            t3 = time.perf_counter()
            runs.append({"seconds": t3 - t0, "load": t1 - t0, "merge": t2 - t1, "dump": t3 - t2})
            del store
        rss = rss_mb()
        dumped = sum(1 for _ in ox.parse(path=str(target), format=ox.RdfFormat.TURTLE))
        size = target.stat().st_size
    kg_ttl = build_dir / "kg.ttl"
    expected = sum(1 for _ in ox.parse(path=str(kg_ttl), format=ox.RdfFormat.TURTLE))
    best = min(runs, key=lambda r: r["seconds"])
    return {
        **best,
        "all_seconds": [r["seconds"] for r in runs],
        "triples": dumped,
        "kg_ttl_triples": expected,
        "bytes": size,
        "kg_ttl_bytes": kg_ttl.stat().st_size,
        "rss_peak_mb": rss,
    }


def part_three(
    corpus: Corpus, args: argparse.Namespace, plan: dict[str, Any], capped: bool
) -> dict[str, Any]:
    import kg
    from kg.exporters import DEFAULT_FORMATS, write
    from kg.pipeline import build

    out: dict[str, Any] = {"corpus": corpus_info(corpus), "plan": plan, "capped": capped}
    build_dir = Path(tempfile.mkdtemp(prefix="kg-bench-scale-build-"))
    try:
        say(f"part 3: kg build of {len(corpus.files):,} articles, 2 workers")
        gc.collect()
        c0 = os.times()
        t0 = time.perf_counter()
        result = build([corpus.directory], kg.load_ontology(), workers=2)
        t1 = time.perf_counter()
        c1 = os.times()
        write(result, build_dir, DEFAULT_FORMATS, workers=2)  # as kg build -w 2 does
        t2 = time.perf_counter()
        formats = {"all, 2 processes": t2 - t1}
        triples = merged_count(result)
        quads = len(result.default_graph) + sum(len(t) for _, t in result.named_graphs)
        out["build"] = {
            "seconds": t2 - t0,
            "extract": t1 - t0,
            "write": t2 - t1,
            "formats": formats,
            "chars_per_s": corpus.chars / (t2 - t0),
            "cpu_parent": (c1.user + c1.system) - (c0.user + c0.system),
            "cpu_workers": (c1.children_user + c1.children_system)
            - (c0.children_user + c0.children_system),
            "articles": len(result.articles),
            "failures": len(result.failures),
            "triples": triples,
            "quads": quads,
            "outputs_bytes": {p.name: p.stat().st_size for p in sorted(build_dir.iterdir())},
        }

        say("part 3: kg's Turtle export")
        exports = []
        with tempfile.TemporaryDirectory(prefix="kg-bench-scale-") as tmp:
            for _ in range(args.repeat):
                drop_cached(result)
                gc.collect()
                start = time.perf_counter()
                write(result, tmp, ["turtle"])
                exports.append(time.perf_counter() - start)
        del result
        gc.collect()

        say("part 3: pyoxigraph's load + dump of kg.trig, fresh process")
        ox_export = run_child(
            worker_command("export", "--build-dir", str(build_dir), "--repeat", str(args.repeat))
        )
        kg_export = min(exports)
        ratio = kg_export / ox_export["seconds"] if "seconds" in ox_export else float("nan")
        out["export"] = {
            "kg": {"seconds": kg_export, "all_seconds": exports},
            "pyoxigraph": ox_export,
            "ratio": ratio,
            "pass": passed("export", ratio),
        }

        out["queries"] = part_three_queries(build_dir, args)
    finally:
        shutil.rmtree(build_dir, ignore_errors=True)
    return out


# -------------------------------------------------------------------------------- part 5


def full_worker(corpus: Path, workers: int) -> dict[str, Any]:
    """In a fresh process: a full build with progress lines on stdout, then its figures."""
    from bench_store import rss_mb

    import kg
    from kg.exporters import write
    from kg.pipeline import build

    start = time.perf_counter()
    step = [0]

    def progress(done: int, total: int) -> None:
        if done - step[0] >= 1000 or done == total:
            step[0] = done
            line = {"done": done, "total": total, "seconds": time.perf_counter() - start}
            print(json.dumps(line), flush=True)

    result = build([corpus], kg.load_ontology(), workers=workers, progress=progress)
    t1 = time.perf_counter()
    print(json.dumps({"stage": "write", "seconds": t1 - start}), flush=True)
    out = Path(tempfile.mkdtemp(prefix=".kg-bench-full-", dir=BENCH_DIR / "corpus"))
    try:
        write(result, out, workers=workers)
        sizes = {p.name: p.stat().st_size for p in out.iterdir()}
    finally:
        shutil.rmtree(out, ignore_errors=True)
    t2 = time.perf_counter()
    return {
        "articles": len(result.articles),
        "failures": len(result.failures),
        "quads": len(result.default_graph) + sum(len(t) for _, t in result.named_graphs),
        "extract_seconds": t1 - start,
        "write_seconds": t2 - t1,
        "seconds": t2 - start,
        "outputs_bytes": sizes,
        "rss_peak_mb": rss_mb(),
    }


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, MB (Linux /proc)."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def part_five(args: argparse.Namespace, report: dict[str, Any], cache: dict[str, Any]) -> dict:
    """The 100,000-article build: an estimate first, then (if memory allows) the build
    under a watchdog that kills it before the machine runs out of memory."""
    n = args.full_articles
    a = report["corpus"]
    # Time: extraction per article as in the largest build measured (part 3, else part 2), and
    # writing per article growing as n log n (the merged graph is sorted).
    scale = report.get("scale", {}).get("build") or {}
    if scale:
        extract, write, at = scale["extract"], scale["write"], scale["articles"]
    else:
        stages = report["two_workers"]["kg"]["stages"]
        extract, write, at = stages["extract"], stages["write"], a["articles"]
    seconds = extract / at * n + write / at * n * math.log(n) / math.log(at)
    est: dict[str, Any] = {"articles": n, "seconds": seconds}
    # Memory: linear from part 4 (one process), plus the second worker's start-up memory.
    mem = report["memory"]
    if "mb_per_1000_articles" in mem:
        one = mem["1x"]
        est["rss_mb"] = (
            one["rss_peak_mb"]
            + mem["mb_per_1000_articles"] * (n - one["articles"]) / 1000
            + one["rss_base_mb"]
        )
    out_bytes = sum(scale.get("outputs_bytes", {}).values())
    per_out = out_bytes / max(scale.get("articles", 1), 1)
    est["disk_bytes"] = a["bytes"] / a["articles"] * n + per_out * n
    available = mem_available_mb()
    free = shutil.disk_usage(BENCH_DIR / "corpus").free
    est["mem_available_mb"] = available
    est["disk_free_bytes"] = free
    say(
        f"part 5: {n:,} articles, 2 workers: estimated {fmt_duration(est['seconds'])} (part 3's "
        f"rates), peak RSS {est.get('rss_mb', float('nan')) / 1024:.1f} GB (linear from part 4), "
        f"disk {est['disk_bytes'] / 2**30:.1f} GB; free: "
        f"{(available or float('nan')) / 1024:.1f} GB memory, {free / 2**30:.0f} GB disk"
    )
    out: dict[str, Any] = {"estimate": est}
    if available is None:
        out["skipped"] = "no /proc/meminfo: the memory check and the watchdog need Linux"
        return out
    if est.get("rss_mb", 0) > 0.9 * available and not args.full_force:
        out["skipped"] = (
            f"estimated peak RSS {est['rss_mb'] / 1024:.1f} GB exceeds 90 % of the "
            f"{available / 1024:.1f} GB available (--full-force to try under the watchdog)"
        )
        return out
    if est["disk_bytes"] > 0.9 * free:
        out["skipped"] = f"needs about {est['disk_bytes'] / 2**30:.1f} GB of disk"
        return out

    corpus = gen_corpus(n, args.seed, texts=False, cache=cache)
    limit = args.full_max_mb or 0.9 * available
    floor = 512.0  # MB the machine keeps free, whatever the limit
    say(f"part 5: building {n:,} articles; watchdog at {limit:,.0f} MB or {floor:.0f} MB free")
    command = worker_command("full", "--corpus", str(corpus.directory), "--workers", "2")
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, start_new_session=True)
    lines: list[str] = []
    stdout = proc.stdout
    assert stdout is not None
    reader = threading.Thread(target=lambda: lines.extend(iter(stdout.readline, "")))
    reader.start()
    peak = 0.0
    killed = None
    shown = 0
    while proc.poll() is None:
        rss = tree_rss_mb(proc.pid)
        peak = max(peak, rss)
        left = mem_available_mb() or floor + 1
        if rss > limit or left < floor:
            killed = f"stopped by the watchdog at {rss:,.0f} MB ({left:,.0f} MB free)"
            os.killpg(proc.pid, signal.SIGKILL)  # the session this script started
            break
        if len(lines) > shown:
            shown = len(lines)
            step = json.loads(lines[-1])
            where = (
                f"{step['done']:,} of {step['total']:,} articles" if "done" in step else "writing"
            )
            say(f"part 5: {where}, {step['seconds']:.0f} s, RSS {rss:,.0f} MB (all processes)")
        time.sleep(1.0)
    proc.wait()
    reader.join()
    out["peak_tree_rss_mb"] = peak
    if killed:
        out["error"] = killed
        out["last_progress"] = lines[-1].strip() if lines else None
        return out
    if proc.returncode != 0 or not lines:
        out["error"] = f"worker exited with {proc.returncode}"
        return out
    out["result"] = json.loads(lines[-1])
    return out


# ---------------------------------------------------------------------------------- output


def fmt_duration(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 60:.0f} min" if seconds >= 120 else f"{seconds:.0f} s"


def fmt_s(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.2f} s"


def print_table(report: dict[str, Any]) -> None:
    m, s, c = report["machine"], report["settings"], report["corpus"]
    print(
        f"machine: {m['cpus']} CPUs, {m['implementation']} {m['python']}, {m['platform']}; "
        f"jieba {m['jieba']}, pyoxigraph {m['pyoxigraph']}"
    )
    mode = "--quick" if s["quick"] else "default"
    walls = ", ".join(f"{k} {v:.0f} s" for k, v in report.get("walls", {}).items())
    print(
        f"run: {mode}, seed {s['seed']}, parts 1-2 best of {s['rounds']} rounds, part 3 best "
        f"of {s['repeat']}, budget {s['budget']:.0f} s, "
        f"took {report['elapsed']:.0f} s ({walls})"
    )
    print(
        f"corpus (parts 1-2): {c['directory']}: {c['articles']:,} articles, "
        f"{c['bytes'] / MB:.2f} MB, {c['chars']:,} chars (raw file text)"
    )
    w = (34, 34, 44, 8, 10)
    print()
    print(
        f"{'':<{w[0]}}{'kg':<{w[1]}}{'baseline':<{w[2]}}{'ratio':>{w[3]}}  "
        f"{'target':<{w[4]}}verdict"
    )

    def row(
        label: str, kg: str, base: str, ratio: str, target: str, ok: str, note: str = ""
    ) -> None:
        line = f"{label:<{w[0]}}{kg:<{w[1]}}{base:<{w[2]}}{ratio:>{w[3]}}  {target:<{w[4]}}{ok}"
        print((line + ("   " + note if note else "")).rstrip())

    one = report["one_worker"]
    k, j = one["kg"], one["jieba"]
    st = k["stages"]
    row(
        "1 one worker, chars/s",
        f"{k['chars_per_s']:,.0f} ({k['seconds']:.1f} s)",
        f"jieba.cut {j['chars_per_s']:,.0f} ({j['seconds']:.1f} s)",
        f"{one['ratio']:.2f}",
        target_text("chars"),
        verdict(one["pass"]),
        f"kg: extract {st['extract']:.1f} s, write {st['write']:.1f} s",
    )
    two = report["two_workers"]
    k2 = two["kg"]
    row(
        "2 two workers, full build",
        f"{k2['seconds']:.1f} s (2 workers)",
        f"kg {two['one_worker_seconds']:.1f} s (1 worker)",
        f"{two['speedup']:.2f}x",
        target_text("speedup", "x"),
        verdict(two["pass"]),
        f"extract {k2['stages']['extract']:.1f} s, write {k2['stages']['write']:.1f} s",
    )
    same = f"{len(two['files'])} files byte-identical" if two["identical"] else "DIFFER"
    row(
        "  outputs, 2 workers vs 1",
        same,
        "the 1-worker build's",
        "",
        "identical",
        verdict(two["identical"]),
        ", ".join(two["files"]) if two["identical"] else "differ: " + ", ".join(two["differ"]),
    )

    sc = report.get("scale")
    if sc:
        b, p = sc["build"], sc["plan"]
        reached = b["triples"] >= s["triples"]
        why = (
            f"target {s['triples']:,} reached"
            if reached
            else f"SHORT of the {s['triples']:,} target: "
            + (
                f"about {p['needed']:,} articles would be needed, the budget affords "
                f"{sc['corpus']['articles']:,}"
                if sc["capped"]
                else "the estimate from parts 1-2 fell short"
            )
        )
        print(
            f"3 at {sc['corpus']['articles']:,} articles ({sc['corpus']['bytes'] / MB:.1f} MB): "
            f"{b['triples']:,} triples in kg.ttl, {b['quads']:,} quads in kg.trig ({why})"
        )
        row(
            "  build, 2 workers",
            f"{b['seconds']:.1f} s ({b['chars_per_s']:,.0f} chars/s)",
            f"part 2: {k2['chars_per_s']:,.0f} chars/s",
            f"{b['chars_per_s'] / k2['chars_per_s']:.2f}",
            "",
            "",
            f"extract {b['extract']:.1f} s, write {b['write']:.1f} s",
        )
        e = sc["export"]
        ox = e["pyoxigraph"]
        if "seconds" in ox:
            base = f"pyoxigraph {ox['seconds']:.2f} s (load+merge+dump)"
            note = (
                f"pyoxigraph: load {ox['load']:.2f}, merge {ox['merge']:.2f}, "
                f"dump {ox['dump']:.2f} s; {ox['triples']:,} triples dumped, kg.ttl "
                f"{ox['kg_ttl_triples']:,}"
            )
        else:
            base, note = f"pyoxigraph: {ox.get('error')}", ""
        row(
            "  Turtle export",
            f"{e['kg']['seconds']:.2f} s (write turtle)",
            base,
            f"{e['ratio']:.2f}x",
            target_text("export", "x"),
            verdict(e["pass"]),
            note,
        )
        q = sc["queries"]
        row(
            "  store load (kg.ttl + kg.trig)",
            f"{fmt_s(q['load']['kg'])} (open_store)",
            f"pyoxigraph {fmt_s(q['load']['pyoxigraph'])} (bulk_load x2)",
            f"{q['load']['kg'] / q['load']['pyoxigraph']:.2f}x"
            if q["load"]["kg"] and q["load"]["pyoxigraph"]
            else "",
            "",
            "",
        )
        o = q.get("overhead") or {}
        if "ratio" in o:
            fixed = o["kg"]["seconds"] - o["pyoxigraph"]["seconds"]
            row(
                "  one trivial query (LIMIT 1)",
                f"{o['kg']['seconds']:.3f} s (worker, pipe)",
                f"pyoxigraph {o['pyoxigraph']['seconds']:.3f} s",
                f"{o['ratio']:.0f}x",
                "",
                "",
                f"kg's fixed cost per query: {fixed:.3f} s",
            )
        t = q["total"]
        row(
            f"  queries/ ({len(q['per_query'])}), total",
            f"{t['kg']:.2f} s (execute, TSV)",
            f"pyoxigraph {t['pyoxigraph']:.2f} s (query, TSV)",
            f"{t['ratio']:.2f}x",
            target_text("queries", "x"),
            verdict(q["pass"]),
            "" if q["complete"] else "incomplete: " + ("; ".join(q["errors"]) or "see below"),
        )
        for name, entry in q["per_query"].items():
            a, o = entry["kg"], entry["pyoxigraph"]
            if "ratio" not in entry:
                row(f"    {name}", a.get("error", "-")[:33], o.get("error", "-")[:43], "", "", "")
                continue
            check = "same TSV" if entry["same_tsv"] else "TSV DIFFERS"
            row(
                f"    {name}",
                f"{a['seconds']:.3f} s",
                f"{o['seconds']:.3f} s",
                f"{entry['ratio']:.2f}x",
                target_text("queries", "x"),
                verdict(entry["pass"]),
                f"{a['rows']:,} rows, {check}, best of {a['runs']}/{o['runs']}",
            )

    mem = report["memory"]
    one_m, ten_m = mem["1x"], mem["10x"]
    if "ratio" in mem:
        row(
            "4 peak RSS, 10x vs 1x corpus",
            f"{ten_m['rss_peak_mb']:,.0f} MB ({ten_m['articles']:,} art.)",
            f"{one_m['rss_peak_mb']:,.0f} MB ({one_m['articles']:,} articles)",
            f"{mem['ratio']:.2f}x",
            target_text("memory", "x"),
            verdict(mem["pass"]),
            f"+{mem['mb_per_1000_articles']:,.0f} MB per 1,000 articles "
            f"({mem['bytes_per_quad']:,.0f} B per quad) over a {mem['base_mb']:,.0f} MB base",
        )
        if mem.get("under_2x_below_articles"):
            print(
                f"{'':<{w[0]}}(memory grows linearly: 10x stays under 2x only for a 1x corpus "
                f"of fewer than {mem['under_2x_below_articles']:,.0f} articles)"
            )
    else:
        row(
            "4 peak RSS, 10x vs 1x corpus",
            str(ten_m.get("error")),
            str(one_m.get("error")),
            "",
            "",
            "-",
        )

    full = report.get("full")
    if full is None:
        print("5 100,000 articles, 2 workers: not run (pass --full)")
    else:
        est = full["estimate"]
        line = (
            f"5 {est['articles']:,} articles, 2 workers: estimated {fmt_duration(est['seconds'])}, "
            f"peak RSS {est.get('rss_mb', float('nan')) / 1024:.1f} GB"
        )
        if "result" in full:
            r = full["result"]
            line += (
                f"; took {fmt_duration(r['seconds'])} (extract {r['extract_seconds']:.0f} s, "
                f"write {r['write_seconds']:.0f} s), peak RSS "
                f"{full['peak_tree_rss_mb'] / 1024:.1f} GB (all processes)"
            )
        else:
            line += f"; {full.get('skipped') or full.get('error')}"
        print(line)

    print_details(report)


def print_details(report: dict[str, Any]) -> None:
    split = report.get("stage_split")
    if split:
        total = split["stages"]["build (total)"]
        print(
            f"\nwhere one-worker build time goes ({split['articles']:,} articles, "
            "bench_build's wrapped timers):"
        )
        for name, seconds in sorted(split["stages"].items(), key=lambda kv: -kv[1]):
            print(f"  {name:<18}{seconds:7.2f} s  {100 * seconds / total:5.1f} %")
        parts = ", ".join(f"{k} {v:.2f}" for k, v in split["formats"].items())
        print(f"  write, per format (s): {parts}")
    one, two = report["one_worker"], report["two_workers"]
    print(
        "parts 1-2 round by round (each round's own ratio; the table takes each side's best): "
        f"one worker vs jieba {_figures(one['paired']['ratios'])} (median "
        f"{one['paired']['median']:.2f}); two workers vs one "
        f"{_figures(two['paired']['speedups'])} (median {two['paired']['median']:.2f}x)"
    )
    for label, key in (("1 worker", "one_worker"), ("2 workers", "two_workers")):
        cpu = report[key]["kg"]["cpu"]
        print(
            f"CPU, kg {label} (parts 1-2, best run): parent {cpu['parent_extract']:.1f} s in "
            f"build(), {cpu['parent_write']:.1f} s in write(); workers {cpu['workers']:.1f} s"
        )
    sc = report.get("scale")
    if sc:
        b = sc["build"]
        parts = ", ".join(f"{k} {v:.2f}" for k, v in b["formats"].items())
        print(
            f"part 3 build: parent CPU {b['cpu_parent']:.1f} s, workers {b['cpu_workers']:.1f} s "
            f"in build(); write per format (s): {parts}"
        )
        q = sc["queries"]["rss_peak_mb"]
        if q["kg"] and q["pyoxigraph"]:
            print(
                f"part 3 stores: peak RSS kg {q['kg']:,.0f}, pyoxigraph {q['pyoxigraph']:,.0f} MB"
            )
    mem = report["memory"]
    for label in ("1x", "10x"):
        e = mem[label]
        if "error" in e:
            continue
        print(
            f"memory {label}: {e['articles']:,} articles, {e['quads']:,} quads; RSS after warm-up "
            f"{e['rss_base_mb']:,.0f} MB, after build() {e['rss_build_mb']:,.0f} MB, after "
            f"write() {e['rss_peak_mb']:,.0f} MB; build {e['extract_seconds']:.1f} s, "
            f"write {e['write_seconds']:.1f} s"
        )


def _figures(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


# ------------------------------------------------------------------------------------ main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark kg at scale against jieba and pyoxigraph on a generated corpus.",
    )
    parser.add_argument("--quick", action="store_true", help="a ~1 minute run at smaller sizes")
    parser.add_argument("--articles", type=int, help="parts 1-2 corpus (1000; --quick 128)")
    parser.add_argument("--mem-articles", type=int, help="part 4's 1x corpus (500; --quick 64)")
    parser.add_argument(
        "--triples", type=int, default=1_000_000, help="part 3's target size (1,000,000)"
    )
    parser.add_argument("--budget", type=float, help="seconds the run aims at (540; --quick 60)")
    parser.add_argument(
        "--rounds", type=int, help="rounds of parts 1-2, each side's best kept (5; --quick 1)"
    )
    parser.add_argument(
        "--repeat", type=int, help="runs per measure in part 3, best kept (3; --quick 1)"
    )
    parser.add_argument(
        "--query-budget", type=float, default=5.0, help="no more runs of a query past this (5 s)"
    )
    parser.add_argument(
        "--timeout", type=float, default=300.0, help="kg's query timeout, seconds (300)"
    )
    parser.add_argument("--seed", type=int, default=0, help="generate.py's seed (0)")
    parser.add_argument("--full", action="store_true", help="also part 5: 100,000 articles")
    parser.add_argument("--full-articles", type=int, default=100_000, help=argparse.SUPPRESS)
    parser.add_argument(
        "--full-force", action="store_true", help="run part 5 even when memory looks short"
    )
    parser.add_argument(
        "--full-max-mb", type=float, help="part 5's watchdog limit (90 %% of MemAvailable)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument(
        "--worker",
        choices=("memory", "export", "queries-kg", "queries-ox", "full"),
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    quick = args.quick
    args.articles = args.articles or (128 if quick else 1000)
    args.mem_articles = args.mem_articles or (64 if quick else 500)
    args.budget = args.budget or (60.0 if quick else 540.0)
    args.repeat = args.repeat or (1 if quick else 3)
    args.rounds = args.rounds or (1 if quick else 5)
    if args.articles < 64:
        parser.error("--articles must be >= 64: below that kg.pipeline stays in one process")
    if min(args.mem_articles, args.repeat, args.rounds, args.triples) < 1:
        parser.error("--mem-articles, --repeat, --rounds and --triples must be >= 1")
    return args


def worker_main(args: argparse.Namespace) -> int:
    if args.worker in ("queries-kg", "queries-ox"):
        side = "kg" if args.worker == "queries-kg" else "pyoxigraph"
        queries_worker(side, args.build_dir, args.timeout)
        return 0
    if args.worker == "memory":
        report = memory_worker(args.corpus, args.workers)
    elif args.worker == "export":
        report = export_worker(args.build_dir, args.repeat)
    elif args.worker == "full":
        report = full_worker(args.corpus, args.workers)
    else:
        raise AssertionError(args.worker)
    print(json.dumps(report, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker_main(args)

    start = time.perf_counter()
    cache: dict[str, Any] = {}
    (BENCH_DIR / "corpus").mkdir(parents=True, exist_ok=True)
    corpus = gen_corpus(args.articles, args.seed, cache=cache)
    bench_build.warm_up()
    report: dict[str, Any] = {
        "machine": bench_store.machine(),
        "settings": {
            "quick": args.quick,
            "seed": args.seed,
            "repeat": args.repeat,
            "rounds": args.rounds,
            "budget": args.budget,
            "triples": args.triples,
            "articles": args.articles,
            "mem_articles": args.mem_articles,
        },
        "corpus": corpus_info(corpus),
    }
    walls: dict[str, float] = {}
    mark = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        walls[name] = now - mark
        mark = now

    report.update(parts_one_two(corpus, args.rounds, args.triples))
    report["targets"] = {k: f"{op} {v}" for k, (op, v) in TARGETS.items()}
    say("stage split of one one-worker build")
    report["stage_split"] = stage_split(corpus, max(32, args.articles // 4))
    lap("parts 1-2")

    # Part 4 before part 3: its cost is known, and part 3 gets what is left of the budget.
    per_article = report["one_worker"]["kg"]["seconds"] / args.articles
    report["memory"] = part_four(args.mem_articles, args.seed, cache)
    lap("part 4")

    plan = report.pop("plan")
    left = args.budget - (time.perf_counter() - start)
    n = affordable(plan["needed"], left, per_article, args.repeat)
    plan.update(
        budget_left=left,
        estimated_seconds=scale_cost(n, per_article, args.repeat),
        estimated_seconds_needed=scale_cost(plan["needed"], per_article, args.repeat),
    )
    capped = n < plan["needed"]
    say(
        f"part 3: {plan['per_article']:.0f} triples per article -> {plan['needed']:,} articles for "
        f"{args.triples:,} triples (about {plan['estimated_seconds_needed']:.0f} s); "
        f"{left:.0f} s of budget left" + (f": capped at {n:,} articles" if capped else "")
    )
    big = gen_corpus(n, args.seed, cache=cache)
    report["scale"] = part_three(big, args, plan, capped)
    del big
    lap("part 3")

    if args.full:
        report["full"] = part_five(args, report, cache)
        lap("part 5")
    report["elapsed"] = time.perf_counter() - start
    report["walls"] = walls

    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
