"""Tests for kg.evaluate: reading facts tables, matching rules, maximum matching and the report."""

from __future__ import annotations

import doctest
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import astuple, replace
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import vocabulary
from kg.cli import main
from kg.errors import FactsFormatError
from kg.evaluate import (
    COLUMNS,
    PREDICATES,
    Evaluation,
    Row,
    Score,
    evaluate,
    format_report,
    matches,
    read_facts,
)

SEED = Path(__file__).parent / "seed-facts.tsv"
HEADER = "\t".join(COLUMNS)


def row(
    subject: str,
    predicate: str,
    obj: str,
    value: str | None = None,
    unit: str = "",
    *,
    year: str = "2022",
    line: int = 0,
) -> Row:
    """Build a Row the way read_facts would, from |-separated subject and object cells."""
    return Row(
        year=year,
        subjects=tuple(subject.split("|")),
        predicate=predicate,
        objects=tuple(obj.split("|")),
        value=None if value is None else Decimal(value),
        unit=unit,
        evidence="",
        line=line,
    )


def write(tmp_path: Path, *lines: str, name: str = "facts.tsv") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def max_matching_size(gold: Sequence[Row], predicted: Sequence[Row]) -> int:
    """An independent maximum matching (Kuhn's augmenting paths) to check evaluate against."""
    mate_of_gold: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g, gold_row in enumerate(gold):
            if g in seen or not matches(predicted[p], gold_row):
                continue
            seen.add(g)
            if g not in mate_of_gold or augment(mate_of_gold[g], seen):
                mate_of_gold[g] = p
                return True
        return False

    return sum(augment(p, set()) for p in range(len(predicted)))


def scores(ev: Evaluation) -> tuple[Score, tuple[Score, ...]]:
    return ev.overall, ev.per_predicate


# --------------------------------------------------------------------------- read_facts


def test_seed_table_has_214_rows_with_the_documented_predicate_counts() -> None:
    rows = read_facts(SEED)
    assert len(rows) == 214
    assert Counter(r.predicate for r in rows) == {
        "metric": 97,
        "offers": 63,
        "integrates": 16,
        "involves": 14,
        "presents": 8,
        "customer": 7,
        "leads": 6,
        "role": 3,
    }
    assert [r.line for r in rows] == list(range(2, 216))
    first = rows[0]
    assert first.year == "2022"
    assert first.subjects == ("视频号", "微信视频号")
    assert first.objects == ("红包封面", "视频号红包封面")
    assert first.value is None and first.unit == ""
    metrics = [r for r in rows if r.predicate == "metric"]
    assert all(r.value is not None and r.unit for r in metrics)


def test_seed_table_scored_against_itself_is_perfect() -> None:
    rows = read_facts(SEED)
    ev = evaluate(rows, rows)
    assert ev.overall == Score("all", 214, 214, 214, 1.0, 1.0, 1.0)
    assert [s.predicate for s in ev.per_predicate] == list(PREDICATES)
    assert all(s.precision == s.recall == s.f1 == 1.0 for s in ev.per_predicate)
    assert ev.missed == () and ev.extra == ()


def test_row_equality_ignores_the_line_number() -> None:
    assert row("a", "offers", "b", line=2) == row("a", "offers", "b", line=9)
    assert hash(row("a", "offers", "b", line=2)) == hash(row("a", "offers", "b", line=9))


def test_read_accepts_bom_crlf_and_trailing_blank_lines(tmp_path: Path) -> None:
    body = f"{HEADER}\r\n2023\t张颖\trole\t腾讯公司副总裁\t\t\t原文\r\n\r\n\n"
    path = tmp_path / "bom.tsv"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    assert read_facts(path) == [
        Row("2023", ("张颖",), "role", ("腾讯公司副总裁",), None, "", "原文", 2)
    ]


def test_read_parses_metric_values_as_decimals_and_strips_alternatives(tmp_path: Path) -> None:
    path = write(
        tmp_path, HEADER, "2022\t小程序 | 微信小程序\tmetric\t日活用户\t450000000\tcount\t"
    )
    [r] = read_facts(path)
    assert r.subjects == ("小程序", "微信小程序")
    assert r.value == Decimal("450000000") and r.unit == "count"


def test_header_only_table_is_empty(tmp_path: Path) -> None:
    assert read_facts(write(tmp_path, HEADER)) == []


