"""Tests for kg.match: longest-match of labels on the seeds, nesting, and dating an article."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.loaders import load, load_text
from kg.match import detect_event, match, matcher
from kg.ontology import Ontology
from kg.records import Document, Mention, Mentions
from kg.segment import segment

__all__: list[str] = []

PRODUCT = "https://kg.example/id/product/"
CAPABILITY = "https://kg.example/id/capability/"
EVENT = "https://kg.example/id/event/"


@pytest.fixture(scope="module")
def mentions_2022(seed_2022: Document, ontology: Ontology) -> Mentions:
    return match(segment(seed_2022, ontology), ontology)


@pytest.fixture(scope="module")
def mentions_2023(seed_2023: Document, ontology: Ontology) -> Mentions:
    return match(segment(seed_2023, ontology), ontology)


def _in_sentence(mentions: Mentions, text: str) -> tuple[Mention, ...]:
    """The mentions of the one sentence whose text is ``text``."""
    found = [s.index for s in mentions.document.sentences if s.text == text]
    assert len(found) == 1, f"{text!r} is not one sentence of {mentions.document.path}"
    return mentions.by_sentence[found[0]]


def _mentions_of(text: str, ontology: Ontology, path: str = "x.txt") -> Mentions:
    return match(segment(load_text(text, path=path), ontology), ontology)


# ---------------------------------------------------------------- longest match


def test_the_longest_label_wins(mentions_2022: Mentions, ontology: Ontology) -> None:
    found = _in_sentence(
        mentions_2022,
        "视频号 + 企业微信，视频号（包括直播）可以一键添加企业微信客服，助力商家社群运营。",
    )
    assert [ontology.label(m.term) for m in found] == [
        "视频号",
        "企业微信",
        "视频号",
        "直播",
        "微信客服",
    ]
    assert [m.surface for m in found] == [
        "视频号",
        "企业微信",
        "视频号",
        "直播",
        "一键添加企业微信客服",
    ]
    assert PRODUCT + "wechat" not in {m.term for m in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "微信支付分的存在就是为了避免这样的情况出现，为商户和品牌降低交易摩擦，让信任变得简单。",
        "值得期待的是，对于用户开启了腾讯视频等自动续费服务，却常常少看或没看的情况，"
        "未来微信支付分或许还将上线「不看不付」功能。",
    ],
)
def test_pay_score_is_not_wechat_pay(mentions_2022: Mentions, sentence: str) -> None:
    found = _in_sentence(mentions_2022, sentence)
    pay_score = [m for m in found if m.surface == "微信支付分"]
    assert [m.term for m in pay_score] == [CAPABILITY + "pay-score"]
    assert PRODUCT + "wechat-pay" not in {m.term for m in found}
    assert PRODUCT + "wechat-pay" in pay_score[0].nested


@pytest.mark.parametrize(
    ("name", "sentence", "expected"),
    [
        (
            "mentions_2022",
            "这些都是微信视频号过去这段时间做出的成绩。",
            [("微信视频号", "channels")],
        ),
        (
            "mentions_2022",
            "小程序和微信搜一搜的联动也让搜一搜的内容池有了更多内容。",
            [("小程序", "mini-programs"), ("微信搜一搜", "search"), ("搜一搜", "search")],
        ),
        (
            "mentions_2023",
            "作为微信生态的连接器，搜一搜将如何盘活整个生态的内容和服务？",
            [("微信生态", "wechat"), ("搜一搜", "search")],
        ),
    ],
)
def test_aliases_resolve_to_their_term(
    request: pytest.FixtureRequest, name: str, sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = _in_sentence(request.getfixturevalue(name), sentence)
    assert [(m.surface, m.term) for m in found] == [(s, PRODUCT + slug) for s, slug in expected]


def test_a_credited_quote_names_its_speaker(mentions_2023: Mentions, ontology: Ontology) -> None:
    found = _in_sentence(
        mentions_2023,
        "同时，我们也希望这个创作收益是能够稳健地、健康地向上去生长。”——腾讯公司副总裁、视频号负责人张孝超",
    )
    assert [(m.surface, ontology.label(m.term)) for m in found] == [
        ("腾讯公司", "腾讯"),
        ("视频号", "视频号"),
        ("张孝超", "张孝超"),
    ]


@pytest.mark.parametrize("name", ["mentions_2022", "mentions_2023"])
def test_every_mention_is_its_span_of_the_text(request: pytest.FixtureRequest, name: str) -> None:
    mentions: Mentions = request.getfixturevalue(name)
    doc = mentions.document
    assert len(mentions.by_sentence) == len(doc.sentences)
    total = 0
    for sentence, found in zip(doc.sentences, mentions.by_sentence, strict=True):
        for a, b in zip(found, found[1:], strict=False):
            assert a.end <= b.start
        for m in found:
            total += 1
            assert doc.text[m.start : m.end] == m.surface
            assert m.sentence == sentence.index
            assert sentence.start <= m.start < m.end <= sentence.end
    assert total > 200


def test_labels_span_words_and_ignore_case(ontology: Ontology) -> None:
    find = matcher(ontology).find
    # A label cut into several words is still one mention, at the right offsets.
    assert find(("未来", "微信", "支付", "分"), 100, 7) == (
        Mention(
            term=CAPABILITY + "pay-score",
            surface="微信支付分",
            start=102,
            end=107,
            sentence=7,
            nested=(PRODUCT + "wechat-pay",),
        ),
    )
    # ... but never a part of a word: 微信 is not found inside 微信团队 or 微信读书.
    assert [m.surface for m in find(("微信团队", "看", "微信读书"), 0, 0)] == ["微信团队"]
    assert [(m.surface, m.term) for m in find(("Appso", "。"), 0, 0)] == [
        ("Appso", "https://kg.example/id/org/appso")
    ]


# ---------------------------------------------------------------- nested terms


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        (
            "mentions_2022",
            "黄铁鸣还预告了一个值得期待的消息：下周，企业微信将推出全新版本，将发布连接视频号、"
            "微信客服两个全新能力，相关资讯 APPSO 也会第一时间报道，敬请期待。",
        ),
        ("mentions_2023", "同比去年，使用微信客服连接视频号的活跃企业数上涨17倍。"),
    ],
)
def test_a_mention_knows_the_terms_inside_it(
    request: pytest.FixtureRequest, name: str, sentence: str
) -> None:
    found = _in_sentence(request.getfixturevalue(name), sentence)
    (connect,) = [m for m in found if m.surface == "连接视频号"]
    assert connect.term == CAPABILITY + "channels-connection"
    assert connect.nested == (PRODUCT + "channels",)
    assert PRODUCT + "channels" not in {m.term for m in found}


def test_nested_keeps_only_the_largest_inner_term(mentions_2022: Mentions) -> None:
    found = _in_sentence(
        mentions_2022,
        "视频号 + 企业微信，视频号（包括直播）可以一键添加企业微信客服，助力商家社群运营。",
    )
    # 企业微信 sits inside 一键添加企业微信客服; 微信, inside 企业微信, is not listed again.
    assert found[-1].nested == (PRODUCT + "wecom",)
    assert found[0].nested == ()


# ---------------------------------------------------------------- event and year


@pytest.mark.parametrize(
    ("name", "year", "how"),
    [
        ("seed_2022", 2022, "「2022 年的微信公开课 PRO」"),
        ("seed_2023", 2023, "「2023微信公开课PRO」"),
    ],
)
def test_the_seeds_are_dated_by_their_event_phrase(
    request: pytest.FixtureRequest, ontology: Ontology, name: str, year: int, how: str
) -> None:
    doc: Document = request.getfixturevalue(name)
    event = f"{EVENT}wechat-open-class-pro-{year}"
    assert detect_event(doc, ontology) == (year, event, how)
    mentions = match(segment(doc, ontology), ontology)
    assert (mentions.year, mentions.event, mentions.warnings) == (year, event, ())
    assert ontology.kind(event) == "Event"


def test_the_2022_year_is_not_from_its_date_or_file_name(
    root: Path, tmp_path: Path, ontology: Ontology
) -> None:
    raw = (root / "seeds" / "2022-wechat-open-class-pro-36kr.html").read_text(encoding="utf-8")
    raw = raw.replace("date: Thu, 06 Jan 2022 06:19:00 GMT", "date: 2019-05-01")
    path = tmp_path / "2018-wechat-open-class-pro.html"
    path.write_text(raw, encoding="utf-8")
    doc = load(path)
    assert doc.date == "2019-05-01"
    assert detect_event(doc, ontology) == (
        2022,
        f"{EVENT}wechat-open-class-pro-2022",
        "「2022 年的微信公开课 PRO」",
    )


def test_the_file_name_never_decides(root: Path, tmp_path: Path, ontology: Ontology) -> None:
    path = tmp_path / "2021-old.md"
    path.write_bytes((root / "seeds" / "2023-wechat-open-class-pro.md").read_bytes())
    mentions = match(segment(load(path), ontology), ontology)
    assert (mentions.year, mentions.event) == (2023, f"{EVENT}wechat-open-class-pro-2023")


def test_a_chinese_file_name_never_decides(tmp_path: Path, ontology: Ontology) -> None:
    path = tmp_path / "2021微信公开课PRO.md"
    path.write_text("---\ndate: 2023-01-10\n---\n视频号上线了新功能。\n", encoding="utf-8")
    year, _, how = detect_event(load(path), ontology)
    assert (year, how) == (2023, "date 2023-01-10")


def test_a_date_without_an_event_phrase_gives_the_year_and_a_warning(ontology: Ontology) -> None:
    mentions = _mentions_of(
        "---\ndate: 2021-03-01\n---\n视频号上线了新的直播功能。", ontology, "a.md"
    )
    assert (mentions.year, mentions.event) == (2021, None)
    assert mentions.warnings == (
        "a.md: no event named; the year 2021 comes from the date 2021-03-01",
    )


def test_a_date_and_the_series_name_give_that_years_event(ontology: Ontology) -> None:
    text = "---\ndate: 2022-01-06\n---\n今年的微信公开课 PRO 没有张小龙惊喜登场。"
    mentions = _mentions_of(text, ontology, "a.md")
    assert (mentions.year, mentions.event) == (2022, f"{EVENT}wechat-open-class-pro-2022")
    assert mentions.warnings == ()
    assert detect_event(mentions.document, ontology)[2] == "date 2022-01-06"


def test_no_year_anywhere(ontology: Ontology) -> None:
    mentions = _mentions_of("视频号上线了新的直播功能。", ontology, "a.txt")
    assert (mentions.year, mentions.event) == (None, None)
    assert len(mentions.warnings) == 1
    assert mentions.warnings[0].startswith("a.txt: no year found")
    assert mentions.warnings[0].endswith("its facts carry no year")
    assert detect_event(mentions.document, ontology) == (None, None, "nothing")


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("2024微信公开课PRO上，视频号上线了新功能。", "「2024微信公开课PRO」"),
        ("在 2024 年的微信公开课 PRO 上，视频号上线了新功能。", "「2024 年的微信公开课 PRO」"),
        ("2024 年微信公开课上，视频号上线了新功能。", "「2024 年微信公开课」"),
    ],
)
def test_a_year_without_an_event_term_mints_the_event(
    ontology: Ontology, text: str, how: str
) -> None:
    event = f"{EVENT}wechat-open-class-pro-2024"
    assert event not in ontology.terms
    mentions = _mentions_of(text, ontology)
    assert (mentions.year, mentions.event, mentions.warnings) == (2024, event, ())
    assert detect_event(mentions.document, ontology) == (2024, event, how)


@pytest.mark.parametrize(
    "text",
    [
        # 36kr's own opening: a year and the series, but not '<year><series>'.
        "而从 2016 年起，每年年初的微信公开课 PRO 也成了微信的保留项目。",
        "12022微信公开课PRO上，视频号上线了新功能。",
    ],
)
def test_a_year_not_joined_to_the_series_is_no_event(ontology: Ontology, text: str) -> None:
    mentions = _mentions_of(text, ontology)
    assert (mentions.year, mentions.event) == (None, None)


# ---------------------------------------------------------------- section topics


def test_the_section_topics_of_the_2022_seed(mentions_2022: Mentions) -> None:
    assert mentions_2022.section_topics == tuple(
        PRODUCT + slug for slug in ("channels", "wechat-pay", "mini-programs", "search", "wecom")
    )


def test_the_section_topics_of_the_2023_seed(mentions_2023: Mentions) -> None:
    assert mentions_2023.section_topics == tuple(
        PRODUCT + slug for slug in ("channels", "wechat-pay", "mini-programs", "wecom", "search")
    )


def test_a_heading_without_a_product_has_no_topic(ontology: Ontology) -> None:
    text = "# 标题\n\n## 视频号的新变化\n\n视频号上线三年。\n\n## 写在最后\n\n张颖说了很多。"
    mentions = _mentions_of(text, ontology, "x.md")
    assert [s.heading for s in mentions.document.sections] == ["视频号的新变化", "写在最后"]
    assert mentions.section_topics == (PRODUCT + "channels", None)
