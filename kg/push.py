"""``kg push``: load a build into a SPARQL server over the SPARQL 1.1 Graph Store Protocol.

Each article's named graph goes to ``ENDPOINT?graph=<article IRI>`` and the ontology to
``ENDPOINT?default``, so the server holds the same dataset as ``kg.trig``. ``replace`` (HTTP
PUT, the default) makes a graph on the server exactly the build's; ``add`` (POST) merges into
what is there. With ``--graph IRI`` everything goes into that one graph instead.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError
from kg.exporters.turtle import prefix_lines, prefixes_used, triples_block
from kg.rdf import Triple
from kg.reader import read_build

__all__ = ["Pushed", "push", "MODES"]

MODES = {"replace": "PUT", "add": "POST"}


@dataclass(frozen=True, slots=True)
class Pushed:
    """What a push sent: one line per graph (its name and triple count)."""

    graphs: tuple[tuple[str, int], ...]


def _turtle(triples: Iterable[Triple]) -> bytes:
    def lines() -> Iterator[str]:
        yield from prefix_lines(prefixes_used([triples]))
        yield from triples_block(triples)

    return "".join(lines()).encode("utf-8")


def _send(endpoint: str, method: str, graph: str | None, body: bytes, timeout: float) -> None:
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    url = f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": "text/turtle; charset=utf-8"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()[:300]
        raise KGError(
            f"{endpoint}: the server refused graph {graph or 'default'} "
            f"({exc.code} {exc.reason}: {detail})"
        ) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise KGError(
            f"{endpoint}: cannot reach the server ({reason}); is it running, and is this its "
            "Graph Store endpoint (Oxigraph: http://HOST:PORT/store)?"
        ) from exc


def push(
    build_dir: str | Path,
    endpoint: str,
    graph: str | None = None,
    mode: str = "replace",
    timeout: float = 60.0,
) -> Pushed:
    """Send a build to a Graph Store Protocol endpoint; see the module docstring."""
    if mode not in MODES:
        raise KGError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
    if not endpoint.startswith(("http://", "https://")):
        raise KGError(f"{endpoint!r} is not an http(s) URL of a Graph Store endpoint")
    build = read_build(build_dir)
    method = MODES[mode]
    sent: list[tuple[str, int]] = []
    if graph is not None:
        everything = build.merged
        _send(endpoint, method, graph, _turtle(everything), timeout)
        return Pushed(((graph, len(everything)),))
    _send(endpoint, method, None, _turtle(build.default_graph), timeout)
    sent.append(("default", len(build.default_graph)))
    for name, triples in build.named_graphs:
        _send(endpoint, method, name, _turtle(triples), timeout)
        sent.append((name, len(triples)))
    return Pushed(tuple(sent))
