"""kg: a knowledge-graph builder for Chinese news.

The library does everything the CLI does::

    from kg import build, load_ontology, write
    result = build(["seeds"], load_ontology())
    write(result, "out")
"""

from __future__ import annotations

from kg.errors import KGError
from kg.evaluate import evaluate, read_facts
from kg.exporters import FORMATS, write
from kg.graph import to_networkx
from kg.loaders import load
from kg.ontology import Ontology, load_ontology
from kg.pipeline import Build, build, extract
from kg.reader import read_build
from kg.store import open_store, select

__all__ = [
    "KGError",
    "Ontology",
    "Build",
    "FORMATS",
    "load_ontology",
    "load",
    "extract",
    "build",
    "write",
    "to_networkx",
    "read_build",
    "open_store",
    "select",
    "evaluate",
    "read_facts",
]