@pytest.mark.parametrize(
    ("lines", "line", "fragment"),
    [
        pytest.param(
            ["year\tsubject\tpredicate\tobject\tvalue\tunit"],
            1,
            "year subject predicate object value unit evidence",
            id="wrong-header",
        ),
        pytest.param([], 1, "empty file", id="empty-file"),
        pytest.param(
            [HEADER, "2022\ta\toffers\tb\t\t\t", "2022\ta\toffers\tb\t\t"],
            3,
            "found 6",
            id="six-fields-on-line-3",
        ),
        pytest.param(
            [HEADER, "2022\ta\tsells\tb\t\t\t"], 2, "unknown predicate 'sells'", id="pred"
        ),
        pytest.param([HEADER, "2022\ta\tmetric\tb\t12\t\t"], 2, "metric unit", id="no-unit"),
        pytest.param([HEADER, "2022\ta\tmetric\tb\t12\tyuan\t"], 2, "'yuan'", id="bad-unit"),
        pytest.param([HEADER, "2022\ta\tmetric\tb\t\tcount\t"], 2, "plain decimal", id="no-value"),
        pytest.param([HEADER, "2022\ta\tmetric\tb\t4.5亿\tcount\t"], 2, "'4.5亿'", id="raw-value"),
        pytest.param([HEADER, "2022\ta\tmetric\tb\tNaN\tcount\t"], 2, "'NaN'", id="nan-value"),
        pytest.param([HEADER, "22\ta\toffers\tb\t\t\t"], 2, "year must be four digits", id="year"),
        pytest.param([HEADER, "２０２２\ta\toffers\tb\t\t\t"], 2, "four digits", id="wide-year"),
        pytest.param([HEADER, " \ta\toffers\tb\t\t\t"], 2, "or empty", id="blank-year"),
        pytest.param([HEADER, "2022\ta\toffers\tb\t3\t\t"], 2, "empty value and unit", id="val"),
        pytest.param([HEADER, "2022\t\toffers\tb\t\t\t"], 2, "subject is empty", id="no-subj"),
        pytest.param([HEADER, "2022\ta||c\toffers\tb\t\t\t"], 2, "empty alternative", id="alt"),
        pytest.param(
            [HEADER, "2022\ta\toffers\tb\t\t\t", "", "2022\ta\toffers\tc\t\t\t"],
            3,
            "blank line",
            id="inner-blank-line",
        ),
    ],
)
def test_format_errors_name_the_file_and_line(
    tmp_path: Path, lines: list[str], line: int, fragment: str
) -> None:
    path = write(tmp_path, *lines, name="bad-facts.tsv")
    with pytest.raises(FactsFormatError) as info:
        read_facts(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: ")
    assert "bad-facts.tsv" in message
    assert fragment in message
    assert info.value.line == line and info.value.path == str(path)


def test_missing_file_is_a_format_error_at_line_0(tmp_path: Path) -> None:
    path = tmp_path / "nope.tsv"
    with pytest.raises(FactsFormatError, match=r"nope\.tsv:0: no such file"):
        read_facts(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_a_format_error_and_is_not_read(tmp_path: Path) -> None:
    # Read whole, /dev/zero grew kg until the machine ran out of memory.
    path = tmp_path / "gold.tsv"
    path.symlink_to("/dev/zero")
    with pytest.raises(FactsFormatError) as info:
        read_facts(path)
    assert str(info.value) == (
        f"{path}:0: a device, not a facts table; give the path of a file of tab-separated "
        "facts (docs/facts-format.md)"
    )


def test_invalid_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tsv"
    path.write_bytes(f"{HEADER}\n".encode() + "2022\tcafé\toffers\tb\t\t\t\n".encode("latin-1"))
    with pytest.raises(FactsFormatError, match=r"latin1\.tsv:2: not valid UTF-8"):
        read_facts(path)


# --------------------------------------------------------------------------- columns by name


def test_columns_are_found_by_name_and_optional_ones_kept(tmp_path: Path) -> None:
    header = "doc\tevidence\tunit\tvalue\tobject\tpredicate\tsubject\tyear\tnote\trule"
    line = (
        "a.md\t视频号推出了直播。\t\t\t直播\toffers\t视频号|微信视频号\t2022\twhatever\tcapability"
    )
    (fact,) = read_facts(write(tmp_path, header, line))
    assert (fact.year, fact.subjects, fact.predicate, fact.objects) == (
        "2022",
        ("视频号", "微信视频号"),
        "offers",
        ("直播",),
    )
    assert (fact.value, fact.unit, fact.evidence) == (None, "", "视频号推出了直播。")
    assert (fact.doc, fact.rule, fact.line) == ("a.md", "capability", 2)


def test_a_gold_table_with_doc_scores_kgs_table_with_rule(tmp_path: Path) -> None:
    gold = write(
        tmp_path,
        HEADER + "\tdoc",
        "2022\t视频号\toffers\t直播\t\t\t视频号推出了直播。\ta.md",
        "2022\t视频号\tmetric\t日活\t450000000\tcount\t日活4.5亿。\tb.md",
        name="gold.tsv",
    )
    facts = write(
        tmp_path,
        HEADER + "\trule",
        "2022\t视频号\tmetric\t日活用户\t450000000\tcount\t日活4.5亿。\tfigure",
        "2022\t视频号\toffers\t直播\t\t\t视频号推出了直播。\tcapability,joined",
    )
    ev = evaluate(read_facts(gold), read_facts(facts))
    assert (ev.overall.gold, ev.overall.predicted, ev.overall.matched) == (2, 2, 2)
    assert [r.doc for r in read_facts(gold)] == ["a.md", "b.md"]
    assert [r.rule for r in read_facts(facts)] == ["figure", "capability,joined"]


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        (HEADER.replace("\tevidence", ""), "lacks the column(s) evidence"),
        (HEADER.replace("value\tunit", "unit"), "lacks the column(s) value"),
        (HEADER + "\tyear", "names the column(s) year twice"),
    ],
)
def test_the_header_holds_each_column_once(tmp_path: Path, header: str, problem: str) -> None:
    path = write(tmp_path, header)
    with pytest.raises(FactsFormatError) as info:
        read_facts(path)
    found = tuple(header.split("\t"))
    assert str(info.value) == (
        f"{path}:1: header {problem}; a facts table's header holds the tab-separated columns "
        f"year subject predicate object value unit evidence (in any order, others allowed); "
        f"found {found!r}"
    )


