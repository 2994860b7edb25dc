"""The CLI: each verb's success and its errors, through click's CliRunner."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import exporters
from kg.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def built(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "out"
    result = CliRunner().invoke(main, ["build", str(root / "seeds"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_every_output_and_says_so(built: Path) -> None:
    assert sorted(p.name for p in built.iterdir() if not p.name.startswith(".")) == [
        "facts.tsv",
        "kg.gexf",
        "kg.graphml",
        "kg.trig",
        "kg.ttl",
        "report.json",
    ]
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["articles"] == 2
    assert report["failures"] == []


def test_build_defaults_to_seeds_and_out(
    root: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    shutil.copytree(root / "ontology", tmp_path / "ontology")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("built 2 article(s), ")
    assert (tmp_path / "out" / "facts.tsv").is_file()


def test_build_reports_a_bad_file_and_exits_1(
    root: Path, runner: CliRunner, tmp_path: Path
) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(root / "seeds", corpus)
    # A real binary file: the 2023 seed, gzipped.
    seed = (root / "seeds" / "2023-wechat-open-class-pro.md").read_bytes()
    (corpus / "bad.md").write_bytes(gzip.compress(seed, mtime=0))
    result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    bad = corpus / "bad.md"
    assert f"error: {bad}: " in result.stderr
    assert "this is a gzip archive, not an article" in result.stderr
    assert "1 of 3 file(s) failed" in result.output
    assert (tmp_path / "o" / "facts.tsv").is_file()


def test_build_of_nothing_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "Error: no articles found in" in result.output
    result = runner.invoke(main, ["build", str(tmp_path / "missing")])
    assert "Error: " in result.output and "no such file or directory" in result.output


def test_build_with_an_unknown_format_lists_the_known(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", "-f", "xml", "-o", str(tmp_path)])
    assert result.exit_code == 1
    known = ", ".join(sorted(exporters.FORMATS))
    assert f"unknown format 'xml'; known formats: {known}" in result.output
    assert {"gexf", "jsonld", "csv"} <= set(exporters.FORMATS)


def test_query_with_an_on_disk_store_answers_the_same(
    built: Path, runner: CliRunner, tmp_path: Path
) -> None:
    plain = runner.invoke(main, ["query", "people", "-d", str(built), "-o", "tsv"])
    for _ in range(2):  # loads the store, then opens it
        stored = runner.invoke(
            main, ["query", "people", "-d", str(built), "-o", "tsv", "--store", str(tmp_path)]
        )
        assert stored.exit_code == 0, stored.output
        assert stored.output == plain.output
    assert (tmp_path / "kg-build.json").is_file()


def test_query_by_name_inline_and_as_csv(built: Path, runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "people", "-d", str(built)])
    assert result.exit_code == 0, result.output
    assert "张孝超" in result.output and "腾讯公司副总裁" in result.output
    inline = "SELECT ?c WHERE { product:channels kg:offers ?c } ORDER BY ?c"
    result = runner.invoke(main, ["query", inline, "-d", str(built), "-o", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "c"
    assert "https://kg.example/id/capability/red-packet-cover" in lines


def test_query_errors_point_at_the_problem(built: Path, runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["query", "SELECT ?x WHERE { ?x ?y }", "-d", str(built)])
    assert result.exit_code == 1
    assert "Error: SPARQL syntax error: error at 1:26: expected" in result.output
    result = runner.invoke(main, ["query", "no-such-query", "-d", str(built)])
    assert "is neither SPARQL, a .rq file nor a named query; named queries: " in result.output
    result = runner.invoke(main, ["query", "people", "-d", str(tmp_path)])
    assert f"Error: {tmp_path / 'kg.ttl'}: no build here" in result.output


def test_eval_prints_the_table(root: Path, built: Path, runner: CliRunner) -> None:
    gold = root / "tests" / "seed-facts.tsv"
    result = runner.invoke(main, ["eval", str(gold), str(built / "facts.tsv"), "--missed"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == [
        "predicate",
        "gold",
        "pred",
        "match",
        "P",
        "R",
        "F1",
    ]
    assert any(line.startswith("all ") for line in result.output.splitlines())
    assert "missed (" in result.output


def test_eval_of_a_malformed_table_names_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("year\tsubject\n", encoding="utf-8")
    result = runner.invoke(main, ["eval", str(bad), str(bad)])
    assert result.exit_code == 1
    assert f"Error: {bad}:1: " in result.output


def test_stats_summarises_a_build(built: Path, runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["stats", str(built)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 article(s), ")
    assert "2022  2022-wechat-open-class-pro-36kr" in result.output
    result = runner.invoke(main, ["stats", str(tmp_path)])
    assert f"Error: {tmp_path / 'report.json'}: no build here" in result.output


@pytest.mark.parametrize("verb", ["build", "query", "export", "serve", "eval", "stats"])
def test_every_verb_has_help_with_an_example(runner: CliRunner, verb: str) -> None:
    result = runner.invoke(main, [verb, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"kg {verb}" in result.output.replace("kg eval", "kg eval")
