"""Reading a build back and converting it: ``kg export`` never rebuilds and never changes a byte."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
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


def test_a_killed_export_leaves_its_spill_beside_its_outputs_for_the_next_to_remove(
    seed_out: Path, tmp_path: Path
) -> None:
    """As a build's, an export's spill lives in its output directory, never in /tmp."""
    tmp, out = tmp_path / "tmp", tmp_path / "out"
    tmp.mkdir()
    command = [sys.executable, "-m", "kg", "export", str(seed_out), "-f", "gexf", "-o", str(out)]
    export = subprocess.Popen(
        command,
        env={**os.environ, "TMPDIR": str(tmp)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while export.poll() is None and not [*out.glob(".kg-spill-*"), *tmp.glob(".kg-spill-*")]:
            time.sleep(0.005)
    finally:
        export.kill()
        export.wait()
    assert list(tmp.glob(".kg-spill-*")) == []
    (left,) = out.glob(".kg-spill-*")  # the killed export's: its finaliser never ran
    result = CliRunner().invoke(main, ["export", str(seed_out), "-f", "gexf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert not left.exists()
    assert (out / "kg.gexf").read_bytes() == (seed_out / "kg.gexf").read_bytes()


def test_control_characters_in_a_build_never_make_unreadable_xml(
    seed_out: Path, tmp_path: Path
) -> None:
    """XML 1.0 cannot hold most C0 controls, not even as &#1;: the XML writers drop them,
    whatever the build holds (here one read back, its titles and metric names edited)."""
    from lxml import etree

    build = tmp_path / "build"
    build.mkdir()
    for name in ("kg.trig", "report.json"):
        text = (seed_out / name).read_text(encoding="utf-8")
        if name == "kg.trig":
            text = text.replace('"腾讯公司副总裁"@zh', '"腾讯公司\\u0001副总裁\\u001b\\uFFFE"@zh')
            text = text.replace('"日活用户"@zh', '"日活\\u0000用户\\u0008"@zh')
        (build / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["export", str(build), "-f", "graphml", "-f", "gexf", "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    for name in ("kg.graphml", "kg.gexf"):
        etree.parse(str(build / name), etree.XMLParser(recover=False))  # strict XML 1.0
    graph = nx.read_graphml(build / "kg.graphml")
    roles = {data["roles"] for _, data in graph.nodes(data=True) if data.get("roles")}
    assert "2023:腾讯公司副总裁" in roles
    metrics = ";".join(data["metrics"] for _, data in graph.nodes(data=True) if data.get("metrics"))
    assert ":日活用户:" in metrics and "\x00" not in metrics


def test_a_name_holding_the_alternatives_bar_gives_a_table_kg_eval_reads(
    seed_out: Path, tmp_path: Path
) -> None:
    """``|`` separates alternatives in a facts table; a metric name or title that holds one
    (text on a page, 「阅读量不过万|」) is written with the full-width bar instead, so that
    the table kg writes is one kg eval reads."""
    from kg.evaluate import read_facts

    build = tmp_path / "build"
    build.mkdir()
    for name in ("kg.trig", "report.json"):
        text = (seed_out / name).read_text(encoding="utf-8")
        if name == "kg.trig":
            text = text.replace('"日活用户"@zh', '"日活|用户|"@zh')
        (build / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(build), "-f", "facts"])
    assert result.exit_code == 0, result.output
    objects = {o for row in read_facts(build / "facts.tsv") for o in row.objects}
    assert "日活｜用户｜" in objects
    assert "日活用户" not in objects


def test_an_output_path_that_is_a_broken_link_says_so(tmp_path: Path) -> None:
    # A hostile-input audit (2026-12-06): it said "cannot create the output directory (File
    # exists)", which sends the user looking for a file that is not there.
    link = tmp_path / "out"
    link.symlink_to(tmp_path / "nowhere" / "x")
    with pytest.raises(exporters.BuildError) as info:
        exporters.output_dir(link)
    assert (
        str(info.value)
        == f"{link}: a broken symbolic link (to {tmp_path}/nowhere/x); give an output directory"
    )
