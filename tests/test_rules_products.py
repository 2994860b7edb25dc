"""The product rules (kg.rules.products) on real sentences of articles that are not laid out
one product a section: who offers what, which capability reaches into another product, and
which products are connected.

Every sentence is quoted from an article of eval/tune (named beside it). Its terms are added
the way `kg suggest` adds them: a class and a label, no kg:featureOf, no family; the rules
must read them from the sentence alone. Each shape is found in several articles (the
comments say which); a shape one sentence needs is no rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.loaders import load_text
from kg.ontology import Ontology, load_ontology
from kg.pipeline import extract

#: Terms of the tune articles that the shipped ontology lacks, as `kg suggest` writes them.
SUGGESTED = {
    "Product": (
        "飞书 钉钉 支付宝 淘宝 天猫 腾讯新闻 QQ 饿了么 优酷 大麦 考拉海购 书旗 淘特 闲鱼 盒马 "
        "腾讯会议 视频号小店 快手 抖音 有赞微商城 微博"
    ),
    "Capability": (
        "IM通讯 日程管理 办公协同 三方应用 语音对话 视频通讯 朋友圈 稍后处理 Pin 表情回复 "
        "添加微信用户 微信群 群发消息 客户运营管理 点餐 年度干饭报告 搜索框 应用中心 我的小程序 "
        "公众号文章链接 直播预约链接 企业微信名片 朋友圈广告 菜单栏 会话消息 群聊 即时沟通 云文档 "
        "音视频会议 工作台 进群管理 消息管理 密聊 查看附近的人 缓存清理 铃音历史记录 分类精准搜索 "
        "多人拼团 限时折扣 社群接龙 营销获客工具 商品橱窗 添加企业微信"
    ),
}
_CLASS = {"Product": "kg:Product", "Capability": "kg:Capability"}


@pytest.fixture(scope="module")
def suggested(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the tune articles' terms, each with a class and a label."""
    lines = [
        "@prefix kg: <https://kg.example/schema#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
    ]
    for kind, names in SUGGESTED.items():
        for i, name in enumerate(names.split()):
            lines.append(
                f"<https://kg.example/id/test/{kind.lower()}-{i}> a {_CLASS[kind]} ; "
                f'skos:prefLabel "{name}"@zh .'
            )
    path = tmp_path_factory.mktemp("suggested") / "suggested.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_ontology(root / "ontology", add=[path])


def read(ontology: Ontology, text: str) -> set[tuple[str, str, str]]:
    """The offers, involves and integrates facts of a passage, as labels."""
    facts = extract(load_text(text, path="case.md"), ontology).facts
    return {
        (ontology.label(f.subject), f.predicate, ontology.label(f.object))
        for f in facts
        if f.predicate in ("offers", "involves", "integrates")
    }


def of(facts: set[tuple[str, str, str]], predicate: str) -> set[tuple[str, str, str]]:
    return {f for f in facts if f[1] == predicate}


# ---------------------------------------------------------------- offers


def test_an_enumeration_of_features_is_offered_by_the_subject_also_products_in_it(
    suggested: Ontology,
) -> None:
    # woshipm-shipinhao-prd.html. The same shape: 36kr-youzan 「有赞微商城…还可为商家提供百余个
    # 营销获客工具，比如多人拼团、限时折扣、社群接龙等」, woshipm-wechat-8022 「加入了全新缓存
    # 清理功能、以及铃音历史记录、新版收款码、分类精准搜索等新功能」.
    facts = read(
        suggested,
        "微信是腾讯于2011年1月21日推出的一款即时通讯软件，提供语音对话，朋友圈，支付，公众号，"
        "小程序，视频通讯等功能。",
    )
    # A product named among another's features is offered by it (docs/facts-format.md).
    assert facts == {
        ("微信", "offers", c) for c in ("语音对话", "朋友圈", "公众号", "小程序", "视频通讯")
    }


def test_products_listed_before_the_verb_share_its_features(suggested: Ontology) -> None:
    # woshipm-feishu-dingtalk-wecom.html; 「飞书和钉钉的“我的”都采用侧边栏」 in the same
    # article, 「以微盟、有赞为代表的…服务商…先后推出企业微信助手」 (36kr-miniprogram-dau).
    facts = read(
        suggested,
        "定位：飞书、企业微信、钉钉都是集成IM通讯、日程管理、办公协同和三方应用的超级移动办公平台；",
    )
    assert facts == {
        (p, "offers", c)
        for p in ("飞书", "企业微信", "钉钉")
        for c in ("IM通讯", "日程管理", "办公协同", "三方应用")
    }


def test_a_launched_product_is_offered_by_the_launcher(suggested: Ontology) -> None:
    # liurun-tencent-progress.md, woshipm-shipinhao-prd.html; 「微信正在测试“小程序”」
    # (36kr-tencent-q3-payment-cloud.html).
    assert read(suggested, "2022年7月21日，微信推出了“视频号小店”服务。") == {
        ("微信", "offers", "视频号小店")
    }
    facts = read(
        suggested,
        "继主要产出图文的公众号后，微信推出了视频号，补足了基于现实好友的短视频社区的空缺。",
    )
    assert facts == {("微信", "offers", "视频号")}


