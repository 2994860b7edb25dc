"""Each relation rule (kg.rules) on real sentences of the seeds, read in the section they
sit in; and the registry: each rule emits only the predicates it declares, and says so."""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ontology_with

import kg.rules
from kg import vocabulary
from kg.errors import KGError
from kg.loaders import load, load_text
from kg.match import match
from kg.ontology import Ontology
from kg.pipeline import extract
from kg.records import Document, Fact
from kg.rules import ORDER, REGISTRY, RULES, Rule, extract_facts, registry
from kg.rules.context import Context, contexts
from kg.segment import segment


def passage(body: str, section: str | None = None) -> str:
    """``body`` under the heading ``section`` in an article laid out one product a section,
    as the seeds are (a second product's section follows), or alone without one."""
    if not section:
        return body
    other = "搜一搜" if "企业微信" in section else "企业微信"
    return f"**{section}**\n\n{body}\n\n**{other}**\n\n{other}。"


def read(ontology: Ontology, body: str, section: str | None = None) -> set[tuple[str, ...]]:
    """The facts of one passage (read as :func:`passage` lays it out) as (subject,
    predicate, object[, value, unit]) labels."""
    facts = extract(load_text(passage(body, section), path="case.md"), ontology).facts
    out = set()
    for f in facts:
        obj = f.object if f.predicate in ("role", "metric") else ontology.label(f.object)
        row: tuple[str, ...] = (ontology.label(f.subject), f.predicate, obj)
        if f.predicate == "metric":
            row = (row[0], "metric", str(f.value), str(f.unit))
        out.add(row)
    return out


def of(facts: set[tuple[str, ...]], predicate: str) -> set[tuple[str, ...]]:
    return {f for f in facts if f[1] == predicate}


# ---------------------------------------------------------------- presents, leads, role


@pytest.mark.parametrize(
    ("section", "sentence", "expected"),
    [
        (
            "微信支付：天下无欺",
            "第二个微信公开课讲师张颖的讲述就生活化了不少，他用一个个故事串起了微信支付的各个阶段。",
            {("张颖", "presents", "微信支付")},
        ),
        (
            "企业微信：连接创造价值",
            "「连接」，是讲师黄铁鸣本次分享的主题，也是企业微信的核心力量。",
            {("黄铁鸣", "presents", "企业微信")},
        ),
        (
            "02 微信支付：技术助力商家精细化经营",
            "据张颖介绍，目前微信支付“爱心餐”已累计服务10万以上环卫工人。",
            {("张颖", "presents", "微信支付")},
        ),
    ],
)
def test_a_speaker_presents_the_section_product(
    ontology: Ontology, section: str, sentence: str, expected: set[tuple[str, ...]]
) -> None:
    assert of(read(ontology, sentence, section), "presents") == expected


def test_a_person_named_without_a_speaker_cue_presents_nothing(ontology: Ontology) -> None:
    sentence = "2016 年年初，张小龙找张颖吃了个饭，说要把微信支付交给他。"
    facts = read(ontology, sentence, "微信支付：天下无欺")
    assert of(facts, "presents") == set()
    # 把X交给他: 他 points back to the last person named, 张颖.
    assert of(facts, "leads") == {("张颖", "leads", "微信支付")}


def test_a_credit_line_gives_presents_leads_and_role(ontology: Ontology) -> None:
    sentence = (
        "“同时，我们也希望这个创作收益是能够稳健地、健康地向上去生长。”"
        "——腾讯公司副总裁、视频号负责人张孝超"
    )
    facts = read(ontology, sentence, "01 视频号：有收入创作者持续增长")
    assert facts == {
        ("张孝超", "presents", "视频号"),
        ("张孝超", "leads", "视频号"),
        ("张孝超", "role", "腾讯公司副总裁"),
    }