def test_each_line_has_a_field_per_column_of_its_header(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "\trule", "2022\ta\toffers\tb\t\t\t原文")
    with pytest.raises(FactsFormatError) as info:
        read_facts(path)
    assert str(info.value) == (
        f"{path}:2: expected 8 tab-separated fields (one per column of the header), found 7"
    )


@pytest.mark.parametrize("unit", ["count", "CNY", "percent", "times", "seconds", "USD", "HKD"])
def test_a_figure_is_in_a_unit_of_kg_or_a_currency(tmp_path: Path, unit: str) -> None:
    (fact,) = read_facts(write(tmp_path, HEADER, f"2022\t腾讯\tmetric\t营收\t12\t{unit}\t"))
    assert fact.unit == unit


@pytest.mark.parametrize("unit", ["usd", "US$", "USDT", "yuan", "元"])
def test_other_units_are_refused(tmp_path: Path, unit: str) -> None:
    path = write(tmp_path, HEADER, f"2022\t腾讯\tmetric\t营收\t12\t{unit}\t")
    with pytest.raises(FactsFormatError) as info:
        read_facts(path)
    assert str(info.value) == (
        f"{path}:2: metric unit must be one of count, CNY, percent, times, seconds or a "
        f"currency's three-letter ISO code (USD, HKD); found {unit!r}"
    )


def test_the_predicates_are_the_vocabularys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A predicate added to kg.vocabulary is read and scored, in the vocabulary's order."""
    path = write(
        tmp_path, HEADER, "2022\t微信\tcompetes\t钉钉\t\t\t", "2022\t微信\toffers\t红包\t\t\t"
    )
    with pytest.raises(FactsFormatError, match="unknown predicate 'competes'"):
        read_facts(path)
    monkeypatch.setitem(
        vocabulary.PREDICATES,
        "competes",
        vocabulary.Predicate("competes", ("Product",), ("Product",), "Rivals."),
    )
    rows = read_facts(path)
    assert [r.predicate for r in evaluate(rows, rows).per_predicate] == ["offers", "competes"]


def test_the_vocabulary_examples_run() -> None:
    assert doctest.testmod(vocabulary).failed == 0


