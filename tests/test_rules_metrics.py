"""The metric rule (kg.rules.metrics) on real sentences of articles that kg was not tuned on:
which numbers are figures, what each is about, what it measures, and whether it is a growth.

Every sentence is quoted from an article of eval/tune (named beside it). Terms the shipped
ontology lacks are added the way `kg suggest` adds them: a class and a label, nothing else.
Each shape is found in several articles (the comments say which); a shape one sentence
needs is no rule.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.loaders import load_text
from kg.ontology import Ontology, load_ontology
from kg.pipeline import extract
from kg.records import Fact
from kg.rules.metrics import measure_of

#: Terms of the tune articles that the shipped ontology lacks, as `kg suggest` writes them.
SUGGESTED = {
    "Company": (
        "有赞 微盟 ObEN 老乡鸡 九鼎装饰 壹窑茶业 迪奥 路易威登 古驰 QuestMobile 阿拉丁研究院 苏宁易购"
    ),
    "Product": "金山文档 快手 钉钉 飞书 疯狂的球球2",
    "Capability": "朋友圈 视频通话 AI客服",
}

METRIC = "https://kg.example/id/metric/"


@pytest.fixture(scope="module")
def suggested(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the tune articles' terms, each with a class and a label."""
    lines = [
        "@prefix kg: <https://kg.example/schema#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
    ]
    for cls, names in SUGGESTED.items():
        for i, name in enumerate(names.split()):
            lines.append(
                f"<https://kg.example/id/test/{cls.lower()}-{i}> a kg:{cls} ; "
                f'skos:prefLabel "{name}"@zh .'
            )
    path = tmp_path_factory.mktemp("suggested") / "suggested.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_ontology(root / "ontology", add=[path])


def figures(ontology: Ontology, text: str) -> list[Fact]:
    """The metric facts of a passage, in order."""
    facts = extract(load_text(text, path="case.md"), ontology).facts
    return [f for f in facts if f.predicate == "metric"]


def values(ontology: Ontology, text: str) -> set[tuple[str, str, str]]:
    """(subject, value, unit) of each figure of a passage."""
    return {(ontology.label(f.subject), str(f.value), str(f.unit)) for f in figures(ontology, text)}


# ---------------------------------------------------------------- numbers that are no figure


@pytest.mark.parametrize(
    "text",
    [
        # A list or section number opening a clause (36kr-questmobile-miniprogram-autumn.html;
        # 36kr-youzan-wechat-ecosystem.html: 「1 突然开启的新一轮裁员」).
        "2.1 高奢品牌布局微信小程序成效显现，平台用户独立性突出。",
        # A version glued to its product (woshipm-wecom-4-0-datong.html, three times).
        "正是因为这样企业微信4.0的升级也助力很多企业去解决这样的问题。",
        "2016年4月18日企业微信1.0上线，主要聚焦于IM场景。",
        # A small count that describes, not measures (woshipm-feishu-dingtalk-wecom.html;
        # layabox-3d-minigames-60.md: 「精选了15款」; liurun-tencent-progress.md: 「5个层级」).
        "飞书、钉钉、企业微信都采用底部标签导航，飞书、钉钉有5个tab，而企业微信有4个。",
        # A question states nothing (36kr-shipinhao-live-booking-bug.html; the headlines of
        # unknown-tencent-2024h1-results.txt).
        "那么问题又来了，为什么微信没有让用户设置超过1次的直播预约链接？",
        # A scenario told to the reader (chinaz-wechat-group-features.html;
        # liurun-tencent-progress.md: 「你打开网购平台，9块9包邮的商品」, 「上万的沙发，你…」).
        "群主终于能够中央集权了，这个功能解救了不少运营微信群的伙伴，之前是个人就能拉人进群的"
        "时代算是过去了，但姑婆觉着，你想要弄一个500人的大群，"
        "还是有够麻烦的，得不停地确认确认确认......",
        # A name or slogan in quotes, a title in 《》 (36kr-laoxiangji-private-domain.html,
        # four times; layabox-3d-minigames-60.md).
        "为了降低用户的决策门槛，老乡鸡主要通过社群里发放优惠券和小程序中的“77会员卡”。",
        "《疯狂的球球2》的基础操作与之前推荐的两款游戏一样，也是一款避障的小球跑酷游戏。",
        # A time of day, a shopping day (36kr-miniprogram-dau-aladdin.html;
        # woshipm-wecom-4-0-datong.html).
        "小程序使用时段跨度从7时至22时均衡分布。",
        "上图是近期我在朋友圈刷到的直播分享，正好赶上了618，视频号的直播很热闹。",
        # A bound, not a count (woshipm-feishu-dingtalk-wecom.html).
        "钉钉跟企业微信的消息页面顶部还有几个消息分类的入口，一般tab不会超过5个。",
    ],
)
def test_numbers_that_are_no_figure(suggested: Ontology, text: str) -> None:
    assert figures(suggested, text) == []


