"""The metric rule (kg.rules.metrics) on real sentences of articles that kg was not tuned on:
which numbers are figures, what each is about, what it measures, and whether it is a growth.

Every sentence is quoted from an article of eval/tune (named beside it). Terms the shipped
ontology lacks are added the way `kg suggest` adds them: a class and a label, nothing else.
Each shape is found in several articles (the comments say which); a shape one sentence
needs is no rule.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ontology_with

from kg.lang import metrics as words
from kg.loaders import load_text
from kg.ontology import Ontology
from kg.pipeline import extract
from kg.records import Fact
from kg.rules import metrics
from kg.rules.metrics import measure_of

#: Terms of the tune articles that the shipped ontology lacks, as `kg suggest` writes them.
SUGGESTED = {
    "Company": (
        "有赞 微盟 ObEN 老乡鸡 九鼎装饰 壹窑茶业 迪奥 路易威登 古驰 QuestMobile 阿拉丁研究院 苏宁易购 量子位 屈臣氏"
    ),
    "Product": "金山文档 快手 钉钉 飞书 疯狂的球球2 QQ 小游戏 增值服务 跳一跳",
    "Capability": "朋友圈 视频通话 AI客服 网络游戏 社交网络 分享 游戏 登录 点赞 短视频 智慧零售 订阅 社群",
}

METRIC = "https://kg.example/id/metric/"


@pytest.fixture(scope="module")
def suggested(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms above, each with a class and a label."""
    return ontology_with(root, tmp_path_factory.mktemp("suggested"), SUGGESTED)


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
        # ... and a number glued to a name with no unit after it, the name's own
        # (woshipm-dingtalk-365-wuzhao-return.md: 钉钉365, a membership plan).
        "让我来终结这个问题，打开钉钉365，选择会员免广告功能",
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
        # A size that names a class of things (36kr-questmobile-miniprogram-traffic-h1.html,
        # twice; questmobile-miniprogram-ecosystem.md; zhihu-zhang-xiaolong-pc-wechat.html).
        "微信的出现改变了很多人的生活。\n\n移动互联网大潮中崛起了若干数以千万量级的应用",
        # A duration that says when, and 24 hours that say round the clock
        # (2024-liurun-gongzhonghao-douyin-hua.md; huxiu-gongzhonghao-annual-review.md: 「发布14小时后」;
        # woshipm-wecom-account-guide.html, twice; szqx-tencent-cloud-tdai.md).
        "公众号的推送越来越乱。但从2020年开始，越来越多的用户注意到：10小时之前的消息推送，"
        "可能会排在半小时之前的推送前边，下滑第一屏的消息，甚至会出现前几天出现的文章。",
        "企业微信：如果是限流、无法添加好友这类初级限制，只需等待24小时，不要做任何操作。",
        # A contact line and a table's unit caption (tencent-2016-q2-interim-results.txt: two
        # contact lines of investors, two of the press; the caption above each of five tables).
        "腾讯公布 2016 年第二季度及中期业绩\n\n"
        "腾讯以技术丰富互联网用户的生活。每天，数以亿计的用户通过我们的整合平台在线沟通、分享经历、"
        "获取资讯和\n寻求娱乐。腾讯多元化的服务包括：社交和通信服务 QQ 及微信/WeChat、社交网络平台"
        " QQ 空间、腾讯游戏旗下\nQQ 游戏平台、门户网站腾讯网(QQ.com)、腾讯新闻客户端和网络视频服务"
        "腾讯视频。\n投资者查询：\n陈慧芬 电话：(86) 755 86013388 内线88369 或 (852)31485100 "
        "cchan#tencent.com",
        "腾讯公布 2016 年第二季度及中期业绩\n\n6\n综合收益表\n人民币百万元（特别说明除外）\n"
        "未经审核 未经审核\n2Q2016 2Q2015 2Q2016 1Q2016\n"
        "收入 35,691 23,429 35,691 31,995 增值服务 25,680 18,428 25,680 24,964",
        # A year before 人工智能 (qbitai-ima-copilot-gongzhonghao.md).
        "量子位2024人工智能年度评选已开启报名通道，评选从**企业**、**人物**、**产品**三大维度设立了"
        "5类奖项。",
        # A number inside a name the ontology knows, spaced as 36kr writes it or not
        # (36kr-dingtalk-wuzhao-leaves.html, five sentences; 36kr-dingtalk-kuwei-coo.html).
        "36 氪就此向阿里巴巴与无招本人求证，截止发稿均未回复。",
        "也有阿里云内部人士对 36 氪给出了阿里云与钉钉合并的积极信号。",
        "”钉钉总裁叶军（花名：不穷）此前接受采访时对36氪表示。",
    ],
)
def test_numbers_that_are_no_figure(suggested: Ontology, text: str) -> None:
    assert figures(suggested, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 36kr-laoxiangji-private-domain.html: the card's fee is a figure, the breakfast
        # discount it entitles to is not.
        (
            "在 2020 年底，老乡鸡推出了“ 77 会员卡”——沿用了外卖会员制度，每个月充值 7 元，"
            "就可以享受每单最贵菜品 7.7 折、每日早餐减 2 元、双倍积分等权益。",
            {("老乡鸡", "7", "CNY")},
        ),
        # woshipm-luckin-private-domain.html (淘宝's membership, two amounts).
        ("淘宝会员目前0门槛可入会，首次入会可获得3元礼包，每月可领取3元优惠券福利。", set()),
        # 36kr-leyaoyao-gongzhonghao-ads.html.
        (
            "用户想抓娃娃时，先用微信扫码，这时有两种模式供选择，第一种是充值使用，"
            "用户充值后即可花 1 元抓娃娃；",
            set(),
        ),
    ],
)
def test_money_a_scheme_entitles_to_is_no_figure(
    suggested: Ontology, text: str, kept: set[tuple[str, str, str]]
) -> None:
    assert values(suggested, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # liurun-tencent-quanyu-report.md; woshipm-wecom-4-0-datong.html: worked examples.
        (
            "比如，做社群，好不容易拉了100个企业微信群，结果，每个群里的用户还没培养到50人，"
            "就开始天天往里面发软文，发链接，像没有明天一样拼命“收割”。",
            set(),
        ),
        (
            "举个例子：比如两家公司合作一个项目，双方公司都拉一个10人的协作群，"
            "这时这个项目的连接点数则为20。",
            set(),
        ),
        # liurun-tencent-quanyu-report.md: the example of a named organisation is a case.
        (
            "举个例子，屈臣氏在把线下门店与小程序、企业微信、社群等数字触点做了融合后，"
            "实现了线上线下的贯通，聚合了超过2亿用户、6000万以上付费会员。",
            {("屈臣氏", "200000000", "count"), ("屈臣氏", "60000000", "count")},
        ),
    ],
)
def test_an_example_that_names_no_organisation_has_no_figures(
    suggested: Ontology, text: str, kept: set[tuple[str, str, str]]
) -> None:
    assert values(suggested, text) == kept


def test_a_table_copied_as_text_has_no_figures(suggested: Ontology) -> None:
    # tencent-2016-q2-interim-results.txt (its statements of income and of financial
    # position: figures side by side with only spaces between them).
    text = (
        "腾讯公布 2016 年第二季度及中期业绩\n\n"
        "收入 35,691 23,429 35,691 31,995 增值服务 25,680 18,428 24,964\n\n"
        "本公司权益持有人 应占盈利 9,183 857 32 (786) 348 398 10,032"
    )
    assert figures(suggested, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # huxiu-gongzhonghao-annual-review.md (ten sentences); 2024-liurun-gongzhonghao-douyin-hua.md.
        "2022年微信公众号的原创10万+文章见证了去年最具讨论度的一些热门话题。",
        "有些公众号刚刚创建，没什么粉丝，居然也能有10W+的爆款文章出现。",
        # … and 1万- those read fewer times (huxiu-gongzhonghao-annual-review.md, twice).
        "微信爆款文章依然非常难得，1万-文章才是大多数创作者的常态。",
    ],
)
def test_ten_thousand_plus_articles_are_a_class_not_a_figure(
    suggested: Ontology, text: str
) -> None:
    assert figures(suggested, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 36kr-questmobile-miniprogram-autumn.html: 千万 is the bar, 115 the figure.
        (
            "QuestMobile数据显示，截止到2021年8月，微信小程序在微信月活用户中的渗透比例已经达到84.6%，"
            "月活用户规模超过千万的小程序数量已经达到115个。",
            {("小程序", "84.6", "percent"), ("小程序", "115", "count")},
        ),
        # 36kr-shipinhao-brand-livestream.html: 5000万 is the bar 60 brands pass.
        (
            "据快手官方数据，截至2021年11月，已经有33个品牌在快手支付GMV破亿，"
            "60个品牌支付GMV过5000万。",
            {("快手", "33", "count"), ("快手", "60", "count")},
        ),
    ],
)
def test_a_bar_that_counted_things_pass_is_no_figure(
    suggested: Ontology, text: str, kept: set[tuple[str, str, str]]
) -> None:
    assert values(suggested, text) == kept


def test_a_figure_about_a_market_is_no_ones(suggested: Ontology) -> None:
    # woshipm-feishu-dingtalk-wecom.html; woshipm-luckin-private-domain.html (中国咖啡市场规模).
    text = "钉钉、企业微信和飞书都在抢企业用户。\n\n2018年中国企业级SaaS市场规模为243.5亿元。"
    assert figures(suggested, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # questmobile-miniprogram-ecosystem.md: 十万级 names the programs counted.
        (
            "具体来看，截止到2020年9月，十万级以上的微信小程序数量已达到4,418个，"
            "小程序总体月活跃用户规模也达到了8.32亿。",
            {("小程序", "4418", "count"), ("小程序", "832000000", "count")},
        ),
        # 36kr-questmobile-miniprogram-traffic-h1.html: a range of sizes names platforms.
        (
            "小程序逐渐成为互联网企业基本配置，亿级以上平台超六成已布局小程序，"
            "500万至1000万量级平台小程序布局提速",
            {("小程序", "60", "percent")},
        ),
        # Generations and an age range (questmobile-miniprogram-ecosystem.md;
        # woshipm-luckin-private-domain.html).
        (
            "例如，以生活服务领域为例，美团外卖APP与小程序之间，小程序独占用户率高达92.9%，"
            "尤其是70后、80后用户使用占比很高；",
            {("小程序", "92.9", "percent")},
        ),
        (
            "瑞幸咖啡的小程序用户画像如下。年龄段在20-29岁的用户占50%，企业白领用户占比达到"
            "60%以上，北上广三地用户占比超过30%。",
            {("小程序", "50", "percent"), ("小程序", "60", "percent"), ("小程序", "30", "percent")},
        ),
        # woshipm-wecom-account-guide.html (four lines of this shape): 24小时 is no figure.
        ("个人微信：30-40人，限制时间在24小时。", {("微信", "30", "count")}),
    ],
)
def test_labels_ages_and_times_beside_figures_are_none(
    suggested: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(suggested, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Days a thing lasts or takes are a duration, in seconds as the gold tables write them
        # (woshipm-luckin-private-domain.html; 2023-latepost-temu-factories.md's 90 天内免邮退货
        # and shengcai-wechat-wenyiwen-handbook.md's 需要等待 30 天 read so too).
        (
            "小程序/app内会员等级共分为6级，积分以“小蓝豆”命名，小程序内的小蓝豆的获得数量为实际"
            "支付金额*10，app内的小蓝豆的获得数量为实际支付金额*20，等于app内下单是小程序的双倍积分。"
            "另外，会员的有效期为90天，有保级机制。",
            {("小程序", "7776000", "seconds")},
        ),
        # Days that frame a measure, a milestone or a story are none: a window before the
        # measure it frames (liurun-tencent-progress.md: 短效ROI（7天内投放回报）), a time to a
        # milestone (latepost-manus-founders-wechat-tools.md), an age (21cto-zhang-xiaolong-profile.md).
        (
            "他们研究CPM（千次展示成本），CPC（每次点击成本），CPS（每次销售成本），"
            "短效ROI（7天内投放回报），长效ROI（30天内投放回报），等等等等铺满屏幕的数字。",
            set(),
        ),
        (
            "2019 年 Magi 的公众版上线后迅速引发关注，用户量 10 天破百万、一个月内达到 300 万，"
            "一度挤崩服务器。",
            set(),
        ),
        (
            "2012年3月29日， 在微信上线433天， 马化腾宣布微信在线用户数突破1亿， "
            "成为当时用户数破亿最快的APP。",
            set(),
        ),
    ],
)
def test_days_taken_or_lasted_are_a_duration_and_days_that_frame_are_none(
    root: Path, tmp_path: Path, text: str, expected: set[tuple[str, str, str]]
) -> None:
    ontology = ontology_with(root, tmp_path, {"Product": "Magi"})
    assert {v for v in values(ontology, text) if v[2] == "seconds"} == expected


