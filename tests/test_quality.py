"""Tests for bench/quality.py: the oracle ontology it writes from a gold table, and how it
gives facts to articles. (The script is a benchmark that prints scores; these pin its parts.)"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kg.evaluate import COLUMNS, read_facts
from kg.ontology import load_ontology

ROOT = Path(__file__).resolve().parent.parent
HEADER = "\t".join((*COLUMNS, "doc"))


def _load(name: str) -> ModuleType:
    """The script bench/NAME.py as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


quality = _load("quality")


def gold_table(tmp_path: Path, *rows: str, name: str = "gold.tsv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


#: A gold table naming people, a brand, products and capabilities kg's ontology lacks, beside
#: terms it has (视频号, 微信, VOIP), in every slot.
TINY = (
    "2023\t张三\tleads\t星云盒|星云\t\t\t\ta.md",
    "2023\t张三\trole\t星云盒负责人\t\t\t\ta.md",
    "2023\t星云盒\tintegrates\t视频号|微信视频号\t\t\t\ta.md",
    "2023\t星云咖啡|星云咖啡公司\tcustomer\t星云盒\t\t\t\ta.md",
    "2023\t星云盒\toffers\t弹幕墙\t\t\t\ta.md",
    "2023\t弹幕墙|星云盒\tmetric\t使用次数\t5\tcount\t\ta.md",
    "2023\t云朵|微信\tmetric\t日活\t5\tcount\t\ta.md",
    "2023\t星云盒\toffers\tvoip\t\t\t\ta.md",
    "2023\t視頻號\toffers\t闪电\t\t\t\ta.md",
    "2023\t微信\toffers\t闪电\t\t\t\ta.md",
    "2023\t闪电\tintegrates\t微信\t\t\t\ta.md",
    "2023\t李四\tpresents\t星云盒\t\t\t\tb.md",
    "2023\t星云集团\tmetric\t营收\t5\tCNY\t\tb.md",
    "2023\t李四\tleads\t星云市场部\t\t\t\tb.md",
)


def test_the_oracle_adds_what_the_ontology_lacks_with_the_class_its_slots_say(
    tmp_path: Path,
) -> None:
    shipped = load_ontology()
    entities = quality.oracle_entities(read_facts(gold_table(tmp_path, *TINY)), shipped)
    assert [(e.label, e.cls, e.alt_labels) for e in entities] == [
        ("张三", "Person", ()),
        ("星云盒", "Product", ("星云",)),
        ("星云咖啡", "Company", ("星云咖啡公司",)),
        # Named in a metric first, and then by an offers object: a capability. 星云盒, the
        # product after it, is an entity of its own, not its altLabel.
        ("弹幕墙", "Capability", ()),
        # Only a metric's subject: a product; 微信 after it is kg's, no altLabel.
        ("云朵", "Product", ()),
        # Two offers objects against one integrates side. (kg's vocabulary lets an offers
        # object be a product too; the analyst's protocol says a capability.)
        ("闪电", "Capability", ()),
        ("李四", "Person", ()),
        # A metric's subject whose name says it is a company; a department stays a product.
        ("星云集团", "Company", ()),
        ("星云市场部", "Product", ()),
    ]
    # The IRIs are minted from a hash: unique, and the same on every run.
    assert len({e.iri for e in entities}) == len(entities)
    again = quality.oracle_entities(read_facts(gold_table(tmp_path, *TINY)), shipped)
    assert [e.iri for e in again] == [e.iri for e in entities]


def test_a_predicate_the_protocol_does_not_know_takes_the_vocabularys_kinds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kg import vocabulary

    monkeypatch.setitem(
        vocabulary.PREDICATES,
        "invests",
        vocabulary.Predicate("invests", ("Organization",), ("Organization", "Product"), "."),
    )
    assert quality.slot_class("invests", 0) == ("Company", True)
    assert quality.slot_class("invests", 1) == ("Company", False)
    assert quality.slot_class("role", 1) is None
    assert quality.slot_class("metric", 0) == ("Product", False)


def test_the_oracle_ontology_loads_with_kg_and_carries_only_class_and_labels(
    tmp_path: Path,
) -> None:
    shipped = load_ontology()
    gold = read_facts(gold_table(tmp_path, *TINY))
    ontology, added = quality.oracle_ontology(gold, shipped, tmp_path / "D")
    assert added == 9
    assert ontology.warnings == ()
    assert len(ontology.terms) == len(shipped.terms) + added
    new = {t.label: t for t in ontology.terms.values() if t.iri not in shipped.terms}
    assert {label: t.cls for label, t in new.items()} == {
        "张三": "Person",
        "李四": "Person",
        "星云盒": "Product",
        "云朵": "Product",
        "星云咖啡": "Company",
        "弹幕墙": "Capability",
        "闪电": "Capability",
        "星云集团": "Company",
        "星云市场部": "Product",
    }
    assert new["星云盒"].alt_labels == ("星云",)
    assert all(not t.feature_of and not t.broader and not t.made_by for t in new.values())
    # The shipped terms are kept as they are, and the labels of kg's are not taken.
    assert ontology.labels["视频号"] == shipped.labels["视频号"]
    # Only the temporary directory holds the files: the copy of ontology/ and oracle.ttl.
    names = sorted(p.name for p in (tmp_path / "D").iterdir())
    assert "oracle.ttl" in names and "products.ttl" in names


def test_seed_rows_go_to_the_article_of_their_year(tmp_path: Path) -> None:
    """A gold table without doc (the seeds) gives each row to the one article of its year."""
    gold = read_facts(ROOT / "tests" / "seed-facts.tsv")

    class Article:
        def __init__(self, path: str, year: int | None) -> None:
            self.path, self.year = path, year

    articles = [Article("seeds/a-2022.html", 2022), Article("seeds/b-2023.md", 2023)]
    by_doc = quality.gold_by_article(gold, articles)
    assert sorted(by_doc) == ["a-2022.html", "b-2023.md"]
    assert {r.year for r in by_doc["a-2022.html"]} == {"2022"}
    assert sum(map(len, by_doc.values())) == len(gold)
    # Two articles of one year: no article can be told, so the rows go to none.
    twins = [Article("x.md", 2022), Article("y.md", 2022), Article("b-2023.md", 2023)]
    assert {r.year for r in quality.gold_by_article(gold, twins)[""]} == {"2022"}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus of two articles and its gold; one product (星云盒) is not in kg's ontology."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "2023-xingyun.md").write_text(
        "# 2023微信公开课PRO：星云盒\n\n"
        "在2023微信公开课PRO上，星云盒与视频号打通，用户可以在星云盒里直接观看视频号直播。\n",
        encoding="utf-8",
    )
    (articles / "2022-a.md").write_text(
        "# 2022微信公开课PRO\n\n在2022微信公开课PRO上，视频号推出了红包封面功能。\n",
        encoding="utf-8",
    )
    gold = gold_table(
        tmp_path,
        "2023\t星云盒\tintegrates\t视频号\t\t\t\t2023-xingyun.md",
        "2023\t视频号\toffers\t直播\t\t\t\t2023-xingyun.md",
        "2022\t视频号\toffers\t红包封面\t\t\t\t2022-a.md",
        "2022\t视频号\toffers\t红包封面\t\t\t\tgone.md",
    )
    monkeypatch.setitem(quality.CORPORA, "tiny", (articles, gold))
    return tmp_path


