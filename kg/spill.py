"""What a build keeps on disk so that its memory stays flat however many articles it reads.

Two stores, both in one temporary directory per build that is removed with the build:

- :class:`Records` appends each article's pickled facts and triples as they arrive and reads
  them back in article-id order;
- :class:`SortedRuns` is an external merge sort: items are kept in memory up to a limit,
  then sorted, made distinct and written out as a run; iterating merges the runs a round
  of chunks at a time and yields each distinct item once, in order.

A build of 10 articles never touches the disk beyond the records file; a build of 100,000
holds one run's worth of items in memory, plus one chunk per run while merging.
"""

from __future__ import annotations

import errno
import os
import pickle
import shutil
import tempfile
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, groupby, islice
from pathlib import Path
from typing import Any, BinaryIO, Generic, TypeVar

from kg.errors import BuildError

__all__ = ["Spill", "Records", "SortedRuns", "RUN_ITEMS", "FAN_IN"]

T = TypeVar("T")

#: Items a sorted run holds in memory before it is written out: about 60 MB of triples.
#: Each store passes its own share of it (``scale``) by what its items weigh.
RUN_ITEMS = 250_000
#: Runs merged into one when this many have piled up, so that a merge never holds more
#: than this many files open (a 100,000-article build writes some 500 runs of triples).
FAN_IN = 64
#: Items read back at a time from each run while merging.
_CHUNK = 2_000
_PROTOCOL = pickle.HIGHEST_PROTOCOL


class Spill:
    """A temporary directory for one build, removed when the build is collected or at exit.

    Its name holds the process id (``.kg-spill-<pid>-…``), so that the directory of a run
    that was killed can be told from one in use and removed (:meth:`remove_stale`).
    """

    def __init__(self, parent: str | Path | None = None) -> None:
        prefix = f"{_PREFIX}{os.getpid()}-"
        try:
            self.directory = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        except OSError as exc:
            raise _disk_error(Path(parent or tempfile.gettempdir()), exc) from exc
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.directory, True)
        self._serial = 0

    def path(self, stem: str) -> Path:
        """A new file name in the directory."""
        self._serial += 1
        return self.directory / f"{stem}-{self._serial:05d}"

    def remove(self) -> None:
        """Remove the directory now."""
        self._cleanup()

    @staticmethod
    def remove_stale(parent: str | Path) -> int:
        """Remove the spill directories in ``parent`` whose process is gone; return how many."""
        removed = 0
        for entry in Path(parent).glob(f"{_PREFIX}*-*"):
            pid = entry.name[len(_PREFIX) :].split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)) and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
                removed += 1
        return removed


_PREFIX = ".kg-spill-"


