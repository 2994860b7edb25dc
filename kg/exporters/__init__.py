"""Output formats, behind a name registry: ``turtle``, ``trig``, ``facts``, ``graphml``, ``report``.

A format is a function ``Build -> Iterator[str]`` (the text, in chunks) and a file name.
:func:`write` writes each format atomically: to a temporary file beside the target, then
renamed over it, so a build killed mid-write leaves the previous output whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import BuildError, UnknownFormatError

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["Format", "FORMATS", "DEFAULT_FORMATS", "get", "write", "atomic_write"]


@dataclass(frozen=True)
class Format:
    """A named output format: the file a build writes it to and the function that makes it."""

    name: str
    filename: str
    description: str
    lines: Callable[[Build], Iterator[str]]


def _registry() -> dict[str, Format]:
    from kg.exporters import facts, graphml, report, turtle

    formats = [
        Format("turtle", "kg.ttl", "the merged graph, RDF 1.1 Turtle", turtle.turtle_lines),
        Format("trig", "kg.trig", "one named graph per article, RDF 1.1 TriG", turtle.trig_lines),
        Format("facts", "facts.tsv", "the facts table (docs/facts-format.md)", facts.facts_lines),
        Format("graphml", "kg.graphml", "the networkx graph, GraphML", graphml.graphml_lines),
        Format("report", "report.json", "what was built, failed and warned", report.report_lines),
    ]
    return {f.name: f for f in formats}


FORMATS: dict[str, Format] = _registry()
#: What ``kg build`` writes unless told otherwise.
DEFAULT_FORMATS = ("turtle", "trig", "facts", "graphml", "report")


def get(name: str) -> Format:
    """The format registered under ``name``; an unknown name lists the known ones."""
    try:
        return FORMATS[name]
    except KeyError:
        raise UnknownFormatError(name, list(FORMATS)) from None


def atomic_write(path: Path, chunks: Iterable[str]) -> None:
    """Write text to ``path`` through a temporary file and a rename: all of it or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write(build: Build, out_dir: str | Path, names: Iterable[str] = DEFAULT_FORMATS) -> list[Path]:
    """Write the named formats of a build into ``out_dir``; return the paths written."""
    formats = [get(name) for name in names]
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"{out}: cannot create the output directory ({exc.strerror})") from exc
    written = []
    for fmt in formats:
        target = out / fmt.filename
        try:
            atomic_write(target, fmt.lines(build))
        except OSError as exc:
            raise BuildError(f"{target}: cannot write ({exc.strerror or exc})") from exc
        written.append(target)
    return written