def test_a_unit_can_be_led(ontology: Ontology) -> None:
    sentence = "“感谢生态的每一位参与者，小程序的使命没有改变。”——微信开放平台负责人曾鸣"
    facts = read(ontology, sentence, "03 小程序：进一步完善基建")
    assert ("曾鸣", "leads", "微信开放平台") in facts
    assert ("曾鸣", "presents", "小程序") in facts
    # X负责人 is said by leads alone, as the seeds' gold reads it (docs/facts-format.md).
    assert of(facts, "role") == set()


# ---------------------------------------------------------------- offers, involves, integrates


def test_the_section_product_offers_the_capabilities_of_its_sentences(
    ontology: Ontology,
) -> None:
    sentence = (
        "今天的微信支付团队已经向小微商家发放了 5000w+ 的收款码，1100w+ 的收款音箱，"
        "微信支付的团队的小账本月活也达到了 4800w，收款有礼的用户也达到了 4500w，经营保障险 2200w。"
    )
    assert of(read(ontology, sentence, "微信支付：天下无欺"), "offers") == {
        ("微信支付", "offers", c)
        for c in ("收款码", "收款音箱", "小账本", "收款有礼", "经营保障险")
    }


def test_a_plus_joins_two_products_and_what_it_enables_involves_the_second(
    ontology: Ontology,
) -> None:
    sentence = "例如视频号 + 微信支付，未来就会让打赏成为可能，或许还会有为直播/视频付费出现；"
    facts = read(ontology, sentence, "视频号两周年：内容生态与创作激励")
    assert ("视频号", "integrates", "微信支付") in facts
    assert ("视频号", "offers", "打赏") in facts
    assert ("打赏", "involves", "微信支付") in facts


def test_a_product_named_inside_a_capability_is_involved(ontology: Ontology) -> None:
    sentence = "下周，企业微信将推出全新版本，将发布连接视频号、微信客服两个全新能力"
    facts = read(ontology, sentence, "企业微信：连接创造价值")
    assert {
        ("企业微信", "offers", "连接视频号"),
        ("企业微信", "offers", "微信客服"),
        ("连接视频号", "involves", "视频号"),
        ("企业微信", "integrates", "视频号"),
    } <= facts
    # 微信 inside 微信客服 is the platform's brand, not a link.
    assert ("微信客服", "involves", "微信") not in facts


def test_an_aside_in_brackets_involves_nothing(ontology: Ontology) -> None:
    sentence = "视频号 + 企业微信，视频号（包括直播）可以一键添加企业微信客服，助力商家社群运营。"
    facts = read(ontology, sentence, "视频号两周年：内容生态与创作激励")
    assert ("微信客服", "involves", "企业微信") in facts
    assert ("视频号", "offers", "直播") in facts
    assert ("直播", "involves", "企业微信") not in facts


def test_a_conjunction_list_and_a_verb_of_connection_integrate(ontology: Ontology) -> None:
    sentence = (
        "而作为微信生态内的原子化内容组件，视频号已经和通信、社交、公众号、小程序、支付，"
        "包括企业微信产生了越来越紧密地融合，在各个微信场景下实现自由流转。"
    )
    facts = of(read(ontology, sentence, "01 视频号：有收入创作者持续增长"), "integrates")
    assert {("视频号", "integrates", p) for p in ("公众号", "小程序", "企业微信")} <= facts


def test_products_listed_as_scenes_integrate_with_the_section_product(
    ontology: Ontology,
) -> None:
    sentence = (
        "不止是连接器，更是“加速器”——在公众号、视频号、小程序等场景下，"
        "通过搜一搜带来的新增粉丝量、内容分发量同比去年都有显著增长。"
    )
    facts = of(read(ontology, sentence, "05 搜一搜：强化连接器与加速器角色"), "integrates")
    assert facts == {("搜一搜", "integrates", p) for p in ("公众号", "视频号", "小程序")}


