"""The build report: a JSON record of what was built, what failed and what warned; and its
reader, which checks that a ``report.json`` has the shape written here."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KGError

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["report", "report_lines", "read_report", "report_problem", "NotAReportError"]


def report(build: Build) -> dict[str, Any]:
    """The report as a JSON-ready dict (no timestamps: two builds of one input are equal)."""
    by_predicate = Counter(fields[2] for fields, _, _ in build.rows)
    return {
        "articles": [
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "date": a.date,
                "year": a.year,
                "year_source": a.year_source,
                "year_evidence": a.year_evidence,
                "event": a.event,
                "sha256": a.sha256,
                "sentences": a.sentences,
                "facts": a.facts,
            }
            for a in build.articles
        ],
        "failures": [{"path": f.path, "reason": f.reason} for f in build.failures],
        "warnings": list(build.warnings),
        "counts": {
            "articles": len(build.articles),
            "failures": len(build.failures),
            "facts": sum(by_predicate.values()),
            "facts_by_predicate": dict(sorted(by_predicate.items())),
            "triples": build.triple_count,
        },
    }


def report_lines(build: Build) -> Iterator[str]:
    """The report as pretty JSON."""
    yield json.dumps(report(build), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


class NotAReportError(KGError):
    """A ``report.json`` that kg did not write: not JSON, or not of the report's shape."""

    def __init__(self, path: Path, why: str) -> None:
        self.path = path
        self.why = why
        super().__init__(
            f"{path}: not a kg build report ({why}); it is what kg build writes beside "
            "kg.trig: build again, or remove it (kg export then reads the articles from kg.trig)"
        )


def read_report(path: str | Path) -> dict[str, Any]:
    """The report at ``path``, checked to be of the shape :func:`report` makes.

    Raises :class:`NotAReportError` naming what is wrong (not JSON, a field missing or of the
    wrong type), or KGError when the file cannot be read.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise KGError(f"{path}: cannot read the build report ({exc.strerror or exc})") from exc
    except (ValueError, RecursionError) as exc:
        why = "nested too deep" if isinstance(exc, RecursionError) else str(exc)
        raise NotAReportError(path, f"not JSON: {why}") from exc
    problem = report_problem(data)
    if problem is not None:
        raise NotAReportError(path, problem)
    assert isinstance(data, dict)
    return data


_OPTIONAL = (str, type(None))
#: The report's parts and the types of their fields, as :func:`report` writes them.
_ARTICLE: dict[str, Any] = {
    "id": str,
    "path": str,
    "title": str,
    "date": _OPTIONAL,
    "year": (int, type(None)),
    "event": _OPTIONAL,
    "sha256": str,
    "sentences": int,
    "facts": int,
}
#: Fields an article of an older report may lack (reports before kg said where years came from).
_ARTICLE_SINCE: dict[str, Any] = {"year_source": _OPTIONAL, "year_evidence": _OPTIONAL}
_FAILURE: dict[str, Any] = {"path": str, "reason": str}
_COUNTS: dict[str, Any] = {
    "articles": int,
    "failures": int,
    "facts": int,
    "facts_by_predicate": dict,
    "triples": int,
}
_NAMES = {str: "a string", int: "an integer", dict: "an object", list: "a list"}


def report_problem(data: object) -> str | None:
    """What keeps ``data`` (parsed JSON) from being a report of :func:`report`'s shape, or
    None."""
    if not isinstance(data, dict):
        return "not a JSON object"
    for key, kind in (("articles", list), ("failures", list), ("warnings", list)):
        if key not in data:
            return f"no {key!r}"
        if not isinstance(data[key], kind):
            return f"{key!r} is not a list"
    if "counts" not in data:
        return "no 'counts'"
    for i, article in enumerate(data["articles"]):
        problem = _record_problem(f"articles[{i}]", article, _ARTICLE, _ARTICLE_SINCE)
        if problem:
            return problem
    for i, failure in enumerate(data["failures"]):
        problem = _record_problem(f"failures[{i}]", failure, _FAILURE)
        if problem:
            return problem
    for i, warning in enumerate(data["warnings"]):
        if not isinstance(warning, str):
            return f"warnings[{i}] is {_short(warning)}, not a string"
    return _record_problem("counts", data["counts"], _COUNTS)


def _record_problem(
    where: str,
    record: object,
    fields: dict[str, Any],
    optional: dict[str, Any] | None = None,
) -> str | None:
    """What is wrong with one record: a field of ``fields`` missing, a field of the wrong
    type; with ``optional`` given, the record is exact: it holds no other fields."""
    if not isinstance(record, dict):
        return f"{where} is not a JSON object"
    known = {**fields, **(optional or {})}
    for key, kind in known.items():
        if key not in record:
            if key in fields:
                return f"{where} has no {key!r}"
            continue
        value = record[key]
        # JSON true and false are Python bools, which are ints too.
        if isinstance(value, bool) or not isinstance(value, kind):
            kinds = kind if isinstance(kind, tuple) else (kind,)
            wanted = " or ".join(_NAMES.get(k, "null") for k in kinds)
            return f"{where}.{key} is {_short(value)}, not {wanted}"
    if optional is not None and set(record) - set(known):
        return f"{where} has unknown fields: {', '.join(sorted(set(record) - set(known)))}"
    return None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
