"""What changed between the years of a build: ``kg diff`` and ``kg timeline`` (issue 14).

:func:`diff` compares two years of a build: per product, the capabilities it offered new in
the second year, kept, and dropped (family-aware: a dropped capability whose family the
product goes on offering names its successors, and a new one that continues a dropped one's
family says so); the people with their titles (their roles, and X负责人 for each X they lead)
and what they spoke for, in each year;
the customers named; the integrations; and the metrics, compared by what they measure (the
measure of ``ontology/metrics.ttl`` where the build linked one, the metric's name as written
otherwise), growth figures apart from levels. Every row carries the sentence it rests on and
the article that sentence is in.

:func:`timeline` looks at every year of a build at once: per product and year how many
capabilities were new, kept and dropped (against the year before it that the build covers),
and the metrics of each measure year by year.

Both work on a :class:`~kg.pipeline.Build` (a fresh one or one read back from disk) and
return :class:`Table` s, which :func:`render` prints as a terminal table, Markdown, TSV or
JSON. The same questions in SPARQL are ``queries/capabilities-by-year.rq`` and
``queries/metric-by-measure.rq``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from kg.errors import KGError
from kg.lang.numerals import MAGNITUDES_SHOWN, UNIT_SHOWN
from kg.lang.people import HEAD_SHOWN
from kg.lang.punctuation import ENUMERATION_COMMA
from kg.loaders import display_path
from kg.normalize import matching_form
from kg.numbers import format_decimal
from kg.ontology import Ontology
from kg.records import Fact
from kg.terminal import aligned, clip

if TYPE_CHECKING:
    from kg.pipeline import Build

__all__ = ["FORMATS", "Table", "diff", "render", "timeline"]

#: The output formats of :func:`render`.
FORMATS = ("text", "md", "tsv", "json")
#: A capability's, a customer's, an integration's or a person's place in year B against A.
NEW, KEPT, DROPPED = "new", "kept", "dropped"
#: How many terminal columns an evidence sentence may take in the text table (Markdown, TSV
#: and JSON keep it whole).
_TEXT_EVIDENCE = 60


@dataclass(frozen=True, slots=True)
class Table:
    """One section of a report: a title, its columns and its rows (cells are text)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


# ---------------------------------------------------------------- what the build says


@dataclass(frozen=True, slots=True)
class _Said:
    """A fact's first reading in a year: its sentence and article ("" when it has none)."""

    sentence: str
    article: str


class _Year:
    """What a build says in one year, by predicate, each fact with its first reading."""

    def __init__(self) -> None:
        self.facts: dict[str, dict[tuple[str, str], _Said]] = defaultdict(dict)
        self.metrics: dict[tuple[str, str, bool], dict[tuple[Decimal, str], _Said]] = defaultdict(
            dict
        )

    def add(self, fact: Fact, ontology: Ontology) -> None:
        ev = fact.evidence
        said = _Said(" ".join(ev.text.split()), ev.document) if ev else _Said("", "")
        if fact.predicate == "metric":
            if fact.value is None or fact.unit is None:
                return
            measure = ontology.label(fact.measure) if fact.measure else fact.object
            key = (fact.subject, measure, fact.growth)
            self.metrics[key].setdefault((fact.value, fact.unit), said)
        else:
            self.facts[fact.predicate].setdefault((fact.subject, fact.object), said)

    def pairs(self, predicate: str) -> dict[tuple[str, str], _Said]:
        return self.facts.get(predicate, {})


def _years(facts: Iterable[Fact], ontology: Ontology) -> dict[int, _Year]:
    years: dict[int, _Year] = defaultdict(_Year)
    for fact in facts:
        if fact.year is not None:
            years[fact.year].add(fact, ontology)
    return dict(years)


#: How many products an unknown --product lists (the ontology has thousands).
_KNOWN_SHOWN = 30


def _product(ontology: Ontology, name: str | None, facts: Iterable[Fact] = ()) -> str | None:
    """The IRI of the product a user named (any of its labels), or None for every product.
    An unknown name is a KGError listing products the build has ``facts`` of."""
    if name is None:
        return None
    wanted = matching_form(name).casefold()
    products = ontology.of_kind("Product")
    for term in products:
        names = (*term.labels, *([term.label_en] if term.label_en else []))
        if wanted in {matching_form(label).casefold() for label in names}:
            return term.iri
    # The build's own products, not the ontology's thousands (a message of 10 kB).
    found = {iri for fact in facts for iri in (fact.subject, fact.object)}
    labels = sorted(t.label for t in products if t.iri in found)
    known = ", ".join(labels[:_KNOWN_SHOWN]) or "none"
    more = f" and {len(labels) - _KNOWN_SHOWN} more" if len(labels) > _KNOWN_SHOWN else ""
    raise KGError(
        f"--product {name!r}: no product of the build's ontology has that name; "
        f"known: {known}{more}"
    )


