"""A progress line for long builds: documents, throughput and time left, on a terminal only.

It stays silent in pipes, in CI (``$CI`` set) and for builds that finish within a couple of
seconds, so logs and tests never see it.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

__all__ = ["Progress"]

_WIDTH = 72


class Progress:
    """Call with (done, total) after each document, :meth:`note` what comes next;
    :meth:`close` clears the line."""

    def __init__(self, stream: TextIO | None = None, delay: float = 2.0, every: float = 0.2):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() and not os.environ.get("CI")
        self.delay = delay
        self.every = every
        self.started = time.monotonic()
        self._last = 0.0
        self._shown = False
        self._width = _WIDTH  # the longest line drawn, which close() erases

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        elapsed = now - self.started
        if elapsed < self.delay or (now - self._last < self.every and done < total):
            return
        self._last = now
        rate = done / elapsed if elapsed else 0.0
        left = (total - done) / rate if rate else 0.0
        width = 24
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} articles  {rate:.1f}/s  {_clock(left)} left ")
        self.stream.flush()
        self._shown = True

    def note(self, text: str) -> None:
        """Say what the build does next (writing its files, say), once the build is long
        enough to show progress at all."""
        if not self.enabled or time.monotonic() - self.started < self.delay:
            return
        line = f"{text} …".ljust(_WIDTH)
        self._width = max(self._width, len(line))
        self.stream.write("\r" + line)
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        """Erase the line, if one was drawn."""
        if self._shown:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._shown = False


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
