"""Read facts tables and score predicted facts against gold, as docs/facts-format.md specifies.

A facts table is a UTF-8 TSV with a header naming its columns: the seven of `COLUMNS`, in any
order, and any others (`doc` of a gold table, kg's `rule`), which are kept if `OPTIONAL`
and otherwise ignored. Predicates and units are those of `kg.vocabulary`. `read_facts`
parses and validates one; `evaluate` pairs predicted rows with gold rows by a maximum
bipartite matching under `matches` and reports precision, recall and F1 overall and per
predicate; `format_report` renders the scores as a fixed-width text table.
"""

from __future__ import annotations

import bisect
import os
import re
import stat
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TypeAlias

import networkx as nx

from kg import vocabulary
from kg.errors import FactsFormatError

__all__ = [
    "COLUMNS",
    "OPTIONAL",
    "PREDICATES",
    "UNITS",
    "Row",
    "Score",
    "Evaluation",
    "read_facts",
    "matches",
    "evaluate",
    "format_report",
]

#: The columns every facts table has (docs/facts-format.md), found by name.
COLUMNS = ("year", "subject", "predicate", "object", "value", "unit", "evidence")
#: Columns a table may add that are kept on its rows but never scored: the article a gold
#: fact was read from, the rule(s) that read a fact of kg's.
OPTIONAL = ("doc", "rule")
#: The predicates by name (kg.vocabulary's table, not a copy: a new one is known here too).
PREDICATES = vocabulary.PREDICATES
#: The units kg writes; any currency's ISO code is a unit too (vocabulary.is_unit).
UNITS = vocabulary.UNITS

_YEAR_RE = re.compile(r"[0-9]{4}")
# A plain decimal as the spec normalises it: no exponent, no sign but '-', no NaN/Infinity.
_VALUE_RE = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_BOM = b"\xef\xbb\xbf"