def test_a_count_like_a_year_and_a_figure_of_magnitude_are_figures(suggested: Ontology) -> None:
    # woshipm-wecom-4-0-datong.html (1900个, not the year 1900); 36kr-questmobile (10亿量级,
    # 百万量级: the order of magnitude a measure reached, three times).
    text = "企业微信新品发布会数据：1232个开放接口，6000+优质服务商，1900个优质第三方应用。"
    assert ("企业微信", "1900", "count") in values(suggested, text)
    text = "1、随着微信生态日益完善，月活跃用户规模已达10亿量级，承接服务功能的微信小程序与生态连接加深。"
    assert values(suggested, text) == {("微信", "1000000000", "count")}


def test_a_figure_restated_in_another_currency_is_read_once(suggested: Ontology) -> None:
    # 36kr-tencent-q3-payment-cloud.html (twice in one paragraph).
    text = "总体财务状况方面，腾讯三季度总收入为人民币403.88亿元（60.48亿美元）。"
    assert values(suggested, text) == {("腾讯", "40388000000", "CNY")}


# ---------------------------------------------------------------- whose figure it is


def test_an_organisation_has_its_own_figures(suggested: Ontology) -> None:
    # unknown-tencent-2024h1-results.txt; 36kr-youzan-wechat-ecosystem.html; 36kr-tencent-results-vc
    text = (
        "8月14日，腾讯发布财报，今年上半年，腾讯控股实现营收3206.18亿元，同比增长7%；\n\n"
        "财报显示，2019年，有赞员工人数2941人，到了2020年底，员工人数增长到3603人，"
        "2021年又增长到4494人。"
    )
    facts = figures(suggested, text)
    assert {(suggested.label(f.subject), f.object, str(f.value)) for f in facts} >= {
        ("有赞", "员工人数", "2941"),
        ("有赞", "员工人数", "3603"),
        ("有赞", "员工人数", "4494"),
    }
    # 腾讯控股 is not in the ontology: the figures are 腾讯's, named in the sentence.
    assert ("腾讯", "320618000000", "CNY") in values(suggested, text)
    assert ("腾讯", "7", "percent") in values(suggested, text)


def test_who_reports_a_figure_is_not_what_it_is_about(suggested: Ontology) -> None:
    # unknown-tencent-2024h1-results.txt (腾讯提到了…); 36kr-miniprogram-dau-aladdin.html
    # (阿拉丁研究院…发现, 据阿拉丁研究院预测); 36kr-questmobile (QuestMobile数据显示).
    assert values(
        suggested, "这次财报中，腾讯提到了微信及WeChat的合并月活跃账户数增至13.71亿。"
    ) == {("微信", "1371000000", "count")}
    text = (
        "以苏宁易购为例，阿拉丁研究院通过访谈和大数据分析整理发现，2021年3月至6月期间，"
        "苏宁易购小程序GMV增长75%，新买家数增长177%。"
    )
    assert values(suggested, text) == {
        ("苏宁易购", "75", "percent"),
        ("苏宁易购", "177", "percent"),
    }


def test_a_figure_describing_a_name_after_it_is_that_names(suggested: Ontology) -> None:
    # techcrunch-zh-wechat-mini-programs.md; liurun-taobao-wechat-pay.md (月活超12亿的巨头).
    text = "市值 2400 亿美元的中国互联网巨头腾讯介绍了其对移动应用的看法。"
    assert values(suggested, text) == {("腾讯", "240000000000", "USD")}


def test_users_of_a_product_named_after_the_figure(suggested: Ontology) -> None:
    # woshipm-shipinhao-prd.html (two sentences, five figures).
    text = "每天有3.6亿人进入公众号，4亿用户使用小程序。"
    assert values(suggested, text) == {
        ("公众号", "360000000", "count"),
        ("小程序", "400000000", "count"),
    }


def test_names_listed_before_a_shared_figure_each_have_it(suggested: Ontology) -> None:
    # 36kr-questmobile-miniprogram-autumn.html (three sentences of this shape).
    text = "社交通信与效率办公场景逐步打通，腾讯文档、金山文档微信小程序均突破1亿流量大关。"
    assert values(suggested, text) == {
        ("腾讯文档", "100000000", "count"),
        ("金山文档", "100000000", "count"),
    }


def test_an_organisation_opening_its_clause_has_the_figure_of_its_channel(
    suggested: Ontology,
) -> None:
    # liurun-tencent-progress.md (壹窑茶业, 九鼎装饰, 波司登, 朗姿 …).
    text = "到今天，壹窑茶业做到了3%的退货率，和超过90%的回购率。"
    facts = figures(suggested, text)
    assert {(suggested.label(f.subject), f.object, str(f.value)) for f in facts} == {
        ("壹窑茶业", "退货率", "3"),
        ("壹窑茶业", "回购率", "90"),
    }


