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
from conftest import ontology_with

from kg.loaders import load_text
from kg.ontology import Ontology, load_ontology
from kg.pipeline import extract

#: Terms of the tune articles that the shipped ontology lacks, as `kg suggest` writes them.
SUGGESTED = {
    "Product": (
        "飞书 钉钉 支付宝 淘宝 天猫 腾讯新闻 QQ 饿了么 优酷 大麦 考拉海购 书旗 淘特 闲鱼 盒马 "
        "腾讯会议 视频号小店 快手 抖音 有赞微商城 微博 iOS 安卓 腾讯广告妙思 网络购物小程序 订阅号 微信小游戏 小游戏 米聊 "
        "阿里云 LayaAir 石墨文档 幕布 雪鹰领主3D 腾讯桌球 全民大乐斗 拇指射箭 天天斗舞 王牌狙击OL"
    ),
    "Capability": (
        "IM通讯 日程管理 办公协同 三方应用 语音对话 视频通讯 朋友圈 稍后处理 Pin 表情回复 "
        "添加微信用户 微信群 群发消息 客户运营管理 点餐 年度干饭报告 搜索框 应用中心 我的小程序 "
        "公众号文章链接 直播预约链接 企业微信名片 朋友圈广告 菜单栏 会话消息 群聊 即时沟通 云文档 "
        "音视频会议 工作台 进群管理 消息管理 密聊 查看附近的人 缓存清理 铃音历史记录 分类精准搜索 "
        "多人拼团 限时折扣 社群接龙 营销获客工具 商品橱窗 添加企业微信 游戏 搜索 电商 短视频 "
        "协同办公 边写边译 朋友圈转发 个人信息收集清单 第三方信息共享清单 群成员去重 自动踢出 "
        "防广告 防骚扰 群关键词回复 关键词监控 企业微信支付 图生图 商品背景合成 妙思衍生 特定风格Lora 订阅消息 "
        "投流 客户管理 聊天管理 外部沟通管理 启动页设置 游戏商品内购 微信扫码支付 去微信找朋友帮我付 "
        "智能回复 即时通讯 带货邀约 达人广场 私域激励计划 私密赞 视频号主页 下单链接 "
        "消息直通车 闯关系统 单人模式 多人对战模式"
    ),
}