# Builds the error for the line being parsed from a reason.
_Fail: TypeAlias = Callable[[str], FactsFormatError]
_Key: TypeAlias = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a facts table; subject/object hold the |-separated alternatives as a tuple."""

    year: str  # four digits, or "" for a fact with no year
    subjects: tuple[str, ...]
    predicate: str
    objects: tuple[str, ...]
    value: Decimal | None
    unit: str
    evidence: str
    line: int = field(compare=False)
    doc: str = field(default="", compare=False)  # the optional columns, "" when absent
    rule: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 for one slice of the facts."""

    predicate: str
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The result of scoring predicted facts against gold."""

    overall: Score
    per_predicate: tuple[Score, ...]
    missed: tuple[Row, ...]
    extra: tuple[Row, ...]


# --------------------------------------------------------------------------- reading


def read_facts(path: str | os.PathLike[str]) -> list[Row]:
    """Return the rows of the facts table at `path`, in file order.

    The file must be UTF-8 (a BOM is accepted) with a header line of tab-separated column
    names that holds each of `COLUMNS` once (in any order; other names are allowed, and
    `OPTIONAL` ones are kept), then one fact per line with as many tab-separated fields as
    the header has; blank lines are allowed only at the end. Raises `FactsFormatError`
    naming the file and the 1-based line (0 when the file cannot be read at all) for the
    first violation of docs/facts-format.md.
    """
    name = os.fspath(path)
    try:
        mode = os.stat(name).st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
            # /dev/zero would be read without end. A pipe is read: `kg eval gold <(cut …)`.
            what = "a socket" if stat.S_ISSOCK(mode) else "a device"
            raise FactsFormatError(
                name,
                0,
                f"{what}, not a facts table; give the path of a file of tab-separated facts "
                "(docs/facts-format.md)",
            )
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise FactsFormatError(name, 0, "no such file") from None
    except IsADirectoryError:
        raise FactsFormatError(name, 0, "is a directory, not a facts table") from None
    except OSError as exc:
        raise FactsFormatError(name, 0, f"cannot read: {exc.strerror or exc}") from None

    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FactsFormatError(name, line, f"not valid UTF-8 (byte {exc.start})") from None

    # split("\n") rather than splitlines(): evidence text may contain characters such as
    # U+2028 that splitlines() would treat as line breaks.
    lines = [raw.removesuffix("\r") for raw in text.split("\n")]
    last = len(lines)
    while last > 0 and not lines[last - 1].strip():
        last -= 1
    if last == 0:
        raise FactsFormatError(name, 1, f"empty file; expected a header line: {_expected()}")

    if "\r" in lines[0]:
        # Every line ending in a lone CR reads as one line: say so, not "header lacks …" with
        # the whole table quoted as its cells.
        raise FactsFormatError(
            name,
            1,
            "its lines end in a lone carriage return (CR, old Mac line ends); "
            "save it with LF or CRLF line ends",
        )
    header = tuple(lines[0].split("\t"))
    missing = [column for column in COLUMNS if column not in header]
    doubled = sorted({column for column in header if header.count(column) > 1})
    if missing or doubled:
        problem = (
            f"lacks the column(s) {', '.join(missing)}"
            if missing
            else f"names the column(s) {', '.join(doubled)} twice"
        )
        raise FactsFormatError(
            name,
            1,
            f"header {problem}; a facts table's header holds the tab-separated columns "
            f"{_expected()} (in any order, others allowed); found {_shown_header(header)}",
        )
    # Where each column is: the seven required, then the optional ones (-1: absent).
    where = tuple(header.index(c) for c in COLUMNS) + tuple(
        header.index(c) if c in header else -1 for c in OPTIONAL
    )

    return [
        _parse_row(name, number, lines[number - 1], len(header), where)
        for number in range(2, last + 1)
    ]


def _expected() -> str:
    return " ".join(COLUMNS)


def _shown_header(header: tuple[str, ...]) -> str:
    """The header as a tuple's repr, cut to about 200 characters (a table with no line ends
    must not be quoted whole)."""
    shown = repr(header)
    if len(shown) <= 200:
        return shown
    cells: list[str] = []
    for cell in header:
        if len(", ".join(cells)) + len(repr(cell)) > 180:
            break
        cells.append(repr(cell[:40]))
    return f"({', '.join(cells)}, … {len(header)} columns)"


def _parse_row(name: str, number: int, line: str, width: int, where: tuple[int, ...]) -> Row:
    """Parse one data line of a table `width` columns wide whose columns (COLUMNS, then
    OPTIONAL) are at the indices `where`, raising `FactsFormatError` for `name`:`number` if
    it is invalid."""

    def fail(reason: str) -> FactsFormatError:
        return FactsFormatError(name, number, reason)

    if not line.strip():
        raise fail("blank line inside the table (blank lines are allowed only at the end)")
    fields = line.split("\t")
    if len(fields) != width:
        raise fail(
            f"expected {width} tab-separated fields (one per column of the header), "
            f"found {len(fields)}"
        )
    year, subject, predicate, obj, value_text, unit, evidence, doc, rule = (
        fields[i] if i >= 0 else "" for i in where
    )

    # Empty: the article gave no year (the build warned), and none is invented.
    if year and not _YEAR_RE.fullmatch(year):
        raise fail(f"year must be four digits, or empty for a fact with no year; found {year!r}")
    spec = vocabulary.PREDICATES.get(predicate)
    if spec is None:
        known = ", ".join(vocabulary.PREDICATES)
        raise fail(f"unknown predicate {predicate!r}; expected one of {known}")
    subjects = _alternatives(subject, "subject", fail)
    objects = _alternatives(obj, "object", fail)

    value: Decimal | None = None
    if spec.value:
        if not _VALUE_RE.fullmatch(value_text):
            raise fail(f"{predicate} value must be a plain decimal number, found {value_text!r}")
        value = Decimal(value_text)
        if not vocabulary.is_unit(unit):
            found = f"found {unit!r}" if unit else "it is empty"
            raise fail(
                f"{predicate} unit must be one of {', '.join(UNITS)} or a currency's "
                f"three-letter ISO code (USD, HKD); {found}"
            )
    elif value_text or unit:
        carriers = ", ".join(p.name for p in vocabulary.PREDICATES.values() if p.value)
        raise fail(
            f"{predicate} row must have empty value and unit (only {carriers} rows carry them)"
        )

    return Row(year, subjects, predicate, objects, value, unit, evidence, number, doc, rule)


def _alternatives(text: str, column: str, fail: _Fail) -> tuple[str, ...]:
    """Split a |-separated cell into its stripped alternatives; none may be empty."""
    alternatives = tuple(part.strip() for part in text.split("|"))
    if not all(alternatives):
        what = "is empty" if not text.strip() else f"has an empty alternative in {text!r}"
        raise fail(f"{column} {what}")
    return alternatives


# --------------------------------------------------------------------------- matching


def matches(pred: Row, gold: Row, *, years: bool = True) -> bool:
    """Return whether `pred` counts as a correct prediction of `gold`.

    Year and predicate must be equal (a fact with no year matches only one with no year)
    and the subject alternatives must intersect; with `years=False` the year is not
    compared (any year, or none, agrees with any). For `metric` rows (a predicate of the
    vocabulary that carries a value) both values must be present, agree within 1% of the
    gold value (exactly, when the gold value is 0) and carry the same unit; the object is
    not compared. For every other predicate the object alternatives must intersect. Evidence
    and the optional columns are never compared.
    """
    if (years and pred.year != gold.year) or pred.predicate != gold.predicate:
        return False
    if set(pred.subjects).isdisjoint(gold.subjects):
        return False
    if _has_value(pred.predicate):
        return pred.unit == gold.unit and _within_one_percent(pred.value, gold.value)
    return not set(pred.objects).isdisjoint(gold.objects)


def _has_value(predicate: str) -> bool:
    """Whether the predicate's facts are figures (a value and a unit): metric."""
    spec = vocabulary.PREDICATES.get(predicate)
    return spec is not None and spec.value


