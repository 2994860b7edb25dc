"""``kg serve``: a SPARQL 1.1 Protocol endpoint, queried with SPARQLWrapper as a user's script would."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

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
