"""Incremental builds: what each article yielded, kept by content hash between builds.

A rebuild re-extracts only the articles whose bytes changed (or that are new); the others
come from the cache. An entry's key is the hash of the file's bytes (as read once, by the
build that keys them and extracts them), its path (the article id and report name it), the
ontology's fingerprint, the size limit and the code of kg itself, so a change to any of them
re-extracts. The result is byte-identical to a clean build: the cache stores exactly what a
worker would have sent back.

An entry is a pickle, and a pickle can run code when it is loaded; anyone can compute the
keys, and an output directory can come from elsewhere (a cloned project, a shared folder).
So each entry is signed (HMAC-SHA256, over its key and its bytes) with a secret that only
this user's kg holds, kept outside the output directory, in kg's own cache directory
(:func:`user_dir`); an entry whose signature does not check is never unpickled, and counts
as missing.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
import pickle
import re
import secrets
import stat
import tempfile
from functools import lru_cache
from pathlib import Path

from kg.ontology import Ontology
from kg.pipeline import Processed

__all__ = ["Cache", "CACHE_DIR", "load_signed", "store_signed", "user_dir"]

#: Where a build keeps its cache, inside its output directory.
CACHE_DIR = ".kg-cache"
#: The secret that signs this user's cache entries, in :func:`user_dir`.
SECRET_FILE = "cache-secret"
#: The first bytes of an entry: the format, then the signature, then the pickle.
_MAGIC = b"kg-cache-1\n"
_MAC = hashlib.sha256().digest_size
#: The names of the files in a shard that kg made: entries (and an older kg's pickles), and
#: the temporary files of entries being written; nothing else there is ever removed.
_ENTRY = re.compile(r"([0-9a-f]{64})\.(?:entry|pickle)")
_TEMPORARY = re.compile(r"\.[0-9a-f]{64}\.entry\.\w+\.tmp")
_SHARD = re.compile(r"[0-9a-f]{2}")
#: An entry larger than this many bytes per byte of the size limit is not one kg wrote.
_ENTRY_PER_BYTE = 32


def user_dir() -> Path:
    """kg's own directory for what it keeps between runs: ``$XDG_CACHE_HOME/kg``, else
    ``~/.cache/kg`` (a relative ``$XDG_CACHE_HOME`` is ignored, as the XDG spec says)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def _open_private(path: Path) -> int:
    """A descriptor open for reading on ``path``, if it is a file of this user's that no
    one else can read or write; OSError otherwise.

    What the file says is trusted (the secret), so a link planted in its place is not
    followed, and a file another user made, or could have read, is refused.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{path}: not a regular file")
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            raise OSError(f"{path}: owned by another user")
        if info.st_mode & 0o077:
            raise OSError(f"{path}: open to other users (mode {stat.S_IMODE(info.st_mode):o})")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _write_private(path: Path, data: bytes) -> None:
    """Write ``path`` (0600) through a temporary file beside it: whole or not at all."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_all(fd: int) -> bytes:
    with os.fdopen(fd, "rb") as handle:
        return handle.read()


_MISSING = object()


def _seal(secret: bytes, key: str, value: object) -> bytes:
    """An entry's bytes: the format, the signature of key and pickle, the pickle."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _MAGIC + _mac(secret, key, payload) + payload


def _unseal(secret: bytes, key: str, blob: bytes) -> object:
    """What an entry holds, or :data:`_MISSING` when it is damaged or not signed by this
    user's kg for ``key`` (then it is never unpickled)."""
    mac, payload = blob[len(_MAGIC) : len(_MAGIC) + _MAC], blob[len(_MAGIC) + _MAC :]
    if not blob.startswith(_MAGIC) or not hmac.compare_digest(mac, _mac(secret, key, payload)):
        return _MISSING
    try:
        return pickle.loads(payload)
    except Exception:  # signed by this kg: only a library changed under it
        return _MISSING


def _mac(secret: bytes, key: str, payload: bytes) -> bytes:
    return hmac.new(secret, key.encode() + b"\n" + payload, hashlib.sha256).digest()