@pytest.fixture(scope="module")
def suggested(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the terms above, each with a class and a label."""
    return ontology_with(root, tmp_path_factory.mktemp("suggested"), SUGGESTED)


@pytest.fixture(scope="module")
def spaced(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and products whose names hold a space (China Music Corporation)."""
    lines = [
        "@prefix kg: <https://kg.example/schema#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
    ]
    for i, name in enumerate(("QQ音乐", "China Music Corporation", "微软 365", "G Suite")):
        lines.append(
            f'<https://kg.example/id/test/spaced-{i}> a kg:Product ; skos:prefLabel "{name}"@zh .'
        )
    path = tmp_path_factory.mktemp("spaced") / "spaced.ttl"
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
    assert facts == {("微信", "offers", "视频号")}  # 短视频社区 is a field, no feature


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
    offers = of(facts, "offers")
    assert {("企业微信", "offers", c) for c in ("添加微信用户", "微信群")} <= offers
    assert not {f for f in offers if f[0] in ("小程序", "微信")}
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
    # woshipm-feishu-dingtalk-wecom.html lays its 特色功能 out one product a section. 群聊, a
    # common word, is named in passing in 飞书's section (场景：…), as everywhere: no feature.
    text = (
        "## （1）飞书\n\n场景：群聊中后来进群者也需要知道之前群聊的一些重要信息。\n\n功能：Pin\n\n"
        "## （2）钉钉\n\n功能优点：对消息来源分组跟钉钉的消息直通车一样。\n"
    )
    assert of(read(suggested, text), "offers") == {
        ("飞书", "offers", "Pin"),
        ("钉钉", "offers", "消息直通车"),
    }


def test_common_words_in_a_products_section_are_no_features(suggested: Ontology) -> None:
    # layabox-3d-minigames-60.md, one game a section: 游戏 (游戏截图, 射箭游戏) names what the
    # product is, no feature of it; woshipm-douyin-kuaishou's sections (快手的定位为“内容/社交
    # 社区”…) and woshipm-feishu-dingtalk-wecom's (群聊中…) name 社区, 群聊 so: 16 such offers
    # on tune, none in its gold. Longer names stay the section's (单人模式, 闯关系统).
    text = (
        "#### 5、拇指射箭\n\n《拇指射箭》游戏截图\n\n"
        "《拇指射箭》是一款对战竞技的射箭游戏，这款游戏的核心玩法与《王牌狙击OL》基本相同，"
        "除了枪与弓箭的直观感受区别外，《拇指射箭》还拥有闯关系统和与微信好友邀请对战的特色功能。\n\n"
        "#### 6、天天斗舞\n\n《天天斗舞》游戏截图\n\n"
        "《天天斗舞》是一款音乐节奏类游戏，有单人模式与有多人对战模式。\n"
    )
    offers = of(read(suggested, text), "offers")
    assert ("拇指射箭", "offers", "闯关系统") in offers
    assert ("天天斗舞", "offers", "单人模式") in offers
    assert not {f for f in offers if f[2] == "游戏"}


def test_headlines_that_open_with_a_product_do_not_lay_an_article_out_by_product(
    suggested: Ontology,
) -> None:
    # 36kr-miniprogram-dau-aladdin.html: its headlines open with 微信小程序, 网络购物小程序 …;
    # the seeds' headings are a product and a colon (「视频号两周年：…」, 「微信支付：…」), as
    # are the sections of 36kr-laoxiangji and woshipm-luckin that are not a product's own.
    text = (
        "## 微信小程序DAU4.1亿，分享成小程序最重要入口\n\n"
        "小程序DAU超4.1亿。\n\n"
        "## 网络购物小程序使用频率增长，生态互联推动营销创新\n\n"
        "活跃用户通过视频号、订阅消息进入小程序的比重较大，企业品牌正在基于小程序与视频号、"
        "订阅号的互联创造新营销方式与营销闭环。\n"
    )
    facts = read(suggested, text)
    assert {f for f in facts if f[0] == "网络购物小程序"} == set()
    assert of(facts, "integrates") == {
        ("小程序", "integrates", "视频号"),
        ("小程序", "integrates", "订阅号"),
    }


def test_a_common_word_is_no_feature_unless_the_text_names_it_one(suggested: Ontology) -> None:
    # 21cto-zhang-xiaolong-profile.md; 36kr-tencent-q3-payment-cloud.html (「前者依靠电商」),
    # 36kr-shipinhao-qq-xiaoshijie.html: 游戏, 搜索, 电商 named in passing.
    facts = read(
        suggested,
        "QQ是马化腾人生的第一条事业曲线，游戏是在QQ这条曲线上长出的第二条事业曲线，"
        "其后马化腾试了搜索，电商都不成功。",
    )
    assert of(facts, "offers") == set()
    # woshipm-feishu-dingtalk-wecom.html: named as a feature (密聊功能; 「“好看”功能」 in
    # 2019-unknown-zhang-xiaolong-wechat-night-speech.txt).
    facts = read(
        suggested,
        "特别是在IM模块，钉钉开发了密聊功能，聊天记录禁止截图禁止转发，增强了数据的安全性。",
    )
    assert of(facts, "offers") == {("钉钉", "offers", "密聊")}


def test_a_field_or_market_is_no_feature(suggested: Ontology) -> None:
    # woshipm-shipinhao-prd.html; 36kr-online-office-wecom-dingtalk.html (协同办公类产品),
    # 36kr-shipinhao-qq-xiaoshijie.html (短视频赛道).
    facts = read(
        suggested,
        "明确视频号的产品定位离不开对当前市场上主要竞品的分析，而短视频领域无非抖快二家。",
    )
    assert of(facts, "offers") == set()
    facts = read(suggested, "阿里孵化钉钉的2014年，市面上并不缺少协同办公类产品。")
    assert of(facts, "offers") == set()
    # A kind of app (即时通讯软件, 即时通讯APP): zhihu-zhang-xiaolong-pc-wechat.html,
    # woshipm-shipinhao-prd.html (「微信是…推出的一款即时通讯软件」).
    facts = read(
        suggested, "张小龙的微信近乎垄断了10年代，背靠腾讯打垮了米聊飞信等一票即时通讯APP。"
    )
    assert of(facts, "offers") == set()


def test_an_edition_of_an_app_is_no_subject(suggested: Ontology) -> None:
    # 36kr-wechat-android-8018.html; woshipm-wechat-8022-perf-tool.html (安卓版, iOS 新版微信),
    # layabox-wechat-minigame-launch.md (安卓端的小游戏).
    facts = read(
        suggested,
        "去年八月微信 iOS 版本就已经有的边写边译这次也终于在微信 8.0.18 for Android 中上线了。",
    )
    assert of(facts, "offers") == {("微信", "offers", "边写边译")}
    facts = read(suggested, "然而很遗憾，安卓版依旧没加入朋友圈转发功能，真挺憋屈的。")
    assert of(facts, "offers") == set()


def test_a_feature_the_product_lacks_is_not_offered(suggested: Ontology) -> None:
    # A negation before the verb (还未上线, 没有让, 没加入: 36kr-shipinhao-brand-livestream.html,
    # 36kr-shipinhao-live-booking-bug.html, woshipm-wechat-8022-perf-tool.html) or a verb of
    # lacking after the feature (还欠缺, 暂不支持: woshipm-feishu-dingtalk-wecom.html,
    # layabox-wechat-minigame-launch.md).
    # The negation is the first clause's: the 流量券 of the next one is 视频号's.
    facts = read(
        suggested,
        "目前，视频号还未上线类似“dou+”的付费投流功能，商家激励计划的流量券将是唯一的免费投流工具。",
    )
    assert of(facts, "offers") == {("视频号", "offers", "流量券")}
    for sentence in (
        "那么问题又来了，为什么微信没有让用户设置超过 1 次的直播预约链接？",
        "飞书管理后台在客户管理、聊天管理、外部沟通管理、启动页设置上还欠缺相应功能，"
        "可以看出飞书目前定位仍是标准的企业内部沟通协作产品。",
    ):
        assert of(read(suggested, sentence), "offers") == set(), sentence
    facts = read(
        suggested,
        "在小游戏的官方回答里表示，目前仅安卓端的小游戏在测试少量游戏商品内购，iOS暂不支持。",
    )
    assert of(facts, "offers") == {("小游戏", "offers", "游戏商品内购")}
    # A negation elsewhere in the sentence takes nothing away (woshipm-feishu-dingtalk-wecom).
    facts = read(
        suggested,
        "在群管理功能中，飞书拥有进群管理、消息管理等差异化的细致的解决方案，相比较钉钉，"
        "飞书不能控制新入群成员对于聊天记录查看的权限。",
    )
    assert {("飞书", "offers", "进群管理"), ("飞书", "offers", "消息管理")} <= facts


def test_people_a_product_qualifies_are_the_agents_not_the_product(suggested: Ontology) -> None:
    # 公众号主 (36kr-shipinhao-brand-livestream.html), 公众号粉丝用户 (liurun-tencent-progress.md).
    facts = read(
        suggested,
        "刘筱直播后的一段时间，部分头部公众号主也尝试了直播带货，但鲜少有出圈爆款和刷屏战报。",
    )
    assert of(facts, "offers") == set()
    facts = read(
        suggested,
        "同时，AI客服又能基于腾讯广告对九鼎装饰公众号粉丝用户的深度了解、消费洞察，判断不同用户的"
        "咨询内容、目的，从而识别出用户意图，并进行7×24小时的智能回复，避免因为回复不及时而导致的"
        "用户流失，保证用户咨询的时效性。",
    )
    assert ("公众号", "offers", "智能回复") not in facts
    # X用户 using a feature describes X's feature (2023-liurun-taobao-wechat-pay.md).
    facts = read(
        suggested,
        "进入微信扫码支付入口的淘宝用户，也可以在提交订单页选择使用“微信扫码支付”或"
        "“去微信找朋友帮我付”的付款方式，进行付款。",
    )
    assert {("淘宝", "offers", "微信扫码支付"), ("淘宝", "offers", "去微信找朋友帮我付")} <= facts


def test_a_clause_that_compares_names_no_subject(suggested: Ontology) -> None:
    # 36kr-shipinhao-brand-livestream.html; 「相比较钉钉，飞书不能控制…」 (woshipm-feishu-dingtalk-
    # wecom.html), 「与钉钉相比」, 「类似抖音」 (the comparisons COMPARED_BEFORE/AFTER read).
    facts = read(
        suggested,
        "相比2020年初的“全员all in小程序”，阿珂向壹娱观察（ID：yiyuguancha）表示今年增加了"
        "“视频号”的宣传重点，公司的直播重心正从小程序向视频号迁移，越来越多的品牌也出现在视频号"
        "直播的队伍之中。",
    )
    assert ("小程序", "offers", "视频号") not in facts


def test_features_announced_without_a_product_are_the_articles_product(
    suggested: Ontology,
) -> None:
    # woshipm-wecom-account-guide.html names 企业微信 far more than any other product; its list
    # lines name none. The same in 36kr-wechat-android-8018.html (「新增个人信息收集清单、
    # 第三方信息共享清单」, 微信), mydrivers-wechat-windows-360.html, unknown-zhang-xiaolong-…
    guide = "企业微信可以添加微信用户。\n\n" * 5
    text = f"{guide}支持自动踢出、防广告、防骚扰\n\n群成员去重\n\n群关键词回复、关键词监控\n"
    assert of(read(suggested, text), "offers") == {
        ("企业微信", "offers", c)
        for c in (
            "添加微信用户",
            "自动踢出",
            "防广告",
            "防骚扰",
            "群成员去重",
            "群关键词回复",
            "关键词监控",
        )
    }
    # No product leads an article comparing several (woshipm-feishu-dingtalk-wecom.html).
    text = "飞书和钉钉都能添加微信用户。\n\n" * 5 + "支持自动踢出、防广告、防骚扰\n"
    assert {f[2] for f in of(read(suggested, text), "offers")} == {"添加微信用户"}
    # Nor is a feature named in passing, not announced, the article's product's.
    text = f"{guide}自动踢出的人越来越多。\n"
    assert ("企业微信", "offers", "自动踢出") not in read(suggested, text)


def test_only_a_list_of_features_before_its_product_is_that_products(
    suggested: Ontology,
) -> None:
    # liurun-tencent-progress.md (「通过图生图、…等功能，腾讯广告妙思就能…」, 「在机会人群（R0）、
    # 全周期品牌资产管理、…这三大核心能力之下，腾讯广告如翼…」).
    facts = read(
        suggested,
        "通过图生图、商品背景合成、妙思衍生、特定风格Lora等功能，腾讯广告妙思就能对已有的素材"
        "进行简单和高效的二次创作。",
    )
    assert of(facts, "offers") == {
        ("腾讯广告妙思", "offers", c)
        for c in ("图生图", "商品背景合成", "妙思衍生", "特定风格Lora")
    }
    # One capability before a product is not its (36kr-shipinhao-brand-livestream.html,
    # 36kr-questmobile-miniprogram-autumn.html, 2024-liurun-gongzhonghao-douyin-hua.md …).
    facts = read(suggested, "近年来，短视频增长红利逐渐消退，抖音、快手也接近天花板。")
    assert of(facts, "offers") == set()


def test_two_names_with_nothing_between_are_one_compound_not_a_list(
    suggested: Ontology, root: Path, tmp_path: Path
) -> None:
    # 36kr-miniprogram-dau-aladdin.html (短视频直播生态), 2023-liurun-taobao-wechat-pay.md
    # (微信朋友圈广告, matched as 微信朋友圈 and 广告 where 朋友圈广告 is no term),
    # 36kr-shipinhao-qq-xiaoshijie.html (视频号直播电商GMV): a compound is no list of features,
    # so the product after it offers none of its parts.
    facts = read(
        suggested,
        "视频号是当前中国互联网最具发展潜力的短视频直播生态，小程序使用场景丰富，企业服务经验深厚，"
        "两者互联将形成中国新商业重要基建。",
    )
    assert ("视频号", "offers", "短视频") not in facts
    terms = {**SUGGESTED, "Capability": SUGGESTED["Capability"].replace(" 朋友圈广告 ", " ")}
    plain = ontology_with(root, tmp_path, terms)
    facts = read(plain, "现在，微信朋友圈广告可以直跳淘宝天猫，淘宝逐步支持微信支付。")
    assert not {f for f in of(facts, "offers") if f[0] in ("淘宝", "天猫")}


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
    # 2023-liurun-taobao-wechat-pay.md (twice: 朋友圈广告…直跳, 公众号文章底部广告，可直跳淘宝).
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
    # 2023-liurun-taobao-wechat-pay.md (两次: 接入了微信支付, 直跳淘宝天猫).
    facts = read(
        suggested,
        "但后来，饿了么、优酷、大麦、考拉海购、书旗、淘特、闲鱼、盒马等等APP，"
        "都正式接入或者申请接入了微信支付。",
    )
    # (书旗 is another name of the shipped ontology's 书旗小说.)
    apps = ("饿了么", "优酷", "大麦", "考拉海购", "书旗小说", "淘特", "闲鱼", "盒马")
    assert facts == {(a, "integrates", "微信支付") for a in apps}
    facts = read(suggested, "2021年8月，腾讯视频、腾讯新闻、QQ等可以通过广告直跳淘宝天猫。")
    assert facts == {
        (a, "integrates", b) for a in ("腾讯视频", "腾讯新闻", "QQ") for b in ("淘宝", "天猫")
    }


def test_the_subject_of_an_earlier_clause_links_to_what_the_verb_names(
    suggested: Ontology,
) -> None:
    # 2023-liurun-taobao-wechat-pay.md; 36kr-laoxiangji-private-domain.html.
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


def test_a_verb_that_links_both_ways_keeps_the_texts_order(suggested: Ontology) -> None:
    # 打通, 互通, 联动 give no direction of their own: the text's order, as the seeds' gold
    # has it (「小程序和微信搜一搜的联动」: 小程序 integrates 搜一搜), also in an article on one
    # of the two (36kr-shipinhao-live-booking-bug.html, woshipm-wecom-4-0-datong.html).
    sentence = "第一，进一步打通了公众号和视频号的流量入口，让彼此能起到协同扶持作用。"
    assert read(suggested, sentence) == {("公众号", "integrates", "视频号")}
    text = (
        "要做到这两点有一个前提，你得把视频号做起来。\n\n"
        "想沉淀微信私域流量的，可以在视频号借助企业微信完成一对一可触达的用户沉淀。\n\n" + sentence
    )
    assert ("公众号", "integrates", "视频号") in read(suggested, text)
    assert ("视频号", "integrates", "公众号") not in read(suggested, text)
    text = (
        "企业微信4.0版本发布。\n\n1. 腾讯文档，企业微信，腾讯会议三大协同工具打通\n\n"
        "企业微信的会议能力全面升级。"
    )
    assert of(read(suggested, text), "integrates") == {
        ("腾讯文档", "integrates", "企业微信"),
        ("企业微信", "integrates", "腾讯会议"),
    }


@pytest.fixture(scope="module")
def shops(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The shipped ontology and the products of WeChat's shop articles, as kg suggest adds them."""
    return ontology_with(root, tmp_path_factory.mktemp("shops"), {"Product": "微信小店 微信电商"})


@pytest.mark.parametrize(
    "sentence",
    [
        # woshipm-wechat-quanyu-xiaodian.md (twice), woshipm-wechat-gift-group-lottery-door.md,
        # woshipm-wechat-xiaodian-slow-merchants.md: the whole ecosystem (整个微信生态系统) or its
        # parts (微信生态中的各个场景) is no partner; none of the four such sentences of eval/tune
        # is in its gold.
        "一个最直观的体现是，刘炽平在多次财报电话会议中提到，微信小店是连接微信生态各个部分的统一"
        "平台，标准化的信息数据结构，使得商品能在视频号、小程序、搜索、企业微信等微信生态自由流动。",
        "为了构建完善的社交电商生态，作为微信电商未来交易的统一平台，微信小店正在逐步连接微信生态中"
        "的各个场景。",
        "腾讯总裁刘炽平倒是给过一个方向：腾讯内部正重新定位直播电商业务，未来，微信电商不仅限于视频号"
        "和直播频道，而是要与整个微信生态系统相连接。",
        "也就是说，腾讯建立的这个微信电商生态系统将不仅仅基于视频号和直播频道，而是与整个微信生态"
        "系统相连接，会同时从公众号、视频号以直播视频等多场景汲取能量。",
    ],
)
def test_a_product_named_as_its_whole_ecosystem_is_no_partner(
    shops: Ontology, sentence: str
) -> None:
    assert of(read(shops, sentence), "integrates") == set()


def test_the_product_itself_or_its_ecosystem_alone_is_still_a_partner(shops: Ontology) -> None:
    # woshipm-wecom-4-0-datong.html, the other side: 微信 named as itself (微信会话消息), or its
    # ecosystem alone (打通了微信生态; the seeds' gold reads 加深与微信生态的互联互通 so too), is
    # the partner; beside the ecosystem another product still is (与视频号的打通).
    facts = read(shops, "2018年，企业微信与微信会话消息、群聊实现互通。")
    assert of(facts, "integrates") == {("企业微信", "integrates", "微信")}
    facts = read(
        shops,
        "编辑导语：本次企业微信4.0的重大升级吸引了众多用户的关注，企业微信在不断的更新迭代中打通了"
        "微信生态，加强了企业与客户的沟通等。",
    )
    assert of(facts, "integrates") == {("企业微信", "integrates", "微信")}
    facts = read(
        shops,
        "4.0版本的企业微信，在微信生态的打通中，重点发力与视频号的打通，让企业在微信生态里面直播"
        "变的更加容易了。",
    )
    assert of(facts, "integrates") == {("企业微信", "integrates", "视频号")}


def test_a_product_that_supports_another_integrates_it(suggested: Ontology) -> None:
    # 2023-liurun-taobao-wechat-pay.md (six sentences: 淘宝逐步支持微信支付) and
    # layabox-wechat-minigame-launch.md (LayaAir引擎支持小游戏一键发布): A 支持 B, B named alone.
    sentence = "而在最近，淘宝，这个阿里旗下最知名的品牌之一，也开始逐步支持微信支付了。"
    assert of(read(suggested, sentence), "integrates") == {("淘宝", "integrates", "微信支付")}
    sentence = "淘宝逐步支持微信支付，也只是一小步。"
    assert of(read(suggested, sentence), "integrates") == {("淘宝", "integrates", "微信支付")}
    # Not where the text says it does not (还不支持).
    sentence = (
        "2020年7月，我写了一篇文章，尝试着回答了一个美团创始人王兴提出的好问题： 淘宝为什么还不支持"
        "微信支付？"
    )
    assert of(read(suggested, sentence), "integrates") == set()


def test_a_product_merged_into_or_adapted_to_another_integrates_it(suggested: Ontology) -> None:
    # 36kr-online-office-wecom-dingtalk.html (融入), layabox-wechat-minigame-launch.md (适配).
    facts = read(
        suggested,
        "早在2019年，阿里就尝试让钉钉融入阿里云，而后的“云钉一体”战略预示了陈航最终的归宿。",
    )
    assert of(facts, "integrates") == {("钉钉", "integrates", "阿里云")}
    facts = read(suggested, "“微信小游戏”平台12.28正式发布，LayaAir引擎同步支持适配微信小游戏！")
    assert of(facts, "integrates") == {("LayaAir", "integrates", "小游戏")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 2017-layabox-wanba-xueying-lingzhu-3d.md: 采用 B 研发.
        (
            "《雪鹰领主3D》采用Layabox旗下的LayaAir引擎研发制作，电影级别打造的3D立体感完美展现出"
            "小说中恢宏壮观的玄幻异世界。",
            {("雪鹰领主3D", "integrates", "LayaAir")},
        ),
        # 2018-layabox-tencent-billiards-3d-minigames.md: the subject of the clause before.
        (
            "腾讯桌球是腾讯光子工作室研发的一款基于真实玩家在线匹配的竞技对战游戏，运用了LayaAir引擎"
            "的3D技术，真实还原了桌球的质感与运动中的球感。",
            {("腾讯桌球", "integrates", "LayaAir")},
        ),
        # layabox-wechat-minigame-launch.md: what 的 introduces is built with it ...
        (
            "但我们可以看到采用LayaAir引擎开发的《全民大乐斗》是一款3D游戏。",
            {("全民大乐斗", "integrates", "LayaAir")},
        ),
        # ... and a count of the games listed is no product (其中4款).
        (
            "通过微信小程序入口的微信小游戏平台进入，可以看到首批推出的15款游戏产品，其中4款采用"
            "LayaAir引擎开发，通过Layabox提供的小程序适配库而发布。",
            set(),
        ),
    ],
)
def test_a_product_built_with_an_engine_integrates_it(
    suggested: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    facts = of(read(suggested, sentence), "integrates")
    assert {f for f in facts if "LayaAir" in f} == expected


def test_a_conjunction_inside_an_aside_links_nothing_outside_it(suggested: Ontology) -> None:
    # jiemian-pony-ma-internal-meeting.md: 和 is the aside's, 连接 the main clause's; and a
    # second trait after 、 is no object of the verb (questmobile-miniprogram-ecosystem.md).
    for sentence in (
        '马化腾认为腾讯的优势在于"一门三杰"（企业微信，腾讯会议和腾讯文档）代表的协同办公能力，'
        "以及小程序连接的TO C和TO B业务闭环。",
        "6.2 办公工具类小程序凭借与APP数据互通、便于在微信内分享等特点，相比APP获得更大体量的"
        "用户青睐",
    ):
        assert of(read(suggested, sentence), "integrates") == set(), sentence


def test_products_listed_then_connected_link_one_to_the_next(suggested: Ontology) -> None:
    # woshipm-wecom-4-0-datong.html; 「在打通了视频号、公众号、朋友圈等场景…之后」
    # (liurun-tencent-progress.md).
    facts = read(suggested, "1. 腾讯文档，企业微信，腾讯会议三大协同工具打通")
    assert facts == {
        ("腾讯文档", "integrates", "企业微信"),
        ("企业微信", "integrates", "腾讯会议"),
    }


def test_a_capability_links_its_product_to_another_only_in_a_products_own_section(
    suggested: Ontology,
) -> None:
    # woshipm-wecom-account-guide.html; 36kr-miniprogram-dau-aladdin.html (企业微信助手),
    # chinaz-wechat-group-features.html: the capability involves the product in its name, but
    # the text says nothing of the two products being connected.
    facts = read(suggested, "开通企业微信支付功能，尽可能使用企业微信的支付、发红包功能。")
    assert of(facts, "integrates") == set()


def test_places_it_works_in_link_only_a_products_own_section(suggested: Ontology) -> None:
    # layabox-wechat-minigame-launch.md: a heading naming 小游戏 does not make 小游戏 the subject
    # of 「在微信里…入口」 (in the seeds, 搜一搜's section: 「在公众号、小程序等场景」).
    text = (
        "## 微信小游戏的入口与支付\n\n"
        "孙春光还提到，H5游戏在微信里很容易失去入口，而小游戏即便游戏中关闭，会话结束后，"
        "通过微信下拉的入口快速让用户回来。\n"
    )
    assert of(read(suggested, text), "integrates") == set()


def test_a_product_that_integrates_another_or_puts_it_before_the_verb_integrates_it(
    suggested: Ontology,
) -> None:
    # 集成 connects products as 接入 does (36kr-online-office-wecom-dingtalk.html; also
    # layabox-minigame-traffic-sharing.md, ithome-facebook-workplace-7m-paid.html); after 将/把
    # the objects stand before the verb.
    sentence = "比如飞书将字节跳动收购的石墨文档、幕布等产品集成在产品中；"
    assert of(read(suggested, sentence), "integrates") == {
        ("飞书", "integrates", "石墨文档"),
        ("飞书", "integrates", "幕布"),
    }


def test_products_integrated_after_a_conjunction(spaced: Ontology) -> None:
    # tencent-2016-q2-interim-results.txt: A与B进行整合; ithome-facebook-workplace-7m-paid.html:
    # 与A和B的集成 lists two partners (of Workplace, named in an earlier sentence): neither
    # integrates the other.
    sentence = (
        "举例而言，我们将 QQ 音乐与 China Music Corporation 进行整合，打造了中国领先的在线音乐平台，"
        "这将帮 助用户发现新音乐。"
    )
    assert of(read(spaced, sentence), "integrates") == {
        ("QQ音乐", "integrates", "China Music Corporation")
    }
    sentence = (
        "这包括一个新的现场问答体验，与微软 365 和谷歌的 G Suite 日历应用程序的集成，以及一系列新的"
        "多元化功能。"
    )
    assert of(read(spaced, sentence), "integrates") == set()


def test_products_put_before_a_verb_of_connection_are_its_objects(suggested: Ontology) -> None:
    # woshipm-shipinhao-prd.html, as 飞书将…集成 (36kr-online-office-wecom-dingtalk.html).
    text = (
        "一方面，我们希望通过视频号能够满足C端用户“视频化表达”的核心诉求，在另一方面，我们更期待"
        "将微信服务号、公众号、视频号与直播的功能相互打通，从而实现B端官网“微信化”。"
    )
    assert ("视频号", "integrates", "公众号") in of(read(suggested, text), "integrates")


def test_a_verb_of_connection_with_features_for_object_links_no_product(
    suggested: Ontology,
) -> None:
    # woshipm-feishu-dingtalk-wecom.html: 集成 features, not the products listed before it.
    sentence = (
        "定位：飞书、企业微信、钉钉都是集成IM通讯、日程管理、办公协同和三方应用的超级移动办公平台；"
    )
    assert of(read(suggested, sentence), "integrates") == set()


def test_a_product_hung_on_another_is_integrated_with_those_listed_after_a_feature(
    suggested: Ontology,
) -> None:
    # woshipm-luckin-private-domain.html (挂了), 36kr-shipinhao-live-booking-bug.html (在直播间
    # 挂出企业微信名片): the object may be a feature, and the products listed with it count.
    sentence = (
        "私域运营的账号采用企业微信，每个员工的主页都挂了视频号主页、小程序的下单链接，以及明确告知了"
        "工作时间。"
    )
    assert of(read(suggested, sentence), "integrates") == {
        ("企业微信", "integrates", "视频号"),
        ("企业微信", "integrates", "小程序"),
    }


def test_products_merely_listed_together_are_not_integrated(suggested: Ontology) -> None:
    # woshipm-feishu-dingtalk-wecom.html: a list of five, a comparison (与…不同), 交互 the noun.
    for sentence in (
        "沟通通讯类：钉钉、企业微信、飞书、淘宝、QQ",
        "本文从战略层、范围层、后台功能、特色体验对飞书和钉钉及企业微信展开了分析，与大家分享。",
        "企业微信：与飞书和钉钉不同，企业微信的基础IM模块无论从功能到交互都与微信非常相似。",
    ):
        assert of(read(suggested, sentence), "integrates") == set(), sentence


def test_a_feature_the_platform_gives_its_own_product_is_that_products(
    suggested: Ontology,
) -> None:
    # liurun-tencent-progress.md; 「微信让私密赞站在C位，是为了让用户点赞，习惯视频号吗？」
    # (36kr-ios-wechat-806-shipinhao.html), 「…首屏推广，同样的社交排行…也表明了微信小游戏是
    # 支持3D的」 (layabox-wechat-minigame-launch.md): 微信 is the agent, the feature is for the
    # one product of 微信's (named 微信视频号 too) that the sentence names.
    facts = read(
        suggested,
        "一个月后，微信又修订了私域激励计划，上线了“带货邀约”和“达人广场”两项新功能，"
        "扶持视频号带货主播成长，助力商家提升精细化运营能力。",
    )
    assert of(facts, "offers") == {
        ("视频号", "offers", c) for c in ("私域激励计划", "带货邀约", "达人广场")
    }
    facts = read(suggested, "微信让私密赞站在C位，是为了让用户点赞，习惯视频号吗？")
    assert of(facts, "offers") == {("视频号", "offers", "私密赞")}
    # Not where the platform's products are listed with its features: they are the platform's.
    facts = read(
        suggested,
        "这项功能，似乎微信想用户养成发朋友圈与视频号同步的习惯，加深用户对视频号的使用。",
    )
    assert ("微信", "offers", "朋友圈") in facts


def test_a_medium_is_no_feature(suggested: Ontology) -> None:
    # 36kr-shipinhao-qq-xiaoshijie.html; 「他称视频号不仅是在腾讯短视频失利的情况下提供了新的
    # 可能性」 (unknown-tencent-2024h1), 「腾讯做了很多短视频和电商的结合尝试，现在视频号走出了
    # 第一步」 (jiemian-pony-ma-internal-meeting): 短视频 names a medium and its market.
    facts = read(
        suggested, "据媒体报道，QQ上线了一个名为“小世界”的新功能，用户可直接在QQ APP上观看短视频。"
    )
    assert ("QQ", "offers", "短视频") not in facts
    # Listed with features, it is one (woshipm-wechat-apk-size.html).
    facts = read(
        suggested,
        "而这些功能大家都懂的，各种小程序、短视频、直播、打车、外卖、游戏、电商等等，"
        "很多我们永远用不上的功能，微信都给我们配上了。",
    )
    assert ("微信", "offers", "短视频") in facts


def test_a_company_offers_what_it_launches_and_gives_no_product_its_features(
    root: Path, tmp_path: Path
) -> None:
    # woshipm-top10-internet-business-layout.html names 快手 most of its products, but its
    # companies launch their own: 「滴滴推出主打下沉市场的花小猪打车」, 「拼多多…先是推出
    # “拼小圈”…推出“多多买菜”」, 「百度…建立了…知识产品矩阵，包括百度知道、百度百科」. The same
    # shape in 36kr-online-office-wecom-dingtalk.html (「京东推出了智慧办公平台小易，美团对外
    # 开放了办公IM产品“大象”」) and 36kr-shipinhao-qq-xiaoshijie.html (腾讯…发布了…yoo).
    terms = {
        "Product": SUGGESTED["Product"],
        "Capability": f"{SUGGESTED['Capability']} 拼小圈 多多买菜 花小猪打车 百度知道 百度百科 "
        "社交团购 短视频流广告 直播电商 发现页红点推荐 直播广场页卡",
        "Company": "智己汽车",
    }
    ontology = ontology_with(root, tmp_path, {**terms, "Product": terms["Product"] + " 超级推"})
    lead = "快手的基本盘是短视频业务，围绕着主营业务有三种核心变现方式：直播打赏、广告和电商。\n\n"
    text = lead * 5 + (
        "深度运营（2020年-至今）：目前拼多多已经从早期的获客思维转向用户深度运营，先是推出"
        "“拼小圈”，增强用户之间的社交连接，又不断加码社交团购，推出“多多买菜”，增强用户粘性，"
        "提升购买频次。\n\n这也是为什么滴滴推出主打下沉市场的花小猪打车。\n\n"
        "在PC时代，百度通过搜索引擎掌握了互联网的绝大部分流量，建立了非常丰富的知识产品矩阵，"
        "包括百度知道、百度百科等，因此毫无疑问是BAT中的领军者。\n"
    )
    offers = of(read(ontology, text), "offers")
    # Not the article's product's (快手), nor that of the product the feature's name starts with
    # (花小猪 of 花小猪打车, a product of the shipped ontology): the company's launch is none of
    # its. The company offers what it launches right after 推出 (its app's, as the gold tables
    # read it: docs/facts-format.md), not what it only lists (包括百度知道、百度百科).
    launched = {"拼小圈", "多多买菜", "花小猪打车", "百度知道", "百度百科"}
    assert {f for f in offers if f[2] in launched} <= {
        ("拼多多", "offers", "拼小圈"),
        ("拼多多", "offers", "多多买菜"),
        ("滴滴", "offers", "花小猪打车"),
    }
    assert {("拼多多", "offers", "拼小圈"), ("滴滴", "offers", "花小猪打车")} <= offers
    # A company that makes the product the clause carries speaks for it (36kr-shipinhao-brand-
    # livestream.html): 视频号 goes on offering what the clause lists.
    facts = read(
        ontology,
        "首次公开视频号带货直播的成绩后，腾讯在3月发布2021全年财报，提到视频号将会提供重要的"
        "商业化机会，包括短视频流广告、直播打赏及直播电商。",
    )
    assert {("视频号", "offers", c) for c in ("短视频流广告", "直播电商")} <= facts
    # A company that announces nothing (a customer acting) is no subject (liurun-tencent-
    # progress.md): the product carried from the clause before offers the features.
    facts = read(
        ontology,
        "通过“超级推”产品的资源，智己汽车也在直播当天，通过发现页红点推荐和直播广场页卡，"
        "触达了高潜客群。",
    )
    assert {("超级推", "offers", c) for c in ("发现页红点推荐", "直播广场页卡")} <= facts


# ---------------------------------------------------------------- narrowed offers (round 7)


@pytest.fixture(scope="module")
def hedged(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The suggested terms and those of the sentences below."""
    terms = {
        **SUGGESTED,
        "Capability": SUGGESTED["Capability"]
        + " 红包皮肤 信息流广告 数据库DevOps 数据洞察 CallKit 微信进度条 聊天记录云备份 淘口令"
        " 去微信添加更多好友 Reels 加好友 扫码点餐 小程序适配库 联动玩法 快手直播PC平台 Stories"
        " Marketplace Rooms iOS过审协助服务 位置",
        "Product": SUGGESTED["Product"] + " 支付宝小游戏 每日必抢 腾讯玩吧 鹅享团",
    }
    return ontology_with(root, tmp_path_factory.mktemp("hedged"), terms)


@pytest.mark.parametrize(
    "sentence",
    [
        # 2019-unknown-zhang-xiaolong-wechat-night-speech.txt (可能)
        "在春节期间，我们会上线一个能力，企业微信可能在微信红包里申请自定义的红包皮肤，"
        "可以发给微信好友。",
        # 36kr-shipinhao-qq-xiaoshijie.html (计划, a verb)
        "2022年，微信计划对短视频信息流广告进行测试和优化。",
        # szqx-tencent-cloud-tdai.md (希望)
        "腾讯云希望 从数据库DevOps与数据洞察两大核心场景入手 ，用AI帮助企业治理好数据库以及用好数据 。",
        # woshipm-wechat-8022-perf-tool.html (哪怕)
        "不过说实话，哪怕微信把大家最想要的 CallKit 、微信进度条、聊天记录云备份加入，"
        "我想微信都不会是个完美的工具。",
    ],
)
def test_a_feature_the_clause_only_wishes_plans_or_supposes_is_not_offered(
    hedged: Ontology, sentence: str
) -> None:
    # docs/facts-format.md: no offers for what the product has not launched. (The other side,
    # 将会提供 and 商家激励计划的流量券, is offered: test_a_company_offers_what…, test_a_
    # feature_the_product_lacks_is_not_offered.)
    assert of(read(hedged, sentence), "offers") == set()


def test_a_feature_a_company_launches_is_no_feature_of_the_product_named_in_it(
    hedged: Ontology,
) -> None:
    # layabox-wechat-minigame-launch.md and layabox-3d-dress-up-minigames.md (as 滴滴推出…花小猪
    # 打车: test_a_company_offers_what_it_launches_and_gives_no_product_its_features): Layabox's
    # 小程序适配库 is no feature of 小程序, its iOS过审协助服务 none of iOS (but Layabox's, which
    # launches it: the gold of layabox-3d-minigames-2019-thousand.md).
    facts = read(
        hedged,
        "而对于微信小游戏的3D支持，LayaAir引擎开发的产品，可通过Layabox官方提供的小程序适配库，"
        "一键发布为微信小游戏产品。",
    )
    assert of(facts, "offers") == set()
    facts = read(
        hedged, "应对苹果iOS新规，Layabox再次成功过审HTML5的APP包，同时推出iOS过审协助服务"
    )
    assert of(facts, "offers") == {("Layabox", "offers", "iOS过审协助服务")}


def test_a_feature_named_as_a_likeness_is_not_offered(hedged: Ontology) -> None:
    # ithome-it-heibanbao-30-taobao-wechat-friends.html, 36kr-facebook-tiktok-wechat-moat.html
    # (类似X: X is compared, as 类似“dou+”的付费投流功能 in 36kr-shipinhao-brand-livestream).
    facts = read(
        hedged,
        "点击邀请好友列表底部这个去微信添加更多好友的选项，淘宝就会生成一个类似淘口令的邀请链接。",
    )
    assert ("淘宝", "offers", "淘口令") not in facts
    facts = read(hedged, "反映在产品形态上，Facebook的主界面类似朋友圈，聊天反而是二级界面。")
    assert of(facts, "offers") == set()
    # 像 also gives an example, which stays offered (the same article).
    facts = read(
        hedged, "在电话会议中，Facebook管理层提到像Reels等新产品产生的利润率低于Facebook。"
    )
    assert ("Facebook", "offers", "Reels") in facts


def test_a_feature_named_right_after_a_negated_having_is_not_offered(hedged: Ontology) -> None:
    # mydrivers-wechat-windows-360.html (没有独立加好友功能; its 微信 is the article's product)
    # and layabox-3d-minigames-60.md (没有分享按钮，没有广告).
    lead = "作为IM软件的压箱底功能，微信PC版却不得不长期依赖手机端添加好友。\n\n" * 5
    text = lead + "作为国内数一数二的IM软件，没有独立加好友功能，着实有些让人无语。\n"
    facts = extract(load_text(text, path="case.md"), hedged).facts
    assert not [f for f in facts if f.predicate == "offers" and "没有独立" in f.evidence.text]


def test_a_product_a_verb_governs_owns_no_features_listed_before_it(hedged: Ontology) -> None:
    # 36kr-laoxiangji-private-domain.html (关注公众号), 36kr-miniprogram-dau-aladdin.html (进入
    # 小程序), 2022-kinghcj-mini-program-present-future.md (使用微信云开发): NOT_SUBJECT, as for
    # the subject of a clause. A product that opens its clause still owns them (通过图生图…等功能，
    # 腾讯广告妙思就能…: test_only_a_list_of_features_before_its_product_is_that_products).
    facts = read(
        hedged,
        "中式快餐在私域运营上普遍比较滞后，大部分餐饮店在让顾客扫码点餐、关注公众号之后就没有太多的"
        "运营动作了，老乡鸡算是行业里起步较早的品牌。",
    )
    assert of(facts, "offers") == set()
    facts = read(
        hedged,
        "活跃用户通过视频号、订阅消息进入小程序的比重较大，企业品牌正在基于小程序与视频号、订阅号的"
        "互联创造新营销方式与营销闭环。",
    )
    assert ("小程序", "offers", "订阅消息") not in facts


def test_a_product_launched_only_qualifies_what_is_launched(hedged: Ontology) -> None:
    # 36kr-shipinhao-brand-livestream.html (新增了企业微信的联动玩法), layabox-3d-minigames-2019-
    # thousand.md (新增支付宝小游戏适配), layabox-wechat-minigame-launch.md (一键发布为小游戏:
    # the place it goes to). A product launched alone is offered
    # (test_a_launched_product_is_offered_by_the_launcher).
    facts = read(
        hedged,
        "同时，视频号新增了企业微信的联动玩法，“比如顾客可以直接从视频号主页和直播间添加我们的企业微信，"
        "省去兜兜转转的步骤，进一步提高服务质量”。",
    )
    assert ("视频号", "offers", "企业微信") not in facts
    for sentence in (
        "LayaAir次世代引擎再进一步， 2.5版本重构并完善了PBR引擎模块，新增支付宝小游戏适配及发布！",
        "LayaAir引擎示例代码一键发布为小游戏的效果：",
    ):
        assert of(read(hedged, sentence), "offers") == set(), sentence


def test_a_product_bought_or_imitated_is_no_subject(hedged: Ontology) -> None:
    # 36kr-facebook-tiktok-wechat-moat.html (收购, 模仿), huxiu-kuaishou-su-hua-steps-down.html
    # (收购A站…、上线快手直播PC平台: 快手's, carried from the clause before).
    facts = read(
        hedged,
        "10亿收购Instagram、190亿收购WhatsApp、模仿snapchat推出Stories、模仿Craigslist推出"
        "Marketplace，模仿Zoom推出Rooms，模仿TikTok推出Reels……",
    )
    assert of(facts, "offers") == set()
    facts = read(
        hedged,
        "随后一年时间里，快手动作频频——重金收购A站涉足二次元、上线快手直播PC平台、为国际化制定新目标、"
        "追击3亿日活数据等等，一系列与商业化相关的举措被快速实施。",
    )
    assert ("AcFun", "offers", "快手直播PC平台") not in facts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 2018-36kr-alipay-pintuan.html: A在P上线 (what 并获得 names after it, 位置, is no
        # feature launched there).
        (
            "主打“拼团”的“每日必抢”小程序在支付宝上线并获得优质位置大流量灌入，这意味着，淘宝在阻击"
            "拼多多的路上使用了新的策略。",
            {("每日必抢", "integrates", "支付宝")},
        ),
        # 2017-layabox-wanba-xueying-lingzhu-3d.md: A在P首发.
        (
            "这款由风云互动研运、起点白金大神“我吃西红柿”唯一正版授权的HTML5 3D 精品大作，于7月21日"
            "以新名称《雪鹰领主3D》在腾讯玩吧首发。",
            {("雪鹰领主3D", "integrates", "腾讯玩吧")},
        ),
        # 36kr-tencent-employees-pay-rise.html: 在P中推出了A.
        (
            "在小鹅拼拼关闭之后，腾讯的电商尝试仍未停止，又在微信中推出了“鹅享团”小程序，依然是想"
            "通过微信的流量红利，扶持起属于自己的电商团购业务。",
            {("鹅享团", "integrates", "微信")},
        ),
        # Not a product's clause: what 商家 publish on 淘宝 (liurun-taobao-changes-2023.md).
        (
            "商家在淘宝发布的图文、短视频、直播及精选的买家秀，都将自动同步在淘宝店铺的“动态”中。",
            set(),
        ),
    ],
)
def test_a_product_launched_on_a_platform_integrates_it(
    hedged: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert of(read(hedged, sentence), "integrates") == expected


def test_a_product_a_clause_compares_with_is_not_reached_into(root: Path, tmp_path: Path) -> None:
    # layabox-3d-minigames-60.md lays its games out one a section: 《球球飞车》与《彩色跑酷》
    # 核心玩法基本一致 compares, as 与《球球飞车》类似 in the same article, 与微信小程序的开发工具
    # 类似 (2022-kinghcj-mini-program-present-future.md) and 跟QQ是极其不一样 (21cto-zhang-
    # xiaolong-profile.md): the section's game offers its own feature, linked to no other.
    ontology = ontology_with(
        root, tmp_path, {"Product": "彩色跑酷 球球飞车", "Capability": "音乐球"}
    )
    text = (
        "#### 45、彩色跑酷\n\n《彩色跑酷》游戏截图\n\n"
        "《彩色跑酷》更侧重于跑酷的避障体验。\n\n"
        "#### 46、球球飞车\n\n《球球飞车》游戏截图\n\n"
        "《球球飞车》与《彩色跑酷》核心玩法基本一致，所不同的是，虽然没有磁铁与金币的玩法，但是"
        "《球球飞车》增加了音乐球，连续的撞击可以发出一段动听的音乐节拍，比较有特色。\n"
    )
    facts = read(ontology, text)
    assert ("球球飞车", "offers", "音乐球") in facts
    assert not of(facts, "integrates") | of(facts, "involves")


def test_a_product_listed_with_a_capability_in_a_section_is_not_reached_into(
    suggested: Ontology,
) -> None:
    # seeds/2023-wechat-open-class-pro.md, 搜一搜's section: 视频号 names where 边聊边搜 is
    # (视频号评论区- 边聊边搜), an item of the list 快速搜 opens; 快速搜 reaches into no 视频号.
    text = (
        "**04 企业微信：助力企业高效运营 私域成交达千亿元**\n\n"
        "“未来，企业微信会持续强化连接能力。”\n\n"
        "**05 搜一搜：强化连接器与加速器角色 盘活微信生态内容与服务**\n\n"
        "为此，微信搜一搜持续开放更加多元的搜索场景，包括主界面-快速搜、视频号评论区- 边聊边搜、"
        "直播间-边看边搜等场景，用最简单、最便捷、最快速的方式捕捉和满足用户当下的好奇心。\n"
    )
    involves = of(read(suggested, text), "involves")
    assert ("快速搜", "involves", "视频号") not in involves
    assert ("边聊边搜", "involves", "视频号") in involves


def test_a_feature_named_after_the_platform_is_the_articles_own_products(
    root: Path, tmp_path: Path
) -> None:
    # layabox-wechat-minigame-launch.md (**1、微信关系链分享**, **3、微信列表顶部下拉入口**) and
    # gameres-wechat-minigame-visual-tool.html (通过微信授权登录就可以进入开发后台): in an article
    # about 小游戏, 微信's own product, a feature named after the platform is 小游戏's.
    terms = {"Capability": "微信关系链分享 微信授权登录 好友分享 微信群", "Product": "钉钉"}
    ontology = ontology_with(root, tmp_path, terms)
    text = (
        "**微信小游戏的入口与支付**\n\n**1、微信关系链分享**\n\n"
        "微信小游戏的重要入口就是好友分享，群分享等微信关系链。\n\n"
        "小游戏可视化开发工具上手非常简单，开发者无需重新注册，通过微信授权登录就可以进入开发后台。\n\n"
        "很多开发者在担心小游戏是否仅能支持玩法简单的小型游戏。\n\n"
        "通过下拉微信列表，可以显示近期玩过的微信小游戏。\n"
    )
    offers = of(read(ontology, text), "offers")
    assert ("小游戏", "offers", "微信关系链分享") in offers
    assert ("小游戏", "offers", "微信授权登录") in offers
    assert not {f for f in offers if f[0] == "微信"}
    # In an article about another's product, the platform keeps it (36kr-online-office-wecom-
    # dingtalk.html, about 钉钉: 小公司只需要一个微信群就能满足需求).
    text = (
        "2015年初，陈航团队正式推出钉钉1.0。\n\n"
        "背靠阿里这棵大树，让钉钉有着创业公司不敢苛求的资源，仅用一年时间就覆盖了150万家企业组织。\n\n"
        "彼时企业办公还是传统OA的天下，企业沟通的需求尚未被挖掘，大企业往往有自己内部的沟通工具，"
        "小公司只需要一个微信群就能满足需求。\n\n"
        "钉钉的大幅海报贴满了进站通道。\n"
    )
    offers = of(read(ontology, text), "offers")
    assert ("微信", "offers", "微信群") in offers


# ---------------------------------------------------------------- narrowed links (round 9)


@pytest.fixture(scope="module")
def linking(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The suggested terms and those of the sentences below."""
    terms = {
        "Capability": SUGGESTED["Capability"]
        + " QQ群 官网 微信游戏中心 QQ游戏中心 CallKit 离线支付 微信引擎插件",
        "Product": SUGGESTED["Product"]
        + " 决战巨神峰 云开发 微信开放能力 iPhone 应用宝 QQ游戏 Layabox LayaAirIDE 玩一玩",
    }
    return ontology_with(root, tmp_path_factory.mktemp("linking"), terms)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Where the name says it leads into the product: a link, a card, an adding (36kr-shipinhao-
        # live-booking-bug.html, above; woshipm-wecom-4-0-datong.html) ...
        (
            "现在在视频号的首页下面，可以配置添加企业微信的入口，在视频号下方看完直播有问题想咨询也"
            "可以添加企业微信。",
            {("添加企业微信", "involves", "企业微信")},
        ),
        # ... a payment, a 去 that opens it (2023-liurun-taobao-wechat-pay.md) ...
        (
            "进入微信扫码支付入口的淘宝用户，也可以在提交订单页选择使用“微信扫码支付”或“去微信找朋友"
            "帮我付”的付款方式，进行付款。",
            {
                ("微信扫码支付", "involves", "微信"),
                ("去微信找朋友帮我付", "involves", "微信"),
            },
        ),
        # ... not a part of the product named in it, where the capability lives (layabox-minigame-
        # traffic-sharing.md; gameres-tencent-bytedance-games-battle.html).
        (
            "对于优质的长尾小游戏，加入到流量共享平台后，Layabox将会在官方公众号、QQ群、官网等渠道，"
            "为精选的小游戏进行不定期的免费推广。",
            set(),
        ),
        (
            "渠道有包括微信游戏中心、QQ游戏中心和应用宝在内的三大渠道。",
            set(),
        ),
    ],
)
def test_a_capability_involves_a_product_in_its_name_only_where_it_leads_there(
    linking: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert of(read(linking, sentence), "involves") == expected


def test_with_no_subject_the_partner_of_a_conjunction_links_to_a_product_of_its_clause_only(
    linking: Ontology,
) -> None:
    # woshipm-feishu-dingtalk-wecom.html: 与微信的连接是企业微信的特色 (the clause goes on to name
    # the subject) ...
    facts = read(
        linking,
        "与微信的连接是企业微信的特色，企业微信可以连接小程序，添加微信用户、微信群、发送客户朋友圈等。",
    )
    assert ("企业微信", "integrates", "微信") in facts
    # ... not to a product of a later clause (36kr-wechat-pay-apple-watch.html; Apple Watch no
    # product here).
    facts = read(
        linking,
        "我们断开 Apple Watch 与 iPhone 的连接以及手表的 Wi-Fi 和蜂窝网络，在超市尝试了离线支付，"
        "体验与支付宝支付类似，非常顺利地完成了付款。",
    )
    assert of(facts, "integrates") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 2022-kinghcj-mini-program-present-future.md: the products developed are no subject of
        # 打通 (开发 governs them; 无缝开发微信小游戏项目, 开发了小程序… in two more articles).
        (
            "开发者可以使用云开发快速开发小程序、小游戏、公众号网页等，并且原生打通微信开放能力。",
            set(),
        ),
        # ... and where a product runs (在 iPhone…平台下) is no object of 集成 (the same article).
        (
            "多平台终端兼容：自带多终端小程序 SDK，简单集成后即可在 iPhone，Android，Windows，"
            "Linux，macOS 平台下的应用中运行你的小程序。",
            set(),
        ),
        # 36kr-laoxiangji-private-domain.html: a few words between the verb and its object.
        (
            "在老乡鸡公众号的菜单栏里，接入了多个通往小程序的入口。",
            {("公众号", "integrates", "小程序")},
        ),
        # 36kr-wechat-secondary-device-login.html: the devices a product runs on are no product it
        # supports ...
        (
            "虽然说微信重新支持CallKit只是在小范围内测试，更是只支持iOS设备，但这始终是一个好的信号。",
            set(),
        ),
        # ... a product is (2023-liurun-taobao-wechat-pay.md).
        (
            "当有一天，面对格局的变化，淘宝真的开始支持微信支付时，那就说明阿里放弃了过去的成功。",
            {("淘宝", "integrates", "微信支付")},
        ),
        # layabox-qq-light-games-250m.md: with no subject, the product it happens in (在A里集成B;
        # 在LayaAirIDE内集成…组件: layabox-minigame-traffic-sharing.md) ...
        (
            "Layabox是率先支持厘米游戏和玩一玩游戏的引擎，在LayaAirIDE里也集成了玩一玩（现在的QQ轻"
            "游戏）的适配和发布。",
            {("LayaAirIDE", "integrates", "玩一玩")},
        ),
        # ... but a clause that says they are no longer connected links nothing
        # (layabox-3d-minigames-2019-thousand.md).
        (
            "LayaAir2.4的3D物理引擎库体积减少近50%、编码模块不再内嵌到LayaAirIDE，支持微信引擎插件。",
            set(),
        ),
        # layabox-netdragon-lol-minigame.md: built with an engine, the product named after the
        # words saying what it is (also 采用LayaAir引擎开发的《全民大乐斗》, above).
        (
            "昨天，基于LayaAir引擎开发的3D微信小游戏《决战巨神峰》已开启删档测试。",
            {("决战巨神峰", "integrates", "LayaAir")},
        ),
    ],
)
def test_what_a_verb_of_connection_links(
    linking: Ontology, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert of(read(linking, sentence), "integrates") == expected


# ---------------------------------------------------------------- narrowed offers (prod10)


@pytest.fixture(scope="module")
def placed(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """The suggested terms and those of the sentences below."""
    terms = {
        **SUGGESTED,
        "Capability": SUGGESTED["Capability"]
        + " 服务号 聊天会话 社群 抽奖 直播间 快速搜 边聊边搜 边看边搜 主界面 视频号评论区",
        "Product": SUGGESTED["Product"] + " 微信小店 搜一搜 京东 拼多多",
    }
    return ontology_with(root, tmp_path_factory.mktemp("placed"), terms)


@pytest.mark.parametrize(
    "sentence",
    [
        # woshipm-wechat-quanyu-xiaodian-daihuozhe.md (在…等多个微信场景内流转)
        "这意味着，腾讯的电商正式走出短视频、直播间，微信小店将支持店铺及商品信息在公众号（订阅号、"
        "服务号）、视频号（直播、短视频）、小程序、搜一搜、聊天会话、社群、朋友圈等多个微信场景内流转。",
        # woshipm-wechat-blue-packet-lottery.md (…等组合)
        "曾经的公众号和微信支付、企业微信等组合，让私域运营成了可能，后来的视频号和公众号、朋友圈等组合，"
        "又实现了微信建立短视频内容生态的可能。",
    ],
)
def test_a_list_of_places_or_partners_is_no_list_of_features(
    placed: Ontology, sentence: str
) -> None:
    # A list closed by 等…场景, 渠道 or 组合 names where something works or what it is combined
    # with (also 「Layabox将会在官方公众号、QQ群、官网等渠道…推广」: layabox-minigame-traffic-
    # sharing.md): twelve such readings on tune, none right.
    offers = of(read(placed, sentence), "offers")
    assert not {f for f in offers if f[2] in ("朋友圈", "服务号", "聊天会话", "社群")}


def test_a_list_of_scenes_an_announcement_opens_is_a_list_of_features(placed: Ontology) -> None:
    # The other side: the seeds' 2023 write-up (开放…场景，包括…等场景).
    facts = read(
        placed,
        "为此，微信搜一搜持续开放更加多元的搜索场景，包括主界面-快速搜、视频号评论区- 边聊边搜、"
        "直播间-边看边搜等场景，用最简单、最便捷、最快速的方式捕捉和满足用户当下的好奇心。",
    )
    assert {("搜一搜", "offers", c) for c in ("快速搜", "边聊边搜", "边看边搜")} <= facts


def test_a_feature_never_launched_is_not_offered(placed: Ontology) -> None:
    # 未 before a verb of launching, whatever adverb stands before it (始终未推出: woshipm-wechat-
    # blue-packet-lottery.md; 还未上线: test_a_feature_the_product_lacks_is_not_offered).
    facts = read(
        placed,
        "但看似流量狂欢的另一面，则是电商平台对同类玩法的集体沉默——淘宝、京东、拼多多等主流电商平台，"
        "始终未推出独立且常态化的抽奖功能，仅是将抽奖作为大促或是日常活动中的一个小角色，承担着营销功能。",
    )
    assert of(facts, "offers") == set()


def test_the_live_room_is_a_place_not_a_feature(placed: Ontology) -> None:
    # 直播间, named in passing (woshipm-wechat-xiaodian-slow-merchants.md, woshipm-wechat-gift-
    # group-lottery-door.md, ithome-dongfang-zhenxuan-first-livestream.html: nine readings on tune, in seven articles,
    # two right), as 短视频 is (test_a_medium_is_no_feature).
    for sentence in (
        "「以前线下门店时期，店长加了很多顾客的微信，视频号开播，店长就把直播间推给这些粉丝。",
        "但当年挂着抖音小店的诸多大型直播带货活动，直播间挂的基本都是抖音小店的链接。",
    ):
        offers = of(read(placed, sentence), "offers")
        assert not {f for f in offers if f[2] == "直播间"}, sentence
