"""``kg export -f html``: one page, no network, the GEXF's picture, years, search and facts.

The page is opened in headless Chromium (tests/browser.py) and used as a reader would: its
canvas is looked at, a node clicked, a year picked, a name typed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from browser import chromium, node_point, open_graph, pixels_of
from click.testing import CliRunner

from kg.cli import main
from kg.exporters import gexf
from kg.exporters.html import MAX_ARTICLES, page, page_data
from kg.pipeline import Build

# 2023-wechat-open-class-pro.md: the sentence 付费订阅 of 视频号 is read from.
PAID_SUBSCRIPTION = "今年，视频号将进一步帮助创作者增收，包括推出全新的创作者分成计划，以及为优质创作者提供付费订阅功能。"
HOSTILE = '</script><script>document.body.dataset.pwned = "1"</script><!--<img src=x onerror="document.body.dataset.pwned = 1">\u2028\u2029'


@pytest.fixture(scope="module")
def seed_html(seed_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html")
    result = CliRunner().invoke(main, ["export", str(seed_out), "-f", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out / "kg.html"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def seed_page(browser: Any, seed_html: Path) -> Iterator[Any]:
    page, errors = open_graph(browser, seed_html.as_uri())
    yield page
    page.close()
    assert errors == []


def _data(html: str) -> Any:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert block is not None
    return json.loads(block.group(1))


# ---------------------------------------------------------------- the file


def test_the_page_is_one_file_that_asks_for_nothing(seed_html: Path, seed_out: Path) -> None:
    html = seed_html.read_text(encoding="utf-8")
    assert "default-src 'none'" in html  # its CSP forbids every request
    markup = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
    assert not re.search(r"<(link|iframe|img|object)\b|\bsrc=", markup, re.IGNORECASE)
    assert "graphology 0.26.0" in html and "sigma.js 3.0.2" in html
    assert "Permission is hereby granted" in html  # the libraries' licences travel with them
    assert "sourceMappingURL" not in html
    again = seed_out.parent / "again"
    CliRunner().invoke(main, ["export", str(seed_out), "-f", "html", "-o", str(again)])
    assert (again / "kg.html").read_bytes() == seed_html.read_bytes()


def test_the_page_has_the_gexf_s_layout_sizes_and_colours(
    seed_html: Path, seed_build: Build
) -> None:
    data = _data(seed_html.read_text(encoding="utf-8"))
    graph = seed_build.graph
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    sizes = {n: gexf.node_size(graph, n) for n in graph}
    positions = gexf.separate(gexf.layout(graph, sizes), sizes)
    channels = next(n for n in data["nodes"] if n["label"] == "视频号")
    x, y = positions[channels["id"]]
    assert (channels["x"], channels["y"], channels["size"]) == (
        round(x, 3),
        round(y, 3),
        sizes[channels["id"]],
    )
    assert channels["color"] == "#d55e00" and channels["status"] == {"2022": "new", "2023": "kept"}
    paid = next(n for n in data["nodes"] if n["label"] == "付费订阅")
    assert paid["status"] == {"2022": "absent", "2023": "new"}
    facts = [data["facts"][i] for i in channels["facts"]]
    fact = next(f for f in facts if f["o"] == "付费订阅")
    assert (fact["y"], fact["p"], fact["e"], fact["d"]) == (
        2023,
        "offers",
        PAID_SUBSCRIPTION,
        ["2023-wechat-open-class-pro"],
    )


def test_hostile_text_cannot_leave_the_data_block() -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_node("a", kind="Product", label=HOSTILE, years=(2023,))
    graph.add_node("b", kind="Capability", label="b", years=(2023,))
    graph.add_edge("a", "b", key="offers", predicate="offers", years=(2023,))
    row = (("2023", HOSTILE, "offers", "b", "", ""), ("a", "b", "doc", 0), (HOSTILE, "rule"))
    html = "".join(page(page_data(graph, [row], [])))
    assert html.lower().count("</script") == 4  # the page's own four script elements
    assert "\u2028" not in html.split('id="kg-data">')[1]
    data = _data(html)
    assert data["nodes"][0]["label"] == HOSTILE and data["facts"][0]["e"] == HOSTILE


def test_a_fact_names_its_first_articles_and_counts_the_others() -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_node("a", kind="Product", label="a", years=(2023,))
    graph.add_node("b", kind="Capability", label="b", years=(2023,))
    graph.add_edge("a", "b", key="offers", predicate="offers", years=(2023,))
    fields = ("2023", "a", "offers", "b", "", "")
    rows = [(fields, ("a", "b", f"doc-{i:02d}", 0), ("sentence", "rule")) for i in range(25)]
    (fact,) = page_data(graph, rows, [])["facts"]
    assert fact["d"] == [f"doc-{i:02d}" for i in range(MAX_ARTICLES)] and fact["more"] == 5


def test_html_is_a_registered_format_that_kg_build_does_not_write_by_default() -> None:
    from kg import exporters

    assert exporters.get("html").filenames == ("kg.html",)
    assert "html" not in exporters.DEFAULT_FORMATS


# ---------------------------------------------------------------- in Chromium


def test_the_page_loads_nothing_but_itself(browser: Any, seed_html: Path) -> None:
    requests: list[str] = []
    tab = browser.new_page()
    tab.on("request", lambda request: requests.append(request.url))
    tab.goto(seed_html.as_uri())
    tab.wait_for_selector("body[data-ready=true]", timeout=20_000)
    tab.close()
    assert requests == [seed_html.as_uri()]


def test_the_canvas_is_drawn_with_every_node(seed_page: Any, seed_build: Build) -> None:
    assert (
        int(seed_page.evaluate("document.body.dataset.nodes")) == seed_build.graph.number_of_nodes()
    )
    assert seed_page.evaluate("kg.graph.size") == seed_build.graph.number_of_edges()
    # Products are drawn in vermillion: five products, hundreds of pixels each.
    assert pixels_of(seed_page, gexf.KIND_COLOURS["Product"]) > 2000
    status = seed_page.locator("#status").inner_text()
    assert status.startswith(f"{seed_build.graph.number_of_nodes()} nodes")


def test_a_click_on_a_node_lists_its_facts_with_years_evidence_and_articles(
    seed_page: Any,
) -> None:
    x, y = node_point(seed_page, "视频号")
    seed_page.mouse.click(x, y)
    panel = seed_page.locator("#facts")
    assert panel.locator("h2").inner_text().startswith("视频号")
    item = panel.locator("li", has_text="视频号 offers 付费订阅")
    assert item.count() == 1
    assert item.locator(".year").inner_text() == "2023"
    assert item.locator("blockquote").inner_text() == PAID_SUBSCRIPTION
    assert "最新最全！微信公开课全场干货来了" in item.locator(".articles").inner_text()
    assert "seeds/2023-wechat-open-class-pro.md" in item.locator(".articles").inner_text()
    # 2022's 红包封面 is listed too, under its year.
    cover = panel.locator("li", has_text="视频号 offers 红包封面")
    assert cover.locator(".year").inner_text() == "2022"


def test_searching_a_name_selects_its_node(seed_page: Any) -> None:
    seed_page.locator("#search").fill("付费")
    assert "1 found" in seed_page.locator("#status").inner_text()
    seed_page.locator("#search").press("Enter")
    panel = seed_page.locator("#facts")
    assert panel.locator("h2").inner_text().startswith("付费订阅")
    assert (
        panel.locator("li", has_text="视频号 offers 付费订阅").locator(".year").inner_text()
        == "2023"
    )


def test_a_year_dims_what_it_did_not_report_and_rings_what_it_added(
    seed_page: Any, seed_build: Build
) -> None:
    seed_page.locator("#year").select_option("2023")
    graph = seed_build.graph
    years = sorted({y for _, d in graph.nodes(data=True) for y in d["years"]})
    new = sum(
        1
        for _, d in graph.nodes(data=True)
        if dict(gexf.statuses(d["years"], years))["status_2023"] == "new"
    )
    assert f"2023: {new} new" in seed_page.locator("#status").inner_text()
    shown = seed_page.evaluate(
        """() => Object.fromEntries(["付费订阅", "红包封面", "视频号"].map((label) => {
            const node = kg.data.nodes.find((n) => n.label === label);
            const drawn = kg.renderer.getNodeDisplayData(node.id);
            return [label, [drawn.color, drawn.ringColor]];
        }))"""
    )
    assert shown["付费订阅"] == ["#56b4e9", "#111111"]  # new in 2023: ringed
    assert shown["红包封面"] == ["#e6e6e6", "#e6e6e6"]  # 2022 only: dimmed
    assert shown["视频号"] == ["#d55e00", "#d55e00"]  # kept: as it is


def test_hostile_labels_stay_text_in_the_browser(browser: Any, tmp_path: Path) -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_node("a", kind="Product", label=HOSTILE, years=(2023,))
    graph.add_node("b", kind="Capability", label="b", years=(2023,))
    graph.add_node("c", kind="Capability", label="c", years=(2023,))
    graph.add_edge("a", "b", key="offers", predicate="offers", years=(2023,))
    graph.add_edge("a", "c", key="offers", predicate="offers", years=(2023,))
    row = (("2023", HOSTILE, "offers", "b", "", ""), ("a", "b", "doc", 0), (HOSTILE, "rule"))
    path = tmp_path / "kg.html"
    path.write_text("".join(page(page_data(graph, [row], []))), encoding="utf-8")
    page_, errors = open_graph(browser, path.as_uri())
    page_.evaluate("kg.select('a', false)")
    assert page_.locator("#facts h2").inner_text().startswith("</script>")
    assert page_.locator("#facts blockquote").inner_text().startswith("</script>")
    assert page_.evaluate("document.body.dataset.pwned") is None
    assert page_.locator("script").count() == 4
    page_.close()
    assert errors == []
