"""Incremental builds: only changed or new articles are extracted again, and the result is
byte-identical to a clean build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg.pipeline
from kg import exporters
from kg.cache import CACHE_DIR, Cache
from kg.ontology import Ontology
from kg.pipeline import build


@pytest.fixture
def corpus(seed_paths: list[Path], tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in seed_paths:
        shutil.copy(seed, folder / seed.name)
    return folder


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = kg.pipeline.process_path

    def counted(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(kg.pipeline, "process_path", counted)
    return seen


def test_a_rebuild_extracts_only_what_changed(
    ontology: Ontology, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    cache = Cache(out / CACHE_DIR, ontology, kg.pipeline.MAX_BYTES)
    exporters.write(build([corpus], ontology, cache=cache), out)
    assert (cache.hits, cache.misses) == (0, 2)

    changed = corpus / "2023-wechat-open-class-pro.md"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n\n搜一搜月活增长至9亿。\n", encoding="utf-8"
    )
    (corpus / "new.md").write_text("2023微信公开课PRO：视频号上线了红包封面。\n", encoding="utf-8")
    seen = _counting(monkeypatch)
    cache = Cache(out / CACHE_DIR, ontology, kg.pipeline.MAX_BYTES)
    incremental = build([corpus], ontology, cache=cache)
    assert sorted(seen) == ["2023-wechat-open-class-pro.md", "new.md"]
    assert cache.hits == 1

    exporters.write(incremental, out)
    clean = tmp_path / "clean"
    exporters.write(build([corpus], ontology), clean)
    for path in sorted(clean.iterdir()):
        assert path.read_bytes() == (out / path.name).read_bytes(), path.name


def test_another_ontology_or_kg_extracts_everything_again(
    ontology: Ontology, root: Path, corpus: Path, tmp_path: Path
) -> None:
    directory = tmp_path / CACHE_DIR
    build([corpus], ontology, cache=Cache(directory, ontology, kg.pipeline.MAX_BYTES))
    again = Cache(directory, ontology, kg.pipeline.MAX_BYTES)
    build([corpus], ontology, cache=again)
    assert again.hits == 2
    smaller = Cache(directory, ontology, 1_000_000)  # another size limit: another key
    build([corpus], ontology, cache=smaller)
    assert smaller.hits == 0


def test_a_damaged_cache_entry_is_extracted_again(
    ontology: Ontology, corpus: Path, tmp_path: Path
) -> None:
    directory = tmp_path / CACHE_DIR
    first = build([corpus], ontology, cache=Cache(directory, ontology, kg.pipeline.MAX_BYTES))
    for entry in directory.glob("*/*.pickle"):
        entry.write_bytes(b"not a pickle")
    cache = Cache(directory, ontology, kg.pipeline.MAX_BYTES)
    second = build([corpus], ontology, cache=cache)
    assert cache.hits == 0
    assert list(second.facts) == list(first.facts)
