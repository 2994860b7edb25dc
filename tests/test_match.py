"""Tests for kg.match: longest-match of labels on the seeds, nesting, and dating an article."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ontology_with

from kg.loaders import load, load_text
from kg.match import Dating, detect_event, match, matcher
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
    # ... but never a part of a word: 微信 is not found inside 微信团队 or 微信派.
    assert [m.surface for m in find(("微信团队", "看", "微信派"), 0, 0)] == ["微信团队"]
    assert [(m.surface, m.term) for m in find(("Appso", "。"), 0, 0)] == [
        ("Appso", "https://kg.example/id/org/appso")
    ]


def test_a_label_with_a_digit_at_an_edge_is_no_part_of_a_number(
    root: Path, tmp_path: Path, ontology: Ontology
) -> None:
    # tencent-2016-q2-interim-results.txt, with a term whose label is 91 (a gold alternative of
    # 91无线): the segmenter leaves 356.91 as 356, . and 91, and 91 there is a number's digits.
    with_91 = ontology_with(root, tmp_path, {"Company": "91"})
    text = "总收入为人民币 356.91 亿元（53.82 亿美元），比去年同期增长 52%。"
    assert [m.surface for s in _mentions_of(text, with_91).by_sentence for m in s] == []
    # geekpark-feishu-arr-taobao-wechat-pay-2024.md: a label that ends with one (gpt-4) is still
    # found where the number ends with it.
    text = (
        "OpenAI Japan 首席执行官长崎忠雄（Tadao Nagasaki）表示，虽然 GPT-3 和 GPT-4 的性能比较"
        "接近，但 GPT Next 预计会有更大的飞跃，性能将提高 100 倍。"
    )
    assert "GPT-4" in [m.surface for s in _mentions_of(text, ontology).by_sentence for m in s]


@pytest.mark.parametrize(
    ("terms", "text", "names"),
    [
        # latepost-tiktok-four-years-showdown.md: the segmenter cuts a user word out of a longer
        # Latin word (UC of UCLA, IG of SIG); neither is that name.
        (
            {"Product": "UC"},
            "去年周受资接受国会质询时，一名 UCLA 人工智能硕士背景的议员问道",
            ["周受资"],
        ),
        (
            {"Product": "IG"},
            "字节跳动股东 SIG 的创始合伙人杰夫·亚斯是成长俱乐部最大的捐助者之一。",
            ["字节跳动"],
        ),
        # 36kr-facebook-tiktok-wechat-moat.html: Pin of Pinterest.
        ({"Capability": "Pin"}, "Facebook也面临着Snap、Pinterest的威胁。", ["Facebook"]),
        # ... but one written against Chinese is found (unknown-geekpark-light-apps-super-apps.html).
        (
            {"Product": "UC"},
            "正式成为继微信公众平台、UC应用中心之后又一超级Web App平台。",
            ["微信公众平台", "UC"],
        ),
    ],
)
def test_a_latin_label_is_no_part_of_a_longer_latin_word(
    root: Path, tmp_path: Path, terms: dict[str, str], text: str, names: list[str]
) -> None:
    with_terms = ontology_with(root, tmp_path, terms)
    assert [m.surface for s in _mentions_of(text, with_terms).by_sentence for m in s] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # tencent-2016-q2-interim-results.txt (text from a PDF): QQ 空间 is QQ空间 ...
        ("QQ 空间月活跃账户数达到 6.52 亿，比去年同期下降 1%。", [("QQ 空间", "QQ空间")]),
        (
            "举例而言，我们将 QQ 音乐与 China Music Corporation 进行整合，打造了中国领先的在线音乐平台。",
            [("QQ 音乐", "QQ音乐")],
        ),
        # 2019-unknown-zhang-xiaolong-wechat-night-speech.txt
        ("它只是 QQ 邮箱的一个子功能，不能做的很大；", [("QQ 邮箱", "QQ邮箱")]),
        # ... but QQ 及微信 are two names (tencent-2016-q2-interim-results.txt).
        (
            "社交和通信服务 QQ 及微信/WeChat、社交网络平台 QQ 空间",
            [("QQ", "QQ"), ("微信", "微信"), ("WeChat", "微信"), ("QQ 空间", "QQ空间")],
        ),
    ],
)
def test_a_label_is_found_across_a_space_between_scripts(
    ontology: Ontology, text: str, names: list[tuple[str, str]]
) -> None:
    found = _mentions_of(text, ontology).by_sentence[0]
    assert [(m.surface, ontology.label(m.term)) for m in found] == names


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


# ---------------------------------------------------------------- Taiwan wording


def test_taiwan_words_match_as_the_mainland_terms_do(ontology: Ontology) -> None:
    text = (
        "# 影片號的進化\n\n## 微信小程式\n\n"
        "影片號與小程式打通後，商家可以透過企業微信觸達使用者，並支援微信支付。"
    )
    mentions = _mentions_of(text, ontology, "tw.md")
    found = [m for ms in mentions.by_sentence for m in ms]
    assert [(ontology.label(m.term), m.surface) for m in found] == [
        ("小程序", "微信小程式"),
        ("视频号", "影片號"),
        ("小程序", "小程式"),
        ("企业微信", "企業微信"),
        ("微信支付", "微信支付"),
    ]
    assert mentions.section_topics == (PRODUCT + "mini-programs",)
    doc = mentions.document
    for m in found:  # offsets into the text as written
        assert doc.text[m.start : m.end] == m.surface


def test_a_taiwan_repost_is_dated_as_its_mainland_original(ontology: Ontology) -> None:
    dating = _dating("2024微信公開課PRO上，影片號發佈了新功能。", ontology, "tw.txt")
    assert dating == Dating(
        2024, f"{EVENT}wechat-open-class-pro-2024", "event", "2024微信公開課PRO"
    )


# ---------------------------------------------------------------- event and year

TUNE = Path(__file__).resolve().parent.parent / "eval" / "tune"
PRO = f"{EVENT}wechat-open-class-pro-"


def _dating(text: str, ontology: Ontology, path: str = "a.md") -> Dating:
    return detect_event(load_text(text, path=path), ontology)


@pytest.mark.parametrize(
    ("name", "year", "phrase"),
    [
        ("seed_2022", 2022, "2022 年的微信公开课 PRO"),
        ("seed_2023", 2023, "2023微信公开课PRO"),
    ],
)
def test_the_seeds_are_dated_by_their_event_phrase(
    request: pytest.FixtureRequest, ontology: Ontology, name: str, year: int, phrase: str
) -> None:
    doc: Document = request.getfixturevalue(name)
    event = f"{PRO}{year}"
    assert detect_event(doc, ontology) == Dating(year, event, "event", phrase)
    mentions = match(segment(doc, ontology), ontology)
    assert (mentions.year, mentions.event, mentions.warnings) == (year, event, ())
    assert (mentions.year_source, mentions.year_evidence) == ("event", phrase)
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
    assert detect_event(doc, ontology) == Dating(
        2022, f"{PRO}2022", "event", "2022 年的微信公开课 PRO"
    )


def test_the_file_name_never_decides_when_the_text_dates_it(
    root: Path, tmp_path: Path, ontology: Ontology
) -> None:
    path = tmp_path / "2021-old.md"
    path.write_bytes((root / "seeds" / "2023-wechat-open-class-pro.md").read_bytes())
    mentions = match(segment(load(path), ontology), ontology)
    assert (mentions.year, mentions.event) == (2023, f"{PRO}2023")
    assert mentions.year_source == "event"


def test_a_chinese_file_name_never_decides(tmp_path: Path, ontology: Ontology) -> None:
    path = tmp_path / "2021微信公开课PRO.md"
    path.write_text("---\ndate: 2023-01-10\n---\n视频号上线了新功能。\n", encoding="utf-8")
    assert detect_event(load(path), ontology) == Dating(2023, None, "date", "2023-01-10")


def test_a_date_without_an_event_phrase_gives_the_year_and_a_warning(ontology: Ontology) -> None:
    mentions = _mentions_of(
        "---\ndate: 2021-03-01\n---\n视频号上线了新的直播功能。", ontology, "a.md"
    )
    assert (mentions.year, mentions.event, mentions.year_source) == (2021, None, "date")
    assert mentions.warnings == (
        "a.md: no event named; the year 2021 comes from the date 2021-03-01",
    )


def test_a_date_and_the_series_name_give_that_years_event(ontology: Ontology) -> None:
    text = "---\ndate: 2022-01-06\n---\n今年的微信公开课 PRO 没有张小龙惊喜登场。"
    mentions = _mentions_of(text, ontology, "a.md")
    assert (mentions.year, mentions.event) == (2022, f"{PRO}2022")
    assert mentions.warnings == ()
    assert detect_event(mentions.document, ontology).source == "date"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("微信公开课PRO在广州举行，视频号上线了新功能。", f"{PRO}2022"),
        ("在一年一度的微信公开课 PRO 上，视频号上线了新功能。", f"{PRO}2022"),
        # 36kr, 2021-07-21: the series cited as a source of figures is no event reported.
        ("据微信公开课数据，2020年通过小程序产生的交易额同比增长超过100%。", None),
    ],
)
def test_the_series_named_in_the_lead_is_reported_beside_a_cue(
    ontology: Ontology, text: str, event: str | None
) -> None:
    dating = _dating(f"---\ndate: 2022-07-21\n---\n{text}", ontology)
    assert (dating.year, dating.event, dating.source) == (2022, event, "date")


def test_no_year_anywhere(ontology: Ontology) -> None:
    mentions = _mentions_of("视频号上线了新的直播功能。", ontology, "a.txt")
    assert (mentions.year, mentions.event, mentions.year_source) == (None, None, None)
    assert mentions.warnings == (
        "a.txt: no year found (no event, title year or dateline in the text, no front-matter "
        "date, year or event, no year at the start of its file or folder name, no month named "
        "with its year); its facts carry no year",
    )
    assert detect_event(mentions.document, ontology) == Dating(None, None, None, None)


@pytest.mark.parametrize(
    ("text", "year", "phrase"),
    [
        ("2024微信公开课PRO上，视频号上线了新功能。", 2024, "2024微信公开课PRO"),
        ("在 2024 年的微信公开课 PRO 上，视频号上线了新功能。", 2024, "2024 年的微信公开课 PRO"),
        ("2024 年微信公开课上，视频号上线了新功能。", 2024, "2024 年微信公开课"),
        # The label before the year, as the event names itself since 2024.
        ("微信公开课 PRO 2025 上，视频号上线了新功能。", 2025, "微信公开课 PRO 2025"),
        ("微信公开课PRO2025上，视频号上线了新功能。", 2025, "微信公开课PRO2025"),
        (
            "从微信公开课2024的数据来看，视频号直播带货的GMV（成交总额）达到了2022年的3倍。",
            2024,
            "微信公开课2024",
        ),
    ],
)
def test_a_year_without_an_event_term_mints_the_event(
    ontology: Ontology, text: str, year: int, phrase: str
) -> None:
    event = f"{PRO}{year}"
    assert event not in ontology.terms
    mentions = _mentions_of(text, ontology)
    assert (mentions.year, mentions.event, mentions.warnings) == (year, event, ())
    assert detect_event(mentions.document, ontology) == Dating(year, event, "event", phrase)


@pytest.mark.parametrize(
    "text",
    [
        # 36kr's own opening: a year and the series, but not '<year><series>'.
        "而从 2016 年起，每年年初的微信公开课 PRO 也成了微信的保留项目。",
        "12022微信公开课PRO上，视频号上线了新功能。",
        "微信公开课PRO20250上，视频号上线了新功能。",
        # A year after the label that starts a date is no label-year.
        "微信公开课 PRO 2022年1月6日在广州举行。",
    ],
)
def test_a_year_not_joined_to_the_series_is_no_event(ontology: Ontology, text: str) -> None:
    mentions = _mentions_of(text, ontology)
    # Only the last resort, the month the text names, may date it.
    assert mentions.event is None
    assert mentions.year_source in (None, "text dates")


@pytest.mark.parametrize(
    ("text", "year", "slug", "phrase"),
    [
        (  # 数智前线, 2025-09-23
            "9月17日，在2025腾讯全球数字生态大会上，腾讯云数据库团队正式推出 数据库AI服务。",
            2025,
            "tencent-global-digital-ecosystem-summit",
            "2025腾讯全球数字生态大会",
        ),
        (  # 刘润, 2024-01-25
            "1月4日，腾讯广告在上海正式举办了主题为“以效为先，百路皆通”的，"
            "2024腾讯智慧营销峰会（Tencent IN）。",
            2024,
            "tencent-smart-marketing-summit",
            "2024腾讯智慧营销峰会",
        ),
        (
            "腾讯智慧营销峰会2024在上海举办。",
            2024,
            "tencent-smart-marketing-summit",
            "腾讯智慧营销峰会2024",
        ),
        ("2019年微信之夜，张小龙发表了演讲。", 2019, "wechat-night", "2019年微信之夜"),
        (
            "在2018腾讯云+未来峰会上，马化腾发表了演讲。",
            2018,
            "tencent-cloud-plus-summit",
            "2018腾讯云+未来峰会",
        ),
        (
            "2022企业微信新品发布会上，企业微信4.0正式发布。",
            2022,
            "wecom-product-launch",
            "2022企业微信新品发布会",
        ),
    ],
)
def test_the_event_series_of_the_field_are_known(
    ontology: Ontology, text: str, year: int, slug: str, phrase: str
) -> None:
    assert ontology.kind(f"{EVENT}{slug}") == "EventSeries"
    dating = _dating(text, ontology)
    assert dating == Dating(year, f"{EVENT}{slug}-{year}", "event", phrase)


@pytest.mark.parametrize(
    ("text", "year", "phrase"),
    [
        ("在2023世界人工智能大会上，腾讯展示了混元大模型。", 2023, "2023世界人工智能大会"),
        ("世界人工智能大会2023于7月6日在上海开幕。", 2023, "世界人工智能大会2023"),
        ("2021中国互联网大会上，小程序成为热门话题。", 2021, "2021中国互联网大会"),
        ("2019年百度AI开发者大会上，小程序开源联盟成立。", 2019, "2019年百度AI开发者大会"),
        ("2020年快手光合创作者论坛召开。", 2020, "2020年快手光合创作者论坛"),
        ("2022年抖音电商生态大会上，商家数量增长。", 2022, "2022年抖音电商生态大会"),
        ("2016年小米年度发布会上，雷军发布了新品。", 2016, "2016年小米年度发布会"),
        ("钉钉峰会2021如期举行。", 2021, "钉钉峰会2021"),
        # 虎嗅, 2024 (eval/tune/huxiu-douyin-ecommerce-creators.md)
        (
            "抖音电商总裁魏雯雯在“2024抖音电商作者盛典”上透露，平台GMV增长了46%。",
            2024,
            "2024抖音电商作者盛典",
        ),
    ],
)
def test_an_event_series_kg_does_not_know_still_dates_the_article(
    ontology: Ontology, text: str, year: int, phrase: str
) -> None:
    mentions = _mentions_of(text, ontology)
    assert detect_event(mentions.document, ontology) == Dating(year, None, "event", phrase)
    assert (mentions.year, mentions.event, mentions.year_source) == (year, None, "event")
    assert mentions.warnings == (
        f"x.txt: the year {year} comes from 「{phrase}」, an event series kg does not know; "
        "add the series to ontology/events.ttl to name the event",
    )


@pytest.mark.parametrize(
    "text",
    [
        "2022年1月11号企业微信发布了重大升级的新品发布会。",  # a date, then the event
        "2018年企业微信与微信会话消息、群聊实现互通。",  # no event word
        "今年1月，腾讯2023年会现场，马化腾用35分钟公开反思了腾讯过去这一年。",  # 年会 is no series
        "2020年，腾讯董事会主席马化腾首次提出了全真互联的概念。",
        "在2020年的大会上，腾讯发布了新产品。",  # no name before the event word
        "2021年腾讯在大会上发布了新产品。",  # a clause, not a name
    ],
)
def test_a_year_near_an_event_word_is_no_event_unless_it_names_one(
    ontology: Ontology, text: str
) -> None:
    dating = _dating(text, ontology, "x.txt")
    # Only the last resort, the month the text names, may date it.
    assert dating.event is None
    assert dating.source in (None, "text dates")


def test_the_late_december_event_takes_its_series_year(ontology: Ontology) -> None:
    # The 2017 微信公开课 PRO was held on 2016-12-28: the event's label with its year wins.
    text = "---\ndate: 2016-12-28\n---\n今天，2017微信公开课PRO在广州开幕，张小龙首次公开演讲。"
    assert _dating(text, ontology) == Dating(2017, f"{PRO}2017", "event", "2017微信公开课PRO")


def test_an_event_named_far_into_the_text_is_mentioned_not_reported(ontology: Ontology) -> None:
    # woshipm, 2022-05-13: 「2019 年微信公开课演讲上」, a thousand characters in, looks back.
    doc = load(TUNE / "woshipm-wechat-8022-perf-tool.html")
    assert "2019 年微信公开课演讲上" in doc.text
    assert detect_event(doc, ontology) == Dating(2022, None, "date", "2022-05-13")


def test_a_mentioned_event_dates_an_article_with_nothing_else(ontology: Ontology) -> None:
    # A plain-text news item on 腾讯's 2024 interim results: no title, date or dateline.
    doc = load(TUNE / "unknown-tencent-2024h1-results.txt")
    assert detect_event(doc, ontology) == Dating(2024, None, "mentioned event", "微信公开课2024")
    mentions = match(segment(doc, ontology), ontology)
    assert mentions.warnings == (
        f"{doc.path}: no event reported; the year 2024 comes from 「微信公开课2024」, an event "
        "the text mentions",
    )


def test_a_mentioned_event_gives_way_to_a_date(ontology: Ontology) -> None:
    lead = "视频号上线了新的直播功能。" * 50
    text = f"---\ndate: 2022-05-13\n---\n{lead}\n\n2019 年微信公开课演讲上，微信负责人说了很多。"
    assert _dating(text, ontology) == Dating(2022, None, "date", "2022-05-13")
    assert _dating(text.split("---\n", 2)[2], ontology) == Dating(
        2019, None, "mentioned event", "2019 年微信公开课"
    )


def test_an_event_to_come_dates_nothing(ontology: Ontology) -> None:
    # qbitai-ima-copilot-gongzhonghao.md (a 2024 piece): its footer promotes the outlet's next
    # conference, 「评选结果将于12月MEET2025智能未来大会公布」 (its link's text); that the event is to
    # come says the article is from its year or before, not after.
    lead = "视频号上线了新的直播功能。" * 50
    promo = "评选结果将于12月MEET2025智能未来大会公布，期待与数百万从业者共同见证荣誉时刻。"
    assert _dating(f"{lead}\n\n{promo}", ontology).year is None
    dating = _dating(f"{lead}\n\n{promo.replace('将于', '于')}", ontology)
    assert (dating.year, dating.source, dating.evidence) == (
        2025,
        "mentioned event",
        "2025智能未来大会",
    )


def test_a_mentioned_event_gives_way_to_later_months_the_text_names(ontology: Ontology) -> None:
    # 钛媒体 (毒眸) on live commerce, 2020, no date in its text: 「2016年的云栖大会」 looks back,
    # and 「截至2019年12月」 says the piece is from 2019 or later.
    back = "早在2016年的云栖大会上，斗鱼直播的产品副总裁王岩就曾公开表示要做电商。"
    months = "截至2019年12月，快手直播日活用户数已突破1亿。"
    lead = "视频号上线了新的直播功能。" * 50
    assert _dating(f"{lead}\n\n{back}", ontology) == Dating(
        2016, None, "mentioned event", "2016年的云栖大会"
    )
    dating = _dating(f"{lead}\n\n{back}\n\n{months}", ontology)
    assert (dating.year, dating.source, dating.evidence) == (2019, "text dates", "2019年12月")


# ------------------------------------------------- title years


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("2024，腾讯的进步", 2024),  # 刘润, 2024-01-25
        ("2022企业微信高歌_打通_主旋律，完成4.0版本华丽转身！", 2022),  # woshipm, 2022-06-20
        (  # 36kr, 2021-10-26
            "QuestMobile2021微信小程序秋季报告：月活用户规模超过千万的小程序数量已经达到115个",
            2021,
        ),
        ("2023年微信支付的三个变化", 2023),
        ("《2022微信视频号年中发展报告》发布", 2022),
        ("2019 微信改版：朋友圈广告完全放开", 2019),
    ],
)
def test_a_year_that_opens_the_title_dates_the_article(
    ontology: Ontology, title: str, year: int
) -> None:
    mentions = _mentions_of(f"# {title}\n\n视频号上线了新的直播功能。", ontology, "a.md")
    assert detect_event(mentions.document, ontology) == Dating(year, None, "title", title)
    assert mentions.warnings == (
        f"a.md: no event named; the year {year} comes from the title 「{title}」",
    )


@pytest.mark.parametrize(
    ("title", "evidence"),
    [
        # A period, a figure's year or a date: the title's year is no subject; as the text's
        # would, it dates the article as a last resort (a part of a year as its months do, a
        # year's takings the next year).
        ("2024H1全球移动游戏市场数据报告", "2024H1"),
        ("2021年上半年小程序互联网发展白皮书", "2021年上半年"),
        ("2021年第三季度腾讯营收同比增长13%", "2021年第三季度"),
        ("2021Q3腾讯营收同比增长13%", "2021Q3"),
        ("2022年营收5545亿元，腾讯增速放缓", "2022年营收"),
        ("2022 年营收5545亿元，腾讯增速放缓", "2022 年营收"),  # (a space once let it through)
        ("2023年度十大小程序", None),
        ("2018-2020年腾讯投资全景", None),  # a range
        ("2011至2023，微信的十二年", None),
        ("2000万用户涌入视频号", None),  # a number
        ("2022年3月23日，腾讯发布财报", "2022年3月"),  # a date: a dateline's business
        ("腾讯2022年营收5545亿元", "2022年营收"),  # not at the start
        ("张小龙：年薪近3亿微信之父他是如何做到的", None),
    ],
)
def test_a_year_in_the_title_that_is_no_subject_does_not_date_it(
    ontology: Ontology, title: str, evidence: str | None
) -> None:
    dating = _dating(f"# {title}\n\n视频号上线了新的直播功能。", ontology)
    assert dating.source == ("text dates" if evidence else None)
    assert dating.evidence == evidence


def test_the_first_line_of_a_plain_text_is_its_title(ontology: Ontology) -> None:
    text = "2024，腾讯的进步\n\n视频号取得了不错的发展。"
    assert _dating(text, ontology, "a.txt") == Dating(2024, None, "title", "2024，腾讯的进步")
    # A text without a title is titled by its opening words: they are no title.
    text = "2020年，受疫情影响，部分公司启动远程办公模式，钉钉一度霸占App下载榜第一。"
    assert _dating(text, ontology, "a.txt") == Dating(None, None, None, None)


def test_the_title_year_comes_before_the_date(ontology: Ontology) -> None:
    text = "---\ntitle: 2024，腾讯的进步\ndate: 2025-01-02\n---\n视频号取得了不错的发展。"
    assert _dating(text, ontology) == Dating(2024, None, "title", "2024，腾讯的进步")


@pytest.mark.parametrize(
    ("title", "date", "year", "source"),
    [
        # 极客公园's 极客早知道 of 2024-11-14: next year's public holidays are news to come.
        ("2025 假期出炉，取消超长调休；李子柒消失 3 年正式复出", "2024-11-14", 2024, "date"),
        # 鸟哥笔记 of 2021-12-31: a late-December piece opens the next year already.
        ("2022协同办公两大阵营PK，起底_大厂_的背后逻辑", "2021-12-31", 2022, "title"),
        ("2024，腾讯的进步", "2024-01-25", 2024, "title"),  # 刘润
    ],
)
def test_a_title_year_after_the_date_is_to_come(
    ontology: Ontology, title: str, date: str, year: int, source: str
) -> None:
    text = f"---\ntitle: {title}\ndate: {date}\n---\n视频号取得了不错的发展。"
    dating = _dating(text, ontology)
    assert (dating.year, dating.source) == (year, source)


def test_an_event_comes_before_the_title_year(ontology: Ontology) -> None:
    text = "# 2024，腾讯的进步\n\n1月4日，腾讯广告举办了2024腾讯智慧营销峰会。"
    dating = _dating(text, ontology)
    assert (dating.year, dating.source) == (2024, "event")
    text = "# 2023，腾讯的进步\n\n1月4日，腾讯广告举办了2024腾讯智慧营销峰会。"
    assert _dating(text, ontology).year == 2024


# ------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "year", "phrase"),
    [
        ("2019年1月10日消息，微信发布了7.0版本。", 2019, "2019年1月10日"),
        ("IT之家 1 月 10 日消息，微信发布了7.0版本。\n\n（2019年1月10日）", 2019, "2019年1月10日"),
        ("（2021年3月5日）\n\n视频号上线了新的直播功能。", 2021, "2021年3月5日"),
        (  # 数智前线's WeChat clip header, 2025-09-23
            "Original 游勇 数智前线 2025年09月23日 08:55\n\n一个是数据库DevOps场景。",
            2025,
            "2025年09月23日",
        ),
        (  # 36kr, 2021-07-21
            "2021年7月21日，阿拉丁研究院正式发布《2021年上半年小程序互联网发展白皮书》。",
            2021,
            "2021年7月21日",
        ),
        ("发布时间：2020-05-08 10:30\n\n钉钉一度霸占App下载榜第一。", 2020, "2020-05-08"),
        # Layabox's news pages (eval/tune/layabox-*): a date under the title, bare or labelled
        (
            "LayaAir引擎3D捏脸换装游戏案例\n\n2019-09-27\n\n本期我们来推荐两款游戏。",
            2019,
            "2019-09-27",
        ),
        (
            "LayaAir引擎2019年超千款3D案例\n\nDate: 2020-2-13\n\n在微信小游戏刚刚爆发的2018年",
            2020,
            "2020-2-13",
        ),
        ("author: charley update: 2018-11-1\n\n共享这个概念大家如今并不陌生。", 2018, "2018-11-1"),
        ("新华社北京2018年1月15日电 小程序上线了新的能力。", 2018, "2018年1月15日"),
        (  # a CSDN post clipped to Logseq (「iOS 审核被拒记录 Guideline 2.5.1 …」): its byline
            "#iOS #审核\n\n时光不染 于 2021-09-05 15:03:36 发布 899 收藏  6\n\n版权声明：本文为博主原创文章。",
            2021,
            "2021-09-05",
        ),
        (  # Jina Reader's header, pasted under a heading into a wiki (「An agent capability library」)
            "概述\n\nPublished Time: 2026-06-22T12:00:00+03:00\n\nMarkdown Content:\nIn the last post",
            2026,
            "2026-06-22",
        ),
    ],
)
def test_a_dateline_dates_the_article(
    ontology: Ontology, text: str, year: int, phrase: str
) -> None:
    mentions = _mentions_of(text, ontology, "a.txt")
    assert detect_event(mentions.document, ontology) == Dating(year, None, "dateline", phrase)
    assert mentions.warnings == (
        f"a.txt: no event named; the year {year} comes from the dateline 「{phrase}」",
    )


@pytest.mark.parametrize(
    ("date", "text", "year", "phrase"),
    [
        ("2022-01-10", "36氪获悉，1月9日，视频号上线了新的直播功能。", 2022, "1月9日"),
        # Published in early January about late December: the dateline's year is the one before.
        ("2017-01-03", "12月28日消息，微信上线了小程序。", 2016, "12月28日"),
        ("2022-01-20", "1月19日，视频号直播可以携带公众号文章链接了。", 2022, "1月19日"),
    ],
)
def test_a_dateline_without_a_year_takes_the_date_s_year(
    ontology: Ontology, date: str, text: str, year: int, phrase: str
) -> None:
    dating = _dating(f"---\ndate: {date}\n---\n{text}", ontology)
    assert dating == Dating(year, None, "dateline", phrase)


@pytest.mark.parametrize(
    "text",
    [
        "1月9日消息，视频号上线了新的直播功能。",  # no year anywhere to give it
        "7月18日晚间，人工智能初创公司ObEN宣布获得500万美元战略投资。",
        "视频号上线了新的直播功能。" * 50 + "\n\n2019年6月24日，漂流瓶正式关闭。",  # not the top
        "漂流瓶在2019年6月24日正式关闭。",  # inside a sentence: a story's date
        "版本说明\n\n2019-06-24 关闭漂流瓶。",  # a date opening a line of text: no dateline
    ],
)
def test_a_date_that_is_no_dateline_does_not_date_the_article(
    ontology: Ontology, text: str
) -> None:
    dating = _dating(text, ontology, "x.txt")
    # Only the last resort, the month the text names, may date it.
    assert dating.event is None
    assert dating.source in (None, "text dates")


def test_the_unix_epoch_is_no_dateline(ontology: Ontology) -> None:
    # An archive of exported 公众号 posts (「Karpathy 最新方法论：把 LLM 当编译器用…」): the
    # exporter's lost timestamp dated it 1970; the text's opening date is the article's.
    text = (
        "# Karpathy 最新方法论\n\n> 公众号: Vibe编码\n> 发布时间: 1970-01-01 08:33:46\n\n---\n"
        "2026 年 4 月 3 日，Andrej Karpathy 在 X 上发了一篇长帖。"
    )
    assert _dating(text, ontology) == Dating(2026, None, "dateline", "2026 年 4 月 3 日")
    # (「Android×鸿蒙×AI 周刊#7」): with no other date, the epoch dates nothing, not even last.
    text = "# 周刊#7\n\n> 公众号: 鸿洋\n> 发布时间: 1970-01-01 08:33:45\n\n本周技术周刊上线。"
    assert _dating(text, ontology).year is None


def test_a_dateline_comes_before_the_date(ontology: Ontology) -> None:
    text = "---\ndate: 2023-05-01\n---\n2019年1月10日消息，微信发布了7.0版本。"
    assert _dating(text, ontology) == Dating(2019, None, "dateline", "2019年1月10日")


def test_a_timeline_date_alone_on_its_line_gives_way_to_the_date(ontology: Ontology) -> None:
    # A retrospective's timeline heading has a bare date's shape: weak, like a paragraph's opening.
    text = "---\ndate: 2022-03-01\n---\n2011-01-21\n\n微信上线。十一年后，视频号上线了直播。"
    assert _dating(text, ontology) == Dating(2022, None, "date", "2022-03-01")


def test_a_story_date_that_opens_the_text_gives_way_to_the_date(ontology: Ontology) -> None:
    # 「2011年1月21日，微信上线。」 opens a 2022 article: a story's date, not its dateline.
    text = "---\ndate: 2022-03-01\n---\n2011年1月21日，微信上线。十一年后，视频号上线了直播。"
    assert _dating(text, ontology) == Dating(2022, None, "date", "2022-03-01")


# ------------------------------------------------- results releases


def test_a_results_release_dates_the_article(ontology: Ontology) -> None:
    # 腾讯's press release of 2016-08-17: no title, date or dateline kg reads, but its lead
    # says which results it releases.
    mentions = match(
        segment(load(TUNE / "tencent-2016-q2-interim-results.txt"), ontology), ontology
    )
    phrase = "公布 2016 年第二季度及中期业绩"
    assert detect_event(mentions.document, ontology) == Dating(
        2016, None, "results release", phrase
    )
    assert mentions.warnings == (
        f"{mentions.document.path}: no event named; the year 2016 comes from the results "
        f"release 「{phrase}」",
    )


@pytest.mark.parametrize(
    ("text", "year", "phrase"),
    [
        # 36kr, 2022-03-23 (its dateline left out): a year's results come out the next year.
        (
            "腾讯发布了2021年财报，在主业增长遭遇瓶颈的情况下，投资收益一枝独秀，"
            "占到了总盈利的65%。",
            2022,
            "发布了2021年财报",
        ),
        # woshipm, 2022-04-07: a fourth quarter's too.
        (
            "最近，瑞幸咖啡发布了2021年第四季度的财务报告，又重新聚集了人们的目光。",
            2022,
            "发布了2021年第四季度的财务报告",
        ),
        # 36kr, 2022-03-31
        (
            "3月29日，有赞发布的2021年业绩报告显示，其年度亏损由2020年的5.5亿元升至32.9亿元。",
            2022,
            "发布的2021年业绩",
        ),
        # 36kr, 2022-05-05
        (
            "首次公开视频号带货直播的成绩后，腾讯在3月发布2021全年财报，"
            "提到视频号将会提供重要的商业化机会。",
            2022,
            "发布2021全年财报",
        ),
        # unknown, 2024-08: a half year's end, in a sentence that names the results.
        (
            "而根据二季度财报显示，截至2024年6月30日，腾讯有105506名员工，比半年前多了89人。",
            2024,
            "截至2024年6月30日",
        ),
        # 36kr, 2022-03-23: a year's end.
        (
            "财报披露，截至2021年末腾讯于联营公司的投资中，直接及间接持有的上市股权权益的"
            "公允价值为人民币6346.61亿元。",
            2022,
            "截至2021年末",
        ),
    ],
)
def test_a_results_release_is_dated_by_its_period(
    ontology: Ontology, text: str, year: int, phrase: str
) -> None:
    assert _dating(text, ontology, "x.txt") == Dating(year, None, "results release", phrase)


def test_the_year_after_the_period_is_said_in_the_warning(ontology: Ontology) -> None:
    mentions = _mentions_of("腾讯发布了2021年财报，投资收益占到了总盈利的65%。", ontology)
    assert mentions.warnings == (
        "x.txt: no event named; the year 2022 comes from the results release 「发布了2021年"
        "财报」, the results of 2021 being released in 2022",
    )


@pytest.mark.parametrize(
    "text",
    [
        # A figure's date, not a release's (36kr, 2021-07-21; 36kr, 2022-05-05).
        "统计平台和阿拉丁指数测算，截至2021年6月，全网小程序数量已经超过700万。",
        "据快手官方数据，截至2021年11月，快手电商新入驻品牌数量增长186.1%。",
        # Results cited, not released (36kr, 2022-03-23).
        "“增加视频号的内容创作及观看量”，被腾讯着重写在2021年财报中，作为自身业务的佐证。",
        # A release further in than the lead is one the article cites.
        "视频号上线了新的直播功能。" * 50 + "\n\n腾讯发布了2021年财报。",
    ],
)
def test_a_period_that_no_release_reports_does_not_date_the_article(
    ontology: Ontology, text: str
) -> None:
    dating = _dating(text, ontology, "x.txt")
    # Only the last resort, the month the text names, may date it.
    assert dating.event is None
    assert dating.source in (None, "text dates")


def test_a_results_release_comes_after_the_dateline_and_date_and_before_a_mention(
    ontology: Ontology,
) -> None:
    # 36kr, 2022-03-23: the dateline is the publication day; the release's period only
    # tells it where nothing else does.
    assert detect_event(load(TUNE / "36kr-tencent-results-vc.html"), ontology) == Dating(
        2022, None, "dateline", "2022年3月23日"
    )
    release = "腾讯发布了2021年财报，投资收益占到了总盈利的65%。"
    dated = f"---\ndate: 2023-05-01\n---\n{release}"
    assert _dating(dated, ontology) == Dating(2023, None, "date", "2023-05-01")
    mentioned = release + "视频号上线了新的直播功能。" * 50 + "\n\n从微信公开课2024的数据来看。"
    assert _dating(mentioned, ontology, "x.txt") == Dating(
        2022, None, "results release", "发布了2021年财报"
    )


# ------------------------------------------------- file and folder names


@pytest.mark.parametrize(
    ("name", "year", "source", "what"),
    [
        ("2016_x.md", 2016, "file name", "file name 2016_x.md"),
        ("2016-x.md", 2016, "file name", "file name 2016-x.md"),
        ("2016.md", 2016, "file name", "file name 2016.md"),
        ("2016-12-28-wechat.md", 2016, "file name", "file name 2016-12-28-wechat.md"),
        ("2021/x.md", 2021, "folder", "folder 2021"),
        ("2022-Q4/x.md", 2022, "folder", "folder 2022-Q4"),
        ("news/2018/01/15/readme.md", 2018, "folder", "folder 2018"),
    ],
)
def test_a_file_or_folder_name_is_the_last_resort(
    tmp_path: Path, ontology: Ontology, name: str, year: int, source: str, what: str
) -> None:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("视频号上线了新的直播功能。\n", encoding="utf-8")
    mentions = match(segment(load(path), ontology), ontology)
    evidence = what.split(" ", 2)[-1]
    assert detect_event(mentions.document, ontology) == Dating(year, None, source, evidence)
    assert mentions.warnings == (
        f"{path}: nothing in the article dates it; the year {year} comes from its {what}, "
        "a last resort: write date: or year: in its front matter",
    )


@pytest.mark.parametrize(
    "name",
    [
        "x2016.md",
        "news-2016-x.md",
        "12016_x.md",
        "20160_x.md",
        "2016x.md",
        "a/2016x/b.md",
        "2021/news/x.md",
    ],
)
def test_a_year_inside_a_name_never_dates_it(tmp_path: Path, ontology: Ontology, name: str) -> None:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("视频号上线了新的直播功能。\n", encoding="utf-8")
    assert detect_event(load(path), ontology) == Dating(None, None, None, None)


def test_the_file_name_gives_way_to_a_date(tmp_path: Path, ontology: Ontology) -> None:
    path = tmp_path / "2016_x.md"
    path.write_text("---\ndate: 2017-01-09\n---\n视频号上线了新的直播功能。\n", encoding="utf-8")
    assert detect_event(load(path), ontology) == Dating(2017, None, "date", "2017-01-09")


# ------------------------------------------------- front matter year: and event:


@pytest.mark.parametrize(
    ("front", "dating"),
    [
        ("year: 2021", Dating(2021, None, "front-matter year", "2021")),
        ("year: '2021'", Dating(2021, None, "front-matter year", "2021")),
        (
            "event: 2023微信公开课PRO",
            Dating(2023, f"{PRO}2023", "front-matter event", "2023微信公开课PRO"),
        ),
        (  # an event's own label in the ontology
            "event: 2023微信公开课PRO·微信之约",
            Dating(2023, f"{PRO}2023", "front-matter event", "2023微信公开课PRO·微信之约"),
        ),
        (
            "event: 微信公开课 PRO 2025",
            Dating(2025, f"{PRO}2025", "front-matter event", "微信公开课 PRO 2025"),
        ),
        (  # a series kg does not know
            "event: 2023世界人工智能大会",
            Dating(2023, None, "front-matter event", "2023世界人工智能大会"),
        ),
        (  # a series without its year, and the year
            "event: 微信公开课PRO\nyear: 2024",
            Dating(2024, f"{PRO}2024", "front-matter year", "2024"),
        ),
    ],
)
def test_front_matter_year_and_event_override_all(
    tmp_path: Path, ontology: Ontology, front: str, dating: Dating
) -> None:
    # Everything else in the article says 2022: the event, the title, the date, the file name.
    path = tmp_path / "2016_x.md"
    path.write_text(
        f"---\n{front}\ntitle: 2022，视频号的进步\ndate: 2022-01-06\n---\n"
        "在 2022 年的微信公开课 PRO 上，视频号上线了新功能。\n",
        encoding="utf-8",
    )
    mentions = match(segment(load(path), ontology), ontology)
    assert detect_event(mentions.document, ontology) == dating
    assert (mentions.year, mentions.event, mentions.year_source) == (
        dating.year,
        dating.event,
        dating.source,
    )


def test_a_front_matter_series_without_a_year_takes_the_year_found(ontology: Ontology) -> None:
    text = "---\nevent: 微信公开课PRO\ndate: 2022-01-06\n---\n视频号上线了新功能。"
    assert _dating(text, ontology) == Dating(2022, f"{PRO}2022", "date", "2022-01-06")


def test_an_unknown_front_matter_event_without_a_year_is_a_warning(ontology: Ontology) -> None:
    text = "---\nevent: 视频号创作者沙龙\ndate: 2022-01-06\n---\n视频号上线了新功能。"
    mentions = _mentions_of(text, ontology, "a.md")
    assert (mentions.year, mentions.event, mentions.year_source) == (2022, None, "date")
    assert mentions.warnings == (
        "a.md: front matter event '视频号创作者沙龙' names no year and no event kg knows "
        "(ontology/events.ttl); it is ignored: write the event with its year "
        "(event: 2023微信公开课PRO) or add year:",
        "a.md: no event named; the year 2022 comes from the date 2022-01-06",
    )


def test_a_front_matter_year_and_event_that_disagree_keep_the_year(ontology: Ontology) -> None:
    text = "---\nyear: 2022\nevent: 2023微信公开课PRO\n---\n视频号上线了新功能。"
    mentions = _mentions_of(text, ontology, "a.md")
    assert (mentions.year, mentions.event, mentions.year_source) == (
        2022,
        None,
        "front-matter year",
    )
    assert mentions.warnings == (
        "a.md: front matter year 2022 and event '2023微信公开课PRO' disagree; the year is 2022 "
        "and the event is dropped: correct one of them",
    )


# ------------------------------------------------- the development corpus, article by article


@pytest.mark.parametrize(
    ("name", "year", "source"),
    [
        ("21cto-zhang-xiaolong-profile.md", 2025, "date"),  # its Hugo front matter
        ("36kr-laoxiangji-private-domain.html", 2022, "date"),
        ("36kr-miniprogram-dau-aladdin.html", 2021, "dateline"),
        ("36kr-questmobile-miniprogram-autumn.html", 2021, "title"),
        ("36kr-shipinhao-live-booking-bug.html", 2022, "date"),
        ("36kr-tencent-oben-investment.html", None, None),
        ("36kr-tencent-q3-payment-cloud.html", None, None),
        ("36kr-tencent-results-vc.html", 2022, "dateline"),
        ("36kr-youzan-wechat-ecosystem.html", 2022, "date"),
        # 「2025 假期出炉」 in the title of a piece of 2024-11-14 (front matter's date)
        ("geekpark-wenxin-yiyan-bilibili-double11-2024.md", 2024, "dateline"),
        ("niaogebiji-collaboration-office-two-camps.html", 2022, "title"),  # of 2021-12-31
        ("chinaz-wechat-group-features.html", None, None),
        # nothing but the months it names: 「2017 年 5 月」, 「2017 年 6 月」
        ("hackernoon-zh-alibaba-quarterly-results-five-things.md", 2017, "text dates"),
        # 晚点LatePost's 「发布日期: 03月10日 23:03」 has no year: 「2024 财年」's results date it.
        ("latepost-foxconn-leapmotor-keeta-xiaohongshu-roundup.md", 2025, "text dates"),
        # 「2019 年 12 月」 is its latest month, 「2025，确实是 AI 应用元年」 a later year it opens.
        ("latepost-manus-founders-wechat-tools.md", 2025, "text dates"),
        ("layabox-3d-minigames-60.md", None, None),
        ("2023-liurun-taobao-wechat-pay.md", 2023, "file name"),  # no date in the text
        # 「2017 年 12 月 28 日，一款叫做《跳一跳》的微信小游戏横空出世」 opens a history
        ("2022-kinghcj-mini-program-present-future.md", 2022, "file name"),
        ("liurun-tencent-progress.md", 2024, "event"),
        ("mydrivers-wechat-windows-360.html", 2022, "date"),
        ("szqx-tencent-cloud-tdai.md", 2025, "event"),
        ("techcrunch-zh-wechat-mini-programs.md", 2017, "source address"),  # 原文：…/2017/01/09/
        ("tencent-2016-q2-interim-results.txt", 2016, "results release"),
        ("2022-tencent-tech-quanzhen-hulian-roundtable.md", 2022, "file name"),
        ("unknown-tencent-2024h1-results.txt", 2024, "mentioned event"),
        ("woshipm-feishu-dingtalk-wecom.html", 2020, "date"),
        ("woshipm-shipinhao-prd.html", 2021, "date"),
        ("woshipm-wechat-8022-perf-tool.html", 2022, "date"),
        ("woshipm-wecom-4-0-datong.html", 2022, "title"),
    ],
)
def test_each_tune_article_gets_its_year(
    ontology: Ontology, name: str, year: int | None, source: str | None
) -> None:
    dating = detect_event(load(TUNE / name), ontology)
    assert (dating.year, dating.source) == (year, source)


@pytest.mark.parametrize(
    ("text", "year", "evidence"),
    [
        # hackernoon-zh-alibaba-quarterly-results-five-things.md: the latest month named wins.
        (
            "阿里巴巴在 2016 年 5 月开始整合。截至 2017 年 6 月，收入增长 56%。2017 年 5 月上线。",
            2017,
            "2017 年 6 月",
        ),
        ("数据截至2019-06-30。", 2019, "2019-06-30"),
        # A year alone dates nothing (36kr-tencent-oben-investment.html: 「2014年」).
        ("ObEN 成立于 2014年，总部位于美国。", None, None),
        ("第13月不是月份：2017年13月。", None, None),
    ],
)
def test_an_article_nothing_else_dates_takes_the_latest_month_it_names(
    ontology: Ontology, text: str, year: int | None, evidence: str | None
) -> None:
    doc = load_text(text, path="x.md")
    dating = detect_event(doc, ontology)
    assert (dating.year, dating.evidence) == (year, evidence)
    assert dating.source == ("text dates" if year else None)
    if year:
        assert any("latest month" in w and "x.md" in w for w in dating.warnings)


_MANUS_MONTH = (
    "2019 年 12 月，企业微信 3.0 版本上线，打通微信通讯录、朋友圈、群聊等，肖弘团队立即推出管理客户"
    "关系的企业微信插件 “微伴” 。"
)
_MANUS_TOPIC = "2025，确实是 AI 应用元年，让我们期待更多的风暴来临。"


@pytest.mark.parametrize(
    ("text", "year", "evidence"),
    [
        # latepost-foxconn-leapmotor-keeta-xiaohongshu-roundup.md: a year's results are
        # reported the next year, later than its latest month.
        (
            "2024 年 6 月，百世宣布已与该买方集团签订私有化合并协议。作为大众汽车的最大股东，"
            "保时捷控股预计 2024 财年税后净亏损约 200 亿欧元，其中 199 亿欧元来自对大众的投资资产贬值。",
            2025,
            "2024 财年",
        ),
        # latepost-manus-founders-wechat-tools.md: a later year that opens a sentence.
        (_MANUS_MONTH + "\n\n" + _MANUS_TOPIC, 2025, "2025，"),
        # ... which alone dates nothing, as a year alone does.
        (_MANUS_TOPIC, None, None),
        # layabox-jinpeng-award.md (the year corpus): a plan is no year looked back on.
        (
            "2016年6月30日发布了旗下第二代精品游戏引擎LayaAir。2017年，LayaBox将继续用技术创新和"
            "精品产品推动HTML5游戏领域发展。",
            2016,
            "2016年6月",
        ),
        # 36kr-miniprogram-dau-aladdin.html: nor is a forecast of a year's results.
        ("阿拉丁研究院认为，小程序电商作为“商业标配”，预计2021年全年GMV将接近3万亿。", None, None),
        # woshipm-q3-results-moats-tencent-alibaba-kuaishou: a quarter of a fiscal year is no
        # year's results; a quarter of a year dates as its months do.
        ("阿里2022财年二季度财报不太好看。", None, None),
        ("阿里2022财年二季度财报（即2021年Q3）不太好看。", 2021, "2021年Q3"),
        # hackernoon-zh-chinese-tech-trio-holdings.md, 晚点's piece on 阿里云 (fresh batch E): a
        # quarter, a part of a year.
        ("其《王者荣耀》是 2017 年 Q1 全球下载量最高的应用。", 2017, "2017 年 Q1"),
        (
            "2022 年，阿里云还在强调高质量增长和盈利。2023 年初的大模型热潮带来了新增长空间。",
            2023,
            "2023 年初",
        ),
        # 年中 opens 「2021年中国…」 and 年初 「2020年初步核算」: no part of a year.
        ("2021年中国短视频用户规模继续增长。2020年初步核算的数据显示，电商增长。", None, None),
        # 36kr-tiktok-ecommerce-gmv-2021.html (its front matter left out): a year's takings
        # named by the year alone are reported the next year; the next year's target is a plan.
        (
            "36氪从多个信源处了解到，TikTok电商2021年GMV最高约60亿元。36氪另外了解到，"
            "TikTok电商2022年GMV目标接近120亿元，在2021年的基础上翻了接近一倍。",
            2022,
            "2021年GMV",
        ),
        # woshipm-q3-results-moats-tencent-alibaba-kuaishou: 「的」 between them.
        ("而快手、抖音则在 2020 年的 GMV 为 3812 亿与 1000 亿水平。", 2021, "2020 年的 GMV"),
        # A year's deal is no year's takings.
        ("腾讯于2016年收购了Supercell。", None, None),
        # huxiu-morning-didi-recording-google-jedi.html (a 2018 morning roundup): a month in a
        # forecast dates nothing (「预计将于2019年4月」), a year's loss before tax is a year's
        # takings (「DeepMind 2017年税前亏损」: reported in 2018).
        (
            "台积电这时间点提前了一年左右，预计将于2019年4月开始实现5nm EUV风险试产。"
            "该文件显示，DeepMind 2017年税前亏损2.819亿英镑(约合3.68亿美元)。"
            "指控谷歌在2011年8月至2012年2月期间，绕过苹果iPhone版Safari的隐私设置。",
            2018,
            "2017年税前亏损",
        ),
        ("台积电预计将于2019年4月开始实现5nm EUV风险试产。", None, None),
    ],
)
def test_an_undated_article_takes_the_latest_year_its_text_looks_back_on(
    ontology: Ontology, text: str, year: int | None, evidence: str | None
) -> None:
    dating = detect_event(load_text(text, path="x.md"), ontology)
    assert (dating.year, dating.evidence) == (year, evidence)
    assert dating.source == ("text dates" if year else None)


def test_an_undated_article_is_not_older_than_the_pages_it_links_to(ontology: Ontology) -> None:
    # geekculture-zh-tiktok-breaks-economics.md, a translated Medium column: its text names
    # 「2021 年，…亏损」 (a clause between the year and the loss), its links name 2022's days.
    text = (
        "# 抖音打破了经济学\n\n尽管增长令人印象深刻，但抖音离实际利润还差得很远。"
        "[2021 年，抖音母公司字节跳动亏损**850 亿美元**](https://musically.com/2022/10/07/"
        "bytedance-2021-financials/) 。据 [CNN 商业文章](https://www.cnn.com/2021/09/20/tech/"
        "china-tiktok-douyin-usage-limit-intl-hnk)，抖音限制了青少年的使用时间。\n"
    )
    dating = detect_event(load_text(text, path="x.md"), ontology)
    assert (dating.year, dating.source, dating.evidence) == (2022, "text dates", "2022/10/07")
    assert "the day of the latest page it links to" in dating.warnings[-1]
    # An HTML page's links (huxiu-morning-didi-recording-google-jedi.html), the later of them
    # and of the months its text names.
    html = (
        '<p>据新浪科技报道，<a href="https://tech.sina.com.cn/i/2018-10-08/doc-ifxeuwws.shtml">'
        "谷歌</a>在2011年8月至2012年2月期间绕过了Safari的隐私设置。</p>"
    )
    dating = detect_event(load_text(html, path="x.html"), ontology)
    assert (dating.year, dating.evidence) == (2018, "2018-10-08")
    # A web archive's snapshot stamp is no day; a later month named in the text wins.
    text = (
        "据[报道](https://web.archive.org/web/20221206083149/http://technode.com/2017/06/15/x)，"
        "到 2019 年 3 月，王者荣耀的用户超过 2 亿。"
    )
    dating = detect_event(load_text(text, path="x.md"), ontology)
    assert (dating.year, dating.evidence) == (2019, "2019 年 3 月")


def test_an_escaped_address_a_redirect_carries_is_read_for_its_day(ontology: Ontology) -> None:
    # 少数派 (sspai.com) links through its redirect, the page it leads to escaped: a Jekyll
    # post's name carries its day (eval/years: sspai-homebrew-4-review.md, whose text names
    # 「2009 年 5 月」 only as Homebrew's start).
    text = (
        "Homebrew 于 2009 年 5 月发布了第一个版本。前不久，Hombrew 延续近年来隔年出一个大版本的传统，"
        "更新到了 4.0.0 版。根据[更新日志](https://sspai.com/link?target=https%3A%2F%2Fgithub.com%2F"
        "Homebrew%2Fbrew.sh%2Fblob%2Fmaster%2F_posts%2F2023-02-16-homebrew-4.0.0.md)，4.0.0 版的重点"
        "功能是改变了安装信息的获取方式。"
    )
    dating = _dating(text, ontology, "x.md")
    assert (dating.year, dating.source, dating.evidence) == (2023, "text dates", "2023-02-16")


@pytest.mark.parametrize(
    "opening",
    ["2018年11月7日-9日", "2018年11月7-9日", "2018年11月7日至9日", "2018年11月30日-12月2日"],
)
def test_the_first_of_an_events_days_opening_the_lead_is_its_dateline(
    ontology: Ontology, opening: str
) -> None:
    # An event's days open its write-up (eval/years: netease-wuzhen-cafe-wu-hequan.html); 将
    # (the report was written before it) does not make the date a forecast.
    text = f"{opening}，第五届世界互联网大会将在乌镇举行，这座千年古镇又一次迎来了它的高光时刻。"
    dating = _dating(text, ontology, "x.txt")
    assert (dating.year, dating.source) == (2018, "dateline")


@pytest.mark.parametrize("meeting", ["员工大会", "全员大会", "股东大会", "股东周年大会"])
def test_a_companys_meeting_of_its_own_people_is_no_event_reported(
    ontology: Ontology, meeting: str
) -> None:
    # eval/years: 36kr-big-tech-ceos-cost-cutting-winter.html, of 2022-04-11, looks back on a
    # staff meeting of 2021 in its lead; the front-matter date dates it.
    text = (
        "---\ntitle: 腾讯阿里和字节们如何过冬？\ndate: Mon, 11 Apr 2022 04:00:33 GMT\n---\n\n"
        f"“过冬”是腾讯董事会主席兼首席执行官马化腾在2021年{meeting}上提及的关键词。\n"
    )
    dating = _dating(text, ontology)
    assert (dating.year, dating.source) == (2022, "date")
    # A public event of the same shape is still the one reported.
    public = _dating(text.replace(meeting, "百度AI开发者大会"), ontology)
    assert (public.year, public.source) == (2021, "event")


def test_the_future_of_an_announcement_after_a_date_is_no_forecast(ontology: Ontology) -> None:
    # eval/years: unknown-messenger-chatbots-need-humans.html: 宣布将 tells what was announced in
    # April 2016, and the date stands.
    text = (
        "2016年4月，马克·扎克伯格在Facebook的F8会议上为Messenger上的开发者们描述了一个光明的未来，"
        "并宣布将进入“像和朋友一样与机器人聊天”的新时代。"
    )
    dating = _dating(text, ontology, "x.txt")
    assert (dating.year, dating.source, dating.evidence) == (2016, "text dates", "2016年4月")
    # What the announcement goes on to say is announced too (eval/years:
    # yicai-spacex-falcon-heavy-launch.txt).
    text = (
        "马斯克曾在2017年9月表示，将于2020年在火星降落两艘货船，并计划建造“巨型猎鹰火箭”（BFR）。"
    )
    dating = _dating(text, ontology, "x.txt")
    assert (dating.year, dating.evidence) == (2017, "2017年9月")
    # Announced before the date, the date is the plan's: no year.
    assert _dating("腾讯宣布将于2025年1月上线新的支付功能。", ontology, "x.txt").year is None


def test_a_years_annual_report_named_dates_an_undated_article_to_the_year_after(
    ontology: Ontology,
) -> None:
    # 「2017年财报」 as 「2017年营收」 (eval/years: yicai-bmw-daimler-mobility-merger.txt).
    text = (
        "比如奥迪就在最近举办的2017年财报年会上称要在组织结构上进行变革，以达到更加高效的工作效率。"
    )
    dating = _dating(text, ontology, "x.txt")
    assert (dating.year, dating.source, dating.evidence) == (2018, "text dates", "2017年财报")


def test_a_day_written_as_eight_digits_dates_an_undated_issue(ontology: Ontology) -> None:
    # A newsletter dates its issue in its title (eval/years: productweekly-issue-20.md).
    dating = _dating("# 产品周刊 | 第 20 期（20200621）\n\n本期推荐三款效率工具。\n", ontology)
    assert (dating.year, dating.source, dating.evidence) == (2020, "text dates", "20200621")
    # Not inside a longer number or a word (an order number, an id), nor a day that is none,
    # nor the Unix epoch.
    for title in (
        "订单号202006211234",
        "编号A20200621",
        "第 20 期（20201341）",
        "第 1 期（19700101）",
    ):
        assert _dating(f"# {title}\n\n本期推荐三款效率工具。\n", ontology).year is None


def test_a_half_year_written_without_its_year_word_is_named_as_its_months(
    ontology: Ontology,
) -> None:
    # 「2018上半年」 as 「2018年上半年」 (eval/years: pingwest-qutoutiao-cfo-wang-jingbo-interview.txt).
    text = "你们在获取内容上的成本从2017年上半年的22%到2018上半年的39%，是怎么考虑的？"
    dating = _dating(text, ontology, "x.txt")
    assert (dating.year, dating.source, dating.evidence) == (2018, "text dates", "2018上半年")


def test_an_event_named_with_a_latin_slash_is_reported(ontology: Ontology) -> None:
    # 「I/O」 (eval/years: netease-google-now-on-tap-search-comeback.txt), and no slash
    # between figures: 「2015/16年度大会」 names a season.
    text = (
        "谷歌在周四召开的2015年谷歌I/O开发者大会推出的“Now on Tap ”新功能，让搜索回到了用户身边。"
    )
    dating = _dating(text, ontology, "x.txt")
    assert (dating.year, dating.source, dating.evidence) == (
        2015,
        "event",
        "2015年谷歌I/O开发者大会",
    )
    assert _dating("2015/16年度大会在伦敦召开。", ontology, "x.txt").source is None


def test_the_months_an_undated_article_names_are_read_in_its_title_too(
    ontology: Ontology,
) -> None:
    # shengcai-wechat-wenyiwen-handbook.md: a handbook whose title alone names its month.
    text = (
        "# 微信问一问丨 Mini 航海实战手册丨 2025 年 7 月航海\n\n"
        "“问一问”是微信于 2023 年推出的社区问答功能，依托微信“搜一搜”平台，允许用户提问、解答。\n"
    )
    dating = detect_event(load_text(text, path="x.md"), ontology)
    assert (dating.year, dating.source, dating.evidence) == (2025, "text dates", "2025 年 7 月")
    # A plain text's opening words are no title: read once, as the text.
    plain = detect_event(load_text("2025 年 7 月，微信上线了问一问。", path="x.txt"), ontology)
    assert (plain.year, plain.evidence) == (2025, "2025 年 7 月")


@pytest.mark.parametrize(
    ("path", "year", "source"),
    [
        # 2022-kinghcj-mini-program-present-future.md: a date years before the name's year
        # opens a history, not the article.
        ("2022-history.md", 2022, "file name"),
        # Within a year before the name's year ends, the date that opens the paragraph is
        # the dateline.
        ("2017-news.md", 2017, "dateline"),
        ("news.md", 2017, "dateline"),
    ],
)
def test_a_date_opening_a_paragraph_must_agree_with_the_year_of_the_file_name(
    ontology: Ontology, path: str, year: int, source: str
) -> None:
    text = "2017 年 12 月 28 日，一款叫做《跳一跳》的微信小游戏横空出世。"
    dating = detect_event(load_text(text, path=path), ontology)
    assert (dating.year, dating.source) == (year, source)


def test_a_date_opening_a_paragraph_is_no_older_than_a_year_the_text_names(
    ontology: Ontology,
) -> None:
    # latepost-alibaba-taobao-2023-five-strategies.txt (no front matter, no year in its name):
    # a history's date opens a paragraph of a piece that names 「2023 年 1 月」.
    text = (
        "《晚点 LatePost》独家获悉，阿里的管理层们近期确定了淘宝今年的五大战略。根据 QuestMobile 的数据，"
        "过去一年（2022 年 2 月 - 2023 年 1 月），淘宝的日活跃用户数有所增长。\n\n"
        "2019 年 11 月 15 日，阿里巴巴第二次赴港上市，张勇发了第一封致股东信。\n"
    )
    dating = detect_event(load_text(text, path="x.txt"), ontology)
    assert (dating.year, dating.source, dating.evidence) == (2023, "text dates", "2023 年 1 月")
    # Nothing later named: the paragraph's date stands.
    alone = detect_event(load_text(text.split("\n\n")[1], path="x.txt"), ontology)
    assert (alone.year, alone.source) == (2019, "dateline")


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


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # techcrunch-zh-wechat-mini-programs.md: a translation names its original.
        (
            "原文：https://web.archive.org/web/https://techcrunch.com/2017/01/09/wechat-mini-programs/\n\n"
            "今天是 iPhone 十周年纪念日。",
            2017,
        ),
        ("原文链接：https://www.example.com/news/2021-03-05/tencent.html\n\n视频号上线了。", 2021),
        # A link inside the text is no source line: it points to an older article as often
        # (it dates an article nothing else dates, as a last resort: see below).
        ("据[报道](https://techcrunch.com/2015/06/22/consumers-spend/)，微信上线了。", None),
        # A web archive's snapshot stamp is no date of the article's; nor is an impossible date.
        ("原文：https://web.archive.org/web/20230221155555/https://example.com/a\n\n正文。", None),
        ("原文：https://example.com/2019/13/45/a\n\n正文。", None),
    ],
)
def test_a_repost_is_dated_by_the_address_it_names_as_its_source(
    ontology: Ontology, text: str, year: int | None
) -> None:
    dating = detect_event(load_text(text, path="repost.md"), ontology)
    if year is None:
        assert dating.source != "source address"
    else:
        assert (dating.year, dating.source) == (year, "source address")


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("微信公众号的2022：累计发文超3.98亿篇", 2022),  # huxiu-gongzhonghao-annual-review.md
        ("腾讯的2024", 2024),
        ("视频号的2023年计划", None),  # a plan of that year, not the year's review
        ("它的2000万用户", None),
    ],
)
def test_a_year_review_is_dated_by_the_year_its_title_names_after_de(
    ontology: Ontology, title: str, year: int | None
) -> None:
    dating = detect_event(load_text(f"# {title}\n\n正文没有日期。\n", path="review.md"), ontology)
    assert (dating.year, dating.source) == ((year, "title") if year else (None, None))


def test_the_labels_nested_in_a_label_are_those_a_pairwise_search_finds() -> None:
    # The matcher finds them by looking up a label's substrings (a pairwise search took 33 s
    # for an ontology of 20,000 terms): the same table as the definition, on the shipped
    # ontology.
    from kg.match import _build
    from kg.normalize import matching_form
    from kg.ontology import load_ontology

    ontology = load_ontology()
    labels = {matching_form(key).casefold(): iri for key, iri in ontology.labels.items()}
    expected = {}
    for key, iri in labels.items():
        inner = [(k, labels[k]) for k in labels if k != key and k in key and labels[k] != iri]
        maximal = {v for k, v in inner if not any(k != k2 and k in k2 for k2, _ in inner)}
        if maximal:
            expected[key] = tuple(sorted(maximal))
    assert _build(ontology).nested == expected
