"""Output formats behind a name registry: ``turtle``, ``trig``, ``jsonld``, ``facts``,
``graphml``, ``gexf``, ``csv``, ``report``, ``html``.

A format is one or more files, each made by a function ``Build -> Iterator[str]`` (the text,
in chunks). :func:`write` writes each file atomically: to a temporary file beside the
target, then renamed over it, so a build killed mid-write leaves the previous output whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import BuildError, KGError, UnknownFormatError

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = [
    "Format",
    "FORMATS",
    "DEFAULT_FORMATS",
    "LOCK_FILE",
    "get",
    "write",
    "atomic_write",
    "output_dir",
    "claim",
    "check_target",
]


Lines = Callable[["Build"], Iterator[str]]


@dataclass(frozen=True)
class Format:
    """A named output format: the files it writes and the function that makes each."""

    name: str
    description: str
    outputs: tuple[tuple[str, Lines], ...]

    @property
    def filenames(self) -> tuple[str, ...]:
        """The files this format writes, in order."""
        return tuple(name for name, _ in self.outputs)


def _registry() -> dict[str, Format]:
    from kg.exporters import csv, facts, gexf, graphml, html, jsonld, report, turtle

    one = [
        ("turtle", "kg.ttl", "the merged graph, RDF 1.1 Turtle", turtle.turtle_lines),
        ("trig", "kg.trig", "one named graph per article, TriG", turtle.trig_lines),
        ("jsonld", "kg.jsonld", "one named graph per article, JSON-LD 1.1", jsonld.jsonld_lines),
        ("facts", "facts.tsv", "the facts table (docs/facts-format.md)", facts.facts_lines),
        ("graphml", "kg.graphml", "the networkx graph, GraphML", graphml.graphml_lines),
        ("gexf", "kg.gexf", "the graph as dynamic GEXF 1.3 for Gephi", gexf.build_gexf_lines),
        ("report", "report.json", "what was built, failed and warned", report.report_lines),
        ("html", "kg.html", "the graph as one page for a browser, no network", html.html_lines),
    ]
    formats = [Format(name, text, ((filename, lines),)) for name, filename, text, lines in one]
    formats.append(
        Format(
            "csv",
            "node and edge tables for Gephi's and Neo4j's importers",
            (("nodes.csv", csv.nodes_lines), ("edges.csv", csv.edges_lines)),
        )
    )
    return {f.name: f for f in formats}


FORMATS: dict[str, Format] = _registry()
#: What ``kg build`` writes unless told otherwise.
DEFAULT_FORMATS = ("turtle", "trig", "facts", "graphml", "gexf", "report")


def get(name: str) -> Format:
    """The format registered under ``name``; an unknown name lists the known ones."""
    try:
        return FORMATS[name]
    except KeyError:
        raise UnknownFormatError(name, list(FORMATS)) from None


def atomic_write(path: Path, chunks: Iterable[str]) -> None:
    """Write text to ``path`` through a temporary file and a rename: all of it or nothing.

    Temporary files a killed run left behind for this file are removed first.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            # Lines joined up to about _BATCH_CHARS and encoded at once: a text file's
            # writelines encodes each line apart, which costs more (bench/README.md). Counted
            # in characters, not lines: an article's line holds its whole text.
            batch: list[str] = []
            size = 0
            for line in chunks:
                batch.append(line)
                size += len(line)
                if size >= _BATCH_CHARS:
                    handle.write("".join(batch).encode("utf-8"))
                    batch, size = [], 0
            handle.write("".join(batch).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); an output is as readable as any other file.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: How many characters of lines :func:`atomic_write` joins before it encodes and writes them.
_BATCH_CHARS = 1 << 18


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def output_dir(path: str | Path) -> Path:
    """The output directory, made if need be; BuildError if it cannot be."""
    out = Path(path)
    if out.is_symlink() and not out.exists():
        raise BuildError(
            f"{out}: a broken symbolic link (to {os.readlink(out)}); give an output directory"
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"{out}: cannot create the output directory ({exc.strerror})") from exc
    return out


#: Marks a directory as kg's output; a build or export holds a lock on it while it writes.
LOCK_FILE = ".kg-lock"
_LOCK_TEXT = (
    "This directory holds what kg build or kg export wrote. kg locks this file while it "
    "writes here, so that two runs never write into one directory at once.\n"
)


