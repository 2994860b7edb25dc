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
    try:
        # How long to try is Dask's own setting (distributed.comm.timeouts.connect, or
        # $DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT), 30 s unless told otherwise.
        client = Client(scheduler)
    except (OSError, TimeoutError) as exc:
        raise BuildError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        [shipped] = client.scatter([texts], broadcast=True)
        window = max(8, 4 * sum(client.nthreads().values()))
        pending: deque[tuple[str | None, Any]] = deque()
        for path in files:
            key, hit = cache_lookup(cache, path)
            if hit is not None:
                pending.append((None, hit))
                continue
            try:
                data = read(path, max_bytes)
            except KGError as exc:
                pending.append((None, failure(path, exc)))
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


def _settle(cache: Cache | None, key: str | None, item: Any) -> Processed | Failure:
    if isinstance(item, (Processed, Failure)):
        return item
    result: Processed | Failure = item.result()
    item.release()
    return cache_keep(cache, key, result)
