"""kg diff and kg timeline on the seeds: what changed from the 2022 to the 2023 微信公开课 PRO.

Golden reports live in tests/golden/diff/. After a change meant to alter them (a rule, the
ontology), regenerate them with `KG_UPDATE_GOLDEN=1 pytest tests/test_diff.py` and read the
diff.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.diff import Table, diff, render, timeline
from kg.errors import KGError
from kg.pipeline import Build

GOLDEN = Path(__file__).parent / "golden" / "diff"


def rows(tables: list[Table], title: str) -> list[dict[str, str]]:
    """The rows of the table called ``title``, as column -> cell."""
    (table,) = [t for t in tables if t.title == title]
    return [dict(zip(table.columns, r, strict=True)) for r in table.rows]


def find(rows_: list[dict[str, str]], **cells: str) -> dict[str, str]:
    found = [r for r in rows_ if all(r[k] == v for k, v in cells.items())]
    assert len(found) == 1, (cells, found)
    return found[0]


@pytest.fixture(scope="module")
def seeds_diff(seed_build: Build) -> list[Table]:
    return diff(seed_build, 2022, 2023)


def test_what_channels_announced_new_and_dropped(seeds_diff: list[Table]) -> None:
    caps = rows(seeds_diff, "Capabilities")
    for new in ("付费订阅", "创作者分成计划"):
        row = find(caps, product="视频号", capability=new)
        assert row["status"] == "new"
        assert row["article"] == "2023-wechat-open-class-pro"
        assert new in row["evidence"]
    dropped = find(caps, product="视频号", capability="红包封面")
    assert dropped["status"] == "dropped"
    assert dropped["article"] == "2022-wechat-open-class-pro-36kr"
    assert find(caps, product="视频号", capability="直播")["status"] == "kept"


def test_a_dropped_capability_names_the_family_members_that_go_on(
    seeds_diff: list[Table],
) -> None:
    caps = rows(seeds_diff, "Capabilities")
    coupons = find(caps, product="微信支付", capability="电子优惠券")
    assert coupons["status"] == "dropped"
    assert coupons["family"] == "优惠券类 goes on: 小程序优惠券、消费券"
    successor = find(caps, product="微信支付", capability="消费券")
    assert (successor["status"], successor["family"]) == ("new", "优惠券类, after 电子优惠券")


def test_people_with_their_titles_each_year(seeds_diff: list[Table]) -> None:
    zhang = find(rows(seeds_diff, "People"), person="张颖")
    assert zhang["status"] == "kept"
    # 2022: 「张小龙找张颖吃了个饭，说要把微信支付交给他」 (leads); 2023: 「——腾讯公司副总裁、
    # 微信支付负责人张颖」 (role and leads). A head is shown by their title, X负责人, once.
    assert zhang["2022"] == "微信支付负责人; presents 微信支付"
    assert zhang["2023"] == "腾讯公司副总裁、微信支付负责人; presents 微信支付"


def test_metrics_of_one_measure_stand_side_by_side(seeds_diff: list[Table]) -> None:
    metrics = rows(seeds_diff, "Metrics")
    both = [m for m in metrics if m["2022"] and m["2023"]]
    assert both, "no measure reported both years"
    assert all(m["evidence"] and m["article"] for m in metrics)
    growth = rows(seeds_diff, "Growth figures")
    search = find(growth, subject="搜一搜", measure="搜索量")
    assert (search["2022"], search["2023"]) == ("", "54%")
    # Levels and growth are apart: 搜一搜's 日活 of 2022 is a level.
    assert find(metrics, subject="搜一搜", measure="日活")["2022"] == "7亿"


def test_a_product_filter_keeps_its_rows_and_names_unknown_products(seed_build: Build) -> None:
    tables = diff(seed_build, 2022, 2023, product="微信视频号")  # an altLabel of 视频号
    assert {r["product"] for r in rows(tables, "Capabilities")} == {"视频号"}
    assert {r["person"] for r in rows(tables, "People")} == {"张孝超"}
    with pytest.raises(KGError, match="no product .* has that name; known: .*视频号"):
        diff(seed_build, 2022, 2023, product="元宇宙眼镜")
    with pytest.raises(KGError, match="no facts of 2019; its years: 2022, 2023"):
        diff(seed_build, 2019, 2023)


def test_the_timeline_counts_new_kept_and_dropped_per_year(seed_build: Build) -> None:
    tables = timeline(seed_build, product="视频号")
    counts = rows(tables, "Capabilities by year")
    years = {r["year"]: (r["new"], r["kept"], r["dropped"]) for r in counts}
    caps = rows(diff(seed_build, 2022, 2023, product="视频号"), "Capabilities")
    status = [c["status"] for c in caps]
    assert years["2023"] == tuple(str(status.count(s)) for s in ("new", "kept", "dropped"))
    assert years["2022"][1:] == ("0", "0")  # the first year covered: everything is new
    search = rows(timeline(seed_build, product="搜一搜"), "Metrics by year")
    assert find(search, subject="搜一搜", measure="日活")["2022"] == "7亿"
    assert find(search, subject="搜一搜", measure="月活")["2023"] == "8亿"


def test_every_format_renders_every_row(seeds_diff: list[Table]) -> None:
    total = sum(len(t.rows) for t in seeds_diff)
    data = json.loads(render(seeds_diff, "json", "2022 → 2023"))
    assert sum(len(s["rows"]) for s in data["sections"]) == total
    tsv = render(seeds_diff, "tsv", "")
    assert len([x for x in tsv.splitlines() if x and not x.startswith("#")]) == total + 6
    md = render(seeds_diff, "md", "2022 → 2023")
    assert md.count("\n| ") == total + 6  # a header line per section, then the rows
    with pytest.raises(KGError, match="unknown output format"):
        render(seeds_diff, "html", "")


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["diff", "2022", "2023"], "seeds-2022-2023.txt"),
        (["diff", "2022", "2023", "-o", "md"], "seeds-2022-2023.md"),
        (["timeline"], "seeds-timeline.txt"),
    ],
)
def test_reports_on_the_seeds_match_their_golden_files(
    seed_out: Path, args: list[str], name: str
) -> None:
    result = CliRunner().invoke(main, [*args, "-d", str(seed_out)])
    assert result.exit_code == 0, result.output
    golden = GOLDEN / name
    if os.environ.get("KG_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(result.output, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if result.output != expected:
        delta = difflib.unified_diff(
            expected.splitlines(), result.output.splitlines(), str(golden), "report", lineterm=""
        )
        pytest.fail("\n".join(delta))


def test_a_missing_build_or_year_is_a_short_error(tmp_path: Path, seed_out: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["diff", "2022", "2023", "-d", str(tmp_path)])
    assert missing.exit_code != 0
    assert "no build here" in missing.output and "Traceback" not in missing.output
    year = runner.invoke(main, ["diff", "2021", "2023", "-d", str(seed_out)])
    assert year.exit_code != 0 and "no facts of 2021" in year.output


def test_the_timeline_of_generated_articles_lists_every_year(
    root: Path, tmp_path: Path, ontology: object
) -> None:
    """bench/generate.py writes articles of 2016 to 2026: the timeline has each year."""
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    subprocess.run(
        [sys.executable, str(root / "bench" / "generate.py"), "44", "-o", str(corpus)],
        check=True,
        capture_output=True,
    )
    from kg.pipeline import build

    built = build([corpus], ontology)  # type: ignore[arg-type]
    tables = timeline(built)
    years = {r["year"] for r in rows(tables, "Capabilities by year")}
    assert years == {str(y) for y in range(2016, 2027)}
    (metrics,) = [t for t in tables if t.title == "Metrics by year"]
    assert metrics.columns[2:] == tuple(str(y) for y in range(2016, 2027))


@pytest.mark.parametrize(
    ("section", "made"),
    [
        ("### What changed between years", None),
        ("### Looking at the graph in a browser", "pages/kg.html"),
    ],
)
def test_the_readme_examples_of_issue_14_run_as_written(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, section: str, made: str | None
) -> None:
    """The sh block of each README section of issue 14 runs as written, from a folder that
    holds the committed build in out/ (as the repository root does), and makes what it says."""
    import re
    import shlex
    import shutil

    readme = (root / "README.md").read_text(encoding="utf-8")
    part = readme.split(section, 1)[1]
    block = re.search(r"```sh\n(.+?)\n```", part, re.S)
    assert block is not None
    commands = [line.split("#", 1)[0].strip() for line in block.group(1).splitlines()]
    commands = [c for c in commands if c]
    assert commands
    shutil.copytree(root / "out", tmp_path / "out")
    monkeypatch.chdir(tmp_path)
    for command in commands:
        words = shlex.split(command)
        assert words[0] in ("kg", ".venv/bin/kg"), command
        result = CliRunner().invoke(main, words[1:])
        assert result.exit_code == 0, (command, result.output)
        assert "Traceback" not in result.output
    if made is not None:
        assert (tmp_path / made).stat().st_size > 100_000