def test_connector_the_noun_is_not_a_verb_of_connection(ontology: Ontology) -> None:
    sentence = (
        "但这表达的含义和前面分享的视频号、小程序、支付是相同的，"
        "搜一搜应该成为微信生态的连接器，最终达到「用微信，搜所有」的目标。"
    )
    assert of(read(ontology, sentence, "微信搜一搜：全场景触手可搜"), "integrates") == set()


def test_a_common_word_capability_needs_its_own_product(ontology: Ontology) -> None:
    # 文档 (a 企业微信 capability) in a Mini Program sentence is just the word "document".
    sentence = (
        "无论是线上教学、文档共享、社区买菜，还是各类的健康民生服务，都极大地方便了用户的生活。"
    )
    assert of(read(ontology, sentence, "03 小程序：进一步完善基建"), "offers") == set()
    sentence = "企业微信也集成了文档、日程、会议等协作能力。"
    assert of(read(ontology, sentence, "04 企业微信：助力企业高效运营"), "offers") == {
        ("企业微信", "offers", c) for c in ("文档", "日程", "会议")
    }


def test_without_a_section_each_capability_goes_to_the_product_before_it(
    ontology: Ontology,
) -> None:
    sentence = (
        "例如视频号未来将为每个视频号创作者提供红包封面，"
        "微信支付会依据支付分能力在未来推出「不看不付」功能等。"
    )
    facts = read(ontology, sentence)
    assert of(facts, "offers") == {
        ("视频号", "offers", "红包封面"),
        ("微信支付", "offers", "微信支付分"),
        ("微信支付", "offers", "不看不付"),
    }
    assert of(facts, "involves") == set()


# ---------------------------------------------------------------- customer


def test_companies_named_with_a_product_are_its_customers(ontology: Ontology) -> None:
    sentence = "黄铁鸣通过索菲亚、五菱宏光、大疆农业、湖北宜昌社区四个实际案例，讲解了企业微信是如何助力社会发展的。"
    facts = of(read(ontology, sentence, "企业微信：连接创造价值"), "customer")
    assert facts == {
        (org, "customer", "企业微信") for org in ("索菲亚", "五菱宏光", "大疆农业", "湖北宜昌社区")
    }


def test_the_maker_and_the_media_are_never_customers(ontology: Ontology) -> None:
    sentence = "“要做一个有责任的工具。”——腾讯公司副总裁、微信支付负责人张颖"
    assert of(read(ontology, sentence, "02 微信支付：技术助力"), "customer") == set()


# ---------------------------------------------------------------- metric


@pytest.mark.parametrize(
    ("section", "sentence", "expected"),
    [
        (
            "微信支付：天下无欺",
            "今天的微信支付有 2.3w 的服务商，1800+ 银行及支付机构、100w+ 生态从业伙伴、97% 交易占比。",
            {
                ("微信支付", "metric", "23000", "count"),
                ("微信支付", "metric", "1800", "count"),
                ("微信支付", "metric", "1000000", "count"),
                ("微信支付", "metric", "97", "percent"),
            },
        ),
        (
            # No 元 written: the clause's 优惠 and 消费 make the bare amounts money.
            "微信支付：天下无欺",
            "今天的微信电子化优惠券已经覆盖 1000w+ 商户，实际核销优惠 229 亿，撬动了社会消费 5200 亿。",
            {
                ("电子优惠券", "metric", "10000000", "count"),
                ("电子优惠券", "metric", "22900000000", "CNY"),
                ("电子优惠券", "metric", "520000000000", "CNY"),
            },
        ),
        (
            "微信小程序：触手可及，无处不在",
            "政务服务每天有 1 亿+ 的用户使用，用户可以3 分钟完成汽车年检，不用再带一堆资料跑线下。",
            {("小程序", "metric", "100000000", "count"), ("小程序", "metric", "180", "seconds")},
        ),
        (
            # The head of the sentence (微信的跨境支付) is what its figures are about.
            "02 微信支付：技术助力商家精细化经营",
            "目前，微信的跨境支付业务已覆盖全世界69个国家和地区，境外合作机构总计超过1000家，"
            "已连接超过400万境外商户。",
            {
                ("跨境支付", "metric", "69", "count"),
                ("跨境支付", "metric", "1000", "count"),
                ("跨境支付", "metric", "4000000", "count"),
            },
        ),
    ],
)
def test_figures_attach_to_what_they_measure(
    ontology: Ontology, section: str, sentence: str, expected: set[tuple[str, ...]]
) -> None:
    assert of(read(ontology, sentence, section), "metric") == expected


