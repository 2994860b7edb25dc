"""Every RDF output of the seed build, read by the parsers users run: rapper, Oxigraph, rdflib.

The three must agree on the number of triples (quads for TriG and JSON-LD). rapper comes
from Debian's raptor2-utils (`bash tests/tools/install.sh`); raptor has no JSON-LD parser.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg import exporters
from kg.pipeline import Build

OUTPUTS = {
    "kg.ttl": ("turtle", ox.RdfFormat.TURTLE, "turtle"),
    "kg.trig": ("trig", ox.RdfFormat.TRIG, "trig"),
    "kg.jsonld": (None, ox.RdfFormat.JSON_LD, "json-ld"),
}


@pytest.fixture(scope="module")
def rdf_dir(seed_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rdf-tools")
    exporters.write(seed_build, out, ["turtle", "trig", "jsonld"])
    return out


def _rapper(path: Path, syntax: str) -> int:
    rapper = shutil.which("rapper")
    assert rapper, "rapper is missing: run `bash tests/tools/install.sh` (Debian raptor2-utils)"
    result = subprocess.run(
        [rapper, "-i", syntax, "-c", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    found = re.search(r"returned (\d+) triples", result.stderr)
    assert found, result.stderr
    return int(found.group(1))


def _rdflib(path: Path, syntax: str) -> int:
    dataset = rdflib.Dataset()
    dataset.parse(path, format=syntax)
    return sum(1 for _ in dataset.quads((None, None, None, None)))


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_the_parsers_agree_on_every_output(seed_build: Build, rdf_dir: Path, name: str) -> None:
    raptor_syntax, ox_format, rdflib_syntax = OUTPUTS[name]
    path = rdf_dir / name
    counts = {
        "oxigraph": sum(1 for _ in ox.parse(path=str(path), format=ox_format)),
        "rdflib": _rdflib(path, rdflib_syntax),
    }
    if raptor_syntax:
        counts["rapper"] = _rapper(path, raptor_syntax)
    expected = sum(len(g) for _, g in seed_build.named_graphs) + len(seed_build.default_graph)
    if name == "kg.ttl":  # the merged graph: a triple two articles share is one triple
        expected = len(
            {t for _, g in seed_build.named_graphs for t in g} | set(seed_build.default_graph)
        )
    assert counts == dict.fromkeys(counts, expected)


def test_trig_and_jsonld_hold_the_same_quads(rdf_dir: Path) -> None:
    trig = ox.Dataset(ox.parse(path=str(rdf_dir / "kg.trig"), format=ox.RdfFormat.TRIG))
    jsonld = ox.Dataset(ox.parse(path=str(rdf_dir / "kg.jsonld"), format=ox.RdfFormat.JSON_LD))
    assert set(trig) == set(jsonld)
