"""Tests for kg.exporters.report: each article's year says where it came from, in the report
and in a build read back from disk; the report's shape check knows the new fields."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from kg.exporters.report import report, report_problem
from kg.pipeline import Build
from kg.reader import read_build

__all__: list[str] = []

SEEDS = {
    "2022-wechat-open-class-pro-36kr": (2022, "event", "2022 年的微信公开课 PRO"),
    "2023-wechat-open-class-pro": (2023, "event", "2023微信公开课PRO"),
}


def test_the_report_says_where_each_year_came_from(seed_build: Build) -> None:
    articles = report(seed_build)["articles"]
    assert {a["id"]: (a["year"], a["year_source"], a["year_evidence"]) for a in articles} == SEEDS
    assert [list(a)[4:7] for a in articles] == [["year", "year_source", "year_evidence"]] * 2


def test_a_build_read_back_keeps_where_its_years_came_from(seed_out: Path) -> None:
    back = read_build(seed_out)
    assert {a.id: (a.year, a.year_source, a.year_evidence) for a in back.articles} == SEEDS


def _seed_report(seed_out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((seed_out / "report.json").read_text(encoding="utf-8"))
    return data


def test_a_report_from_before_year_sources_is_still_a_report(seed_out: Path) -> None:
    data = _seed_report(seed_out)
    assert report_problem(data) is None
    older = copy.deepcopy(data)
    for article in older["articles"]:
        del article["year_source"], article["year_evidence"]
    assert report_problem(older) is None


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("year_source", 3, "articles[0].year_source is 3, not a string or null"),
        ("year_evidence", ["2022"], "articles[0].year_evidence is ['2022'], not a string or null"),
        ("year_from", "event", "articles[0] has unknown fields: year_from"),
    ],
)
def test_a_year_source_of_the_wrong_shape_is_named(
    seed_out: Path, key: str, value: object, problem: str
) -> None:
    data = _seed_report(seed_out)
    data["articles"][0][key] = value
    assert report_problem(data) == problem