@pytest.mark.parametrize(
    "text",
    [
        # A country's market or its internet users, whatever the clause names
        # (woshipm-shipinhao-prd.html, five sentences; questmobile-miniprogram-ecosystem.md;
        # zhihu-zhang-xiaolong-pc-wechat.html; woshipm-feishu-dingtalk-wecom.html).
        "视频号的对手是短视频。CNNIC数据显示，2020年6月，我国短视频用户规模已经达到81786万人，"
        "使用率高达87%。",
        "1 移动购物APP行业用户规模已超过10亿，增速放缓，不断完善商业环境的微信小程序成为移动购物"
        "流量的重要补充来源",
        "微信的出现改变了很多人的生活。\n\n年末互联网上网人数9.89亿人，其中手机上网人数9.86亿人。",
        "钉钉、企业微信和飞书都在抢企业用户。\n\n2018年中国企业级SaaS市场规模为243.5亿元，"
        "较上年增长47.9%。",
    ],
)
def test_a_whole_markets_figures_are_no_ones(suggested: Ontology, text: str) -> None:
    assert figures(suggested, text) == []


def test_the_market_stops_at_a_clause_that_names_something(suggested: Ontology) -> None:
    # 36kr-questmobile-miniprogram-traffic-h1.html: 中国移动互联网用户规模 is the market's, 六成
    # of the platforms that 布局小程序 is 小程序's.
    text = (
        "QuestMobile数据显示，中国移动互联网用户规模已达11.6亿，2021年5月增速首次出现负增长"
        "（MAU同比下降0.1%），流量红利枯竭背景下，小程序保持良好发展势头，过亿用户的头部平台中，"
        "六成已经布局小程序。"
    )
    assert values(suggested, text) == {("小程序", "60", "percent")}


def test_a_phone_named_in_a_sentence_is_no_contact_line(suggested: Ontology) -> None:
    # The seed of 2023 (a contact line has a label and its colon: 电话：, 内线).
    text = (
        "以校园场景为例，小程序VOIP能力让学生通过设备里的小程序拨打家长电话，并在家长微信端弹出"
        "小程序提醒，相较APP的连通率提升超6倍；"
    )
    assert values(suggested, text) == {("小程序", "6", "times")}


def test_a_count_like_a_year_and_a_figure_of_magnitude_are_figures(suggested: Ontology) -> None:
    # woshipm-wecom-4-0-datong.html (1900个, not the year 1900); 36kr-questmobile (10亿量级,
    # 百万量级: the order of magnitude a measure reached, three times).
    text = "企业微信新品发布会数据：1232个开放接口，6000+优质服务商，1900个优质第三方应用。"
    assert ("企业微信", "1900", "count") in values(suggested, text)
    text = "1、随着微信生态日益完善，月活跃用户规模已达10亿量级，承接服务功能的微信小程序与生态连接加深。"
    assert values(suggested, text) == {("微信", "1000000000", "count")}


def test_an_amount_in_two_currencies_is_one_figure_per_currency(suggested: Ontology) -> None:
    # 36kr-tencent-q3-payment-cloud.html (twice in one paragraph): the spec's Currencies.
    text = "总体财务状况方面，腾讯三季度总收入为人民币403.88亿元（60.48亿美元）。"
    assert values(suggested, text) == {
        ("腾讯", "40388000000", "CNY"),
        ("腾讯", "6048000000", "USD"),
    }


@pytest.mark.parametrize(
    ("text", "kept", "guess"),
    [
        # 36kr-2021waic-gimmick-ai-driving-force.html
        (
            "“软银愿景基金投资的公司中，超过90%，甚至95%依然还没有实现盈利，"
            "但我们需要有人愿意去冒险投资，而且是在创业的高风险阶段去提供资本。”",
            "90",
            "95",
        ),
        # 36kr-shipinhao-brand-livestream.html
        (
            "欧派市场总监提到，视频号直播过程中八成流量来自公域，两成来自私域，但是交易相反，"
            "两成私域流量的客户产生了80%甚至95%以上的订单。",
            "80",
            "95",
        ),
    ],
)
def test_a_figure_after_another_and_shenzhi_is_a_guess(
    suggested: Ontology, text: str, kept: str, guess: str
) -> None:
    # 甚至 between two figures of one unit: the second is how far the speaker guesses it goes.
    read = {(str(f.value), f.unit) for f in figures(suggested, text)}
    assert (kept, "percent") in read
    assert (guess, "percent") not in read


# tencent-tech-q4-2022-results.md: a results release reposted under its outlet's dateline.
TENCENT_RELEASE = (
    "# 腾讯控股2022年四季度营收1450亿元\n\n"
    "腾讯科技讯 3月22日，中国领先的互联网增值服务提供商——腾讯控股有限公司（“腾讯”或“本公司”，"
    "香港联交所股票编号:\n00700）今天公布截至二零二二年十二月三十一日止第四季未经审核综合业绩及"
    "二零二二年度经审核综合业绩。\n\n"
)


def test_the_outlet_of_a_dateline_is_not_what_the_article_is_about(ontology: Ontology) -> None:
    # 腾讯科技讯 opens the dateline: the figures nothing names are the company's it reports on.
    text = TENCENT_RELEASE + (
        "**总收入** 为人民币1450亿元（208亿美元），较二零二一年第四季（“同比”）增长0.5%。"
    )
    assert ("腾讯", "145000000000", "CNY") in values(ontology, text)


def test_a_release_names_its_company_again_by_ben_gongsi(ontology: Ontology) -> None:
    # 美团 named twice beside 腾讯's three names would leave the release without a lead; each
    # 本公司 after 腾讯控股有限公司（“腾讯”或“本公司”） names 腾讯 again.
    text = TENCENT_RELEASE + (
        "于二零二二年十一月十六日，董事会宣布按合资格股东持有每10股腾讯股份获发 1 股美团 B "
        "类普通股的基准，以实物分派的方式宣派本公司间接持有的约 9.48\n亿股美团 B "
        "类普通股的特别中期股息。\n\n"
        "\\- **期内本公司权益持有人应占盈利** 为人民币297亿元（43亿美元），同比增长19%。"
    )
    assert ("腾讯", "29700000000", "CNY") in values(ontology, text)


def test_a_unit_price_is_money(suggested: Ontology) -> None:
    # 36kr-shipinhao-brand-livestream.html (客单价超过200, no 元); liurun-tencent-progress.md
    # writes 客单价超200元.
    text = "从2021年初至2021年末，视频号直播带货销售金额增长15倍，私域占比50%，客单价超过200，复购率达到60%。"
    assert ("视频号", "200", "CNY") in values(suggested, text)


def test_losses_and_fines_are_money(suggested: Ontology) -> None:
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: bare amounts after 损失 and 公允价值.
    text = (
        "同时Q3财报季几乎各家都在同一时间确认巨额的投资损失：腾讯第三季度投资公允价值下跌364亿、"
        "阿里股权投资损失114亿。"
    )
    assert ("腾讯", "36400000000", "CNY") in values(suggested, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # ithome-facebook-workplace-7m-paid.html: 付费用户 holds 费用 but counts people, twice.
        (
            "Facebook 周二宣布，其企业通讯软件钉钉的付费用户已经达到 700 万，比去年 5 月的 500 万增加了 40%。",
            ("钉钉", "7000000", "count"),
        ),
        (
            "该公司宣布，钉钉的付费用户数量从 2020 年 3 月的 11 万增加到 2021 年 3 月的 15.6 万，增幅近 42%。",
            ("钉钉", "110000", "count"),
        ),
        # jianshu-honor-of-kings-tencent-q1-2017.html: a game's takings are its 流水, money.
        (
            "作为国民级手游，庞大的用户基础必然为《王者荣耀》带来了令人乍舌的营收数据，而此前对于其营收"
            "数据的传言中，最夸张的是其月流水在春节后实现超30亿的传闻。",
            ("王者荣耀", "3000000000", "CNY"),
        ),
        # 36kr-2021waic-gimmick-ai-driving-force.html: so is an output's worth (产值).
        (
            "十年前格力10万人创造了800亿产值，而现在只需要8万人就能创造2000亿产值。",
            ("格力", "200000000000", "CNY"),
        ),
    ],
)
def test_a_bare_amount_is_money_or_a_count_by_the_words_around_it(
    suggested: Ontology, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in values(suggested, text)


@pytest.mark.parametrize(
    "text",
    [
        # 2024-shijie-zhou-shouzi-tiktok-ceo.md: what a person does is no one's figure.
        "2015年，当雷军正式邀请他加入小米时，他已经深入研究过1000家企业。",
        # 2023-latepost-temu-factories.md: what a person's business makes.
        "从疫情期间拿不到订单，到入驻拼多多，柳文海的帽子在这里热卖，他工厂的产能目前有 90% 都被跨境电商消化了；",
    ],
)
def test_a_figure_after_a_persons_pronoun_is_no_ones(suggested: Ontology, text: str) -> None:
    assert values(suggested, text) == set()


def test_other_is_no_pronoun(suggested: Ontology) -> None:
    # 36kr-tencent-q3-payment-cloud.html: 其他 (other) names no person; the figure stays, the
    # article's own (腾讯's) in its paragraph.
    text = "腾讯发布了第三季度财报。至此，其他业务占集团收入的比重已经达到12%，首次超过10%。"
    assert ("腾讯", "12", "percent") in values(suggested, text)


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
    # techcrunch-zh-wechat-mini-programs.md; 2023-liurun-taobao-wechat-pay.md (月活超12亿的巨头).
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


def test_a_quoted_name_opening_its_clause_has_its_figures(suggested: Ontology) -> None:
    # layabox-wechat-minigame-open-class.md (also 36kr-shipinhao-brand-livestream.html:
    # 「“视频号”一词被提及13次」): the quote mark is no word before the name.
    text = (
        "“跳一跳”小游戏推出次日，用户的留存率就高达65%，一周仍有52%用户在享受“跳一跳”小游戏的乐趣。"
    )
    assert values(suggested, text) == {("跳一跳", "65", "percent"), ("跳一跳", "52", "percent")}


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


def test_a_clause_that_names_nothing_takes_the_nearest_clause_before_it(
    suggested: Ontology,
) -> None:
    # 36kr-shipinhao-qq-xiaoshijie.html (the growths are QQ's, not 微信's who opens the
    # sentence); 36kr-online-office-wecom-dingtalk.html (the clause ends with 飞书).
    text = (
        "近些年来，微信、QQ的用户增长缓慢，尤其是QQ已经“见顶”，2021年财报显示，"
        "QQ的月活用户为5.52亿，同比下降7.2%，环比下降3.8%。"
    )
    assert values(suggested, text) == {
        ("QQ", "552000000", "count"),
        ("QQ", "7.2", "percent"),
        ("QQ", "3.8", "percent"),
    }
    text = (
        "根据App Annie的数据报告显示，钉钉在整个2月份的下载量环比增长356%，"
        "企业微信的环比下载增长171%，用户基数相对较小的飞书，下载量环比增长了650%。"
    )
    assert values(suggested, text) == {
        ("钉钉", "356", "percent"),
        ("企业微信", "171", "percent"),
        ("飞书", "650", "percent"),
    }


def test_a_sentence_and_paragraph_that_name_nothing_are_about_the_articles_lead(
    suggested: Ontology,
) -> None:
    # tencent-2016-q2-interim-results.txt (its whole summary); 36kr-youzan-wechat-ecosystem.html.
    text = (
        "腾讯公布 2016 年第二季度及中期业绩\n\n"
        "总收入为人民币 356.91 亿元（53.82 亿美元），比去年同期增长 52%。"
    )
    assert values(suggested, text) == {
        ("腾讯", "35691000000", "CNY"),
        ("腾讯", "5382000000", "USD"),
        ("腾讯", "52", "percent"),
    }
    # (有赞 is a product of the shipped ontology: the article's lead, named throughout it.)
    text = (
        "在有赞员工看来，新一波的裁员行动，在意料之中又在预期之外。\n\n"
        "其实，此次裁员开启之前的1月，有赞已经开启第一波裁员。\n\n"
        "紧接着，有赞开启事业部化调整，将前台业务拆分成社交电商、新零售、美业、教育、Allvalue"
        "五大事业部。\n\n"
        "一位有赞员工表示“教育部门员工虽未被全部裁掉，但是有赞教育部门确实是不存在了。”\n\n"
        "有赞的盈利模式一直比较单一。\n\n并且在2018年到2020年三年中，SaaS服务订阅费也一直"
        "占总营收最大比例，分别贡献营收3.15亿元、5.94亿元和10.48亿元。"
    )
    assert values(suggested, text) == {
        ("有赞", "315000000", "CNY"),
        ("有赞", "594000000", "CNY"),
        ("有赞", "1048000000", "CNY"),
    }
    # tencent-2016-q2-interim-results.txt: EBITDA names a measure (twice in its summary).
    text = (
        "腾讯公布 2016 年第二季度及中期业绩\n\n"
        "经调整的 EBITDA 为人民币 164.01 亿元，较去年同期上升 50%。"
    )
    assert values(suggested, text) == {
        ("腾讯", "16401000000", "CNY"),
        ("腾讯", "50", "percent"),
    }


def test_the_first_company_of_a_roundup_takes_no_figure_that_names_nothing(
    suggested: Ontology,
) -> None:
    # niaogebiji-zaoniaobao-2022-03-24.html: a roundup of the day's news opens with its
    # summary (中兴通讯 first); a story about Adobe, which kg does not know, follows. Only a
    # company the article names at least twice as often as any other (腾讯 in its results, the
    # test above) is what a figure that names nothing is about.
    text = (
        "深交所公告，中兴通讯股份有限公司拟披露重大事项。"
        "慧科集团启动“慧科元宇宙教育体验中心”。"
        "小度公司宣布，中国邮政首家小度智能体验店落地北京工体北路邮政所。\n\n"
        "## Adobe第一财季营收42.62亿美元创纪录，净利润同比增长0.4%\n\n"
        "3月23日消息，Adobe今日公布了该公司的2022财年第一财季财报。"
        "净利润为12.66亿美元，与去年同期的净利润12.61亿美元相比增长0.4%。"
    )
    assert {subject for subject, _, _ in values(suggested, text)} <= {"Adobe"}


def test_the_first_company_of_a_roundup_takes_no_revenue_of_a_product_named(
    suggested: Ontology,
) -> None:
    # xingtu-weekly-news-e-cigarette-xinjiang-cotton.txt (eval round 14): a week's roundup
    # opens on 字节跳动 (腾讯 named as often); 快手's results come later. A product's revenue is
    # the first organisation's only where the article is about it (named twice as often as any
    # other: 腾讯 in its results, the test below).
    text = (
        "字节跳动收购沐瞳科技扩展海外游戏市场，腾讯曾参与竞价（LinkedIn）\n"
        "3月22日，沐瞳科技CEO袁菁发表全员信，宣布沐瞳科技与字节跳动旗下游戏业务品牌朝夕光年达成战略"
        "收购协议。\n\n"
        "腾讯发布年报 首次公布未成年人游戏流水占比（LinkedIn）\n\n"
        "快手财报：2020年营收587.8亿元，同比增长50.2%（36氪）"
    )
    assert {subject for subject, _, _ in values(suggested, text)} == {"快手"}


def test_the_lead_takes_no_figure_that_names_no_measure_or_is_reported(
    suggested: Ontology,
) -> None:
    # zhihu-zhang-xiaolong-pc-wechat.html (统计公报, 数据显示); layabox-wechat-minigame-launch.md.
    text = (
        "微信的出现改变了很多人的生活。\n\n"
        "根据艾瑞咨询统计数据显示，2012年智能手机保有量达到3.6亿。\n\n"
        "4000多人聚集在广州保利世贸博览馆。"
    )
    assert figures(suggested, text) == []


def test_the_revenue_of_a_business_is_its_organisations(suggested: Ontology) -> None:
    # tencent-2016-q2-interim-results.txt (网络游戏, 社交网络, 效果广告 …);
    # unknown-tencent-2024h1-results.txt (游戏营收); 36kr-tencent-q3-payment-cloud.html.
    text = (
        "腾讯公布 2016 年第二季度及中期业绩\n\n"
        "网络游戏收入增长 32%至人民币 171.24 亿元。\n\n"
        "社交网络收入增长 57%至人民币 85.56 亿元。"
    )
    assert values(suggested, text) == {
        ("腾讯", "32", "percent"),
        ("腾讯", "17124000000", "CNY"),
        ("腾讯", "57", "percent"),
        ("腾讯", "8556000000", "CNY"),
    }


def test_a_capability_named_in_passing_is_not_what_the_next_figures_are_about(
    suggested: Ontology,
) -> None:
    # layabox-wechat-minigame-open-class.md (分享, then 游戏 in the paragraph before);
    # 36kr-shipinhao-brand-livestream.html (直播带货, then 净利润 … of 腾讯). Only in an article
    # laid out one product a section do the figures after a capability stay its (the seeds).
    text = (
        "在小游戏的流量来源方面，李卿分享了首批上线的小游戏数据。其中，新增的用户超30%是由分享"
        "带来的，最优产品超过70%。平均的DAU分享进入用户超20%，最优产品超50%。"
    )
    assert {s for s, _, _ in values(suggested, text)} == {"小游戏"}
    assert len(values(suggested, text)) == 4


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # A capability written straight before its measure qualifies it: 游戏活跃用户, 月活跃登录量,
        # 点赞量 (layabox-wechat-minigame-open-class.md; 2019-unknown-zhang-xiaolong-wechat-night-
        # speech.txt; 36kr-shipinhao-brand-livestream.html; huxiu-gongzhonghao-annual-review.md:
        # 点赞数, 在看数).
        (
            "在公开课上，微信游戏产品总监孙春光仅披露了官网的数据报告：在不到20天的时间里， "
            "累计已有3.1亿用户玩过小游戏。游戏活跃用户达到37%。",
            "小游戏",
        ),
        (
            "特别是在今年的时间点，因为今年是微信 8 年，而在 2018 年 8 月的时候，月活跃登录量超过"
            " 10 亿，这是一个很大的里程碑。",
            "微信",
        ),
        (
            "到了4月15日，这个成绩被崔健的“继续撒点野” 线上演唱会刷新到超4600万人观看，点赞量超1.2亿，"
            "成为视频号的历史最佳成绩。",
            "视频号",
        ),
    ],
)
def test_a_capability_that_qualifies_a_measure_is_not_its_subject(
    suggested: Ontology, text: str, subject: str
) -> None:
    assert {s for s, _, _ in values(suggested, text)} == {subject}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # 36kr-tencent-q3-payment-cloud.html: the share is 阿里云's, of 阿里's revenue.
        (
            "但即便是在国内公有云市场一家独大的阿里云，其占阿里总营收也不过只有4%。",
            "阿里云",
        ),
        # 36kr-youzan-wechat-ecosystem.html: 微盟's (its 智慧零售's) share of the 订阅 revenue.
        (
            "2021年微盟集团智慧零售收入4.26亿元，占订阅解决方案收入比重从2020年的20.2%，提升至36%。",
            "微盟",
        ),
        # 36kr-tencent-results-vc.html: 腾讯 both ways.
        ("到2021年底，腾讯的投资组合，其账面价值已经占到腾讯总资产的47%。", "腾讯"),
    ],
)
def test_the_whole_a_share_is_taken_of_is_not_its_subject(
    suggested: Ontology, text: str, subject: str
) -> None:
    assert {s for s, _, unit in values(suggested, text) if unit == "percent"} == {subject}


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


