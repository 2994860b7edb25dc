"""``kg serve``: a SPARQL 1.1 Protocol endpoint, queried with SPARQLWrapper as a user's script would."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.cli import main
from kg.server import make_server, serve

OFFERS = "SELECT ?c WHERE { <https://kg.example/id/product/channels> <https://kg.example/schema#offers> ?c } ORDER BY ?c"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def endpoint(seed_out: Path) -> Iterator[str]:
    server = make_server(seed_out, "127.0.0.1", 0, timeout=2.0)
    ready = threading.Event()
    thread = threading.Thread(target=serve, args=(server, ready), daemon=True)
    thread.start()
    ready.wait(5)
    yield f"http://127.0.0.1:{server.server_port}/sparql"
    server.shutdown()
    thread.join(5)


def _client(url: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


def test_it_binds_to_loopback(endpoint: str) -> None:
    assert endpoint.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("method", ["GET", POST])
def test_select_as_json_by_get_and_post(endpoint: str, method: str) -> None:
    result = _client(endpoint, OFFERS, JSON, method).queryAndConvert()
    values = [b["c"]["value"] for b in result["results"]["bindings"]]  # type: ignore[index]
    assert "https://kg.example/id/capability/red-packet-cover" in values
    assert values == sorted(values)


def test_kg_prefixes_are_declared_for_the_client(endpoint: str) -> None:
    result = _client(
        endpoint, "ASK { product:channels kg:offers cap:live-streaming }", JSON
    ).queryAndConvert()
    assert result["boolean"] is True  # type: ignore[index]


@pytest.mark.parametrize(
    ("fmt", "first_line"),
    [(CSV, "c"), (TSV, "?c")],
)
def test_csv_and_tsv_by_content_negotiation(endpoint: str, fmt: str, first_line: str) -> None:
    text = _client(endpoint, OFFERS, fmt).query().response.read().decode("utf-8")
    assert text.splitlines()[0] == first_line
    assert "red-packet-cover" in text


def test_xml_by_content_negotiation(endpoint: str) -> None:
    document = _client(endpoint, OFFERS, XML).queryAndConvert()
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]  # type: ignore[union-attr]
    assert "https://kg.example/id/capability/red-packet-cover" in uris


def test_accept_header_q_values_are_honoured(endpoint: str) -> None:
    request = urllib.request.Request(
        endpoint + "?" + urllib.parse.urlencode({"query": OFFERS}),
        headers={"Accept": "application/sparql-results+xml;q=0.5, text/csv;q=0.9"},
    )
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Type"].startswith("text/csv")


def test_updates_are_refused(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint, updateEndpoint=endpoint)
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    # SPARQLWrapper passes statuses it has no exception for (403) through as HTTPError.
    with pytest.raises(urllib.error.HTTPError) as error:
        client.query()
    assert error.value.code == 403
    assert b"read-only" in error.value.read()
    request = urllib.request.Request(
        endpoint,
        data=urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 403
    assert b"read-only" in refused.value.read()


def test_a_syntax_error_is_a_400_that_says_where(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed) as error:
        _client(endpoint, "SELECT ?x WHERE { ?x ?y }", JSON).query()
    assert "error at 1:" in str(error.value)


# 微信 in GBK: a client that sends its query in a legacy encoding (CE A2 happens to be UTF-8;
# D0 C5, at byte 27, is not).
_GBK_QUERY = 'SELECT ?s WHERE { ?s ?p "微信"@zh }'.encode("gbk")


@pytest.mark.parametrize(
    ("data", "ctype", "url"),
    [
        pytest.param(_GBK_QUERY, "application/sparql-query", "", id="post-body"),
        pytest.param(
            b"query=" + urllib.parse.quote_from_bytes(_GBK_QUERY).encode(),
            "application/x-www-form-urlencoded",
            "",
            id="post-form",
        ),
        pytest.param(None, "", "?query=" + urllib.parse.quote_from_bytes(_GBK_QUERY), id="get"),
    ],
)
def test_a_query_that_is_not_utf8_is_a_400_not_an_empty_answer(
    endpoint: str, data: bytes | None, ctype: str, url: str
) -> None:
    # Decoded with U+FFFD for each bad byte, the literal matched nothing: 200 and no rows.
    headers = {"Content-Type": ctype} if ctype else {}
    request = urllib.request.Request(endpoint + url, data=data, headers=headers)
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request)
    assert error.value.code == 400
    assert error.value.read().startswith(b"the query is not UTF-8 (byte 27); send it as UTF-8")


def test_two_query_parameters_are_a_400(endpoint: str) -> None:
    # The SPARQL 1.1 Protocol: a request with more than one query parameter is malformed;
    # answering the first would answer a question the client may not have meant.
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(endpoint + "?query=ASK%7B%7D&query=SELECT%20*%20%7B%7D")
    assert error.value.code == 400
    assert error.value.read() == b"2 query parameters; send one\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_the_query_page_reads_no_pipe_and_no_huge_file_among_the_named_queries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A FIFO named x.rq in ./queries hung GET / for ever, a thread (and a connection) each time.
    from kg.server import query_page

    monkeypatch.chdir(tmp_path)
    (tmp_path / "queries").mkdir()
    os.mkfifo(tmp_path / "queries" / "fifo.rq")
    (tmp_path / "queries" / "huge.rq").write_bytes(b"#" * (2 << 20))
    (tmp_path / "queries" / "bom.rq").write_bytes("\ufeffASK {}".encode())
    page: list[str] = []
    reader = threading.Thread(target=lambda: page.append(query_page()), daemon=True)
    reader.start()
    reader.join(10)
    assert page, "the query page waited on the FIFO"
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page[0])
    assert data is not None
    assert json.loads(data.group(1))["examples"] == {
        "bom": "ASK {}",
        "fifo": "# fifo.rq: a pipe, socket or device, not a query file\n",
        "huge": "# huge.rq: 2.1 MB, more than a query can be (1 MiB)\n",
    }


def test_a_query_that_runs_too_long_is_stopped(endpoint: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as error:
        _client(endpoint, SLOW, JSON).query()
    assert error.value.code == 503
    assert b"stopped after 2 s" in error.value.read()
    # ... and the endpoint still answers afterwards.
    assert _client(endpoint, "ASK { ?s ?p ?o }", JSON).queryAndConvert()["boolean"] is True  # type: ignore[index]


def test_other_paths_are_404(endpoint: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(endpoint.replace("/sparql", "/other"))
    assert missing.value.code == 404


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_a_write_method_is_405_naming_the_allowed_ones(endpoint: str, method: str) -> None:
    # The Graph Store Protocol writes with PUT and DELETE; Python's server answered 501 with
    # an HTML page, which said neither that the store is read-only nor what is allowed.
    target = urllib.parse.urlsplit(endpoint)
    body = b"<a> <b> <c> ."
    head = (
        f"{method} {target.path}?default HTTP/1.1\r\nHost: {target.netloc}\r\n"
        f"Content-Type: text/turtle\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    answer = _raw(endpoint, head.encode() + body)
    assert answer.startswith(b"HTTP/1.1 405 "), answer
    assert b"\r\nAllow: GET, POST, OPTIONS\r\n" in answer
    assert b"\r\nConnection: close\r\n" in answer
    assert answer.endswith(
        f"kg serve is read-only: {method} is not allowed; query /sparql with GET or POST\n".encode()
    )


@pytest.mark.parametrize("path", ["/sparql?query=ASK%20%7B%7D", "/", "/other"])
def test_head_answers_the_headers_of_get_without_a_body(endpoint: str, path: str) -> None:
    target = urllib.parse.urlsplit(endpoint)
    request = f"{{}} {path} HTTP/1.1\r\nHost: {target.netloc}\r\nConnection: close\r\n\r\n"
    got = _raw(endpoint, request.format("GET").encode(), close=True)
    head = _raw(endpoint, request.format("HEAD").encode(), close=True)
    status, _, body = got.partition(b"\r\n")[0], None, got.partition(b"\r\n\r\n")[2]
    assert body
    assert head.partition(b"\r\n")[0] == status
    assert head.endswith(b"\r\n\r\n")  # the headers and nothing more
    length = re.search(rb"Content-Length: (\d+)", head)
    assert length and int(length.group(1)) == len(body)


# ---------------------------------------------------------------- issue 12: what tools send

YASGUI = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT * WHERE {
  ?sub ?pred ?obj .
} LIMIT 10"""


