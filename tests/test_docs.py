"""The README tells the truth: CI runs its test command verbatim, and its named files exist."""

from __future__ import annotations

import re
from pathlib import Path


def _commands(readme: str) -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_the_readme_opens_with_two_commands_and_ci_runs_the_second(root: Path) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    first, second = _commands(readme)[:2]
    assert first.endswith("kg build seeds -o out")
    assert "pytest" in second
    run = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert second in run.splitlines()


def test_every_path_the_readme_links_exists(root: Path) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\(([^)#:]+)\)", readme):
        assert (root / link).exists(), link