def test_a_figure_shared_by_coordinated_names_is_one_fact_per_name(ontology: Ontology) -> None:
    sentence = "其中，旅游类、房产类需求增长逾200%，新闻类、医疗类、美食类、政务类、汽车类需求均增长超过100%。"
    facts = extract(
        load_text(passage(sentence, "05 搜一搜：强化连接器"), path="case.md"), ontology
    ).facts
    names = sorted(f.object for f in facts if f.predicate == "metric")
    assert names == sorted(
        ["旅游类需求增长", "房产类需求增长"]
        + [f"{k}类需求均增长" for k in ("新闻", "医疗", "美食", "政务", "汽车")]
    )
    assert {f.value for f in facts} == {Decimal(200), Decimal(100)}


def test_comparisons_rates_and_dates_are_not_figures(ontology: Ontology) -> None:
    section = "视频号两周年：内容生态与创作激励"
    sentence = (
        "直播间 PCU（最高同时在线数）达到了 150 万，相当于观众坐满了 100+ 个鸟巢同时看演唱会。"
    )
    assert of(read(ontology, sentence, section), "metric") == {
        ("视频号", "metric", "1500000", "count")
    }
    sentence = "每 1 小时，就有 115 万名员工在使用企业微信，产生 1.4 亿次的服务过程。"
    assert of(read(ontology, sentence, "企业微信：连接创造价值"), "metric") == {
        ("企业微信", "metric", "1150000", "count"),
        ("企业微信", "metric", "140000000", "count"),
    }


def test_a_figure_repeated_in_the_lead_is_kept_once(ontology: Ontology) -> None:
    text = (
        "搜一搜用户量持续增长，月活增长至8亿，搜索量增长54%；\n\n"
        "**05 搜一搜：强化连接器**\n\n"
        "2022年，微信搜一搜用户量持续增长，月活增长至8亿，搜索量同比增长54%。"
    )
    facts = extract(load_text(text, path="case.md"), ontology).facts
    metrics = sorted((f.value, f.unit) for f in facts if f.predicate == "metric")
    assert metrics == [(Decimal(54), "percent"), (Decimal(800000000), "count")]


def test_figures_told_beside_other_amounts_are_not_one_repeated(
    ontology: Ontology, seed_2023: Document
) -> None:
    # tencent-2016-q2-interim-results.txt: two growths of 41%, of two amounts, are two facts.
    text = (
        "腾讯公布 2016 年第二季度及中期业绩\n\n"
        "期内盈利为人民币 201.48 亿元（30.38 亿美元），比去年同期增长 41%；\n\n"
        "本公司权益持有人应占盈利为人民币 213.51 亿元（32.20 亿美元），比去年同期增长 41%。"
    )
    facts = extract(load_text(text, path="case.txt"), ontology).facts
    growths = [f.value for f in facts if f.predicate == "metric" and f.unit == "percent"]
    assert growths == [Decimal(41), Decimal(41)]
    # seeds/2023-wechat-open-class-pro.md: a growth of 800% its lead tells beside other
    # growths and a count, and its section beside another growth, is one figure.
    facts = extract(seed_2023, ontology).facts
    assert [f.value for f in facts if f.predicate == "metric" and f.value == 800] == [800]