def _within_one_percent(pred: Decimal | None, gold: Decimal | None) -> bool:
    if pred is None or gold is None or not pred.is_finite() or not gold.is_finite():
        return False
    # Fractions are exact; Decimal arithmetic rounds to the context precision and could
    # move a value sitting on the 1% boundary to the other side.
    p, g = Fraction(pred), Fraction(gold)
    return abs(p - g) * 100 <= abs(g)


def evaluate(gold: Sequence[Row], predicted: Sequence[Row], *, years: bool = True) -> Evaluation:
    """Score `predicted` against `gold` under a maximum one-to-one matching by `matches`.

    With `years=False` the year is not compared (`matches`), so that the score with years
    over the score without tells how much the years cost (issue 13's check of years).

    The matched count overall and per predicate is that of a maximum bipartite matching, so it
    does not depend on the order of either sequence. `missed` and `extra` list the unmatched
    gold and predicted rows in input order; for a given input they are always the same rows.
    `per_predicate` has one score for each predicate occurring in either sequence, in
    `PREDICATES` order (any predicate outside it follows, sorted).
    """
    pairs = _maximum_matching(gold, predicted, years)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}

    gold_counts = Counter(row.predicate for row in gold)
    pred_counts = Counter(row.predicate for row in predicted)
    # An edge only joins rows with the same predicate, so a pair counts for that predicate.
    match_counts = Counter(gold[g].predicate for g in matched_gold)

    present = gold_counts.keys() | pred_counts.keys()
    ordered = [p for p in PREDICATES if p in present] + sorted(present - set(PREDICATES))
    per_predicate = tuple(
        _score(p, gold_counts[p], pred_counts[p], match_counts[p]) for p in ordered
    )
    overall = _score("all", len(gold), len(predicted), len(pairs))
    missed = tuple(row for i, row in enumerate(gold) if i not in matched_gold)
    extra = tuple(row for j, row in enumerate(predicted) if j not in matched_pred)
    return Evaluation(overall, per_predicate, missed, extra)


def _score(predicate: str, gold: int, predicted: int, matched: int) -> Score:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(predicate, gold, predicted, matched, precision, recall, f1)


