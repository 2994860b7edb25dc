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


def test_an_unreachable_scheduler_is_a_clear_error(root: Path, tmp_path: Path) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = CliRunner().invoke(
            main,
            ["build", str(root / "seeds"), "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"],
        )
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