@pytest.mark.parametrize("method", ["GET", POST])
def test_the_yasgui_default_query_is_answered(endpoint: str, method: str) -> None:
    result = _client(endpoint, YASGUI, JSON, method).queryAndConvert()
    assert len(result["results"]["bindings"]) == 10  # type: ignore[index]


@pytest.mark.parametrize("method", ["GET", POST])
def test_a_query_declaring_skos_and_a_base_ending_in_a_hash_is_answered(
    endpoint: str, method: str
) -> None:
    query = (
        "BASE <https://kg.example/schema#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>  # SKOS\n"
        "SELECT ?l WHERE { product:channels <#offers> ?c . ?c skos:prefLabel ?l "
        'FILTER(?c = cap:live-streaming && lang(?l) = "zh") }'
    )
    result = _client(endpoint, query, JSON, method).queryAndConvert()
    assert [b["l"]["value"] for b in result["results"]["bindings"]] == ["直播"]  # type: ignore[index]


@pytest.mark.filterwarnings("ignore:.*query type:RuntimeWarning")  # SPARQLWrapper's, too
def test_a_misspelled_first_keyword_is_a_400_with_line_and_column(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed) as error:
        _client(
            endpoint, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELCT * {}", JSON
        ).query()
    assert "error at 2:1: expected SELECT, CONSTRUCT, DESCRIBE or ASK, found 'SELCT'" in str(
        error.value
    )


