"""The command line: ``kg build``, ``query``, ``export``, ``serve``, ``push``, ``eval``,
``stats``.

Thin by design: each verb parses its arguments, calls the library and prints. A
:class:`~kg.errors.KGError` becomes a one-line message and exit status 1 (a usage error is
2); ``--debug`` shows the traceback instead. A verb whose output pipe was closed stops
quietly with status 141 (:data:`EXIT_PIPE`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Container, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from kg.errors import KGError

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])


def _guard(func: F) -> F:
    """Turn library errors into clean CLI errors (or tracebacks under --debug)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = click.get_current_context().find_root().params.get("debug")
        try:
            return func(*args, **kwargs)
        except KGError as exc:
            if debug:
                raise
            raise click.ClickException(str(exc)) from exc
        except (click.ClickException, click.exceptions.Exit):
            raise
        except KeyboardInterrupt:
            if debug:
                raise
            # What a shell shows for a program stopped by SIGINT (128 + 2); each output is
            # whole (the last run's or this one's), and workers have stopped.
            click.echo("interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:
            if _reader_gone(exc):
                _leave_quietly()
            if debug:
                raise
            raise click.ClickException(
                f"internal error in kg ({type(exc).__name__}: {exc}); "
                "run again with `kg --debug ...` for the traceback, and report it"
            ) from exc

    return wrapper  # type: ignore[return-value]


#: The exit status of a verb stopped by Ctrl-C.
EXIT_INTERRUPTED = 130
#: The exit status of a verb whose output pipe was closed (`kg stats | head`): what a shell
#: shows for a program that SIGPIPE stopped (128 + 13), as it does for cat or grep.
EXIT_PIPE = 141


def _streams_gone() -> list[int]:
    """The descriptors of stdout and stderr whose reader has closed the pipe."""
    import select

    gone = []
    for stream in (sys.stdout, sys.stderr):
        try:
            fd = stream.fileno()
        except (AttributeError, OSError, ValueError):  # not a file (CliRunner's buffers)
            continue
        poll = select.poll()
        poll.register(fd, 0)  # POLLERR is reported whatever is asked for
        if any(event & select.POLLERR for _, event in poll.poll(0)):
            gone.append(fd)
    return gone


def _reader_gone(exc: BaseException) -> bool:
    """Whether ``exc`` is a write to a stdout or stderr that nobody reads any more (and not
    some other broken pipe, such as a socket's, which is an error to report)."""
    return isinstance(exc, BrokenPipeError) and bool(_streams_gone())


def _leave_quietly() -> NoReturn:
    """Exit with :data:`EXIT_PIPE` and no message, as a program stopped by SIGPIPE does."""
    # The interpreter flushes stdout once more on its way out; on a broken pipe that flush
    # fails too and prints "Exception ignored ...". /dev/null takes it instead.
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in _streams_gone():
        os.dup2(devnull, fd)
    os.close(devnull)
    sys.exit(EXIT_PIPE)


def _cores(workers: int | None) -> int:
    """The processes asked for, else one per core."""
    return workers or os.cpu_count() or 1


def _workers(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    """At most four workers per core: a forked pool starts them all at once, so a typo
    (--workers 100000) would fork that many processes."""
    cores = os.cpu_count() or 1
    if value is not None and value > 4 * cores:
        raise click.BadParameter(
            f"{value} processes on {cores} core{'s' if cores > 1 else ''}: at most "
            f"{4 * cores} (4 per core; extraction is bound by the processor)",
            ctx,
            param,
        )
    return value


class _Positive(click.ParamType[float]):
    """A positive, finite number of ``unit`` (FloatRange lets NaN and infinity through);
    ``what`` names it in the error (default: "number of UNIT")."""

    def __init__(self, unit: str, what: str | None = None, most: float = 1e9) -> None:
        self.name = unit
        self.what = what or f"number of {unit}"
        self.most = most  # past it, timers and limits overflow (1e308 is finite)

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        import math

        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(number) or number <= 0:
            self.fail(f"{value!r} is not a positive {self.what}", param, ctx)
        if number > self.most:
            self.fail(f"{value!r} is too large: at most {self.most:,.0f} {self.name}", param, ctx)
        return number


class _Path(click.Path):
    """A path that is not empty: ``''`` would be the current directory, which
    ``-o "$OUT"`` with ``OUT`` unset must not build into (or read from)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value:
            self.fail(
                "an empty path; give a file or directory (is a shell variable unset?)", param, ctx
            )
        return super().convert(value, param, ctx)


class _Origin(click.ParamType[str]):
    """A web origin as browsers send it (``https://yasgui.example``, ``http://localhost:8080``)
    or ``*``: it is sent back in a header, so it holds no line end, path or space."""

    name = "origin"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        import re

        text = str(value)
        if text == "*" or (
            text.isascii()
            and text.isprintable()
            and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*://[^/?#\s]+", text)
        ):
            return text
        self.fail(
            f"{text!r} is not a web origin (scheme://host[:port], e.g. https://yasgui.example) "
            "nor *",
            param,
            ctx,
        )


def _empty_host(ctx: click.Context, param: click.Parameter) -> NoReturn:
    raise click.BadParameter(
        "an empty address; give 127.0.0.1 (this machine) or 0.0.0.0 (every network the "
        "machine is on)",
        ctx,
        param,
    )


_MEGABYTES = _Positive("megabytes", "size in megabytes")
# At most 11 days: a timer of more than about 24 days (2**31 ms) overflows select().
_SECONDS = _Positive("seconds", most=1e6)

_force_option = click.option(
    "--force",
    is_flag=True,
    help="Write into a directory that is not empty and is not a kg build (its files of "
    "the same names are replaced).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def main(debug: bool) -> None:
    """kg: a knowledge-graph builder for Chinese news.

    Example:

    \b
        kg build seeds -o out && kg query evidence -d out
    """


@main.command()
@click.argument("paths", nargs=-1, type=_Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    default="out",
    show_default=True,
    type=_Path(path_type=Path),
    help="Directory to write the build into.",
)
@click.option(
    "--ontology",
    "ontology_paths",
    multiple=True,
    type=_Path(path_type=Path),
    help="Use this ontology instead of kg's: a directory of *.ttl or a file (repeatable; "
    "default: ./ontology if there is one, else kg's own).",
)
@click.option(
    "--add-ontology",
    "added_ontology",
    multiple=True,
    type=_Path(path_type=Path),
    help="Add the terms of this *.ttl file or directory to the ontology (repeatable).",
)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    help="Format to write (repeatable; default: turtle, trig, facts, graphml, gexf, report).",
)
@click.option(
    "--max-mb",
    default=20.0,
    show_default=True,
    type=_MEGABYTES,
    help="Refuse articles larger than this many megabytes.",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    callback=_workers,
    help="Processes to extract in (default: the machine's cores; small corpora use one).",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="Extract on this Dask cluster instead of local processes.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Re-extract every article (default: only those changed since the last build).",
)
@_force_option
@_guard
def build(
    paths: tuple[Path, ...],
    out: Path,
    ontology_paths: tuple[Path, ...],
    added_ontology: tuple[Path, ...],
    formats: tuple[str, ...],
    max_mb: float,
    workers: int | None,
    scheduler: str | None,
    no_cache: bool,
    force: bool,
) -> None:
    """Build the knowledge graph of the articles in PATHS (default: seeds/).

    Writes kg.ttl, kg.trig, facts.tsv, kg.graphml, kg.gexf and report.json into OUT. A file that
    cannot be read is reported and skipped; the exit status is 1 when any file failed.
    --add-ontology adds terms of your own to kg's ontology; --ontology replaces it.

    Example:

    \b
        kg build seeds -o out
        kg build news --add-ontology my-terms.ttl -o out
    """
    from kg import exporters
    from kg.cache import CACHE_DIR, Cache
    from kg.ontology import load_ontology
    from kg.pipeline import build as run_build
    from kg.progress import Progress
    from kg.spill import Spill

    for name in formats:
        exporters.get(name)  # an unknown name fails before any work is done
    exporters.check_target(out, force)  # and a refused OUT too: nothing is read or kept

    ontology = load_ontology(list(ontology_paths) or None, added_ontology)
    context = click.get_current_context()
    debug = bool(context.find_root().params.get("debug"))
    # Held until the command ends: no other run writes into OUT meanwhile.
    context.with_resource(exporters.claim(out, force))
    max_bytes = int(max_mb * 1e6)
    cache = None if no_cache else Cache(out / CACHE_DIR, ontology, max_bytes)
    Spill.remove_stale(out)  # what a killed run left (the lock says none is running)
    workers = _cores(workers)
    progress = Progress()
    result = run_build(
        list(paths) or [Path("seeds")],
        ontology,
        max_bytes=max_bytes,
        strict=debug,
        workers=workers,
        cache=cache,
        progress=progress,
        scheduler=scheduler,
        spill_dir=out,
    )
    names = formats or exporters.DEFAULT_FORMATS
    files = [name for fmt in names for name in exporters.get(fmt).filenames]
    progress.note(f"writing {', '.join(files)} into {out}")
    written = exporters.write(result, out, names, workers)
    progress.close()
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    for failure in result.failures:
        click.echo(f"error: {failure.path}: {failure.reason}", err=True)
    if cache is not None:
        cache.prune()
        for problem in cache.problems:  # the cache never stops a build, but the user should know
            click.echo(f"warning: {problem}", err=True)
        if cache.hits:
            click.echo(f"{cache.hits} unchanged article(s) reused from {cache.directory}", err=True)
    facts = len(result.rows)
    click.echo(
        f"built {len(result.articles)} article(s), {facts} facts -> "
        + ", ".join(str(p) for p in written)
    )
    if result.failures:
        click.echo(
            f"{len(result.failures)} of {len(result.failures) + len(result.articles)} file(s) "
            "failed; see above and report.json",
            err=True,
        )
        sys.exit(1)


_store_option = click.option(
    "--store",
    "store_dir",
    type=_Path(file_okay=False, path_type=Path),
    help="Keep the loaded store on disk in this directory and reuse it while the build is "
    "unchanged (default: in memory; on disk in BUILD_DIR/.kg-store past 1 GB of build).",
)
_timeout_option = click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=_SECONDS,
    help="Stop a query after this many seconds.",
)
_memory_option = click.option(
    "--max-memory",
    default=1000.0,
    show_default=True,
    type=_Positive("megabytes"),
    help="Stop a query whose process allocates more than this many megabytes.",
)
_service_option = click.option(
    "--allow-service",
    is_flag=True,
    help="Let queries call SERVICE, which makes kg send requests to the servers they name "
    "(refused by default).",
)


_build_dir_option = click.option(
    "-d",
    "--dir",
    "build_dir",
    default="out",
    show_default=True,
    type=_Path(path_type=Path),
    help="The build to read.",
)


@main.command()
@click.argument("query")
@_build_dir_option
@click.option(
    "-o",
    "--output",
    default="table",
    show_default=True,
    type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
    help="How to print a SELECT or ASK answer (CONSTRUCT prints Turtle).",
)
@_timeout_option
@_memory_option
@_service_option
@_store_option
@_guard
def query(
    query: str,
    build_dir: Path,
    output: str,
    timeout: float,
    max_memory: float,
    allow_service: bool,
    store_dir: Path | None,
) -> None:
    """Run a SPARQL QUERY over a build: inline text, a .rq file, or a name in queries/.

    kg's prefixes (kg:, product:, cap:, person:, prov:, nif:, skos: ...) are declared for
    you. csv, tsv, json and xml are the W3C SPARQL result formats, with full IRIs.

    A query runs in a process of its own, which --timeout and --max-memory stop.
    Updates are refused, and so is SERVICE (--allow-service allows it).

    Example:

    \b
        kg query 'SELECT ?c WHERE { product:channels kg:offers ?c }' -d out -o csv
    """
    from kg.query import answer

    debug = bool(click.get_current_context().find_root().params.get("debug"))
    printed = answer(
        build_dir,
        query,
        output,
        timeout,
        store_dir,
        allow_service=allow_service,
        max_memory=max_memory,
        debug=debug,
    )
    click.echo(printed)


_product_option = click.option(
    "--product", metavar="NAME", help="Only what concerns this product (any of its labels)."
)
_report_option = click.option(
    "-o",
    "--output",
    default="text",
    show_default=True,
    type=click.Choice(["text", "md", "tsv", "json"]),
    help="text: a terminal table; md: a report to paste into a note; tsv; json.",
)


@main.command(name="diff")
@click.argument("year_a", type=int)
@click.argument("year_b", type=int)
@_build_dir_option
@_product_option
@_report_option
@_guard
def diff_command(
    year_a: int, year_b: int, build_dir: Path, product: str | None, output: str
) -> None:
    """What changed from YEAR_A to YEAR_B in a build.

    Per product, the capabilities new in YEAR_B, kept and dropped (a dropped capability
    whose family goes on names its successors); people with their titles and what they
    spoke for each year; customers; integrations; metrics compared by measure, growth
    figures apart. Each row gives its evidence sentence and article.

    Example:

    \b
        kg diff 2022 2023 -d out --product 视频号 -o md
    """
    from kg.diff import diff, render
    from kg.reader import read_build

    build = read_build(build_dir)
    tables = diff(build, year_a, year_b, product)
    heading = f"{year_a} → {year_b}" + (f" · {product}" if product else "")
    click.echo(render(tables, output, heading))


@main.command()
@_build_dir_option
@_product_option
@_report_option
@_guard
def timeline(build_dir: Path, product: str | None, output: str) -> None:
    """Every year of a build: per product and year, how many capabilities were new, kept
    and dropped, and each measure's figures year by year.

    Example:

    \b
        kg timeline -d out --product 小程序
    """
    from kg.diff import render
    from kg.diff import timeline as lay_out
    from kg.reader import read_build

    build = read_build(build_dir)
    click.echo(
        render(lay_out(build, product), output, "Timeline" + (f" · {product}" if product else ""))
    )


@main.command()
@click.argument("build_dir", default="out", type=_Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    required=True,
    help="Format to write (repeatable): gexf, graphml, turtle, trig, jsonld, facts, csv, "
    "report, html.",
)
@click.option(
    "-o",
    "--out",
    type=_Path(path_type=Path),
    help="Directory to write into (default: the build's own directory).",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    help="Processes to write in (default: the machine's cores, at most two are used).",
)
@_force_option
@_guard
def export(
    build_dir: Path, formats: tuple[str, ...], out: Path | None, workers: int | None, force: bool
) -> None:
    """Convert an existing build in BUILD_DIR (default: out/) to other formats.

    Reads BUILD_DIR/kg.trig back (no article is read again) and writes each format's files.

    Example:

    \b
        kg export out -f gexf -f csv -o exports
    """
    from kg import exporters
    from kg.reader import read_build
    from kg.spill import Spill

    for name in formats:
        exporters.get(name)  # an unknown name fails before the build is read
    target = out or build_dir
    with exporters.claim(target, force):
        # What the build read back keeps on disk lives beside the outputs, as a build's
        # does, and what a killed export left there goes now (the lock says none runs).
        Spill.remove_stale(target)
        build = read_build(build_dir, spill_dir=target)
        written = exporters.write(build, target, formats, _cores(workers))
    click.echo("wrote " + ", ".join(str(p) for p in written))


@main.command()
@click.argument("build_dir", default="out", type=_Path(path_type=Path))
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    callback=lambda ctx, param, value: value if value.strip() else _empty_host(ctx, param),
    help="Address to bind (0.0.0.0: every network the machine is on).",
)
@click.option(
    "--port",
    default=7878,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@_timeout_option
@click.option(
    "--max-queries",
    default=4,
    show_default=True,
    type=click.IntRange(min=1),
    help="Queries run at once, each in a process of its own; one more is answered 503.",
)
@_memory_option
@click.option(
    "--max-connections",
    default=64,
    show_default=True,
    type=click.IntRange(min=1),
    help="Connections served at once; one more is answered 503. A connection idle for 10 s, "
    "or whose request takes more than 30 s to arrive, is closed.",
)
@_service_option
@click.option(
    "--cors",
    metavar="ORIGIN",
    type=_Origin(),
    help="Let web pages from ORIGIN (https://yasgui.example) read the answers "
    "(default: no page of another site may).",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    metavar="NAME",
    multiple=True,
    help="Answer requests that call this machine NAME too (repeatable); localhost, --host "
    "and IP addresses always are, other names get 421.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log every request.")
@_store_option
@_guard
def serve(
    build_dir: Path,
    host: str,
    port: int,
    timeout: float,
    max_queries: int,
    max_memory: float,
    max_connections: int,
    allow_service: bool,
    cors: str | None,
    allow_hosts: tuple[str, ...],
    verbose: bool,
    store_dir: Path | None,
) -> None:
    """Serve a build read-only over the SPARQL 1.1 Protocol at http://HOST:PORT/sparql.

    GET or POST queries; results by content negotiation (JSON, XML, CSV, TSV). Updates are
    refused (403), and so is SERVICE unless --allow-service (400). A query past --timeout
    or --max-memory is stopped (503). Binds to loopback unless --host says otherwise.
    A browser finds a query page at http://HOST:PORT/ and the graph at /graph.

    Example:

    \b
        kg serve out --port 7878 &
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s kg:offers ?o }' http://127.0.0.1:7878/sparql
    """
    import signal

    from kg.server import is_loopback, make_server
    from kg.server import serve as run

    server = make_server(
        build_dir,
        host,
        port,
        timeout,
        verbose,
        store_dir,
        allow_service=allow_service,
        cors=cors,
        allow_hosts=allow_hosts,
        max_queries=max_queries,
        max_memory=max_memory,
        max_connections=max_connections,
        debug=bool(click.get_current_context().find_root().params.get("debug")),
    )
    if not is_loopback(host):
        click.echo(
            f"warning: listening on {host}: any machine that can reach this one can read the "
            "build; --host 127.0.0.1 (the default) keeps it to this machine",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    base = f"http://{shown}:{server.server_port}"
    click.echo(
        f"serving {build_dir} at {base}/sparql, a query page at {base}/ and the graph at "
        f"{base}/graph (Ctrl-C stops)"
    )

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt  # SIGTERM stops as Ctrl-C does: workers first, then kg

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        run(server)
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        signal.signal(signal.SIGTERM, previous)


@main.command()
@click.argument("build_dir", default="out", type=_Path(path_type=Path))
@click.option(
    "--endpoint",
    required=True,
    help="The server's Graph Store Protocol URL (Oxigraph: http://HOST:PORT/store).",
)
@click.option("--graph", help="Put everything into this one graph instead of one per article.")
@click.option(
    "--mode",
    type=click.Choice(["replace", "add"]),
    default="replace",
    show_default=True,
    help="replace each graph (PUT) or add to it (POST).",
)
@click.option(
    "--timeout",
    default=300.0,
    show_default=True,
    type=_SECONDS,
    help="Give up on a graph (on the whole build with --graph) not sent and answered "
    "within this many seconds.",
)
@_guard
def push(build_dir: Path, endpoint: str, graph: str | None, mode: str, timeout: float) -> None:
    """Load a build into a SPARQL server over the SPARQL 1.1 Graph Store Protocol.

    Each article keeps its named graph and the ontology goes to the default graph, unless
    --graph names one graph for everything. A user and password in the URL
    (http://USER:PASSWORD@HOST/...) are sent as HTTP Basic authentication, never shown.
    Redirects are not followed.

    Example:

    \b
        oxigraph serve --location store --bind 127.0.0.1:7878 &
        kg push out --endpoint http://127.0.0.1:7878/store
    """
    from kg.push import push as send
    from kg.push import redact

    pushed = send(build_dir, endpoint, graph, mode, timeout)
    total = sum(n for _, n in pushed.graphs)
    click.echo(f"pushed {len(pushed.graphs)} graph(s), {total} triples to {redact(endpoint)}")


@main.command(name="suggest")
@click.argument("paths", nargs=-1, required=True, type=_Path(path_type=Path))
@click.option(
    "--ontology",
    "ontology_paths",
    multiple=True,
    type=_Path(path_type=Path),
    help="The ontology whose terms are known: a directory of *.ttl or a file (repeatable; "
    "default: as kg build).",
)
@click.option(
    "--add-ontology",
    "added_ontology",
    multiple=True,
    type=_Path(path_type=Path),
    help="Terms of your own that are known too: a *.ttl file or directory (repeatable).",
)
@click.option(
    "-o",
    "--out",
    type=_Path(path_type=Path),
    help="Write the proposals as a Turtle ontology file (default: a table on stdout).",
)
@click.option(
    "--max-mb",
    default=20.0,
    show_default=True,
    type=_MEGABYTES,
    help="Refuse articles larger than this many megabytes.",
)
@_guard
def suggest_terms(
    paths: tuple[Path, ...],
    ontology_paths: tuple[Path, ...],
    added_ontology: tuple[Path, ...],
    out: Path | None,
    max_mb: float,
) -> None:
    """Propose the people, organisations, products and capabilities that the articles in
    PATHS name and the ontology lacks, best cued first.

    Without -o, prints a table (rank, class, label, count, score, cue, evidence). With -o,
    writes a Turtle file of the terms, each with its class, label, IRI and, as comments, how
    it was cued and its first sentence: review it, delete what is wrong, and put it into
    ontology/ or give it to kg build with --add-ontology. The exit status is 1 when an
    article could not be read.

    Example:

    \b
        kg suggest news/ | head -20
        kg suggest news/ -o suggested.ttl && kg build news/ --add-ontology suggested.ttl
    """
    from kg.ontology import default_ontology_dir, load_ontology
    from kg.suggest import check_output, suggest, table_lines, write_turtle

    if out is not None:
        check_output(out)  # before any article is read
        _not_an_input(out, paths, [*(ontology_paths or [default_ontology_dir()]), *added_ontology])
    ontology = load_ontology(list(ontology_paths) or None, added_ontology)
    found = suggest(list(paths), ontology, max_bytes=int(max_mb * 1e6))
    for failure in found.failures:
        click.echo(f"error: {failure.path}: {failure.reason}", err=True)
    summary = f"{len(found.terms)} term(s) from {found.articles} article(s)"
    if out is None:
        for line in table_lines(found):
            click.echo(line, nl=False)
        click.echo(summary, err=True)
    else:
        click.echo(f"{summary} -> {write_turtle(found, out)}")
    if found.failures:
        sys.exit(1)


def _not_an_input(out: Path, articles: Sequence[Path], ontology: Sequence[Path]) -> None:
    """BuildError when ``out`` is a file this run reads: an article (named, or of a directory
    walked) or an ontology file (named, or a *.ttl of a directory). Written over, it would
    be lost: the article, or the terms reviewed in an earlier round."""
    from kg.errors import BuildError
    from kg.loaders import SUFFIXES

    if not out.is_file():
        return
    target = out.resolve()

    def reads(inputs: Sequence[Path], suffixes: Container[str], walked: bool) -> bool:
        for path in inputs:
            if path.is_dir():
                folder = path.resolve()
                inside = folder in target.parents if walked else folder == target.parent
                suffix = target.suffix.lower() if walked else target.suffix  # as each globs
                if inside and suffix in suffixes:
                    return True
            elif path.exists() and os.path.samefile(path, out):
                return True
        return False

    if reads(articles, SUFFIXES, True) or reads(ontology, (".ttl",), False):
        raise BuildError(
            f"{out}: this run reads it (an article or an ontology file); give -o a file of its "
            "own (suggested.ttl)"
        )


@main.command(name="eval")
@click.argument("gold", type=_Path(path_type=Path))
@click.argument("facts", required=False, type=_Path(path_type=Path))
@click.option("--missed", is_flag=True, help="Also list the gold facts that were not found.")
@click.option("--extra", is_flag=True, help="Also list the facts that are not in the gold.")
@click.option(
    "--ignore-year",
    is_flag=True,
    help="Do not compare years: how much of the score the years cost.",
)
@_guard
def evaluate(gold: Path, facts: Path | None, missed: bool, extra: bool, ignore_year: bool) -> None:
    """Score FACTS (default: out/facts.tsv) against a GOLD facts table.

    Prints precision, recall and F1 overall and per predicate (docs/facts-format.md).
    With --ignore-year a fact matches whatever year either table gives it.

    Example:

    \b
        kg eval tests/seed-facts.tsv out/facts.tsv --missed
    """
    from kg.evaluate import evaluate as score
    from kg.evaluate import format_report, read_facts
    from kg.loaders import display_path

    result = score(
        read_facts(gold), read_facts(facts or Path("out/facts.tsv")), years=not ignore_year
    )
    click.echo(format_report(result))
    for title, rows, wanted in (("missed", result.missed, missed), ("extra", result.extra, extra)):
        if wanted:
            click.echo(f"\n{title} ({len(rows)}):")
            for row in rows:
                obj = "|".join(row.objects)
                value = f" {row.value} {row.unit}" if row.value is not None else ""
                year = row.year or "----"
                # Where to look: the article of a gold fact, the rule that made a wrong one.
                where = ", ".join(filter(None, (row.doc, row.rule and f"rule {row.rule}")))
                at = f"  ({where})" if where else ""
                line = f"  {year} {'|'.join(row.subjects)} {row.predicate} {obj}{value}{at}"
                # A table's cells are input: escaped, they cannot drive the terminal.
                click.echo(display_path(line))


@main.command()
@click.argument("build_dir", default="out", type=_Path(path_type=Path))
@_guard
def stats(build_dir: Path) -> None:
    """Summarise a build: articles, years, facts per predicate and year, failures.

    Example:

    \b
        kg stats out
    """
    from collections import Counter

    from kg.evaluate import read_facts
    from kg.loaders import display_path
    from kg.reader import read_report

    report_path = build_dir / "report.json"
    if not report_path.is_file():
        raise KGError(f"{report_path}: no build here; run `kg build -o {build_dir}` first")
    report = read_report(build_dir)
    counts = report["counts"]
    click.echo(
        f"{counts['articles']} article(s), {counts['facts']} facts, {counts['triples']} triples, "
        f"{counts['failures']} failure(s)"
    )
    for article in report["articles"]:
        source = article.get("year_source")  # older reports do not say
        whence = f"  (year from: {source})" if source else ""
        line = f"  {article['year'] or '----'}  {article['id']}  {article['facts']} facts{whence}"
        click.echo(display_path(line))  # a hand-edited report.json cannot drive the terminal
    facts = build_dir / "facts.tsv"
    if facts.exists() and not facts.is_file() and not facts.is_dir():
        # read_facts reads a pipe (`kg eval gold <(…)`); a build's own table is a file.
        raise KGError(
            f"{facts}: a pipe, socket or device, not the facts table kg build writes; "
            f"run `kg build -o {build_dir}` again"
        )
    rows = read_facts(facts)
    table = Counter((r.predicate, r.year) for r in rows)
    years = sorted({r.year for r in rows})  # "" (facts with no year) first
    predicates = sorted({p for p, _ in table})
    # As wide as the longest predicate of the vocabulary needs, never narrower than before.
    width = max([12, *(len(p) + 2 for p in predicates)])
    header = "predicate".ljust(width) + "".join(f"{y or '----':>7}" for y in years)
    click.echo(f"\n{header}    all")
    for predicate in predicates:
        cells = "".join(f"{table[predicate, y]:>7}" for y in years)
        total = sum(table[predicate, y] for y in years)
        click.echo(f"{predicate:<{width}}{cells}{total:>7}")
    if report["warnings"]:
        click.echo(f"\n{len(report['warnings'])} warning(s); see {report_path}")
