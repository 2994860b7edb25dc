"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a build, at ``/sparql``.

- ``GET /`` answers a page to type a query in (kg's prefixes declared, the named queries as
  examples) and read its answer as a table; ``GET /graph`` the build's graph as the page
  ``kg export -f html`` writes (:mod:`kg.exporters.html`), made on first request and kept.
  Both are sent with a Content-Security-Policy that lets them reach nothing but this server
  and be framed by no other page.

- Queries come by GET (``?query=``) or POST (``application/x-www-form-urlencoded`` with
  ``query=``, or ``application/sparql-query`` as the body).
- Results follow the Accept header: SPARQL JSON (default), XML, CSV or TSV for SELECT and
  ASK; Turtle (default), N-Triples, RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE. A
  ``format=json|xml|csv|tsv`` parameter overrides Accept, for a browser's address bar.
- Updates (``update=``, ``application/sparql-update``, or INSERT/DELETE/LOAD … as a query)
  are refused with 403 and a message; SERVICE, which would make kg send requests wherever a
  query says, is a 400 unless ``allow_service``; a syntax error is 400 with its position; a
  query that runs past the time limit or its memory is stopped and answered 503.
- It binds to 127.0.0.1 unless told otherwise, answers only requests whose ``Host`` names
  it (421 otherwise: a web page must not reach it by DNS rebinding), and sends a CORS
  header only for the origin ``cors`` names.
- Everything is bounded: a request body (1 MiB), the connections served at once (503 to
  the next), the queries run at once (503), a connection that idles, and the time a
  request may take to arrive.
- A client that hangs up is not an error; anything else is one line in the log, with its
  traceback only under ``debug``.