def test_the_subject_of_the_clause_offers_not_the_product_it_connects_to(
    suggested: Ontology,
) -> None:
    # woshipm-feishu-dingtalk-wecom.html: 小程序 is what 企业微信 connects to; the features
    # after it are still 企业微信's (the subject carries over the clauses that have none).
    facts = read(
        suggested,
        "与微信的连接是企业微信的特色，企业微信可以连接小程序，添加微信用户、微信群、"
        "发送客户朋友圈等，为企业提供客户运营管理的便捷。",
    )
    assert of(facts, "offers") == {
        ("企业微信", "offers", c) for c in ("添加微信用户", "微信群", "朋友圈", "客户运营管理")
    }
    assert of(facts, "integrates") == {
        ("企业微信", "integrates", "微信"),
        ("企业微信", "integrates", "小程序"),
    }


def test_a_product_owns_the_features_after_its_possessive(suggested: Ontology) -> None:
    # woshipm-feishu-dingtalk-wecom.html; 「微信视频号的“视频观看”和“视频创作”两大核心功能」
    # (woshipm-shipinhao-prd.html), 「在老乡鸡公众号的菜单栏里」 (36kr-laoxiangji).
    facts = read(
        suggested,
        "钉钉：与企业微信相比，飞书的“稍后处理”和“Pin”功能是轻量级的消息分级方案。",
    )
    assert of(facts, "offers") == {("飞书", "offers", "稍后处理"), ("飞书", "offers", "Pin")}


def test_a_product_hosts_the_features_of_the_clause_after_in_x(suggested: Ontology) -> None:
    # 36kr-laoxiangji-private-domain.html (twice); 「在腾讯广告妙思上，提示的输入，就可以直接
    # 用中文完成」 (liurun-tencent-progress.md), 「在视频号的首页下面，可以配置添加企业微信的
    # 入口」 (woshipm-wecom-4-0-datong.html).
    facts = read(
        suggested, "譬如，在 2020 年底时，老乡鸡在小程序里上线了一个“年度干饭报告”新功能——"
    )
    assert facts == {("小程序", "offers", "年度干饭报告")}
    facts = read(suggested, "现在在视频号的首页下面，可以配置添加企业微信的入口。")
    assert of(facts, "offers") == {("视频号", "offers", "添加企业微信")}


def test_one_heading_naming_a_product_does_not_make_it_own_the_whole_article(
    suggested: Ontology,
) -> None:
    # 36kr-miniprogram-dau-aladdin.html: the heading names 小程序, and the sections after it are
    # about every platform of the field; 支付宝 opens its own entry points.
    text = (
        "# 阿拉丁：2021上半年小程序互联网发展白皮书\n\n"
        "## 全网小程序数量超过700万\n\n"
        "支付宝平台在2021年将重点放在加速商业开放。\n\n"
        "支付宝APP已相继开放开放首页“搜索框”、“应用中心”、“我的小程序”等重要入口，"
        "通过公域流量的分发辅助商家提升自运营效果。\n"
    )
    facts = read(suggested, text)
    assert of(facts, "offers") == {
        ("支付宝", "offers", c) for c in ("搜索框", "应用中心", "我的小程序")
    }
    # 小程序, the heading's product, offers nothing here (我的小程序 is named after it).
    assert {f for f in facts if f[0] == "小程序"} == set()


def test_products_each_a_section_still_own_their_sections(suggested: Ontology) -> None:
    # woshipm-feishu-dingtalk-wecom.html lays its 特色功能 out one product a section.
    text = (
        "## （1）飞书\n\n场景：群聊中后来进群者也需要知道之前群聊的一些重要信息。\n\n功能：Pin\n\n"
        "## （2）钉钉\n\n功能优点：对消息来源分组跟钉钉的密聊一样。\n"
    )
    assert of(read(suggested, text), "offers") == {
        ("飞书", "offers", "群聊"),
        ("飞书", "offers", "Pin"),
        ("钉钉", "offers", "密聊"),
    }


# ---------------------------------------------------------------- involves


def test_a_capability_named_with_another_product_involves_it(suggested: Ontology) -> None:
    # 36kr-shipinhao-live-booking-bug.html; 「企业微信收付款」, 「连接视频号」 (the seeds).
    facts = read(
        suggested,
        "昨天我在鼓捣微信视频号的时候发现了一个新功能，视频号直播可以携带公众号文章链接、"
        "直播预约链接以及企业微信名片了。",
    )
    assert of(facts, "involves") == {
        ("公众号文章链接", "involves", "公众号"),
        ("企业微信名片", "involves", "企业微信"),
    }
    assert {
        ("视频号", "offers", c) for c in ("公众号文章链接", "直播预约链接", "企业微信名片")
    } <= facts


def test_a_capability_that_jumps_to_a_product_involves_it(suggested: Ontology) -> None:
    # liurun-taobao-wechat-pay.md (twice: 朋友圈广告…直跳, 公众号文章底部广告，可直跳淘宝).
    facts = read(suggested, "现在，微信朋友圈广告可以直跳淘宝天猫，淘宝逐步支持微信支付。")
    assert of(facts, "involves") == {
        ("朋友圈广告", "involves", "淘宝"),
        ("朋友圈广告", "involves", "天猫"),
    }
    assert ("微信", "offers", "朋友圈广告") in facts


