"""``kg push``: load a build into a SPARQL server over the SPARQL 1.1 Graph Store Protocol.

Each article's named graph goes to ``ENDPOINT?graph=<article IRI>`` and the ontology to
``ENDPOINT?default``, so the server holds the same dataset as ``kg.trig``. ``replace`` (HTTP
PUT, the default) makes a graph on the server exactly the build's; ``add`` (POST) merges into
what is there. With ``--graph IRI`` everything goes into that one graph instead: the build's
own ``kg.ttl``, streamed from disk. Graphs are read from ``kg.trig`` and sent one at a time,
so a push of a large build takes little memory.
"""

from __future__ import annotations

import base64
import http.client
import math
import re
import socket
import ssl
import threading
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.errors import KGError
from kg.exporters.turtle import prefix_lines, prefixes_used, triples_block
from kg.loaders import display_path
from kg.rdf import Triple
from kg.reader import read_build, read_report, trig_graphs, trig_path

__all__ = ["Pushed", "push", "redact", "MODES", "DEFAULT_TIMEOUT"]

MODES = {"replace": "PUT", "add": "POST"}
#: Seconds each graph (or, with ``--graph``, the whole build) has to be sent and answered.
DEFAULT_TIMEOUT = 300.0

#: What an HTTP request line cannot hold: spaces, control and non-ASCII characters.
_NOT_IN_URL = re.compile(r"[^\x21-\x7e]")
#: An absolute IRI as Turtle and the Graph Store Protocol take it (RFC 3987, loosely).
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`\x7f-\x9f]+")


@dataclass(frozen=True, slots=True)
class Pushed:
    """What a push sent: one line per graph (its name and triple count)."""

    graphs: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class _Endpoint:
    """A Graph Store endpoint, parsed once: where to connect, what to send, what to show."""

    url: str
    shown: str  # the URL with its password (if any) masked: what messages say
    https: bool
    host: str
    port: int | None
    target: str  # path and query
    authorization: str | None

    @classmethod
    def parse(cls, url: str) -> _Endpoint:
        shown = redact(url)
        bad = _NOT_IN_URL.search(url)
        if bad:  # http.client would fail on it mid-push, or send it as a header's line end
            raise KGError(
                f"{shown!r} is not a URL of a Graph Store endpoint: it holds {bad.group()!r}, "
                "which a URL cannot; percent-encode it (%20 for a space)"
            )
        try:
            parts = urllib.parse.urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise KGError(f"{shown!r} is not a URL of a Graph Store endpoint ({exc})") from exc
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise KGError(f"{shown!r} is not an http(s) URL of a Graph Store endpoint")
        authorization = None
        if parts.username is not None:
            user = urllib.parse.unquote(parts.username)
            password = urllib.parse.unquote(parts.password or "")
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            authorization = f"Basic {token}"
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        return cls(url, shown, parts.scheme == "https", parts.hostname, port, target, authorization)


def redact(url: str) -> str:
    """``url`` with the password of its user info, if any, shown as ``***``.

    >>> redact("http://kg:secret@example.org:7878/store")
    'http://kg:***@example.org:7878/store'
    """
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url.split("@", 1)[-1] if "@" in url else url
    if parts.password is None:
        return url
    userinfo, _, host = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def _turtle(triples: Iterable[Triple]) -> bytes:
    def lines() -> Iterator[str]:
        yield from prefix_lines(prefixes_used([triples]))
        yield from triples_block(triples)

    return "".join(lines()).encode("utf-8")


def _send(
    endpoint: _Endpoint,
    method: str,
    graph: str | None,
    body: bytes | BinaryIO,
    timeout: float,
    length: int | None = None,
) -> None:
    """Send one graph; KGError unless the server answers 2xx within ``timeout`` seconds.

    The deadline is for the whole exchange, not for each read: a server that sends a byte
    now and then would keep a read timeout from ever firing. When it passes, the socket is
    shut down under the reads and writes in progress.
    """
    name = "default" if graph is None else f"<{graph}>"
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    target = f"{endpoint.target}{'&' if '?' in endpoint.target else '?'}{query}"
    headers = {"Content-Type": "text/turtle; charset=utf-8"}
    headers["Content-Length"] = str(len(body) if isinstance(body, bytes) else length)
    if endpoint.authorization:
        headers["Authorization"] = endpoint.authorization
    connection: http.client.HTTPConnection
    if endpoint.https:
        context = ssl.create_default_context()
        connection = http.client.HTTPSConnection(
            endpoint.host, endpoint.port, timeout=timeout, context=context
        )
    else:
        connection = http.client.HTTPConnection(endpoint.host, endpoint.port, timeout=timeout)
    expired = threading.Event()

    def cut() -> None:
        expired.set()
        sock = connection.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    timer = threading.Timer(timeout, cut)
    timer.daemon = True
    timer.start()
    try:
        connection.request(method, target, body=body, headers=headers)
        response = connection.getresponse()
        status, reason = response.status, display_path(response.reason)
        location = response.getheader("Location")
        # A few kilobytes of the answer at most: kg shows its start (an error's reason), and a
        # server may send gigabytes. Its words are shown on one line, escaped as file names are.
        wanted = _DETAIL_BYTES if response.length is None else min(_DETAIL_BYTES, response.length)
        data = response.read(wanted)
        if len(data) < wanted and response.length:  # it ended before its Content-Length
            raise http.client.IncompleteRead(data, response.length)
        detail = display_path(" ".join(data.decode("utf-8", "replace").split()))[:300]
    except http.client.IncompleteRead as exc:
        if expired.is_set():
            raise _late(endpoint, name, timeout) from exc
        raise KGError(
            f"{endpoint.shown}: the server's answer for graph {name} was cut short "
            f"({len(exc.partial)} bytes read, {exc.expected} more expected); it may or may "
            "not have stored the graph"
        ) from exc
    except (http.client.HTTPException, OSError) as exc:
        if expired.is_set() or isinstance(exc, TimeoutError):
            raise _late(endpoint, name, timeout) from exc
        if isinstance(exc, http.client.RemoteDisconnected):
            raise KGError(
                f"{endpoint.shown}: the server closed the connection without answering "
                f"graph {name}; it may or may not have stored the graph"
            ) from exc
        if isinstance(exc, http.client.HTTPException):
            raise KGError(
                f"{endpoint.shown}: the server's answer for graph {name} is not HTTP "
                f"({type(exc).__name__}: {redact(str(exc))[:200]})"
            ) from exc
        reason_text = exc.strerror or str(exc) or type(exc).__name__
        raise KGError(
            f"{endpoint.shown}: cannot reach the server ({reason_text}); is it running, and "
            "is this its Graph Store endpoint (Oxigraph: http://HOST:PORT/store)?"
        ) from exc
    finally:
        timer.cancel()
        connection.close()
    if 300 <= status < 400:
        # urllib would follow it, and turn a POST into a GET that stores nothing.
        where = urllib.parse.urljoin(endpoint.url, location) if location else "nowhere"
        where = display_path(where)
        raise KGError(
            f"{endpoint.shown}: the server redirects graph {name} to {redact(where)} "
            f"({status} {reason}); kg does not follow redirects: give that address as "
            "--endpoint if it is the Graph Store endpoint"
        )
    if not 200 <= status < 300:
        raise KGError(
            f"{endpoint.shown}: the server refused graph {name} ({status} {reason}"
            + (f": {detail}" if detail else "")
            + ")"
        )


#: How much of a server's answer kg reads: its first 300 characters are shown.
_DETAIL_BYTES = 4096


def _late(endpoint: _Endpoint, name: str, timeout: float) -> KGError:
    return KGError(
        f"{endpoint.shown}: no answer for graph {name} within {_seconds(timeout)} s; is the "
        "server overloaded? --timeout gives each graph longer"
    )


def _seconds(value: float) -> str:
    return f"{value:g}"


def push(
    build_dir: str | Path,
    endpoint: str,
    graph: str | None = None,
    mode: str = "replace",
    timeout: float = DEFAULT_TIMEOUT,
) -> Pushed:
    """Send a build to a Graph Store Protocol endpoint; see the module docstring.

    Each graph has ``timeout`` seconds to be sent and answered. A user name and password in
    the URL are sent as HTTP Basic authentication and never shown in a message. When a
    graph fails, the KGError says which graphs were written before it.
    """
    if mode not in MODES:
        raise KGError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
    if not (math.isfinite(timeout) and timeout > 0):
        raise KGError(f"the timeout must be a positive number of seconds, not {timeout!r}")
    target = _Endpoint.parse(endpoint)
    if graph is not None and not _IRI.fullmatch(graph):
        raise KGError(
            f"--graph {graph!r} is not an absolute IRI (a scheme, then no space, control "
            'character or any of <>"{}|\\^`); give one such as urn:kg:all'
        )
    method = MODES[mode]
    if graph is not None:
        try:
            count = _send_merged(build_dir, target, method, graph, timeout)
        except KGError as exc:
            raise KGError(f"{exc}; no graph was written") from exc
        return Pushed(((graph, count),))
    sent: list[tuple[str, int]] = []
    graphs = trig_graphs(trig_path(build_dir))
    try:
        for name, triples in graphs:
            _send(target, method, name, _turtle(triples), timeout)
            sent.append((name or "default", len(triples)))
    except KGError as exc:
        raise KGError(f"{exc}; {_written([name for name, _ in sent])}") from exc
    return Pushed(tuple(sent))


def _written(names: list[str]) -> str:
    """Which graphs a push that failed had written."""
    if not names:
        return "no graph was written"
    shown = ["the default graph" if n == "default" else f"<{n}>" for n in names[:5]]
    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
    return (
        f"the {len(names)} graph(s) before it were written ({', '.join(shown)}{more}): "
        "run kg push again to send them all"
    )


def _send_merged(
    build_dir: str | Path, endpoint: _Endpoint, method: str, graph: str, timeout: float
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
