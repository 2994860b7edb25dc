"""The named queries of queries/: each answers on the seeds exactly as its golden file says.

Golden answers live in tests/golden/queries/NAME.tsv (SPARQL TSV results). After a change
that is meant to alter an answer, regenerate them with `KG_UPDATE_GOLDEN=1 pytest
tests/test_queries.py` and read the diff.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import Any

import pytest

from kg.errors import QueryError
from kg.query import named_queries, resolve
from kg.rdf import PREFIXES
from kg.store import execute, open_store, select

GOLDEN = Path(__file__).parent / "golden" / "queries"
NAMES = named_queries()


@pytest.fixture(scope="module", params=["memory", "disk"])
def store(
    request: pytest.FixtureRequest, seed_out: Path, tmp_path_factory: pytest.TempPathFactory
) -> Any:
    """The seed build in memory, and in an on-disk store: every answer must be the same."""
    if request.param == "memory":
        return open_store(seed_out)
    return open_store(seed_out, tmp_path_factory.mktemp("store") / "kg-store")


def test_an_on_disk_store_is_loaded_once_and_again_when_the_build_changes(
    seed_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import kg.store

    build = tmp_path / "build"
    shutil.copytree(seed_out, build)
    location = tmp_path / "store"
    loads: list[Path] = []
    real = kg.store._load
    monkeypatch.setattr(kg.store, "_load", lambda store, b: (loads.append(b), real(store, b)))
    first = execute(open_store(build, location), resolve("people"), "text/csv")
    again = execute(open_store(build, location), resolve("people"), "text/csv")
    assert first == again and len(loads) == 1  # opened, not loaded again
    ttl = build / "kg.ttl"
    ttl.write_bytes(ttl.read_bytes())  # a rebuild: same name, new file
    os.utime(ttl, ns=(1, 1))
    assert execute(open_store(build, location), resolve("people"), "text/csv") == first
    assert len(loads) == 2


def test_a_directory_that_is_not_a_store_is_not_replaced(seed_out: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(QueryError, match="is not a kg store"):
        open_store(seed_out, tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_large_build_gets_its_store_on_disk_by_default(
    seed_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import kg.store

    build = tmp_path / "build"
    shutil.copytree(seed_out, build)
    monkeypatch.setattr(kg.store, "DISK_FROM", 1000)
    store = open_store(build)
    assert isinstance(store, kg.store.DiskStore)
    assert store.path == build / kg.store.STORE_DIR


def test_the_queries_users_ask_are_there() -> None:
    assert {
        "capabilities-by-product-year",
        "capabilities-linking-products",
        "reported-every-year",
        "people",
        "metric-series",
        "evidence",
        "capability-families",
    } <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_each_query_says_what_it_answers(root: Path, name: str) -> None:
    text = (root / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    assert text.startswith("# "), f"{name}.rq must open with a comment saying what it answers"
    assert "ORDER BY" in text, f"{name}.rq must order its rows, so its answer is stable"


@pytest.mark.parametrize("name", NAMES)
def test_each_query_has_its_golden_answer(store: Any, name: str) -> None:
    answer = execute(store, resolve(name), "text/tab-separated-values").decode("utf-8")
    golden = GOLDEN / f"{name}.tsv"
    if os.environ.get("KG_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(answer, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if answer != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), answer.splitlines(), str(golden), "answer", lineterm=""
        )
        pytest.fail("\n".join(list(diff)[:40]))
    rows = [line.split("\t") for line in answer.splitlines()]
    assert len(rows) > 1, f"{name} answers nothing on the seeds"
    for column, header in enumerate(rows[0]):
        # A column no row binds is a query bug (a type error in an aggregate, say).
        assert any(row[column] for row in rows[1:]), f"{name}: {header} is never bound"


def test_a_fact_reported_in_two_articles_counts_once_and_lives_in_both_graphs(store: Any) -> None:
    from kg.store import select

    once = select(
        store, "SELECT (COUNT(*) AS ?n) WHERE { product:channels kg:offers cap:live-streaming }"
    )
    assert once.rows == (("1",),)
    graphs = select(
        store,
        "SELECT ?g WHERE { GRAPH ?g { product:channels kg:offers cap:live-streaming } } ORDER BY ?g",
    )
    assert graphs.rows == (
        ("doc:2022-wechat-open-class-pro-36kr",),
        ("doc:2023-wechat-open-class-pro",),
    )


def test_query_workers_are_kept_replaced_after_a_timeout_and_stopped_with_the_store(
    seed_out: Path,
) -> None:
    import gc

    from kg.store import Store

    store = open_store(seed_out)
    assert isinstance(store, Store)
    people = resolve("people")
    first = execute(store, people, "text/csv")
    (worker,) = store._idle
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        execute(store, "SELECT ?x WHERE { ?x ?y }", "text/csv")
    assert execute(store, people, "text/csv") == first
    assert store._idle == [worker]  # one process answered all three
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with pytest.raises(QueryError, match="stopped after 0.2 s"):
        execute(store, slow, "text/csv", timeout=0.2)
    assert store._idle == [] and not worker.alive
    assert execute(store, people, "text/csv") == first  # a new worker
    (process,) = [w._process for w in store._idle]
    del store, worker
    gc.collect()
    process.join(5)
    assert not process.is_alive()


# ---------------------------------------------------------------- issue 12: what tools send

YASGUI = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT * WHERE {
  ?sub ?pred ?obj .
} LIMIT 10"""