def test_products_merely_named_beside_a_capability_are_not_involved(suggested: Ontology) -> None:
    # 36kr-miniprogram-dau-aladdin.html: 同程旅行 and 小程序 are beside 机票盲盒, not in it.
    facts = read(
        suggested,
        "在生态共赢的基础上，支付宝还为合作伙伴提供了搜索框等工具，淘宝和天猫也在加速开放。",
    )
    assert of(facts, "involves") == set()
    assert of(facts, "offers") == {("支付宝", "offers", "搜索框")}


# ---------------------------------------------------------------- integrates


def test_products_listed_before_a_verb_of_connection_each_link_to_its_object(
    suggested: Ontology,
) -> None:
    # liurun-taobao-wechat-pay.md (两次: 接入了微信支付, 直跳淘宝天猫).
    facts = read(
        suggested,
        "但后来，饿了么、优酷、大麦、考拉海购、书旗、淘特、闲鱼、盒马等等APP，"
        "都正式接入或者申请接入了微信支付。",
    )
    apps = ("饿了么", "优酷", "大麦", "考拉海购", "书旗", "淘特", "闲鱼", "盒马")
    assert facts == {(a, "integrates", "微信支付") for a in apps}
    facts = read(suggested, "2021年8月，腾讯视频、腾讯新闻、QQ等可以通过广告直跳淘宝天猫。")
    assert facts == {
        (a, "integrates", b) for a in ("腾讯视频", "腾讯新闻", "QQ") for b in ("淘宝", "天猫")
    }


def test_the_subject_of_an_earlier_clause_links_to_what_the_verb_names(
    suggested: Ontology,
) -> None:
    # liurun-taobao-wechat-pay.md; 36kr-laoxiangji-private-domain.html.
    facts = read(
        suggested, "2023年2月，微信公众号文章底部广告，可直跳淘宝，且能返回淘宝首页浏览更多商品。"
    )
    assert of(facts, "integrates") == {("公众号", "integrates", "淘宝")}
    facts = read(suggested, "在老乡鸡公众号的菜单栏里，接入了多个通往小程序的入口。")
    assert facts == {("公众号", "integrates", "小程序"), ("公众号", "offers", "菜单栏")}


def test_a_conjunction_and_a_verb_of_connection_keep_the_texts_direction(
    suggested: Ontology,
) -> None:
    # woshipm-wecom-4-0-datong.html; 36kr-miniprogram-dau-aladdin.html (与…建立了…跳转机制).
    facts = read(suggested, "2018年，企业微信与微信会话消息、群聊实现互通。")
    assert facts == {
        ("企业微信", "integrates", "微信"),
        ("企业微信", "offers", "会话消息"),
        ("企业微信", "offers", "群聊"),
        ("会话消息", "involves", "微信"),
        ("群聊", "involves", "微信"),
    }
    # A feature listed beside the partner (企业微信、视频号直播) is no feature of the partner.
    facts = read(
        suggested,
        "小程序与企业微信、视频号直播进一步连接，提供了多场景连接用户方式，也将短视频种草、"
        "达人分享和直播带货融入小程序经济圈，帮助企业在DTC和私域运营方向获得发展动力。",
    )
    assert of(facts, "involves") == set()
    assert of(facts, "integrates") == {("小程序", "integrates", "企业微信")}
    assert ("视频号", "offers", "直播") in facts
    facts = read(
        suggested,
        "在过去的6个月中，小程序经历了数次产品更新和能力释放，与APP、公众号、企业微信、视频号、"
        "短信、H5、邮件等建立了非常友好的跳转机制。",
    )
    assert of(facts, "integrates") == {
        ("小程序", "integrates", p) for p in ("公众号", "企业微信", "视频号")
    }


def test_products_listed_then_connected_link_one_to_the_next(suggested: Ontology) -> None:
    # woshipm-wecom-4-0-datong.html; 「在打通了视频号、公众号、朋友圈等场景…之后」
    # (liurun-tencent-progress.md).
    facts = read(suggested, "1. 腾讯文档，企业微信，腾讯会议三大协同工具打通")
    assert facts == {
        ("腾讯文档", "integrates", "企业微信"),
        ("企业微信", "integrates", "腾讯会议"),
    }


def test_products_merely_listed_together_are_not_integrated(suggested: Ontology) -> None:
    # woshipm-feishu-dingtalk-wecom.html: a list of five, a comparison (与…不同), 交互 the noun.
    for sentence in (
        "沟通通讯类：钉钉、企业微信、飞书、淘宝、QQ",
        "本文从战略层、范围层、后台功能、特色体验对飞书和钉钉及企业微信展开了分析，与大家分享。",
        "企业微信：与飞书和钉钉不同，企业微信的基础IM模块无论从功能到交互都与微信非常相似。",
    ):
        assert of(read(suggested, sentence), "integrates") == set(), sentence