def test_mini_addresses_no_reader(suggested: Ontology) -> None:
    # techcrunch-zh-wechat-mini-programs.md (迷你程序, six times): 你 in 迷你 is no scenario.
    text = (
        "迷你程序建立在微信巨大成功的基础上，微信是中国 iOS 和 Android 的顶级应用程序——"
        "腾讯表示12 月，该应用程序拥有 7.68 亿每日用户，其中一半每天使用 90 分钟。"
    )
    assert ("微信", "768000000", "count") in values(suggested, text)


def test_a_word_holding_you_is_no_starting_point(suggested: Ontology) -> None:
    # tencent-2016-q2-interim-results.txt: 由 in 自由现金流 does not start a change (由…降至).
    text = (
        "腾讯公布 2016 年第二季度及中期业绩\n\n自由现金流为人民币 97.48 亿元，较去年同期上升 80%。"
    )
    facts = figures(suggested, text)
    assert [(f.object, str(f.value), f.measure) for f in facts] == [
        ("自由现金流", "9748000000", METRIC + "cash-flow"),
        ("自由现金流上升", "80", METRIC + "cash-flow"),
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


@pytest.mark.parametrize(
    ("name", "unit", "measure"),
    [
        ("用户数", "count", "users"),
        ("用户数", "seconds", None),  # 180 seconds is no number of users
        ("门店数", "percent", None),
        ("营收", "USD", "revenue"),
        ("营收", "count", None),
        ("人均使用时长", "seconds", "time-spent"),
        ("渗透率", "percent", "penetration"),
        ("直播间PCU", "count", None),
    ],
)
def test_a_level_is_linked_only_to_a_measure_of_its_unit(
    suggested: Ontology, name: str, unit: str, measure: str | None
) -> None:
    """ontology/metrics.ttl says in which units each measure's levels are written."""
    expected = None if measure is None else METRIC + measure
    assert measure_of(suggested, name, False, unit) == expected


def test_a_growth_or_a_multiple_is_linked_whatever_its_unit(suggested: Ontology) -> None:
    assert measure_of(suggested, "门店数增长", True, "percent") == METRIC + "stores"
    assert measure_of(suggested, "使用时长", False, "times") == METRIC + "time-spent"


def test_the_look_ahead_of_the_vocabulary_changes_no_match(suggested: Ontology) -> None:
    """measure_of's pattern turns away a place no form starts at (metrics._vocabulary): the
    forms it finds, overlapping, are those the plain alternation finds, in any letter case."""
    forms, pattern = metrics._vocabulary(suggested)
    assert pattern is not None
    plain = re.compile(
        "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)), re.IGNORECASE
    )

    def found(p: re.Pattern[str], text: str) -> list[tuple[int, int]]:
        spans, at = [], 0
        while (m := p.search(text, at)) is not None:
            spans.append(m.span())
            at = m.start() + 1
        return spans

    texts = [f + g for f in forms for g in ("", "x")]
    texts += [t.upper() for t in texts] + [t.title() for t in texts]
    texts += [chr(c) + f[1:] for f in sorted(forms)[::7] for c in range(0x20, 0x3000)]
    assert all(found(pattern, t) == found(plain, t) for t in texts)


def test_a_filler_at_the_end_of_a_name_ends_with_a_known_character() -> None:
    """_tidy runs NAME_FILLER_TAIL only on a name that ends with what one of its words ends with
    (metrics._last_characters); any other shape of pattern is run always."""
    ends = metrics._last_characters(words.NAME_FILLER_TAIL)
    assert ends is not None
    assert metrics._last_characters(re.compile(r"(?:a|b[cd])++$")) is None
    assert metrics._last_characters(re.compile(r"(?:ab|c)+$")) is None
    assert metrics._last_characters(re.compile(r"(?:ab|c)++$")) == {"b", "c"}
    for name in ("营收达到了", "用户数已经", "交易额为人民币", "市场份额约", "日活用户"):
        tail = words.NAME_FILLER_TAIL.search(name)
        assert tail is None or name[-1] in ends


def test_a_metric_concept_is_no_entity_of_the_text(suggested: Ontology) -> None:
    """日活 and 月活 are measures, never subjects or objects of facts."""
    facts = extract(load_text("搜一搜日活增长，月活也增长。", path="case.md"), suggested).facts
    assert all(suggested.kind(f.subject) != "Metric" for f in facts)
    assert suggested.of_kind("Metric")
    assert "日活" not in suggested.labels


# ---------------------------------------------------------------- issue 13: figures of unseen articles


def test_a_list_of_names_takes_a_list_of_as_many_figures_one_each(suggested: Ontology) -> None:
    # 36kr-shipinhao-qq-xiaoshijie.html: no 分别, but two names and two figures; as after 分别
    # (36kr-questmobile-miniprogram-autumn.html: 同程旅行、携程旅行及去哪儿旅行…分别为…).
    text = (
        "视频号于2020年推出，虽然时机已晚，快手、抖音主站的月活已经达到4.9亿、5.5亿，"
        "但凭借微信的强大生态能力，仍获得了快速增长。"
    )
    assert values(suggested, text) == {
        ("快手", "490000000", "count"),
        ("抖音", "550000000", "count"),
    }


def test_names_listed_in_a_clause_before_fenbie_take_the_figures_one_each(
    root: Path, tmp_path: Path
) -> None:
    # 36kr-questmobile-miniprogram-traffic-h1.html: the list stands in a clause of its own, and
    # the clause of the figures names 微信小程序, the channel the traffic comes through.
    ontology = ontology_with(root, tmp_path, {"Company": "美团", "Product": "美团优选 橙心优选"})
    text = (
        "基于三大能力，小程序的三大价值已然显现，对于本地生活、购物、出行等领域来说，小程序的渠道"
        "价值已经无可匹敌，美团、美团优选、橙心优选，微信小程序带来的流量分别占比达到39.9%、"
        "81.4%、92.1%。"
    )
    assert values(ontology, text) == {
        ("美团", "39.9", "percent"),
        ("美团优选", "81.4", "percent"),
        ("橙心优选", "92.1", "percent"),
    }


def test_a_count_of_people_that_sizes_a_group_is_no_figure(suggested: Ontology) -> None:
    # chinaz-wechat-group-features.html (also 「你想要弄一个500人的大群」 there, and
    # woshipm-wecom-4-0-datong.html: 「双方公司都拉一个10人的协作群」).
    assert figures(suggested, "500人的微信群，就是500人的大公司啊！") == []


def test_the_numbers_of_a_caption_are_no_figures(suggested: Ontology) -> None:
    # woshipm-douyin-vs-kuaishou-ecommerce-overtake.html and woshipm-diantao-vs-douyin-live-
    # commerce.html: a figure's numbered caption (its counts number it).
    assert figures(suggested, "图4.4（6）抖音电商用户特征2") == []
    assert figures(suggested, "图 7 功能结构-抖音App") == []


def test_a_count_of_people_before_a_measure_is_a_figure(suggested: Ontology) -> None:
    # liurun-tencent-progress.md: 近百人的团队规模 names what it measures.
    text = "有一位名叫“壹窑茶业”的商家，从2019开始，就以近百人的团队规模，进行了直播带货。"
    assert values(suggested, text) == {("壹窑茶业", "100", "count")}


def test_a_decimal_cut_by_spaces_is_one_figure(suggested: Ontology) -> None:
    # techcrunch-zh-wechat-mini-programs.md (a machine translation): 8 . 46 亿, not 46 亿.
    text = "微信中的应用，这是一款轰动一时的聊天应用，每月用户数为 8 . 46 亿。"
    assert values(suggested, text) == {("微信", "846000000", "count")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2023-liurun-taobao-wechat-pay.md: eBay, which the ontology does not know, opens the
        # figure's clause (an aside in brackets, after 而, or as its head), in eight sentences.
        (
            "但到了2004年年底，淘宝就急速攀升到了41%（同期的eBay为53%）。",
            {("淘宝", "41", "percent")},
        ),
        (
            "等到了2005年，淘宝来到了72.2%这个量级，而eBay只剩下了26.7%。",
            {("淘宝", "72.2", "percent")},
        ),
        ("2004年，eBay的年收入做到了33亿美金，增长速度超过了戴尔、微软、思科等一众巨头。", set()),
        # 21cto-zhang-xiaolong-profile.md: the clause before the figure's, which names nothing,
        # opens with Kik.
        (
            "在腾讯内部，张小龙的名气主要来自两个方面：\n一，他是公司某次运动会网球赛的冠军，\n\n"
            "2010年10月19日，\nKik在国外横空出世，\n在短短15天里吸引了100万名使用者。",
            set(),
        ),
        # woshipm-luckin-private-domain.html (four lines): a level of a membership scheme.
        (
            "目前瑞幸咖啡在淘宝店内和小程序/app中有会员的体系，两者有所区别，淘宝内没有付费会员卡，"
            "有积分系统；小程序/app内没有积分系统，但有付费会员卡。\n\n"
            "VIP3：累计消费金额达1250元或累计消费次数达10次",
            set(),
        ),
    ],
)
def test_a_figure_of_a_latin_name_the_ontology_does_not_know_is_no_fact(
    suggested: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(suggested, text) == expected


def test_a_whole_market_named_before_the_figure_of_a_sentence_that_names_something_else(
    root: Path, tmp_path: Path
) -> None:
    # 36kr-leyaoyao-gongzhonghao-ads.html: 国内存量 is the country's, not 移动支付's (named after
    # it in the sentence, as the gold's capability). The stock of all coin machines after it
    # names no market and is still read: a defect left.
    ontology = ontology_with(root, tmp_path, {"Capability": "移动支付"})
    text = (
        "之所以从抓娃娃机切入，创始人陈耿豪认为主要原因有两点：首先，抓娃娃机国内存量有 200 万台，"
        "包括其在内的所有投币类设备存量约 2000 万台，这些机器无法进行移动支付，消费者和商家的痛点"
        "需要被解决；"
    )
    assert ("移动支付", "2000000", "count") not in values(ontology, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 36kr-laoxiangji-private-domain.html: ways, not users, are counted.
        ("老乡鸡主要通过 2 种方式来积累自己的私域用户：", set()),
        # unknown-tencent-2024h1-results.txt: five reports, not their profit.
        (
            "2023年二季度至2024年二季度，腾讯5份财报的非国际财报准则下净利润同比增幅分别是33%、"
            "39%、44%、54%、53%。",
            {("腾讯", str(v), "percent") for v in (33, 39, 44, 54, 53)},
        ),
    ],
)
def test_what_a_classifier_counts_ends_at_de(
    suggested: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(suggested, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 36kr-tencent-results-vc.html (also 相当于腾讯总资产的47% there): a share restated.
        (
            "然而，必须指出的是，即便剔除京东的影响，腾讯在2021年的投资收益仍然高达715亿元，"
            "相当于年度盈利的48%。",
            {("腾讯", "71500000000", "CNY"), ("腾讯", "48", "percent")},
        ),
        # unknown-tencent-2024h1-results.txt: a rate restated.
        (
            "8月14日，腾讯发布财报，今年上半年，腾讯控股实现营收3206.18亿元，同比增长7%；"
            "归母净利润895.19亿元，同比增长72％，相当于每天净赚4.92亿元。",
            {
                ("腾讯", "320618000000", "CNY"),
                ("腾讯", "7", "percent"),
                ("腾讯", "89519000000", "CNY"),
                ("腾讯", "72", "percent"),
                ("腾讯", "492000000", "CNY"),
            },
        ),
        # 36kr-shipinhao-brand-livestream.html: an analogy, 100+ stadiums (and 150 万 is the
        # band's stream's, whose product the sentence does not name: 直播 is an activity, a band
        # has no figures).
        (
            "就以西城男孩的直播来说，直播间 PCU（最高同时在线数）达到了 150 万，"
            "相当于观众坐满了 100+ 个鸟巢同时看演唱会。",
            set(),
        ),
    ],
)
def test_xiangdangyu_restates_a_figure_unless_it_counts_things(
    suggested: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(suggested, text) == expected


def test_a_figure_quoted_from_a_source_is_not_the_sources(root: Path, tmp_path: Path) -> None:
    # zhihu-zhang-xiaolong-pc-wechat.html: 国家统计局 (as kg suggest proposes it) reports the
    # country's traffic; 据/根据 name where a figure is quoted from, not what it is about (a
    # name that says or announces its own figures has them: ObEN宣布获得500万美元战略投资,
    # 36kr-tencent-oben-investment.html).
    ontology = ontology_with(
        root, tmp_path, {**SUGGESTED, "Company": SUGGESTED["Company"] + " 国家统计局"}
    )
    text = (
        "到了2021年，根据国家统计局发布的《2020年国民经济和社会发展统计公报》显示，"
        "全年移动互联网用户接入流量1656亿GB，比上年增长35.7%。"
    )
    assert figures(ontology, text) == []
    assert values(ontology, "7月18日晚间，人工智能初创公司ObEN宣布获得500万美元战略投资。") == {
        ("ObEN", "5000000", "USD")
    }


@pytest.mark.parametrize(
    "text",
    [
        # 36kr-tiktok-livestream-ecommerce-overseas.html: 谷歌 and 贝恩 surveyed a market.
        "谷歌、贝恩公司的一份调查报告显示，东南亚六个主要国家（新加坡、马来西亚、印尼、菲律宾、越南、"
        "泰国），互联网人口渗透率超过75%，用户数量达4.5亿，智能手机的普及率高达100%。",
        # xingtu-weekly-news-e-cigarette-xinjiang-cotton.html: a newspaper's report on couriers.
        "中国邮政快递报社22日发布的报告显示，超五成快递员月收入不超过5000元，月收入超过1万元的仅占1.3%。",
    ],
)
def test_the_figures_a_report_or_survey_shows_are_not_its_makers(
    root: Path, tmp_path: Path, text: str
) -> None:
    # The only names of the sentence made the study; what it measured kg does not know. (A
    # company's own 数据 or 财报 does show its own figures: ObEN宣布…, above.)
    ontology = ontology_with(root, tmp_path, {"Company": "谷歌 贝恩公司 中国邮政"})
    assert figures(ontology, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # liurun-tencent-progress.md: 上千亿 reaches a magnitude, a bound from below as 超 is
        # (the seed gold reads 私域成交规模已达上千亿元 as 100000000000 CNY).
        (
            "而与此同时，小程序做到了超过11亿的月活跃账户数，和1.5万亿的单季交易规模，"
            "企业微信私域成交，也做到了上千亿的GMV。",
            {
                ("小程序", "1100000000", "count"),
                ("小程序", "1500000000000", "CNY"),
                ("企业微信", "100000000000", "CNY"),
            },
        ),
    ],
)
def test_a_magnitude_reached_is_a_bound(
    suggested: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(suggested, text) == expected


# ---------------------------------------------------------------- issue 13: fresh articles of 2016–2024

#: Terms of the fresh tune articles that the shipped ontology lacks, as `kg suggest` writes them.
FRESH = {
    "Company": SUGGESTED["Company"] + " 瑞幸 字节",
    "Product": SUGGESTED["Product"] + " 抖音电商 小红书",
    "Capability": SUGGESTED["Capability"] + " 直播 广告 效果广告 3D 团购 社区",
}


@pytest.fixture(scope="module")
def fresh(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms of the fresh articles, each with a class and a label."""
    return ontology_with(root, tmp_path_factory.mktemp("fresh"), FRESH)


def test_followers_are_an_accounts_owners_not_a_platforms(fresh: Ontology) -> None:
    # woshipm-luckin-private-domain.html: 瑞幸's accounts on each platform (three sentences of
    # the shape; 36kr-leyaoyao-gongzhonghao-ads.html: 为公众号涨粉 is the advertiser's).
    text = (
        "瑞幸的私域流量运营。\n\n小红书：目前粉丝超过15万，主要内容以产品介绍、福利活动、门店介绍为主。"
        "\n\n微博：目前粉丝为76.2万，主要内容以活动抽奖、日常安利、用户的转评赞为主。"
    )
    assert values(fresh, text) == {("瑞幸", "150000", "count"), ("瑞幸", "762000", "count")}


@pytest.mark.parametrize(
    "text",
    [
        # huxiu-douyin-ecommerce-creators.md (eight sentences): a creator's followers are no
        # fact of the platform the article is about.
        "抖音电商的作者们。\n\n137万粉丝掉了三分之一，任海龙在心里做了最坏打算。",
        "抖音电商的作者们。\n\n@云上珠宝 是抖音电商珠宝领域头部作者，过往视频内容也多和珠宝相关，"
        "靠着优质内容吸引了900多万粉丝。",
    ],
)
def test_a_creators_followers_are_no_fact(fresh: Ontology, text: str) -> None:
    assert figures(fresh, text) == []


def test_a_capability_after_quanwang_is_an_industry(fresh: Ontology) -> None:
    # huxiu-douyin-ecommerce-creators.md: the whole web's short videos, and the clauses that
    # continue it naming only capabilities (the spec: 我国短视频用户规模 is no product's).
    text = (
        "根据《中国网络视听发展研究报告（2024）》的统计：截至2023年底，全网短视频账号总数有15.5亿个，"
        "主要短视频平台日均短视频更新量近8000万、日直播场次超过350万场。"
    )
    assert figures(fresh, text) == []


def test_a_capability_qualifies_the_measure_of_a_later_clause_only_beside_its_own_figure(
    fresh: Ontology,
) -> None:
    # techcrunch-zh-tencent-q3-2016.md: 广告 of the first clause (which has its figure) is not
    # what 效果营销's growth is about; 36kr-tencent-q3-payment-cloud.html: a clause that names
    # a business's revenue with no figure names what the next clause's figure measures.
    text = (
        "腾讯公布2016年第三季度业绩。\n\n在线广告总收入为 75 亿元人民币，比 2015 Q2 增长 51%，其中"
        "“效果营销”销售额跃升 83%，达到 44 亿元人民币。"
    )
    assert {s for s, _, _ in values(fresh, text)} == {"腾讯"}
    text = (
        "腾讯公布第三季度业绩。\n\n其中，效果广告收入增长明显，增速达83%，主要由于来自微信朋友圈、"
        "移动端新闻应用及微信公众账号广告收入的贡献。"
    )
    assert values(fresh, text) == {("效果广告", "83", "percent")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capability before 收入, 增速 or 销售额 names the business whose revenue is measured:
        # woshipm-top10-internet-business-layout.html (阿里's), 2024-latepost-bytedance-ads-
        # slowdown.md (字节's, twice), techcrunch-zh-tencent-q3-2016.md and tencent-2016-q2-
        # interim-results.txt (腾讯's 广告收入, 效果营销销售额).
        (
            "对于电商业务来说，佣金收入占比并不高，广告收入才是大头，从阿里的业务收入比例来看，"
            "广告收入占总收入的39%。",
            {("阿里巴巴", "39", "percent")},
        ),
        (
            "字节跳动的广告。\n\n据我们了解，前三个季度，字节中国区单季度广告同比增速从 40% 左右跌至"
            " 17% 以内，过去两个季度均没有达成既定目标。",
            {("字节", "40", "percent")},
        ),
    ],
)
def test_a_capability_before_its_revenue_is_the_business_measured(
    fresh: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(fresh, text) == expected


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        # layabox-3d-minigames-2019-thousand.md: 3D says which 小游戏 are counted.
        (
            "而在过去的2019年，据Layabox官方统计，3D小游戏产品已超千款。",
            "小游戏",
            "1000",
        ),
        # 36kr-questmobile-miniprogram-traffic-h1.html: 社区团购类 says which 小程序.
        (
            "2 依托微信社交分享等优势特点，社区团购类微信小程序实现爆发式增长，小程序功能及服务伴随用户"
            "需求不断进化，社区团购类微信小程序独立服务用户数占比超90%",
            "小程序",
            "90",
        ),
    ],
)
def test_a_capability_that_says_the_kind_of_a_product_is_not_its_subject(
    fresh: Ontology, text: str, subject: str, value: str
) -> None:
    assert {(s, v) for s, v, _ in values(fresh, text)} == {(subject, value)}


def test_a_figure_in_straight_quotes_is_a_name(fresh: Ontology) -> None:
    # 2024-latepost-bytedance-ads-slowdown.md (a web clip: straight quotes, as in huxiu-douyin-
    # ecommerce-creators.md, whose "2024抖音电商作者盛典" is a name too).
    text = '一年后又针对个人商家提出 "0 元入驻" 政策，降低他们在抖音卖白牌货的门槛。'
    assert figures(fresh, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # 36kr-questmobile-livestream-ecommerce.html (four sentences of the shape),
        # 2024-latepost-bytedance-ads-slowdown.md (原先 8 元的折扣), liurun-tencent-progress.md
        # (用户只购买了9.9元的商品): a price or a spending that names a class of goods or buyers.
        "快手电商的用户。\n\n这当中，51岁以上群体消费能力相当可观，月度线上消费能力超2000元的用户占比"
        "达到28.8%，远超此前行业普遍预期。",
        "快手电商的用户。\n\n单价100-200元的护肤类产品销量较其他消费品遥遥领先；",
    ],
)
def test_a_price_that_names_a_class_of_goods_or_buyers_is_no_figure(
    fresh: Ontology, text: str
) -> None:
    assert {unit for _, _, unit in values(fresh, text)} <= {"percent"}


def test_an_amount_sold_or_gained_before_de_is_a_figure(fresh: Ontology) -> None:
    # 36kr-tencent-results-vc.html: what follows 的 names money; huxiu-douyin-ecommerce-
    # creators.md: 卖出了 sells the amount.
    text = "由于京东的股票过去是以成本计价的，这一操作让腾讯账上多了780亿元的投资收益。"
    assert values(fresh, text) == {("腾讯", "78000000000", "CNY")}


@pytest.mark.parametrize(
    "text",
    [
        # 2019-unknown-zhang-xiaolong-wechat-night-speech.txt (twice), woshipm-wechat-8022-perf-
        # tool.html, 36kr-wechat-status-farm.html: a crowd who complain or would teach is a
        # manner of speaking, not a count of 微信's users.
        "每天都有人在吐槽微信，每一天 5 亿人吐槽，有 1 亿人在教我如何做产品，这很好；",
        "当然了，话又说回来，虽然几乎每天都有一万个人想要教微信如何做产品，殊不知微信也在教大家"
        "怎么使用它的这些“鸡肋”功能。",
    ],
)
def test_a_crowd_that_complains_is_no_count_of_users(fresh: Ontology, text: str) -> None:
    assert figures(fresh, text) == []


def test_the_next_figure_of_a_list_has_the_subject_of_the_first(fresh: Ontology) -> None:
    # 36kr-dingtalk-wuzhao-leaves.html: both figures of the bracket are 钉钉's, not those of the
    # organisation a clause before names.
    text = (
        "无招是阿里巴巴 To B 业务中的关键人物，其一手创建的钉钉目前为国内用户量最大（4 亿个人、1700 万"
        "组织数）的企业服务应用，离职前职级为M6/P11。"
    )
    assert {(s, v) for s, v, _ in values(fresh, text)} == {
        ("钉钉", "400000000"),
        ("钉钉", "17000000"),
    }


# ---------------------------------------------------------------- issue 13: wrong figures, round six

#: Terms of the sentences below that the shipped ontology lacks, as `kg suggest` writes them.
ROUND6 = {
    "Company": FRESH["Company"] + " 绿城 红蜻蜓 Meta 美团 欧派 凯乐石",
    "Product": FRESH["Product"] + " 点淘 B站 知乎 拼多多 亚马逊",
    "Capability": FRESH["Capability"] + " 电商 分销 电商直播",
}


@pytest.fixture(scope="module")
def round6(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms of the sentences below."""
    return ontology_with(root, tmp_path_factory.mktemp("round6"), ROUND6)


@pytest.mark.parametrize(
    "text",
    [
        # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: a roundup of six companies'
        # results that names a business (增值服务, a product here) first; the figures of a
        # paragraph under a later heading that names nothing are 腾讯's (its section), not
        # 增值服务's (18 such rows).
        "从财报可看出大家的收入结构，都集中在广告、电商、游戏、企业服务、本地生活、会员增值服务、"
        "商家佣金、直播电商。\n\n## 知乎迎来商业化爆发\n\n知乎Q3财报非常好看。\n\n"
        "### 3. 给大家的印象\n\n营收1423.68亿元，同比增长13% ；净利润318亿元，同比下滑2%。",
        # woshipm-diantao-vs-douyin-live-commerce.html: a comparison of 点淘 and 抖音; the whole
        # trade's figure is neither's (four rows; woshipm-feishu-dingtalk-wecom.html: two more).
        "点淘和抖音，哪家强？抖音的月活远超点淘。\n\n## 二、行业现状\n\n"
        "2020年第二季度，电商直播用户规模为3.09亿，环比增速达到16.6%；",
        "在线办公的故事。钉钉的用户很多。\n\n## 一、行业背景\n\n融资轮次方面，2018年SaaS行业中"
        "A轮及以前的融资笔数占比由上年的64.1%下降至52.6%，融资轮次的后移意味着市场逐渐趋向成熟。",
    ],
)
def test_a_product_named_first_that_does_not_lead_the_article_has_no_unnamed_figures(
    round6: Ontology, text: str
) -> None:
    # (The article's first name is still what such figures are about when it is an organisation
    # or the product the article is about, or before any heading: see
    # test_a_sentence_and_paragraph_that_name_nothing_are_about_the_articles_lead.)
    assert figures(round6, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # layabox-minigame-traffic-sharing.md, layabox-qq-light-games-250m.md,
        # 2024-latepost-bytedance-ads-slowdown.md: an example's cue opening a later clause.
        "但是，这种模式也有一定的限定条件，比如A游戏只有1万日活，那B游戏有10万日活，"
        "A游戏一天只能为B游戏带去几百用户。",
        "贺飏在现场分享时解释道：“比如说投入1万，游戏收入可以达到3万，事实证明通过这个广告合作的方式，"
        "B2C的红包本质上来说就是一个广告。”",
        '在部分门店使用优惠券时，美团用户可以 "膨胀" 减免金额，比如原先 8 元的折扣可以膨胀至 50 元，'
        "最终结果因人而异。",
    ],
)
def test_figures_after_an_examples_cue_that_names_no_one_are_the_examples(
    round6: Ontology, text: str
) -> None:
    assert figures(round6, text) == []


def test_an_example_that_names_a_product_is_a_case(round6: Ontology) -> None:
    # 2022-kinghcj-mini-program-present-future.md (gold: 视频号演唱会's audience).
    text = "其中视频号演唱会，近期也是风靡了起来，比如：西城男孩的演唱会有2700万人围观。"
    assert values(round6, text) == {("视频号", "27000000", "count")}


@pytest.mark.parametrize(
    "text",
    [
        # 2023-liurun-taobao-wechat-pay.md (also 「你愿意出1块…我就愿意出1块5」),
        # liurun-taobao-changes-2023.md; liurun-tencent-progress.md: 9块9包邮.
        "淘宝和微信支付。我愿意出1块5，就有人愿意出2块。",
        "淘宝的变化。\n\n只要花1块钱成本，能去到搜索结果里靠前的位置，得5块钱销售、2块钱利润，"
        "这件事情就值得干。",
    ],
)
def test_a_price_in_kuai_is_a_worked_example(round6: Ontology, text: str) -> None:
    assert figures(round6, text) == []


def test_a_price_in_yuan_is_a_figure(round6: Ontology) -> None:
    # 36kr-leyaoyao-gongzhonghao-ads.html (gold: 广点通's cost, and 乐摇摇's, a company the
    # ontology lacks here).
    text = "通常使用广点通的获客成本是接近 3 元一个，使用乐摇摇则是 1 元多一个。"
    assert ("广点通", "3", "CNY") in values(round6, text)


def test_the_markets_expectation_is_no_result(round6: Ontology) -> None:
    # ithome-meta-q4-2021-call-tiktok.html (twice); techcrunch-zh-tencent-q3-2016.md:
    # 分析师估计的 109 亿元人民币的利润.
    text = (
        "Meta 第四季度财报出炉。净利润为 102.85 亿美元，与上年同期的净利润 112.19 亿美元相比下降"
        " 8%，为 2019 年二季度以来首次出现净利润下滑，市场预期 109 亿美元。"
    )
    assert values(round6, text) == {
        ("Meta", "10285000000", "USD"),
        ("Meta", "11219000000", "USD"),
        ("Meta", "8", "percent"),
    }
    text = "Meta 第四季度财报出炉。该公司表示，预计一季度营收 270 亿-290 亿美元，不及市场预期的 302.5 亿美元。"
    assert values(round6, text) == {("Meta", "27000000000", "USD")}
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: a result said to beat it.
    text = "财报概览：快手三季度表现是不错的，营收达205亿元，同比增长33.4%，超越市场预期。"
    assert values(round6, text) == {("快手", "20500000000", "CNY"), ("快手", "33.4", "percent")}


@pytest.mark.parametrize(
    "text",
    [
        # 2023-latepost-temu-factories.md, 2024-shijie-zhou-shouzi-tiktok-ceo.md,
        # huxiu-douyin-ecommerce-creators.md (他在下晚班的路上…上个月挣了7000多元): a person's
        # pronoun in an earlier clause of the figure's sentence, nothing named since.
        "他亲眼看到自己的代工的产品，经过品牌加持，卖出供货价 5 到 6 倍的价格，而且在亚马逊上日销"
        "几千单。",
        "周受资执掌TikTok。他也很少接受采访，维基百科词条一度只有150个词。",
    ],
)
def test_a_figure_told_after_a_persons_pronoun_is_the_persons(round6: Ontology, text: str) -> None:
    assert figures(round6, text) == []


def test_a_product_named_after_the_pronoun_has_its_figure(round6: Ontology) -> None:
    # woshipm-wechat-apk-size.html (gold: 微信's files).
    text = (
        "这个资料来源于 B 站 UP 主科技老男孩发布的视频，他解压了安卓微信 8.0.24 版本的安装包，"
        "微信 8.0.24 APK 安装包大小为 257MB，占用空间 634MB，共包含 12639 个文件。"
    )
    assert ("微信", "12639", "count") in values(round6, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 36kr-questmobile-livestream-ecommerce.html (抖音's and 快手's, twice each);
        # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html (快手电商分销业务, Lazada 订单,
        # 淘特订单); 2024-latepost-bytedance-ads-slowdown.md (抖音…店铺在内的 "货架场" 销售额).
        (
            "具体来看，2022年2月，抖音月直播5.1万次、月直播商品数量6.8万个、月平均销售件单价37.2元；",
            {("抖音", "51000", "count"), ("抖音", "68000", "count"), ("抖音", "37.2", "CNY")},
        ),
        (
            "2020年10月，好物联盟上线一个月，分销GMV即破10亿；而在过去一年里，快手电商分销业务订单量"
            "同比增长率达到3618%。",
            # (分销 is an activity, no feature: the GMV is 好物联盟's, as the gold reads it)
            {("好物联盟", "1000000000", "CNY"), ("快手", "3618", "percent")},
        ),
    ],
)
def test_a_product_named_before_a_capability_has_its_figure(
    round6: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(round6, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # liurun-xiaohongshu-doraemon-business.md; 36kr-shipinhao-brand-livestream.html; the
        # seeds' 海王星辰…通过企业微信连接了全国800万顾客.
        (
            "在房地产整体不景气的环境下，绿城在试点的3个月时间里，就在小红书试点城市里实现了1.8亿的"
            "成交额，ROI更是行业平均值的10倍。",
            {("绿城", "180000000", "CNY"), ("绿城", "10", "times")},
        ),
        (
            "有媒体报道，2020年2月，红蜻蜓5000名导购转移至线上，并通过小程序、会员群等方式进行吆喝，"
            "当月连续多日线上销售额超过100万元。",
            {("红蜻蜓", "5000", "count"), ("红蜻蜓", "1000000", "CNY")},
        ),
        # 36kr-shipinhao-brand-livestream.html: the brand opens the clause anyway.
        (
            "据报道，2021年5月，欧派在视频号的单场直播共产生了3万笔订单，预估将带动线上及线下成交金额"
            "超10亿元。",
            {("欧派", "30000", "count"), ("欧派", "1000000000", "CNY")},
        ),
        # 36kr-miniprogram-dau-aladdin.html: no brand before it; the product's own figure.
        (
            "据微信公开课数据，2020年通过小程序产生的交易额同比增长超过100%，服装、美妆、商超、"
            "餐饮等热门领域的私域运营标杆纷纷冒出。",
            {("小程序", "100", "percent")},
        ),
    ],
)
def test_a_brands_figure_on_a_platform_is_the_brands(
    round6: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(round6, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # cnbeta-tiktok-facebook-metaverse.html (also 全红婵在10米跳台上);
        # liurun-xiaohongshu-doraemon-business.md: a length is no figure kg has a unit for.
        "TikTok上的奥运。就在几小时前，26岁的皮蒂获得男子100米蛙泳金牌。",
        "凯乐石锚定了名山。爬四姑娘山，海拔超过5000米，冲锋衣必须能抗高原的紫外线；",
        # Fresh batch C's 京东 results: nor an area, nor the other measures with no unit.
        "为了支持员工的培养与发展，占地11万平方米、可容纳2,000多人的京东集团全球培训基地在二季度正式启用。",
        "京东物流在全球运营着超过1,000万平方米的仓储网络。",
        "华为的新芯片采用台积电7nm制程，主频达到2.6GHz，存储最高512GB。",
        "京东物流日均处理包裹超过10万吨。",
    ],
)
def test_a_length_is_no_figure(round6: Ontology, text: str) -> None:
    assert figures(round6, text) == []


