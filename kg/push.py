"""``kg push``: load a build into a SPARQL server over the SPARQL 1.1 Graph Store Protocol.

Each article's named graph goes to ``ENDPOINT?graph=<article IRI>`` and the ontology to
``ENDPOINT?default``, so the server holds the same dataset as ``kg.trig``. ``replace`` (HTTP
PUT, the default) makes a graph on the server exactly the build's; ``add`` (POST) merges into
what is there. With ``--graph IRI`` everything goes into that one graph instead: the build's
own ``kg.ttl``, streamed from disk. Graphs are read from ``kg.trig`` and sent one at a time,
so a push of a large build takes little memory.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.errors import KGError
from kg.exporters.turtle import prefix_lines, prefixes_used, triples_block
from kg.rdf import Triple
from kg.reader import read_build, read_report, trig_graphs, trig_path

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


def _send(
    endpoint: str,
    method: str,
    graph: str | None,
    body: bytes | BinaryIO,
    timeout: float,
    length: int | None = None,
) -> None:
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    url = f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"
    headers = {"Content-Type": "text/turtle; charset=utf-8"}
    if length is not None:  # a file: urllib sends it in blocks
        headers["Content-Length"] = str(length)
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
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
    method = MODES[mode]
    if graph is not None:
        return Pushed(((graph, _send_merged(build_dir, endpoint, method, graph, timeout)),))
    sent: list[tuple[str, int]] = []
    for name, triples in trig_graphs(trig_path(build_dir)):
        _send(endpoint, method, name, _turtle(triples), timeout)
        sent.append((name or "default", len(triples)))
    return Pushed(tuple(sent))


def _send_merged(
    build_dir: str | Path, endpoint: str, method: str, graph: str, timeout: float
) -> int:
    """Send the merged graph as one: ``kg.ttl`` itself, streamed from disk, if the build
    has it (else made from ``kg.trig``); return its triple count."""
    merged = Path(build_dir) / "kg.ttl"
    counts = read_report(build_dir).get("counts")
    count = counts.get("triples") if isinstance(counts, dict) else None
    if merged.is_file() and isinstance(count, int):
        with merged.open("rb") as body:
            _send(endpoint, method, graph, body, timeout, merged.stat().st_size)
        return count
    everything = read_build(build_dir).merged
    _send(endpoint, method, graph, _turtle(everything), timeout)
    return len(everything)