def _read_entry(path: Path, largest: int) -> bytes:
    """An entry's bytes, or b"" unless it is a regular file of at most ``largest`` bytes.

    A link is not followed, a FIFO does not block, and a huge file is not read: the bytes
    are checked only once they are all in memory.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return b""
    try:
        info = os.fstat(fd)
    except OSError:
        info = None
    # Checked before the descriptor becomes a file object: opening one on a directory (a
    # damaged cache's) raises IsADirectoryError.
    if info is None or not stat.S_ISREG(info.st_mode) or info.st_size > largest:
        os.close(fd)
        return b""
    with os.fdopen(fd, "rb") as handle:
        try:
            return handle.read(largest)
        except OSError:
            return b""


@lru_cache(maxsize=4)
def _secret(folder: Path) -> bytes:
    """This user's signing secret, made on first use: 32 random bytes in ``folder`` (0600,
    in a folder made 0700). OSError if it cannot be read or made.

    It is made as a temporary file and linked into place, so that two builds starting at
    once agree on one secret, and no build ever reads a half-written one.
    """
    if not folder.is_absolute():  # no $HOME to expand "~" from: not the working directory
        raise OSError(errno.ENOENT, "no home directory ($HOME) and no $XDG_CACHE_HOME")
    path = folder / SECRET_FILE
    try:
        secret = _read_all(_open_private(path))
    except FileNotFoundError:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{SECRET_FILE}.", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_bytes(32))
            try:
                os.link(tmp, path)
            except FileExistsError:  # another build made it first: theirs is the secret
                pass
        finally:
            os.unlink(tmp)
        secret = _read_all(_open_private(path))
    if len(secret) < 32:
        raise OSError(f"{path}: too short to be kg's secret; delete it")
    return secret


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
    """Extraction results on disk, one signed file per article version.

    The cache never stops a build: when its secret cannot be kept (no writable home, say)
    it is off, and when an entry cannot be written the build goes on without caching the
    rest; either is said once in :attr:`problems`, for the caller to print.
    """

    def __init__(
        self,
        directory: str | Path,
        ontology: Ontology,
        max_bytes: int,
        secret_dir: str | Path | None = None,
    ) -> None:
        self.directory = Path(directory)
        self._salt = f"{_code_fingerprint()}|{ontology.fingerprint}|{max_bytes}"
        # An entry is a few times its article's size (the facts quote their sentences).
        self._largest = _ENTRY_PER_BYTE * max_bytes + (1 << 20)
        self.hits = 0
        self.misses = 0
        #: What went wrong with the cache itself, one sentence each, naming the file.
        self.problems: list[str] = []
        self._used: set[str] = set()
        self._writable = True
        self._secret: bytes | None = None
        where = Path(secret_dir) if secret_dir else user_dir()
        try:
            self._secret = _secret(where)
        except OSError as exc:
            self.problems.append(
                f"{where}: cannot keep the cache's secret there ({_why(exc)}); the build "
                "goes on without its cache. Set XDG_CACHE_HOME to a directory of your own, "
                "or pass --no-cache"
            )

    @property
    def enabled(self) -> bool:
        """Whether entries are read and written at all."""
        return self._secret is not None

    def key(self, path: str | Path, data: bytes) -> str:
        """The entry key of a file read as ``data``: key what was read, never the file
        again, since it may have changed since."""
        digest = hashlib.sha256(f"{self._salt}|".encode())
        digest.update(os.fsencode(path))  # a file name need not be UTF-8
        digest.update(hashlib.sha256(data).digest())
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.entry"

    def get(self, key: str | None) -> Processed | None:
        """The cached result for a key, or None: no entry, or one that is damaged or not
        signed by this user's kg (which is never unpickled)."""
        if key is None or self._secret is None:
            return None
        value = _unseal(self._secret, key, _read_entry(self._file(key), self._largest))
        if not isinstance(value, Processed):  # (_MISSING included)
            self.misses += 1
            return None
        self.hits += 1
        self._used.add(key)
        return value

    def put(self, key: str | None, value: Processed) -> None:
        """Keep a result; written atomically, so a killed build leaves no half entry.

        An entry that cannot be written (a full disk) is said in :attr:`problems`, and the
        build goes on without writing more.
        """
        if key is None or self._secret is None or not self._writable:
            return
        target = self._file(key)
        entry = _seal(self._secret, key, value)
        if len(entry) > self._largest:
            return  # it would not be read back
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_private(target, entry)
        except OSError as exc:
            self._writable = False
            self.problems.append(
                f"{target}: cannot write the cache entry ({_why(exc)}); the build goes on, "
                "and its articles not cached yet will be extracted again next time"
            )
            return
        self._used.add(key)

    def prune(self) -> int:
        """Drop the entries this build did not use (old versions, removed articles).

        Only files named as kg names its entries are removed, in a cache directory that is
        a directory of its own (not a link to one elsewhere).
        """
        removed = 0
        if not self.enabled or not self._writable or not _real_dir(self.directory):
            return removed
        try:
            for shard in self.directory.iterdir():
                if not _SHARD.fullmatch(shard.name) or not _real_dir(shard):
                    continue
                for entry in shard.iterdir():
                    named = _ENTRY.fullmatch(entry.name)
                    unused = named is not None and (
                        named[1] not in self._used or entry.suffix != ".entry"
                    )
                    if unused or _TEMPORARY.fullmatch(entry.name):
                        entry.unlink(missing_ok=True)
                        removed += 1
        except OSError as exc:
            self.problems.append(
                f"{self.directory}: cannot remove the cache's old entries ({_why(exc)})"
            )
        return removed


#: Where :func:`load_signed` and :func:`store_signed` keep what is derived from input files
#: (the parsed ontology), under :func:`user_dir`, and how many entries a kind keeps.
_KEPT = 16
#: The largest such entry kg reads (a parsed ontology of a few thousand terms is a few MB).
_SIGNED_LARGEST = 256 << 20


def _signed_file(kind: str, key: str) -> Path:
    return user_dir() / kind / f"{key}.entry"


def load_signed(kind: str, key: str) -> object | None:
    """What :func:`store_signed` kept under ``key``, or None: no entry, one that is damaged,
    not signed by this user's kg (never unpickled), or no secret to check it with."""
    try:
        secret = _secret(user_dir())
    except OSError:
        return None
    value = _unseal(secret, key, _read_entry(_signed_file(kind, key), _SIGNED_LARGEST))
    return None if value is _MISSING else value


def store_signed(kind: str, key: str, value: object) -> None:
    """Keep ``value`` under ``key``, signed; the oldest entries beyond a few are dropped.
    Silent when it cannot: the caller has the value, and will only work it out again."""
    try:
        secret = _secret(user_dir())
        path = _signed_file(kind, key)
        entry = _seal(secret, key, value)
        if len(entry) > _SIGNED_LARGEST:
            return  # it would not be read back
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_private(path, entry)
        entries = [p for p in path.parent.iterdir() if _ENTRY.fullmatch(p.name)]
        if len(entries) > _KEPT:
            entries.sort(key=lambda p: p.stat().st_mtime)
            for old in entries[: len(entries) - _KEPT]:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        return


def _real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)