def _disk_error(path: Path, exc: OSError) -> BuildError:
    return BuildError(
        f"{path}: cannot write what the build keeps on disk ({exc.strerror or exc}); "
        "a build needs free space beside its output, about twice the size of kg.trig"
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


class Records:
    """Per-article payloads appended to one file, read back by key.

    A payload is a few parts, each its own pickle (an article's facts, its triples), so a
    pass over the records that needs one part does not unpickle the others.
    """

    def __init__(self, spill: Spill) -> None:
        self._path = spill.path("records")
        try:
            self._file: BinaryIO = self._path.open("w+b")
        except OSError as exc:
            raise _disk_error(self._path, exc) from exc
        weakref.finalize(self, self._file.close)
        self._index: dict[str, tuple[int, tuple[int, ...]]] = {}
        self._end = 0

    def put(self, key: str, *parts: bytes) -> None:
        """Keep the pickled ``parts`` under ``key`` (a second put for a key replaces the first)."""
        # Positioned reads and writes: a forked writer reads the file while its parent does,
        # and the two share one file offset.
        data = b"".join(parts)
        try:
            if os.pwrite(self._file.fileno(), data, self._end) != len(data):
                raise OSError(errno.ENOSPC, "short write")
        except OSError as exc:
            raise _disk_error(self._path, exc) from exc
        self._index[key] = (self._end, tuple(len(p) for p in parts))
        self._end += len(data)

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def get(self, key: str, part: int) -> Any:
        """The unpickled ``part`` of the payload kept under ``key``."""
        offset, sizes = self._index[key]
        return pickle.loads(os.pread(self._file.fileno(), sizes[part], offset + sum(sizes[:part])))

    def keys(self) -> list[str]:
        """The keys, sorted."""
        return sorted(self._index)

    def items(self, part: int) -> Iterator[tuple[str, Any]]:
        """``(key, unpickled part)`` in key order."""
        for key in self.keys():
            yield key, self.get(key, part)


class SortedRuns(Generic[T]):
    """An external merge sort: items in, items out sorted and distinct, as often as asked.

    At most ``scale`` times :data:`RUN_ITEMS` items are held in memory. ``order`` is
    the sort key (default: the item); ``distinct`` says what must differ between
    two items for both to be kept (default: the item). Of items alike under ``distinct``,
    the first in ``order`` is kept. Items alike under ``order`` must be alike under
    ``distinct`` too, so that a run never holds two items with the same sort key.
    """

    def __init__(
        self,
        spill: Spill,
        stem: str,
        scale: float = 1.0,
        order: Callable[[T], Any] | None = None,
        distinct: Callable[[T], Any] | None = None,
    ) -> None:
        self._spill = spill
        self._stem = stem
        self._limit = max(1, int(RUN_ITEMS * scale))
        self._order = order
        self._distinct_key = distinct
        self._buffer: list[T] = []
        self._runs: list[tuple[int, Path]] = []  # (level, file): level n merged 64**n runs
        self._count: int | None = None
        self._clean = True  # the buffer is sorted and distinct

    def add(self, items: Iterable[T]) -> None:
        """Take more items."""
        self._buffer.extend(items)
        self._count = None
        self._clean = False
        if len(self._buffer) >= self._limit:
            self._write_run()

    def _distinct(self, items: Iterable[T]) -> Iterator[T]:
        key = self._distinct_key
        last: Any = _NOTHING
        for item in items:
            k = item if key is None else key(item)
            if k != last:
                last = k
                yield item

    def _sorted_buffer(self) -> list[T]:
        if self._clean:
            return self._buffer
        if self._order is None and self._distinct_key is None:
            # Items come in sorted batches (an article's triples), which Timsort merges in
            # near-linear time; a set first would scramble them. Sorted, equal items are
            # neighbours: groupby keeps the first of each.
            self._buffer.sort()  # type: ignore[call-overload,unused-ignore]
            self._buffer = [item for item, _ in groupby(self._buffer)]
        else:
            self._buffer.sort(key=self._order)  # type: ignore[arg-type,unused-ignore]
            self._buffer = list(self._distinct(self._buffer))
        self._clean = True
        return self._buffer

    def _write_run(self) -> None:
        items = self._sorted_buffer()
        path = self._spill.path(self._stem)
        try:
            with path.open("wb") as handle:
                for at in range(0, len(items), _CHUNK):
                    pickle.dump(items[at : at + _CHUNK], handle, protocol=_PROTOCOL)
        except OSError as exc:
            raise _disk_error(path, exc) from exc
        self._runs.append((0, path))
        self._buffer = []
        self._clean = True
        self._cascade()

    def _cascade(self) -> None:
        """Merge the runs of a level into one run of the next once there are FAN_IN of them."""
        level = 0
        while sum(1 for lv, _ in self._runs if lv == level) >= FAN_IN:
            group = [path for lv, path in self._runs if lv == level]
            target = self._spill.path(self._stem)
            merged = self._merge([self._read_chunks(path) for path in group], [])
            try:
                with target.open("wb") as handle:
                    for batch in merged:
                        for at in range(0, len(batch), _CHUNK):
                            pickle.dump(batch[at : at + _CHUNK], handle, protocol=_PROTOCOL)
            except OSError as exc:
                raise _disk_error(target, exc) from exc
            for path in group:
                path.unlink()
            self._runs = [(lv, p) for lv, p in self._runs if lv != level] + [(level + 1, target)]
            level += 1

    @staticmethod
    def _read_chunks(path: Path) -> Iterator[list[T]]:
        with path.open("rb") as handle:
            while True:
                try:
                    yield pickle.load(handle)
                except EOFError:
                    return

    def _merge(self, runs: list[Iterator[list[T]]], buffered: list[T]) -> Iterator[list[T]]:
        """The items of the runs (read a chunk at a time) and of the sorted buffer, merged
        and distinct, in batches."""
        rounds = self._rounds(runs, buffered)
        if self._distinct_key is None:  # items alike are equal, and so in one round
            for batch in rounds:
                yield [item for item, _ in groupby(batch)]
        else:
            distinct = self._distinct(chain.from_iterable(rounds))
            while batch := list(islice(distinct, _CHUNK)):
                yield batch

    def _rounds(self, runs: list[Iterator[list[T]]], buffered: list[T]) -> Iterator[list[T]]:
        """The items of the runs and of the buffer, merged, in sorted batches.

        Each round takes from every run what it holds up to the least of the last items of
        the chunks in hand: nothing further in any run can come before those. They are
        sorted together (Timsort merges the sorted pieces in C, and keeps run order among
        equals), and they are every item there is up to that bound. Several times faster
        than :func:`heapq.merge`, an item at a time.
        """
        key = self._order
        heads: list[tuple[list[T], int, Iterator[list[T]]]] = []
        for chunks in [*runs, iter([buffered])]:
            chunk = next((c for c in chunks if c), None)
            if chunk is not None:
                heads.append((chunk, 0, chunks))
        while heads:
            ends: list[Any] = [chunk[-1] for chunk, _, _ in heads]
            bound = min(ends) if key is None else min(map(key, ends))
            batch: list[T] = []
            kept = []
            for chunk, at, chunks in heads:
                cut = bisect_right(chunk, bound, at, key=key)  # type: ignore[call-overload,arg-type,type-var,unused-ignore]
                batch.extend(chunk[at:cut])
                if cut == len(chunk):
                    following = next((c for c in chunks if c), None)
                    if following is None:
                        continue
                    chunk, cut = following, 0
                kept.append((chunk, cut, chunks))
            heads = kept
            batch.sort(key=key)  # type: ignore[arg-type,unused-ignore]
            yield batch

    def __iter__(self) -> Iterator[T]:
        return chain.from_iterable(self._batches())

    def _batches(self) -> Iterator[list[T]]:
        """The items, sorted and distinct, a batch at a time (counted on the way)."""
        buffered = self._sorted_buffer()
        if not self._runs:
            self._count = len(buffered)
            yield buffered
            return
        count = 0
        for batch in self._merge([self._read_chunks(path) for _, path in self._runs], buffered):
            count += len(batch)
            yield batch
        self._count = count

    def __len__(self) -> int:
        """How many distinct items there are (a merge pass the first time, if there are runs)."""
        if self._count is None:
            if not self._runs:
                self._count = len(self._sorted_buffer())
            else:
                self._count = sum(1 for _ in self)
        return self._count

    @property
    def runs(self) -> int:
        """How many runs were written to disk."""
        return len(self._runs)


class _Nothing:
    pass


_NOTHING = _Nothing()
