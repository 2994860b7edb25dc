"""Incremental builds: what each article yielded, kept by content hash between builds.

A rebuild re-extracts only the articles whose bytes changed (or that are new); the others
come from the cache. An entry's key is the hash of the file's bytes, its path (the article id
and report name it), the ontology's fingerprint, the size limit and the code of kg itself,
so a change to any of them re-extracts. The result is byte-identical to a clean build: the
cache stores exactly what a worker would have sent back.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from kg.ontology import Ontology
from kg.pipeline import Processed

__all__ = ["Cache", "CACHE_DIR"]

#: Where a build keeps its cache, inside its output directory.
CACHE_DIR = ".kg-cache"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """A hash of kg's own source: a new kg never reuses an old kg's extractions."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class Cache:
    """Extraction results on disk, one file per article version."""

    def __init__(self, directory: str | Path, ontology: Ontology, max_bytes: int) -> None:
        self.directory = Path(directory)
        self._salt = f"{_code_fingerprint()}|{ontology.fingerprint}|{max_bytes}"
        self.hits = 0
        self.misses = 0
        self._used: set[str] = set()

    def key(self, path: str | Path) -> str | None:
        """The entry key for a file as it is now, or None if it cannot be read."""
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        digest = hashlib.sha256(f"{self._salt}|".encode())
        digest.update(os.fsencode(path))  # a file name need not be UTF-8
        digest.update(hashlib.sha256(data).digest())
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str | None) -> Processed | None:
        """The cached result for a key, or None (a damaged entry counts as missing)."""
        if key is None:
            return None
        try:
            with self._file(key).open("rb") as handle:
                value = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            self.misses += 1
            return None
        if not isinstance(value, Processed):
            self.misses += 1
            return None
        self.hits += 1
        self._used.add(key)
        return value

    def put(self, key: str | None, value: Processed) -> None:
        """Keep a result; written atomically, so a killed build leaves no half entry."""
        if key is None:
            return
        target = self._file(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._used.add(key)

    def prune(self) -> int:
        """Drop the entries this build did not use (old versions, removed articles)."""
        removed = 0
        if not self.directory.is_dir():
            return removed
        for entry in self.directory.glob("*/*"):
            if entry.stem not in self._used or entry.suffix == ".tmp":
                entry.unlink(missing_ok=True)
                removed += 1
        return removed
