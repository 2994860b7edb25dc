"""The README tells the truth: CI runs its test command verbatim, and its named files exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main


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


def _example(doc: str) -> list[str]:
    """The lines of a docstring's example block, as written."""
    after = doc.split("Example:", 1)[1]
    return [line.strip() for line in after.splitlines() if line.strip() not in ("", "\b")]


@pytest.mark.parametrize("verb", ["", *sorted(main.commands)])
def test_every_verb_s_help_shows_its_example_lines_unwrapped(verb: str) -> None:
    """click rewraps a paragraph unless it starts with \\b: an example must not be joined
    into one line, nor a long one broken."""
    command = main.commands[verb] if verb else main
    assert command.help and "Example:" in command.help, verb
    wanted = _example(command.help)
    assert wanted, verb
    shown = CliRunner().invoke(main, [*([verb] if verb else []), "--help"], terminal_width=80)
    assert shown.exit_code == 0, shown.output
    lines = [line.strip() for line in shown.output.splitlines()]
    for line in wanted:
        assert line in lines, f"{verb or 'kg'} --help rewraps {line!r}:\n{shown.output}"
