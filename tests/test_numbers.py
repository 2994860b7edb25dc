"""Tests for kg.numbers: quantities read from the seed articles, parsing, formatting."""

from __future__ import annotations

import doctest
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.numbers
from kg.errors import QuantityError
from kg.numbers import Quantity, find_quantities, format_decimal, parse_quantity
from kg.vocabulary import is_unit

__all__: list[str] = []

D = Decimal

# (sentence, expected [(value, unit)]) from the seed articles.
SEED_SENTENCES: list[tuple[str, list[tuple[int | str, str]]]] = [
    (
        "今天的微信支付有 2.3w 的服务商，1800+ 银行及支付机构、100w+ 生态从业伙伴、97% 交易占比。",
        [(23000, "count"), (1800, "count"), (1000000, "count"), (97, "percent")],
    ),
    (
        "今年，小程序日活用户已经达到了 4.5 亿，日均使用次数稳步增长，相较 2020 年提高了 32%。",
        [(450000000, "count"), (32, "percent")],
    ),
    (
        "只是不易也在平台和生态伙伴的努力下成为了现实，今天的微信电子化优惠券已经覆盖 1000w+ 商户，"
        "实际核销优惠 229 亿，撬动了社会消费 5200 亿。",
        # No 元 is written: the caller infers CNY from the metric name.
        [(10000000, "count"), (22900000000, "count"), (520000000000, "count")],
    ),
    (
        "政务服务每天有 1 亿+ 的用户使用，用户可以3 分钟完成汽车年检，不用再带一堆资料跑线下。",
        [(100000000, "count"), (180, "seconds")],
    ),
    (
        "视频号使用时长达去年同期的三倍，日活跃创作者数和日均视频上传量同比增长超过100%；",
        [(3, "times"), (100, "percent")],
    ),
    (
        "2022年，视频号直播带货销售增长了800%，累计有收入的创作者数同比增长2.64倍。",
        [(800, "percent"), ("2.64", "times")],
    ),
    (
        "自2020年以来，已经有超过3亿人次用微信支付领取各类消费券，有260多个省市项目的消费券通过"
        "微信支付发放，一共发放资金超过210亿，拉动消费2000亿。",
        [(300000000, "count"), (260, "count"), (21000000000, "count"), (200000000000, "count")],
    ),
    (
        "据张颖介绍，目前微信支付“爱心餐”已累计服务10万以上环卫工人，共计连接5700家爱心门店，"
        "累计送出90万份爱心餐。",
        [(100000, "count"), (5700, "count"), (900000, "count")],
    ),
    (
        "随着越来越多的企业基于企业微信构建私域经营阵地，企业通过企业微信私域成交规模已达上千亿元。",
        [(100000000000, "CNY")],
    ),
    ("现在，海王星辰每个月门店离店销售额高达3000万元。", [(30000000, "CNY")]),
    ("小程序交易生态愈发活跃，交易规模达数万亿元，同比提升40%；", [(40, "percent")]),
    ("启动耗时已缩短到2秒内，页面切换也更流畅", [(2, "seconds")]),
    (
        "通过企业微信，索菲亚全国百万名经销商，打通了产销数字化全链条。"
        "索菲亚总部连接全国 7 大工厂、数万名经销商员工",
        [(1000000, "count"), (7, "count")],
    ),
    (
        "上线十二年，微信持续完善生态内的各个产品，同各个行业、13亿用户一起成长。2011至2023，感谢所有用户",
        [(1300000000, "count")],
    ),
    (
        "在品牌优惠券发放上，搜一搜优惠券的发放占到了全渠道的 31%，新客获取量占到了全渠道的 10%+。",
        [(31, "percent"), (10, "percent")],
    ),
    (
        "其中，旅游类、房产类需求增长逾200%，新闻类需求均增长超过100%，内容资讯类、教育类需求均增长超40%。",
        [(200, "percent"), (100, "percent"), (40, "percent")],
    ),
    (
        "目前，微信的跨境支付业务已覆盖全世界69个国家和地区，境外合作机构总计超过1000家，"
        "已连接超过400万境外商户。",
        [(69, "count"), (1000, "count"), (4000000, "count")],
    ),
    (
        "而在快消行业，通过小程序提供的“门店助手”能力，帮助品牌连接超过百万的线下小店",
        [(1000000, "count")],
    ),
    (
        "每 1 小时，就有 115 万名员工在使用企业微信，服务自己企业微信上的用户，"
        "产生 1.4 亿次的服务过程。",
        [(3600, "seconds"), (1150000, "count"), (140000000, "count")],
    ),
    ("增长１２．５％", [("12.5", "percent")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SEED_SENTENCES)
def test_seed_sentences(sentence: str, expected: list[tuple[int | str, str]]) -> None:
    found = find_quantities(sentence)
    assert [(q.value, q.unit) for q in found] == [(D(v), u) for v, u in expected]
    for q in found:
        assert sentence[q.start : q.end] == q.text


# (sentence, index of the quantity, text, qualifier)
SPANS = [
    ("已经有超过3亿人次", 0, "超过3亿", "超过"),
    ("内容资讯类需求均增长超3亿", 0, "超3亿", "超"),
    ("1800+ 银行及支付机构", 0, "1800+", "+"),
    ("有 100w+ 生态从业伙伴", 0, "100w+", "+"),
    ("有260多个省市项目", 0, "260多", "多"),
    ("累计服务10万以上环卫工人", 0, "10万以上", "以上"),
    ("成交规模已达上千亿元", 0, "上千亿元", "上"),
    ("上万名员工", 0, "上万", "上"),
    ("需求增长逾200%", 0, "逾200%", "逾"),
    ("全渠道的 10%+。", 0, "10%+", "+"),
    ("有 1 亿+ 的用户", 0, "1 亿+", "+"),
    ("高达3000万元。", 0, "3000万元", None),
    ("用户可以3 分钟完成", 0, "3 分钟", None),
    ("增长１２．５％", 0, "１２．５％", None),
    ("近两倍", 0, "近两倍", "近"),
    ("增长１８００＋", 0, "１８００＋", "+"),
]


@pytest.mark.parametrize(("sentence", "index", "text", "qualifier"), SPANS)
def test_spans_and_qualifiers(sentence: str, index: int, text: str, qualifier: str | None) -> None:
    q = find_quantities(sentence)[index]
    assert q.text == text
    assert sentence[q.start : q.end] == text
    assert q.qualifier == qualifier


def test_quantity_fields() -> None:
    sentence = "视频号直播带货销售增长了800%"
    (q,) = find_quantities(sentence)
    assert q == Quantity(D(800), "percent", 12, 16, "800%", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年，视频号",
        "2016 年年初，张小龙找张颖吃了个饭",
        "2011至2023",
        "2011-2023",
        "从2020年到现在",
        "1月6日",
        "第二个微信公开课讲师",
        "第3名",
        "一个一起第一统一一键一体化一次六大两个挂钩十二年",
        "数万名经销商员工 数千 数十 几十 几百 十几 数百万 二十几万",
        "H5 MINIEV ID:appsolution v2_e4c8 3km 5G Ｈ5",
        "千万不要",
        "线上百家门店",
        # idioms of a vague amount (liurun-taobao-changes-2023; 36kr-pinduoduo-kanyidao-progress-bar)
        "成千上万种不同的野餐垫",
        "砍掉成百上千元",
        "没有数字的句子",
        "",
    ],
)
def test_not_quantities(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("3.0版本", [("3", "count")]),
        ("神州 12 号", [("12", "count")]),
        ("一万二千名员工", [("12000", "count")]),
        ("一亿二千万", [("120000000", "count")]),
        ("三万亿元", [("3000000000000", "CNY")]),
        ("3000多万元", [("30000000", "CNY")]),
        # woshipm-douyin-vs-kuaishou-ecommerce-overtake.html: + between a number and its
        # magnitude, as 多 stands there.
        ("GMV只有1000+亿元", [("100000000000", "CNY")]),
        ("两小时", [("7200", "seconds")]),
        ("百分之五十", [("50", "percent")]),
        ("百分之3.5", [("3.5", "percent")]),
        ("三点五倍", [("3.5", "times")]),
        ("1,000 家与 1，000 家", [("1000", "count"), ("1000", "count")]),
        ("2.3W", [("23000", "count")]),
        ("5k", [("5000", "count")]),
        ("30 块", [("30", "CNY")]),
        ("拉动消费2000亿", [("200000000000", "count")]),
        # A digit before 千亿, 百亿 (woshipm-top10-internet-business-layout.html: 5千亿市值).
        ("5千亿市值：拼多多、网易", [("500000000000", "count")]),
        ("1千亿美元", [("100000000000", "USD")]),
        ("3百亿", [("30000000000", "count")]),
        # Hours with their classifier (cnbeta-tiktok-facebook-metaverse.html); not after a
        # Chinese numeral, a story's (本来是三个小时 in 2019-unknown-zhang-xiaolong-…).
        ("TikTok用户平均每月逗留时间超过了19.6个小时", [("70560", "seconds")]),
        ("本来是三个小时，后来变成了八个小时", []),
    ],
)
def test_more_forms(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [
        (D(v), u) for v, u in expected
    ]


# Real articles (eval/tune): currencies other than the yuan keep their ISO code, 个百分点 is a
# percent, a range is its lower bound, 翻倍/翻番 are 2 times and 翻了两番 4 (docs/facts-format.md).
ARTICLE_FORMS: list[tuple[str, list[tuple[str, str]]]] = [
    # 36kr-tencent-oben-investment.html
    ("人工智能初创公司ObEN宣布获得500万美元战略投资。", [("5000000", "USD")]),
    # 36kr-youzan-wechat-ecosystem.html
    (
        "有赞又在2019年获得近10亿港元和3000万美元两轮融资",
        [("1000000000", "HKD"), ("30000000", "USD")],
    ),
    (
        "其股价更是在当年一度涨至4.52港元/股，市值破770亿港元",
        [("4.52", "HKD"), ("77000000000", "HKD")],
    ),
    # techcrunch-zh-wechat-mini-programs.md; 2023-liurun-taobao-wechat-pay.md
    ("市值2400亿美元的中国互联网巨头腾讯", [("240000000000", "USD")]),
    ("2004年，eBay的年收入做到了33亿美金", [("3300000000", "USD")]),
    # chinaz-wechat-group-features.html
    ("单人金额设置到了5000人民币", [("5000", "CNY")]),
    # 36kr-miniprogram-dau-aladdin.html
    (
        "18至29岁用户累计占比34.4%，提升3.6个百分点。",
        [("18", "count"), ("34.4", "percent"), ("3.6", "percent")],
    ),
    ("较2020年提升14.8个百分点", [("14.8", "percent")]),
    # 36kr-youzan-wechat-ecosystem.html, 2023-liurun-taobao-wechat-pay.md,
    # 36kr-laoxiangji-private-domain.html: ranges
    (
        "核心部门裁员比例少，约30%-50%，非核心部门裁员率达70%以上",
        [("30", "percent"), ("70", "percent")],
    ),
    ("亚马逊都要从中收取8%-12%的交易佣金", [("8", "percent")]),
    ("消费者过来吃一顿饭也就是花20-30元", [("20", "CNY")]),
    ("覆盖3-5亿用户", [("300000000", "count")]),
    # latepost-foxconn-leapmotor-keeta-xiaohongshu-roundup.md, 2019-unknown-zhang-xiaolong-
    # wechat-night-speech.txt: 至/到 between two amounts of one unit; not after a word of change
    # (36kr-youzan-wechat-ecosystem.html, the latepost roundup's 毛利率…改善至).
    (
        "公司预计去年收入约为 48 亿元至 51 亿元，同比下滑 1%-7%，净亏损约 8.8 亿元至 9.7 亿元",
        [("4800000000", "CNY"), ("1", "percent"), ("880000000", "CNY")],
    ),
    ("当时的公众号的阅读量有70%到80%来自朋友圈转发", [("70", "percent")]),
    ("收入从2020年的18.2亿元降至15.7亿元", [("1820000000", "CNY"), ("1570000000", "CNY")]),
    ("毛利率从去年的 0.5% 改善至 8.4%", [("0.5", "percent"), ("8.4", "percent")]),
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: a growth to a level (two units).
    ("增值服务业务收入同比增长8%至 752 亿元。", [("8", "percent"), ("75200000000", "CNY")]),
    # ithome-meta-q4-2021-call-tiktok.html: both bounds with their magnitude, the currency
    # written once, last (one range, in that currency), as 10 万元-50 万元 writes it twice.
    ("预计一季度营收 270 亿-290 亿美元，不及市场预期", [("27000000000", "USD")]),
    ("音浪收入（打赏）在 10 万元-50 万元之间", [("100000", "CNY")]),
    # Two neighbouring round numbers joined by 、 are an approximate range
    # (36kr-leyaoyao-gongzhonghao-ads.html; 36kr-youzan-wechat-ecosystem.html;
    # 2024-liurun-gongzhonghao-douyin-hua.md), a list of figures is not
    # (36kr-miniprogram-dau-aladdin.html; 36kr-youzan-wechat-ecosystem.html).
    ("平均每个号 7、8 万个", [("70000", "count")]),
    ("部门估计剩3、400多个人", [("300", "count")]),
    ("打开微信，100、200个订阅号根本不稀奇", [("100", "count")]),
    (
        "活跃用户比例分别为39.2%、27.8%、11.9%和6.2%",
        [("39.2", "percent"), ("27.8", "percent"), ("11.9", "percent"), ("6.2", "percent")],
    ),
    ("分别贡献营收3.15亿元、5.94亿元", [("315000000", "CNY"), ("594000000", "CNY")]),
    ("3~5 分钟", [("180", "seconds")]),
    # Tenths (36kr-questmobile-miniprogram-autumn.html: 渗透率稳步在八成以上)
    ("渗透率稳步在八成以上，近三成用户", [("80", "percent"), ("30", "percent")]),
    ("一成不变，三成为", []),
    # … in Arabic digits too (unknown-tencent-q2-shushi-revenue.md; woshipm: 「有6成以上都集中在」)
    ("其中超过8成是30人以下的小团队", [("80", "percent"), ("30", "count")]),
    ("有6成以上都集中在「视频号」上", [("60", "percent")]),
    ("18成, 0.5成", [("18", "count"), ("0.5", "count")]),
    # A fraction is a share in percent, to two decimals (docs/facts-format.md: 三分之一 → 33.33):
    # techcrunch-zh-wechat-censorship-citizen-lab, 2024-shijie-zhou-shouzi-tiktok-ceo,
    # caijinghui-toutiao-sannong-creators-conference, woshipm-top10-internet-business-layout.
    ("据估计，微信占中国消费者在线时间的三分之一。", [("33.33", "percent")]),
    ("其中，近三分之二是30 岁以下的成年人", [("66.67", "percent"), ("30", "count")]),
    ("整个广西有四分之一的顺丰荔枝订单来自他们", [("25", "percent")]),
    ("外卖市场份额不足美团的二分之一。", [("50", "percent")]),
    ("万分之三，千分之五", [("0.03", "percent"), ("0.5", "percent")]),
    ("成为城市交通基础设施的组成部分之一", []),
    # 翻倍, 翻番, 翻了两番
    ("商家占比约34%，同比超过翻倍增长", [("34", "percent"), ("2", "times")]),
    ("营收翻番，利润翻了两番", [("2", "times"), ("4", "times")]),
    # A decimal cut by spaces before its magnitude, in a machine translation
    # (techcrunch-zh-wechat-mini-programs.md), but not a list number before a count
    # (woshipm-wecom-account-guide.html: 「3. 1个身份证可以注册几个企业微信？」).
    ("每月用户数为 8 . 46 亿。", [("846000000", "count")]),
    ("3. 1个身份证可以注册几个企业微信？", [("3", "count"), ("1", "count")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ARTICLE_FORMS)
def test_article_forms(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_quantities(sentence)
    assert [(q.value, q.unit) for q in found] == [(D(v), u) for v, u in expected]
    for q in found:
        assert sentence[q.start : q.end] == q.text


def test_a_finance_sites_quote_after_a_name_is_no_quantity() -> None:
    # unknown-jd-2024-q2-results.txt (a repost from a finance site, which writes each listed
    # company's price, change and change in per cent after its name)
    sentence = "在京东618期间，言犀数字人(19.410, -1.24, -6.00%)携手5,000个品牌稳定开播"
    assert [(q.text, q.unit) for q in find_quantities(sentence)] == [
        ("618", "count"),
        ("5,000", "count"),
    ]
    assert [q.text for q in find_quantities("言犀数字人（19.410，-1.24，-6.00%）携手")] == []


def test_a_range_spans_both_bounds_and_keeps_the_lower_ones_qualifier() -> None:
    (q,) = find_quantities("约30%-50%")
    assert (q.text, q.qualifier, q.value) == ("约30%-50%", "约", D(30))


@pytest.mark.parametrize(
    "sentence",
    [
        # dates and times written with digits only
        "2011.05 加入腾讯",
        "发布时间：2020-05-08",
        "2023/10/08 更新",
        "2025年09月23日 08:55",
        # a fraction or a code joined by a slash: 4/5G
        "随着短视频和4/5G网络的快速发展",
        # numbers in URLs and paths, phone numbers
        "原文链接：https://36kr.com/p/1625476548721029",
        "见 /article/2023/10086 一文",
        "客服电话400-820-8820，或拨打010-62671188",
        # a stock code, also with a full-width point (ofweek-youzan-xiaoguanjia-saas-profit.html)
        "此前中国有赞(08083．HK)发布公告称将进行私有化",
        "小米集团-W（01810.HK）、贵州茅台（600519.SH）、宁德时代（300750.SZ）",
    ],
)
def test_dates_times_codes_urls_and_phone_numbers_are_not_quantities(sentence: str) -> None:
    assert find_quantities(sentence) == []


PARSED = [
    ("4.5 亿", "450000000", "count", None),
    ("2.3w", "23000", "count", None),
    ("1800+", "1800", "count", "+"),
    ("100w+", "1000000", "count", "+"),
    ("97%", "97", "percent", None),
    ("2.64倍", "2.64", "times", None),
    ("超3亿", "300000000", "count", "超"),
    ("近5万", "50000", "count", "近"),
    ("逾200%", "200", "percent", "逾"),
    ("１２３", "123", "count", None),
    ("三倍", "3", "times", None),
    ("十二万", "120000", "count", None),
    ("  3 分钟 ", "180", "seconds", None),
    ("上千亿元", "100000000000", "CNY", "上"),
    ("超过百万", "1000000", "count", "超过"),
    ("2022", "2022", "count", None),
]


@pytest.mark.parametrize(("s", "value", "unit", "qualifier"), PARSED)
def test_parse_quantity(s: str, value: str, unit: str, qualifier: str | None) -> None:
    q = parse_quantity(s)
    assert (q.value, q.unit, q.qualifier) == (D(value), unit, qualifier)
    assert q.text == s.strip()
    assert s[q.start : q.end] == q.text


def test_parse_quantity_exact_value() -> None:
    # Exact, exponent-free values: equal *and* printed the same.
    assert repr(parse_quantity("4.5 亿").value) == "Decimal('450000000')"
    assert repr(parse_quantity("2.64倍").value) == "Decimal('2.64')"


@pytest.mark.parametrize(
    ("s", "why"),
    [
        ("一百二十", "Chinese numeral"),
        ("数万亿", "vague"),
        ("十几万", "vague"),
        ("两三万", "vague"),
        ("abc", "no number"),
        ("", "empty"),
        ("   ", "empty"),
        ("2022年", "year"),
        ("第二", "ordinal"),
        ("3 和 4", "holds 2"),
        ("3.0版本", "only '3.0'"),
    ],
)
def test_parse_quantity_rejects(s: str, why: str) -> None:
    with pytest.raises(QuantityError) as info:
        parse_quantity(s)
    message = str(info.value)
    assert repr(s) in message
    assert why in message


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        ("450000000", "450000000"),
        ("4.5E+8", "450000000"),
        ("2.64", "2.64"),
        ("2.6400", "2.64"),
        ("97", "97"),
        ("97.0", "97"),
        ("0.5", "0.5"),
        ("0.50", "0.5"),
        ("1E-7", "0.0000001"),
        ("0", "0"),
        ("-0.0", "0"),
        ("100", "100"),
        ("1E+2", "100"),
        ("-2.50", "-2.5"),
        ("1" * 40 + "E+12", "1" * 40 + "0" * 12),
    ],
)
def test_format_decimal(d: str, expected: str) -> None:
    assert format_decimal(D(d)) == expected


@pytest.mark.parametrize("d", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_format_decimal_rejects_non_finite(d: str) -> None:
    with pytest.raises(QuantityError):
        format_decimal(D(d))


def test_doctests() -> None:
    assert doctest.testmod(kg.numbers).failed == 0


def _check_spans(text: str) -> None:
    """find_quantities on ``text`` returns well-formed, ordered, disjoint quantities."""
    end = 0
    for q in find_quantities(text):
        assert isinstance(q, Quantity)
        assert end <= q.start < q.end <= len(text)
        assert q.text == text[q.start : q.end]
        assert is_unit(q.unit)
        assert q.value >= 0
        end = q.end


@settings(deadline=None)
@given(st.text())
def test_find_quantities_is_total(text: str) -> None:
    _check_spans(text)


NUMERIC = st.text(alphabet="0123456789０１２.,，%+wk万亿千百十一二两三倍数几超过近上以多年月日第 ")


@settings(deadline=None)
@given(st.one_of(st.text(), NUMERIC))
def test_numeric_text_is_total(text: str) -> None:
    # The same properties on text dense in digits, magnitudes and qualifiers.
    _check_spans(text)
    try:
        q = parse_quantity(text)
    except QuantityError:
        return
    assert q.text == text.strip()


@pytest.mark.parametrize(
    "text",
    [
        # Runs of digits longer than Python reads as an int (4,300) or than a share's
        # arithmetic holds: an article may carry one (a dump, a hash, a hostile file).
        "微信的用户(" + "1" * 5000 + ".",
        "微信的份额为1分之" + "2" * 5000 + "。",
        "1" * 5000 + "分之1",
        "用户数为" + "3" * 5000 + "月",
    ],
)
def test_a_very_long_number_is_read_without_error(text: str) -> None:
    _check_spans(text)
    first_digit = next(i for i, char in enumerate(text) if char.isdigit())
    try:
        parse_quantity(text[first_digit:])
    except QuantityError:
        pass


@settings(deadline=None)
@given(st.text())
def test_parse_quantity_is_total(text: str) -> None:
    try:
        q = parse_quantity(text)
    except QuantityError:
        return
    assert isinstance(q, Quantity)


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "万", "亿"]))
def test_round_trip(n: int, magnitude: str) -> None:
    factor = {"": 1, "万": 10**4, "亿": 10**8}[magnitude]
    q = parse_quantity(f"{n}{magnitude}")
    assert q.value == n * factor
    assert format_decimal(q.value) == str(n * factor)


#: The scanner's pattern without the look-ahead before each alternative (kg.numbers._opening):
#: those only turn an alternative away where it cannot start, so both find the same spans.
_PLAIN_PATTERN = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)(?=\(\?P<)", "", kg.numbers._PATTERN.pattern))
#: Text dense in what starts an alternative: qualifiers, digits, numerals, 第, 翻, 数, 百万.
DENSE = st.text(
    alphabet="0123456789.,%+w万亿千百十一二两三五成倍番翻了数几超过逾近约上以多余第分之元年月 "
)


def test_the_look_aheads_are_only_before_alternatives() -> None:
    assert _PLAIN_PATTERN.pattern != kg.numbers._PATTERN.pattern
    assert _PLAIN_PATTERN.groupindex == kg.numbers._PATTERN.groupindex


@settings(deadline=None, max_examples=500)
@given(st.one_of(st.text(), NUMERIC, DENSE))
def test_the_look_aheads_change_no_match(text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[object, ...]]:
        return [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text)]

    assert spans(kg.numbers._PATTERN) == spans(_PLAIN_PATTERN)
