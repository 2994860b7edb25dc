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
from kg.ontology import load_ontology
from kg.pipeline import Build, build
from kg.reader import read_build

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


#: Terms an ontology may hold that are odd but valid: non-ASCII and percent-encoded IRIs,
#: every sub-delimiter, custom datatypes, region subtags in capitals, quotes, backslashes,
#: control characters, line separators and noncharacters in text.
ODD_TERMS = """\
@prefix kg:   <https://kg.example/schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://kg.example/id/product/微信读书> a kg:Product ;
    skos:prefLabel "微信读书"@zh , "WeChat \\"Read\\" \\\\ back"@en ;
    skos:altLabel "读书\\u0001\\u001b\\u007f"@zh , "tab\\there"@zh-Hant-TW , "line\\nbreak"@zh ;
    rdfs:comment "one\\ntwo\\r\\n\\u0085\\u2028\\ufeff\\ufffe\\uffff😀" ;
    kg:note "v"^^<https://example.org/dt#x> , "7"^^<http://www.w3.org/2001/XMLSchema#integer> ,
        <https://example.org/a%20b?q=1&r=(2)!$*+,;=:@~'#frag> , <urn:isbn:0451450523> ,
        "x"^^<https://example.org/dt/é> .
<https://kg.example/id/product/x.y-z_> a kg:Product ; skos:prefLabel "某产品"@zh .
<https://kg.example/id/product/.dot> a kg:Product ; skos:prefLabel "点产品"@zh .
<https://kg.example/id/product/a:b> a kg:Product ; skos:prefLabel "冒号产品"@zh .
"""


def test_whatever_the_ontology_accepts_every_parser_reads_and_reads_back(
    root: Path, seed_paths: list[Path], tmp_path: Path
) -> None:
    odd = tmp_path / "odd.ttl"
    odd.write_text(ODD_TERMS, encoding="utf-8")
    built = build(seed_paths, load_ontology(root / "ontology", add=[odd]))
    out, again = tmp_path / "out", tmp_path / "again"
    names = ["turtle", "trig", "jsonld", "facts", "graphml", "gexf"]
    exporters.write(built, out, names)
    for name, (raptor_syntax, ox_format, rdflib_syntax) in OUTPUTS.items():
        path = out / name
        counts = {
            "oxigraph": sum(1 for _ in ox.parse(path=str(path), format=ox_format)),
            "rdflib": _rdflib(path, rdflib_syntax),
        }
        if raptor_syntax:
            counts["rapper"] = _rapper(path, raptor_syntax)
        assert len(set(counts.values())) == 1, (name, counts)
    # Read back, the build is written again byte for byte.
    exporters.write(read_build(out), again, names)
    for name in ("kg.ttl", "kg.trig", "kg.jsonld", "facts.tsv", "kg.graphml", "kg.gexf"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name
