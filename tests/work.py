"""Work counted, not timed: for the tests that compare a worst case with a plain one, a count
that is the same on any machine (the project's speed is measured in bench/, never here)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

__all__ = ["lines_run"]


def lines_run(function: Callable[[], object]) -> int:
    """How many lines of Python ``function()`` runs, its callees' included (every trace event:
    calls, lines, returns): a count of work that is the same on any machine, so two counts
    can be compared. It is taken on a second run, so that what a first run imports or compiles
    is left out. Work done in C (a regex's scan, a slice) is not counted: the patterns and the
    copies have checks of their own."""
    function()
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        function()
    finally:
        sys.settrace(previous)
    return count
