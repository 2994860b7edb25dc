"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a build, at ``/sparql``.

- Queries come by GET (``?query=``) or POST (``application/x-www-form-urlencoded`` with
  ``query=``, or ``application/sparql-query`` as the body).
- Results follow the Accept header: SPARQL JSON (default), XML, CSV or TSV for SELECT and
  ASK; Turtle (default), N-Triples, RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE. A
  ``format=json|xml|csv|tsv`` parameter overrides Accept, for a browser's address bar.
- Updates (``update=``, ``application/sparql-update``, or INSERT/DELETE/LOAD … as a query)
  are refused with 403 and a message; a syntax error is 400 with its position; a query that
  runs past the time limit is stopped and answered 503.
- It binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import QueryError
from kg.store import DEFAULT_TIMEOUT, GRAPH_TYPES, RESULT_TYPES, execute, open_store, query_kind

__all__ = ["make_server", "serve"]

_SHORT = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
}
_MAX_BODY = 1 << 20  # a query longer than 1 MiB is not a query


def _negotiate(accept: str, kind: str) -> str:
    """The media type to answer in, from an Accept header (q-values honoured)."""
    table = RESULT_TYPES if kind in ("SELECT", "ASK") else GRAPH_TYPES
    default = "application/sparql-results+json" if table is RESULT_TYPES else "text/turtle"
    offers: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        q = 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media:
            offers.append((-q, position, media))
    for neg_q, _, media in sorted(offers):
        if neg_q >= 0:
            break
        if media in table:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
        if self.server.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:  # noqa: N802 - stdlib's name
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", b"kg serves SPARQL at /sparql\n")
            return
        self._answer(parse_qs(url.query), None)

    def do_POST(self) -> None:  # noqa: N802 - stdlib's name
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", b"kg serves SPARQL at /sparql\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", b"query too long\n")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if ctype == "application/sparql-update":
            self._refuse()
        elif ctype == "application/sparql-query":
            self._answer(params, body)
        elif ctype == "application/x-www-form-urlencoded":
            params.update(parse_qs(body))
            self._answer(params, None)
        else:
            message = f"unsupported Content-Type {ctype!r}; send application/sparql-query\n"
            self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain", message.encode())

    def _refuse(self) -> None:
        self._send(
            HTTPStatus.FORBIDDEN,
            "text/plain",
            b"this endpoint is read-only: SPARQL Update is refused\n",
        )

    def _answer(self, params: dict[str, list[str]], body: str | None) -> None:
        if "update" in params:
            self._refuse()
            return
        text = body if body is not None else (params.get("query") or [""])[0]
        if not text.strip():
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"no query given (query=...)\n")
            return
        kind = query_kind(text)
        if kind == "UPDATE":
            self._refuse()
            return
        fmt = (params.get("format") or [""])[0]
        media = _SHORT.get(fmt) or _negotiate(self.headers.get("Accept") or "*/*", kind)
        try:
            payload = execute(self.server.store, text, media, self.server.timeout)
        except QueryError as exc:
            status = (
                HTTPStatus.SERVICE_UNAVAILABLE
                if "stopped after" in str(exc)
                else HTTPStatus.BAD_REQUEST
            )
            self._send(status, "text/plain", f"{exc}\n".encode())
            return
        self._send(HTTPStatus.OK, media, payload)

    def _send(self, status: HTTPStatus, media: str, payload: bytes) -> None:
        self.send_response(status)
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media else ""
        self.send_header("Content-Type", media + charset)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Any, timeout: float, verbose: bool):
        self.store = store
        self.timeout = timeout
        self.verbose = verbose
        super().__init__(address, _Handler)


def make_server(
    build_dir: str | Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = DEFAULT_TIMEOUT,
    verbose: bool = False,
    store_dir: str | Path | None = None,
) -> _Server:
    """Load a build and bind an endpoint to ``host:port`` (port 0: any free port).

    ``store_dir`` keeps the loaded store on disk there (:func:`kg.store.open_store`).
    """
    store = open_store(build_dir, store_dir)
    try:
        return _Server((host, port), store, timeout, verbose)
    except OSError as exc:
        raise QueryError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def serve(server: _Server, ready: threading.Event | None = None) -> None:
    """Serve until interrupted."""
    if ready is not None:
        ready.set()
    try:
        server.serve_forever()
    finally:
        server.server_close()
