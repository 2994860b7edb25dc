"""Time each worst case the linear-time tests guard against a plain input of the same length.

Run it from the repository root with the project's venv::

    .venv/bin/python bench/complexity.py                 # every case, best of 3 (about 90 s)
    .venv/bin/python bench/complexity.py html sparql     # the cases whose name holds a word
    .venv/bin/python bench/complexity.py --repeat 5
    .venv/bin/python bench/complexity.py --json          # JSON on stdout instead of the table

Each case is an input that once made a regex or a loop of kg read the rest of the text again
from each of many starts (a 400 kB file of ``![`` took 48 s), beside a plain input of the same
length. A linear function takes a few times as long on the first at most; a quadratic one,
hundreds of times. The script prints the best of ``--repeat`` timings of each side, their
ratio, the bound (the one the tests asserted when they timed these cases) and PASS or FAIL,
and exits with status 1 if any case fails. A run that takes more than ``--limit`` seconds is
stopped and fails.

The tests (tests/test_loaders.py, tests/test_inputs.py, tests/test_sparql.py) check the same
cases without timing them: what each worst case reads as, the shape of the patterns, and
counts of the Python lines run. pytest does not collect this script.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import platform
import signal
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.loaders import (  # noqa: E402
    _html_blocks,
    _page_date,
    detect_format,
    load_text,
    split_sentences,
)
from kg.ontology import Ontology, load_ontology  # noqa: E402

Call = Callable[[], object]


@dataclass(frozen=True)
class Case:
    """A worst case, its plain input, and the bound on the ratio of their times."""

    name: str
    #: Builds the two calls (worst, plain): inputs are made only for the cases that run.
    make: Callable[[], tuple[Call, Call]]
    bound: float
    #: The test that checks the case without timing it.
    test: str
    #: Calls per timing, for inputs read in a millisecond or less.
    number: int = 1


class StoppedError(Exception):
    """A run took longer than the limit."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise StoppedError


def best_of(function: Call, repeat: int, number: int, limit: float) -> float:
    """Seconds per call of ``function()``: the best of ``repeat`` timings of ``number`` calls
    (the least disturbed by other work on the machine). A timing past ``limit`` seconds
    raises :class:`StoppedError`; one past a quarter of it is not repeated."""
    best = math.inf
    for _ in range(repeat):
        gc.collect()
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            start = time.perf_counter()
            for _ in range(number):
                function()
            elapsed = time.perf_counter() - start
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        best = min(best, elapsed / number)
        if elapsed > limit / 4:
            break
    return best


# ------------------------------------------------------------------------------ the cases

#: The loaders' worst cases are 200,000 characters long, against this text.
SIZE = 200_000
TESTS = "tests/test_loaders.py"
#: HTML constructs left open (html.parser looked for their end to the end of the page, from
#: each) and nesting with text after a child (BeautifulSoup relinked up to the root after each).
OPEN = ["<a ", "<p ", "<a b='", "</a", "<?", "<!--", "<!-- x >", "<![CDATA[ x >", "<![if x", "<a\n"]
NESTED = ["<div><b>x</b>y", "<p><br>a", "<span><i></i>a", "<p>a<!x>b", "<div><!--c-->a"]


def _same(
    function: Callable[[str], object], worst: str, plain: str
) -> Callable[[], tuple[Call, Call]]:
    def make() -> tuple[Call, Call]:
        assert len(worst) == len(plain), "a worst case is timed against a text of its length"
        return (lambda: function(worst)), (lambda: function(plain))

    return make


def _load(text: str) -> object:
    return load_text(text, path="x.txt")


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _plain(size: int) -> str:
    return _repeat("视频号上线三年。", size)


def _plain_page(size: int) -> str:
    return _repeat("<p>视频号上线三年。</p>\n", size)


