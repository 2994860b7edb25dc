"""The on-disk store kg keeps for a build (``--store``): what it does when that store is broken."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.query import resolve
from kg.store import DiskStore, Store, execute, open_store

PEOPLE = resolve("people")


@pytest.fixture
def build(seed_out: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "build"
    shutil.copytree(seed_out, copy, ignore=shutil.ignore_patterns(".kg-*"))
    return copy


def _corrupt(location: Path) -> None:
    """What a disk or a killed process leaves: every file of the database garbled, kg's marker
    and stamp intact (so the stamp still says "this build is loaded here")."""
    for path in location.rglob("*"):
        if path.is_file() and path.name not in ("KG_STORE", "kg-build.json"):
            path.write_bytes(b"\0garbage\0" * 7)


def test_a_corrupt_store_that_kg_made_is_loaded_again(build: Path, tmp_path: Path) -> None:
    location = tmp_path / "store"
    first = execute(open_store(build, location), PEOPLE, "text/csv")
    _corrupt(location)
    store = open_store(build, location)
    assert isinstance(store, DiskStore)
    assert execute(store, PEOPLE, "text/csv") == first
    # ... and once loaded again it is opened, not loaded, by the next query.
    assert execute(open_store(build, location), PEOPLE, "text/csv") == first


def test_a_store_with_missing_files_is_loaded_again(build: Path, tmp_path: Path) -> None:
    location = tmp_path / "store"
    first = execute(open_store(build, location), PEOPLE, "text/csv")
    for path in location.iterdir():
        if path.name not in ("KG_STORE", "kg-build.json"):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
    assert execute(open_store(build, location), PEOPLE, "text/csv") == first


def test_a_corrupt_store_from_the_cli_is_loaded_again(build: Path, tmp_path: Path) -> None:
    location = tmp_path / "store"
    runner = CliRunner()
    args = ["query", "people", "-d", str(build), "--store", str(location), "-o", "csv"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    _corrupt(location)
    again = runner.invoke(main, args)
    assert again.exit_code == 0, again.stderr
    assert again.stdout == first.stdout


def test_a_corrupt_directory_that_kg_did_not_make_is_left_alone(
    build: Path, tmp_path: Path
) -> None:
    location = tmp_path / "store"
    execute(open_store(build, location), PEOPLE, "text/csv")
    (location / "KG_STORE").unlink()
    _corrupt(location)
    before = {p: p.read_bytes() for p in location.rglob("*") if p.is_file()}
    with pytest.raises(QueryError, match="is not a kg store; give --store a new or empty"):
        open_store(build, location)
    assert {p: p.read_bytes() for p in location.rglob("*") if p.is_file()} == before


def test_a_file_given_as_the_store_is_refused(build: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    with pytest.raises(QueryError, match=r"notes.txt: is a file; give --store a directory"):
        open_store(build, notes)
    assert notes.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("verb", ["query", "serve"])
def test_store_file_is_a_usage_error(build: Path, tmp_path: Path, verb: str) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    args = ["people", "-d", str(build)] if verb == "query" else [str(build), "--port", "0"]
    result = CliRunner().invoke(main, [verb, *args, "--store", str(notes)])
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--store'" in result.stderr
    assert "is a file" in result.stderr
    assert notes.read_text(encoding="utf-8") == "mine"


def _tiny_store() -> Store:
    import pyoxigraph as ox

    inner = ox.Store()
    inner.add(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal("o")))
    return Store(inner)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { " + " UNION ".join(["{?s ?p ?o}"] * 10_000) + " }",
        "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }",
        "SELECT * WHERE { ?s ?p ?o FILTER(" + " || ".join(["?o = 1"] * 10_000) + ") }",
    ],
    ids=["union", "parens", "or"],
)
def test_a_query_nested_or_chained_10000_deep_is_answered(query: str) -> None:
    # Hostile round 8, item 2: 10,000 UNIONs, parentheses, || or OPTIONALs overflowed
    # Oxigraph's stack in the query worker, which died of SIGSEGV. (10,000 OPTIONALs fit in
    # the stack too, but take minutes to evaluate.)
    answer = execute(_tiny_store(), query, "text/csv", timeout=120)
    assert answer.startswith(b"o,p,s\r\n")


def test_a_worker_that_crashes_says_how_and_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    # A query deeper still overflows even the worker's big stack: the process dies of SIGSEGV.
    import kg.store

    def crash(*args: object) -> bytes:
        os.kill(os.getpid(), signal.SIGSEGV)
        return b""

    monkeypatch.setattr(kg.store, "_run", crash)  # the worker, forked, inherits it
    with pytest.raises(QueryError) as info:
        execute(_tiny_store(), "SELECT * WHERE { ?s ?p ?o }", "text/csv", timeout=60)
    assert str(info.value) == (
        "the query process crashed (SIGSEGV); a query nested or chained very deep (thousands "
        "of UNIONs, OPTIONALs or parentheses) overflows the query engine's stack: split it "
        "into smaller queries"
    )