def _candidate_edges(
    gold: Sequence[Row], predicted: Sequence[Row], years: bool = True
) -> Iterator[tuple[int, int]]:
    """Yield every (gold index, predicted index) pair for which `matches` holds.

    Gold rows are bucketed so that each predicted row is compared only with gold rows that
    share its year (unless `years` is false), predicate and a subject alternative, and
    additionally an object alternative (other predicates) or the unit and a value within a
    few percent (metric).
    """
    # Keys are (year, predicate, subject alternative, object alternative or unit).
    by_object: defaultdict[_Key, list[int]] = defaultdict(list)
    by_unit: defaultdict[_Key, list[tuple[Decimal, int]]] = defaultdict(list)

    def year_of(row: Row) -> str:
        return row.year if years else ""  # without years, one bucket for all of them

    for i, row in enumerate(gold):
        if _has_value(row.predicate):
            if row.value is None or not row.value.is_finite():
                continue
            for s in set(row.subjects):
                by_unit[year_of(row), row.predicate, s, row.unit].append((row.value, i))
        else:
            for s in set(row.subjects):
                for o in set(row.objects):
                    by_object[year_of(row), row.predicate, s, o].append(i)
    for entries in by_unit.values():
        entries.sort()
    sorted_values = {key: [v for v, _ in entries] for key, entries in by_unit.items()}

    for j, row in enumerate(predicted):
        candidates: set[int] = set()
        if _has_value(row.predicate):
            if row.value is None or not row.value.is_finite():
                continue
            # |p - g| <= 0.01|g| implies |p - g| <= 0.0102|p|; a 2% window around p therefore
            # holds every match, with room to spare for Decimal rounding of the bounds.
            margin = abs(row.value) * Decimal("0.02")
            low, high = row.value - margin, row.value + margin
            for s in set(row.subjects):
                key = (year_of(row), row.predicate, s, row.unit)
                if key not in by_unit:
                    continue
                keys = sorted_values[key]
                entries = by_unit[key]
                start, stop = bisect.bisect_left(keys, low), bisect.bisect_right(keys, high)
                candidates.update(i for _, i in entries[start:stop])
        else:
            for s in set(row.subjects):
                for o in set(row.objects):
                    candidates.update(by_object.get((year_of(row), row.predicate, s, o), ()))
        # Sorted so that the graph, and hence which rows end up unmatched, depends only on
        # the input order and not on set iteration order.
        for i in sorted(candidates):
            if matches(row, gold[i], years=years):
                yield i, j


# Above this many row pairs a table of repeated rows is matched by multiplicity (a max flow
# over its distinct rows) instead of row by row, whose graph grows with the square of the
# repeats (3,000 identical rows: 9 million edges, minutes and gigabytes).
_ROW_EDGES = 200_000


def _maximum_matching(
    gold: Sequence[Row], predicted: Sequence[Row], years: bool = True
) -> list[tuple[int, int]]:
    """Return the (gold index, predicted index) pairs of a maximum matching under `matches`.

    Rows that `matches` cannot tell apart are grouped and the distinct ones compared once.
    """
    gold_groups, pred_groups = _groups(gold, years), _groups(predicted, years)
    edges = list(
        _candidate_edges(
            [gold[g[0]] for g in gold_groups], [predicted[p[0]] for p in pred_groups], years
        )
    )
    row_edges = sum(len(gold_groups[a]) * len(pred_groups[b]) for a, b in edges)
    if row_edges > _ROW_EDGES:
        return _matching_by_multiplicity(edges, gold_groups, pred_groups)
    # Row by row, in the order the edges were always added (by predicted row, then gold
    # row), so that which rows are left unmatched is what it has always been.
    pairs = sorted((j, i) for a, b in edges for i in gold_groups[a] for j in pred_groups[b])
    return _hopcroft_karp([(i, j) for j, i in pairs], len(gold))