# ---------------------------------------------------------------- issue 12: SERVICE


class Listener:
    """An HTTP server on loopback that a SERVICE clause could send requests to: it records
    each one and answers with one row, ``pwned``."""

    ANSWER = json.dumps(
        {
            "head": {"vars": ["a"]},
            "results": {"bindings": [{"a": {"type": "literal", "value": "pwned"}}]},
        }
    ).encode()

    def __init__(self) -> None:
        self.requests: list[str] = []
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                listener.requests.append(f"{self.command} {self.path}")
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(Listener.ANSWER)))
                self.end_headers()
                self.wfile.write(Listener.ANSWER)

            do_GET = do_POST  # noqa: N815 - stdlib's name

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/secret"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    started = Listener()
    yield started
    started.close()


def _attacks(url: str, endpoint: str) -> list[str]:
    """SERVICE in every spelling, and queries that a tokenizer and Oxigraph could read
    differently so that Oxigraph sees a SERVICE the tokenizer does not."""
    nested = "?s ?p ?o"
    for _ in range(30):
        nested = f"SERVICE <{endpoint}> {{ {nested} }}"
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"select * {{ service silent <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * {{ ?s ?p ?o SeRvIcE<{url}>{{?a ?b ?c}} }}",
        f"SELECT * {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
        f"SELECT * {{ {{ SELECT * {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }} }}",
        f"SELECT * {{ ?s ?p true . ?s ?p trueSERVICE<{url}>{{?a ?b ?c}} }}",
        f"PREFIX e: <{url}>\nSELECT * {{ ?s ?p ?o . ?s ?p falseSERVICEe:x {{ ?a ?b ?c }} }}",
        f"ASK {{ ?s ?p ?o FILTER(?o <'x>') SERVICE <{url}> {{ ?a ?b ?c }} FILTER(?o != '') }} #'",
        f'ASK {{ ?s ?p ?o FILTER(?o <#>"""\n"z") SERVICE <{url}> {{ ?a ?b ?c }}\n#"""\n}}',
        f"SELECT * {{ {nested} }}",
    ]


def test_service_is_refused_and_no_request_leaves(endpoint: str, listener: Listener) -> None:
    for query in _attacks(listener.url, endpoint):
        request = endpoint + "?" + urllib.parse.urlencode({"query": query})
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(request, timeout=30)
        assert error.value.code == 400, query
        message = error.value.read().decode()
        assert "SERVICE" in message or "SPARQL syntax error" in message, message
    assert listener.requests == []


def test_the_refusal_says_where_and_how_to_allow_it(endpoint: str, listener: Listener) -> None:
    query = f"SELECT * WHERE {{\n  ?s ?p ?o .\n  SERVICE <{listener.url}> {{ ?a ?b ?c }} }}"
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(endpoint + "?" + urllib.parse.urlencode({"query": query}))
    assert error.value.read().decode() == (
        "the query calls SERVICE at 3:3 ('SERVICE'): kg sends no requests to other servers "
        "unless it is started with --allow-service\n"
    )


def test_the_word_service_elsewhere_is_answered(endpoint: str, listener: Listener) -> None:
    query = 'SELECT ?service WHERE { BIND("SERVICE <x> { }" AS ?service) } # SERVICE <x> {}'
    result = _client(endpoint, query, JSON).queryAndConvert()
    assert result["results"]["bindings"][0]["service"]["value"] == "SERVICE <x> { }"  # type: ignore[index]