#: huxiu-gongzhonghao-annual-review.md: its clipper's byline (the outlet's address first) and
#: its opening; liurun-tencent-progress.md: the account's count of its posts and its opening.
CREDITED = [
    (
        "[www.huxiu.com](https://www.huxiu.com/article/770772.html)新榜newrankcn",
        "新榜",
        "2022年，微信公众号走到了第10个年头。",
        "公众号",
    ),
    (
        "这是 刘润公众号 的 第2136篇 原创文章",
        "公众号",
        "1月4日，腾讯广告在上海正式举办了主题为“以效为先，百路皆通”的，"
        "2024腾讯智慧营销峰会（Tencent IN）。",
        "腾讯广告",
    ),
]


@pytest.mark.parametrize(("credit", "named", "opening", "lead"), CREDITED)
def test_a_credit_line_names_no_lead(
    root: Path, tmp_path: Path, credit: str, named: str, opening: str, lead: str
) -> None:
    ontology = ontology_with(root, tmp_path, {"Company": "新榜"})
    # huxiu-gongzhonghao-annual-review.md: a figure of a sentence that names nothing
    figure = "在这3.98亿篇文章中，原创文章仅占比4.92%，而在36.43万篇10万+文章中，原创10万+文章占比21.41%。"
    text = f"{credit}\n\n{opening}\n\n{figure}"
    mentions = match(segment(load_text(text, path="case.md"), ontology), ontology)
    assert named in [ontology.label(m.term) for m in mentions.by_sentence[0]]
    leads = [c.first_named for c in contexts(mentions, ontology)]
    assert [ontology.label(t) if t else None for t in leads] == [None, lead, lead]
    # (Named once here, the opening's product does not dominate the excerpt: it is what the
    # figure is about in the whole article, which names it throughout.)
    assert named not in {f[0] for f in of(read(ontology, text), "metric")}


def test_every_fact_carries_its_sentence_and_year(ontology: Ontology) -> None:
    text = "以下为2023微信公开课PRO的干货。\n\n**02 微信支付：技术助力**\n\n据张颖介绍，微信支付“爱心餐”已累计服务10万以上环卫工人。"
    doc = load_text(text, path="case.md")
    extraction = extract(doc, ontology)
    assert extraction.year == 2023
    for fact in extraction.facts:
        assert fact.year == 2023
        assert fact.evidence is not None
        assert doc.text[fact.evidence.start : fact.evidence.end] == fact.evidence.text


# ---------------------------------------------------------------- the registry

