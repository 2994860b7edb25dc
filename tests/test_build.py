"""End to end on the seeds: the score against gold, golden outputs, determinism."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import exporters
from kg.evaluate import evaluate, format_report, read_facts
from kg.ontology import Ontology
from kg.pipeline import Build, build

GOLDEN = ("kg.ttl", "kg.trig", "facts.tsv", "kg.graphml", "kg.gexf", "report.json")


def test_the_seed_build_meets_the_quality_bar(root: Path, seed_out: Path) -> None:
    """F1 >= 0.90 with precision >= 0.90, and no predicate below 0.75 recall."""
    result = evaluate(
        read_facts(root / "tests" / "seed-facts.tsv"), read_facts(seed_out / "facts.tsv")
    )
    print("\n" + format_report(result))
    assert result.overall.f1 >= 0.90
    assert result.overall.precision >= 0.90
    low = [s.predicate for s in result.per_predicate if s.gold and s.recall < 0.75]
    assert low == []


@pytest.mark.parametrize("name", GOLDEN)
def test_a_fresh_build_equals_the_committed_out(root: Path, seed_out: Path, name: str) -> None:
    """out/ is the golden build of the seeds: rebuild it with `kg build` when this fails."""
    expected = (root / "out" / name).read_text(encoding="utf-8")
    actual = (seed_out / name).read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), f"out/{name}", "fresh build", lineterm=""
        )
        pytest.fail(
            "fresh build differs from out/ (run `kg build` to update):\n"
            + "\n".join(list(diff)[:60])
        )


def test_builds_are_byte_identical_across_hash_seeds_and_file_order(
    root: Path, seed_out: Path, tmp_path: Path
) -> None:
    """Same input, same bytes: another process, another PYTHONHASHSEED, the files reversed."""
    script = (
        "import sys; from kg import build, write, load_ontology\n"
        "paths = sys.argv[2:]\n"
        "write(build(paths, load_ontology([sys.argv[1] + '/ontology'])), sys.argv[1] + '/../o')\n"
    )
    seeds = sorted(f"seeds/{p.name}" for p in (root / "seeds").iterdir())
    work = tmp_path / "w"
    work.mkdir()
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    (work / "ontology").symlink_to(root / "ontology")
    subprocess.run(
        [sys.executable, "-c", script, str(work), *reversed(seeds)], check=True, env=env, cwd=root
    )
    for name in GOLDEN:
        assert (tmp_path / "o" / name).read_bytes() == (seed_out / name).read_bytes(), name


def test_a_broken_article_costs_only_itself(
    ontology: Ontology, seed_paths: list[Path], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in seed_paths:
        (corpus / p.name).write_bytes(p.read_bytes())
    (corpus / "broken.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (corpus / "empty.html").write_text("", encoding="utf-8")
    result = build([corpus], ontology)
    assert [a.id for a in result.articles] == [
        "2022-wechat-open-class-pro-36kr",
        "2023-wechat-open-class-pro",
    ]
    assert [(Path(f.path).name, f.reason) for f in result.failures] == [
        (
            "broken.md",
            "this is a PNG image, not an article",
        ),
        ("empty.html", "the file is empty"),
    ]


def test_writing_is_atomic_a_failed_write_keeps_the_old_file(
    seed_build: Build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exporters.write(seed_build, tmp_path, ["facts"])
    before = (tmp_path / "facts.tsv").read_bytes()

    def broken(_build: Build):  # type: ignore[no-untyped-def]
        yield "year\tsubject\n"
        raise RuntimeError("killed mid-write")

    fmt = exporters.FORMATS["facts"]
    broken_format = exporters.Format(fmt.name, fmt.description, (("facts.tsv", broken),))
    monkeypatch.setitem(exporters.FORMATS, "facts", broken_format)
    with pytest.raises(RuntimeError):
        exporters.write(seed_build, tmp_path, ["facts"])
    assert (tmp_path / "facts.tsv").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.tsv"]