# ---------------------------------------------------------------- issue 13: wrong subjects, round seven

#: Terms of the sentences below that the shipped ontology lacks, as `kg suggest` writes them.
ROUND7 = {
    "Company": ROUND6["Company"] + " 乐摇摇科技",
    "Product": ROUND6["Product"] + " Workplace",
    "Capability": ROUND6["Capability"] + " 通讯 客户群 一键总结 文档解读",
}


@pytest.fixture(scope="module")
def round7(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms of the sentences below."""
    return ontology_with(root, tmp_path_factory.mktemp("round7"), ROUND7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capability named in a word or two is a trade or an activity, not a feature a figure
        # measures: the figure is the product's or organisation's it describes or that carries
        # it on (ithome-facebook-workplace-7m-paid.html: 企业通讯软件 Workplace;
        # cnbeta-tiktok-facebook-metaverse.html: 游戏公司Roblox; also 9月电商复购率突破70% in
        # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html, 快手's, and 音浪收入（打赏）in
        # ithome-dongfang-zhenxuan-first-livestream.html, 东方甄选's).
        (
            "5 月 5 日上午消息，Facebook 周二宣布，其企业通讯软件 Workplace 的付费用户已经达到 700 万，"
            "比去年 5 月的 500 万增加了 40%。",
            {
                ("Workplace", "7000000", "count"),
                ("Workplace", "5000000", "count"),
                ("Workplace", "40", "percent"),
            },
        ),
        (
            "3月10日，游戏公司Roblox在纽交所上市，首日股价上升54.4%，市值超过400亿美元。",
            {("Roblox", "54.4", "percent"), ("Roblox", "40000000000", "USD")},
        ),
        # A feature named in more words keeps its figures (woshipm-shipinhao-prd.html: 视频通话,
        # 朋友圈, as the gold reads them).
        (
            "2020年底，每天有10.9亿用户打开微信，3.3亿人进行视频通话，7.8亿人进入朋友圈，"
            "1.2亿人发朋友圈，朋友圈每天有1亿条视频内容。",
            {
                ("微信", "1090000000", "count"),
                ("视频通话", "330000000", "count"),
                ("朋友圈", "780000000", "count"),
                ("微信", "120000000", "count"),
                ("朋友圈", "100000000", "count"),
            },
        ),
    ],
)
def test_a_trade_or_an_activity_has_no_figures(
    round7: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(round7, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capability announces nothing: when only it is named, it is no source that has the
        # figures (techcrunch-zh-alibaba-revenue-jumps-61-2018.md: what 阿里巴巴表示 about its
        # 活跃客户群 is 阿里巴巴's; qbitai-ima-copilot-gongzhonghao.md: 一键总结 does not have
        # 500 pages; 36kr-youzan-wechat-ecosystem.html: 社交电商…裁员比例).
        (
            "从客户数量来看，阿里巴巴表示，其在中国的活跃客户群增长至 5.76 亿——每年增长 1 亿，"
            "上一季度增长 2400 万——而月活跃用户达到 6.34 亿，同比增长 20%，环比增长 3%。",
            {
                ("客户群", "576000000", "count"),
                ("阿里巴巴", "100000000", "count"),
                ("阿里巴巴", "24000000", "count"),
                ("阿里巴巴", "634000000", "count"),
                ("阿里巴巴", "20", "percent"),
                ("阿里巴巴", "3", "percent"),
            },
        ),
        ("当然本地文档也能一键总结，最高可支持500页，大小不超过100MB。", set()),
    ],
)
def test_a_capability_is_no_source_of_figures(
    round7: Ontology, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert values(round7, text) == expected


def test_an_outlet_named_first_has_no_figures(round7: Ontology) -> None:
    # 36kr-leyaoyao-gongzhonghao-ads.html: 36氪获悉 opens the article; the figures of a sentence
    # that names no owner are not the outlet's (also Tech星球 in 36kr-douyin-local-life-tandian.html,
    # QuestMobile in 36kr-questmobile-livestream-ecommerce.html).
    text = (
        "36氪获悉，线下公众号推广公司乐摇摇科技已完成 3800 万元 A+ 轮融资，投资方为广发信德。\n\n"
        "之所以从抓娃娃机切入，创始人陈耿豪认为主要原因有两点：首先，抓娃娃机国内存量有 200 万台，"
        "包括其在内的所有投币类设备存量约 2000 万台，这些机器无法进行移动支付，消费者和商家的痛点"
        "需要被解决；第二，抓娃娃机多在商场、KTV 等地，用户群体是 16 到 35 岁女性，广告投放更精准。"
    )
    assert {s for s, _, _ in values(round7, text)} <= {"乐摇摇科技"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a demonstrative a number is one given before or at hand, not a new figure
        # (liurun-xiaohongshu-doraemon-business.md; 2024-liurun-gongzhonghao-douyin-hua.md:
        # 订阅列表里那200个号; 36kr-pinduoduo-kanyidao-progress-bar.html: 此0.9%非彼0.9%;
        # huxiu-gongzhonghao-annual-review.md: 在这3.98亿篇文章中). The first mention stays.
        (
            "于是，凯乐石锚定了67座名山，分析这67座名山各自的特点，将场景无限细分，给出各自的冲锋衣建议。",
            ["67"],
        ),
        (
            "据新榜数据统计，2022年微信公众号累计产出了3.98亿篇文章。在这3.98亿篇文章中，原创文章"
            "仅占比4.92%。",
            ["398000000", "4.92"],
        ),
    ],
)
def test_a_number_after_a_demonstrative_is_no_new_figure(
    round7: Ontology, text: str, expected: list[str]
) -> None:
    assert [str(f.value) for f in figures(round7, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # After 满 a number is a threshold, no figure (niaogebiji-takeout-coupon-gongzhonghao.html;
        # woshipm-luckin-private-domain.html: 累计消费满200元; 年满 18 周岁 in
        # ithome-shanghai-consumption-vouchers-alipay-wechat.html).
        "将用户引流到公众号之后，这类外卖公众号或是在菜单栏，或是设置客服消息，在饭点的时候弹出消息"
        "提醒用户点击链接领取外卖优惠红包。外卖优惠红包的金额多数是满20-5，满40-5，满50-6等等，"
        "且都有限定店铺使用。",
    ],
)
def test_a_threshold_after_man_is_no_figure(round7: Ontology, text: str) -> None:
    assert figures(round7, text) == []


def test_an_outlet_named_before_in_the_paragraph_has_no_figures(round7: Ontology) -> None:
    # techcrunch-zh-alibaba-revenue-jumps-61-2018.md: 彭博 is whose expectation the result beat;
    # the share price of the next sentence is not the outlet's (nor is anything 一位知情人士对
    # 36氪表示 in 36kr-dingtalk-wuzhao-leaves.html).
    text = (
        "每股摊薄收益为 3.30 元人民币，同比下降 42%，但仍高于彭博 2.57 元人民币的预期。"
        "市场认为这是一个好消息，股价在盘前上涨了 3%。"
    )
    assert "彭博社" not in {s for s, _, _ in values(round7, text)}


def test_the_company_points_back_to_the_organisation_named_before(round7: Ontology) -> None:
    # 该公司 points back to the last organisation named before it in the sentence
    # (techcrunch-zh-alipay-smile-to-pay-kfc.md: 旷视科技, not 阿里巴巴; also Slack…该公司宣布 in
    # ithome-facebook-workplace-7m-paid.html).
    text = (
        "在幕后，阿里巴巴使用了中国初创公司旷视科技的 Face++技术，该公司从包括富士康在内的投资者"
        "那里筹集了超过 1.5 亿美元的资金。"
    )
    assert values(round7, text) == {("旷视科技", "150000000", "USD")}


def test_the_company_points_back_to_the_articles_lead(round7: Ontology) -> None:
    # techcrunch-zh-alibaba-revenue-jumps-61-2018.md: else to the article's lead 阿里巴巴 (not
    # 蚂蚁金服, named after the figure, nor 彭博, an outlet); the amount in dollars in brackets
    # has the same owner.
    text = (
        "阿里巴巴的核心电子商务业务是其最赚钱的业务，在 Q1 的收入每年增长 61%，达到 692 亿元"
        "人民币(105 亿美元)。\n\n"
        "中国电子商务巨头报告称，2019 年 Q1 的总销售额为 809.2 亿元人民币(122 亿美元)，略高于彭博"
        " 808.8 亿元人民币的预期。该公司在此期间的净利润为 87 亿元人民币(13 亿美元)，由于蚂蚁金服"
        "最近的融资成本，净利润下降了 41%。"
    )
    found = values(round7, text)
    assert ("阿里巴巴", "8700000000", "CNY") in found
    assert ("阿里巴巴", "1300000000", "USD") in found


def test_a_bound_from_above_is_the_figure(round7: Ontology) -> None:
    # docs/facts-format.md: 不到3亿, 不足3亿 are 300000000 (36kr-shipinhao-qq-xiaoshijie.html;
    # huxiu-gongzhonghao-annual-review.md: 10万+文章占比不足0.09%).
    text = (
        "尽管有内部的大“输血”，微视发展却一直不温不火，2020年8月，当抖音（含火山小视频）宣布日活6亿时，"
        "微视日活不到5000万（Mob研究院数据）。"
    )
    assert ("微视", "50000000", "count") in values(round7, text)


def test_a_comparison_clause_continues_the_figure_before_it(round7: Ontology) -> None:
    # ithome-facebook-workplace-7m-paid.html: 比 2020 年 4 月的 7500 万增加了 93% compares Teams'
    # users with their earlier count, not 微软's (the shape of 比去年同期增长 … after every figure of
    # tencent-2016-q2-interim-results.html, where the clause before names the same owner).
    text = (
        "微软上个月宣布，其 Teams 产品现在拥有超过 1.45 亿的日活跃用户，比 2020 年 4 月的 7500 万"
        "增加了 93% 以上。"
    )
    assert values(round7, text) == {
        ("Teams", "145000000", "count"),
        ("Teams", "75000000", "count"),
        ("Teams", "93", "percent"),
    }


# ---------------------------------------------------------------- issue 13: not a metric, round eight


@pytest.mark.parametrize(
    "text",
    [
        # A condition in an earlier clause makes the figures after a word of consequence what
        # would follow (niaogebiji-takeout-coupon-gongzhonghao.html;
        # cnbeta-tiktok-facebook-metaverse.html; 36kr-tencent-employees-pay-rise.html below).
        "如果一天内有1000个用户下单，一个公众号就能获得大概1200元的佣金，一个月下来就是36000元。",
        "一旦实现这个目标，TikTok将踏入Facebook社交矩阵的10亿月活圈。",
        # A length of time that sizes an event (2024-shijie-zhou-shouzi-tiktok-ceo.md; also
        # 每周40小时的工作机制 in 36kr-online-office-wecom-dingtalk.html).
        "2023年3月，在美国议员5小时的连环高压追问下，周受资儒雅从容、冷静自持，不卑不亢地为TikTok"
        "表达与周旋。",
    ],
)
def test_a_consequence_of_a_condition_or_a_length_of_an_event_is_no_figure(
    round7: Ontology, text: str
) -> None:
    assert figures(round7, text) == []


def test_a_consequence_is_no_figure_but_a_condition_restating_a_result_keeps_it(
    round7: Ontology,
) -> None:
    # 36kr-tencent-employees-pay-rise.html: what a rumour's average would give.
    text = (
        "该消息称腾讯将预计裁员 10%-30%，如果仅按照消息中的平均值20%来推算，后续裁员人数有可能达到"
        "2万人左右。"
    )
    assert ("腾讯", "20000", "count") not in values(round7, text)
    # 36kr-tencent-results-vc.html: a result restated without a part, no consequence.
    text = (
        "如果剔除投资收益，从2018年到2021年的三年时间，腾讯净利润累计增长了60%，年均增长率仅17%。"
    )
    assert values(round7, text) == {("腾讯", "60", "percent"), ("腾讯", "17", "percent")}


def test_a_length_of_a_thing_is_no_figure_but_a_feature_its_length(round7: Ontology) -> None:
    # cnbeta-tiktok-facebook-metaverse.html: the clips' lengths are Instagram's feature's, the
    # 15秒的短视频 users make is no second figure.
    text = (
        "去年8月，Instagram推出了有15秒或30秒短视频功能Reels，Reels允许用户创建15秒的短视频，"
        "并支持在短视频上添加背景音乐、滤镜以及特效。"
    )
    assert values(round7, text) == {("Instagram", "15", "seconds"), ("Instagram", "30", "seconds")}


ROUND8 = {**ROUND7, "Product": ROUND7["Product"] + " 外卖团购榜"}


@pytest.fixture(scope="module")
def round8(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms of the sentences below."""
    return ontology_with(root, tmp_path_factory.mktemp("round8"), ROUND8)


def test_sales_gains_and_pay_told_without_yuan_are_money(round8: Ontology) -> None:
    # 36kr-douyin-local-life-tandian.html: a creator's sales and gains through 外卖团购榜;
    # 36kr-tencent-employees-pay-rise.html: 腾讯's pay (人均年薪81万).
    text = (
        "据“外卖团购榜”负责人冯博介绍，目前使用外卖团购榜接单的一位粉丝2万的探店达人，单月带货额最高"
        "达到26万，按照10%左右的佣金比例，单月获利可达到2.6万，抖音本地生活的转化率在快速提高。"
    )
    found = {(value, unit) for _, value, unit in values(round8, text)}
    assert {("260000", "CNY"), ("26000", "CNY")} <= found
    text = (
        "尽管如此，腾讯还是一如既往地对员工不错，2020年因人均年薪81万上热搜的腾讯，整个2021年员工数"
        "增加了2.6万多人，人均薪资也再次迈上了新台阶，人均年薪增至84.7万元，平均每人涨了3.59万元，"
        "秒杀无数打工人。"
    )
    assert ("腾讯", "810000", "CNY") in values(round8, text)


@pytest.mark.parametrize(
    "text",
    [
        # 2024-shijie-zhou-shouzi-tiktok-ceo.md: a stake bought in the company named straight
        # before it is no figure of that company's.
        'DST"爽快"地出资5亿美元，购入了京东8.8%股份。',
        "最终，周受资促成了DST用5亿美元购入小米7%的股份，并给雷军留下了极为深刻的印象。",
    ],
)
def test_a_stake_is_no_figure_of_the_company_it_is_in(round8: Ontology, text: str) -> None:
    assert not {f for f in values(round8, text) if f[2] == "percent"}


def test_a_stake_is_its_holders(round8: Ontology) -> None:
    # huxiu-kuaishou-su-hua-steps-down.html: the holder named first keeps its stake.
    text = (
        "截至快手IPO，腾讯持有快手21.57%的股权，是快手第一大股东，快手联合创始人宿华持股12.65%，"
        "创始人程一笑持股10.02%。"
    )
    assert ("腾讯", "21.57", "percent") in values(round8, text)


# ---------------------------------------------------------------- round 9: one figure, two names


@pytest.fixture(scope="module")
def round9(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms of the sentences below."""
    return ontology_with(
        root,
        tmp_path_factory.mktemp("round9"),
        {"Company": "有赞", "Product": "企业微信 游戏业务 其他业务 企微", "Capability": "增值业务"},
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 36kr-tencent-employees-pay-rise.html: the head count, and the pay, told again under
        # another name (the gold keeps one row of each).
        (
            "财报显示，截止2021年12月31日，腾讯目前的员工数量为112771人。\n\n"
            "按照112771人的员工人数计算，2021年腾讯人均薪酬为84.7万元。",
            "112771",
        ),
        (
            "人均薪资也再次迈上了新台阶，腾讯人均年薪增至84.7万元。\n\n"
            "按照112771人的员工人数计算，2021年腾讯人均薪酬为84.7万元。",
            "847000",
        ),
        # niaogebiji-collaboration-office-two-camps.html: 活跃用户数, then 活跃用户群.
        (
            "一场“战疫”下来，钉钉用户破5亿，企业微信活跃用户数超1.3亿。\n\n"
            "年初，企业微信公开一组数据，其中活跃用户群1.3亿。",
            "130000000",
        ),
    ],
)
def test_a_figure_told_again_under_a_like_name_is_kept_once(
    round9: Ontology, text: str, value: str
) -> None:
    assert [str(f.value) for f in figures(round9, text)].count(value) == 1


def test_two_figures_of_one_value_are_two(round9: Ontology) -> None:
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: one sentence, two growths of 30%.
    text = (
        "微博营收6.07亿美元，同比增长30%，净利润为2.10亿美元微博来自广告和营销业务的收入为5.38亿美元，"
        "同比增长30%，占总营收的比重为88.6%。"
    )
    assert [str(f.value) for f in figures(round9, text)].count("30") == 2
    # 36kr-tencent-employees-pay-rise.html: two sentences, two measures that grew by 41%.
    text = (
        "腾讯控股财报显示，其2021年全年净利润为2248.2亿元，同比增长41%。\n\n"
        "2021年腾讯新增研发项目超6000个，研发人员数量同比增长41%。"
    )
    assert [str(f.value) for f in figures(round9, text)].count("41") == 2


# ---------------------------------------------------------------- round 10: precision on unseen text

ROUND10 = {
    **ROUND8,
    "Company": ROUND8["Company"] + " Facebook eBay 易趣 博大互联网络公司",
    "Product": ROUND8["Product"] + " Oculus Instagram WhatsApp Foxmail 天猫 速卖通 iOS",
}


@pytest.fixture(scope="module")
def round10(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms of the sentences below."""
    return ontology_with(root, tmp_path_factory.mktemp("round10"), ROUND10)


@pytest.mark.parametrize(
    "text",
    [
        # 36kr-facebook-tiktok-wechat-moat.html: prices paid for two companies.
        "10亿收购Instagram、190亿收购WhatsApp、模仿snapchat推出Stories、模仿Craigslist推出"
        "Marketplace，模仿Zoom推出Rooms，模仿TikTok推出Reels……",
        # 2023-liurun-taobao-wechat-pay.md: the price of a stake and the stake bought.
        "而在中国市场，2002年3月，eBay就通过“以3000万美元的价格收购易趣33%股份”的方式，成功进入。",
        "到了一年之后，eBay又再度以1.5亿美元的价格收购了易趣剩余的股份。",
        # 21cto-zhang-xiaolong-profile.md (the buyer named before the price).
        "一年多后(2000年)， 博大互联网络公司花1200万元收购了Foxmail，张小龙加盟博大。",
    ],
)
def test_a_price_paid_for_a_company_or_a_stake_is_no_figure(round10: Ontology, text: str) -> None:
    assert figures(round10, text) == []


def test_a_clause_after_an_acquisition_keeps_its_figures(round10: Ontology) -> None:
    # cnbeta-tiktok-facebook-metaverse.html: the price is no figure, the spending after it is.
    text = (
        "2016年Facebook以20亿美元的价格收购了Oculus，相关资料显示，Facebook在VR业务上的研发投入"
        "从每年的59亿美元增加到近185亿美元，如此看来，Facebook表面是为了VR/AR，实际上是为了“元宇宙”。"
    )
    assert values(round10, text) == {
        ("Facebook", "5900000000", "USD"),
        ("Facebook", "18500000000", "USD"),
    }


def test_a_story_told_after_a_paragraphs_name_has_no_figures(round10: Ontology) -> None:
    # 2023-latepost-temu-factories.md: a figure of no measure in a sentence that names nothing.
    text = (
        "他先后试过天猫、速卖通、亚马逊等平台，都觉得相当复杂。有一天他很疲劳，没盯紧，结果运营"
        "人员将 5 美金的价格设成了 0.5 美金，一个小错误让他一下子亏了几万美元。"
    )
    assert figures(round10, text) == []
    # gameres-tencent-bytedance-games-battle.html: an investor's rule of thumb.
    text = (
        "让腾讯彻底意识到独立游戏的威力，“他们最核心的还是看团队，只要团队有机会出爆款就会出手。"
        "投100家，哪怕只有1家跑出来，就赚了。"
    )
    assert figures(round10, text) == []


def test_a_measure_after_a_paragraphs_name_is_its(round10: Ontology) -> None:
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: 净亏损 names a measure, and the
    # growths after it continue it.
    text = (
        "先看财报里披露的营收结构：B站第三季度营收达人民币52.07亿元，同比增长61%。"
        "净亏损为26.9亿元，同比扩大67%，环比更是扩大了88%。"
    )
    assert {
        ("哔哩哔哩", "2690000000", "CNY"),
        ("哔哩哔哩", "67", "percent"),
        ("哔哩哔哩", "88", "percent"),
    } <= (values(round10, text))


def test_a_number_after_a_latin_name_and_a_space_is_its_version(round10: Ontology) -> None:
    # ithome-meta-q4-2021-call-tiktok.html: iOS 14 is no count; the revenue after it is a figure.
    text = (
        "总体来看，我们认为 iOS 14 的政策调整对于今年的业绩增长确实不利，受到影响的总营收额为 "
        "100 亿美元，这是一个非常大的数字。"
    )
    found = {(value, unit) for _, value, unit in values(round10, text)}
    assert ("14", "count") not in found
    assert ("10000000000", "USD") in found


# ---------------------------------------------------------------- round 11: sections, plans

ROUND11 = {
    **ROUND10,
    "Company": ROUND10["Company"] + " 皮爷咖啡 Anysphere 花点时间",
    "Product": ROUND10["Product"] + " 游戏业务 知乎 天猫U先 京东试用",
}


@pytest.fixture(scope="module")
def round11(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms of the sentences below."""
    return ontology_with(root, tmp_path_factory.mktemp("round11"), ROUND11)


#: woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: a results roundup laid out one
#: company a section (geekpark-tencent-2022-results-tiktok-2023.md and the 虎嗅早报 items,
#: huxiu-morning-*.html, head theirs so too).
ROUNDUP = (
    "# Q3财报\n\n"
    "## 一、B站用独特的内容生态稳住“那味儿”\n\n"
    "第二是游戏业务收入14.0亿元（同比增长9%）；\n\n"
    "## 四、知乎：商业化狂奔的终点是泯然众人吗\n\n"
    "{}\n"
)


def test_a_figure_that_names_nothing_is_its_sections_company(round11: Ontology) -> None:
    # The revenue of a business is the section's company's, and so is a figure whose sentence
    # and paragraph name no one (both of woshipm-q3-results-moats-tencent-alibaba-kuaishou.html).
    text = ROUNDUP.format("会员收入1.78亿元，同比增长191.7%。")
    found = values(round11, text)
    assert {("哔哩哔哩", "1400000000", "CNY"), ("哔哩哔哩", "9", "percent")} <= found
    assert ("知乎", "178000000", "CNY") in found
    assert not {s for s, _, _ in found} & {"游戏业务"}


def test_a_heading_that_names_no_company_has_no_owner(round11: Ontology) -> None:
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: under a heading that names no one
    # (a sub-section, or a roundup's next item: they look alike), the company of the section
    # before owns nothing; nor does a section in an article with one company's heading only.
    text = ROUNDUP.format("人到中年赚钱才是正经事。") + (
        "\n## 运营成本增加\n\n销售和营销支出为16.333亿元，与上年同期相比增长37%；\n"
    )
    assert not any(v == "1633300000" for _, v, _ in values(round11, text))
    alone = "# Q3财报\n\n## 四、知乎：商业化狂奔的终点是泯然众人吗\n\n会员收入1.78亿元，同比增长191.7%。\n"
    assert ("知乎", "178000000", "CNY") not in values(round11, alone)


def test_a_goal_a_condition_or_a_brokers_forecast_is_no_figure(round11: Ontology) -> None:
    # latepost-foxconn-leapmotor-keeta-xiaohongshu-roundup.md: a goal for the years ahead, and
    # what would follow a condition after a figure that is one (docs/facts-format.md, plans
    # and forecasts).
    assert figures(round11, "皮爷咖啡 CEO 计划五年内业务翻倍。") == []
    text = (
        "上一轮融资时，Anysphere 的估值是其年度经常性收入（ARR）的 25 倍，若此轮融资成功，"
        "这一比例将跃升至 66 倍。"
    )
    assert {v for _, v, _ in values(round11, text)} == {"25"}
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: a broker's forecast in 知乎's
    # section is not 知乎's figure.
    text = ROUNDUP.format(
        "叠加视频化趋势，商业化的力度还会继续提升，有券商预计2020-2023 年公司广告复合增速应该可以"
        "接近 50%。"
    )
    assert not any(s == "知乎" for s, _, _ in values(round11, text))


def test_a_forecast_of_ones_own_results_is_a_figure(round11: Ontology) -> None:
    # ithome-meta-q4-2021-call-tiktok.html: the company's guidance; 36kr-tencent-results-vc.html:
    # 若 that restates a result says no consequence.
    assert ("Meta", "27000000000", "USD") in values(
        round11, "Meta表示，预计一季度营收 270 亿-290 亿美元，不及市场预期的 302.5 亿美元。"
    )
    assert ("腾讯", "185", "percent") in values(
        round11, "若加上投资收益，腾讯净利润累计增长了185%！"
    )


def test_a_media_outlet_named_first_owns_no_revenue(round11: Ontology) -> None:
    # woshipm-wechat-quanyu-xiaodian-daihuozhe.md: the author's outlet, named first, is no
    # organisation whose results the article reports (nor is 虎嗅 of its morning roundups).
    text = (
        "**Author:** [全天候科技](https://www.woshipm.com/u/1501233)\n\n"
        "2024年视频号总用户时长快速增长，四季度广告收入同比增长60%。"
    )
    assert values(round11, text) == {("视频号", "60", "percent")}


@pytest.mark.parametrize(
    "text",
    [
        # woshipm-wechat-blue-packet-lottery.md, liurun-taobao-changes-2023.md: nothing or a fen
        # is a promotion's terms (so is 「0元入会」 of liurun-taobao-changes-2023.md).
        "天猫U先内有着0元免费申领的抽奖活动，京东试用中同样有着0.01元免费申领的抽奖活动，拼多多的"
        "抽奖活动则多是“砍一刀”提现。",
        "而在今年的618，花点时间也进一步通过内购会、0.01元提前锁定权益、满赠等方式，加强了私域的活跃度。",
    ],
)
def test_a_token_price_is_no_figure(round11: Ontology, text: str) -> None:
    assert figures(round11, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # eval round 14 (36kr-ebrun-social-ads-roi-cross-border, xingtu-weekly-news-…): a zero
        # counts nothing, an idiom's or a range's start.
        "相当于“小红书/抖音+新消费品牌”的模式。社交媒体更容易捕获年轻人的芳心，也更容易口碑扩散，相比"
        "传统媒体广告和搜索广告，社交流量对从0到1建设品牌是友好的。",
        "特斯拉CEO埃隆·马斯克表示，新款Model S Plaid将是特斯拉至今性能最好的车辆，该车型将是第一款可在"
        "2秒内加速到0-60英里每小时的量产车。",
    ],
)
def test_a_zero_is_no_figure(round11: Ontology, text: str) -> None:
    assert not [f for f in figures(round11, text) if not f.value]


def test_a_members_price_is_a_figure(round11: Ontology) -> None:
    # woshipm-luckin-private-domain.html: a price that is not a token one stays.
    text = "瑞幸的小程序/app内有付费会员卡“自由卡”，正常价格为15.9元/月。"
    assert "15.9" in {v for _, v, _ in values(round11, text)}


# ---------------------------------------------------------------- round 12: precision on late articles

ROUND12 = {
    **ROUND11,
    "Company": ROUND11["Company"] + " DST 京东 特斯拉 Flipkart 百世 极兔 奈雪的茶 零跑汽车",
    "Product": ROUND11["Product"] + " Open_Manus Claude_3.7",
}


@pytest.fixture(scope="module")
def round12(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms of the sentences below."""
    return ontology_with(root, tmp_path_factory.mktemp("round12"), ROUND12)


@pytest.mark.parametrize(
    "text",
    [
        # 2024-shijie-zhou-shouzi-tiktok-ceo.md (twice: also DST用5亿美元购入小米7%的股份),
        # hackernoon-zh-chinese-tech-trio-holdings.md, latepost-foxconn-leapmotor-keeta-xiaohongshu-
        # roundup.md: money paid for a stake or a business, or put into another company.
        'DST"爽快"地出资5亿美元，购入了京东8.8%股份。',
        "他们还向 Flipkart 投资了 12 亿美元，向特斯拉投资了 18 亿美元。",
        "2021 年 10 月，百世将中国业务以 68 亿元人民币的价格卖给极兔，此后聚焦于快运、国际、供应链业务。",
    ],
)
def test_money_paid_for_a_stake_or_a_business_is_no_figure(round12: Ontology, text: str) -> None:
    assert figures(round12, text) == []


def test_money_raised_stays_a_figure(round12: Ontology) -> None:
    # 36kr-tencent-oben-investment.html: ObEN宣布获得…战略投资; huxiu-morning-douyin-xindong-waimai
    # .html: 完成…融资 (a company's raising, not an investor's payment, in both).
    assert values(round12, "7月18日晚间，人工智能初创公司ObEN宣布获得500万美元战略投资。") == {
        ("ObEN", "5000000", "USD")
    }
    assert ("零跑汽车", "4500000000", "CNY") in values(
        round12,
        "《科创板日报》14日消息，近日，零跑汽车已完成超45亿元Pre-IPO轮融资，由中金资本领投，"
        "杭州市政府也参与了本轮融资，投资金额为30亿元。",
    )


def test_a_range_in_amounts_joined_by_zhi_is_its_lower_bound(round12: Ontology) -> None:
    # latepost-foxconn-leapmotor-keeta-xiaohongshu-roundup.md (至), 2019-unknown-zhang-xiaolong-
    # wechat-night-speech.txt (到): a range of two amounts of one unit is its lower bound.
    text = (
        "3 月 7 日，奈雪的茶发布业绩预告，公司预计去年收入约为 48 亿元至 51 亿元，同比下滑 1%-7%，"
        "净亏损约 8.8 亿元至 9.7 亿元，由盈转亏。"
    )
    got = {v for _, v, u in values(round12, text) if u == "CNY"}
    assert got == {"4800000000", "880000000"}
    text = "当时的公众号的阅读量有70%到80%来自朋友圈转发，只有20%到30%是来自于订阅号里面的。"
    assert {v for _, v, _ in values(round12, text)} == {"70", "20"}


@pytest.mark.parametrize(
    "text",
    [
        # 2018-layabox-tencent-billiards-3d-minigames.html, jianshu-honor-of-kings-tencent-q1-2017
        # .html (twice): a count past a bar before 的 names a class of products, it measures none.
        "自从微信小游戏跳一跳推出后，小游戏越来火热，产品越来越丰富，日活过百万的产品也越来越多。",
        "要知道国内手游市场是在2013年才逐渐爆发起来的，在此之前月流水过千万的都寥寥无几。",
        "而能够实现月流水5亿以上的产品迄今为止不到10款，而且全部都是腾讯与网易的产品。",
    ],
)
def test_a_bar_that_names_a_class_is_no_figure(round12: Ontology, text: str) -> None:
    assert [f for f in figures(round12, text) if f.value >= 1000] == []


def test_a_bar_the_subject_passes_is_its_figure(round12: Ontology) -> None:
    # 2023-liurun-taobao-wechat-pay.md: what the clause says its subject grew into; 36kr-
    # dingtalk-kuwei-coo.html: a measure after 的 (拥有 5 亿用户的钉钉).
    text = "2011年1月21日，微信诞生，并逐渐成长为一个月活超12亿的巨头。"
    assert values(round12, text) == {("微信", "1200000000", "count")}
    text = "如何商业化、如何盈利，是拥有 5 亿用户的钉钉，在过去7年发展中最大焦点之一。"
    assert ("钉钉", "500000000", "count") in values(round12, text)
    # seeds/2023-wechat-open-class-pro.md: what a verb reaches past the bar is counted (no
    # measure names the bar).
    text = (
        "而在快消行业，通过小程序提供的“门店助手”能力，帮助品牌连接超过百万的线下小店，"
        "更好地触达销售终端、连接消费者。"
    )
    assert "1000000" in {v for _, v, _ in values(round12, text)}


def test_a_name_in_an_aside_is_not_what_later_figures_are_about(round12: Ontology) -> None:
    # latepost-manus-founders-wechat-tools.md: the model Open Manus calls, named in brackets.
    text = (
        "发给 Open Manus （调用 Claude 3.7 模型），等待 7 分钟，消耗 25.7 万 token"
        "（花费 10 元人民币），得到如下两版回复："
    )
    assert {s for s, _, _ in values(round12, text)} == {"Open Manus"}


# ---------------------------------------------------------------- round 13: sub-sections, restatements

ROUND13 = {
    **ROUND11,
    # (网络广告 as the gold of woshipm-q3-results-moats-tencent-alibaba-kuaishou.html's
    # neighbours names it: a business line kg's analyst adds as a product)
    "Product": ROUND11["Product"] + " QQ轻游戏 网络广告",
}


@pytest.fixture(scope="module")
def round13(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms of the sentences below."""
    return ontology_with(root, tmp_path_factory.mktemp("round13"), ROUND13)


#: woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: B站's section and the sub-section
#: under it (「1. 运营成本增加」, an h3 under B站's h2), whose text names B站 again.
SUB_SECTION = (
    "# Q3财报\n\n"
    "## 一、B站用独特的内容生态稳住“那味儿”\n\n"
    "第二是游戏业务收入14.0亿元（同比增长9%）；\n\n"
    "## 运营成本增加\n\n"
    "销售和营销支出为16.333亿元，与上年同期相比增长37%；\n\n"
    "{}\n\n"
    "## 四、知乎：商业化狂奔的终点是泯然众人吗\n\n"
    "会员收入1.78亿元，同比增长191.7%。\n"
)


def test_a_sub_heading_that_names_no_other_keeps_its_sections_company(round13: Ontology) -> None:
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html: 「运营成本增加」 and 「投资增加」 under
    # B站's heading, 「用户高粘性决定了商业化空间大」 under 快手's, 「基因不同」 under 腾讯's: a
    # sub-section whose text names the company again is still its section.
    text = SUB_SECTION.format(
        "此前第二季度财报会议上，陈睿透露目前b站游戏自研团队的规模已经超过1000人。"
    )
    found = values(round13, text)
    assert ("哔哩哔哩", "37", "percent") in found
    assert ("知乎", "178000000", "CNY") in found
    # The other side: a sub-section whose text does not name the company again (a roundup's
    # next item looks so: 「到底多少钱算高收入？」 after 「国家医保局等八部门联合公告」 in
    # huxiu-morning-tme-drops-exclusive-copyright.html) has no owner.
    alone = values(round13, SUB_SECTION.format("研发支出主要在游戏上。"))
    assert not any(v == "37" for _, v, _ in alone)


def test_revenue_the_paragraph_carries_is_its_sections_company(round13: Ontology) -> None:
    # woshipm-q3-results-moats-tencent-alibaba-kuaishou.html, under 「五、腾讯：底盘稳固低调行事」:
    # the business lines after 网络广告业务收入 in its paragraph are 腾讯's revenue, not 网络广告's.
    text = (
        "# Q3财报\n\n## 一、B站用独特的内容生态稳住“那味儿”\n\n第二是游戏业务收入14.0亿元。\n\n"
        "## 五、腾讯：底盘稳固低调行事\n\n"
        "占比30.4%网络广告业务收入同比增长5%至 225 亿元。"
        "社交及其他广告收入同比增长7%至 190 亿元。媒体广告收入同比下降4%至 35 亿元。\n"
    )
    found = values(round13, text)
    assert {
        ("腾讯", "19000000000", "CNY"),
        ("腾讯", "7", "percent"),
        ("腾讯", "3500000000", "CNY"),
    } <= found
    assert not any(s == "网络广告" and v in ("19000000000", "7") for s, v, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # jianshu-honor-of-kings-tencent-q1-2017.html: 8000万 said three times of its DAU.
        (
            "此前有数据显示《王者荣耀》春节期间日活跃用户数一度突破8000万。"
            "从搜索指数的突飞猛涨来看，《王者荣耀》在春节期间引发了持续的高关注度，"
            "拉动其DAU从5000万飞涨到8000万，并非不无道理。",
            "80000000",
        ),
        # layabox-qq-light-games-250m.md: the users in the lead and again at the end.
        (
            "据悉，QQ轻游戏平台用户已突破2.5亿。"
            "目前，2.5亿的QQ轻游戏用户仅仅是安卓端，如果未来iOS版本的入口打开，那又会迎来一波爆发增长。",
            "250000000",
        ),
    ],
)
def test_a_figure_restated_under_another_name_is_read_once(
    round13: Ontology, text: str, value: str
) -> None:
    assert [f.value for f in figures(round13, text)].count(Decimal(value)) == 1


def test_two_measures_or_two_conversions_of_one_value_are_two_figures(round13: Ontology) -> None:
    # 2019-unknown-zhang-xiaolong-wechat-night-speech.md: 月活跃登录量 and 日活 of 10亿, two
    # measures of the vocabulary.
    text = (
        "在 2018 年 8 月的时候，微信月活跃登录量超过 10 亿，这是一个很大的里程碑。"
        "对我自己来说，我觉得很幸运，因为能够与微信一起成长，达到 10 亿日活。"
    )
    assert [f.value for f in figures(round13, text)].count(Decimal("1000000000")) == 2
    # techcrunch-zh-tencent-record-profit-mobile-games.md: 15 亿美元 converts two amounts.
    text = (
        "以视频和新闻服务为支柱的腾讯一般在线广告业务的收入增长了 55%，达到 101 亿元人民币，约合 15 亿美元。"
        "腾讯其他收入，包括其积极营销的云计算服务和支付服务，增长了一倍多，达到 97 亿元人民币(15 亿美元)。"
    )
    usd = [f for f in figures(round13, text) if f.unit == "USD"]
    assert [f.value for f in usd] == [Decimal("1500000000")] * 2
