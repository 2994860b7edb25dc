"""Processes kg starts never outlive it: a worker dies with the process that started it.

A forked worker inherits its parent's end of every pipe, so it never sees end-of-file when
the parent is gone, and a worker blocked on its queue (or busy with an article) would live
on, a core and a jieba dictionary each, after a ``kg build`` stopped with SIGKILL or
SIGTERM. :func:`die_with_parent` arms the kernel to kill the worker when its parent ends.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

__all__ = ["die_with_parent"]

#: prctl(2) option: the signal this process gets when the thread that forked it ends.
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """End this process when ``parent`` (the pid that forked it) ends, however it ends.

    On Linux the kernel sends SIGKILL (``PR_SET_PDEATHSIG``), so a parent that was itself
    killed still takes its workers with it; note that it fires when the *thread* that
    forked this process ends, so a pool must live no longer than the thread that made it
    (a build's pool lives inside one call). Elsewhere a daemon thread looks for the parent
    once a second. If the parent is already gone, this process ends now.
    """
    if not _pdeathsig():
        threading.Thread(target=_watch, args=(parent,), name="kg-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # it ended before the signal was armed
        os._exit(1)


def _pdeathsig() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