#: For every registered rule, a real sentence of the seeds (with its section) and what the
#: rule alone reads from it. A new rule is tested the day it is added: this fails until it
#: has its line here.
EXAMPLES: dict[str, tuple[str, str, set[tuple[str, ...]]]] = {
    "speaker": (
        "微信支付：天下无欺",
        "第二个微信公开课讲师张颖的讲述就生活化了不少，他用一个个故事串起了微信支付的各个阶段。",
        {("张颖", "presents", "微信支付")},
    ),
    "credit": (
        "01 视频号：有收入创作者持续增长",
        "“同时，我们也希望这个创作收益是能够稳健地、健康地向上去生长。”——腾讯公司副总裁、视频号负责人张孝超",
        {
            ("张孝超", "leads", "视频号"),
            ("张孝超", "role", "腾讯公司副总裁"),
        },
    ),
    "hand_over": (
        "微信支付：天下无欺",
        "2016 年年初，张小龙找张颖吃了个饭，说要把微信支付交给他。",
        {("张颖", "leads", "微信支付")},
    ),
    "capability": (
        "视频号两周年：内容生态与创作激励",
        "例如视频号 + 微信支付，未来就会让打赏成为可能，或许还会有为直播/视频付费出现；",
        {
            ("视频号", "offers", "打赏"),
            ("视频号", "offers", "直播"),
            ("打赏", "involves", "微信支付"),
            ("直播", "involves", "微信支付"),
            ("视频号", "integrates", "微信支付"),
        },
    ),
    "plus": (
        "视频号两周年：内容生态与创作激励",
        "例如视频号 + 微信支付，未来就会让打赏成为可能，或许还会有为直播/视频付费出现；",
        {("视频号", "integrates", "微信支付")},
    ),
    "joined": (
        "01 视频号：有收入创作者持续增长",
        "而作为微信生态内的原子化内容组件，视频号已经和通信、社交、公众号、小程序、支付，"
        "包括企业微信产生了越来越紧密地融合，在各个微信场景下实现自由流转。",
        {("视频号", "integrates", p) for p in ("公众号", "小程序", "企业微信")},
    ),
    "linked": (
        "02 微信支付：技术助力商家精细化经营",
        "微信支付积极打通企业微信收付款，解决了过去导购效率低、资金管理难的痛点，"
        "让顾客付款更安心，企业资金管理更便捷。",
        {("微信支付", "integrates", "企业微信")},
    ),
    "scenes": (
        "05 搜一搜：强化连接器与加速器角色",
        "不止是连接器，更是“加速器”——在公众号、视频号、小程序等场景下，"
        "通过搜一搜带来的新增粉丝量、内容分发量同比去年都有显著增长。",
        {("搜一搜", "integrates", p) for p in ("公众号", "视频号", "小程序")},
    ),
    "case_list": (
        "企业微信：连接创造价值",
        "黄铁鸣通过索菲亚、五菱宏光、大疆农业、湖北宜昌社区四个实际案例，讲解了企业微信是如何助力社会发展的。",
        {
            (org, "customer", "企业微信")
            for org in ("索菲亚", "五菱宏光", "大疆农业", "湖北宜昌社区")
        },
    ),
    "uses": (
        "企业微信：连接创造价值",
        "医药零售企业海王星辰2万名店员通过企业微信连接了全国800万顾客，借助“对外收款”能力，"
        "顾客无需到店即可在线下单。",
        {("海王星辰", "customer", "企业微信")},
    ),
    "brand_account": (
        "企业微信：连接创造价值",
        "在五菱宏光的企业微信群内，有车友提出在车内挂袋子不方便，五菱宏光就在驾驶座旁加了两个挂钩",
        {("五菱宏光", "customer", "企业微信")},
    ),
    "figure": (
        "微信小程序：触手可及，无处不在",
        "政务服务每天有 1 亿+ 的用户使用，用户可以3 分钟完成汽车年检，不用再带一堆资料跑线下。",
        {
            ("小程序", "metric", "政务服务每天用户", "100000000", "count"),
            ("小程序", "metric", "用户可以完成汽车年检", "180", "seconds"),
        },
    ),
}


def _labels(ontology: Ontology, fact: Fact) -> tuple[str, ...]:
    text = vocabulary.PREDICATES[fact.predicate].text
    row = (ontology.label(fact.subject), fact.predicate)
    row += (fact.object if text else ontology.label(fact.object),)
    if fact.value is not None:
        row += (str(fact.value), str(fact.unit))
    return row


def _alone(ontology: Ontology, rule: Rule, section: str, sentence: str) -> tuple[Fact, ...]:
    """What one rule, run alone, reads from a sentence in its section."""
    document = load_text(passage(sentence, section), path="case.md")
    return extract_facts(match(segment(document, ontology), ontology), ontology, rules=(rule,))


@pytest.fixture(scope="module")
def seed_contexts(ontology: Ontology, seed_paths: list[Path]) -> list[Context]:
    """Every sentence of the seeds, as the rules read it."""
    return [
        ctx
        for path in seed_paths
        for ctx in contexts(match(segment(load(path), ontology), ontology), ontology)
    ]


