"""The build's disk-backed stores: an external sort that agrees with sorted(set()), records
read back by key, and a build that spills to many runs writing what an in-memory one writes."""

from __future__ import annotations

import gc
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.spill
from kg import exporters
from kg.ontology import Ontology
from kg.pipeline import build
from kg.spill import Records, SortedRuns, Spill

ITEMS = st.lists(st.tuples(st.text(max_size=3), st.integers(0, 5)), max_size=200)


@settings(max_examples=60, deadline=None)
@given(items=ITEMS, limit=st.integers(1, 40), parts=st.integers(1, 5))
def test_sorted_runs_give_sorted_distinct_items(
    items: list[tuple[str, int]], limit: int, parts: int
) -> None:
    runs: SortedRuns[tuple[str, int]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.spill, "RUN_ITEMS", limit)
        patch.setattr(kg.spill, "FAN_IN", 3)  # runs are merged into runs of runs too
        patch.setattr(kg.spill, "_CHUNK", 2)  # read back in many rounds
        runs = SortedRuns(Spill(), "t")
        step = max(1, len(items) // parts)
        for at in range(0, len(items), step):
            runs.add(items[at : at + step])
    expected = sorted(set(items))
    assert list(runs) == expected
    assert list(runs) == expected  # iterating again reads the runs again
    assert len(runs) == len(expected)
    if len(items) >= 4 * limit and parts > 1:
        assert runs.runs >= 1


@settings(max_examples=60, deadline=None)
@given(items=ITEMS, limit=st.integers(1, 40))
def test_of_items_alike_the_least_is_kept(items: list[tuple[str, int]], limit: int) -> None:
    runs: SortedRuns[tuple[str, int]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.spill, "RUN_ITEMS", limit)
        patch.setattr(kg.spill, "FAN_IN", 2)
        runs = SortedRuns(Spill(), "t", distinct=lambda item: item[0])
        step = max(1, limit // 2)
        for at in range(0, len(items), step):
            runs.add(items[at : at + step])
    least: dict[str, tuple[str, int]] = {}
    for item in items:
        least[item[0]] = min(item, least.get(item[0], item))
    assert list(runs) == sorted(least.values())


@settings(max_examples=60, deadline=None)
@given(items=ITEMS, limit=st.integers(1, 40), chunk=st.integers(1, 5))
def test_of_items_alike_in_order_the_first_taken_is_kept(
    items: list[tuple[str, int]], limit: int, chunk: int
) -> None:
    runs: SortedRuns[tuple[str, int]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.spill, "RUN_ITEMS", limit)
        patch.setattr(kg.spill, "FAN_IN", 3)
        patch.setattr(kg.spill, "_CHUNK", chunk)  # many rounds of merging
        runs = SortedRuns(Spill(), "t", order=_key, distinct=_key)
        for at in range(0, len(items), 3):
            runs.add(items[at : at + 3])
        first: dict[str, tuple[str, int]] = {}
        for item in items:
            first.setdefault(item[0], item)
        assert list(runs) == sorted(first.values(), key=_key)


def _key(item: tuple[str, int]) -> str:
    return item[0]


def test_records_are_read_back_by_key_and_replaced() -> None:
    records = Records(Spill())
    records.put("b", pickle.dumps(2), pickle.dumps("x"))
    records.put("a", pickle.dumps(1), pickle.dumps("y"))
    records.put("b", pickle.dumps(3), pickle.dumps("z"))
    assert list(records.items(0)) == [("a", 1), ("b", 3)]
    assert list(records.items(1)) == [("a", "y"), ("b", "z")]
    assert len(records) == 2 and "a" in records and "c" not in records


def test_a_spill_is_removed_with_its_build(ontology: Ontology, seed_paths: list[Path]) -> None:
    result = build(seed_paths, ontology)
    directory = result.assembly.spill.directory
    assert directory.is_dir()
    del result
    gc.collect()
    assert not directory.exists()


def test_a_build_spilled_to_many_runs_writes_the_same_files(
    ontology: Ontology,
    root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kg.spill, "RUN_ITEMS", 97)
    monkeypatch.chdir(root)  # out/report.json names the articles by their relative paths
    result = build([Path("seeds")], ontology)
    assert result.merged.runs >= 2 and result.rows.runs >= 1
    exporters.write(result, tmp_path)
    for name in ("kg.ttl", "kg.trig", "facts.tsv", "kg.graphml", "kg.gexf", "report.json"):
        assert (tmp_path / name).read_bytes() == (root / "out" / name).read_bytes(), name


def test_runs_are_merged_into_runs_of_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.spill, "RUN_ITEMS", 2)
    monkeypatch.setattr(kg.spill, "FAN_IN", 3)
    runs: SortedRuns[int] = SortedRuns(Spill(), "t")
    for item in reversed(range(60)):
        runs.add([item, item])
    assert runs.runs < 10  # 30 runs written, merged three at a time
    assert list(runs) == list(range(60))


def test_a_killed_builds_spill_is_removed_and_a_live_one_kept(tmp_path: Path) -> None:
    import os

    dead = tmp_path / ".kg-spill-999999999-abc"  # no such process
    live = tmp_path / f".kg-spill-{os.getpid()}-def"
    for folder in (dead, live):
        folder.mkdir()
        (folder / "records-00001").write_bytes(b"x")
    assert Spill.remove_stale(tmp_path) == 1
    assert not dead.exists() and live.exists()


def test_a_full_disk_is_a_clear_error_and_the_last_build_stays(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from click.testing import CliRunner

    from kg.cli import main

    out = tmp_path / "out"
    out.mkdir()
    (out / ".kg-lock").touch()  # what kg marks its own output directories with
    (out / "kg.ttl").write_text("the last build\n")

    def full(fd: int, data: bytes, offset: int) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "pwrite", full)
    result = CliRunner().invoke(main, ["build", str(root / "seeds"), "-o", str(out)])
    assert result.exit_code == 1
    assert "cannot write what the build keeps on disk (No space left on device)" in result.output
    assert "internal error" not in result.output
    assert (out / "kg.ttl").read_text() == "the last build\n"
