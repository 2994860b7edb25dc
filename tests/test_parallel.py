"""Parallel builds: the same bytes as one process, whatever the number of workers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import kg.pipeline
from kg import exporters
from kg.cache import Cache
from kg.errors import BuildError
from kg.loaders import MAX_BYTES, display_path
from kg.ontology import Ontology
from kg.pipeline import PARALLEL_FROM, Build, Processed, build, stream


@pytest.fixture(scope="module")
def corpus(seed_paths: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("parallel")
    for i in range(PARALLEL_FROM // 2 + 1):
        for seed in seed_paths:
            shutil.copy(seed, folder / f"copy-{i:03d}-{seed.name}")
    return folder


def test_two_workers_write_what_one_writes(
    ontology: Ontology, corpus: Path, tmp_path: Path
) -> None:
    one = build([corpus], ontology, workers=1)
    two = build([corpus], ontology, workers=2)
    assert len(two.articles) > PARALLEL_FROM  # the parallel path really ran
    assert two.articles == one.articles
    assert list(two.facts) == list(one.facts)
    exporters.write(one, tmp_path / "one")
    exporters.write(two, tmp_path / "two", exporters.FORMATS, workers=2)
    for path in sorted((tmp_path / "one").iterdir()):
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name


def test_a_failure_in_a_worker_costs_only_its_file(
    ontology: Ontology, corpus: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "c"
    shutil.copytree(corpus, folder)
    (folder / "zz-empty.md").write_text("", encoding="utf-8")
    result = build([folder], ontology, workers=2)
    assert [Path(f.path).name for f in result.failures] == ["zz-empty.md"]
    assert len(result.articles) == len(list(corpus.iterdir()))


def test_a_parallel_rebuild_interleaves_cached_and_fresh_articles_in_file_order(
    ontology: Ontology, corpus: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "c"
    shutil.copytree(corpus, folder)
    build([folder], ontology, workers=2, cache=Cache(tmp_path / "cache", ontology, MAX_BYTES))
    files = sorted(folder.iterdir())
    changed = files[::3]  # misses between runs of hits, so batches of every length are sent
    for path in changed:
        path.write_bytes(path.read_bytes() + b"\n")
    cache = Cache(tmp_path / "cache", ontology, MAX_BYTES)
    results = list(stream([folder], ontology, workers=2, cache=cache))
    assert (cache.hits, cache.misses) == (len(files) - len(changed), len(changed))
    assert all(isinstance(r, Processed) for r in results)
    assert [r.article for r in results if isinstance(r, Processed)] == list(
        build([folder], ontology).articles
    )
    assert [r.article.path for r in results if isinstance(r, Processed)] == [
        display_path(p) for p in files
    ]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the workers must inherit the patch")
def test_a_worker_that_dies_costs_only_the_file_it_was_reading(
    ontology: Ontology, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "c"
    shutil.copytree(corpus, folder)
    (folder / "copy-010-dies.md").write_text("视频号上线了。", encoding="utf-8")
    real = kg.pipeline.process_path

    def dying(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path).name == "copy-010-dies.md":
            os._exit(70)  # as the kernel's out-of-memory killer would end it
        return real(path, *args, **kwargs)

    monkeypatch.setattr(kg.pipeline, "process_path", dying)
    result = build([folder], ontology, workers=2)
    assert [
        (Path(f.path).name, "the process reading it died" in f.reason) for f in result.failures
    ] == [("copy-010-dies.md", True)]
    plain = build([corpus], ontology, workers=1)
    assert [(a.id, a.sha256, a.facts) for a in result.articles] == [
        (a.id, a.sha256, a.facts) for a in plain.articles
    ]
    assert list(result.facts) == list(plain.facts)


def test_workers_that_cannot_start_stop_the_build_and_say_what_to_do(
    ontology: Ontology, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("no dictionary")

    monkeypatch.setattr(kg.pipeline, "_start_worker", broken)
    with pytest.raises(BuildError, match=r"worker processes cannot start .*--workers 1"):
        build([corpus], ontology, workers=2)


@pytest.mark.parametrize("where", ["kg.ttl", "kg.trig"])  # the child's file, the parent's
def test_a_parallel_write_reports_what_either_process_could_not_write(
    seed_build: Build, tmp_path: Path, where: str
) -> None:
    (tmp_path / where).mkdir()  # a directory where a file must go
    (tmp_path / where / "x").write_text("keep me")
    with pytest.raises(BuildError, match=rf"{where}: cannot write"):
        exporters.write(seed_build, tmp_path, ["turtle", "trig", "facts", "report"], workers=2)
    assert (tmp_path / where / "x").read_text() == "keep me"
    assert not list(tmp_path.glob(".*.tmp"))
    assert not (tmp_path / "report.json").exists()


def test_the_parallel_write_shares_files_out_by_cost() -> None:
    """The child takes kg.ttl, this process report.json, last; the rest goes where the
    busier process ends soonest: the GEXF's layout costs as much whatever the build, the
    graphs' files grow with the articles."""
    jobs = [
        (Path(name), exporters.turtle.turtle_lines)
        for name in ("kg.ttl", "kg.trig", "facts.tsv", "kg.graphml", "kg.gexf", "report.json")
    ]
    mine, theirs = exporters._share(jobs, 1000)
    assert [p.name for p, _ in theirs] == ["kg.ttl"]
    assert [p.name for p, _ in mine] == [
        "kg.trig",
        "facts.tsv",
        "kg.graphml",
        "kg.gexf",
        "report.json",
    ]
    mine, theirs = exporters._share(jobs, 128)
    assert [p.name for p, _ in theirs] == ["kg.ttl", "kg.trig"]
    assert [p.name for p, _ in mine] == ["facts.tsv", "kg.graphml", "kg.gexf", "report.json"]


def test_a_parallel_build_with_the_cache_keeps_few_bytes_in_flight(
    ontology: Ontology, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the cache on, the parent reads each file and sends its bytes; past the budget of
    bytes in flight it takes results back before reading more, in file order all the same."""
    monkeypatch.setattr(kg.pipeline, "IN_FLIGHT_BYTES", 1)
    cache = Cache(tmp_path / "cache", ontology, MAX_BYTES)
    results = list(stream([corpus], ontology, workers=2, cache=cache))
    assert cache.misses == len(results)
    assert [r.article for r in results if isinstance(r, Processed)] == list(
        build([corpus], ontology).articles
    )
