"""``kg query``: find a query (inline, a ``.rq`` file, or a name in ``queries/``), run it over
a build's store (:mod:`kg.store`) and print the answer as a table, CSV, TSV, JSON or XML.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import QueryError
from kg.loaders import display_path
from kg.resources import shipped
from kg.store import DEFAULT_MEMORY, DEFAULT_TIMEOUT, Answer, check, execute, open_store, select
from kg.terminal import aligned

__all__ = [
    "OUTPUTS",
    "queries_dir",
    "named_queries",
    "resolve",
    "answer",
    "table",
]

#: How ``kg query`` prints an answer, and the media type behind each (table is kg's own).
OUTPUTS = {
    "table": "",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
}


def queries_dir() -> Path:
    """Where named queries live: ./queries, else kg's own (installed, or the checkout's)."""
    here = Path.cwd() / "queries"
    return here if here.is_dir() else shipped("queries")


def named_queries() -> list[str]:
    """The names ``kg query NAME`` knows."""
    return sorted(p.stem for p in queries_dir().glob("*.rq"))


def resolve(query: str) -> str:
    """The text of a query: a ``.rq`` file, a name in queries/, or the SPARQL itself."""
    path = Path(query)
    looks_like_text = "{" in query or any(c.isspace() for c in query.strip())
    if not looks_like_text and (path.suffix == ".rq" or path.is_file()):
        if path.is_dir() or path.exists() and not path.is_file():
            what = "a directory" if path.is_dir() else "a pipe, socket or device"
            raise QueryError(f"{path}: {what}, not a query file; give a .rq file of SPARQL")
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return _read(path)
    named = queries_dir() / f"{query}.rq"
    if not looks_like_text and named.is_file():
        return _read(named)
    if not looks_like_text and named.exists():  # listed among the named queries, yet no file
        what = "a directory" if named.is_dir() else "a pipe, socket or device"
        raise QueryError(f"{named}: {what}, not a query file; give a .rq file of SPARQL")
    if looks_like_text:
        return query
    raise QueryError(
        f"{query!r} is neither SPARQL, a .rq file nor a named query; "
        f"named queries: {', '.join(named_queries()) or '(none)'}"
    )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")  # Notepad's byte-order mark is no SPARQL
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise QueryError(f"{path}: cannot read the query ({exc.strerror or exc})") from exc


def answer(
    build_dir: str | Path,
    query: str,
    output: str = "table",
    timeout: float = DEFAULT_TIMEOUT,
    store_dir: str | Path | None = None,
    *,
    allow_service: bool = False,
    max_memory: float | None = DEFAULT_MEMORY,
    debug: bool = False,
) -> str:
    """Run a query over a build and return the printed answer.

    SELECT and ASK print as ``output``; CONSTRUCT and DESCRIBE always print as Turtle.
    ``store_dir`` keeps the loaded store on disk there (:func:`kg.store.open_store`). The
    query is read before the build is loaded, so an update, a SERVICE (unless
    ``allow_service``) or a syntax error in its first keyword costs no loading.
    """
    if output not in OUTPUTS:
        raise QueryError(f"unknown output {output!r}; choose one of {', '.join(OUTPUTS)}")
    text = check(resolve(query), allow_service)
    store = open_store(build_dir, store_dir, max_queries=1, max_memory=max_memory, debug=debug)

    if text.kind in ("CONSTRUCT", "DESCRIBE"):
        return execute(store, text, "text/turtle", timeout, allow_service).decode("utf-8")
    if output == "table":
        return table(select(store, text, timeout, allow_service))
    data = execute(store, text, OUTPUTS[output], timeout, allow_service)
    return data.decode("utf-8").rstrip("\n")


def table(answer: Answer) -> str:
    """An answer as columns aligned for a terminal (CJK characters count double), control
    characters, line separators and bidirectional overrides shown escaped as file names are
    (:func:`kg.loaders.display_path`): an article's U+202E reaches its evidence."""
    rows = [[display_path(cell) for cell in row] for row in answer.rows]
    out = aligned(answer.columns, rows)
    out.append(f"({len(answer.rows)} row{'s' if len(answer.rows) != 1 else ''})")
    return "\n".join(out)
