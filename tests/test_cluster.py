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


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("tcp://", "no host and no port"),
        ("foo", "no port"),
        ("tcp://:8786", "no host"),
        ("tcp://host:notaport", "the port 'notaport' is not a number from 1 to 65535"),
        ("tcp://127.0.0.1:99999", "the port '99999' is not a number from 1 to 65535"),
    ],
)
def test_a_malformed_scheduler_address_is_a_clear_error(
    root: Path, tmp_path: Path, address: str, why: str
) -> None:
    result = CliRunner().invoke(
        main, ["build", str(root / "seeds"), "-o", str(tmp_path), "--scheduler", address]
    )
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {address!r} is not a Dask scheduler address ({why}); give it as "
        "tcp://HOST:PORT, such as tcp://127.0.0.1:8786\n"
    )


def test_an_unknown_protocol_names_the_known_ones(root: Path, tmp_path: Path) -> None:
    address = "http://127.0.0.1:8786"
    result = CliRunner().invoke(
        main, ["build", str(root / "seeds"), "-o", str(tmp_path), "--scheduler", address]
    )
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {address!r} is not a Dask scheduler address: unknown protocol 'http' "
        "(Dask knows tcp, tls, ws, wss, ucx, inproc); give it as tcp://HOST:PORT\n"
    )


def test_a_scheduler_port_where_a_web_server_listens_fails_in_bounded_time(
    root: Path, tmp_path: Path
) -> None:
    """A web server takes the connection and waits for a request line that Dask never
    sends: the handshake must have a deadline (it waited for ever)."""
    import os
    import subprocess
    import sys
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    server = ThreadingHTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    address = f"tcp://127.0.0.1:{server.server_port}"
    try:
        run = subprocess.run(
            [sys.executable, "-m", "kg", "build", str(root / "seeds"), "-o", str(tmp_path)]
            + ["--scheduler", address, "--no-cache"],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
            env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
        )
    finally:
        server.shutdown()
        server.server_close()
    assert run.returncode == 1
    assert run.stderr == (
        f"Error: cannot reach the Dask scheduler at {address}: it took the connection but "
        "did not answer as a Dask scheduler within 4 s (is another service on that port?)\n"
    )


def test_the_client_checks_a_file_before_reading_it(
    scheduler: str, root: Path, seed_paths: list[Path], tmp_path: Path
) -> None:
    """The client reads each article for the cluster, with the cache on too: a link to
    /dev/zero and a FIFO fail alone (the cache's key read them first, without end)."""
    import os
    import resource
    import shutil
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seed_paths[1], corpus / "good.md")
    os.mkfifo(corpus / "pipe.md")
    (corpus / "zero.md").symlink_to("/dev/zero")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    run = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(tmp_path / "out")]
        + ["--scheduler", scheduler, "--ontology", str(root / "ontology")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        preexec_fn=limit,
    )
    assert "Traceback" not in run.stderr
    assert run.returncode == 1, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error: ")]
    assert [line.split(": ")[1] for line in errors] == [
        str(corpus / "pipe.md"),
        str(corpus / "zero.md"),
    ]
    assert run.stdout.startswith("built 1 article(s)")