@contextmanager
def _serving(build: Path, **options: Any) -> Iterator[tuple[str, Any]]:
    server = make_server(build, "127.0.0.1", 0, **options)
    thread = threading.Thread(target=serve, args=(server,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sparql", server
    finally:
        server.shutdown()
        thread.join(5)


def test_allow_service_lets_the_query_call_it(seed_out: Path, listener: Listener) -> None:
    with _serving(seed_out, timeout=20.0, allow_service=True) as (url, _):
        query = f"SELECT ?a WHERE {{ SERVICE <{listener.url}> {{ ?a ?b ?c }} }}"
        result = _client(url, query, JSON).queryAndConvert()
    assert [b["a"]["value"] for b in result["results"]["bindings"]] == ["pwned"]  # type: ignore[index]
    assert listener.requests == ["POST /secret"]


def test_kg_query_refuses_service_unless_allowed(seed_out: Path, listener: Listener) -> None:
    query = f"SELECT ?a WHERE {{ SERVICE <{listener.url}> {{ ?a ?b ?c }} }}"
    refused = CliRunner().invoke(main, ["query", query, "-d", str(seed_out)])
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Error: the query calls SERVICE at 1:19 ('SERVICE'): kg sends no requests to other "
        "servers unless it is started with --allow-service\n"
    )
    assert listener.requests == []
    allowed = CliRunner().invoke(main, ["query", query, "-d", str(seed_out), "--allow-service"])
    assert allowed.exit_code == 0, allowed.output
    assert "pwned" in allowed.stdout
    assert listener.requests == ["POST /secret"]


# ---------------------------------------------------------------- issue 12: CORS and Host


def _raw(url: str, request: bytes, wait: float = 10.0, close: bool = False) -> bytes:
    """Send bytes to the endpoint's port and read until it closes the connection (or
    ``wait`` seconds pass); the request's own end stays open unless ``close``."""
    port = urllib.parse.urlsplit(url).port
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as conn:
        conn.sendall(request)
        if close:
            conn.shutdown(socket.SHUT_WR)
        received = b""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                break
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += chunk
            if b"\r\n\r\n" in received:
                head, _, body = received.partition(b"\r\n\r\n")
                length = re.search(rb"(?i)content-length: *(\d+)", head)
                if length and len(body) >= int(length.group(1)):
                    break
        return received


def _get(
    url: str, query: str = "ASK { ?s ?p ?o }", host: str | None = None, wait: float = 10.0
) -> bytes:
    target = urllib.parse.urlsplit(url)
    line = f"GET {target.path}?{urllib.parse.urlencode({'query': query})} HTTP/1.1\r\n"
    head = f"Host: {host if host is not None else target.netloc}\r\nConnection: close\r\n\r\n"
    return _raw(url, (line + head).encode(), wait)


def test_no_cors_header_unless_asked(endpoint: str, seed_out: Path) -> None:
    answer = _get(endpoint)
    assert answer.startswith(b"HTTP/1.1 200")
    assert b"access-control" not in answer.lower()
    with _serving(seed_out, cors="https://yasgui.example") as (url, _):
        answer = _get(url)
        assert b"\r\nAccess-Control-Allow-Origin: https://yasgui.example\r\n" in answer
        port = urllib.parse.urlsplit(url).port
        preflight = _raw(
            url,
            (
                f"OPTIONS /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                "Origin: https://yasgui.example\r\nAccess-Control-Request-Method: POST\r\n"
                "Access-Control-Request-Headers: content-type\r\nConnection: close\r\n\r\n"
            ).encode(),
        )
        assert preflight.startswith(b"HTTP/1.1 204")
        assert b"\r\nAccess-Control-Allow-Origin: https://yasgui.example\r\n" in preflight
        assert b"\r\nAccess-Control-Allow-Headers: Accept, Content-Type\r\n" in preflight


@pytest.mark.parametrize(
    "host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "[::1]:{port}", "127.0.0.1"]
)
def test_a_host_naming_the_server_is_answered(endpoint: str, host: str) -> None:
    port = urllib.parse.urlsplit(endpoint).port
    assert _get(endpoint, host=host.format(port=port)).startswith(b"HTTP/1.1 200")


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "localhost.evil.example"])
def test_another_host_is_refused_against_dns_rebinding(endpoint: str, host: str) -> None:
    port = urllib.parse.urlsplit(endpoint).port
    answer = _get(endpoint, host=host.format(port=port))
    assert answer.startswith(b"HTTP/1.1 421 Misdirected Request\r\n")
    name = host.split(":")[0]
    assert answer.decode().endswith(
        f"kg serve answers requests for localhost, 127.0.0.1 and IP addresses, not for "
        f"'{name}': a web page may be trying to read the graph through your browser (DNS "
        f"rebinding). If '{name}' is your name for this machine, start kg serve with "
        f"--allow-host {name}\n"
    )


