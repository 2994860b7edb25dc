"""A wheel install (``pip install kg``, not ``-e``) carries the ontology and the named queries.

The wheel is built from a copy of the source, offline (``--no-build-isolation``: the test
venv's setuptools builds it), and installed with ``--no-deps`` into a fresh venv. That venv
reaches the test venv's dependencies through a ``.pth`` line; a path named in a ``.pth`` file
is put on ``sys.path`` without its own ``.pth`` files being run, so the test venv's editable
finder for kg is not installed there and ``import kg`` can only find the wheel's copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

_SOURCE = ("pyproject.toml", "README.md", "kg", "ontology", "queries")


def _run(
    args: list[str | Path], cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def installed(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with kg installed from a wheel; returns the venv."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    source.mkdir()
    for name in _SOURCE:
        if (root / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(root / name, source / name, ignore=ignore)
        else:
            shutil.copy2(root / name, source / name)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "KG_"))}
    env["PIP_NO_INDEX"] = "1"  # no network: everything comes from this machine
    wheels = work / "wheels"
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            wheels,
            source,
        ],
        work,
        env,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheels.glob("kg-*.whl")
    target = work / "venv"
    venv.create(target, with_pip=False, symlinks=True)
    python = target / "bin" / "python"
    done = _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", wheel],
        work,
        env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    purelib = _run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], work, env
    ).stdout.strip()
    # The test venv's packages (jieba, rdflib ...), and not its editable kg.
    (Path(purelib) / "test-venv.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return target


def test_the_wheel_holds_every_module_the_ontology_the_queries_and_the_pages(
    installed: Path, root: Path
) -> None:
    (wheel,) = (installed.parent / "wheels").glob("kg-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    expected = {f"kg/{p.relative_to(root / 'kg')}" for p in (root / "kg").rglob("*.py")}
    expected |= {f"kg/data/ontology/{p.name}" for p in (root / "ontology").glob("*.ttl")}
    expected |= {f"kg/data/queries/{p.name}" for p in (root / "queries").glob("*.rq")}
    expected |= {f"kg/static/{p.name}" for p in (root / "kg" / "static").iterdir()}
    assert len(expected) > 40
    assert sorted(expected - names) == []


def test_a_wheel_install_builds_and_queries_from_anywhere(
    installed: Path, root: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    python = installed / "bin" / "python"
    where = _run([python, "-c", "import kg; print(kg.__file__)"], tmp_path, env)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed), where.stdout
    # A directory with no ontology/ and no queries/ of its own: only the wheel's copies.
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    kg = installed / "bin" / "kg"
    build = _run([kg, "build", "seeds", "-o", "out"], tmp_path, env)
    assert build.returncode == 0, build.stdout + build.stderr
    # The page's libraries and parts travel as package data.
    page = _run([kg, "export", "out", "-f", "html", "-o", "page"], tmp_path, env)
    assert page.returncode == 0, page.stdout + page.stderr
    assert "sigma.js 3.0.2" in (tmp_path / "page" / "kg.html").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "facts.tsv").read_bytes() == (
        root / "out" / "facts.tsv"
    ).read_bytes()
    people = _run([kg, "query", "people", "-d", "out"], tmp_path, env)
    assert people.returncode == 0, people.stdout + people.stderr
    assert "张孝超" in people.stdout and "腾讯公司副总裁" in people.stdout