@pytest.mark.parametrize("rule", REGISTRY.values(), ids=lambda r: r.name)
def test_each_rule_reads_its_example_and_names_itself(ontology: Ontology, rule: Rule) -> None:
    assert rule.name in EXAMPLES, f"give the rule {rule.name!r} an example sentence in EXAMPLES"
    section, sentence, expected = EXAMPLES[rule.name]
    facts = _alone(ontology, rule, section, sentence)
    assert {_labels(ontology, f) for f in facts} == expected
    assert {f.rule for f in facts} == {rule.name}
    assert rule.summary  # its docstring says what it reads


@pytest.mark.parametrize("rule", REGISTRY.values(), ids=lambda r: r.name)
def test_each_rule_emits_only_the_predicates_it_declares(
    ontology: Ontology, seed_contexts: list[Context], rule: Rule
) -> None:
    """Run alone over every sentence of the seeds, a rule emits what it declares, with the
    subject and object kinds the vocabulary gives each predicate."""
    emitted: Counter[str] = Counter()
    for ctx in seed_contexts:
        ctx.rule = rule.name
        for fact in rule.read(ctx):
            spec = vocabulary.PREDICATES[fact.predicate]
            assert fact.predicate in rule.emits, (rule.name, fact)
            assert ontology.kind(fact.subject) in spec.subject, (rule.name, fact)
            assert spec.text or ontology.kind(fact.object) in spec.object, (rule.name, fact)
            assert (fact.value is not None) == spec.value, (rule.name, fact)
            emitted[fact.predicate] += 1
    assert set(emitted) <= set(rule.emits)


def test_every_fact_of_the_seeds_names_rules_that_declare_its_predicate(
    ontology: Ontology, seed_paths: list[Path]
) -> None:
    names: Counter[str] = Counter()
    for path in seed_paths:
        for fact in extract(load(path), ontology).facts:
            rules = fact.rule.split(",")
            assert rules == sorted(set(rules)), fact
            for name in rules:
                assert fact.predicate in REGISTRY[name].emits, fact
                names[name] += 1
    assert set(names) == set(REGISTRY)  # on the seeds, every rule is at work


def test_a_fact_two_rules_read_from_one_sentence_is_kept_once_with_both_names(
    ontology: Ontology,
) -> None:
    section, sentence, _ = EXAMPLES["plus"]
    # Laid out one product a section, as the seed is: there the capability rule links too.
    text = f"**{section}**\n\n{sentence}\n\n**微信支付：天下无欺**\n\n微信支付天下无欺。"
    facts = extract(load_text(text, path="case.md"), ontology).facts
    linked = [f for f in facts if _labels(ontology, f) == ("视频号", "integrates", "微信支付")]
    assert [f.rule for f in linked] == ["capability,plus"]


def test_the_rules_run_in_order_and_every_registered_rule_runs() -> None:
    assert [r.name for r in RULES] == list(ORDER)
    assert set(ORDER) == set(REGISTRY)
    assert {r.family for r in RULES} == {"people", "products", "customers", "metrics"}
    for r in RULES:
        assert set(r.emits) <= set(vocabulary.PREDICATES), r


def _nothing(ctx: Context) -> Iterator[Fact]:
    return iter(())


def test_a_rule_must_declare_predicates_of_the_vocabulary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "REGISTRY", dict(REGISTRY))
    with pytest.raises(KGError) as raised:
        registry.rule("sells", emits=("offers", "sells"))(_nothing)
    assert str(raised.value) == (
        f"rule 'sells' ({_nothing.__module__}._nothing) declares the predicate(s) sells; "
        "a rule emits predicates of kg/vocabulary.py (presents, leads, role, offers, involves, "
        "integrates, customer, metric): add the new one there first"
    )
    with pytest.raises(KGError, match="declares no predicate"):
        registry.rule("idle", emits=())(_nothing)
    assert "sells" not in registry.REGISTRY and "idle" not in registry.REGISTRY