def test_allow_host_adds_a_name(seed_out: Path) -> None:
    with _serving(seed_out, allow_hosts=("kg.lan",)) as (url, _):
        assert _get(url, host="kg.lan:7878").startswith(b"HTTP/1.1 200")
        assert _get(url, host="evil.example").startswith(b"HTTP/1.1 421")


# ---------------------------------------------------------------- issue 12: bodies and hang-ups


def _post(url: str, length: str, body: bytes = b"", extra: str = "") -> bytes:
    target = urllib.parse.urlsplit(url)
    head = (
        f"POST {target.path} HTTP/1.1\r\nHost: {target.netloc}\r\n"
        f"Content-Type: application/sparql-query\r\n{length}{extra}\r\n"
    )
    return _raw(url, head.encode() + body)


@pytest.mark.parametrize(
    ("length", "status", "says"),
    [
        ("Content-Length: -1\r\n", b"400", b"Content-Length must be one number of bytes, not '-1'"),
        (
            "Content-Length: abc\r\n",
            b"400",
            b"Content-Length must be one number of bytes, not 'abc'",
        ),
        ("Content-Length: +5\r\n", b"400", b"not '+5'"),
        ("Content-Length: 5\r\nContent-Length: 6\r\n", b"400", b"not several"),
        (
            "Content-Length: 2000000\r\n",
            b"413",
            b"query too long: 2000000 bytes; the limit is 1048576",
        ),
        ("Content-Length: 99999999999999999999999\r\n", b"400", b"not '9999"),
        ("Transfer-Encoding: chunked\r\n", b"411", b"send the query with a Content-Length"),
        ("", b"411", b"a POST needs a Content-Length"),
    ],
)
def test_a_bad_content_length_is_answered_at_once_without_reading_on(
    endpoint: str, length: str, status: bytes, says: bytes
) -> None:
    """The body is never read to its end (the old server read to EOF on -1: the client's
    end stays open here, so a server that waited for it would answer nothing)."""
    started = time.monotonic()
    answer = _post(endpoint, length, b"ASK {}")
    assert answer.startswith(b"HTTP/1.1 " + status), answer
    assert b"\r\nConnection: close\r\n" in answer
    assert says in answer
    assert time.monotonic() - started < 8


# ---------------------------------------------------------------- issue 12: limits


def test_a_query_past_its_memory_is_stopped_and_the_endpoint_carries_on(seed_out: Path) -> None:
    hungry = "SELECT (GROUP_CONCAT(STR(?c)) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f }"
    with _serving(seed_out, timeout=60.0, max_memory=100) as (url, _):
        with pytest.raises(urllib.error.HTTPError) as error:
            _client(url, hungry, JSON).query()
        assert error.value.code == 503
        assert error.value.read() == (
            b"the query was stopped at its memory limit (100 MB); narrow it (LIMIT, fewer "
            b"OPTIONALs) or allow more with --max-memory\n"
        )
        assert _client(url, "ASK { ?s ?p ?o }", JSON).queryAndConvert()["boolean"] is True  # type: ignore[index]


def test_one_query_more_than_max_queries_is_answered_busy(seed_out: Path) -> None:
    with _serving(seed_out, timeout=4.0, max_queries=1) as (url, server):
        slow = threading.Thread(target=lambda: _get(url, SLOW), daemon=True)
        slow.start()
        deadline = time.monotonic() + 5
        while server.store._running._value and time.monotonic() < deadline:
            time.sleep(0.01)  # until the slow query holds the one place
        busy = _get(url)
        slow.join()
        assert _get(url).startswith(b"HTTP/1.1 200")  # the place is free again
    assert busy.startswith(b"HTTP/1.1 503 Service Unavailable\r\n"), busy
    assert b"\r\nRetry-After: 1\r\n" in busy
    assert busy.endswith(
        b"busy: 1 query is running, the most kg runs at once (--max-queries); "
        b"try again when one is done\n"
    )


def test_connections_past_max_connections_are_answered_503(seed_out: Path) -> None:
    with _serving(seed_out, max_connections=2) as (url, server):
        port = urllib.parse.urlsplit(url).port
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(2)]
        deadline = time.monotonic() + 5
        while server._open < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        third = _get(url)
        assert third.startswith(b"HTTP/1.1 503 Service Unavailable\r\n"), third
        assert third.endswith(b"(--max-connections); try again\n")
        for conn in idle:
            conn.close()
        deadline = time.monotonic() + 5
        while server._open and time.monotonic() < deadline:
            time.sleep(0.01)
        assert _get(url).startswith(b"HTTP/1.1 200")