def check_target(out: Path, force: bool = False) -> None:
    """Raise the BuildError :func:`claim` would for ``out`` (the root or home directory; a
    directory that is not kg's and holds a file of a name kg writes, unless ``force``),
    touching nothing: a command calls it before any work, so that a refused run leaves no
    trace, not even in kg's user cache."""
    _refuse_shared(out)
    if not force:
        why = _not_kg_s(out)
        if why is not None:
            raise BuildError(
                f"{out}: not a kg build ({why}), and not empty; kg would replace files "
                "there. Write into a new or empty directory, or pass --force to write "
                "here anyway"
            )


@contextmanager
def claim(path: str | Path, force: bool = False) -> Iterator[Path]:
    """Hold ``path`` as this process's output directory for the length of the with-block.

    Refuses, with a BuildError: the root and the home directory, always; a directory that
    is not kg's (kg's holds :data:`LOCK_FILE`, or a ``report.json`` of kg's shape, as a
    build made before the lock file has) and holds a file of a name kg writes, unless
    ``force``; and a directory
    that another build or export is writing. Otherwise makes the directory if need be,
    marks it with :data:`LOCK_FILE` and holds an exclusive lock on that file until the
    block ends (or the process does), so that what a killed run left there, temporary
    files and spills, can be removed without touching those of a run in progress.
    """
    import fcntl

    out = Path(path)
    check_target(out, force)
    lock = output_dir(out) / LOCK_FILE
    try:
        # O_NOFOLLOW: a link planted in place of the lock file is not followed.
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        raise BuildError(f"{lock}: cannot open kg's lock file ({exc.strerror or exc})") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildError(
                f"{out}: another build is writing {out}; wait for it to end, "
                "or write into another directory"
            ) from None
        except OSError as exc:
            raise BuildError(f"{lock}: cannot lock ({exc.strerror or exc})") from exc
        if os.fstat(fd).st_size == 0:
            os.write(fd, _LOCK_TEXT.encode())
        yield out
    finally:
        os.close(fd)


def _refuse_shared(out: Path) -> None:
    """BuildError if ``out`` is the root or the home directory: never a build's own."""
    resolved = out.resolve()
    try:
        home = Path.home().resolve()
    except (RuntimeError, KeyError):  # no HOME and no password entry
        home = None
    what = (
        "the root directory"
        if resolved == Path(resolved.anchor)
        else "your home directory"
        if resolved == home
        else None
    )
    if what is not None:
        raise BuildError(
            f"{out}: kg does not write a build into {what}; "
            "give it a directory of its own, such as -o kg-out"
        )


def _not_kg_s(out: Path) -> str | None:
    """Why the directory ``out`` holds files kg did not write and would replace, or None
    (missing, empty, kg's own, or holding none of the names kg writes)."""
    try:
        with os.scandir(out) as entries:
            if next(entries, None) is None:
                return None
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise BuildError(f"{out}: not a directory; give an output directory") from None
    except OSError as exc:
        raise BuildError(f"{out}: cannot read the directory ({exc.strerror or exc})") from exc
    if (out / LOCK_FILE).is_file():
        return None
    if not (out / "report.json").is_file():
        # Files of others beside which kg writes nothing of the same name are no matter (a
        # log, notes): only a file kg would replace makes the directory someone else's.
        names = {name for fmt in FORMATS.values() for name in fmt.filenames}
        return "no report.json" if any((out / name).exists() for name in names) else None
    from kg.exporters.report import NotAReportError, read_report

    try:
        read_report(out / "report.json")
    except NotAReportError as exc:
        return f"its report.json is not a kg build report: {exc.why}"
    except KGError as exc:
        return str(exc)
    return None


#: What writing each file costs, roughly: (milliseconds, milliseconds per article), measured
#: on generated news (bench/bench_scale.py) with one core; how a parallel write shares them out.
#: kg.ttl's includes sorting the merged graph; the GEXF's fixed part is its layout.
_COST = {
    "kg.ttl": (0.0, 1.1),
    "kg.trig": (0.0, 0.3),
    "kg.jsonld": (0.0, 0.4),
    "facts.tsv": (0.0, 0.2),
    "kg.graphml": (0.0, 0.03),
    "kg.gexf": (100.0, 0.1),
    "kg.html": (100.0, 0.1),
}
_OTHER_COST = (0.0, 0.1)
#: The files made from the facts' tallies (the table's rows, the graph), which the process
#: writing any of them makes first by a pass over the articles' facts; and that pass's cost.
_TALLIED = frozenset({"facts.tsv", "kg.graphml", "kg.gexf", "kg.html", "nodes.csv", "edges.csv"})
_TALLY_COST = (0.0, 0.45)
_CHILD_COST = 10.0  # forking the writer and hearing back from it, ms
_LAST = "report.json"  # it counts what the others wrote, so it is written after them


