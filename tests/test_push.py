"""``kg push``: a build loaded into a real Oxigraph server over the Graph Store Protocol,
then queried back over HTTP with the same answers as ``kg query``."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import resolve
from kg.rdf import PREFIXES
from kg.store import execute, open_store


def _oxigraph() -> str:
    found = Path(sys.executable).with_name("oxigraph")
    if found.exists():
        return str(found)
    on_path = shutil.which("oxigraph")
    assert on_path, "the oxigraph server is missing: pip install -e '.[test]' installs it"
    return on_path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            _oxigraph(),
            "serve",
            "--location",
            str(tmp_path / "store"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(10)


def _ask(base: str, query: str) -> str:
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    request = urllib.request.Request(
        base + "/query",
        data=urllib.parse.urlencode({"query": prefixes + query}).encode(),
        headers={"Accept": "text/tab-separated-values"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return str(response.read().decode("utf-8"))


def test_a_pushed_build_answers_as_kg_query_does(server: str, seed_out: Path) -> None:
    result = CliRunner().invoke(main, ["push", str(seed_out), "--endpoint", server + "/store"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("pushed 3 graph(s), ")
    store = open_store(seed_out)
    for name in ("people", "capabilities-by-product-year", "evidence", "metric-series"):
        text = resolve(name)
        expected = execute(store, text, "text/tab-separated-values").decode("utf-8")
        assert _ask(server, text) == expected, name
    graphs = _ask(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert graphs.splitlines()[1:] == [
        "<https://kg.example/doc/2022-wechat-open-class-pro-36kr>",
        "<https://kg.example/doc/2023-wechat-open-class-pro>",
    ]


def test_replace_is_idempotent_and_one_graph_takes_everything(server: str, seed_out: Path) -> None:
    runner = CliRunner()
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    for _ in range(2):
        assert (
            runner.invoke(main, ["push", str(seed_out), "--endpoint", server + "/store"]).exit_code
            == 0
        )
    once = _ask(server, count)
    one = "https://kg.example/graph/all"
    result = runner.invoke(
        main,
        ["push", str(seed_out), "--endpoint", server + "/store", "--graph", one, "--mode", "add"],
    )
    assert result.exit_code == 0, result.output
    inside = _ask(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{one}> {{ ?s ?p ?o }} }}")
    triples = json.loads((seed_out / "report.json").read_text(encoding="utf-8"))["counts"][
        "triples"
    ]
    assert inside.splitlines()[1] == str(triples)
    # Replacing the per-article graphs twice left them as they were.
    per_article = (
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{one}>) }}"
    )
    assert _ask(server, per_article) == once


def test_an_unreachable_server_is_a_clear_error(seed_out: Path) -> None:
    port = _free_port()
    result = CliRunner().invoke(
        main, ["push", str(seed_out), "--endpoint", f"http://127.0.0.1:{port}/store"]
    )
    assert result.exit_code == 1
    assert "cannot reach the server" in result.output and "Traceback" not in result.output