# ---------------------------------------------------------------- kg diff


def diff(build: Build, year_a: int, year_b: int, product: str | None = None) -> list[Table]:
    """What the build says of ``year_b`` against ``year_a`` (module docstring), as tables:
    capabilities, people, customers, integrations, metrics, growth. ``product`` (any label
    of a product) keeps only the rows about it."""
    ontology = build.ontology
    years = _years(build.facts, ontology)
    for year in (year_a, year_b):
        if year not in years:
            covered = ", ".join(str(y) for y in sorted(years)) or "none"
            raise KGError(f"the build has no facts of {year}; its years: {covered}")
    only = _product(ontology, product, build.facts)
    a, b = years[year_a], years[year_b]
    label = ontology.label
    return [
        _capabilities(ontology, a, b, only),
        _people(ontology, a, b, only, (year_a, year_b)),
        _pairs(
            "Customers",
            ("product", "customer"),
            a.pairs("customer"),
            b.pairs("customer"),
            label,
            only,
            swap=True,
        ),
        _pairs(
            "Integrations",
            ("product", "with"),
            a.pairs("integrates"),
            b.pairs("integrates"),
            label,
            only,
        ),
        _metrics(ontology, a, b, only, growth=False, years=(year_a, year_b)),
        _metrics(ontology, a, b, only, growth=True, years=(year_a, year_b)),
    ]


def _status(in_a: bool, in_b: bool) -> str:
    return KEPT if in_a and in_b else NEW if in_b else DROPPED


def _families(ontology: Ontology, capability: str) -> set[str]:
    term = ontology.terms.get(capability)
    return set(term.broader) if term else set()


def _capabilities(ontology: Ontology, a: _Year, b: _Year, only: str | None) -> Table:
    label = ontology.label
    offers_a, offers_b = a.pairs("offers"), b.pairs("offers")
    products = {p for p, _ in (*offers_a, *offers_b) if only is None or p == only}
    rows = []
    for p in sorted(products, key=label):
        had = {c for q, c in offers_a if q == p}
        has = {c for q, c in offers_b if q == p}
        for c in sorted(had | has, key=lambda c: (_ORDER[_status(c in had, c in has)], label(c))):
            status = _status(c in had, c in has)
            families = _families(ontology, c)
            kin = {o for o in (has if status == DROPPED else had - has) - {c}}
            kin = {o for o in kin if families & _families(ontology, o)}
            note = ""
            if kin and status != KEPT:
                family = ENUMERATION_COMMA.join(sorted(label(f) for f in families))
                names = ENUMERATION_COMMA.join(sorted(label(o) for o in kin))
                note = (
                    f"{family} goes on: {names}"
                    if status == DROPPED
                    else f"{family}, after {names}"
                )
            said = offers_b[p, c] if c in has else offers_a[p, c]
            rows.append((label(p), label(c), status, note, said.sentence, said.article))
    return Table(
        "Capabilities",
        ("product", "capability", "status", "family", "evidence", "article"),
        tuple(rows),
    )


_ORDER = {NEW: 0, KEPT: 1, DROPPED: 2}