@pytest.mark.parametrize("prefix", sorted(PREFIXES))
def test_a_query_that_declares_a_standard_prefix_is_answered(store: Any, prefix: str) -> None:
    """Tools copy their prefixes into every query: kg's own ones, declared again, are fine."""
    text = (
        f"PREFIX {prefix}: <{PREFIXES[prefix]}>\n"
        "ASK { product:channels kg:offers cap:live-streaming }"
    )
    assert select(store, text).rows == (("true",),)


@pytest.mark.parametrize(
    "text",
    [
        YASGUI,
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        'SELECT ?l WHERE { cap:live-streaming skos:prefLabel ?l FILTER(lang(?l) = "zh") }',
        "BASE <https://kg.example/schema#>\n"
        "SELECT ?c WHERE { product:channels <#offers> ?c FILTER(?c = cap:live-streaming) }",
        "# a comment naming <http://x#> and INSERT\nprefix  s: <http://www.w3.org/2004/02/skos/core#>"
        '  # and one after\nselect ?l { cap:live-streaming s:prefLabel ?l FILTER(lang(?l) = "zh") }',
        "PREFIX : <https://kg.example/id/product/>\nSELECT ?c { :channels kg:offers ?c } LIMIT 1",
    ],
    ids=["yasgui", "skos", "base", "comments", "empty-prefix"],
)
def test_queries_copied_from_other_tools_are_answered(store: Any, text: str) -> None:
    assert select(store, text).rows


def test_the_yasgui_default_query_answers_ten_rows(store: Any) -> None:
    assert len(select(store, YASGUI).rows) == 10


@pytest.mark.parametrize(
    ("text", "where", "found"),
    [
        ("SELCT ?s WHERE { ?s ?p ?o }", "1:1", "SELCT"),
        (
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n  SELCT ?s { ?s ?p ?o }",
            "2:3",
            "SELCT",
        ),
        ("{ ?s ?p ?o }", "1:1", "{"),
    ],
)
def test_a_misspelled_first_keyword_is_a_syntax_error_with_line_and_column(
    store: Any, text: str, where: str, found: str
) -> None:
    with pytest.raises(QueryError) as error:
        execute(store, text, "text/csv")
    assert str(error.value) == (
        f"SPARQL syntax error: error at {where}: expected SELECT, CONSTRUCT, DESCRIBE or ASK, "
        f"found {found!r}"
    )