def test_scores_per_article_and_with_the_gold_entities_added(corpus: Path) -> None:
    shipped = load_ontology()
    work = corpus / "work"
    work.mkdir()
    plain = quality.run("tiny", "shipped", shipped, work)
    oracle = quality.run("tiny", "oracle", shipped, work)
    assert (plain["terms_added"], oracle["terms_added"]) == (0, 1)
    articles = {a["article"]: a for a in oracle["per_article"]}
    assert sorted(articles) == ["2022-a.md", "2023-xingyun.md", "gone.md"]
    assert (articles["2022-a.md"]["gold"], articles["2022-a.md"]["matched"]) == (1, 1)
    assert (articles["gone.md"]["gold"], articles["gone.md"]["predicted"]) == (1, 0)
    # Every prediction belongs to the article it was read from.
    assert sum(a["predicted"] for a in articles.values()) == oracle["overall"]["predicted"]
    assert sum(a["gold"] for a in articles.values()) == oracle["overall"]["gold"] == 4
    # The rules read 星云盒 once the ontology has it.

    def integrates(result: dict[str, Any]) -> int:
        (score,) = [s for s in result["per_predicate"] if s["predicate"] == "integrates"]
        return int(score["matched"])

    assert (integrates(plain), integrates(oracle)) == (0, 1)
    # Every year is right here: years cost nothing.
    assert oracle["year_ratio"] == 1.0
    assert oracle["ignore_year"]["f1"] == oracle["overall"]["f1"]


