"""The typed records that flow between the steps of the pipeline.

``Document -> Segmented -> Mentions -> Extraction`` (facts), each frozen and hashable.
Offsets are character offsets into ``Document.text``, the clean text of the article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from typing import Any

__all__ = [
    "Section",
    "Sentence",
    "Document",
    "Segmented",
    "Mention",
    "Mentions",
    "Evidence",
    "Fact",
    "Extraction",
    "Article",
    "Failure",
]


def _reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
    """Pickle a slotted record as its class and fields: several times faster than the
    dataclass default, and a build pickles every fact of every article."""
    cls = type(self)
    fields = _FIELDS.get(cls)
    if fields is None:
        # One attrgetter of all the fields reads them in C, where a generator of getattr ran
        # Python code for each field (bench/README.md).
        names = cls.__slots__
        one = attrgetter(*names)
        fields = _FIELDS[cls] = one if len(names) > 1 else lambda record: (one(record),)
    return cls, fields(self)


#: Each record class's reader of its fields as a tuple, in __slots__ order.
_FIELDS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the span of clean text it governs (up to the next heading)."""

    index: int
    heading: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the clean text, with its offsets, paragraph and section."""

    index: int
    text: str  # as written: evidence quotes this
    start: int
    end: int
    paragraph: int
    section: int  # index into Document.sections; -1 before the first heading
    heading: bool = False  # the sentence is itself a heading
    norm: str = ""  # kg.normalize.matching_form(text), as long as text: what the rules read

    @property
    def matching(self) -> str:
        """The text the pipeline reads (simplified, ASCII digits), offsets as in ``text``."""
        return self.norm or self.text


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded article: its metadata, clean text and structure."""

    id: str  # stable ASCII slug, the last segment of the article's IRI
    path: str
    format: str  # "html" | "markdown" | "text"
    title: str
    date: str | None  # ISO 8601 date from the front matter, if any
    author: str | None
    source: str | None
    text: str
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    sha256: str
    warnings: tuple[str, ...] = ()  # what was wrong but did not stop the article
    meta_year: int | None = None  # the front matter's year: key, which overrides all else
    meta_event: str | None = None  # the front matter's event: key, as written
    links: tuple[str, ...] = ()  # addresses it links to that carry a day (…/2022/10/07/…)


@dataclass(frozen=True, slots=True)
class Segmented:
    """A document cut into words: one tuple of words per sentence, covering it exactly."""

    document: Document
    words: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """An ontology term found in a sentence (the longest label that matched)."""

    term: str  # the term's IRI
    surface: str  # the text as written
    start: int  # offsets into Document.text
    end: int
    sentence: int
    nested: tuple[str, ...] = ()  # IRIs of terms whose labels sit inside this surface


@dataclass(frozen=True, slots=True)
class Mentions:
    """The terms found in a document, sentence by sentence, with its event and year."""

    document: Document
    year: int | None
    event: str | None  # the event's IRI
    by_sentence: tuple[tuple[Mention, ...], ...]
    section_topics: tuple[str | None, ...]  # the product each section is about, if any
    warnings: tuple[str, ...] = ()
    year_source: str | None = None  # where the year was read: kg.match.YEAR_SOURCES
    year_evidence: str | None = None  # what it was read from, as written


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    """Where a fact was read: the article, the sentence and its offsets."""

    document: str  # Document.id
    start: int
    end: int
    text: str

    __reduce__ = _reduce


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement read from one sentence; the object is an IRI, or text for role and metric."""

    year: int | None
    subject: str
    predicate: str
    object: str
    value: Decimal | None = None  # metric only
    unit: str | None = None  # metric only
    evidence: Evidence | None = None
    # The registered name of the rule that read it (kg.rules), for tracing a wrong fact back;
    # several, joined by "," in sorted order, when rules agree on one sentence. Provenance,
    # not content: two facts that differ only in it are the same reading.
    rule: str = field(default="", compare=False)
    # metric only: the kg:Metric concept of ontology/metrics.ttl that the figure measures (日活
    # for 日活用户) or, when ``growth``, whose growth it is (日活 for 日活同比增长); read from
    # the name, so two facts with one name have one measure.
    measure: str | None = None
    growth: bool = False

    @property
    def key(self) -> tuple[int | str | Decimal | None, ...]:
        """What makes two facts the same statement, whatever sentence they came from."""
        return (self.year, self.subject, self.predicate, self.object, self.value, self.unit)

    __reduce__ = _reduce


@dataclass(frozen=True, slots=True)
class Extraction:
    """All that one document yields: its metadata, event, year, facts and warnings."""

    document: Document
    year: int | None
    event: str | None
    facts: tuple[Fact, ...]
    warnings: tuple[str, ...] = ()
    year_source: str | None = None  # where the year was read: kg.match.YEAR_SOURCES
    year_evidence: str | None = None  # what it was read from, as written


@dataclass(frozen=True, slots=True)
class Article:
    """What a build keeps of a document once its facts are out: metadata, year, counts."""

    id: str
    path: str
    title: str
    date: str | None
    year: int | None
    event: str | None
    sha256: str
    sentences: int
    facts: int
    year_source: str | None = None  # where the year was read: kg.match.YEAR_SOURCES
    year_evidence: str | None = None  # what it was read from, as written

    __reduce__ = _reduce


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be built, and why."""

    path: str
    reason: str

    __reduce__ = _reduce
