"""Every error kg raises on purpose: one hierarchy, each message names the input and the fix."""

from __future__ import annotations

__all__ = [
    "KGError",
    "LoadError",
    "OntologyError",
    "QuantityError",
    "FactsFormatError",
    "QueryError",
    "QueryLimitError",
    "BuildError",
    "UnknownFormatError",
]


class KGError(Exception):
    """Base of all kg errors. The message says what is wrong and what to do."""


class LoadError(KGError):
    """An article could not be read: names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class OntologyError(KGError):
    """The ontology is unreadable or inconsistent: names the file or term."""


class QuantityError(KGError, ValueError):
    """A string is not a quantity kg can normalise."""


class FactsFormatError(KGError):
    """A facts table (TSV) does not follow docs/facts-format.md: names file and line."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        super().__init__(f"{path}:{line}: {reason}")


class QueryError(KGError):
    """A SPARQL query could not be read or run."""


class QueryLimitError(QueryError):
    """A query stopped at a limit (its time, its memory) or not started (too many running:
    ``busy``, worth trying again soon)."""

    def __init__(self, message: str, busy: bool = False) -> None:
        self.busy = busy
        super().__init__(message)


class BuildError(KGError):
    """A build could not complete (no inputs, unwritable output ...)."""


class UnknownFormatError(KGError):
    """An output format name that is not registered; lists the registered ones."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = sorted(known)
        super().__init__(f"unknown format {name!r}; known formats: {', '.join(self.known)}")