def _groups(rows: Sequence[Row], years: bool) -> list[list[int]]:
    """Indices of the rows `matches` treats alike, grouped, in order of first occurrence."""
    groups: dict[object, list[int]] = {}
    for i, row in enumerate(rows):
        key: object
        if _has_value(row.predicate):
            if row.value is None or not row.value.is_finite():
                key = i  # matches nothing; kept alone
            else:
                key = (row.predicate, frozenset(row.subjects), row.value, row.unit)
        else:
            key = (row.predicate, frozenset(row.subjects), frozenset(row.objects))
        if years and not isinstance(key, int):
            key = (row.year, key)
        groups.setdefault(key, []).append(i)
    return list(groups.values())


def _hopcroft_karp(edges: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    """Maximum matching of (gold, predicted) index pairs `edges`; `offset` is len(gold)."""
    graph: nx.Graph[int] = nx.Graph()
    # Integer nodes (gold i -> i, predicted j -> offset + j): their hashes, unlike those of
    # strings, are the same in every process, so networkx's set iteration is reproducible.
    graph.add_edges_from((i, offset + j) for i, j in edges)
    if graph.number_of_edges() == 0:
        return []
    top = {node for node in graph if node < offset}
    # networkx's Hopcroft-Karp searches augmenting paths recursively, one frame per gold row
    # on the path; a long chain of near-identical rows would exceed the default limit.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(limit + len(top) + 100)
    try:
        mate: dict[int, int] = nx.bipartite.hopcroft_karp_matching(graph, top_nodes=top)
    finally:
        sys.setrecursionlimit(limit)
    return sorted((g, mate[g] - offset) for g in top if g in mate)


def _matching_by_multiplicity(
    edges: list[tuple[int, int]], gold_groups: list[list[int]], pred_groups: list[list[int]]
) -> list[tuple[int, int]]:
    """Maximum matching of rows by a max flow between groups of alike rows (a b-matching).

    Each group's rows are handed out in input order, so the rows left over are the last of
    their group, the same for a given input.
    """
    offset = len(gold_groups)
    source, sink = offset + len(pred_groups), offset + len(pred_groups) + 1
    graph: nx.DiGraph[int] = nx.DiGraph()
    for a, b in sorted(edges):
        graph.add_edge(source, a, capacity=len(gold_groups[a]))
        graph.add_edge(a, offset + b, capacity=min(len(gold_groups[a]), len(pred_groups[b])))
        graph.add_edge(offset + b, sink, capacity=len(pred_groups[b]))
    _, flow = nx.maximum_flow(graph, source, sink)
    gold_next = [0] * len(gold_groups)
    pred_next = [0] * len(pred_groups)
    pairs: list[tuple[int, int]] = []
    for a, b in sorted(edges):
        n = flow[a][offset + b]
        gold_rows = gold_groups[a][gold_next[a] : gold_next[a] + n]
        pred_rows = pred_groups[b][pred_next[b] : pred_next[b] + n]
        pairs += zip(gold_rows, pred_rows, strict=True)
        gold_next[a] += n
        pred_next[b] += n
    return sorted(pairs)


# --------------------------------------------------------------------------- reporting


def format_report(ev: Evaluation) -> str:
    """Render `ev` as a fixed-width table: a header, one line per predicate, then "all".

    Columns are predicate, gold, pred, match, P, R, F1; counts are right-aligned to a common
    width and P/R/F1 have three decimals. Lines are joined by "\\n" with no trailing newline.
    The output depends only on `ev`.
    """
    scores = (*ev.per_predicate, ev.overall)
    name_width = max(len("predicate"), *(len(s.predicate) for s in scores))
    count_width = max(
        len("match"), *(len(str(n)) for s in scores for n in (s.gold, s.predicted, s.matched))
    )
    rate_width = len("0.000")

    def line(name: str, counts: Sequence[str], rates: Sequence[str]) -> str:
        cells = [f"{name:<{name_width}}"]
        cells += [f"{c:>{count_width}}" for c in counts]
        cells += [f"{r:>{rate_width}}" for r in rates]
        return "  ".join(cells)

    lines = [line("predicate", ("gold", "pred", "match"), ("P", "R", "F1"))]
    for s in scores:
        counts = (str(s.gold), str(s.predicted), str(s.matched))
        rates = (f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
        lines.append(line(s.predicate, counts, rates))
    return "\n".join(lines)
