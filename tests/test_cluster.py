"""Builds on a real Dask cluster (LocalCluster with worker processes): the same graph as a
plain build."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import exporters
from kg.cli import main
from kg.ontology import Ontology
from kg.pipeline import Build, build


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close()


def test_a_cluster_build_is_the_plain_build(
    scheduler: str, ontology: Ontology, root: Path, seed_build: Build, tmp_path: Path
) -> None:
    import contextlib

    with contextlib.chdir(root):
        on_cluster = build([Path("seeds")], ontology, scheduler=scheduler)
    assert list(on_cluster.facts) == list(seed_build.facts)
    assert list(on_cluster.named_graphs) == list(seed_build.named_graphs)
    exporters.write(on_cluster, tmp_path)
    for name in ("kg.ttl", "kg.trig", "facts.tsv", "kg.gexf", "report.json"):
        assert (tmp_path / name).read_bytes() == (root / "out" / name).read_bytes(), name


def test_kg_build_scheduler_on_the_command_line(
    scheduler: str, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(root)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", "seeds", "-o", str(out), "--scheduler", scheduler, "--no-cache"]
    )
    assert result.exit_code == 0, result.output
    assert (out / "facts.tsv").read_bytes() == (root / "out" / "facts.tsv").read_bytes()


def test_a_cluster_build_uses_the_cache_and_sends_only_what_changed(
    scheduler: str, ontology: Ontology, seed_paths: list[Path], tmp_path: Path
) -> None:
    import shutil

    import kg.pipeline
    from kg.cache import Cache

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in seed_paths:
        shutil.copy(seed, corpus / seed.name)
    directory = tmp_path / "cache"
    first = Cache(directory, ontology, kg.pipeline.MAX_BYTES)
    clean = build([corpus], ontology, scheduler=scheduler, cache=first)
    assert (first.hits, first.misses) == (0, 2)
    changed = corpus / seed_paths[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n补记：视频号上线。\n", "utf-8")
    again = Cache(directory, ontology, kg.pipeline.MAX_BYTES)
    rebuilt = build([corpus], ontology, scheduler=scheduler, cache=again)
    assert again.hits == 1  # the unchanged article did not go to the cluster
    plain = build([corpus], ontology)
    assert list(rebuilt.named_graphs) == list(plain.named_graphs)
    assert list(rebuilt.named_graphs) != list(clean.named_graphs)


def test_an_unreachable_scheduler_is_a_clear_error(root: Path, tmp_path: Path) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = CliRunner().invoke(
            main,
            ["build", str(root / "seeds"), "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"],
        )
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
