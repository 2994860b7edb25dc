"""Shared fixtures: the repository, its ontology and the two seed articles, loaded once."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from pathlib import Path

import pytest

from kg import exporters
from kg.loaders import load
from kg.ontology import Ontology, load_ontology
from kg.pipeline import Build, build
from kg.records import Document

ROOT = Path(__file__).resolve().parent.parent
SEED_2022 = ROOT / "seeds" / "2022-wechat-open-class-pro-36kr.html"
SEED_2023 = ROOT / "seeds" / "2023-wechat-open-class-pro.md"


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository: the directory holding kg/, ontology/ and seeds/."""
    return ROOT


@pytest.fixture(scope="session")
def ontology(root: Path) -> Ontology:
    """The ontology shipped in ontology/*.ttl."""
    return load_ontology(root / "ontology")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The two seed articles, 2022 (HTML under front matter) then 2023 (Markdown)."""
    return [SEED_2022, SEED_2023]


@pytest.fixture(scope="session")
def seed_2022() -> Document:
    """The 2022 seed: 36kr's HTML article with YAML front matter."""
    return load(SEED_2022)


@pytest.fixture(scope="session")
def seed_2023() -> Document:
    """The 2023 seed: a Markdown article with a '# ' title and no front matter."""
    return load(SEED_2023)


@pytest.fixture(scope="session")
def seed_build(root: Path, ontology: Ontology) -> Build:
    """A build of seeds/, named relatively from the repository as `kg build` does."""
    with contextlib.chdir(root):
        return build([Path("seeds")], ontology)


@pytest.fixture(scope="session")
def seed_out(seed_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every output of the seed build, written to a temporary directory."""
    out = tmp_path_factory.mktemp("out")
    exporters.write(seed_build, out)
    return out


def ontology_with(root: Path, folder: Path, terms: Mapping[str, str]) -> Ontology:
    """The shipped ontology plus the terms an analyst adds first, as issue 13's figure of the
    rules alone has them: per class (Person, Company, Product, Capability …) the names,
    space-separated (``_`` stands for a space inside a name: Andrej_Karpathy), each with that
    class and a ``skos:prefLabel``, nothing more."""
    lines = [
        "@prefix kg: <https://kg.example/schema#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
    ]
    for cls, names in terms.items():
        for i, name in enumerate(n.replace("_", " ") for n in names.split()):
            lines.append(
                f"<https://kg.example/id/test/{cls.lower()}-{i}> a kg:{cls} ; "
                f'skos:prefLabel "{name}"@zh .'
            )
    path = folder / "suggested.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_ontology(root / "ontology", add=[path])