def _people(
    ontology: Ontology, a: _Year, b: _Year, only: str | None, years: tuple[int, int]
) -> Table:
    """Each person either year names: titles, what they presented and led, each year."""
    label = ontology.label
    sides: list[dict[str, list[str]]] = []
    evidence: list[dict[str, _Said]] = []
    products: dict[str, set[str]] = defaultdict(set)
    for year in (a, b):
        titles: dict[str, list[str]] = defaultdict(list)
        spoke: dict[str, list[str]] = defaultdict(list)
        first: dict[str, _Said] = {}
        for predicate in ("role", "leads", "presents"):
            for (person, obj), said in sorted(year.pairs(predicate).items()):
                if predicate == "role":
                    titles[person].append(obj)
                elif predicate == "leads":
                    # kg records 视频号负责人 as leads, not as a role (an organisation's head as
                    # both, shown once): it is a title all the same.
                    products[person].add(obj)
                    titles[person].append(label(obj) + HEAD_SHOWN)
                else:
                    products[person].add(obj)
                    spoke[person].append("presents " + label(obj))
                first.setdefault(person, said)
        said_of: dict[str, list[str]] = {}
        for person in titles.keys() | spoke.keys():
            held = ENUMERATION_COMMA.join(dict.fromkeys(titles[person]))  # each title once
            said_of[person] = ([held] if held else []) + spoke[person]
        sides.append(said_of)
        evidence.append(first)
    rows = []
    for person in sorted(sides[0].keys() | sides[1].keys(), key=label):
        if only is not None and only not in products[person]:
            continue
        said = evidence[1].get(person) or evidence[0][person]
        rows.append(
            (
                label(person),
                _status(person in sides[0], person in sides[1]),
                "; ".join(sides[0].get(person, ())),
                "; ".join(sides[1].get(person, ())),
                said.sentence,
                said.article,
            )
        )
    return Table(
        "People",
        ("person", "status", str(years[0]), str(years[1]), "evidence", "article"),
        tuple(rows),
    )


def _pairs(
    title: str,
    columns: tuple[str, str],
    a: dict[tuple[str, str], _Said],
    b: dict[tuple[str, str], _Said],
    label: Callable[[str], str],
    only: str | None,
    *,
    swap: bool = False,
) -> Table:
    """Customers (customer → product, shown product first) or integrations, new, kept or
    dropped."""
    rows = []
    for pair in sorted(a.keys() | b.keys()):
        first, second = (pair[1], pair[0]) if swap else pair
        if only is not None and only not in pair:
            continue
        said = b.get(pair) or a[pair]
        rows.append(
            (
                label(first),
                label(second),
                _status(pair in a, pair in b),
                said.sentence,
                said.article,
            )
        )
    rows.sort(key=lambda r: (r[0], _ORDER[r[2]], r[1]))
    return Table(title, (*columns, "status", "evidence", "article"), tuple(rows))


def _figure(value: Decimal, unit: str) -> str:
    """A value as an analyst reads it: 4.5亿, 1200万元, 54%, 3倍, 180秒."""
    magnitude = ""
    if unit not in ("percent", "times", "seconds"):
        for exponent, word in MAGNITUDES_SHOWN:
            if abs(value) >= Decimal(10) ** exponent:
                value, magnitude = value / Decimal(10) ** exponent, word
                break
    shown = (
        format_decimal(value.quantize(Decimal("0.01")).normalize())
        if magnitude
        else format_decimal(value)
    )
    return f"{shown}{magnitude}{UNIT_SHOWN.get(unit, ' ' + unit)}"


def _change(a: tuple[Decimal, str], b: tuple[Decimal, str], growth: bool) -> str:
    """How one value became another: a ratio for levels, points for rates."""
    (va, ua), (vb, ub) = a, b
    if ua != ub:
        return "units differ"
    if ua in ("percent", "times") or growth:
        delta = format_decimal(vb - va)
        return f"{'+' if vb >= va else ''}{delta}{UNIT_SHOWN.get(ua, '')}"
    if va == 0:
        return ""
    return f"×{format_decimal((vb / va).quantize(Decimal('0.01')).normalize())}"


def _metrics(
    ontology: Ontology,
    a: _Year,
    b: _Year,
    only: str | None,
    *,
    growth: bool,
    years: tuple[int, int],
) -> Table:
    """Figures by subject and measure, year A's beside year B's."""
    label = ontology.label
    offered = {c for (p, c) in (*a.pairs("offers"), *b.pairs("offers")) if p == only}
    rows = []
    keys = {k for k in (*a.metrics, *b.metrics) if k[2] == growth}
    for key in sorted(keys, key=lambda k: (label(k[0]), k[1])):
        subject, measure, _ = key
        if only is not None and subject != only and subject not in offered:
            continue
        va, vb = a.metrics.get(key, {}), b.metrics.get(key, {})
        change = _change(next(iter(va)), next(iter(vb)), growth) if len(va) == len(vb) == 1 else ""
        said = next(iter(vb.values()), None) or next(iter(va.values()))
        rows.append(
            (
                label(subject),
                measure,
                " / ".join(_figure(v, u) for v, u in sorted(va)),
                " / ".join(_figure(v, u) for v, u in sorted(vb)),
                change,
                said.sentence,
                said.article,
            )
        )
    title = "Growth figures" if growth else "Metrics"
    return Table(
        title,
        ("subject", "measure", str(years[0]), str(years[1]), "change", "evidence", "article"),
        tuple(rows),
    )


