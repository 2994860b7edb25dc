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
from kg.store import execute, open_store

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
