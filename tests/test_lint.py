"""The code stays clean: ruff over the repository, mypy (strict) over kg/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=root, capture_output=True, text=True, check=False
    )


def test_ruff_is_clean(root: Path) -> None:
    result = _run(root, "ruff", "check", "kg", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean(root: Path) -> None:
    result = _run(root, "mypy")
    assert result.returncode == 0, result.stdout + result.stderr