# ---------------------------------------------------------------- kg timeline


def timeline(build: Build, product: str | None = None) -> list[Table]:
    """Over every year of the build: per product and year, the capabilities new, kept and
    dropped against the year before it that the build covers; and each measure's figures
    year by year."""
    ontology = build.ontology
    years = _years(build.facts, ontology)
    if not years:
        raise KGError("the build has no facts with a year: nothing to lay out")
    only = _product(ontology, product, build.facts)
    label = ontology.label
    order = sorted(years)
    offered: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for year in order:
        for p, c in years[year].pairs("offers"):
            if only is None or p == only:
                offered[p][year].add(c)
    counts = []
    for p in sorted(offered, key=label):
        before: set[str] = set()
        for year in order:
            now = offered[p].get(year, set())
            if now or before:
                counts.append(
                    (
                        label(p),
                        str(year),
                        str(len(now - before)),
                        str(len(now & before)),
                        str(len(before - now)),
                    )
                )
            before = now
    metrics: dict[tuple[str, str, bool], dict[int, list[tuple[Decimal, str]]]] = defaultdict(dict)
    for year in order:
        for key, values in years[year].metrics.items():
            metrics[key][year] = sorted(values)
    caps_of = {c for p in offered for cs in offered[p].values() for c in cs}
    rows = []
    for key in sorted(metrics, key=lambda k: (label(k[0]), k[1], k[2])):
        subject, measure, growth = key
        if only is not None and subject != only and subject not in caps_of:
            continue
        cells = tuple(
            " / ".join(_figure(v, u) for v, u in metrics[key].get(year, ())) for year in order
        )
        rows.append((label(subject), measure + (" (growth)" if growth else ""), *cells))
    return [
        Table("Capabilities by year", ("product", "year", NEW, KEPT, DROPPED), tuple(counts)),
        Table("Metrics by year", ("subject", "measure", *(str(y) for y in order)), tuple(rows)),
    ]


# ---------------------------------------------------------------- rendering


def render(tables: Sequence[Table], fmt: str, heading: str) -> str:
    """The tables as ``text`` (aligned for a terminal), ``md`` (a report to paste into a
    note), ``tsv`` (one table after another, each after a ``# title`` line) or ``json``.

    Outside JSON, a cell's control characters, line separators and bidirectional overrides
    (an article's U+202E reaches its evidence) are shown escaped, as file names are
    (:func:`kg.loaders.display_path`): else the terminal would obey them."""
    if fmt == "json":
        body = {
            "title": heading,
            "sections": [
                {"title": t.title, "rows": [dict(zip(t.columns, r, strict=True)) for r in t.rows]}
                for t in tables
            ],
        }
        return json.dumps(body, ensure_ascii=False, indent=2)
    parts: Iterator[str]
    if fmt == "md":
        parts = (_markdown(t) for t in tables)
        return f"# {heading}\n\n" + "\n\n".join(parts)
    if fmt == "tsv":
        return "\n\n".join(_tsv(t) for t in tables)
    if fmt == "text":
        return f"{heading}\n\n" + "\n\n".join(_text(t) for t in tables)
    raise KGError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _cell_md(text: str) -> str:
    return display_path(text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " "))


def _markdown(table: Table) -> str:
    lines = [f"## {table.title}", ""]
    if not table.rows:
        return "\n".join([*lines, "(none)"])
    lines.append("| " + " | ".join(table.columns) + " |")
    lines.append("|" + "---|" * len(table.columns))
    lines.extend("| " + " | ".join(_cell_md(c) for c in row) + " |" for row in table.rows)
    return "\n".join(lines)


def _tsv(table: Table) -> str:
    def clean(cell: str) -> str:
        return display_path(" ".join(cell.split()))

    lines = [f"# {table.title}", "\t".join(table.columns)]
    lines.extend("\t".join(clean(c) for c in row) for row in table.rows)
    return "\n".join(lines)


def _text(table: Table) -> str:
    rows = [
        tuple(
            clip(display_path(c), _TEXT_EVIDENCE) if col == "evidence" else display_path(c)
            for col, c in zip(table.columns, r, strict=True)
        )
        for r in table.rows
    ]
    return "\n".join([f"{table.title} ({len(rows)})", *aligned(table.columns, rows)])