def test_an_idle_connection_is_closed(seed_out: Path) -> None:
    with _serving(seed_out, idle_timeout=0.5) as (url, _):
        port = urllib.parse.urlsplit(url).port
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            started = time.monotonic()
            assert conn.recv(100) == b""  # closed, with nothing said
            assert time.monotonic() - started < 8


def test_a_request_that_trickles_in_is_cut_off(seed_out: Path) -> None:
    """A client that sends a byte now and then is never idle, but its request must still
    arrive whole within three idle timeouts (slowloris)."""
    with _serving(seed_out, idle_timeout=0.5) as (url, _):
        port = urllib.parse.urlsplit(url).port
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            conn.sendall(b"GET /sparql?query=ASK HTTP/1.1\r\n")
            started = time.monotonic()
            closed = False
            while time.monotonic() - started < 8:
                try:
                    conn.sendall(b"X-a: b\r\n")
                except OSError:
                    closed = True
                    break
                time.sleep(0.2)
            assert closed


# ---------------------------------------------------------------- issue 12: the command line


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--port", "70000"], "Invalid value for '--port': 70000 is not in the range 0<=x<=65535."),
        (["--port", "-1"], "Invalid value for '--port': -1 is not in the range 0<=x<=65535."),
        (
            ["--timeout", "-1"],
            "Invalid value for '--timeout': '-1' is not a positive number of seconds",
        ),
        (
            ["--timeout", "nan"],
            "Invalid value for '--timeout': 'nan' is not a positive number of seconds",
        ),
        (
            ["--timeout", "inf"],
            "Invalid value for '--timeout': 'inf' is not a positive number of seconds",
        ),
        (
            ["--timeout", "0"],
            "Invalid value for '--timeout': '0' is not a positive number of seconds",
        ),
        (
            ["--max-memory", "nan"],
            "Invalid value for '--max-memory': 'nan' is not a positive number of megabytes",
        ),
        (["--max-queries", "0"], "Invalid value for '--max-queries': 0 is not in the range x>=1."),
        # '' listened on every interface, and the server's address printed as http://:PORT.
        (
            ["--host", ""],
            "Invalid value for '--host': an empty address; give 127.0.0.1 (this machine) or "
            "0.0.0.0 (every network the machine is on)",
        ),
        # Finite, but past what a timer or a memory limit holds: an OverflowError, answered 500.
        (
            ["--timeout", "1e308"],
            "Invalid value for '--timeout': '1e308' is too large: at most 1,000,000 seconds",
        ),
        (
            ["--max-memory", "1e308"],
            "Invalid value for '--max-memory': '1e308' is too large: at most 1,000,000,000 "
            "megabytes",
        ),
        (
            ["--max-connections", "0"],
            "Invalid value for '--max-connections': 0 is not in the range x>=1.",
        ),
        # Sent as it was in every answer's Access-Control-Allow-Origin: a line end in it wrote
        # a header of its own (Set-Cookie) into every answer.
        *(
            (
                ["--cors", origin],
                f"Invalid value for '--cors': {origin!r} is not a web origin "
                "(scheme://host[:port], e.g. https://yasgui.example) nor *",
            )
            for origin in (
                "http://a.example\r\nSet-Cookie: evil=1",
                "https://yasgui.example/page",
                "yasgui.example",
                "",
            )
        ),
    ],
)
def test_impossible_settings_are_usage_errors(
    seed_out: Path, args: list[str], says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Should the settings pass, the server stops at once instead of serving for ever.
    monkeypatch.setattr("kg.server.serve", lambda server, ready=None: server.server_close())
    result = CliRunner().invoke(main, ["serve", str(seed_out), "--port", "0", *args])
    assert result.exit_code == 2
    assert result.stderr.endswith(f"Error: {says}\n")


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "0", "abc"])
def test_kg_query_timeouts_that_are_no_time_are_usage_errors(seed_out: Path, value: str) -> None:
    result = CliRunner().invoke(main, ["query", "people", "-d", str(seed_out), "--timeout", value])
    assert result.exit_code == 2
    assert "Invalid value for '--timeout'" in result.stderr


def test_the_limits_are_in_the_help() -> None:
    shown = CliRunner().invoke(main, ["serve", "--help"], terminal_width=100).output
    for words in (
        "--max-queries",
        "--max-memory",
        "--max-connections",
        "idle for 10 s",
        "--allow-service",
        "--cors ORIGIN",
        "--allow-host NAME",
        "[default: 64; x>=1]",
        "[default: 1000.0]",
        "[default: 4; x>=1]",
    ):
        assert words in shown, words


