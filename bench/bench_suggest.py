"""Benchmark ``kg suggest`` against bare ``jieba.cut`` on the same articles.

Run it from the repository root with the project's venv::

    .venv/bin/python bench/bench_suggest.py                    # eval/tune and seeds/, best of 5
    .venv/bin/python bench/bench_suggest.py eval/tune --repeat 9
    .venv/bin/python bench/bench_suggest.py --json             # JSON on stdout instead

The articles are real ones (by default ``eval/tune`` and ``seeds/``: 24 articles from many
outlets and formats), read as they are: suggest's cost depends on how many sentences cue a
name, which a corpus of repeated or generated text would not show. Both sides are measured in
one process after jieba's dictionary is loaded (``jieba.initialize()`` for jieba; a warm-up
``suggest`` of one short article for kg, which builds its tokenizer and reads jieba's
part-of-speech tags), both are credited with the same characters (the raw files, decoded as
kg decodes them), and each side keeps its best of ``--repeat`` interleaved runs, as
bench_build.py does. The table also gives the yield: proposals, per article and by class.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_build beside this file

from bench_build import REPO, Run, best, machine, rate, time_jieba  # noqa: E402

DEFAULT_PATHS = (REPO / "eval" / "tune", REPO / "seeds")


def read_texts(paths: list[Path]) -> tuple[list[Path], tuple[str, ...], int]:
    """The article files under ``paths``, their raw text (as kg decodes it) and its bytes."""
    from kg.loaders import decode, iter_paths

    files = list(iter_paths(paths))
    raw = [f.read_bytes() for f in files]
    return (
        files,
        tuple(decode(data, str(f)) for data, f in zip(raw, files, strict=True)),
        sum(map(len, raw)),
    )


def _shown(path: Path) -> str:
    """A path relative to the repository when it is inside it."""
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def warm_up() -> Any:
    """Load jieba's dictionary for both sides, and kg's tokenizer and tags."""
    import jieba

    from kg.ontology import load_ontology
    from kg.suggest import suggest

    jieba.setLogLevel(60)
    jieba.initialize()
    ontology = load_ontology()
    with tempfile.TemporaryDirectory(prefix="kg-bench-suggest-") as folder:
        Path(folder, "warm.txt").write_text("罗云说。\n", encoding="utf-8")
        suggest([folder], ontology)
    return ontology


def time_suggest(paths: list[Path], ontology: Any) -> tuple[Run, Any]:
    """One ``kg suggest`` through the library: every article read, ranked, Turtle made."""
    from kg.suggest import suggest, turtle_lines

    start = time.perf_counter()
    found = suggest(paths, ontology)
    "".join(turtle_lines(found))
    return Run(time.perf_counter() - start), found


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark kg suggest against bare jieba.cut on the same articles."
    )
    parser.add_argument("paths", nargs="*", type=Path, default=list(DEFAULT_PATHS), help="articles")
    parser.add_argument("--repeat", type=int, default=5, help="runs per side; best kept")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    files, texts, size = read_texts(args.paths)
    chars = sum(map(len, texts))
    ontology = warm_up()
    jieba_runs: list[Run] = []
    kg_runs: list[Run] = []
    found = None
    for _ in range(args.repeat):  # interleaved, so drift in the machine hits both alike
        gc.collect()
        jieba_runs.append(time_jieba(texts))
        gc.collect()
        run, found = time_suggest(args.paths, ontology)
        kg_runs.append(run)
    assert found is not None
    by_class = Counter(t.cls for t in found.terms)
    rows = [
        {
            "name": name,
            "seconds": best(runs).seconds,
            "chars_per_s": rate(chars, best(runs).seconds),
            "all_seconds": [r.seconds for r in runs],
        }
        for name, runs in (("jieba.cut", jieba_runs), ("kg suggest", kg_runs))
    ]
    report: dict[str, Any] = {
        "machine": machine(),
        "repeat": args.repeat,
        "corpus": {
            "paths": [_shown(p) for p in args.paths],
            "files": len(files),
            "bytes": size,
            "chars": chars,
        },
        "rows": rows,
        "ratio_suggest_over_jieba": rows[1]["chars_per_s"] / rows[0]["chars_per_s"],
        "proposals": len(found.terms),
        "articles": found.articles,
        "per_article": len(found.terms) / max(found.articles, 1),
        "by_class": dict(sorted(by_class.items())),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    m = report["machine"]
    print(
        f"machine: {m['cpus']} CPUs, {m['implementation']} {m['python']}, {m['platform']}, "
        f"jieba {m['jieba']}"
    )
    print(f"corpus: {', '.join(report['corpus']['paths'])}")
    print(
        f"corpus: {len(files)} files, {size / 1e6:.2f} MB, {chars:,} chars  (best of {args.repeat})"
    )
    for row in rows:
        print(f"{row['name']:<16}{row['seconds']:7.2f} s {row['chars_per_s']:>12,.0f} chars/s")
    print(
        f"{'ratio':<16}{report['ratio_suggest_over_jieba']:7.2f}   "
        "(chars/s, kg suggest over jieba.cut)"
    )
    classes = ", ".join(f"{n} {c}" for c, n in report["by_class"].items())
    print(
        f"yield: {report['proposals']} proposals from {found.articles} articles "
        f"({report['per_article']:.1f} per article): {classes}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