def test_an_empty_query_says_so(store: Any) -> None:
    with pytest.raises(QueryError, match=r"^no query given: the text holds only comments"):
        execute(store, "# nothing but a comment\n  ", "text/csv")


UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "insert data { <urn:a> <urn:b> <urn:c> }",
    "PREFIX ex: <http://example.org/#>\nDELETE WHERE { ?s ?p ?o }",
    "BASE <http://example.org/#> INSERT DATA { <#a> <#b> <#c> }",
    "# a comment\nLOAD <http://example.org/data.ttl>",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "drop all",
    "Create GRAPH <urn:g>",
    "COPY DEFAULT TO <urn:g>",
    "MOVE DEFAULT TO <urn:g>",
    "ADD DEFAULT TO <urn:g>",
    "INSERTDATA{<urn:a> <urn:b> <urn:c>}",
    "PREFIX ex:<http://example.org/#>DELETE{?s ?p ?o}WHERE{?s ?p ?o}",
]


@pytest.mark.parametrize("text", UPDATES)
def test_updates_in_any_spelling_are_refused(store: Any, text: str) -> None:
    with pytest.raises(QueryError, match="read-only: only SELECT, ASK, CONSTRUCT and DESCRIBE"):
        execute(store, text, "text/csv")
    assert select(store, "SELECT (COUNT(*) AS ?n) { <urn:a> ?p ?o }").rows == (("0",),)


def test_a_worker_with_an_answer_pending_is_never_used_again(
    seed_out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A caller interrupted while its answer is on the way (Ctrl-C in recv, or a timeout that
    raced the answer) must not leave that answer for the next query to read."""
    from kg.store import Store

    store = open_store(seed_out)
    assert isinstance(store, Store)
    people = resolve("people")
    first = execute(store, people, "text/csv")
    (worker,) = store._idle
    real = type(worker._conn)

    class Interrupted(real):  # type: ignore[misc, valid-type]
        def recv(self) -> Any:
            raise KeyboardInterrupt

    monkeypatch.setattr(worker._conn, "__class__", Interrupted)
    with pytest.raises(KeyboardInterrupt):
        execute(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv")
    assert store._idle == [] and not worker.alive
    assert execute(store, people, "text/csv") == first


def test_an_interrupt_before_the_answer_arrives_stops_the_worker(
    seed_out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.store import Store

    store = open_store(seed_out)
    assert isinstance(store, Store)
    people = resolve("people")
    first = execute(store, people, "text/csv")
    (worker,) = store._idle
    real = type(worker._conn)

    class Interrupted(real):  # type: ignore[misc, valid-type]
        def poll(self, timeout: float | None = None) -> bool:
            raise KeyboardInterrupt

    monkeypatch.setattr(worker._conn, "__class__", Interrupted)
    with pytest.raises(KeyboardInterrupt):
        execute(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv")
    assert store._idle == [] and not worker.alive
    assert execute(store, people, "text/csv") == first


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_worker_holds_no_end_of_any_pipe_but_its_own(seed_out: Path) -> None:
    """A worker that held its parent's end of a pipe (its own or another worker's) would
    never hear that end close: it would outlive the kg that forked it."""
    from kg.store import Store, _Worker

    store = open_store(seed_out)
    assert isinstance(store, Store)
    workers = [_Worker(store) for _ in range(3)]
    for worker in workers:
        assert worker.ask("ASK { ?s ?p ?o }", "CSV", 10) == b"true"
    ends = {os.readlink(f"/proc/self/fd/{w._conn.fileno()}") for w in workers}
    for worker in workers:
        fds = Path(f"/proc/{worker._process.pid}/fd")
        held = {os.readlink(fd) for fd in fds.iterdir()}
        assert not held & ends
    # ... so a worker whose parent's end closes ends too, without being killed.
    first = workers[0]
    first._conn.close()
    first._process.join(10)
    assert not first._process.is_alive()