def test_eval_says_which_rule_made_an_extra_fact_and_which_article_a_missed_one_is_from(
    tmp_path: Path,
) -> None:
    gold = write(
        tmp_path, HEADER + "\tdoc", "2022\t视频号\toffers\t直播\t\t\t原文\ta.md", name="gold.tsv"
    )
    facts = write(tmp_path, HEADER + "\trule", "2022\t视频号\toffers\t红包\t\t\t原文\tcapability")
    result = CliRunner().invoke(main, ["eval", str(gold), str(facts), "--missed", "--extra"])
    assert result.exit_code == 0, result.output
    assert result.output.split("\n\n", 1)[1] == (
        "missed (1):\n  2022 视频号 offers 直播  (a.md)\n\n"
        "extra (1):\n  2022 视频号 offers 红包  (rule capability)\n"
    )


def test_a_table_with_old_mac_line_ends_is_one_short_error(tmp_path: Path) -> None:
    # Lone CRs (a table saved by classic Mac OS software): the whole file is one line, and the
    # error once quoted every cell of it as the "header".
    path = tmp_path / "gold.tsv"
    rows = [HEADER] + ["2022\t视频号\toffers\t直播\t\t\t原文"] * 500
    path.write_text("\r".join(rows) + "\r", encoding="utf-8")
    with pytest.raises(FactsFormatError) as info:
        read_facts(path)
    assert str(info.value) == (
        f"{path}:1: its lines end in a lone carriage return (CR, old Mac line ends); "
        "save it with LF or CRLF line ends"
    )


def test_a_header_error_quotes_at_most_200_characters_of_the_header(tmp_path: Path) -> None:
    path = write(tmp_path, "x\t" * 1000)
    with pytest.raises(FactsFormatError) as info:
        read_facts(path)
    message = str(info.value)
    assert len(message) < 600
    assert "found ('x', 'x', " in message and message.endswith("'x', … 1001 columns)")


def test_eval_missed_and_extra_show_control_characters_escaped(tmp_path: Path) -> None:
    # A gold table is input: its cells must not drive the terminal (ESC ]0; sets the title).
    gold = write(
        tmp_path, HEADER, "2022\t视频号\x1b]0;pwned\x07\toffers\t直播\u202e\t\t\t原文", name="g.tsv"
    )
    facts = write(tmp_path, HEADER, name="f.tsv")
    result = CliRunner().invoke(main, ["eval", str(gold), str(facts), "--missed"])
    assert result.exit_code == 0, result.output
    assert result.output.split("\n\n", 1)[1] == (
        "missed (1):\n  2022 视频号\\x1b]0;pwned\\x07 offers 直播\\u202e\n"
    )


# --------------------------------------------------------------------------- matches


def test_any_alternative_of_subject_or_object_matches() -> None:
    gold = row("视频号|微信视频号", "offers", "红包封面|视频号红包封面")
    assert matches(row("微信视频号", "offers", "红包封面"), gold)
    assert matches(row("视频号", "offers", "视频号红包封面"), gold)
    # Alternatives on the predicted side too: the sets only need to intersect.
    assert matches(row("腾讯视频号|微信视频号", "offers", "封面|红包封面"), gold)
    assert not matches(row("公众号", "offers", "红包封面"), gold)
    assert not matches(row("视频号", "offers", "直播"), gold)


def test_a_fact_with_no_year_has_an_empty_year_cell(tmp_path: Path) -> None:
    """An article that gives no year yields facts with no year (the build warns): the table
    leaves the cell empty, and such a fact matches only a gold fact with no year."""
    path = write(tmp_path, HEADER, "\t视频号\toffers\t直播\t\t\t视频号推出了直播。")
    (fact,) = read_facts(path)
    assert fact.year == ""
    assert matches(fact, row("视频号", "offers", "直播", year=""))
    assert not matches(fact, row("视频号", "offers", "直播", year="2022"))
    assert not matches(row("视频号", "offers", "直播", year="2022"), fact)


def test_year_and_predicate_must_agree() -> None:
    gold = row("视频号", "integrates", "公众号", year="2022")
    assert matches(row("视频号", "integrates", "公众号", year="2022"), gold)
    assert not matches(row("视频号", "integrates", "公众号", year="2023"), gold)
    assert not matches(row("视频号", "offers", "公众号", year="2022"), gold)


