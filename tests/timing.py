"""Timing for the tests that compare a worst case with a plain one: a ratio, never a number
of seconds, so that a slow or busy machine cannot fail them."""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["best_of_three"]


def best_of_three(function: Callable[[], object]) -> float:
    """The best of three timings of ``function()``: the least disturbed by other work."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best
