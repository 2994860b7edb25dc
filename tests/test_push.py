"""``kg push``: a build loaded into a real Oxigraph server over the Graph Store Protocol,
then queried back over HTTP with the same answers as ``kg query``."""

from __future__ import annotations

import base64
import contextlib
import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.push import MODES
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


# ---------------------------------------------------------------- servers that misbehave


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers each request with ``self.server.answer(handler, number)`` (1-based)."""

    server: _Server

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)  # the whole body, so the client never meets a reset
        with self.server.lock:
            self.server.requests.append((self.command, self.path, dict(self.headers)))
            number = len(self.server.requests)
        try:
            self.server.answer(self, number)
        except OSError:  # the client hung up, as it should on a trickle
            self.close_connection = True

    def do_GET(self) -> None:  # noqa: N802 (http.server's names)
        self._any()

    def do_PUT(self) -> None:  # noqa: N802
        self._any()

    def do_POST(self) -> None:  # noqa: N802
        self._any()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, answer: Callable[[_Handler, int], None]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer = answer
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str, dict[str, str]]] = []


@contextlib.contextmanager
def _serving(answer: Callable[[_Handler, int], None]) -> Iterator[_Server]:
    server = _Server(answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _reply(handler: _Handler, status: int, headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def _url(server: _Server, path: str = "/store", auth: str = "") -> str:
    return f"http://{auth}127.0.0.1:{server.server_address[1]}{path}"


@pytest.mark.parametrize("mode", ["add", "replace"])
@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_an_error_naming_where_to(seed_out: Path, mode: str, status: int) -> None:
    """urllib turned a POST answered 302 into a GET, and kg said "pushed" with nothing stored."""

    def answer(handler: _Handler, number: int) -> None:
        if handler.path.startswith("/store"):
            _reply(handler, status, {"Location": "/elsewhere/store"})
        else:
            _reply(handler, 200)

    with _serving(answer) as server:
        endpoint = _url(server)
        result = CliRunner().invoke(
            main, ["push", str(seed_out), "--endpoint", endpoint, "--mode", mode]
        )
        assert [method for method, _, _ in server.requests] == [MODES[mode]]
    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        f"Error: {endpoint}: the server redirects graph default to "
        f"{_url(server, '/elsewhere/store')} ({status} "
    ), result.output
    assert "give that address as --endpoint if it is the Graph Store endpoint" in result.output
    assert "no graph was written" in result.output


def test_a_server_that_trickles_its_answer_meets_the_deadline(seed_out: Path) -> None:
    """One byte every 0.2 s keeps each read alive: only a deadline for the whole answer ends it."""

    def answer(handler: _Handler, number: int) -> None:
        for byte in b"HTTP/1.1 204 No Content\r\n" + b"X-Slow: " + b"y" * 1000:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.2)

    with _serving(answer) as server:
        endpoint = _url(server)
        result = CliRunner().invoke(
            main, ["push", str(seed_out), "--endpoint", endpoint, "--timeout", "1"]
        )
    assert result.exit_code == 1, result.output
    assert result.output == (
        f"Error: {endpoint}: no answer for graph default within 1 s; is the server "
        "overloaded? --timeout gives each graph longer; no graph was written\n"
    )


def test_a_failure_says_which_graphs_were_written(seed_out: Path) -> None:
    def answer(handler: _Handler, number: int) -> None:
        if number < 3:
            _reply(handler, 204)
            return
        body = b"store full"
        handler.send_response(507, "Insufficient Storage")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    with _serving(answer) as server:
        endpoint = _url(server)
        result = CliRunner().invoke(main, ["push", str(seed_out), "--endpoint", endpoint])
    assert result.exit_code == 1
    doc = "https://kg.example/doc/"
    assert result.output == (
        f"Error: {endpoint}: the server refused graph <{doc}2023-wechat-open-class-pro> "
        "(507 Insufficient Storage: store full); the 2 graph(s) before it were written "
        f"(the default graph, <{doc}2022-wechat-open-class-pro-36kr>): run kg push again "
        "to send them all\n"
    )


def test_an_answer_cut_short_is_a_clear_error(seed_out: Path) -> None:
    def answer(handler: _Handler, number: int) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort")
        handler.close_connection = True

    with _serving(answer) as server:
        endpoint = _url(server)
        result = CliRunner().invoke(main, ["push", str(seed_out), "--endpoint", endpoint])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {endpoint}: the server's answer for graph default was cut short (5 bytes "
        "read, 95 more expected); it may or may not have stored the graph; "
        "no graph was written\n"
    )


def test_a_password_in_the_endpoint_is_sent_but_never_shown(seed_out: Path) -> None:
    def answer(handler: _Handler, number: int) -> None:
        handler.send_response(401, "Unauthorized")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    with _serving(answer) as server:
        result = CliRunner().invoke(
            main, ["push", str(seed_out), "--endpoint", _url(server, auth="kg:s3cr%40t@")]
        )
        (request,) = server.requests
    assert result.exit_code == 1
    assert "s3cr" not in result.output
    assert result.output.startswith(
        f"Error: {_url(server, auth='kg:***@')}: the server refused graph default (401 "
    )
    assert request[2]["Authorization"] == "Basic " + base64.b64encode(b"kg:s3cr@t").decode()
    unreachable = f"http://kg:s3cret@127.0.0.1:{_free_port()}/store"
    result = CliRunner().invoke(main, ["push", str(seed_out), "--endpoint", unreachable])
    assert result.exit_code == 1 and "s3cret" not in result.output
    assert "kg:***@127.0.0.1" in result.output and "cannot reach the server" in result.output


@pytest.mark.parametrize("timeout", ["0", "-1", "nan", "inf", "soon"])
def test_a_meaningless_timeout_is_a_usage_error(seed_out: Path, timeout: str) -> None:
    result = CliRunner().invoke(
        main, ["push", str(seed_out), "--endpoint", "http://127.0.0.1:1/", "--timeout", timeout]
    )
    assert result.exit_code == 2
    assert "Invalid value for '--timeout'" in result.output