def test_a_rule_needs_kinds_that_terms_have(monkeypatch: pytest.MonkeyPatch) -> None:
    # A misspelt kind would keep the rule from ever reading a sentence, silently.
    monkeypatch.setattr(registry, "REGISTRY", dict(REGISTRY))
    with pytest.raises(KGError) as raised:
        registry.rule("fans", emits=("customer",), needs=("Organisation",))(_nothing)
    assert str(raised.value) == (
        f"rule 'fans' ({_nothing.__module__}._nothing) needs the kind(s) Organisation, which "
        "no term has; the kinds are Capability, CapabilityFamily, Event, EventSeries, "
        "Metric, Organization, Person, Product"
    )
    assert "fans" not in registry.REGISTRY


def test_a_rule_name_is_registered_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "REGISTRY", dict(REGISTRY))
    with pytest.raises(KGError) as raised:
        registry.rule("plus", emits=("integrates",))(_nothing)
    assert str(raised.value) == (
        f"rule 'plus' ({_nothing.__module__}._nothing) is already registered by "
        "kg.rules.products.plus; give it another name"
    )


def test_a_registered_rule_missing_from_the_order_is_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(registry, "REGISTRY", dict(REGISTRY))
    registry.rule("quiet", emits=("offers",))(_nothing)
    with pytest.raises(KGError) as raised:
        registry.ordered((*ORDER[1:], "loud"))
    assert str(raised.value) == (
        "kg.rules.ORDER and the registered rules disagree: not registered: loud; "
        "registered but not in ORDER: speaker, quiet (add each rule's name to ORDER in "
        "kg/rules/__init__.py, where it should run)"
    )


def test_a_new_rule_runs_when_it_is_in_the_rules(
    ontology: Ontology, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How a newcomer adds a rule: register it, put it in the order; its facts say its name."""
    monkeypatch.setattr(registry, "REGISTRY", dict(REGISTRY))

    @registry.rule("every_product_offers_itself", emits=("offers",))
    def selfish(ctx: Context) -> Iterator[Fact]:
        for _, product in ctx.products():
            yield ctx.fact(product, "offers", product)

    monkeypatch.setattr(
        kg.rules, "RULES", registry.ordered((*ORDER, "every_product_offers_itself"))
    )
    facts = extract(load_text("视频号上线三年。", path="x.txt"), ontology).facts
    assert [(f.predicate, f.rule) for f in facts] == [("offers", "every_product_offers_itself")]


@pytest.mark.parametrize("folder", ["seeds", "eval/tune"])
def test_a_rule_is_skipped_only_where_it_would_read_nothing(
    ontology: Ontology, root: Path, folder: str
) -> None:
    """Rule.needs (the people rules need a person, the customer rules an organisation) only
    saves calls: every article of the seeds and of tune reads the same facts, with the same
    rule names, when every rule runs on every sentence."""
    assert {r.name for r in RULES if r.needs} == {
        "speaker",
        "credit",
        "hand_over",
        "case_list",
        "uses",
        "brand_account",
    }
    ungated = [Rule(r.name, r.emits, r.family, r.read) for r in RULES]
    for path in sorted((root / folder).glob("*.*")):
        mentions = match(segment(load(path), ontology), ontology)
        gated = extract_facts(mentions, ontology)
        assert gated == extract_facts(mentions, ontology, ungated), path.name
        assert [f.rule for f in gated] == [
            f.rule for f in extract_facts(mentions, ontology, ungated)
        ], path.name


# ---------------------------------------------------------------- language data has one home

_CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…]")


@pytest.mark.parametrize(
    "path",
    sorted((Path(kg.rules.__file__).parent).glob("*.py")),
    ids=lambda p: p.name,
)
def test_rules_spell_no_chinese_word_or_mark_inline(path: Path) -> None:
    """Cue words and punctuation live in kg/lang/: a rule imports them, never spells them
    (docstrings and comments may quote Chinese, code may not)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    inline = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and _CHINESE.search(node.value)
    ]
    assert inline == []
