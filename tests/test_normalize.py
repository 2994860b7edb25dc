"""Tests for kg.normalize: Taiwan's words fold into the mainland's in traditional text, one
character for one, and simplified text is never touched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.lang.taiwan import TAIWAN_WORDS
from kg.loaders import load_text
from kg.normalize import is_traditional, matching_form

__all__: list[str] = []


def test_every_taiwan_word_has_a_mainland_word_of_its_length() -> None:
    assert TAIWAN_WORDS
    for taiwan, mainland in TAIWAN_WORDS.items():
        assert len(taiwan) == len(mainland), (taiwan, mainland)
        # Written as they read once the script is converted: simplified characters.
        assert matching_form(taiwan) == taiwan, taiwan


@pytest.mark.parametrize(
    ("traditional", "mainland"),
    [
        (
            "微信影片號直播帶貨的GMV同比增長超過800%。",
            "微信视频号直播带货的GMV同比增长超过800%。",
        ),
        (
            "透過小程式，商家可以在影片號直播間一鍵下單。",
            "通过小程序，商家可以在视频号直播间一键下单。",
        ),
        (
            "企業微信支援與微信互通，並推出行動支付與視訊會議功能。",
            "企业微信支持与微信互通，并推出移动支付与视频会议功能。",
        ),
        (
            "使用者可在應用程式中搜尋短影音，並以帳號登入。",
            "使用者可在应用程序中搜索短视频，并以账号登录。",  # 使用者/用户: lengths differ
        ),
        ("方程式賽車的應用程式上線了。", "方程式赛车的应用程序上线了。"),  # 方程式 stays
        ("微信軟體的資料庫與伺服器。", "微信软件的数据库与服务器。"),
    ],
)
def test_traditional_text_reads_in_mainland_words(traditional: str, mainland: str) -> None:
    assert matching_form(traditional) == mainland
    assert len(matching_form(traditional)) == len(traditional)


@pytest.mark.parametrize(
    "text",
    [
        "电影影片《流浪地球》在视频号上映。",  # 影片 is a film in simplified text
        "程式化的写作让小程序的介绍千篇一律。",
        "视频号支援了抗疫一线的医护人员。",
    ],
)
def test_simplified_text_keeps_its_words(text: str) -> None:
    assert matching_form(text) == text
    assert matching_form(text, traditional=False) == text


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # ithome-meta-q4-2021-call-tiktok.html (・, U+30FB) and 2024-shijie-zhou-shouzi-tiktok-ceo.md
        # (•, U+2022): one name, dotted as the ontology dots it (·, U+00B7).
        ("公司董事长兼首席执行官马克・扎克伯格", "公司董事长兼首席执行官马克·扎克伯格"),
        ("用谷歌前CEO 埃里克•施密特的这句话", "用谷歌前CEO 埃里克·施密特的这句话"),
        # A bullet opening a line, or between Latin letters, is no name's dot.
        ("• 视频号", "• 视频号"),
        ("Wi・Fi", "Wi・Fi"),
    ],
)
def test_the_dots_of_a_transliterated_name_are_one_dot(text: str, folded: str) -> None:
    assert matching_form(text) == folded


def test_a_line_of_shared_characters_folds_as_its_document_does() -> None:
    # 「微信小程式」 holds no character that only traditional script has.
    assert matching_form("微信小程式") == "微信小程式"
    assert matching_form("微信小程式", traditional=True) == "微信小程序"


@pytest.mark.parametrize(
    ("text", "traditional"),
    [
        ("微信小程式支援影片號直播，透過行動支付下單。", True),
        ("微信小程序支持视频号直播，通过移动支付下单。", False),
        ("微信推出了「視頻號」，张小龙说这是微信的未来。", False),  # a quoted name
        ("", False),
    ],
)
def test_is_traditional(text: str, traditional: bool) -> None:
    assert is_traditional(text) is traditional


def test_a_traditional_document_folds_its_lines_of_shared_characters() -> None:
    text = "# 影片號的進化\n\n## 微信小程式\n\n影片號與小程式打通，透過企業微信觸達使用者。"
    doc = load_text(text, path="tw.md")
    assert [s.matching for s in doc.sentences] == [
        "微信小程序",
        "视频号与小程序打通，通过企业微信触达使用者。",
    ]
    assert [s.text for s in doc.sentences] == [
        "微信小程式",
        "影片號與小程式打通，透過企業微信觸達使用者。",
    ]


_TEXT = st.text(
    alphabet=st.sampled_from(sorted(set("".join(TAIWAN_WORDS)) | set("視頻號與，。ＡＢ１２ 微信"))),
    max_size=40,
)


@given(_TEXT, st.sampled_from([None, True, False]))
def test_the_matching_form_is_as_long_as_the_text(text: str, traditional: bool | None) -> None:
    assert len(matching_form(text, traditional)) == len(text)


def test_doctests() -> None:
    import doctest

    import kg.normalize

    assert doctest.testmod(kg.normalize).failed == 0
