"""Builds on a Dask cluster: ``kg build --scheduler tcp://HOST:PORT``.

The client reads each article (the workers may run on machines that cannot see its files)
and sends its bytes to the cluster with the same per-document function a local build runs,
:func:`kg.pipeline.process_bytes`. The ontology travels once per worker as its Turtle text
and is rebuilt there (kept by fingerprint). Results stream back in file order, a bounded
number in flight, and merge exactly as a local build's do, so the output is byte-identical.

Workers need ``kg`` installed (``pip install kg[cluster]`` on each node, the same version
as the client): Dask ships the task, not the code.
"""

from __future__ import annotations

import tempfile
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import BuildError, KGError
from kg.loaders import display_path, read
from kg.ontology import Ontology, load_ontology
from kg.pipeline import Processed, cache_keep, cache_lookup, failure, process_bytes
from kg.records import Failure

if TYPE_CHECKING:
    from kg.cache import Cache

__all__ = ["cluster_stream"]

_ONTOLOGIES: dict[str, Ontology] = {}


def _worker_ontology(texts: tuple[tuple[str, bytes], ...], fingerprint: str) -> Ontology:
    """The ontology on a worker: rebuilt once from its Turtle files' bytes."""
    ontology = _ONTOLOGIES.get(fingerprint)
    if ontology is None:
        folder = Path(tempfile.mkdtemp(prefix="kg-ontology-"))
        for name, data in texts:
            (folder / name).write_bytes(data)
        ontology = _ONTOLOGIES[fingerprint] = load_ontology(folder)
    return ontology


def _task(
    path: str, data: bytes, texts: tuple[tuple[str, bytes], ...], fingerprint: str, strict: bool
) -> Processed | Failure:
    return process_bytes(path, data, _worker_ontology(texts, fingerprint), strict)


def cluster_stream(
    files: list[Path],
    ontology: Ontology,
    scheduler: str,
    max_bytes: int,
    strict: bool,
    cache: Cache | None = None,
) -> Iterator[Processed | Failure]:
    """Process ``files`` on the Dask cluster at ``scheduler``, yielding in file order.

    With a ``cache`` (kept by the client), an unchanged article is not sent at all.
    """
    try:
        from distributed import Client
    except ImportError as exc:
        raise BuildError(
            "building on a cluster needs Dask: pip install 'kg[cluster]' "
            "(or: pip install 'dask[distributed]')"
        ) from exc
    # Sorted names keep the files' order, so the worker's fingerprint matches the client's.
    texts = tuple(
        (f"{i:03d}-{Path(f).name}", Path(f).read_bytes()) for i, f in enumerate(ontology.files)
    )
    # How long to try is Dask's own setting (distributed.comm.timeouts.connect, or
    # $DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT), 30 s unless told otherwise.
    import dask

    seconds = _seconds(dask.config.get("distributed.comm.timeouts.connect"))
    address = check_address(scheduler)
    _hello(address, seconds)
    try:
        client = Client(address, timeout=seconds)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise BuildError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        [shipped] = client.scatter([texts], broadcast=True)
        window = max(8, 4 * sum(client.nthreads().values()))
        pending: deque[tuple[str | None, Any]] = deque()
        for path in files:
            # Read once (type and size checked first), keyed and sent as read.
            key, data, done = cache_lookup(cache, path, max_bytes)
            if done is None and data is None:  # no cache: read here all the same
                try:
                    data = read(path, max_bytes)
                except KGError as exc:
                    done = failure(path, exc)
            if done is not None:
                pending.append((None, done))
            else:
                pending.append(
                    (
                        key,
                        client.submit(
                            _task,
                            display_path(path),
                            data,
                            shipped,
                            ontology.fingerprint,
                            strict,
                            pure=False,
                        ),
                    )
                )
            if len(pending) >= window:
                yield _settle(cache, *pending.popleft())
        while pending:
            yield _settle(cache, *pending.popleft())
    finally:
        client.close()


#: The protocols a Dask scheduler's address can name; all but inproc are HOST:PORT.
_PROTOCOLS = ("tcp", "tls", "ws", "wss", "ucx", "inproc")


def check_address(scheduler: str) -> str:
    """The scheduler's address as Dask reads it (``HOST:PORT`` is ``tcp://HOST:PORT``);
    a BuildError saying what is wrong with one that names no reachable place."""
    protocol, sep, location = scheduler.partition("://")
    if not sep:
        protocol, location = "tcp", scheduler
    if protocol not in _PROTOCOLS:
        raise BuildError(
            f"{scheduler!r} is not a Dask scheduler address: unknown protocol {protocol!r} "
            f"(Dask knows {', '.join(_PROTOCOLS)}); give it as tcp://HOST:PORT"
        )
    if protocol == "inproc":
        return f"{protocol}://{location}"
    host, colon, port = location.rpartition(":")
    if not location:
        why = "no host and no port"
    elif not colon:
        why = "no port"
    elif not host:
        why = "no host"
    elif not host.isprintable() or " " in host:
        why = "the host is not a host name"
    elif not (port.isdigit() and 0 < int(port) < 65536):
        why = f"the port {port!r} is not a number from 1 to 65535"
    else:
        return f"{protocol}://{location}"
    raise BuildError(
        f"{scheduler!r} is not a Dask scheduler address ({why}); give it as "
        "tcp://HOST:PORT, such as tcp://127.0.0.1:8786"
    )


def _seconds(value: Any) -> float:
    from dask.utils import parse_timedelta

    seconds = parse_timedelta(value, default="seconds")
    return float(seconds) if seconds else 30.0


def _hello(address: str, seconds: float) -> None:
    """Check, within ``seconds``, that a Dask scheduler answers at ``address``.

    Dask bounds the connection by its timeout but not the handshake after it: a port where
    another service listens (a web server, say) accepts the connection and never answers,
    and ``Client`` would wait for ever. This handshake has a deadline.
    """
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from distributed.comm.core import connect
    from distributed.security import Security

    if address.startswith("inproc://"):
        return

    async def handshake() -> None:
        comm = await connect(address, timeout=seconds, **Security().get_connection_args("client"))
        await comm.close()

    def run() -> None:
        # Dask's timeout for the connection, as much again for the handshake.
        asyncio.run(asyncio.wait_for(handshake(), 2 * seconds))

    try:
        # In a thread of its own: the caller may be running an event loop (a notebook).
        with ThreadPoolExecutor(1) as thread:
            thread.submit(run).result()
    except TimeoutError as exc:
        raise BuildError(
            f"cannot reach the Dask scheduler at {address}: it took the connection but "
            f"did not answer as a Dask scheduler within {2 * seconds:g} s (is another "
            "service on that port?)"
        ) from exc
    except Exception as exc:  # whatever the far end or Dask's TLS settings made of it
        raise BuildError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def _settle(cache: Cache | None, key: str | None, item: Any) -> Processed | Failure:
    if isinstance(item, (Processed, Failure)):
        return item
    result: Processed | Failure = item.result()
    item.release()
    return cache_keep(cache, key, result)
