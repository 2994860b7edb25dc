"""The progress line: drawn on a terminal for long builds, silent in pipes and CI."""

from __future__ import annotations

import io

import pytest

from kg.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_counts_rate_and_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    screen = Terminal()
    progress = Progress(screen, delay=0, every=0)
    progress(5, 10)
    assert "5/10 articles" in screen.getvalue()
    assert "left" in screen.getvalue()
    progress.close()
    assert screen.getvalue().endswith("\r")


def test_pipes_ci_and_short_builds_see_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()
    Progress(pipe, delay=0, every=0)(5, 10)
    assert pipe.getvalue() == ""
    monkeypatch.setenv("CI", "true")
    screen = Terminal()
    Progress(screen, delay=0, every=0)(5, 10)
    assert screen.getvalue() == ""
    monkeypatch.delenv("CI")
    quick = Terminal()
    Progress(quick, delay=60)(5, 10)  # the build has not run for a minute yet
    assert quick.getvalue() == ""


def test_a_long_build_says_it_is_writing_and_a_short_one_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    screen = Terminal()
    Progress(screen, delay=0, every=0).note("writing kg.ttl")
    assert "writing kg.ttl …" in screen.getvalue()
    quiet = Terminal()
    Progress(quiet, delay=60).note("writing kg.ttl")
    assert quiet.getvalue() == ""