def test_years_false_ignores_the_year_and_nothing_else() -> None:
    """The year check of issue 13: F1 with years against F1 without them. Without years, a
    fact matches whatever year either side gives (also none); the rest is compared as before."""
    gold = row("视频号", "offers", "直播", year="2022")
    assert matches(row("视频号", "offers", "直播", year="2023"), gold, years=False)
    assert matches(row("视频号", "offers", "直播", year=""), gold, years=False)
    assert not matches(row("视频号", "offers", "直播", year="2023"), gold)
    assert not matches(row("视频号", "offers", "红包", year="2023"), gold, years=False)
    figure = row("小程序", "metric", "日活用户", "450000000", "count", year="2022")
    assert matches(
        row("小程序", "metric", "日活", "451000000", "count", year=""), figure, years=False
    )
    assert not matches(row("小程序", "metric", "日活", "5", "count", year=""), figure, years=False)

    gold_rows = [gold, row("视频号", "offers", "直播", year="2023"), figure]
    predicted = [
        row("视频号", "offers", "直播", year="2021"),
        row("视频号", "offers", "直播", year="2021"),
        row("视频号", "offers", "直播", year="2021"),  # one more than gold holds: extra
        row("小程序", "metric", "日活用户", "450000000", "count", year=""),
    ]
    assert evaluate(gold_rows, predicted).overall.matched == 0
    ev = evaluate(gold_rows, predicted, years=False)
    assert ev.overall == Score("all", 3, 4, 3, 0.75, 1.0, pytest.approx(6 / 7))
    assert ev.missed == () and ev.extra == (predicted[2],)
    assert max_matching_size(gold_rows, predicted) == 0  # the default compares years


def test_eval_ignore_year_scores_without_years(tmp_path: Path) -> None:
    gold = write(tmp_path, HEADER, "2022\t视频号\toffers\t直播\t\t\t", name="gold.tsv")
    facts = write(tmp_path, HEADER, "2023\t视频号\toffers\t直播\t\t\t")
    runner = CliRunner()
    with_years = runner.invoke(main, ["eval", str(gold), str(facts)])
    without = runner.invoke(main, ["eval", str(gold), str(facts), "--ignore-year"])
    assert with_years.exit_code == 0 and without.exit_code == 0, without.output
    assert with_years.output.splitlines()[-1].split() == ["all", *"1 1 0 0.000 0.000 0.000".split()]
    assert without.output.splitlines()[-1].split() == ["all", *"1 1 1 1.000 1.000 1.000".split()]


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ("450000000", True),
        ("4.5E+8", True),
        ("454500000", True),  # exactly 1% above
        ("445500000", True),  # exactly 1% below
        ("454500001", False),
        ("445499999", False),
        ("459000000", False),  # 2% above
        ("441000000", False),  # 2% below
        ("-450000000", False),
    ],
)
def test_metric_value_must_agree_within_one_percent(predicted: str, expected: bool) -> None:
    gold = row("小程序", "metric", "日活用户", "450000000", "count")
    assert matches(row("小程序", "metric", "日活用户", predicted, "count"), gold) is expected


def test_metric_unit_must_agree_but_object_is_not_compared() -> None:
    gold = row("小程序", "metric", "日活用户", "97", "percent")
    assert matches(row("小程序", "metric", "完全不同的名字", "97", "percent"), gold)
    assert not matches(row("小程序", "metric", "日活用户", "97", "count"), gold)
    assert not matches(row("公众号", "metric", "日活用户", "97", "percent"), gold)


def test_metric_against_zero_needs_exactly_zero() -> None:
    gold = row("a", "metric", "m", "0", "count")
    assert matches(row("a", "metric", "m", "0.00", "count"), gold)
    assert not matches(row("a", "metric", "m", "0.001", "count"), gold)


def test_metric_without_value_never_matches() -> None:
    gold = row("a", "metric", "m", "5", "count")
    assert not matches(row("a", "metric", "m", None, "count"), gold)
    assert not matches(gold, row("a", "metric", "m", None, "count"))


# --------------------------------------------------------------------------- evaluate


def test_maximum_matching_beats_greedy() -> None:
    # P1 fits G1 and G2, P2 fits only G1: greedy in file order pairs P1-G1 and stops at 1.
    gold = [row("视频号|微信视频号", "offers", "直播"), row("视频号", "offers", "直播")]
    predicted = [row("视频号", "offers", "直播"), row("微信视频号", "offers", "直播")]
    assert matches(predicted[0], gold[0]) and matches(predicted[0], gold[1])
    assert matches(predicted[1], gold[0]) and not matches(predicted[1], gold[1])
    ev = evaluate(gold, predicted)
    assert ev.overall == Score("all", 2, 2, 2, 1.0, 1.0, 1.0)
    assert ev.missed == () and ev.extra == ()
    for g in itertools.permutations(gold):
        for p in itertools.permutations(predicted):
            assert scores(evaluate(g, p)) == scores(ev)