def write(
    build: Build,
    out_dir: str | Path,
    names: Iterable[str] = DEFAULT_FORMATS,
    workers: int = 1,
) -> list[Path]:
    """Write the named formats of a build into ``out_dir``; return the paths written.

    With ``workers`` > 1 (and ``fork``, which Linux and macOS have) the files are shared
    out between this process and a forked one, which read the build's stores side by side;
    the child takes ``kg.ttl`` (and so sorts the merged graph) and sends back its triple
    count for ``report.json``. Each file is still written whole or not at all.
    """
    formats = [get(name) for name in names]
    out = output_dir(out_dir)
    jobs = [(out / filename, lines) for fmt in formats for filename, lines in fmt.outputs]
    if workers > 1 and hasattr(os, "fork"):
        mine, theirs = _share(jobs, len(build.articles))
    else:
        mine, theirs = jobs, []
    if theirs:
        _write_beside(build, mine, theirs)
    else:
        _write_all(build, jobs)
    return [target for target, _ in jobs]


def _write_all(build: Build, jobs: Iterable[tuple[Path, Lines]]) -> None:
    for target, lines in jobs:
        try:
            atomic_write(target, lines(build))
        except OSError as exc:
            raise BuildError(f"{target}: cannot write ({exc.strerror or exc})") from exc


Jobs = list[tuple[Path, Lines]]


def _share(jobs: Jobs, articles: int) -> tuple[Jobs, Jobs]:
    """``(mine, theirs)``: the child's share holds kg.ttl; report.json stays here and comes
    last (it needs the facts' tallies, so this process always makes them); the other files
    go where the busier process ends soonest (:data:`_COST` for a build of ``articles``
    articles; every way of sharing them is tried). Each keeps the order given."""
    free = [target for target, _ in jobs if target.name not in ("kg.ttl", _LAST)]

    def theirs(mask: int) -> set[Path]:
        """The child's files when it takes the free files of the bits set in ``mask``."""
        chosen = {target for i, target in enumerate(free) if mask >> i & 1}
        return chosen | {target for target, _ in jobs if target.name == "kg.ttl"}

    def busier(mask: int) -> float:
        child = theirs(mask)
        here = [target.name for target, _ in jobs if target not in child]
        there = _load([target.name for target in child], articles) + _CHILD_COST * bool(child)
        return max(_load(here, articles), there)

    # Of equal costs (to the microsecond), the sharing that gives the child the fewest files.
    child = theirs(min(range(1 << len(free)), key=lambda mask: (round(busier(mask), 3), mask)))
    mine = [job for job in jobs if job[0] not in child]
    mine.sort(key=lambda job: job[0].name == _LAST)
    return mine, [job for job in jobs if job[0] in child]


def _load(names: list[str], articles: int) -> float:
    """What writing these files costs one process, in milliseconds (:data:`_COST`)."""
    costs = [_COST.get(name, _OTHER_COST) for name in names]
    if any(name in _TALLIED or name == _LAST for name in names):
        costs.append(_TALLY_COST)
    return sum(fixed + per * articles for fixed, per in costs)


def _write_beside(build: Build, mine: Jobs, theirs: Jobs) -> None:
    """Write ``theirs`` in a forked child while this process writes ``mine``."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(build, theirs, send, os.getpid()), daemon=True)
    child.start()
    send.close()
    last = [job for job in mine if job[0].name == _LAST]
    error: str | None = None
    try:
        _write_all(build, [job for job in mine if job[0].name != _LAST])
    finally:
        try:
            error, count = receive.recv()
        except EOFError:
            error, count = "the writing process died", None
        child.join()
        receive.close()
    if error is None and child.exitcode != 0:
        error = f"the writing process exited with status {child.exitcode}"
    if error is not None:
        raise BuildError(error)
    if count is not None:
        build.assembly.triple_count = count
    _write_all(build, last)


def _child(build: Build, jobs: Jobs, send: Any, parent: int) -> None:
    from kg.workers import die_with_parent

    die_with_parent(parent)  # a killed build takes its writer with it, mid-file or not
    try:
        _write_all(build, jobs)
    except BaseException as exc:  # everything goes back to the parent, which reports it
        reason = str(exc) if isinstance(exc, BuildError) else f"{type(exc).__name__}: {exc}"
        message: tuple[str | None, int | None] = (reason, None)
    else:
        counted = any(target.name == "kg.ttl" for target, _ in jobs)
        message = (None, build.triple_count if counted else None)
    try:
        send.send(message)
    except OSError:  # the parent stopped listening (it was interrupted): nobody to tell
        pass
    finally:
        send.close()