def test_a_figure_whose_subject_is_nothing_named_is_no_fact(suggested: Ontology) -> None:
    # woshipm-shipinhao-prd.html (two paragraphs): the market's figure, no product's, even
    # where the paragraph named a capability before it.
    text = (
        "在行业平稳发展的同时，业内各大平台也在不断探索多元化和商业化的模式，如抖音开设了商品橱窗，"
        "引入更多KOL直播带货等。2020年我国短视频行业市场规模已经突破2000亿元。"
    )
    assert figures(suggested, text) == []


# ---------------------------------------------------------------- names, measures, growth


def test_a_figure_is_named_by_its_measure_and_linked_to_the_vocabulary(
    suggested: Ontology,
) -> None:
    # woshipm-shipinhao-prd.html (约12亿日活用户); 36kr-miniprogram-dau-aladdin.html (DAU超4.1亿).
    (fact,) = figures(
        suggested, "微信目前已有约12亿日活用户，属于国民级产品，用户基本覆盖全年龄段。"
    )
    assert (fact.object, fact.value, fact.measure, fact.growth) == (
        "日活用户",
        Decimal(1200000000),
        METRIC + "dau",
        False,
    )


def test_a_growth_names_the_level_it_grows(suggested: Ontology) -> None:
    # unknown-tencent-2024h1-results.txt (five sentences of this shape).
    text = "2024年第二季度，腾讯控股营收1611.2亿元，上年同期1492.08亿元，同比增长8%；"
    facts = figures(suggested, text)
    assert [(f.object, str(f.value), f.unit, f.growth, f.measure) for f in facts] == [
        ("营收", "161120000000", "CNY", False, METRIC + "revenue"),
        ("营收", "149208000000", "CNY", False, METRIC + "revenue"),
        ("营收增长", "8", "percent", True, METRIC + "revenue"),
    ]


def test_growths_after_fenbie_take_the_measures_before_them(suggested: Ontology) -> None:
    # 36kr-miniprogram-dau-aladdin.html (twice).
    text = "微信小程序DAU已经超过4.1亿，MAU超过9亿，较2020年分别增长2.5%和8.4%。"
    facts = figures(suggested, text)
    assert [(f.object, str(f.value), f.growth, f.measure) for f in facts] == [
        ("DAU", "410000000", False, METRIC + "dau"),
        ("MAU", "900000000", False, METRIC + "mau"),
        ("DAU增长", "2.5", True, METRIC + "dau"),
        ("MAU增长", "8.4", True, METRIC + "mau"),
    ]


def test_a_change_to_a_level_is_a_level(suggested: Ontology) -> None:
    # 36kr-youzan-wechat-ecosystem.html (亏损由…升至, 收入从…降至); 36kr-tencent-q3-payment-cloud.
    text = "其年度亏损由2020年的5.5亿元升至32.9亿元，同比扩大了503.5%。"
    facts = figures(suggested, "有赞发布的2021年业绩报告显示，" + text)
    assert [(suggested.label(f.subject), f.object, str(f.value), f.growth) for f in facts] == [
        ("有赞", "年度亏损", "550000000", False),
        ("有赞", "年度亏损", "3290000000", False),
        ("有赞", "年度亏损扩大", "503.5", True),
    ]


def test_a_growth_named_by_the_clause_before_it(suggested: Ontology) -> None:
    # The seed of 2022 (日均使用次数稳步增长，相较 2020 年提高了 32%); 36kr-tencent-q3
    # (合并月活跃账户数依然在继续增长，达到8.46亿).
    text = "小程序日活用户已经达到了 4.5 亿，日均使用次数稳步增长，相较 2020 年提高了 32%。"
    facts = figures(suggested, text)
    assert [(f.object, f.growth) for f in facts] == [
        ("日活用户", False),
        ("日均使用次数提高", True),
    ]


@pytest.mark.parametrize(
    ("name", "growth", "measure"),
    [
        ("日活跃用户数", False, "dau"),
        ("合并月活跃账户数", False, "mau"),
        ("单季交易规模", False, "gmv"),
        ("占总收入", False, "share"),  # a share of revenue is a share
        ("搜索量同比增长", True, "searches"),
        ("营收增长", True, "revenue"),
        ("直播间PCU（最高同时在线数）", False, None),
    ],
)
def test_the_measure_of_a_name(
    suggested: Ontology, name: str, growth: bool, measure: str | None
) -> None:
    expected = None if measure is None else METRIC + measure
    assert measure_of(suggested, name, growth) == expected


def test_a_metric_concept_is_no_entity_of_the_text(suggested: Ontology) -> None:
    """日活 and 月活 are measures, never subjects or objects of facts."""
    facts = extract(load_text("搜一搜日活增长，月活也增长。", path="case.md"), suggested).facts
    assert all(suggested.kind(f.subject) != "Metric" for f in facts)
    assert suggested.of_kind("Metric")
    assert "日活" not in suggested.labels