_SUBJECTS = st.lists(st.sampled_from("abc"), min_size=1, max_size=2, unique=True)
_ROWS = st.builds(
    Row,
    year=st.sampled_from(["2022", "2023"]),
    subjects=_SUBJECTS.map(tuple),
    predicate=st.sampled_from(["offers", "metric"]),
    objects=st.lists(st.sampled_from("xy"), min_size=1, max_size=2, unique=True).map(tuple),
    value=st.sampled_from(["0", "100", "100.5", "101", "102"]).map(Decimal),
    unit=st.sampled_from(["count", "percent"]),
    evidence=st.just(""),
    line=st.just(0),
)


@settings(max_examples=200, deadline=None)
@given(
    gold=st.lists(_ROWS, max_size=7),
    predicted=st.lists(_ROWS, max_size=7),
    data=st.data(),
)
def test_score_is_a_maximum_matching_and_ignores_row_order(
    gold: list[Row], predicted: list[Row], data: st.DataObject
) -> None:
    ev = evaluate(gold, predicted)
    assert ev.overall.matched == max_matching_size(gold, predicted)
    assert len(ev.missed) == len(gold) - ev.overall.matched
    assert len(ev.extra) == len(predicted) - ev.overall.matched
    assert sum(s.matched for s in ev.per_predicate) == ev.overall.matched
    shuffled = evaluate(data.draw(st.permutations(gold)), data.draw(st.permutations(predicted)))
    assert scores(shuffled) == scores(ev)


@settings(max_examples=200, deadline=None)
@given(gold=st.lists(_ROWS, max_size=7), predicted=st.lists(_ROWS, max_size=7))
def test_without_years_the_score_is_that_of_the_tables_with_every_year_blanked(
    gold: list[Row], predicted: list[Row]
) -> None:
    ev = evaluate(gold, predicted, years=False)

    def blank(rows: list[Row]) -> list[Row]:
        return [replace(r, year="") for r in rows]

    assert scores(ev) == scores(evaluate(blank(gold), blank(predicted)))
    assert ev.overall.matched >= evaluate(gold, predicted).overall.matched


def test_duplicate_predictions_beyond_the_first_are_extra() -> None:
    gold = [row("视频号", "offers", "直播", line=2)]
    predicted = [row("视频号", "offers", "直播", line=n) for n in (2, 3, 4)]
    ev = evaluate(gold, predicted)
    assert ev.overall.matched == 1
    assert len(ev.extra) == 2
    assert ev.overall.precision == pytest.approx(1 / 3)
    assert ev.overall.recall == 1.0
    # Two gold copies absorb two of the three predictions.
    ev2 = evaluate(gold * 2, predicted)
    assert (ev2.overall.matched, len(ev2.extra), len(ev2.missed)) == (2, 1, 0)


def test_thousands_of_identical_rows_are_matched_as_one_with_a_multiplicity() -> None:
    # Hostile round 8, item 5: 3,000 identical rows on each side used to take minutes and
    # gigabytes (every gold row of a key had an edge to every predicted row of it).
    gold = [row("视频号", "offers", "直播", line=n) for n in range(2, 5002)]
    predicted = [row("视频号", "offers", "直播", line=n) for n in range(2, 4002)]
    predicted += [
        row("视频号", "metric", "日活", "100.5", "count", line=4002 + n) for n in range(3000)
    ]
    gold += [row("视频号", "metric", "日活", "100", "count", line=5002 + n) for n in range(2000)]
    ev = evaluate(gold, predicted)
    assert (ev.overall.matched, len(ev.missed), len(ev.extra)) == (6000, 1000, 1000)
    # The rows left over are the last ones of each kind, in input order.
    assert [r.line for r in ev.missed] == list(range(4002, 5002))
    assert [r.line for r in ev.extra] == list(range(6002, 7002))
    assert evaluate(gold, predicted, years=False) == ev


