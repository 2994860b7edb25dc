"""Reading a build back and converting it: ``kg export`` never rebuilds and never changes a byte."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import exporters
from kg.cli import main
from kg.pipeline import Build
from kg.reader import read_build


def test_a_build_read_back_is_the_same_build(seed_build: Build, seed_out: Path) -> None:
    back = read_build(seed_out)
    assert list(back.facts) == list(seed_build.facts)
    assert list(back.named_graphs) == list(seed_build.named_graphs)
    assert back.default_graph == seed_build.default_graph
    assert back.articles == seed_build.articles
    assert back.ontology.labels == seed_build.ontology.labels


@pytest.mark.parametrize("name", ["turtle", "trig", "facts", "graphml", "gexf", "report"])
def test_exporting_a_build_rewrites_its_files_byte_for_byte(
    seed_out: Path, tmp_path: Path, name: str
) -> None:
    for path in exporters.write(read_build(seed_out), tmp_path, [name]):
        assert path.read_bytes() == (seed_out / path.name).read_bytes(), path.name


def test_kg_export_in_two_processes_rewrites_every_file_byte_for_byte(
    seed_out: Path, tmp_path: Path
) -> None:
    names = ["turtle", "trig", "facts", "graphml", "gexf", "report"]
    args = ["export", str(seed_out), *(x for n in names for x in ("-f", n)), "-o", str(tmp_path)]
    result = CliRunner().invoke(main, [*args, "-w", "2"])
    assert result.exit_code == 0, result.output
    for name in ("kg.ttl", "kg.trig", "facts.tsv", "kg.graphml", "kg.gexf", "report.json"):
        assert (tmp_path / name).read_bytes() == (seed_out / name).read_bytes(), name


def test_kg_export_writes_csv_tables_for_gephi_and_neo4j(seed_out: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(seed_out), "-f", "csv", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with (tmp_path / "nodes.csv").open(encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with (tmp_path / "edges.csv").open(encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0])[:2] == ["Id", "Label"]
    assert list(edges[0])[:3] == ["Source", "Target", "Type"]
    ids = {n["Id"] for n in nodes}
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)
    channels = next(n for n in nodes if n["Label"] == "视频号")
    assert (channels["kind"], channels["years"]) == ("Product", "2022;2023")
    offers = [e for e in edges if e["Label"] == "offers" and e["Source"] == channels["Id"]]
    assert offers and all(e["Type"] == "Directed" and int(e["Weight"]) >= 1 for e in offers)


def test_kg_export_errors(seed_out: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["export", str(seed_out), "-f", "pdf"])
    assert result.exit_code == 1
    assert "unknown format 'pdf'; known formats: " in result.output
    result = runner.invoke(main, ["export", str(tmp_path), "-f", "csv"])
    assert f"Error: {tmp_path / 'kg.trig'}: no build here" in result.output
