"""The build report: a JSON record of what was built, what failed and what warned."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["report", "report_lines"]


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