def test_missed_and_extra_keep_input_order_and_are_deterministic() -> None:
    gold = [
        row("a", "offers", "x", line=2),
        row("b", "offers", "x", line=3),
        row("c", "leads", "x", line=4),
        row("d", "offers", "x", line=5),
    ]
    predicted = [
        row("z", "offers", "x", line=2),
        row("b", "offers", "x", line=3),
        row("y", "role", "x", line=4),
    ]
    ev = evaluate(gold, predicted)
    assert [r.line for r in ev.missed] == [2, 4, 5]
    assert [r.line for r in ev.extra] == [2, 4]
    assert [s.predicate for s in ev.per_predicate] == ["leads", "role", "offers"]
    assert evaluate(gold, predicted) == ev


def test_per_predicate_scores() -> None:
    gold = [
        row("视频号", "offers", "直播"),
        row("视频号", "offers", "打赏"),
        row("小程序", "metric", "日活用户", "450000000", "count"),
    ]
    predicted = [
        row("视频号", "offers", "直播"),
        row("小程序", "metric", "日活", "452000000", "count"),
        row("小程序", "metric", "月活", "3", "count"),
    ]
    ev = evaluate(gold, predicted)
    offers, metric = ev.per_predicate
    two_thirds = pytest.approx(2 / 3)
    assert astuple(offers) == ("offers", 2, 1, 1, 1.0, 0.5, two_thirds)
    assert astuple(metric) == ("metric", 1, 2, 1, 0.5, 1.0, two_thirds)
    assert astuple(ev.overall) == ("all", 3, 3, 2, two_thirds, two_thirds, two_thirds)


def test_empty_inputs_score_zero() -> None:
    ev = evaluate([], [])
    assert ev == Evaluation(Score("all", 0, 0, 0, 0.0, 0.0, 0.0), (), (), ())
    ev = evaluate([row("a", "offers", "b")], [])
    assert ev.overall == Score("all", 1, 0, 0, 0.0, 0.0, 0.0)


def test_long_augmenting_path_does_not_hit_the_recursion_limit() -> None:
    # Gold k accepts predictions k and k+1; the last gold row accepts only prediction 0.
    # Pairing each gold row with its first choice leaves the last one needing an augmenting
    # path through every other row.
    n = 3000
    gold = [row(f"s{k}|s{k + 1}", "offers", "x") for k in range(n)] + [row("s0", "offers", "x")]
    predicted = [row(f"s{k}", "offers", "x") for k in range(n + 1)]
    ev = evaluate(gold, predicted)
    assert ev.overall.matched == n + 1


def test_thousands_of_rows_in_reverse_order_all_match() -> None:
    # Speed is the benchmark's business; this pins that bucketing loses no pair.
    gold = [
        row(f"产品{k % 500}", "offers", f"能力{k}", year=str(2000 + k % 20)) for k in range(2000)
    ] + [
        row(f"产品{k % 50}", "metric", "日活", str(1000 + k), "count", year="2023")
        for k in range(2000)
    ]
    ev = evaluate(gold, list(reversed(gold)))
    assert ev.overall.matched == len(gold)


# --------------------------------------------------------------------------- format_report


def test_format_report_is_a_fixed_width_table() -> None:
    gold = [
        row("视频号", "offers", "直播"),
        row("视频号", "offers", "打赏"),
        row("视频号", "integrates", "公众号"),
        row("小程序", "metric", "日活用户", "450000000", "count"),
    ]
    predicted = [
        row("视频号", "offers", "直播"),
        row("视频号", "integrates", "公众号"),
        row("视频号", "integrates", "小程序"),
        row("小程序", "metric", "日活用户", "450000000", "count"),
    ]
    assert format_report(evaluate(gold, predicted)) == (
        "predicate    gold   pred  match      P      R     F1\n"
        "offers          2      1      1  1.000  0.500  0.667\n"
        "integrates      1      2      1  0.500  1.000  0.667\n"
        "metric          1      1      1  1.000  1.000  1.000\n"
        "all             4      4      3  0.750  0.750  0.750"
    )


def test_format_report_widens_count_columns_for_large_numbers() -> None:
    ev = Evaluation(
        overall=Score("all", 1234567, 0, 0, 0.0, 0.0, 0.0),
        per_predicate=(Score("metric", 1234567, 0, 0, 0.0, 0.0, 0.0),),
        missed=(),
        extra=(),
    )
    assert format_report(ev).splitlines() == [
        "predicate     gold     pred    match      P      R     F1",
        "metric     1234567        0        0  0.000  0.000  0.000",
        "all        1234567        0        0  0.000  0.000  0.000",
    ]