"""

from __future__ import annotations

import html
import ipaddress
import re
import socket
import socketserver
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import QueryError, QueryLimitError
from kg.sparql import read
from kg.store import (
    DEFAULT_MEMORY,
    DEFAULT_QUERIES,
    DEFAULT_TIMEOUT,
    GRAPH_TYPES,
    RESULT_TYPES,
    execute,
    open_store,
)

__all__ = [
    "DEFAULT_CONNECTIONS",
    "IDLE_TIMEOUT",
    "MAX_BODY",
    "Settings",
    "make_server",
    "serve",
    "is_loopback",
]

_SHORT = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
}
#: Bytes a request body may hold: a query longer than 1 MiB is not a query.
MAX_BODY = 1 << 20
#: Connections served at once; the next is answered 503.
DEFAULT_CONNECTIONS = 64
#: Seconds a connection may send nothing before it is closed; a request must arrive whole
#: within three times as long.
IDLE_TIMEOUT = 10.0
_LENGTH = re.compile(r"[0-9]{1,19}")
_NOT_FOUND = b"kg serves SPARQL at /sparql, a query page at / and the graph at /graph\n"
#: The named query the query page opens with, when there is one of that name.
FIRST_QUERY = "capabilities-by-product-year"
# The pages may run their own inline scripts and fetch from this server, nothing else.
_PAGE_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
_PAGE_HEADERS = {
    "Content-Security-Policy": _PAGE_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True, slots=True)
class Settings:
    """How an endpoint answers: what it lets through, and its limits."""

    #: Seconds a query may run (then 503).
    timeout: float = DEFAULT_TIMEOUT
    #: Let queries call SERVICE, which makes kg send requests to the addresses they name.
    allow_service: bool = False
    #: The origin a web page must come from to read answers (CORS); None: no page may.
    cors: str | None = None
    #: Host names answered besides localhost, the bound address and IP addresses.
    allow_hosts: tuple[str, ...] = ()
    #: Connections served at once.
    max_connections: int = DEFAULT_CONNECTIONS
    #: Seconds a connection may idle.
    idle: float = IDLE_TIMEOUT
    #: Log every request.
    verbose: bool = False
    #: Log tracebacks of internal errors.
    debug: bool = False


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


def _host_name(header: str) -> str:
    """The name in a Host header, without its port, lower case, without a final dot."""
    name = header.strip().lower()
    if name.startswith("["):  # [::1]:7878
        name = name[1 : name.find("]")] if "]" in name else name[1:]
    elif name.count(":") == 1:
        name = name.rsplit(":", 1)[0]
    return name.rstrip(".")


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps the endpoint to this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    _deadline: threading.Timer

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.settings.idle)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
        if self.server.settings.verbose:
            super().log_message(format, *args)

    def handle_one_request(self) -> None:
        # A request must arrive whole in time, however slowly its bytes trickle in.
        self._deadline = threading.Timer(3 * self.server.settings.idle, self._hang_up)
        self._deadline.daemon = True
        self._deadline.start()
        try:
            super().handle_one_request()
        finally:
            self._deadline.cancel()

    def _hang_up(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib's name
        if not self._admitted():
            return
        if self.headers.get("Content-Length") not in (None, "0") or self.headers.get(
            "Transfer-Encoding"
        ):
            self.close_connection = True  # a body it does not read must not pass as a request
        self._deadline.cancel()
        url = urlsplit(self.path)
        if url.path in ("/", "/graph"):
            self._page(url.path)
            return
        if url.path != "/sparql":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", _NOT_FOUND)
            return
        params = self._params(url.query)
        if params is not None:
            self._answer(params, None)

    def _params(self, query: str) -> dict[str, list[str]] | None:
        """The parameters of a query string or form, or None once a 400 was sent: their text
        is UTF-8, and a query is asked once."""
        try:
            params = parse_qs(query, errors="strict")
        except UnicodeDecodeError as exc:
            self._not_utf8(exc)
            return None
        if len(params.get("query", ())) > 1:
            message = f"{len(params['query'])} query parameters; send one\n"
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", message.encode())
            return None
        return params

    def _not_utf8(self, exc: UnicodeDecodeError) -> None:
        # Read with U+FFFD for its bad bytes, a query would match no literal it names: a 200
        # with no rows, for a question the client never asked.
        message = f"the query is not UTF-8 (byte {exc.start}); send it as UTF-8\n"
        self._send(HTTPStatus.BAD_REQUEST, "text/plain", message.encode())

    def _page(self, path: str) -> None:
        try:
            payload = self.server.query_page() if path == "/" else self.server.graph_page()
        except OSError:
            raise  # the connection's, or the build's files: said once in handle_error
        except Exception as exc:
            self.server.note(exc, self.client_address)
            message = f"internal error in kg ({type(exc).__name__}); see the server's log\n"
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain", message.encode(), True)
            return
        self._send(HTTPStatus.OK, "text/html", payload, headers=_PAGE_HEADERS)

    def do_POST(self) -> None:  # noqa: N802 - stdlib's name
        if not self._admitted():
            return
        length = self._length()
        if length is None:
            return
        body = self.rfile.read(length)
        if len(body) < length:  # the client hung up
            self.close_connection = True
            return
        self._deadline.cancel()
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", _NOT_FOUND)
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = self._params(url.query)
        if params is None:
            return
        if ctype == "application/sparql-update":
            self._refuse()
        elif ctype == "application/sparql-query":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError as exc:
                self._not_utf8(exc)
                return
            self._answer(params, text)
        elif ctype == "application/x-www-form-urlencoded":
            try:
                form = self._params(body.decode("utf-8"))  # and its %-escapes, as UTF-8
            except UnicodeDecodeError as exc:
                self._not_utf8(exc)
                return
            if form is not None:
                params.update(form)
                self._answer(params, None)
        else:
            message = f"unsupported Content-Type {ctype!r}; send application/sparql-query\n"
            self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain", message.encode())

    # HEAD is GET without the body (_send writes none): every HTTP server must answer it.
    do_HEAD = do_GET  # noqa: N815 - stdlib's name

    def _not_allowed(self) -> None:
        """405 for the methods that would write (SPARQL Graph Store Protocol): the body is not
        read, so the connection closes."""
        self._deadline.cancel()
        message = (
            f"kg serve is read-only: {self.command} is not allowed; query /sparql with GET or "
            "POST\n"
        )
        allow = {"Allow": "GET, POST, OPTIONS"}
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, "text/plain", message.encode(), True, allow)

    do_PUT = do_DELETE = do_PATCH = _not_allowed  # noqa: N815 - stdlib's names

    def do_OPTIONS(self) -> None:  # noqa: N802 - stdlib's name
        """A browser's preflight: allowed only for the origin of ``cors``."""
        if not self._admitted():
            return
        self._deadline.cancel()
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", "GET, POST, OPTIONS")
        if self.server.settings.cors is not None:
            self.send_header("Access-Control-Allow-Origin", self.server.settings.cors)
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Accept, Content-Type")
            self.send_header("Access-Control-Max-Age", "600")
            self.send_header("Vary", "Origin")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _admitted(self) -> bool:
        """Whether the request names this server in its Host header (else answered 421)."""
        hosts = self.headers.get_all("Host") or []
        if len(hosts) > 1:
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"more than one Host header\n", True)
            return False
        if not hosts or self.server.answers(_host_name(hosts[0])):
            return True
        name = _host_name(hosts[0])[:100]
        message = (
            f"kg serve answers requests for {', '.join(self.server.names)} and IP addresses, "
            f"not for {name!r}: a web page may be trying to read the graph through your "
            f"browser (DNS rebinding). If {name!r} is your name for this machine, start kg "
            f"serve with --allow-host {name}\n"
        )
        self._send(HTTPStatus.MISDIRECTED_REQUEST, "text/plain", message.encode(), True)
        return False

    def _length(self) -> int | None:
        """The body's length from Content-Length, or None once a refusal was sent."""
        values = {v.strip() for v in self.headers.get_all("Content-Length") or []}
        value = min(values, default="")
        if self.headers.get("Transfer-Encoding"):
            status, reason = HTTPStatus.LENGTH_REQUIRED, "send the query with a Content-Length"
        elif not values:
            status, reason = HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length"
        elif len(values) > 1 or not _LENGTH.fullmatch(value):
            status = HTTPStatus.BAD_REQUEST
            shown = "several" if len(values) > 1 else repr(value[:40])
            reason = f"Content-Length must be one number of bytes, not {shown}"
        elif int(value) > MAX_BODY:
            status = HTTPStatus.REQUEST_ENTITY_TOO_LARGE
            reason = f"query too long: {value} bytes; the limit is {MAX_BODY} (1 MiB)"
        else:
            return int(value)
        self._send(status, "text/plain", f"{reason}\n".encode(), True)
        return None

    def _refuse(self) -> None:
        self._send(
            HTTPStatus.FORBIDDEN,
            "text/plain",
            b"this endpoint is read-only: SPARQL Update is refused\n",
        )

    def _answer(self, params: dict[str, list[str]], body: str | None) -> None:
        try:
            self._run(params, body)
        except OSError:
            raise  # the connection's: handle_error says nothing of a client that hung up
        except Exception as exc:
            self.server.note(exc, self.client_address)
            message = f"internal error in kg ({type(exc).__name__}); see the server's log\n"
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain", message.encode(), True)

    def _run(self, params: dict[str, list[str]], body: str | None) -> None:
        if "update" in params:
            self._refuse()
            return
        text = body if body is not None else (params.get("query") or [""])[0]
        if not text.strip():
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"no query given (query=...)\n")
            return
        settings = self.server.settings
        try:
            query = read(text)
            if query.kind == "UPDATE":
                self._refuse()
                return
            fmt = (params.get("format") or [""])[0]
            media = _SHORT.get(fmt) or _negotiate(self.headers.get("Accept") or "*/*", query.kind)
            payload = execute(
                self.server.store, query, media, settings.timeout, settings.allow_service
            )
        except QueryLimitError as exc:
            retry = {"Retry-After": "1"} if exc.busy else {}
            self._send(
                HTTPStatus.SERVICE_UNAVAILABLE, "text/plain", f"{exc}\n".encode(), False, retry
            )
            return
        except QueryError as exc:
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"{exc}\n".encode())
            return
        self._send(HTTPStatus.OK, media, payload)

    def _send(
        self,
        status: HTTPStatus,
        media: str,
        payload: bytes,
        close: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer, and with ``close`` end the connection (after a request kg did not read
        whole, what follows it cannot be read as the next request)."""
        self.send_response(status)
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media else ""
        self.send_header("Content-Type", media + charset)
        self.send_header("Content-Length", str(len(payload)))
        if self.server.settings.cors is not None:
            self.send_header("Access-Control-Allow-Origin", self.server.settings.cors)
            self.send_header("Vary", "Origin")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if close:
            self.close_connection = True
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # Ctrl-C stops at once, whatever the connections are doing
    request_queue_size = 64

    def __init__(
        self,
        address: tuple[str, int],
        store: Any,
        settings: Settings,
        names: Sequence[str],
        build_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.build_dir = build_dir
        self._pages: dict[str, bytes] = {}
        self._pages_lock = threading.Lock()
        #: The host names answered (IP addresses always are).
        self.names = tuple(dict.fromkeys(n.lower().rstrip(".") for n in names if n))
        self._open = 0
        self._open_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer's own asks the resolver for a name it never uses.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def query_page(self) -> bytes:
        """``/``: the query page, made once."""
        with self._pages_lock:
            if "/" not in self._pages:
                self._pages["/"] = query_page().encode()
            return self._pages["/"]

    def graph_page(self) -> bytes:
        """``/graph``: the build's graph page (:mod:`kg.exporters.html`), made once, on the
        first request (reading the build back costs as much as ``kg export`` does)."""
        with self._pages_lock:
            if "/graph" not in self._pages:
                from kg.exporters.html import html_lines
                from kg.reader import read_build

                if self.build_dir is None:
                    raise QueryError("this endpoint was started without a build directory")
                build = read_build(self.build_dir)
                self._pages["/graph"] = "".join(html_lines(build)).encode()
            return self._pages["/graph"]

    def answers(self, name: str) -> bool:
        """Whether a request for host ``name`` is answered (DNS rebinding needs a name)."""
        return name in self.names or _is_address(name)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            full = self._open >= self.settings.max_connections
            if not full:
                self._open += 1
        if full:
            self._turn_away(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._closed()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._closed()

    def _closed(self) -> None:
        with self._open_lock:
            self._open -= 1

    def _turn_away(self, request: Any) -> None:
        """Answer 503 to a connection over the limit, without a thread, and close it."""
        message = (
            f"kg serve has {self.settings.max_connections} connections open, the most it "
            "serves at once (--max-connections); try again\n"
        ).encode()
        head = (
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(message)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n"
        ).encode()
        try:
            request.setblocking(False)
            request.send(head + message)
            request.recv(1 << 16)  # what the client sent, so that closing does not reset
        except OSError:
            pass
        self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):  # a client that hung up, reset, or went silent
            if self.settings.verbose:
                sys.stderr.write(f"{client_address[0]}: connection lost ({exc})\n")
            return
        if exc is not None:
            self.note(exc, client_address)

    def note(self, exc: BaseException, client_address: Any) -> None:
        """Log an internal error: one line, or its traceback under ``debug``."""
        if self.settings.debug:
            import traceback

            traceback.print_exception(exc, file=sys.stderr)
            return
        sys.stderr.write(
            f"internal error in kg answering {client_address[0]} ({type(exc).__name__}: "
            f"{exc}); run `kg --debug serve ...` for the traceback, and report it\n"
        )


def make_server(
    build_dir: str | Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = DEFAULT_TIMEOUT,
    verbose: bool = False,
    store_dir: str | Path | None = None,
    *,
    allow_service: bool = False,
    cors: str | None = None,
    allow_hosts: Sequence[str] = (),
    max_queries: int = DEFAULT_QUERIES,
    max_memory: float | None = DEFAULT_MEMORY,
    max_connections: int = DEFAULT_CONNECTIONS,
    idle_timeout: float = IDLE_TIMEOUT,
    debug: bool = False,
) -> _Server:
    """Load a build and bind an endpoint to ``host:port`` (port 0: any free port).

    ``store_dir`` keeps the loaded store on disk there (:func:`kg.store.open_store`). The
    endpoint answers requests whose Host is localhost, ``host``, one of ``allow_hosts``, or
    an IP address; ``cors`` is the one web origin allowed to read answers.
    """
    store = open_store(
        build_dir, store_dir, max_queries=max_queries, max_memory=max_memory, debug=debug
    )
    settings = Settings(
        timeout=timeout,
        allow_service=allow_service,
        cors=cors,
        allow_hosts=tuple(allow_hosts),
        max_connections=max_connections,
        idle=idle_timeout,
        verbose=verbose,
        debug=debug,
    )
    names = ["localhost", host.strip("[]"), *allow_hosts]
    try:
        return _Server((host.strip("[]"), port), store, settings, names, Path(build_dir))
    except OSError as exc:
        raise QueryError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def query_page() -> str:
    """The query page: kg's prefixes, the named queries as examples, the first in the box."""
    from kg.exporters.html import script_json, static_text
    from kg.query import named_queries, queries_dir
    from kg.rdf import PREFIXES

    examples = {name: _text(queries_dir() / f"{name}.rq") for name in named_queries()}
    name = FIRST_QUERY if FIRST_QUERY in examples else next(iter(examples), "")
    first = examples.get(name, "")
    declared = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())
    slots = {
        "QUERY": html.escape(first, quote=False),
        "PREFIXES": html.escape(declared, quote=False),
        "DATA": script_json({"examples": examples, "first": name, "prefixes": dict(PREFIXES)}),
    }
    template = static_text("query.html")
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda slot: slots[slot.group(1)], template)


def _text(path: Path) -> str:
    """A named query's text for the page, or a comment saying why it has none: a FIFO would
    hang the page's request for ever, and no query past :data:`MAX_BODY` can be sent."""
    import stat

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return f"# {path.name}: a pipe, socket or device, not a query file\n"
        if info.st_size > MAX_BODY:
            size = f"{info.st_size / 1e6:.1f} MB"
            return f"# {path.name}: {size}, more than a query can be (1 MiB)\n"
        return path.read_text(encoding="utf-8-sig")  # Notepad's byte-order mark is no SPARQL
    except (OSError, UnicodeDecodeError) as exc:
        return f"# {path.name}: cannot be read ({exc})\n"


def serve(server: _Server, ready: threading.Event | None = None) -> None:
    """Serve until interrupted."""
    if ready is not None:
        ready.set()
    try:
        server.serve_forever()
    finally:
        server.server_close()