# ---------------------------------------------------------------- issue 12: real processes


def _kg(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "kg", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _started(process: subprocess.Popen[str]) -> str:
    """The endpoint a `kg serve` subprocess says it serves at."""
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"at (http://\S+/sparql)", line)
    assert found, line + (process.stderr.read() if process.stderr else "")
    return found.group(1)


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _wait_for_children(pid: int, seconds: float = 30) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        children = _children(pid)
        if children:
            return children
        time.sleep(0.05)
    raise AssertionError(f"process {pid} started no worker")


def _all_gone(pids: set[int], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(_running(p) for p in pids):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_kg_query_workers_die_with_kg(seed_out: Path, sig: signal.Signals) -> None:
    process = _kg("query", SLOW, "-d", str(seed_out), "--timeout", "120")
    try:
        workers = _wait_for_children(process.pid)
        process.send_signal(sig)
        process.wait(10)
        assert _all_gone(workers), f"workers {workers} outlived kg query"
    finally:
        process.kill()
        process.wait()
        for pid in _children(process.pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
@pytest.mark.parametrize("busy", [True, False], ids=["querying", "idle"])
def test_kg_serve_workers_die_with_kg(seed_out: Path, sig: signal.Signals, busy: bool) -> None:
    process = _kg("serve", str(seed_out), "--port", "0", "--timeout", "120")
    try:
        url = _started(process)
        if busy:
            threading.Thread(target=lambda: _get(url, SLOW, wait=5), daemon=True).start()
        else:
            assert _get(url).startswith(b"HTTP/1.1 200")  # leaves its worker idle
        workers = _wait_for_children(process.pid)
        process.send_signal(sig)
        process.wait(10)
        assert _all_gone(workers), f"workers {workers} outlived kg serve"
    finally:
        process.kill()
        process.wait()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_the_server_log_holds_no_traceback(seed_out: Path) -> None:
    """Clients that hang up at every step, a bad Content-Length and a query past its memory
    leave nothing in the log of a server that is not told to be verbose."""
    process = _kg("serve", str(seed_out), "--port", "0", "--timeout", "2", "--max-memory", "100")
    try:
        url = _started(process)
        port = urllib.parse.urlsplit(url).port
        host = f"Host: 127.0.0.1:{port}\r\n"

        def hang_up(data: bytes, wait: float = 0.0, reset: bool = False) -> None:
            conn = socket.create_connection(("127.0.0.1", port))
            if reset:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.sendall(data)
            time.sleep(wait)
            conn.close()

        hang_up(b"")
        hang_up(b"GET /sparql?query=ASK")
        hang_up(f"POST /sparql HTTP/1.1\r\n{host}Content-Length: 100\r\n\r\nASK".encode())
        hang_up(f"POST /sparql HTTP/1.1\r\n{host}Content-Length: abc\r\n\r\n".encode(), 0.5)
        slow = urllib.parse.urlencode({"query": SLOW})
        hang_up(f"GET /sparql?{slow} HTTP/1.1\r\n{host}\r\n".encode(), 0.5, reset=True)
        hang_up(f"GET /sparql?{slow} HTTP/1.1\r\n{host}\r\n".encode(), 0.5)
        hungry = "SELECT (GROUP_CONCAT(STR(?c)) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f }"
        assert _get(url, hungry).startswith(b"HTTP/1.1 503")
        time.sleep(2.5)  # the slow queries' answers meet their closed connections
        assert _get(url).startswith(b"HTTP/1.1 200")
    finally:
        process.send_signal(signal.SIGINT)
        _, log = process.communicate(timeout=20)
    assert "Traceback" not in log and "backtrace" not in log, log
    assert log == "", log


@pytest.mark.parametrize(
    ("host", "warned"),
    [
        ("0.0.0.0", True),
        ("::", True),
        ("192.0.2.7", True),
        ("127.0.0.1", False),
        ("localhost", False),
        ("::1", False),
    ],
)
def test_listening_beyond_this_machine_is_warned_of(
    seed_out: Path, monkeypatch: pytest.MonkeyPatch, host: str, warned: bool
) -> None:
    import types

    made: list[dict[str, Any]] = []

    def make(*args: Any, **kwargs: Any) -> Any:
        made.append(kwargs)
        return types.SimpleNamespace(server_port=7878)

    monkeypatch.setattr("kg.server.make_server", make)
    monkeypatch.setattr("kg.server.serve", lambda server, ready=None: None)
    result = CliRunner().invoke(main, ["serve", str(seed_out), "--host", host])
    assert result.exit_code == 0, result.output
    warning = (
        f"warning: listening on {host}: any machine that can reach this one can read the build; "
        "--host 127.0.0.1 (the default) keeps it to this machine\n"
    )
    assert result.stderr == (warning if warned else "")
    assert made and made[0]["allow_service"] is False and made[0]["cors"] is None


# ---------------------------------------------------------------- issue 14: the pages


def _page(endpoint: str, path: str, host: str | None = None) -> bytes:
    target = urllib.parse.urlsplit(endpoint)
    request = f"GET {path} HTTP/1.1\r\nHost: {host or target.netloc}\r\nConnection: close\r\n\r\n"
    return _raw(endpoint, request.encode())


@pytest.mark.parametrize("path", ["/", "/graph"])
def test_the_pages_are_html_that_may_reach_nothing_but_the_server(endpoint: str, path: str) -> None:
    answer = _page(endpoint, path)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n"), head
    assert b"\r\nContent-Type: text/html; charset=utf-8\r\n" in head
    assert (
        b"\r\nContent-Security-Policy: default-src 'none'; script-src 'unsafe-inline'; "
        b"style-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'self'; "
        b"base-uri 'none'; frame-ancestors 'none'\r\n"
    ) in head
    assert b"\r\nX-Content-Type-Options: nosniff\r\n" in head
    assert body.startswith(b"<!DOCTYPE html>")


def test_the_query_page_declares_kg_s_prefixes_and_offers_the_named_queries(
    endpoint: str, root: Path
) -> None:
    body = _page(endpoint, "/").partition(b"\r\n\r\n")[2].decode()
    assert "PREFIX kg: &lt;https://kg.example/schema#&gt;" in body
    assert "PREFIX cap: &lt;https://kg.example/id/capability/&gt;" in body
    # The box opens with a named query, and every named query is an example.
    first = (root / "queries" / "capabilities-by-product-year.rq").read_text(encoding="utf-8")
    assert first.splitlines()[0].replace("<", "&lt;") in body
    for query in (root / "queries").glob("*.rq"):
        assert f'"{query.stem}":' in body


@pytest.mark.parametrize("path", ["/", "/graph"])
def test_the_pages_keep_the_host_check(endpoint: str, path: str) -> None:
    assert _page(endpoint, path, host="evil.example").startswith(b"HTTP/1.1 421")


@pytest.fixture(scope="module")
def served(seed_out: Path) -> Iterator[str]:
    """``kg serve`` in a process of its own, for the browser: a server in this process would
    fork its query worker while Playwright's pipes are open, and the worker, holding them,
    would keep Playwright's driver from ever ending."""
    process = _kg("serve", str(seed_out), "--port", "0")
    try:
        yield _started(process).removesuffix("sparql")
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)


def test_the_query_page_shows_the_answer_as_a_table(served: str) -> None:
    from browser import chromium

    with chromium() as browser:
        page = browser.new_page()
        page.goto(served)
        page.wait_for_selector("body[data-ready=true]")
        page.locator("#query").fill("SELECT ?c WHERE { product:channels kg:offers ?c } ORDER BY ?c")
        page.get_by_role("button", name="Run").click()
        table = page.locator("table#answer")
        table.wait_for()
        assert table.locator("th").all_inner_texts() == ["?c"]
        cells = table.locator("td").all_inner_texts()
        assert "cap:red-packet-cover" in cells and "cap:paid-subscription" in cells
        assert page.locator("#status").inner_text().startswith(f"{len(cells)} rows")
        # A syntax error comes back as the endpoint's 400 and its message.
        page.locator("#query").fill("SELECT ?x WHERE { ?x ?y }")
        page.get_by_role("button", name="Run").click()
        page.locator("#error", has_text="error at 1:").wait_for()
        assert page.locator("#status").inner_text() == "400 Bad Request"
        assert "error at 1:" in page.locator("#error").inner_text()
        assert page.locator("table").count() == 0
        # An example fills the box.
        page.locator("#examples").select_option("people")
        assert page.locator("#query").input_value().startswith("# Who presented or led what")


def test_the_graph_page_draws_the_served_build(served: str, seed_build: Any) -> None:
    from browser import chromium, open_graph

    with chromium() as browser:
        page, errors = open_graph(browser, served + "graph")
        assert int(page.evaluate("document.body.dataset.nodes")) == (
            seed_build.graph.number_of_nodes()
        )
        page.close()
    assert errors == []