def loader_cases() -> list[Case]:
    cases = []
    for label, worst in [
        ("![ x 100,000 (an image never closed)", "![" * (SIZE // 2)),
        ("]( x 100,000 (a link target never closed)", "](" * (SIZE // 2)),
        ("<p  x 66,666 (a block tag never closed)", "<p " * (SIZE // 3)),
        ("<div x 50,000", "<div" * (SIZE // 4)),
        ("** and 200,000 a", "**" + "a" * SIZE),
        ("lines of 1,000 digits", ("1" * 1000 + "\n") * (SIZE // 1001)),
        ("###### and 1,000 spaces a line", ("#" * 6 + " " * 1000 + "\n") * (SIZE // 1007)),
        ("\\n---   x 28,571", "\n---   " * (SIZE // 7)),
    ]:
        cases.append(
            Case(
                f"format: {label}",
                _same(detect_format, worst, _plain(len(worst))),
                30,
                f"{TESTS}::test_format_detection_reads_its_worst_cases",
                number=5,
            )
        )
    for label, worst in [
        ("<a x 100,000 (a tag cut off)", "<a" * (SIZE // 2)),
        ("front matter never closed", "---\n" + "\n--- x" * (SIZE // 6)),
        ("点击 x 100,000 (boilerplate)", "点击" * (SIZE // 2)),
        ("视 and a no-break space x 100,000", "视\u00a0" * (SIZE // 2)),
    ]:
        cases.append(
            Case(
                f"load: {label}",
                _same(_load, worst, _plain(len(worst))),
                30,
                f"{TESTS}::test_loading_reads_its_worst_cases",
            )
        )
    # A pattern for a published-time attribute, then the content after it, read the rest of
    # the tag again after each such attribute.
    for tag, attribute in [
        ("<meta", ' property="article:published_time"'),
        ("<meta", ' content="2019-01-16"'),
        ("<time", ' itemprop="datePublished"'),
        ("<em", ' id="publish_time"'),
    ]:
        worst = tag + _repeat(attribute, SIZE - len(tag))
        cases.append(
            Case(
                f"page date: {tag}{attribute} x {(SIZE - len(tag)) // len(attribute):,}",
                _same(_page_date, worst, _plain_page(len(worst))),
                30,
                f"{TESTS}::test_a_web_pages_markup_is_read_once_whatever_it_repeats",
            )
        )
    header = "> 公众号: a\n\n> 作者: "
    cue = _repeat("原文:https://a", SIZE - len(header))
    cases.append(
        Case(
            "load: an export header's line of 16,666 原文:https:// (SOURCE_ADDRESS)",
            _same(_load, header + cue + "\n\n正文。", header + _plain(len(cue)) + "\n\n正文。"),
            30,
            f"{TESTS}::test_an_export_header_line_of_many_address_cues_is_read_once",
        )
    )
    for label, value, test in [
        (
            "a sexagesimal int of 100,000 parts",
            "1" + ":1" * 99_999,
            "test_front_matter_values_pyyaml_cannot_read_are_broken_yaml",
        ),
        (
            "9,000 aliases of a scalar of 20 kB",
            "[" + ", ".join(["*a"] * 9_000) + "]",
            "test_aliases_of_a_long_value_are_refused_before_it_is_copied",
        ),
    ]:
        front = f"---\na: &a {'x' * 20_000}\ndate: {value}\n---\n"
        plain = f"---\na: &a {'x' * 20_000}\ndate: '{'x' * (len(value) - 2)}'\n---\n"
        cases.append(
            Case(
                f"front matter: {label}",
                _same(_load, front + "正文。", plain + "正文。"),
                30,
                f"{TESTS}::{test}",
            )
        )
    for unit in OPEN:
        cases.append(_html_case(unit, 30_000, "test_html_left_open_reaches_the_parser_closed"))
    for unit in NESTED:
        cases.append(_html_case(unit, 170_000, "test_html_nested_deep_is_read_in_linear_work"))

    text = ("视频号上线三年。" * 100_000)[:800_000]
    lines = text.replace("。", "。\n").split("\n")
    cases.append(
        Case(
            "sentences: one paragraph of 100,000 against 100,000 paragraphs",
            lambda: (
                (lambda: split_sentences(text)),
                (lambda: [split_sentences(x) for x in lines]),
            ),
            5,
            f"{TESTS}::test_splitting_one_long_paragraph_is_linear",
        )
    )
    return cases


def _html_case(unit: str, size: int, test: str) -> Case:
    worst, plain = _repeat(unit, size), _plain_page(size)
    return Case(
        f"html: {unit!r} to {size // 1000} kB",
        _same(_html_blocks, worst, plain),
        8,
        f"{TESTS}::{test}",
    )


def rule_cases(ontology: Callable[[], Ontology]) -> list[Case]:
    def paragraph() -> tuple[Call, Call]:
        from kg.match import match
        from kg.rules import extract_facts
        from kg.segment import segment

        kb = ontology()
        labels = sorted(t.labels[0] for t in kb.terms.values() if t.cls == "Capability")
        sentence = "、".join(labels[:12]) + "。"
        one = match(segment(load_text(sentence * 10_000, path="x.txt"), kb), kb)
        many = match(segment(load_text(f"{sentence}\n" * 10_000, path="x.txt"), kb), kb)
        return (
            lambda: extract_facts(one, kb, rules=()),
            lambda: extract_facts(many, kb, rules=()),
        )

    def extracting(worst_text: str, plain_text: str) -> Callable[[], tuple[Call, Call]]:
        def make() -> tuple[Call, Call]:
            from kg.pipeline import extract

            kb = ontology()
            worst, plain = load_text(worst_text, path="x.txt"), load_text(plain_text, path="x.txt")
            assert len(worst.text) == len(plain.text)
            extract(plain, kb)  # jieba's dictionary, loaded once
            return (lambda: extract(worst, kb)), (lambda: extract(plain, kb))

        return make

    inputs = "tests/test_inputs.py"
    return [
        Case(
            "load: 400 kB of ![ (format sniffing)",
            _same(_load, "![" * 200_000, ("视频号上线三年。\n" * 44_445)[:400_000]),
            10,
            f"{inputs}::test_format_sniffing_of_400_kb_of_image_marks_reads_them_as_text",
        ),
        Case(
            "rules: one paragraph of 10,000 sentences against 10,000 paragraphs",
            paragraph,
            2.5,
            f"{inputs}::test_one_long_paragraph_costs_the_rules_what_many_short_ones_cost",
        ),
        Case(
            "rules: a run-on sentence of 39,600 characters",
            extracting("视频号月活增长至8亿，" * 3_600, "视频号月活增长至8亿。" * 3_600),
            6,
            f"{inputs}::test_a_run_on_sentence_is_read_in_linear_time",
        ),
        Case(
            "rules: a metric name of 13 x 达到了",
            extracting(
                "视频号" + "达到了" * 13 + "x增长54%。", "视频号" + "月活" * 19 + "xy增长54%。"
            ),
            10,
            f"{inputs}::test_a_metric_name_of_filler_words_is_read_in_linear_time",
            number=20,
        ),
    ]


def sparql_cases() -> list[Case]:
    from kg.sparql import read

    unit = 'SELECT * { ?s ?p "a b" . ?s <urn:x#y> ?o FILTER(?o < 3) } # c\n'
    large, small = unit * 16_000, unit * 160

    def hundred_small() -> None:
        for _ in range(100):
            read(small)

    return [
        Case(
            "sparql: a 1 MB query against 100 of 10 kB",
            lambda: ((lambda: read(large)), hundred_small),
            4,
            "tests/test_sparql.py::test_reading_takes_work_in_proportion_to_the_text",
        )
    ]


def all_cases() -> list[Case]:
    kb: list[Ontology] = []

    def ontology() -> Ontology:
        if not kb:
            kb.append(load_ontology(REPO / "ontology"))
        return kb[0]

    return loader_cases() + rule_cases(ontology) + sparql_cases()


# ------------------------------------------------------------------------------ running


def run(case: Case, repeat: int, limit: float) -> dict[str, object]:
    worst, plain = case.make()
    row: dict[str, object] = {"case": case.name, "bound": case.bound, "test": case.test}
    try:
        # Once untimed (under the limit too): what a first call imports or compiles is left out.
        best_of(plain, 1, 1, limit)
        best_of(worst, 1, 1, limit)
        plain_seconds = best_of(plain, repeat, case.number, limit)
        worst_seconds = best_of(worst, repeat, case.number, limit)
    except StoppedError:
        return row | {
            "worst": None,
            "plain": None,
            "ratio": None,
            "verdict": "FAIL",
            "stopped": True,
        }
    ratio = worst_seconds / max(plain_seconds, 1e-6)
    return row | {
        "worst": worst_seconds,
        "plain": plain_seconds,
        "ratio": ratio,
        "verdict": "PASS" if ratio < case.bound else "FAIL",
    }


def _cell(text: str, width: int) -> str:
    """``text`` cut or padded to ``width`` columns of a terminal (a CJK character takes two)."""
    out, used = "", 0
    for ch in text:
        wide = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + wide > width:
            break
        out, used = out + ch, used + wide
    return out + " " * (width - used)


def _seconds(value: object, limit: float) -> str:
    return f">{limit:g}" if value is None else f"{value:.4f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("words", nargs="*", help="run only the cases whose name holds a word")
    parser.add_argument("--repeat", type=int, default=3, help="timings per side; the best counts")
    parser.add_argument("--limit", type=float, default=60, help="seconds before a run is stopped")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)

    cases = [c for c in all_cases() if not args.words or any(w in c.name for w in args.words)]
    if not cases:
        parser.error(f"no case's name holds {' or '.join(args.words)}")
    rows = []
    for case in cases:
        row = run(case, args.repeat, args.limit)
        rows.append(row)
        if not args.json:
            if len(rows) == 1:
                print(f"{'case':66} {'worst s':>9} {'plain s':>9} {'ratio':>7} {'bound':>6}")
            print(
                f"{_cell(case.name, 66)} {_seconds(row['worst'], args.limit):>9} "
                f"{_seconds(row['plain'], args.limit):>9} "
                f"{'-' if row['ratio'] is None else format(row['ratio'], '.2f'):>7} "
                f"{case.bound:>6g}  {row['verdict']}",
                flush=True,
            )
    failed = [r for r in rows if r["verdict"] == "FAIL"]
    if args.json:
        report = {
            "python": platform.python_version(),
            "repeat": args.repeat,
            "cases": rows,
            "failed": len(failed),
        }
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(f"{len(rows) - len(failed)} of {len(rows)} cases within their bound")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
