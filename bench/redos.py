"""Time every compiled pattern of kg's rules on long runs of one character.

Run it from the repository root with the project's venv::

    .venv/bin/python bench/redos.py                  # every pattern, runs of 50/200/800
    .venv/bin/python bench/redos.py --all            # also print the patterns that are linear
    .venv/bin/python bench/redos.py kg.lang.people   # one module (or a few)
    .venv/bin/python bench/redos.py --json

A pattern whose optional parts can each take the same characters (``\\s*(?:的)?\\s*`` on a run
of spaces) tries every way of sharing a run between them before it fails: a run of n spaces
costs n², n³ … steps, and one of 200 spaces can take seconds (customers' ``TRAFFIC_SHARE``
took 10 s before commit cc5ba4b). The loader collapses whitespace runs and cuts sentences at
1,000 characters before a rule reads them, but a pattern should be safe on its own.

For each module-level pattern of ``kg/lang/*.py`` and ``kg/rules/*.py`` (and each pattern in a
module-level tuple, list or dict), and for each character class (a space, U+3000, a CJK
character, a digit, 、, a Latin letter), the script times ``match`` and ``fullmatch`` at the
start and ``search`` over a run of 50, 200 and 800 of that character, alone and followed by
a character no pattern wants (so that a match must fail and backtrack). It reports the growth
exponent from 200 to 800 (1 linear, 2 quadratic …), the worst over those subjects, for each
operation apart (a rule reads a gap between two mentions with ``fullmatch``, a cue after one
with ``match``). ``match`` or ``fullmatch`` growing faster than n^1.5 is a pattern that
backtracks at one position. ``search`` (and ``finditer``) start over at each position, so a
pattern that opens with ``\\s*`` is quadratic under ``search`` though linear under ``match``:
``search`` is reported from n^2.7 on (its figures at 800 are the longest, and the most
disturbed by other work on the machine: read a lone ``search`` flag with that in mind). A
subject that takes more than ``--limit`` seconds is stopped (the rest of that pattern's row
is skipped) and shown as ``>LIMIT``.

It prints figures; it asserts nothing, and pytest does not collect it. Patterns compiled
inside functions (built from the ontology's labels) are not reached.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import pkgutil
import re
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

#: The characters a run is made of: those the rules' classes take (\s, [\u4e00-\u9fff],
#: [0-9], 、, [A-Za-z], [^，。…]) and U+3000, a space to ``\s`` that the loader keeps.
CHARACTERS: dict[str, str] = {
    "space": " ",
    "U+3000": "\u3000",
    "CJK": "的",
    "digit": "7",
    "、": "、",
    "Latin": "a",
}
#: What follows a run so that a match cannot succeed at its end (a control character: the
#: loader drops them, so no pattern asks for one).
TAIL = "\x01"
LENGTHS = (50, 200, 800)
#: A pattern is reported when it grows faster than this from 200 to 800 characters: under
#: ``match`` faster than linearly, under ``search`` faster than its n starts of a linear match.
THRESHOLD = {"match": 1.5, "fullmatch": 1.5, "search": 2.7}
#: ... and takes more than this many seconds at the longest run: a search is quadratic at
#: least (a few ms at 800), a match over 800 characters a few microseconds.
FLOOR = {"match": 0.0005, "fullmatch": 0.0005, "search": 0.05}


class StoppedError(Exception):
    """A subject took longer than the limit."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise StoppedError


@dataclass
class Row:
    """The worst figures of one pattern, under ``match``, ``fullmatch`` and ``search``."""

    name: str
    pattern: str
    #: seconds per operation and length, worst over the characters and tails
    seconds: dict[str, dict[int, float]] = field(default_factory=dict)
    #: which character gave the worst figure at the longest length timed
    worst: dict[str, str] = field(default_factory=dict)
    stopped: dict[str, bool] = field(default_factory=dict)

    def exponent(self, op: str) -> float:
        """The growth exponent from 200 to 800 (or the last two lengths timed)."""
        times = self.seconds.get(op, {})
        lengths = sorted(times)
        if len(lengths) < 2:
            return math.inf if self.stopped.get(op) else 0.0
        (a, ta), (b, tb) = (lengths[-2], times[lengths[-2]]), (lengths[-1], times[lengths[-1]])
        if self.stopped.get(op):
            return math.inf
        return math.log(max(tb, 1e-9) / max(ta, 1e-9)) / math.log(b / a)


def patterns(module_names: list[str]) -> list[tuple[str, re.Pattern[str]]]:
    """Every module-level pattern of the modules, named ``module.NAME`` (or ``NAME[key]``).

    A pattern imported from another module is listed once, under the first module that
    holds it (kg/lang before kg/rules).
    """
    found: list[tuple[str, re.Pattern[str]]] = []
    seen: set[int] = set()

    def add(name: str, value: object) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            if id(value) not in seen:
                seen.add(id(value))
                found.append((name, value))

    for module_name in module_names:
        module: ModuleType = importlib.import_module(module_name)
        short = module_name.removeprefix("kg.")
        for attr, value in vars(module).items():
            if isinstance(value, ModuleType):
                continue
            add(f"{short}.{attr}", value)
            if isinstance(value, (tuple, list)):
                for i, item in enumerate(value):
                    add(f"{short}.{attr}[{i}]", item)
            elif isinstance(value, dict):
                for key, item in value.items():
                    add(f"{short}.{attr}[{key!r}]", item)
    return found


