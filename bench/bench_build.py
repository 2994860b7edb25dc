"""Benchmark ``kg build`` against bare ``jieba.cut`` on the same text.

Run it from the repository root with the project's venv::

    .venv/bin/python bench/bench_build.py                # 5 MB corpus, best of 3
    .venv/bin/python bench/bench_build.py --mb 20 --repeat 5
    .venv/bin/python bench/bench_build.py --json         # JSON on stdout instead of the table
    .venv/bin/python bench/bench_build.py --profile      # + stage split and cProfile top 25

The corpus is the two seed articles in ``seeds/``, copied unchanged under distinct file names
(so each copy is its own article) until it holds at least ``--mb`` megabytes (10**6 bytes).
It is written to ``bench/corpus/seeds-x<N>`` (N copies of each seed; git-ignored) and reused
when it is already there and complete.

Both sides are measured in one process, on the same files, after jieba's dictionary is loaded
and each side's modules are imported (``jieba.initialize()`` for jieba; for kg, a warm-up
build of ``seeds/`` written in every default format), and both are credited
with the same character count: the total ``len(text)`` of the raw files. Throughput is
characters per second of the best of ``--repeat`` runs. See bench/README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import shutil
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
SEEDS = ("2022-wechat-open-class-pro-36kr.html", "2023-wechat-open-class-pro.md")
MARKER = ".bench-corpus"  # a dotfile: kg's directory walk does not pick it up
MB = 1_000_000

# Names kg.pipeline calls per document; --profile times each by wrapping it (see stage_split).
PIPELINE_STAGES = ("read", "load_bytes", "segment", "match", "extract_facts", "article_triples")


# --------------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Corpus:
    directory: Path
    files: tuple[Path, ...]
    texts: tuple[str, ...]  # the raw file text, as read from disk
    bytes: int
    chars: int


def corpus_plan(seeds_dir: Path, mb: float) -> tuple[list[Path], int]:
    """The seed files and how many copies of each make at least ``mb`` megabytes."""
    seeds = [seeds_dir / name for name in SEEDS]
    for seed in seeds:
        if not seed.is_file():
            sys.exit(f"bench: missing seed article {seed}")
    per_round = sum(seed.stat().st_size for seed in seeds)
    copies = max(1, -(-int(mb * MB) // per_round))  # ceiling division
    return seeds, copies


def copy_name(index: int, seed: Path) -> str:
    # A distinct stem per copy gives a distinct article id (kg.loaders.document_id).
    return f"c{index:05d}-{seed.name}"


def make_corpus(seeds: list[Path], copies: int, directory: Path) -> Corpus:
    """Write ``copies`` copies of each seed into ``directory``, or reuse a complete one."""
    expected = {copy_name(i, s): s for i in range(1, copies + 1) for s in seeds}
    sizes = {s: s.stat().st_size for s in seeds}
    if directory.exists():
        present = {p.name: p for p in directory.iterdir() if p.name != MARKER}
        complete = set(present) == set(expected) and all(
            present[name].stat().st_size == sizes[seed] for name, seed in expected.items()
        )
        if not complete:
            if not (directory / MARKER).exists():
                sys.exit(
                    f"bench: {directory} exists and is not a corpus this script made; "
                    "remove it or pass another --corpus-dir"
                )
            shutil.rmtree(directory)
    if not directory.exists():
        tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=directory.parent))
        for name, seed in expected.items():
            shutil.copyfile(seed, tmp / name)
        (tmp / MARKER).write_text("written by bench/bench_build.py; safe to delete\n")
        tmp.rename(directory)
    files = tuple(directory / name for name in sorted(expected))
    # utf-8-sig is how kg decodes; a BOM is not text either side should be credited with.
    texts = tuple(f.read_bytes().decode("utf-8-sig") for f in files)
    return Corpus(
        directory=directory,
        files=files,
        texts=texts,
        bytes=sum(f.stat().st_size for f in files),
        chars=sum(len(t) for t in texts),
    )


# ------------------------------------------------------------------------------- measures


@dataclass
class Run:
    seconds: float
    stages: dict[str, float] = field(default_factory=dict)


def time_jieba(texts: tuple[str, ...], hmm: bool = True) -> Run:
    """Bare ``jieba.cut`` (the default global tokenizer) over every text, generator consumed."""
    import jieba

    start = time.perf_counter()
    for text in texts:
        for _ in jieba.cut(text, HMM=hmm):
            pass
    return Run(time.perf_counter() - start)


def time_kg(directory: Path) -> tuple[Run, Any]:
    """One ``kg build`` through the library: ontology, build, write every default format."""
    import kg
    from kg.pipeline import build

    with tempfile.TemporaryDirectory(prefix="kg-bench-out-") as out:
        t0 = time.perf_counter()
        ontology = kg.load_ontology()
        t1 = time.perf_counter()
        result = build([directory], ontology)
        t2 = time.perf_counter()
        kg.write(result, out)
        t3 = time.perf_counter()
    stages = {"ontology": t1 - t0, "extract": t2 - t1, "write": t3 - t2}
    return Run(t3 - t0, stages), result


def warm_up() -> str:
    """Load jieba's dictionary for both sides, build kg's per-ontology caches and import
    everything a build imports."""
    import jieba

    import kg
    from kg.loaders import load_text
    from kg.pipeline import build

    jieba.setLogLevel(60)  # silence "Building prefix dict ..." on stderr
    jieba.initialize()
    ontology = kg.load_ontology()
    # A tiny extract warms kg's jieba Tokenizer (ontology labels as user words) and matcher.
    kg.extract(load_text("2023微信公开课PRO上，视频号上线了搜一搜。", path="warm.txt"), ontology)
    # A build of the seeds (an HTML and a Markdown article), written in every format, imports
    # what kg imports only when it first needs it (bs4, markdown-it, numpy for the GEXF
    # layout): jieba's modules are imported before its side is timed too.
    with tempfile.TemporaryDirectory(prefix="kg-bench-warm-") as out:
        kg.write(build([REPO / "seeds"], ontology), out)
    from kg.ontology import default_ontology_dir

    return str(default_ontology_dir())


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.seconds)


# ------------------------------------------------------------------------------- profiling


@contextmanager
def stage_split(totals: dict[str, float]) -> Iterator[None]:
    """Wrap the per-document calls of kg.pipeline in timers, for one build, then restore.

    Nothing in kg/ is edited: the module's globals are swapped for the duration of the block.
    A name kg.pipeline no longer has is skipped (its time shows up in ``build (other)``).
    """
    import kg.pipeline as pipeline

    saved: dict[str, Callable[..., Any]] = {}

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                totals[name] = totals.get(name, 0.0) + time.perf_counter() - start

        return wrapper

    for name in PIPELINE_STAGES:
        func = getattr(pipeline, name, None)
        if callable(func):
            saved[name] = func
            setattr(pipeline, name, timed(name, func))
    try:
        yield
    finally:
        for name, func in saved.items():
            setattr(pipeline, name, func)


def split_build(paths: list[Path]) -> dict[str, dict[str, float]]:
    """One one-worker build split by pipeline stage (wrapped timers, no profiler), and its
    write split by format: ``{"stages": ..., "formats": ...}``."""
    import kg
    from kg.exporters import DEFAULT_FORMATS
    from kg.pipeline import build

    ontology = kg.load_ontology()
    split: dict[str, float] = {}
    gc.collect()
    with stage_split(split):
        start = time.perf_counter()
        result = build(paths, ontology, workers=1)
        split["build (total)"] = time.perf_counter() - start
    split["build (other)"] = split["build (total)"] - sum(
        v for k, v in split.items() if k in PIPELINE_STAGES
    )
    formats: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-out-") as out:
        for name in DEFAULT_FORMATS:
            start = time.perf_counter()
            kg.write(result, out, [name])
            formats[name] = time.perf_counter() - start
    del result
    gc.collect()
    return {"stages": split, "formats": formats}


def profile_report(directory: Path, top: int) -> dict[str, Any]:
    """A stage split of one build (:func:`split_build`), per-format write times, and a
    cProfile of one whole build sorted by cumulative time."""
    import kg
    from kg.pipeline import build

    parts = split_build([directory])

    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="kg-bench-out-") as out:
        profiler.enable()
        kg.write(build([directory], kg.load_ontology()), out)
        profiler.disable()
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("cumulative").print_stats(top)
    text = buffer.getvalue()
    # Shorten paths to package-relative ones (jieba/__init__.py, kg/segment.py): strip_dirs
    # would leave two different __init__.py rows looking alike.
    prefixes = {str(REPO), *sysconfig.get_paths().values(), sys.prefix, sys.base_prefix}
    for prefix in sorted(prefixes, key=len, reverse=True):
        text = text.replace(prefix.rstrip("/") + "/", "")
    return {**parts, "cprofile": text}


# ---------------------------------------------------------------------------------- output


def machine() -> dict[str, Any]:
    import jieba

    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "jieba": getattr(jieba, "__version__", "?"),
    }


def rate(chars: int, seconds: float) -> float:
    return chars / seconds if seconds > 0 else float("inf")


def print_table(report: dict[str, Any]) -> None:
    c, m = report["corpus"], report["machine"]
    print(
        f"machine: {m['cpus']} CPUs, {m['implementation']} {m['python']}, {m['platform']}, "
        f"jieba {m['jieba']}"
    )
    print(f"ontology: {report['ontology']}")
    print(f"corpus: {c['directory']}")
    print(
        f"corpus: {c['files']} files, {c['bytes'] / MB:.2f} MB, {c['chars']:,} chars  "
        f"(best of {report['repeat']})"
    )
    for row in report["rows"]:
        line = f"{row['name']:<22}{row['seconds']:7.2f} s {row['chars_per_s']:>12,.0f} chars/s"
        if row.get("stages"):
            parts = ", ".join(f"{k} {v:.2f} s" for k, v in row["stages"].items())
            line += f"   ({parts})"
        print(line)
    print(f"{'ratio kg/jieba':<22}{report['ratio_kg_over_jieba']:7.2f}   (chars/s, kg over jieba)")


def print_profile(profile: dict[str, Any], out: Any) -> None:
    print("\nkg build, one run, split by stage (wrapped timers, no profiler):", file=out)
    total = profile["stages"]["build (total)"]
    for name, seconds in sorted(profile["stages"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:<18}{seconds:7.2f} s  {100 * seconds / total:5.1f} %", file=out)
    print("kg write, one run, per format:", file=out)
    for name, seconds in profile["formats"].items():
        print(f"  {name:<18}{seconds:7.2f} s", file=out)
    print("\ncProfile of one kg build + write (top by cumulative time):", file=out)
    print(profile["cprofile"], file=out)


# ------------------------------------------------------------------------------------ main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark kg build against bare jieba.cut on a corpus of repeated seeds.",
    )
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size, MB (default: 5)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per side, best kept (3)")
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds", help="seed articles dir")
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        help="where to write the corpus (default: bench/corpus/seeds-x<N>)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument(
        "--profile", action="store_true", help="also split one build by stage and cProfile it"
    )
    parser.add_argument("--top", type=int, default=25, help="cProfile rows to print (25)")
    args = parser.parse_args(argv)
    if args.mb <= 0 or args.repeat < 1:
        parser.error("--mb must be > 0 and --repeat >= 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    seeds, copies = corpus_plan(args.seeds, args.mb)
    directory = args.corpus_dir or BENCH_DIR / "corpus" / f"seeds-x{copies}"
    directory.parent.mkdir(parents=True, exist_ok=True)
    corpus = make_corpus(seeds, copies, directory)
    ontology_dir = warm_up()

    jieba_runs: list[Run] = []
    nohmm_runs: list[Run] = []
    kg_runs: list[Run] = []
    articles = failures = 0
    for _ in range(args.repeat):  # interleaved, so drift in the machine hits all sides alike
        gc.collect()
        jieba_runs.append(time_jieba(corpus.texts))
        gc.collect()
        nohmm_runs.append(time_jieba(corpus.texts, hmm=False))
        gc.collect()
        run, result = time_kg(corpus.directory)
        kg_runs.append(run)
        articles, failures = len(result.articles), len(result.failures)
        del result
    if articles != len(corpus.files) or failures:
        print(
            f"bench: warning: kg built {articles} of {len(corpus.files)} articles, "
            f"{failures} failed",
            file=sys.stderr,
        )

    rows: list[dict[str, Any]] = []
    for name, runs in (
        ("jieba.cut", jieba_runs),
        ("jieba.cut HMM=False", nohmm_runs),
        ("kg build", kg_runs),
    ):
        b = best(runs)
        rows.append(
            {
                "name": name,
                "seconds": b.seconds,
                "chars_per_s": rate(corpus.chars, b.seconds),
                "stages": b.stages,
                "all_seconds": [r.seconds for r in runs],
            }
        )
    by_name: dict[str, float] = {row["name"]: row["chars_per_s"] for row in rows}
    report: dict[str, Any] = {
        "machine": machine(),
        "ontology": ontology_dir,
        "repeat": args.repeat,
        "corpus": {
            "directory": str(corpus.directory),
            "files": len(corpus.files),
            "copies_per_seed": copies,
            "bytes": corpus.bytes,
            "chars": corpus.chars,
        },
        "rows": rows,
        "ratio_kg_over_jieba": by_name["kg build"] / by_name["jieba.cut"],
        "kg_articles": articles,
        "kg_failures": failures,
    }
    profile = profile_report(corpus.directory, args.top) if args.profile else None

    if args.json:
        if profile is not None:
            report["profile"] = profile
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        print_table(report)
        if profile is not None:
            print_profile(profile, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
