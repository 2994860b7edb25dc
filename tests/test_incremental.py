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
from kg.records import Document, Extraction


@pytest.fixture
def corpus(seed_paths: list[Path], tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in seed_paths:
        shutil.copy(seed, folder / seed.name)
    return folder


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the articles extracted from now on (in this process)."""
    seen: list[str] = []
    real = kg.pipeline.extract

    def counted(document: Document, ontology: Ontology) -> Extraction:
        seen.append(Path(document.path).name)
        return real(document, ontology)

    monkeypatch.setattr(kg.pipeline, "extract", counted)
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
    entries = list(directory.glob("*/*.entry"))
    assert len(entries) == 2
    for entry in entries:
        entry.write_bytes(b"not a pickle")
    cache = Cache(directory, ontology, kg.pipeline.MAX_BYTES)
    second = build([corpus], ontology, cache=cache)
    assert cache.hits == 0
    assert list(second.facts) == list(first.facts)


def test_entries_are_signed_with_a_secret_of_this_user_s_kept_outside_the_build(
    ontology: Ontology, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "mine"))
    directory = tmp_path / "out" / CACHE_DIR
    build([corpus], ontology, cache=Cache(directory, ontology, kg.pipeline.MAX_BYTES))
    secret = tmp_path / "mine" / "kg" / "cache-secret"
    assert secret.stat().st_mode & 0o777 == 0o600
    assert len(secret.read_bytes()) == 32
    assert not [p for p in (tmp_path / "out").rglob("*") if b"secret" in p.name.encode()]
    mine = Cache(directory, ontology, kg.pipeline.MAX_BYTES)
    build([corpus], ontology, cache=mine)
    assert (mine.hits, mine.misses) == (2, 0)
    # Another user's kg (another secret) finds entries it did not sign: misses, not loaded.
    theirs = Cache(directory, ontology, kg.pipeline.MAX_BYTES, secret_dir=tmp_path / "theirs")
    build([corpus], ontology, cache=theirs)
    assert (theirs.hits, theirs.misses) == (0, 2)


def test_without_a_home_to_keep_the_secret_in_the_build_goes_on_uncached(
    root: Path, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    (tmp_path / "file").write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file" / "cache"))
    out = tmp_path / "out"
    args = ["build", str(corpus), "-o", str(out), "--ontology", str(root / "ontology")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"warning: {tmp_path / 'file' / 'cache' / 'kg'}: cannot keep the cache's secret "
        "there (Not a directory); the build goes on without its cache. Set XDG_CACHE_HOME "
        "to a directory of your own, or pass --no-cache\n"
    )
    assert not (out / CACHE_DIR).exists()


@pytest.mark.parametrize("how", ["readable", "link"])
def test_a_secret_others_could_read_or_plant_is_refused(
    ontology: Ontology, tmp_path: Path, how: str
) -> None:
    folder = tmp_path / "secret"
    folder.mkdir()
    if how == "readable":
        (folder / "cache-secret").write_bytes(b"k" * 32)
        (folder / "cache-secret").chmod(0o644)
    else:
        (tmp_path / "elsewhere").write_bytes(b"k" * 32)
        (tmp_path / "elsewhere").chmod(0o600)
        (folder / "cache-secret").symlink_to(tmp_path / "elsewhere")
    cache = Cache(tmp_path / CACHE_DIR, ontology, kg.pipeline.MAX_BYTES, secret_dir=folder)
    assert not cache.enabled
    assert len(cache.problems) == 1
    assert cache.problems[0].startswith(f"{folder}: cannot keep the cache's secret there (")


def test_pruning_removes_only_kg_s_entries(
    ontology: Ontology, corpus: Path, tmp_path: Path
) -> None:
    """Pruning removes the entries a build did not use, and nothing else: not a file of
    someone's in the cache directory, nor what a link in its place points to."""
    directory = tmp_path / "out" / CACHE_DIR
    (directory / "ab").mkdir(parents=True)
    (directory / "ab" / "notes.txt").write_text("mine")
    (directory / ("0" * 64 + ".entry")).write_text("not in a shard")
    stale = directory / "cd" / ("c" * 64 + ".entry")
    stale.parent.mkdir()
    stale.write_bytes(b"an old entry")
    cache = Cache(directory, ontology, kg.pipeline.MAX_BYTES)
    build([corpus], ontology, cache=cache)
    assert cache.prune() == 1
    assert not stale.exists()
    assert (directory / "ab" / "notes.txt").read_text() == "mine"
    assert (directory / ("0" * 64 + ".entry")).exists()
    assert len(list(directory.glob("*/*.entry"))) == 2  # this build's

    home = tmp_path / "home"
    (home / "documents").mkdir(parents=True)
    (home / "documents" / "thesis.md").write_text("years of work")
    linked = tmp_path / "cloned" / CACHE_DIR
    linked.parent.mkdir()
    linked.symlink_to(home)  # as a cloned project's out/.kg-cache could be
    cache = Cache(linked, ontology, kg.pipeline.MAX_BYTES)
    build([corpus], ontology, cache=cache)
    cache.prune()
    assert (home / "documents" / "thesis.md").read_text() == "years of work"