def default_modules() -> list[str]:
    """kg.lang.* then kg.rules.*, in name order."""
    names = []
    for package in ("kg.lang", "kg.rules"):
        path = REPO.joinpath(*package.split("."))
        names += [
            f"{package}.{m.name}"
            for m in sorted(pkgutil.iter_modules([str(path)]), key=lambda m: m.name)
        ]
    return names


def time_one(operation: object, subject: str, limit: float) -> float:
    """Seconds per call of ``operation(subject)``: the best of three runs of 0.5 ms or more."""
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        best = math.inf
        for _ in range(3):
            calls, start = 0, time.perf_counter()
            while True:
                operation(subject)  # type: ignore[operator]
                calls += 1
                elapsed = time.perf_counter() - start
                if elapsed > 0.0005:
                    break
            best = min(best, elapsed / calls)
            if elapsed > limit / 4:
                break
        return best
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def measure(name: str, pattern: re.Pattern[str], limit: float) -> Row:
    """Time ``match`` and ``search`` of one pattern on every run."""
    row = Row(name, pattern.pattern)
    for op in THRESHOLD:
        operation = getattr(pattern, op)
        times: dict[int, float] = {}
        worst_char = ""
        stopped = False
        for length in LENGTHS:
            worst = 0.0
            for label, char in CHARACTERS.items():
                for tail in ("", TAIL):
                    try:
                        seconds = time_one(operation, char * length + tail, limit)
                    except StoppedError:
                        stopped, worst_char = True, label
                        break
                    if seconds > worst:
                        worst, worst_char = seconds, label
                if stopped:
                    break
            if stopped:
                break
            times[length] = worst
        row.seconds[op], row.worst[op], row.stopped[op] = times, worst_char, stopped
    return row


def grows(row: Row) -> bool:
    """Whether the row grows faster than :data:`THRESHOLD` under some operation, and takes
    :data:`FLOOR` at the longest run (below it, a grown figure is the timer's noise)."""
    for op, limit in THRESHOLD.items():
        times = row.seconds.get(op, {})
        if row.stopped.get(op) or (
            row.exponent(op) > limit and max(times.values(), default=0) > FLOOR[op]
        ):
            return True
    return False


def again(row: Row, pattern: re.Pattern[str], limit: float) -> Row:
    """The row timed once more, each cell the better of the two figures."""
    other = measure(row.name, pattern, limit)
    for op in THRESHOLD:
        if other.stopped[op] and row.stopped[op]:
            continue
        if row.stopped[op] != other.stopped[op]:  # stopped once only: keep the full row
            best = other if row.stopped[op] else row
            row.seconds[op], row.worst[op], row.stopped[op] = (
                best.seconds[op],
                best.worst[op],
                best.stopped[op],
            )
            continue
        for length, seconds in other.seconds[op].items():
            row.seconds[op][length] = min(seconds, row.seconds[op].get(length, seconds))
    return row


def cell(row: Row, op: str, length: int, limit: float) -> str:
    seconds = row.seconds[op].get(length)
    if seconds is None:
        return (
            f">{limit:g} s"
            if row.stopped[op]
            and length == min((n for n in LENGTHS if n not in row.seconds[op]), default=0)
            else "-"
        )
    return f"{seconds * 1e3:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "modules", nargs="*", help="modules to read (default: kg.lang.*, kg.rules.*)"
    )
    parser.add_argument(
        "--limit", type=float, default=0.5, help="seconds before a subject is stopped"
    )
    parser.add_argument("--all", action="store_true", help="print the linear patterns too")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)

    found = patterns(args.modules or default_modules())
    found_by = dict(found)
    rows = [measure(name, pattern, args.limit) for name, pattern in found]
    # A flagged row is timed again and keeps the better figure of each cell: on a busy
    # machine one preempted call makes a fast pattern look as if it grew.
    rows = [again(r, found_by[r.name], args.limit) if grows(r) else r for r in rows]
    flagged = [r for r in rows if grows(r)]
    if args.json:
        out = [
            {
                "name": r.name,
                "pattern": r.pattern,
                "exponent": {
                    op: r.exponent(op) if math.isfinite(r.exponent(op)) else None
                    for op in r.seconds
                },
                "seconds": r.seconds,
                "worst": r.worst,
                "stopped": r.stopped,
            }
            for r in (rows if args.all else flagged)
        ]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0

    print(
        f"{len(rows)} patterns, runs of {'/'.join(map(str, LENGTHS))}; ms per call, worst character"
    )
    print(
        f"growing faster than n^{THRESHOLD['match']} under match or n^{THRESHOLD['search']} "
        f"under search from 200 to 800: {len(flagged)} (* below)"
    )
    header = (
        f"{'pattern':44} {'op':6} " + " ".join(f"{n:>9}" for n in LENGTHS) + f" {'exp':>5}  worst"
    )
    print(header)
    print("-" * len(header))
    for r in rows if args.all else flagged:
        for op in THRESHOLD:
            exp = r.exponent(op)
            shown = "inf" if math.isinf(exp) else f"{exp:.2f}"
            mark = " *" if exp > THRESHOLD[op] else ""
            cells = " ".join(f"{cell(r, op, n, args.limit):>9}" for n in LENGTHS)
            print(f"{r.name[:44]:44} {op:6} {cells} {shown:>5}  {r.worst[op]}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
