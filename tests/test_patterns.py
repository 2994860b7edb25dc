r"""The cue patterns of the rules on long runs of one character (bench/redos.py).

A pattern in which two ``\s*`` (or two classes that both take a space) meet tries every split of
a run between them: 240 spaces took seconds in some. Each optional word now takes the spaces
after it, so that a run is read once. The loader collapses whitespace before any rule reads a
sentence, but the patterns must be safe on any text. Each case gives what the pattern gave
before it was rewritten (where the match ends, or no match): results, not times.
"""

from __future__ import annotations

import importlib

import pytest

_RUN = 5000
_R = " " * _RUN


@pytest.mark.parametrize(
    ("module", "name", "method", "subject", "end"),
    [
        ("products", "FEATURE_TAIL", "match", _R + "x", None),
        ("products", "FEATURE_TAIL", "match", _R + "”" + _R + "等" + _R + "两大功能", 3 * _RUN + 6),
        ("products", "LAUNCHED_ON", "match", _R + "平台" + _R + "上" + _R + "x", None),
        (
            "products",
            "LAUNCHED_ON",
            "match",
            _R + "平台" + _R + "上" + _R + "正式" + _R + "上线了",
            4 * _RUN + 8,
        ),
        (
            "products",
            "LIST_GAP",
            "match",
            _R + "”" + _R + "功能" + _R + "、" + _R + "“" + _R,
            5 * _RUN + 5,
        ),
        ("products", "LIST_GAP", "match", _R + "功能" + _R + "x", None),
        (
            "products",
            "LAUNCHED_GAP",
            "match",
            _R + "了" + _R + "全新的" + _R + "“" + _R,
            4 * _RUN + 5,
        ),
        ("products", "LAUNCHED_GAP", "match", _R + "了" + _R + "x", None),
        ("products", "COORDINATION", "match", _R + "以及" + _R, 2 * _RUN + 2),
        ("products", "COORDINATION", "match", _R + "x", None),
        ("products", "LAUNCH_QUALIFIER", "match", _R + "”" + _R + "接入", 2 * _RUN + 3),
        ("products", "LAUNCH_QUALIFIER", "match", _R + "x", None),
        ("products", "PLACES_TAIL", "match", _R + "）" + _R + "等多个场景", 2 * _RUN + 6),
        ("products", "PLACES_TAIL", "match", _R + "x", None),
        ("products", "HEADING_NUMBER", "fullmatch", _R + "第三章" + _R, 2 * _RUN + 3),
        ("products", "HEADING_NUMBER", "fullmatch", _R + "x", None),
        ("products", "FEATURES_ALONE", "fullmatch", "、" * _RUN + "1." + "、" * _RUN, 2 * _RUN + 2),
        ("products", "FEATURES_ALONE", "fullmatch", "、" * _RUN + "x", None),
        ("metrics", "SOURCE_AFTER", "match", _R + "最新的数据" + _R + "显示", 2 * _RUN + 7),
        ("metrics", "SOURCE_AFTER", "match", _R + "x", None),
        ("metrics", "CONVERTED", "match", _R + "人民币" + _R + "（" + _R, 3 * _RUN + 4),
        ("metrics", "CONVERTED", "match", _R + "x", None),
        (
            "metrics",
            "USERS_OF",
            "match",
            _R + "名用户" + _R + "每天" + _R + "使用" + _R,
            4 * _RUN + 7,
        ),
        ("metrics", "USERS_OF", "match", _R + "用户" + _R + "x", None),
        ("years", "TITLE_YEAR", "match", _R + "2024" + _R + "，腾讯的进步", 2 * _RUN + 4),
        # (a figure's year, spaced, is no title year: once it was, after 「2022 」)
        ("years", "TITLE_YEAR", "match", _R + "2022" + _R + "年营收", None),
        ("people", "OFFICE_AFTER", "match", " " * _RUN + "出任", _RUN + 2),
        ("people", "OFFICE_AFTER", "match", " " * _RUN + "x", None),
        (
            "people",
            "OFFICE_AFTER",
            "match",
            "（一粟）" + " " * _RUN + "曾" + " " * _RUN + "x",
            None,
        ),
        ("people", "OFFICE_AFTER", "match", " " * _RUN + "是" + " " * _RUN, 2 * _RUN + 1),
        (
            "people",
            "HEAD_GAP",
            "match",
            " " * _RUN + "的" + " " * _RUN + "前" + " " * _RUN,
            3 * _RUN + 2,
        ),
        ("people", "HEAD_GAP", "match", " " * _RUN + "x", None),
        ("people", "LEAD_GAP", "match", "\u3000" * _RUN + "x", None),
        ("people", "TOLD", "search", " " * _RUN + "x", None),
        ("people", "TOLD", "search", " " * _RUN + "也向", _RUN + 2),
        ("people", "OFFICE_END", "match", " " * _RUN + "x", None),
        ("people", "LEAD_VERB", "match", "接过" + " " * _RUN + "x", None),
        ("people", "LEAD_OBJECT_END", "match", " " * _RUN + "x", None),
        ("people", "LEAD_RELATIVE", "match", " " * _RUN + "x", None),
        ("people", "BY_AFTER", "match", " " * _RUN + "x", None),
        ("people", "BY_AFTER", "match", " " * _RUN + "负责" + " " * _RUN, 2 * _RUN + 2),
        ("people", "SPEAKER_AFTER", "match", " " * _RUN + "x", None),
        ("people", "FOUNDED_GAP", "fullmatch", " " * _RUN + "x", None),
        ("customers", "CLIENT_OF", "match", " " * _RUN + "都是", _RUN + 2),
        ("customers", "CLIENT_OF", "match", " " * _RUN + "x", None),
        ("customers", "CLIENT_OF", "match", "等" + " " * _RUN + "公司" + " " * _RUN + "x", None),
        (
            "customers",
            "CLIENT_NOUN",
            "match",
            " " * _RUN + "的" + " " * _RUN + "客户",
            2 * _RUN + 3,
        ),
        ("customers", "CLIENT_NOUN", "match", " " * _RUN + "x", None),
        ("customers", "CLIENT_ANAPHOR", "match", " 这" + " " * _RUN + "x", None),
        ("customers", "NOT_CASE_AFTER", "match", " " * _RUN + "服务商", _RUN + 3),
        ("customers", "NOT_CASE_AFTER", "match", "\u3000" * _RUN + "x", None),
        ("customers", "NOT_CASE_AFTER", "match", " 12" + " " * _RUN + "x", None),
        ("customers", "NOT_CASE_BEFORE", "search", "服务商" + " " * _RUN + "x", None),
        ("customers", "CASE_TAIL", "match", "等" + " " * _RUN + "x", None),
        ("customers", "OWNER_TIE", "fullmatch", " " * _RUN + "x", None),
        ("customers", "OWNER_TIE", "fullmatch", "的品牌包括" + " " * _RUN, _RUN + 5),
        ("customers", "RANKED_IN", "match", " " * _RUN + "x", None),
        ("customers", "USE_OPENER", "match", " " * _RUN + "通过", _RUN + 2),
        ("customers", "USE_OPENER", "match", " " * _RUN + "x", None),
        ("customers", "CARRIED_VERB", "match", "\u3000" * _RUN + "x", None),
        ("customers", "HELP_OPENER", "match", " " * _RUN + "x", None),
        ("customers", "ACCOUNT_NOUN", "match", " " * _RUN + "x", None),
        ("customers", "ACCOUNT_GAP", "fullmatch", " " * _RUN + "x", None),
        ("customers", "ACCOUNT_GAP", "fullmatch", " " * _RUN + "的官方" + " " * _RUN, 2 * _RUN + 3),
        ("customers", "USE_GAP", "fullmatch", " " * _RUN + "x", None),
        ("customers", "USE_OBJECT", "fullmatch", " " * _RUN + "x", None),
        ("customers", "USE_OBJECT", "fullmatch", " " * _RUN + "、" + " " * _RUN, 2 * _RUN + 1),
        ("customers", "CLAUSE_LEAD_IN", "fullmatch", " " * _RUN + "x", None),
        ("customers", "APP_AND", "fullmatch", "APP和" + " " * _RUN + "x", None),
        ("customers", "RANK_GAP", "fullmatch", " " * _RUN + "x", None),
        ("customers", "PLACE_BEFORE", "search", "在" + " " * _RUN + "x", None),
        ("customers", "CLIENTS_INCLUDE", "search", "客户" + " " * _RUN + "x", None),
    ],
)
def test_a_long_run_is_read_once(
    module: str, name: str, method: str, subject: str, end: int | None
) -> None:
    pattern = getattr(importlib.import_module(f"kg.lang.{module}"), name)
    found = getattr(pattern, method)(subject)
    assert (found.end() if found else None) == end
