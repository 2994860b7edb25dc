"""SPARQL over a build: load ``kg.trig`` and run a query given inline, as a file or by name.

The store is rdflib's in-memory Dataset with the union of all graphs as its default graph, so
a query sees the ontology and every article at once and can still ask ``GRAPH ?article``.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import QueryError
from kg.rdf import PREFIXES

if TYPE_CHECKING:
    from rdflib import Dataset

__all__ = ["Answer", "OUTPUTS", "resolve", "load_store", "run", "render"]

#: The ways ``kg query`` can print an answer.
OUTPUTS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to a SELECT or ASK query: column names and rows of plain strings."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def queries_dir() -> Path:
    """Where named queries live: ./queries, else the repository's."""
    here = Path.cwd() / "queries"
    return here if here.is_dir() else Path(__file__).resolve().parent.parent / "queries"


def resolve(query: str) -> str:
    """The text of a query given inline, as a path to a ``.rq`` file, or as a name in queries/."""
    if "{" in query or query.lstrip().upper().startswith(("SELECT", "ASK", "PREFIX")):
        return query
    path = Path(query)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    named = queries_dir() / f"{query}.rq"
    if named.is_file():
        return named.read_text(encoding="utf-8")
    known = sorted(p.stem for p in queries_dir().glob("*.rq"))
    raise QueryError(
        f"{query!r} is neither SPARQL, a .rq file nor a named query; "
        f"named queries: {', '.join(known) or '(none)'}"
    )


def load_store(build_dir: str | Path) -> Dataset:
    """Load a build's ``kg.trig`` into an in-memory Dataset (union default graph)."""
    from rdflib import Dataset

    path = Path(build_dir) / "kg.trig"
    if not path.is_file():
        raise QueryError(f"{path}: no build here; run `kg build -o {build_dir}` first")
    store = Dataset(default_union=True)
    try:
        store.parse(path, format="trig")
    except Exception as exc:  # rdflib raises several unrelated types for bad input
        raise QueryError(f"{path}: cannot read the build: {exc}") from exc
    return store


def run(store: Dataset, query: str) -> Answer:
    """Run a SELECT or ASK query; a syntax error says where it is."""
    from pyparsing import ParseException

    # kg's prefixes come first; a query may declare its own, which take over.
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    try:
        result = store.query(prefixes + query)
    except ParseException as exc:
        line = exc.lineno - prefixes.count("\n")
        where = f"line {line}, column {exc.col}"
        raise QueryError(f"SPARQL syntax error at {where}: {exc.msg}") from exc
    except Exception as exc:
        raise QueryError(f"the query failed: {exc}") from exc
    if result.type == "ASK":
        return Answer(("ask",), ((str(bool(result.askAnswer)).lower(),),))
    if result.type != "SELECT":
        raise QueryError(f"only SELECT and ASK queries are answered here, not {result.type}")
    columns = tuple(str(v) for v in (result.vars or ()))
    rows = tuple(
        tuple(_show(row[i]) for i in range(len(columns)))  # type: ignore[index]
        for row in result
    )
    return Answer(columns, rows)


def _show(term: object) -> str:
    from rdflib import URIRef

    if term is None:
        return ""
    if isinstance(term, URIRef):
        from kg.rdf import iri

        shown = iri(str(term))
        return shown[1:-1] if shown.startswith("<") else shown
    return str(term)


def render(answer: Answer, output: str = "table") -> str:
    """Print an answer as an aligned table, CSV, TSV or JSON (SPARQL results style)."""
    if output == "json":
        bindings = [dict(zip(answer.columns, row, strict=True)) for row in answer.rows]
        return json.dumps(
            {"columns": list(answer.columns), "rows": bindings}, ensure_ascii=False, indent=2
        )
    if output in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if output == "csv" else "\t", lineterminator="\n")
        writer.writerow(answer.columns)
        writer.writerows(answer.rows)
        return buf.getvalue().rstrip("\n")
    if output != "table":
        raise QueryError(f"unknown output {output!r}; choose one of {', '.join(OUTPUTS)}")
    return _table(answer)


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(answer: Answer) -> str:
    widths = [_width(c) for c in answer.columns]
    for row in answer.rows:
        widths = [max(w, _width(v)) for w, v in zip(widths, row, strict=True)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True))

    out = [line(answer.columns), "  ".join("-" * w for w in widths)]
    out.extend(line(row) for row in answer.rows)
    out.append(f"({len(answer.rows)} row{'s' if len(answer.rows) != 1 else ''})")
    return "\n".join(x.rstrip() for x in out)