def test_a_held_out_corpus_prints_scores_only(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quality, "HELD_OUT", frozenset({"tiny"}))
    result = quality.run("tiny", "shipped", load_ontology(), corpus)
    result["failures"] = [{"path": "2023-xingyun.md", "reason": "视频号直播"}]
    text = "\n".join(quality.result_lines(result))
    for word in ("星云盒", "视频号", "红包封面", "打通"):
        assert word not in text
    assert "1 failures" in text


def test_what_stops_one_setting_is_reported_and_a_held_out_ones_message_withheld(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles, _ = quality.CORPORA["tiny"]
    bad = gold_table(corpus, "2023\t视频号\tsecretly\t直播\t\t\t\ta.md", name="bad.tsv")
    monkeypatch.setitem(quality.CORPORA, "tiny", (articles, bad))
    (corpus / "w1").mkdir()
    result = quality.run_or_report("tiny", "shipped", load_ontology(), corpus / "w1")
    assert result["error"].startswith("FactsFormatError: ")
    assert "secretly" in result["error"]
    assert list(quality.summary_lines([result]))[1].split()[2:4] == ["not", "scored:"]

    monkeypatch.setattr(quality, "HELD_OUT", frozenset({"tiny"}))
    (corpus / "w2").mkdir()
    held = quality.run_or_report("tiny", "shipped", load_ontology(), corpus / "w2")
    assert held["error"] == "FactsFormatError: (message held back: held-out corpus)"


@pytest.mark.parametrize("flag", ["--missed", "--extra", "--articles", "--json"])
def test_suggest_yield_shows_the_held_out_half_only_as_counts(
    flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # bench/suggest_yield.py on eval/test prints its summary table, never names or articles.
    assert _load("suggest_yield").main([str(ROOT / "eval" / "test"), flag]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "held out" in captured.err


def test_a_folder_of_ones_own_is_scored_against_its_gold(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --dir DIR: a new batch of articles with its gold.tsv, scored alone, not held out.
    articles, gold = quality.CORPORA["tiny"]
    (articles / "gold.tsv").write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    assert quality.main(["--dir", str(articles), "--setting", "oracle", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (result,) = report["results"]
    assert (result["corpus"], result["overall"]["gold"]) == (articles.name, 4)
    assert "2023-xingyun.md" in {a["article"] for a in result["per_article"]}
    assert "articles" not in quality.CORPORA  # the folder joins this run only


@pytest.mark.parametrize("name", ["nothing", "test"])
def test_a_folder_without_its_gold_or_named_as_a_corpus_is_refused(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / name
    folder.mkdir()
    if name == "test":
        (folder / "gold.tsv").write_text("year\tsubject\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        quality.parse_args(["--dir", str(folder)])
    assert str(folder) in capsys.readouterr().err


def test_bench_years_counts_an_article_right_only_when_its_year_is_the_golds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # bench/years.py: kg's year of each article beside years.tsv's; an empty year is a year.
    (tmp_path / "dated.md").write_text(
        "2019年1月10日消息，微信公开课在广州举行。\n", encoding="utf-8"
    )
    (tmp_path / "undated.md").write_text("视频号上线了新的直播功能。\n", encoding="utf-8")
    (tmp_path / "wrong.md").write_text(
        "2020年3月5日消息，企业微信发布了新版本。\n", encoding="utf-8"
    )
    (tmp_path / "years.tsv").write_text(
        "file\tyear\thow\tevidence\toutside_date\n"
        "dated.md\t2019\tdateline\t2019年1月10日消息\t\n"
        "undated.md\t\tnone\t\t\n"
        "wrong.md\t2021\tdateline\t\t\n",
        encoding="utf-8",
    )
    assert _load("years").main([str(tmp_path), "--wrong"]) == 0
    out = capsys.readouterr().out
    assert "2 of 3 articles dated as their gold says" in out
    assert [line.split()[1] for line in out.splitlines() if line.startswith("BAD")] == ["wrong.md"]


def test_the_years_corpus_gives_every_article_a_row_and_a_year_of_four_digits_or_none() -> None:
    folder = ROOT / "eval" / "years"
    rows = _load("years").read_gold(folder)
    articles = {p.name for p in folder.iterdir() if p.name != "years.tsv"}
    assert sorted(row["file"] for row in rows) == sorted(articles)
    assert all(
        row["year"] == "" or (len(row["year"]) == 4 and row["year"].isdigit()) for row in rows
    )
