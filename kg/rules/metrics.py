"""Metrics: the figures of a sentence, each with what it is about, what it measures and
whether it is a level or a growth.

- ``figure``: each number :mod:`kg.numbers` reads in a sentence is a figure unless it is a
  rate, a rank or a label (每 1 小时, TOP10, 图1, 双11), a threshold (满20-5, 年满 18 周岁), a
  number given before, after a demonstrative (分析这67座名山), a date, time, age, version or
  score (3.0版本, iOS 14, 7时, 8.8折), a list or section number (1、随着…), part of a name
  (“群聊1”, 《疯狂的球球2》, 原创10万+文章, 对 36 氪表示: a name the ontology knows), a
  cell of a table copied as text (收入 35,691 23,429), a hypothesis or an analogy (假如有1亿人,
  相当于100个鸟巢; but 相当于年度盈利的48% restates a figure), what a condition in an earlier
  clause would bring (如果…有1000个用户下单，…就能获得…1200元的佣金), the market's or
  analysts' expectation (不及市场预期的 302.5 亿美元), a price paid for a company or a stake
  bought, or money put into another company (以20亿美元的价格收购了Oculus, 收购易趣33%股份,
  出资5亿美元，购入了京东8.8%股份, 向特斯拉投资了18亿美元), a worked example told to the reader
  (你打开网购平台，9块9包邮的商品) or after an example's cue that names no product or
  organisation (比如A游戏只有1万日活; but 比如优酷的市场份额 is a case), a price told in 块
  as one speaks (我愿意出1块5), what a person does, told after their pronoun with nothing
  named since (他亲眼看到…卖出供货价 5 到 6 倍的价格), a survey's sample, a small count that
  describes rather than measures (5个tab, 5份财报的…), a size that names a class
  (十万级以上的小程序, 500万至1000万量级平台, 500人的微信群, 日活过百万的产品), a generation
  or an age (80后, 20-29岁), a time that says when or round the clock (发布14小时后,
  24小时) or sizes an event (5小时的连环高压追问), a contact line, a table's unit caption
  (人民币百万元), a price or a spending that names a class of goods or buyers
  (单价100-200元的护肤类产品, 超2000元的用户占比), a crowd's manner of speaking (有 1 亿人在教我
  如何做产品), or a whole market's or country's figure (我国短视频用户规模,
  全网短视频账号总数, 行业市场规模, 上网人数, 国内存量 where the clause does not name what it
  is about; also a clause naming nothing but capabilities that continues one). Nor is a price
  of nothing or a fen (0元免费申领, 0.01元提前锁定权益), a goal for the years ahead
  (计划五年内业务翻倍) or what follows 若 (若此轮融资成功，这一比例将跃升至 66 倍).

  **What it is about**, most specific first: the organisation 该公司 in its clause points back
  to (the last named before it in the sentence, else the paragraph's, else the article's lead:
  阿里巴巴使用了…旷视科技的…技术，该公司…筹集了超过 1.5 亿美元); the organisation that
  opens its clause (波司登的账号矩阵创下了4000万的销售额); the capability named before it
  in its clause (not one that only qualifies the measure written straight after it: 点赞数,
  游戏活跃用户, 广告收入; nor one that says the kind of the product named after it:
  3D小游戏产品已超千款), or rather the product the clause names before that capability
  (抖音月直播5.1万次; not a platform's: 微信的跨境支付…); the product or capability that
  opens its clause (微信支付…, 微信的跨境支付…); the nearest name of its
  clause; else the nearest clause before it that names something: the name that opens it,
  else the product or organisation it ends with (QQ的月活用户为5.52亿，同比下降7.2%;
  用户基数相对较小的飞书，下载量环比增长了650%); the product or organisation the paragraph
  named last (the capability it named last first, in an article laid out one product a
  section: elsewhere a capability named in passing is not what the next figures measure;
  outside such an article, only for a figure whose name says what is measured or grows, or
  that follows one read in its sentence: 运营人员将 5 美金的价格设成了 0.5 美金 tells a story);
  the section's product, in an article laid out one product a section; the company whose
  section it is, in an article laid out one company a section (a heading that opens with its
  name, and the sub-sections under it that name it again: see
  :func:`kg.rules.context.section_owners`), whose businesses' revenue is its too (游戏业务收入
  14.0亿元 under B站's heading; a media outlet has none), also of a business only the
  paragraph named before (社交及其他广告收入 after 网络广告业务收入); last, the article's
  lead (the first product or organisation it names: 腾讯公布…业绩 … 总收入为人民币356.91亿元),
  for a figure whose name says what is measured and that no one is said to report, when the
  lead is an organisation, the product the article is about, or the figure comes before the
  first heading (a product named first in a roundup of several companies' results is not what
  the figures of its later sections are about). A product that the figure's clause names after
  在/通过 is where or by what an organisation named before it in the sentence reached the
  figure, which is that organisation's (绿城…就在小红书试点城市里实现了1.8亿的成交额). Who
  reports a figure is not what it is about (QuestMobile数据显示, 腾讯提到了微信的…), unless
  it reports its own results (有赞发布的业绩报告显示，其…) or nothing else is named and the
  figure is not quoted from it (ObEN宣布获得…, but not 根据国家统计局发布的…显示; nor a
  capability, which announces nothing). A media outlet or a band has no figures, also when
  the paragraph or the article named it first (36氪获悉…, 略高于彭博…的预期). A capability
  named in a word or two (电商, 直播, 游戏, 广告) is a trade or an activity, not a feature: it
  is no subject (企业通讯软件 Workplace 的付费用户 are Workplace's, 9月电商复购率 快手's), and
  in an article laid out one product a section, named last in the paragraph, it gives the
  section's product. An amount in brackets after one in yuan (87 亿元人民币(13 亿美元)) has
  its owner, and so has a figure whose clause opens with a comparison and names nothing
  (1.45 亿的日活跃用户，比 2020 年 4 月的 7500 万增加了 93%). Revenue
  is an organisation's: that of a business named as a product or capability (网络游戏收入)
  is the lead's, when the lead is an organisation. Names listed before 均/都 share a figure
  (腾讯文档、金山文档…均突破1亿); with 分别, or before a list of as many figures, they take
  the figures one each (快手、抖音主站的月活已经达到4.9亿、5.5亿). A figure whose clause, or
  the nearest before it that names something, opens with a Latin-letter name the ontology
  does not know (同期的eBay为53%) is that name's, and no fact of another. The next figure of a
  list (4 亿个人、1700 万组织数) has the subject of the first. A count of followers is an
  account's: an organisation's named before it, else the article's lead organisation's
  (小红书：目前粉丝超过15万 in an article on 瑞幸), never a platform's or a creator's. A stake
  is no figure of the company named straight before it (购入了京东8.8%股份). A figure
  whose subject is nothing named, or a whole market (中国…市场规模), is no fact.

  **Its name** is what is measured, as written: the noun phrase before it (日活用户达到4.5亿,
  营收同比增长8%), or after it (4.5亿日活用户, 做到了3%的退货率), without the subject, the
  time (2024年第二季度), fillers and verbs (达到, 增长至 …). A figure of a list names
  nothing itself and takes the name before it (营收3.15亿元、5.94亿元); coordinated names
  share one figure (旅游类、房产类需求增长逾200%).

  **A growth** (增长, 提升, 下降, 翻倍 … with percent or times, or any change of a count)
  keeps its word of change in its name; one that names no measure takes the measure of the
  level before it (营收1611.2亿元，同比增长8% -> 营收同比增长). 增长至/升到 N give a level.
  The measure a name contains, from the metric vocabulary of ``ontology/metrics.ttl``
  (日活, 月活, 交易规模 …), is recorded on the fact (``measure``, ``growth``) when the
  figure's unit is one the measure is written in (``kg:measuredIn``: 180 seconds is no
  用户数).

A bare amount in a clause about money is CNY. A figure the document repeats is kept once
(:func:`kg.rules.extract_facts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import cast

from kg.lang import cues
from kg.lang import metrics as words
from kg.lang.punctuation import (
    BRACKET_PAIRS,
    BRACKETS,
    CLAUSE_BREAK,
    CLOSE_PARENS,
    ENUMERATION_COMMA,
    OPEN_PARENS,
)
from kg.lang.suggest import LATIN_GENERIC
from kg.numbers import Quantity, find_quantities
from kg.ontology import Ontology
from kg.records import Fact, Mention
from kg.rules.context import Context, clause_of
from kg.rules.registry import rule
from kg.vocabulary import is_money

__all__ = ["figure", "is_growth", "measure_of"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"[0-9]")
#: A Latin letter: a sentence with none has no Latin name to open a clause (_latin_head).
_LATIN_LETTER = re.compile(r"[A-Za-z]")
#: The marks that open a title or a quote: a figure with none before it is in neither.
_OPENING_MARK = re.compile(
    f"[{re.escape(words.TITLE_MARKS[0] + ''.join(left for left, _ in words.QUOTES))}"
    f"{re.escape(words.STRAIGHT_QUOTE)}]"
)
#: An opening round bracket: a figure with none before it is in no aside.
_OPEN_PAREN = re.compile("[" + re.escape("".join(OPEN_PARENS)) + "]")
#: The kinds of term a figure can be about ...
_SUBJECT_KINDS = ("Product", "Capability", "Organization")
#: ... but not a media outlet (it reports figures) or a band (its concert's audience is the
#: streaming product's).
_NO_FIGURES = ("Media", "Group")


def _has_figures(ontology: Ontology, term: str) -> bool:
    """Whether a term may own figures: not a media outlet or a band (:data:`_NO_FIGURES`)."""
    return ontology.terms[term].cls not in _NO_FIGURES


@dataclass(frozen=True, slots=True)
class _Reading:
    """One figure as read: its subjects, name, value and unit."""

    q: Quantity
    subjects: tuple[str, ...]
    name: str
    unit: str
    growth: bool


@rule("figure", emits=("metric",))
def figure(ctx: Context) -> Iterator[Fact]:
    """Every figure in the sentence, with its subject, name, value and unit."""
    if ctx.sentence.heading:
        return
    text = ctx.text
    figures = find_quantities(text)
    if not figures or words.SCENARIO.search(text) or words.QUESTION.search(text):
        return
    named = _named(ctx)
    if words.EXAMPLE.match(text) and not ctx.of_kind("Organization"):
        return  # 比如，做社群，好不容易拉了100个企业微信群: a worked example
    # (a sentence with no word of a market has no market's figure: see _market)
    market = words.MARKET.search(text) or words.MARKET_WEAK.search(text)
    readings: list[_Reading] = []
    # (most sentences give no example: one search says so)
    examples = (
        [m.end() for m in words.EXAMPLE_CLAUSE.finditer(text)]
        if words.EXAMPLE_WORD.search(text)
        else []
    )
    cells = _table_cells(text, figures)
    figures = [q for i, q in enumerate(figures) if i not in cells and _is_figure(ctx, figures, i)]
    for i, q in enumerate(figures):
        start, end = clause_of(text, q.start)
        if words.METRIC_HEDGE.search(text[start : q.start]) or _analogy(text, q, start):
            continue
        if words.CONDITION.search(text, 0, start) and words.CONSEQUENCE.search(
            text, start, q.start
        ):
            continue  # 如果一天内有1000个用户下单，一个公众号就能获得大概1200元的佣金
        if words.EXPECTATION.search(text, start, q.start):
            continue  # 不及市场预期的 302.5 亿美元: the market's figure, not a result
        if words.ACQUISITION.search(text, start, end):
            continue  # 以20亿美元的价格收购了Oculus: a price paid, no one's metric
        if words.SAMPLE.search(text[start : q.start]):
            continue
        if (
            i
            and figures[i - 1].unit == q.unit
            and words.ESCALATION.match(text[figures[i - 1].end : q.start])
        ):
            continue  # 10倍甚至20倍: a guess beyond the figure before (which it still bounds)
        if examples and _in_example(ctx, examples, q):
            continue  # 比如A游戏只有1万日活: a worked example
        if q.unit == "count" and words.CROWD_OPINION.match(text, q.end):
            continue  # 有 1 亿人在教我如何做产品: a manner of speaking, not a count
        if q.unit == "CNY" and words.ENTITLEMENT.search(text, start, q.start):
            continue  # 首次入会可获得3元礼包: a scheme's terms
        if q.unit == "CNY" and _price_label(text, q, start):
            continue  # 单价100-200元的护肤类产品, 超2000元的用户: a class of goods or buyers
        if market and _market(ctx, named, q, start, end):
            continue
        # In a list of figures (1800+ 银行、100w+ 伙伴) each name stops at its neighbours.
        if i and figures[i - 1].end > start:
            start = max(figures[i - 1].end, text.rfind(ENUMERATION_COMMA, 0, q.start) + 1)
        if i + 1 < len(figures) and figures[i + 1].start < end:
            end = figures[i + 1].start
        reading = _read(ctx, named, q, start, end, readings)
        if reading is not None:
            readings.append(reading)
    _respectively(ctx, named, readings)
    for r in readings:
        for name in _split_coordinated(r.name):
            if not name:
                continue  # 同比增长348%，至人民币49.64亿元: the level names no measure
            measure = measure_of(ctx.ontology, name, r.growth, r.unit)
            for subject in r.subjects:
                yield ctx.fact(
                    subject,
                    "metric",
                    name,
                    value=r.q.value,
                    unit=r.unit,
                    measure=measure,
                    growth=r.growth,
                )


# ---------------------------------------------------------------- what is a figure


def _is_figure(ctx: Context, figures: Sequence[Quantity], i: int) -> bool:
    """Whether the i-th number of the sentence is a figure, not a label, date or example."""
    text = ctx.text
    q = figures[i]
    before, after = text[: q.start], text[q.end :]
    if words.METRIC_SKIP_BEFORE.search(before):
        return False
    if q.unit == "count" and words.CAPTION.match(text):
        return False  # 图4.4（6）抖音电商用户特征2: a numbered caption
    bare = q.unit == "count" and q.qualifier is None and q.text.strip().replace(".", "").isdigit()
    if q.unit == "count" and words.METRIC_SKIP_AFTER.match(after):
        return False
    if _spoken_price(q) or (i and figures[i - 1].end == q.start and _spoken_price(figures[i - 1])):
        return False  # 1块5, 2块: a price told as one speaks (and the 5 of 1块5)
    if _token_price(q):
        return False  # 0元入会, 0.01元提前锁定权益: a scheme's terms, not a measure
    if q.text.rstrip().endswith(words.DAY_UNIT) and (
        words.DAY_END.match(after) is None
        or words.DAY_FRAME.search(text, max(0, q.start - 6), q.start) is not None
    ):
        return False  # 7天内投放回报, 近30天: days that frame, not a duration measured
    if not q.value:
        return False  # 从0到1, 0-60英里: nothing counted (no gold of eval/tune reads a 0)
    if words.BARE_YEAR.match(q.text.strip()) and not words.COUNT_CLASSIFIER.match(after):
        return False
    if (
        q.unit == "count"
        and words.PLAIN_NUMBER.search(q.text)
        and words.DATE_SKIP_AFTER.match(after)
    ):
        return False  # 12 号, 6个月 (but 12亿日活用户)
    # (most figures have no title or quote mark before them: one search says so)
    if _OPENING_MARK.search(text, 0, q.start) and (_inside_title(before) or _quoted(text, q)):
        return False
    at, end = q.start + ctx.base, q.end + ctx.base  # (the figure's offsets in the document)
    if any(m.start <= at and end <= m.end for m in ctx.mentions):
        return False  # 对36氪表示, 对 36 氪表示: the number is part of a name the ontology knows
    if q.qualifier == "+" and (
        words.READS_LABEL_AFTER.match(after) or words.READS_LABEL_BEFORE.search(before)
    ):
        return False  # 原创10万+文章: a class of articles
    if q.unit == "count" and words.READS_BELOW_AFTER.match(after):
        return False  # 1万-文章: the articles read fewer times
    if words.METRIC_LIMIT.match(after) or q.text.strip() in words.CALENDAR_NUMBERS:
        return False  # 100人以下组织, 618
    if q.unit == "count" and _scale_label(text, figures, i):
        return False  # 十万级以上的微信小程序, 500万至1000万量级平台
    if q.unit == "count" and _headcount_label(text, q):
        return False  # 500人的微信群
    if q.unit == "seconds" and _duration_label(text, q):
        return False  # 5小时的连环高压追问
    if _threshold(text, figures, i):
        return False  # 月活用户规模超过千万的小程序数量, 60个品牌支付GMV过5000万
    if q.unit == "count" and _bar_label(text, q):
        return False  # 日活过百万的产品, 月流水5亿以上的产品
    if q.unit == "count" and words.GENERATION.match(text, q.start):
        return False  # 70后、80后用户
    if q.unit == "seconds" and (
        words.TIME_POINT.match(after) or words.ROUND_THE_CLOCK.match(q.text.strip())
    ):
        return False  # 发布14小时后, 24小时实时盯着
    if words.CONTACT.search(text, max(0, q.start - words.CONTACT_WINDOW), q.start):
        return False  # 电话：(86) 755 86013388 内线88369
    if (
        not any(map(str.isdigit, q.text))
        and words.UNIT_CAPTION.search(before)
        and words.UNIT_CAPTION_AFTER.match(after)
    ):
        return False  # 人民币百万元（特别说明除外）: a table's unit
    if (
        i
        and words.CONVERSION.match(text[figures[i - 1].end : q.start])
        and not (q.money and figures[i - 1].money and q.unit != figures[i - 1].unit)
    ):
        return False  # 三成（30%）; but 403.88亿元（60.48亿美元） is one figure per currency
    if _after_person(ctx, q):
        return False  # 马化腾用35分钟…
    if bare:
        start, _ = clause_of(text, q.start)
        if words.LIST_MARK_BEFORE.match(text[start : q.start]) and (
            words.LIST_MARK_AFTER.match(after) and not words.COUNT_CLASSIFIER.match(after)
        ):
            return False  # 1、随着…, 2.1高奢品牌…
        if "." in q.text and _glued(ctx, q):
            return False  # 微信8.0, 企业微信4.0: a version
        if _glued(ctx, q) and not words.COUNT_CLASSIFIER.match(after):
            return False  # 钉钉365, 骁龙8150”: a model's or a plan's number, part of its name
        if q.text.strip().endswith(".0"):
            return False  # 1.0上线
        if (
            q.value < words.VERSION_MAX
            and words.LATIN_BEFORE_GAP.search(before[-8:])
            and not words.COUNT_CLASSIFIER.match(after)
        ):
            return False  # iOS 14 的政策调整: a version
        if (
            q.value <= words.SMALL_COUNT
            and _CJK.match(after)
            and not words.COUNT_CLASSIFIER.match(after)
        ):
            return False  # 3效提升, 8连击: a number inside a word
    return True


def _in_example(ctx: Context, examples: Sequence[int], q: Quantity) -> bool:
    """Whether a figure follows an example's cue (``examples``: where each ends) with no product
    or organisation named between them: 比如A游戏只有1万日活 is a worked example, 比如优酷的市场
    份额 a case."""
    cue = max((at for at in examples if at <= q.start), default=-1)
    if cue < 0:
        return False
    return not any(
        cue <= ctx.at(m) and ctx.end(m) <= q.start and ctx.kind(m) in ("Product", "Organization")
        for m in ctx.mentions
    )


def _spoken_price(q: Quantity) -> bool:
    """Whether an amount is written in 块 with no 万 or 亿 (2块, 1块5): a worked price."""
    text = q.text.strip()
    return (
        q.unit == "CNY"
        and words.SPOKEN_YUAN.search(text) is not None
        and words.PLAIN_NUMBER.search(text) is not None
    )


#: The most a token price costs: 0元 or one fen (0元免费申领, 0.01元提前锁定权益).
_TOKEN_PRICE_MAX = Decimal("0.01")


def _token_price(q: Quantity) -> bool:
    """Whether an amount of money is nothing or a fen: a promotion's terms (0元入会,
    0.01元免费申领), which measure nothing."""
    return q.money and q.value <= _TOKEN_PRICE_MAX


def _price_label(text: str, q: Quantity, start: int) -> bool:
    """Whether an amount of money names a class of goods or buyers by their price or spending
    (单价100-200元的护肤类产品, 月度线上消费能力超2000元的用户, 只购买了9.9元的商品) rather than
    is one: what follows it and 的 names no money (超过千亿元的销售额, 780亿元的投资收益), and no
    verb of selling or achieving comes before it (卖出了超过1亿元的产品)."""
    label = words.PRICE_LABEL.match(text, q.end)
    if label is None:
        return False
    _, end = clause_of(text, q.end)
    noun = _after(text[label.end() : end])
    if not noun or words.MONEY_CUE.search(noun) or words.MONEY_NOUN.search(noun):
        return False
    return words.HAVE_VERB.search(_drop_time(text[start : q.start]).rstrip()) is None


def _analogy(text: str, q: Quantity, start: int) -> bool:
    """Whether a figure after 相当于 in its clause counts things that name no measure (相当于观众
    坐满了 100+ 个鸟巢), an analogy rather than a figure restated (相当于年度盈利的48%)."""
    said = words.EQUIVALENCE.search(text, start, q.start)
    if said is None:
        return False
    _, end = clause_of(text, q.start)
    return (
        q.unit == "count"
        and words.COUNT_CLASSIFIER.match(text[q.end :]) is not None
        and not _measure_like(text[said.end() : q.start])  # 相当于平均每天的产出量为213.79篇
        and not _measure_like(_after(text[q.end : end]))
    )


def _market(ctx: Context, named: Sequence[Mention], q: Quantity, start: int, end: int) -> bool:
    """Whether a figure is a whole market's: its clause says so (行业市场规模, 互联网上网人数;
    我国短视频用户规模 where no product or organisation is named), or it names nothing and
    continues a sentence that does (我国短视频用户规模已经达到81786万人，使用率高达87%)."""
    if _says_market(ctx, named, q, start):
        return True
    base = ctx.base
    # (a capability there is an industry: 全网短视频账号总数有15.5亿个，主要短视频平台日均短视频
    # 更新量近8000万)
    owned = any(start <= m.start - base < end and ctx.kind(m) != "Capability" for m in named)
    return not owned and _says_market(ctx, named, q, 0)


def _says_market(ctx: Context, named: Sequence[Mention], q: Quantity, begin: int) -> bool:
    """Whether the text from offset ``begin`` to a figure speaks of a whole market."""
    if words.MARKET.search(ctx.text, begin, q.start):
        return True
    base = ctx.base
    owners = [m for m in named if begin <= m.start - base < q.start and ctx.kind(m) != "Capability"]
    return not owners and words.MARKET_WEAK.search(ctx.text, begin, q.start) is not None


def _scale_label(text: str, figures: Sequence[Quantity], i: int) -> bool:
    """Whether the i-th number names a class by its size, alone or as the lower end of a
    range: 十万级以上的微信小程序, 500万至1000万量级平台."""
    q = figures[i]
    if words.SCALE_LABEL.match(text, q.end):
        return True
    if i + 1 < len(figures) and words.RANGE_JOINER.match(text[q.end : figures[i + 1].start]):
        return words.SCALE_LABEL.match(text, figures[i + 1].end) is not None
    return False


def _headcount_label(text: str, q: Quantity) -> bool:
    """Whether a count of people sizes the noun after it (500人的微信群) rather than
    measures something (近百人的团队规模)."""
    label = words.HEADCOUNT_LABEL.match(text, q.end)
    if label is None:
        return False
    _, end = clause_of(text, label.end())
    return not _measure_like(text[label.end() : end])


def _duration_label(text: str, q: Quantity) -> bool:
    """Whether a length of time sizes the noun after it (5小时的连环高压追问, 40小时的工作机制)
    rather than measures something (每天使用90分钟的用户占比)."""
    label = words.DURATION_LABEL.match(text, q.end)
    if label is None:
        return False
    _, end = clause_of(text, label.end())
    return not _measure_like(text[label.end() : end])


def _threshold(text: str, figures: Sequence[Quantity], i: int) -> bool:
    """Whether the i-th number sets the bar for the things another figure of its clause
    counts: 月活用户规模超过千万的小程序数量已经达到115个, 60个品牌支付GMV过5000万."""
    q = figures[i]
    if q.qualifier not in words.THRESHOLD_QUALIFIERS and not words.THRESHOLD_BEFORE.search(
        text, max(0, q.start - 4), q.start
    ):
        return False
    if i + 1 < len(figures) and words.THRESHOLD_OF_NEXT.match(text[q.end : figures[i + 1].start]):
        return True
    previous = text[figures[i - 1].end : q.start] if i else ""
    return words.THRESHOLD_OF_PREVIOUS.match(previous) is not None


def _bar_label(text: str, q: Quantity) -> bool:
    """Whether a count past a bar (过百万, 5亿以上, 超过千万) before 的 names a class of things
    by it (日活过百万的产品, 月流水过千万的都寥寥无几) rather than measures something
    (超过1亿的用户), is had or reached (有超过200万的小程序, 连接超过百万的线下小店) or describes
    the subject (成长为一个月活超12亿的巨头)."""
    label = words.BAR_LABEL.match(text, q.end)
    if label is None:
        return False
    start, end = clause_of(text, q.start)
    before = _drop_time(text[start : q.start]).rstrip()
    if q.qualifier not in words.BAR_QUALIFIERS and not words.THRESHOLD_BEFORE.search(before):
        return False
    if not words.BAR_MEASURE.search(before):
        return False  # 帮助品牌连接超过百万的线下小店: what the verb reaches, counted
    if words.HAVE_VERB.search(before):
        return False  # (超过, 突破 and 破 before it read as reached: 月活突破1亿)
    if words.BAR_SUBJECT.search(before):
        return False  # 成长为一个月活超12亿的巨头: the subject's own figure
    return not _measure_like(_after(text[label.end() : end]))


def _table_cells(text: str, figures: Sequence[Quantity]) -> set[int]:
    """The numbers of a sentence that are cells of a table copied as text: each beside
    another with only spaces between them (收入 35,691 23,429 35,691)."""
    cells: set[int] = set()
    for i in range(1, len(figures)):
        if words.TABLE_GAP.match(text[figures[i - 1].end : figures[i].start]):
            cells.update((i - 1, i))
    return cells


def _quoted(text: str, q: Quantity) -> bool:
    """Whether a figure sits in a short quote, a name or a slogan: “77会员卡”, “充10送10”."""
    for left, right in words.QUOTES:
        opened = text.rfind(left, 0, q.start)
        if opened < 0 or text.rfind(right, 0, q.start) > opened:
            continue
        closed = text.find(right, q.end)
        if 0 <= closed and closed - opened <= words.QUOTE_MAX:
            return True
    mark = words.STRAIGHT_QUOTE
    if text.count(mark, 0, q.start) % 2:
        opened, closed = text.rfind(mark, 0, q.start), text.find(mark, q.end)
        return 0 <= closed and closed - opened <= words.QUOTE_MAX
    return False


def _after_person(ctx: Context, q: Quantity) -> bool:
    """Whether the name nearest before a figure in its clause is a person's (马化腾用35分钟),
    or a person's pronoun stands after it (他每年会约见350个创业者, 他工厂的产能目前有 90%), or,
    in a clause that names nothing, after the last product or organisation named before it in
    the sentence (他亲眼看到自己的代工的产品，经过品牌加持，卖出供货价 5 到 6 倍的价格; 他在下晚班的
    路上念叨…：刚发了工资，上个月挣了7000多元): what a person does or owns is no product's
    figure."""
    text = ctx.text
    if "Person" not in ctx.kinds and words.PERSON_PRONOUN.search(text, 0, q.start) is None:
        return False  # (most sentences name no one)
    start, _ = clause_of(text, q.start)
    base = ctx.base
    for m in reversed(ctx.mentions):  # the last in the clause before the figure
        if start <= m.start - base and m.end - base <= q.start:
            if ctx.kind(m) == "Person":
                return True
            start = m.end - base
            break
    else:
        # (the clause names nothing: the story told since the last product or organisation)
        start = max(
            (
                ctx.end(m)
                for m in ctx.mentions
                if ctx.end(m) <= start and ctx.kind(m) in ("Product", "Organization")
            ),
            default=0,
        )
    return words.PERSON_PRONOUN.search(text, start, q.start) is not None


def _inside_title(before: str) -> bool:
    """Whether a book-title mark opened before this point is still open: 《…2022…》."""
    left, right = words.TITLE_MARKS
    return before.rfind(left) > before.rfind(right)


def _glued(ctx: Context, q: Quantity) -> bool:
    """Whether a number is written straight after a name or a Latin letter (微信8.0, v8)."""
    if q.start == 0:
        return False
    if ctx.text[q.start - 1].isascii() and ctx.text[q.start - 1].isalpha():
        return True
    return any(ctx.end(m) == q.start for m in ctx.mentions)


# ---------------------------------------------------------------- reading one figure


def _read(
    ctx: Context,
    named: Sequence[Mention],
    q: Quantity,
    start: int,
    end: int,
    readings: Sequence[_Reading],
) -> _Reading | None:
    """A figure with its subjects, name, unit and kind; None when nothing named has it."""
    text = ctx.text
    prev = readings[-1] if readings else None
    after = _after(text[q.end : end])
    unit = q.unit
    money = unit == "count" and not words.COUNT_CLASSIFIER.match(text[q.end :])
    if money and words.MONEY_CUE.search(_without_mentions(ctx, start, q.start)):
        unit = "CNY"
    elif money and prev is not None and is_money(prev.unit):
        if words.LIST_JOINER.match(text[prev.q.end : q.start]):
            unit = prev.unit  # 3.15亿元、5.94亿元: a list of amounts
    subjects, said = _subjects(ctx, named, q, start, end)
    if prev is not None and prev.subjects and _listed_after(ctx, prev, q):
        # 钉钉目前为国内用户量最大（4 亿个人、1700 万组织数）: the next figure of a list is its
        # subject's too, not the one a clause before names.
        subjects, said = list(prev.subjects), True
    elif (
        prev is not None
        and prev.subjects
        and prev.unit != unit
        and words.CONVERTED.match(text[prev.q.end : q.start])
    ):
        # 87 亿元人民币(13 亿美元): the amount in another currency has the same owner.
        subjects, said = list(prev.subjects), True
    elif prev is not None and prev.subjects and _compares(ctx, q):
        # …1.45 亿的日活跃用户，比 2020 年 4 月的 7500 万增加了 93%: the same owner's.
        subjects, said = list(prev.subjects), True
    if _unknown_owner(ctx, q, subjects):
        return None  # 同期的eBay为53%: eBay's, which the ontology does not know
    origin = ctx.base
    if words.INDUSTRY.search(text[start : q.start]) and not (
        said and any(start <= m.start - origin < q.start for m in named if m.term in subjects)
    ):
        # 2020年我国短视频行业市场规模已经突破2000亿元, 抓娃娃机国内存量有 200 万台 (what the
        # sentence names after it has no such figure): no one's figure.
        return None
    ends = [m.end - origin for m in named if m.term in subjects and start <= m.start - origin]
    left = max([e for e in ends if e <= q.start] + [start])
    tail = words.ORG_TAIL.match(text, left) if left > start else None
    if tail is not None:
        left = tail.end()  # 腾讯控股营收 -> 营收
    raw = _drop_time(text[left : q.start]).rstrip()  # (what _name reads too)
    name = _tidy(words.LEVEL_VERB.sub("", raw))
    if left > start and len(_base(name)) < 2 and not after:
        # 有交易的小程序数持续增长28%, 活跃小程序稳步增长41%: the subject is named inside the
        # measure, so the measure is the clause.
        whole = _tidy(words.LEVEL_VERB.sub("", _drop_time(text[start : q.start]).rstrip()))
        name = whole if len(whole) > len(name) else name
    rest = words.COUNT_CLASSIFIER.sub("", text[q.end : end], count=1)
    if not name and not after:
        # 合并月活跃账户数依然在继续增长，达到8.46亿: the clause before names the measure.
        name = _previous_clause(ctx, q, start, prev)
    # A figure that names nothing after the one before it in the sentence continues it: 营收
    # 1611.2亿元，上年同期1492.08亿元 (the same measure, the same subject).
    if prev is not None and not name and not after and words.LIST_JOINER.match(rest):
        # 增长2.5%和8.4%: growths both; 同比增长6%至788.22亿元: the level grown to.
        growth = prev.growth and unit == prev.unit
        base = _base(prev.name) if prev.growth and not growth else prev.name
        owners = _revenue_owner(ctx, tuple(subjects) or prev.subjects, base, growth, unit)
        return _Reading(q, tuple(owners), base, unit, growth)
    if not subjects:
        return None
    if not name and not after and rest.strip():
        after = _tidy(rest)  # 3.3亿人进行视频通话
        if words.PERSON_CLASSIFIER.match(text[q.end :]):
            after += words.HEADCOUNT
    name = _name(text, q, raw, after, name)
    if money and unit == "count" and words.MONEY_CUE.search(name):
        unit = "CNY"  # 1.5万亿的单季交易规模
    growth = is_growth(name, unit)
    if growth and not _base(name):
        # 日均使用次数稳步增长，相较 2020 年提高了 32%; 营收…，同比增长8% -> 营收增长
        measure = _previous_clause(ctx, q, start, prev)
        if not measure and prev is not None and not prev.growth:
            measure = _base(prev.name)
        name = measure + _growth_part(name)
    if not name:
        name = prev.name if prev is not None else q.text.strip()
    if said is None and (not _measure_like(name) or words.REPORTED.search(text)):
        # The article's lead is only what a figure of a sentence that names nothing is
        # about when its name says what is measured and no one else reports it.
        return None
    if (
        said is False
        and prev is None
        and not ctx.by_product
        and not (growth or _measure_like(name))
    ):
        # Nor is what the paragraph named last: a sentence that names nothing and opens on a
        # figure of no measure tells a story or an example (运营人员将 5 美金的价格设成了 0.5 美金,
        # 投100家), unless the section is that product's. (A figure after one read in the
        # sentence continues it: 新增的用户超30%是由分享带来的，最优产品超过70%.)
        return None
    if _describes(text, q, unit, name, after):
        return None
    if unit not in ("percent", "times", "seconds") and words.FOLLOWERS.search(name):
        # (any amount: 抖音账号@天元邓刚 有3000多万粉丝 reads as money by the 元 of its name)
        subjects = _account_owner(ctx, named, q, subjects)
        if not subjects:
            return None
    if unit == "percent" and words.STAKE.match(text, q.end):
        # 购入了京东8.8%股份: the stake is in 京东, no figure of 京东's
        subjects = [t for t in subjects if not _stake_in(ctx, t, q)]
        if not subjects:
            return None
    if said:
        subjects = _brand_on(ctx, named, subjects, q)
    return _Reading(q, tuple(_revenue_owner(ctx, subjects, name, growth, unit)), name, unit, growth)


def _stake_in(ctx: Context, term: str, q: Quantity) -> bool:
    """Whether ``term`` is named straight before a stake (京东8.8%股份, 小米7%的股份)."""
    return any(m.term == term and 0 <= q.start - ctx.end(m) <= 1 for m in ctx.mentions)


def _compares(ctx: Context, q: Quantity) -> bool:
    """Whether a figure's clause opens with a comparison (比, 较 …) and names nothing: it
    compares the figure before it with an earlier one (比 2020 年 4 月的 7500 万增加了 93%)."""
    start, _ = clause_of(ctx.text, q.start)
    return words.COMPARED.match(ctx.text, start) is not None and not any(
        start <= ctx.at(m) < q.start for m in ctx.mentions
    )


def _brand_on(
    ctx: Context, named: Sequence[Mention], subjects: list[str], q: Quantity
) -> list[str]:
    """A brand's figure on a platform is the brand's: a product named after 在/通过 (where or
    by what) before a figure is not what it measures when an organisation is named before the
    product in the sentence (绿城…就在小红书试点城市里实现了1.8亿的成交额, 红蜻蜓5000名导购…
    通过小程序、会员群等方式进行吆喝，当月连续多日线上销售额超过100万元); else ``subjects``."""
    if len(subjects) != 1 or ctx.ontology.kind(subjects[0]) != "Product":
        return subjects
    text = ctx.text
    # (the product's last mention before the figure: 腾讯在微信上…，微信月活达到10亿 is 微信's)
    where = next(
        (m for m in reversed(ctx.mentions) if m.term == subjects[0] and ctx.end(m) <= q.start),
        None,
    )
    if where is None or not words.VENUE.search(text, max(0, ctx.at(where) - 2), ctx.at(where)):
        return subjects
    brands = [
        m
        for m in _unsourced(ctx, named)
        if ctx.kind(m) == "Organization" and ctx.end(m) <= ctx.at(where)
    ]
    return [brands[-1].term] if brands else subjects


def _listed_after(ctx: Context, prev: _Reading, q: Quantity) -> bool:
    """Whether a figure follows the one before it in its clause as the next item of a list,
    with nothing named between them: 4 亿个人、1700 万组织数."""
    between = ctx.text[prev.q.end : q.start]
    if ENUMERATION_COMMA not in between or CLAUSE_BREAK.search(between):
        return False
    return not any(prev.q.end <= ctx.at(m) < q.start for m in ctx.mentions)


def _unknown_owner(ctx: Context, q: Quantity, subjects: Sequence[str]) -> bool:
    """Whether a figure is about a Latin-letter name the ontology does not know, one that opens
    its clause (同期的eBay为53%, eBay的年收入做到了33亿美金) or, when its clause names nothing,
    the nearest clause before it that does (Kik在国外横空出世，在短短15天里吸引了100万名使用者),
    while none of its subjects is named in its clause before it: such a figure is no fact of
    any name kg knows."""
    text = ctx.text
    if _LATIN_LETTER.search(text) is None:
        return False  # (no clause of it opens with a Latin name: see _latin_head)
    start, _ = clause_of(text, q.start)
    opened = -1
    if _OPEN_PAREN.search(text, start, q.start):
        opened = max(text.rfind(mark, start, q.start) for mark in OPEN_PARENS)
    if opened >= 0 and max(text.rfind(mark, opened, q.start) for mark in CLOSE_PARENS) < 0:
        start = opened + 1  # （同期的eBay为53%）: an aside is a clause of its own
    if any(start <= ctx.at(m) < q.start and m.term in subjects for m in ctx.mentions):
        return False
    end = q.start
    while True:
        if _latin_head(ctx, start, end):
            return True
        if start == 0 or any(start <= ctx.at(m) < end for m in ctx.mentions):
            return False
        end = start - 1
        start, _ = clause_of(text, end)


def _latin_head(ctx: Context, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` opens (after 而, 同期的 …) with a Latin word
    that is no term of the ontology, no measure (DAU), no abbreviation (App, PC) and no
    reporter of figures (据SimilarWeb…, SimilarWeb的统计显示)."""
    text = ctx.text
    opener = words.CLAUSE_OPENER.match(text, start)
    at = opener.end() if opener else start
    word = words.LATIN_NAME.match(text, at, end)
    if word is None or word.group() in LATIN_GENERIC:
        return False
    if any(ctx.at(m) <= at < ctx.end(m) for m in ctx.mentions):
        return False
    if words.SOURCE_BEFORE.search(text[max(0, at - 4) : at]) or words.SOURCE_AFTER.match(
        text[word.end() : word.end() + 24]
    ):
        return False
    return measure_of(ctx.ontology, word.group()) is None and not _measure_like(word.group())


def _account_owner(
    ctx: Context, named: Sequence[Mention], q: Quantity, subjects: Sequence[str]
) -> list[str]:
    """Whose accounts a count of followers counts: an organisation named before it in its
    sentence (瑞幸咖啡公众号粉丝达百万以上), else the article's lead when that is an
    organisation (小红书：目前粉丝超过15万, in an article on 瑞幸's accounts). A platform or a
    feature has no followers, and a creator's are no fact of kg's (137万粉丝掉了三分之一)."""
    before = [
        m for m in _unsourced(ctx, named) if ctx.kind(m) == "Organization" and ctx.end(m) <= q.start
    ]
    if before:
        mine = [s for s in subjects if any(m.term == s for m in before)]
        return mine or [before[-1].term]
    lead = ctx.first_named
    if (
        lead is not None
        and ctx.ontology.kind(lead) == "Organization"
        and _has_figures(ctx.ontology, lead)
    ):
        return [lead]  # (not 36氪 of 36氪获悉: an outlet's accounts are not what it reports)
    return []


def _revenue_owner(
    ctx: Context, subjects: Sequence[str], name: str, growth: bool, unit: str
) -> Sequence[str]:
    """Revenue is an organisation's: the revenue of a business named as a product or a
    capability (网络游戏收入增长32%, 游戏业务收入) is the article's lead's, when that is an
    organisation the article is about (腾讯's results; not the first company of a week's
    roundup, whose 快手营收 is 快手's)."""
    lead = ctx.first_named
    owner = ctx.owner  # the company whose section it is (哔哩哔哩's: 游戏业务收入14.0亿元)
    if (
        owner is not None
        and owner not in subjects
        and all(_business(ctx, t) or _carried(ctx, t) for t in subjects)
        and measure_of(ctx.ontology, name, growth, unit) == _REVENUE
    ):
        return [owner]
    if (
        lead is not None
        and lead == ctx.lead_organisation  # (an organisation, the one the article is about)
        and _has_figures(ctx.ontology, lead)  # (not 虎嗅 of its morning roundup's credits)
        and all(ctx.ontology.kind(t) in ("Product", "Capability") for t in subjects)
        and measure_of(ctx.ontology, name, growth, unit) == _REVENUE
    ):
        return [lead]
    return subjects


def _carried(ctx: Context, term: str) -> bool:
    """Whether a product or capability is what a figure is about only because the paragraph
    named it before (the figure's sentence does not): in a company's section, revenue told so
    is the company's (社交及其他广告收入同比增长7%至 190 亿元 after 网络广告业务收入… under 腾讯's
    heading)."""
    return ctx.ontology.kind(term) in ("Product", "Capability") and all(
        m.term != term for m in ctx.mentions
    )


def _business(ctx: Context, term: str) -> bool:
    """Whether a product or capability is named as a business of a company: its name, or the
    word after it in the sentence, says so (游戏业务, 网络广告业务收入), not a product whose
    revenue is its own (小程序收入)."""
    if ctx.ontology.kind(term) not in ("Product", "Capability"):
        return False
    if ctx.ontology.terms[term].label.endswith(words.BUSINESS):
        return True
    text = ctx.text
    return any(m.term == term and text.startswith(words.BUSINESS, ctx.end(m)) for m in ctx.mentions)


def _previous_clause(ctx: Context, q: Quantity, start: int, prev: _Reading | None) -> str:
    """The measure the clause before a figure's names, when it has no figure of its own and
    tells a trend: 合并月活跃账户数依然在继续增长，达到8.46亿 -> 合并月活跃账户数."""
    text = ctx.text
    breaks = list(CLAUSE_BREAK.finditer(text, 0, start))
    if not breaks:
        return ""
    begin = breaks[-2].end() if len(breaks) > 1 else 0
    if prev is not None and prev.q.end > begin:
        return ""
    clause = text[begin : breaks[-1].start()]
    for m in ctx.mentions:
        if begin <= ctx.at(m) and ctx.end(m) <= breaks[-1].start():
            clause = text[ctx.end(m) : breaks[-1].start()]
    # 日均使用次数稳步增长, 交易规模达数万亿元: the measure before its trend or level.
    cut = words.TREND_TAIL.search(clause) or words.REACHED.search(clause)
    if cut is None:
        return ""
    name = _shorten(_tidy(clause[: cut.start()]))
    return name if _measure_like(name) else ""


def _describes(text: str, q: Quantity, unit: str, name: str, after: str) -> bool:
    """Whether a small bare count describes rather than measures: 两款游戏, 5个tab, 3张优惠券,
    5个层级 (what a classifier counts, else the name, names no measure); 一个月只能推送4次
    measures how often. What a classifier counts ends at 的: 5份财报的…净利润, 2 种方式来积累
    自己的私域用户 count reports and ways, not profit or users."""
    if words.COUNT_CLASSIFIER.match(text[q.end :]) and after:
        counted = after.partition(cues.POSSESSIVE)[0]
    else:
        counted = name
    return (
        unit == "count"
        and q.qualifier is None
        and q.value <= words.SMALL_COUNT
        and not words.FREQUENCY_CLASSIFIER.match(text[q.end :])
        and not _measure_like(counted)
    )


def _after(text: str) -> str:
    """The noun a figure is followed by: 4.5亿日活用户, 3%的退货率, 2.3w 的服务商."""
    text = _strip_classifier(text)
    stop = words.AFTER_STOP.search(text)
    return _tidy(text[: stop.start()] if stop else text)


def _strip_classifier(text: str) -> str:
    """The text after a figure without its classifier and possessive: 名员工 -> 员工."""
    text = words.COUNT_CLASSIFIER.sub("", text, count=1).lstrip()
    return text.removeprefix(cues.POSSESSIVE)


def _name(text: str, q: Quantity, raw: str, after: str, before: str) -> str:
    """What the figure measures, from the words before it (``raw``: from where its name may
    start, without the time, :func:`_drop_time`) and the noun after it."""
    have = words.HAVE_VERB.search(raw)
    if have is not None and after:
        # 做到了3%的退货率, 有105506名员工; 政务服务每天有 1 亿+ 的用户 -> 每天用户
        kept = _tidy(raw[: have.start()])
        return _shorten(kept + after) if kept and not _names_measure(kept) else after
    if after and not before:
        return after  # 4.5亿日活用户
    if before and after and len(after) >= 2 and (not _names_measure(before) or q.unit == "seconds"):
        return _shorten(before + after)  # 覆盖 1000w+ 商户 -> 覆盖商户; 3 分钟完成汽车年检
    if (
        before
        and not after
        and words.PERSON_CLASSIFIER.match(text[q.end :])
        and not _measure_like(before)
    ):
        return before + words.HEADCOUNT  # 裁了400多人 -> 裁人数
    return _shorten(before)


def _names_measure(name: str) -> bool:
    """Whether a name ends in a measure of size or change (交易规模, 需求增长), not an object."""
    return words.SHARED_MEASURE.search(name) is not None


def _measure_like(name: str) -> bool:
    """Whether a name says what is measured (日活用户, 交易规模), not only a verb (覆盖)."""
    return words.METRIC_WORD.search(name) is not None


def _drop_time(text: str) -> str:
    """The words before a figure without when it was measured or where a change started."""
    text = words.FROM_PHRASE.sub("", _WHITESPACE.sub("", text))
    out = []
    at = 0
    for m in words.TIME_PHRASE.finditer(text):
        if m.end() > m.start():
            out.append(text[at : m.start()])
            at = m.end()
    out.append(text[at:])
    return "".join(out)


def _shorten(name: str) -> str:
    """A long name cut to its last noun phrase: 通过小程序产生的交易额 -> 交易额, 逐渐成长为一个
    月活 -> 月活."""
    cuts = list(words.NAME_CUT.finditer(name))
    for cut in reversed(cuts):
        tail = _tidy(name[cut.end() :])
        if len(tail) >= 2 and _measure_like(tail):
            name = tail
            break
    possessive = name.rfind(cues.POSSESSIVE)
    if 0 <= possessive and len(name) - possessive - 1 >= 2:
        tail = name[possessive + 1 :]
        if _measure_like(tail) or len(name) > words.NAME_MAX:
            name = tail
    return _tidy(name)


def is_growth(name: str, unit: str) -> bool:
    """Whether a figure tells a change: a word of change in its name."""
    return words.GROWTH_WORD.search(name) is not None and not words.LEVEL_VERB.search(name)


def _base(name: str) -> str:
    """The measure a growth's name names: 搜索量同比增长 -> 搜索量; '' when it names none."""
    m = words.GROWTH_WORD.search(name)
    if m is None:
        return name
    return _tidy(words.COMPARISON_TAIL.sub("", name[: m.start()]))


# ---------------------------------------------------------------- whose figure it is


def _named(ctx: Context) -> list[Mention]:
    """The sentence's names a figure can be about, sources of figures last (see _sources):
    not a trade or an activity (:func:`_activity`)."""
    return [
        m
        for m in ctx.mentions
        if ctx.kind(m) in _SUBJECT_KINDS
        and _has_figures(ctx.ontology, m.term)
        and not _activity(ctx.ontology, m.term)
    ]


def _activity(ontology: Ontology, term: str) -> bool:
    """Whether a term is a capability named in a word or two (电商, 直播, 游戏, 广告): a trade or
    an activity, whose figures in a clause are those of the product or organisation that
    carries it on, not a feature's."""
    return (
        ontology.kind(term) == "Capability"
        and len(ontology.terms[term].label) <= words.ACTIVITY_MAX
    )


def _is_source(ctx: Context, m: Mention) -> bool:
    """Whether a name reports figures rather than has them: 据QuestMobile, 腾讯提到了…
    (asked for each figure of a sentence, worked out once per name)."""
    known = cast(dict[tuple[int, int], bool], ctx.memo.setdefault("metric sources", {}))
    where = (m.start, m.end)
    found = known.get(where)
    if found is None:
        found = known[where] = _reports(ctx, m)
    return found


def _quoted_from(ctx: Context, m: Mention) -> bool:
    """Whether a name is what a figure is quoted from: 据QuestMobile, 根据国家统计局发布的…."""
    at = ctx.at(m)
    return words.SOURCE_BEFORE.search(ctx.text[max(0, at - 4) : at]) is not None


def _studies(ctx: Context, m: Mention) -> bool:
    """Whether a name's report or survey shows the figures (谷歌、贝恩公司的一份调查报告显示): it
    studied them, they are not its own (see ``words.STUDY``)."""
    said = _said_after(ctx, m)
    return said is not None and words.STUDY.search(said) is not None


def _reports(ctx: Context, m: Mention) -> bool:
    return _quoted_from(ctx, m) or _said_after(ctx, m) is not None


def _said_after(ctx: Context, m: Mention) -> str | None:
    """The words after a name that make it report figures (QuestMobile数据显示, 腾讯提到了…),
    unless they name its own report (有赞发布的2021年业绩报告显示); None when there are none."""
    said = words.SOURCE_AFTER.match(ctx.text[ctx.end(m) : ctx.end(m) + 24])
    if said is None or words.OWN_REPORT.search(said.group()):
        return None
    return said.group()


def _subjects(
    ctx: Context, named: Sequence[Mention], q: Quantity, start: int, end: int
) -> tuple[list[str], bool | None]:
    """What a figure is about, most specific first (see the module's docstring), and whether
    the sentence names it (False: it is what the paragraph or section is about; None: it is
    the article's lead)."""
    meant = _referent(ctx, named, q, start)
    if meant is not None:
        return [meant], True
    found = _in_sentence(ctx, named, q, start, end)
    if found:
        return found, True
    # The capability the paragraph named last is what its figures are about only where a
    # section is one product's (its capabilities, one after another); elsewhere a capability
    # named in passing is not what the next sentences measure (由分享带来的 … 平均的DAU…).
    if ctx.earlier is not None and ctx.by_product:
        if not _activity(ctx.ontology, ctx.earlier):
            return [ctx.earlier], False
        if ctx.topic is not None:
            return [ctx.topic], False  # (直播 in 视频号's section: 视频号 carries it on)
    # The sentence's products and organisations after the figure; not one named in an aside
    # the figure is outside of (发给 Open Manus （调用 Claude 3.7 模型），等待 7 分钟: Open
    # Manus's).
    asides = _asides(ctx.text, q)
    offsets = [
        (at, term)
        for at, term in ctx.products()
        + [
            (ctx.at(m), m.term)
            for m in named
            if ctx.kind(m) == "Organization" and not _is_source(ctx, m)
        ]
        if not any(a < at < b for a, b in asides)
    ]
    if offsets:
        return [min(offsets, key=lambda p: _closeness(ctx, p[0], p[1], q))[1]], True
    if ctx.named is not None and _has_figures(ctx.ontology, ctx.named):
        return [ctx.named], False  # (not 36氪 of 一位知情人士对36氪表示: an outlet reports)
    if ctx.topic is not None and ctx.by_product:
        return [ctx.topic], False
    # Only its source is named: a name that says or announces its figures (ObEN宣布获得500万美元
    # 战略投资) has them, one that they are quoted from (根据国家统计局发布的…公报显示) does not,
    # nor a capability, which announces nothing (其在中国的活跃客户群增长至 5.76 亿——…上一季度
    # 增长 2400 万 in techcrunch-zh-alibaba-revenue…; 社交电商…裁员比例…约30%-50%).
    sources = [
        m
        for m in named
        if ctx.kind(m) != "Capability" and not _quoted_from(ctx, m) and not _studies(ctx, m)
    ]
    if sources:
        return [_nearest(ctx, sources, q).term], True
    if ctx.owner is not None:
        return [ctx.owner], False  # the company whose section it is (see section_owners)
    if _lead_has_figures(ctx):
        return [cast(str, ctx.first_named)], None
    return [], False


def _asides(text: str, q: Quantity) -> list[tuple[int, int]]:
    """The spans of the sentence's round brackets (one level, 调用 Claude 3.7 模型) that do not
    hold the figure."""
    if _OPEN_PAREN.search(text) is None:
        return []  # (most sentences have none)
    return [m.span() for m in words.ASIDE.finditer(text) if not m.start() < q.start < m.end()]


def _referent(ctx: Context, named: Sequence[Mention], q: Quantity, start: int) -> str | None:
    """What 该公司 in a figure's clause, with nothing named between it and the figure, points
    back to: the last name of its kind before it in the sentence, else the one the paragraph
    named last, else the article's lead (see ``words.ANAPHORS``); None when the clause has no
    such word or nothing of its kind was named."""
    text = ctx.text
    for pattern, kind in words.ANAPHORS:
        found = list(pattern.finditer(text, start, q.start))
        if not found:
            continue
        at = found[-1].start()
        if any(found[-1].end() <= ctx.at(m) < q.start for m in ctx.mentions):
            return None  # (a name between: the clause names its own subject)
        before = [m for m in _unsourced(ctx, named) if ctx.kind(m) == kind and ctx.end(m) <= at]
        if before:
            return before[-1].term
        for term in (ctx.named, ctx.first_named):
            if (
                term is not None
                and ctx.ontology.kind(term) == kind
                and _has_figures(ctx.ontology, term)
            ):
                return term
    return None


def _lead_has_figures(ctx: Context) -> bool:
    """Whether the article's first name is what a figure that nothing names is about: the
    product the article is about, or the organisation it is about (腾讯 of its results: 总收入为
    人民币356.91亿元), which it names at least twice as often as any other. Another first name
    is no more the subject than the next: 增值服务 named first in a roundup of six companies'
    results (营收1423.68亿元 is 腾讯's, 净投资亏损7.24亿元 B站's), 点淘 in a comparison with 抖音
    (电商直播用户规模为3.09亿 is the whole trade's), 中兴通讯 named first in a day's roundup
    (净利润为12.66亿美元 is Adobe's, in niaogebiji-zaoniaobao-2022-03-24; eval/test's articles
    whose first company took such figures got 24 right and 51 wrong). A media outlet or a band
    named first has no figures (see _NO_FIGURES)."""
    first = ctx.first_named
    return (
        first is not None
        and _has_figures(ctx.ontology, first)
        and (first == ctx.lead or first == ctx.lead_organisation)
    )


def _in_sentence(
    ctx: Context, named: Sequence[Mention], q: Quantity, start: int, end: int
) -> list[str]:
    """What a figure is about among the names of its sentence, if any is."""
    usable = [
        m
        for m in _unsourced(ctx, named)
        if ctx.kind(m) != "Capability" or not _qualifies(ctx, m, q)  # (only a capability may)
    ]
    base = ctx.base
    in_clause = [m for m in usable if start <= m.start - base and m.end - base <= q.start]
    head = _head(ctx, in_clause, start)
    caps = [m for m in in_clause if ctx.kind(m) == "Capability"]
    kind_of = [_kind_of(ctx, in_clause, m) for m in caps]
    if any(kind_of):
        # 3D小游戏产品已超千款: the product a capability says the kind of is what is counted.
        caps = [m for m, p in zip(caps, kind_of, strict=True) if p is None]
        if head is not None and ctx.kind(head) == "Capability":
            head = _kind_of(ctx, in_clause, head) or head
    if head is not None and ctx.kind(head) == "Organization":
        return _together(ctx, usable, head, q)
    aside = _aside(ctx, q, in_clause)
    if aside is not None:
        return [aside.term]
    if caps:
        # 抖音月直播5.1万次, 快手电商分销业务订单量同比增长率达到3618%: the product the clause
        # names before the capability is what the figure is about (a gold table that takes the
        # capability lists the product too); not a platform's (微信的跨境支付: see _past_platform).
        owner = next(
            (
                m
                for m in reversed(in_clause)
                if ctx.end(m) <= ctx.at(caps[-1]) and ctx.kind(m) == "Product"
            ),
            None,
        )
        if owner is not None and not ctx.is_platform(owner.term):
            return _together(ctx, usable, owner, q)
        return _together(ctx, usable, caps[-1], q)
    if head is not None:
        return _together(ctx, usable, _past_platform(ctx, usable, head), q)
    if in_clause:
        return _together(ctx, usable, _nearest(ctx, in_clause, q), q)
    used = _used(ctx, usable, q, end)
    if used is not None:
        return [used.term]  # 每天有10.9亿用户打开微信
    described = _described(ctx, named, q, end)
    if described is not None:
        return [described.term]  # 市值2400亿美元的中国互联网巨头腾讯
    head = _sentence_head(ctx, usable, q.start)
    if head is not None:
        return [_past_platform(ctx, usable, head).term]
    # Before the figure: an organisation, else a product (also inside a capability's name).
    # A name after it in its clause is mostly part of what is counted (2.5万商家小程序接入,
    # 连接13亿微信用户), unless the figure counts its users or describes it (above).
    orgs = [m for m in usable if ctx.kind(m) == "Organization" and ctx.at(m) < q.start]
    if orgs:
        return [_nearest(ctx, orgs, q).term]
    return []


def _kind_of(ctx: Context, in_clause: Sequence[Mention], m: Mention) -> Mention | None:
    """The product whose name a capability is written straight before, saying what kind of it
    is meant (3D小游戏产品已超千款: 小游戏's), also through another capability (社区团购类
    微信小程序); else None."""
    at = ctx.end(m)
    kind = words.KIND_OF.match(ctx.text, at)
    at += len(kind.group()) if kind else 0
    nxt = next((x for x in in_clause if ctx.at(x) == at and x is not m), None)
    if nxt is None or ctx.kind(nxt) == "Organization":
        return None
    return nxt if ctx.kind(nxt) == "Product" else _kind_of(ctx, in_clause, nxt)


def _unsourced(ctx: Context, named: Sequence[Mention]) -> list[Mention]:
    """The names that neither report figures nor are the whole of a share, in order: the
    same for every figure of the sentence (``named`` is too), so worked out once."""
    found = cast(list[Mention] | None, ctx.memo.get("metric unsourced"))
    if found is None:
        found = [m for m in named if not _is_source(ctx, m) and not _whole_of_share(ctx, m)]
        ctx.memo["metric unsourced"] = found
    return found


def _qualifies(ctx: Context, m: Mention, q: Quantity) -> bool:
    """Whether a capability named before a figure only qualifies the measure written straight
    after it: 点赞数超1.6万, 游戏活跃用户达到37% (the figure is not the capability's)."""
    if (
        ctx.kind(m) != "Capability"
        or ctx.end(m) >= q.start
        or words.MEASURED_ACTIVITY.match(ctx.text, ctx.end(m), q.start) is None
    ):
        return False
    # A clause before the figure's qualifies its own figure (在线广告总收入为75亿元…，其中…跃升
    # 83%); one with none names what the next clause measures (效果广告收入增长明显，增速达83%).
    start, end = clause_of(ctx.text, ctx.at(m))
    return q.start < end or _DIGIT.search(ctx.text, start, end) is not None


def _whole_of_share(ctx: Context, m: Mention) -> bool:
    """Whether a name is the whole a share is taken of: 其占阿里总营收也不过只有4%."""
    return words.SHARE_OF.search(ctx.text, max(0, ctx.at(m) - 4), ctx.at(m)) is not None


def _head(ctx: Context, usable: Sequence[Mention], start: int) -> Mention | None:
    """The name a clause opens with (after 今天的, 目前, 在 …), if it opens with one."""
    if not usable:
        return None
    opener = words.CLAUSE_OPENER.match(ctx.text, start)
    at = opener.end() if opener else start
    at += ctx.base  # (a mention's offset in the document)
    return next((m for m in usable if m.start == at), None)


def _used(ctx: Context, usable: Sequence[Mention], q: Quantity, end: int) -> Mention | None:
    """The product or capability that the people a figure counts use: 4亿用户使用小程序."""
    for m in usable:
        if q.end <= ctx.at(m) < end and ctx.kind(m) in ("Product", "Capability"):
            if words.USERS_OF.match(ctx.text[q.end : ctx.at(m)]):
                return m
            return None
    return None


def _described(ctx: Context, usable: Sequence[Mention], q: Quantity, end: int) -> Mention | None:
    """The name a figure describes: 市值2400亿美元的中国互联网巨头腾讯, 月活超12亿的微信 (the
    clause names the measure before the figure)."""
    # The first name after the figure in its clause (most figures have none), then the clause.
    # (Called with every name, sources too: a reporter described is its own.)
    base = ctx.base
    m = next((m for m in usable if q.end <= m.start - base < end), None)
    if m is None:
        return None
    start, _ = clause_of(ctx.text, q.start)
    if not _measure_like(ctx.text[start : q.start]):
        return None
    return m if words.DESCRIBED.match(ctx.text[q.end : m.start - base]) else None


def _past_platform(ctx: Context, usable: Sequence[Mention], m: Mention) -> Mention:
    """微信的跨境支付: after the platform (a brand), the capability it possesses."""
    if ctx.kind(m) != "Product" or not ctx.is_platform(m.term):
        return m
    rest = ctx.text[ctx.end(m) :]
    at = ctx.end(m) + len(rest) - len(rest.removeprefix(cues.POSSESSIVE))
    nxt = [x for x in usable if ctx.at(x) == at and ctx.kind(x) == "Capability"]
    # 今年微信较 2021 年初…下降了 90%: a clause that opens with the platform is about it.
    return nxt[0] if nxt else m


def _sentence_head(ctx: Context, usable: Sequence[Mention], before: int) -> Mention | None:
    """What the nearest clause before offset ``before`` that names something is about: the
    name it opens with (QQ的月活用户为5.52亿，同比下降7.2%), else the product or
    organisation it ends with (用户基数相对较小的飞书，下载量环比增长了650%), else its first
    organisation (有一位名叫“壹窑茶业”的商家)."""
    text, base = ctx.text, ctx.base
    if all(m.start - base >= before for m in usable):
        return None  # no name before it: no clause names anything
    breaks = list(CLAUSE_BREAK.finditer(text, 0, before))
    ends = [brk.start() for brk in breaks] + [before]
    starts = [0] + [brk.end() for brk in breaks]
    for start, end in reversed(list(zip(starts, ends, strict=True))):
        inside = [m for m in usable if start <= m.start - base < end]
        if not inside:
            continue
        head = _head(ctx, usable, start)
        if head is not None:
            return head
        last = inside[-1]
        if ctx.kind(last) != "Capability" and not text[ctx.end(last) : end].strip():
            return last
        return next((m for m in inside if ctx.kind(m) == "Organization"), None)
    return None


def _nearest(ctx: Context, mentions: Sequence[Mention], q: Quantity) -> Mention:
    """The name nearest the figure, one before it first, a platform last."""
    return min(mentions, key=lambda m: _closeness(ctx, ctx.at(m), m.term, q))


def _closeness(ctx: Context, at: int, term: str, q: Quantity) -> tuple[bool, bool, int]:
    """How near a name at offset ``at`` is to a figure: before it first, a platform last."""
    return (ctx.is_platform(term), at >= q.start, abs(at - q.start))


def _aside(ctx: Context, q: Quantity, in_clause: Sequence[Mention]) -> Mention | None:
    """微信城市服务（2.46亿）: a figure in brackets right after a name is that name's."""
    text = ctx.text
    if not in_clause or _OPEN_PAREN.search(text, 0, q.start) is None:
        return None
    opened = max(text.rfind(mark, 0, q.start) for mark in OPEN_PARENS)
    if opened < 0 or max(text.rfind(mark, 0, q.start) for mark in CLOSE_PARENS) > opened:
        return None
    return next((m for m in in_clause if ctx.end(m) == opened), None)


def _together(ctx: Context, usable: Sequence[Mention], m: Mention, q: Quantity) -> list[str]:
    """The name and those listed with it before 均/都: 腾讯文档、金山文档…均突破1亿."""
    text = ctx.text
    group = [m]
    for other in reversed([x for x in usable if ctx.end(x) <= ctx.at(group[0])]):
        joint = text[ctx.end(other) : ctx.at(group[0])]
        if ctx.kind(other) != ctx.kind(m) or not words.LIST_SEPARATOR.fullmatch(joint):
            break
        group.insert(0, other)
    for other in [x for x in usable if ctx.at(x) >= ctx.end(group[-1]) and ctx.end(x) <= q.start]:
        joint = text[ctx.end(group[-1]) : ctx.at(other)]
        if ctx.kind(other) != ctx.kind(m) or not words.LIST_SEPARATOR.fullmatch(joint):
            break
        group.append(other)
    if len(group) > 1 and words.TOGETHER.search(text[ctx.end(group[-1]) : q.start]):
        return list(dict.fromkeys(x.term for x in group))
    if len(group) > 1 and words.RESPECTIVELY in text[ctx.end(group[-1]) : q.start]:
        return list(dict.fromkeys(x.term for x in group))  # split one each later
    return [m.term]


def _respectively(ctx: Context, named: Sequence[Mention], readings: list[_Reading]) -> None:
    """A、B分别为x、y: names (or subjects) listed before 分别 take the figures one each; a
    run of growths after 分别 takes the measures of the levels before it (DAU超4.1亿，MAU超过
    9亿，较2020年分别增长2.5%和8.4%)."""
    text = ctx.text
    i = 0
    while i < len(readings):
        at = text.rfind(words.RESPECTIVELY, 0, readings[i].q.start)
        start, _ = clause_of(text, readings[i].q.start)
        run = [i]
        while run[-1] + 1 < len(readings) and words.LIST_JOINER.match(
            text[readings[run[-1]].q.end : readings[run[-1] + 1].q.start]
        ):
            run.append(run[-1] + 1)
        k = len(run)
        first = readings[i]
        if at < 0 or (i and readings[i - 1].q.end > at):
            # 快手、抖音主站的月活已经达到4.9亿、5.5亿: a list of names in the clause of a
            # list of as many figures takes them one each, as after 分别.
            listed = _listed(ctx, named, start, first.q.start, k)
            if k > 1 and listed is not None and len(first.subjects) != k:
                for j, subject in zip(run, listed, strict=True):
                    readings[j] = replace(readings[j], subjects=(subject,), name=first.name)
                i = run[-1] + 1
            else:
                i += 1
            continue
        # 美团、美团优选、橙心优选，微信小程序带来的流量分别占比达到39.9%、81.4%、92.1%: the
        # list before 分别 may stand in a clause of its own.
        before = readings[i - 1].q.end if i else 0
        listed = _listed(ctx, named, before, at, k) if len(first.subjects) != k else None
        if listed is not None:
            first = replace(first, subjects=tuple(listed))
        if len(first.subjects) == k:
            for j, subject in zip(run, first.subjects, strict=True):
                readings[j] = replace(readings[j], subjects=(subject,), name=first.name)
        elif len(first.subjects) > 1:
            for j in run:
                readings[j] = replace(readings[j], subjects=first.subjects[:1])
        items = _split_coordinated(_tidy(_drop_time(text[max(start, 0) : at])))
        levels = [r for r in readings[:i] if not r.growth][-k:]
        if len(items) == k and k > 1:
            for j, item in zip(run, items, strict=True):
                readings[j] = replace(readings[j], name=item + _growth_part(readings[j].name))
        elif first.growth and len(levels) == k and k > 1:
            for j, level in zip(run, levels, strict=True):
                readings[j] = replace(
                    readings[j], name=_base(level.name) + _growth_part(first.name), growth=True
                )
        else:
            for j in run[1:]:
                readings[j] = replace(readings[j], name=first.name, growth=first.growth)
        i = run[-1] + 1


def _listed(
    ctx: Context, named: Sequence[Mention], begin: int, end: int, k: int
) -> list[str] | None:
    """The names of the last list of names (A、B和C) between two offsets of the sentence,
    when it lists k > 1 different names, else None."""
    if k < 2:
        return None
    runs: list[list[Mention]] = []
    for m in _unsourced(ctx, named):
        if not (begin <= ctx.at(m) and ctx.end(m) <= end):
            continue
        if runs and words.LIST_SEPARATOR.fullmatch(ctx.text[ctx.end(runs[-1][-1]) : ctx.at(m)]):
            runs[-1].append(m)
        else:
            runs.append([m])
    lists = [run for run in runs if len(run) > 1]
    if not lists or len(lists[-1]) != k:
        return None
    terms = list(dict.fromkeys(m.term for m in lists[-1]))
    return terms if len(terms) == k else None


def _growth_part(name: str) -> str:
    """The word of change a growth's name ends with: 较2020年分别增长 -> 增长."""
    m = words.GROWTH_WORD.search(name)
    return name[m.start() :] if m else ""


# ---------------------------------------------------------------- names


def _without_mentions(ctx: Context, start: int, end: int) -> str:
    """The text between two offsets with every mention blanked out."""
    chars = list(ctx.text[start:end])
    for m in ctx.mentions:
        for i in range(max(ctx.at(m), start), min(ctx.end(m), end)):
            chars[i - start] = " "
    return "".join(chars)


_WHITESPACE = re.compile(r"\s+")


def _last_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can end with, when it is a run of plain words
    anchored at the end (``(?:w1|w2|…)++$``, as :data:`kg.lang.metrics.NAME_FILLER_TAIL`);
    None for any other shape."""
    source = pattern.pattern
    head, tail = "(?:", ")++$"
    if not (source.startswith(head) and source.endswith(tail)):
        return None
    alternatives = source[len(head) : -len(tail)].split("|")
    if any(not w or re.escape(w) != w for w in alternatives):
        return None  # (a class, a group or an escape: not plain words)
    return frozenset(w[-1] for w in alternatives)


#: What a filler at the end of a name ends with: a name that ends otherwise has none, and the
#: pattern, which tries each of its characters in turn, need not be run (a third of
#: ``_tidy``'s time went there). None: run it always.
_FILLER_TAIL_ENDS = _last_characters(words.NAME_FILLER_TAIL)


def _tidy(text: str) -> str:
    """A metric name without spaces, filler words, trailing marks or unbalanced brackets."""
    if not text:
        return text  # (a fifth of the names asked: nothing to tidy)
    text = _WHITESPACE.sub("", text)
    ends = _FILLER_TAIL_ENDS
    for _ in range(3):
        tidied = words.NAME_FILLER_HEAD.sub("", text)
        # (no white space is left, so the pattern's $ can only match at the very end)
        if ends is None or (tidied and tidied[-1] in ends):
            tidied = words.NAME_FILLER_TAIL.sub("", tidied)
        tidied = tidied.strip(words.NAME_TRIM)
        if tidied == text:
            break
        text = tidied
    return _balance(text)


def _balance(text: str) -> str:
    """Close or drop brackets and quotes a name cut open: 直播间PCU（最高同时在线数, 爱心餐”已…."""
    if not BRACKETS.search(text):
        return text
    for left, right in BRACKET_PAIRS:
        if text.endswith(left):
            text = text[:-1]
        if right in text and left not in text:
            # 爱心餐”已累计服务环卫工人: the name was cut after its opening mark
            text = text.replace(right, "")
        if text.startswith(left) and right not in text:
            text = text[1:]
        if text.count(left) > text.count(right):
            text += right
    return text


def _split_coordinated(name: str) -> list[str]:
    """旅游类、房产类需求增长 -> 旅游类需求增长, 房产类需求增长; 餐饮、零售的交易 stays one."""
    items = words.LIST_SEPARATOR.split(name)
    if len(items) < 2 or any(not item for item in items):
        return [name]
    # 一般及行政开支, 金融科技及企业服务营收: one measure's name; 日活跃创作者数和日均视频上传量
    # 同比增长: two measures, each named whole before 和.
    if ENUMERATION_COMMA not in name and not all(_measure_like(i) for i in items[:-1]):
        return [name]
    last = items[-1]
    shared = items[0][-1]
    if all(item.endswith(shared) for item in items[:-1]) and shared in last:
        cut = last.index(shared) + 1
    else:
        cut = len(items[-2])
    head, suffix = last[:cut], last[cut:]
    if (
        not words.SHARED_MEASURE.search(suffix)
        or suffix.startswith(cues.POSSESSIVE)
        or len(head) > 12
    ):
        return [name]
    return [item + suffix for item in items[:-1]] + [head + suffix]


# ---------------------------------------------------------------- the metric vocabulary


def measure_of(
    ontology: Ontology, name: str, growth: bool = False, unit: str | None = None
) -> str | None:
    """The kg:Metric concept of the ontology that a figure's name measures, or None.

    The surface form (a label of a concept of ``ontology/metrics.ttl``) that ends last in the
    name wins, the longest of those first: 日活跃用户数 -> 日活, 占总收入比例 -> 占比. For a
    growth, only the measure before its word of change counts (搜索量同比增长 -> 搜索量). A
    level in a ``unit`` the concept is not measured in (``kg:measuredIn``) has no measure:
    180 seconds is no 用户数. A growth, or a multiple (``times``), fits any measure.
    """
    forms, pattern = _vocabulary(ontology)
    if pattern is None:
        return None
    if growth:
        name = _base(name) or name
    elif words.SHARE.search(name):
        name = words.SHARE_LABEL  # 占总收入 -> 占比, not 收入
    best: tuple[int, int, str] | None = None
    at = 0
    while True:
        m = pattern.search(name, at)
        if m is None:
            break
        found = (m.end(), len(m.group()), forms[m.group().casefold()])
        best = found if best is None or found[:2] > best[:2] else best
        at = m.start() + 1
    if best is None:
        return None
    units = _units(ontology).get(best[2])
    if not growth and unit not in (None, "times") and units and unit not in units:
        return None  # (a multiple, 是去年的3倍, compares a measure with itself: any fits)
    return best[2]


#: The measure whose figures are an organisation's (see _revenue_owner).
_REVENUE = "https://kg.example/id/metric/revenue"


@lru_cache(maxsize=8)
def _units(ontology: Ontology) -> dict[str, frozenset[str]]:
    """Each measure of the ontology -> the units its levels are written in (``kg:measuredIn``;
    a unit is named by its IRI's local name, which is its ``skos:notation``: kg:count ->
    count)."""
    return {
        term.iri: frozenset(unit.rsplit("#", 1)[-1] for unit in term.measured_in)
        for term in ontology.of_kind("Metric")
        if term.measured_in
    }


@lru_cache(maxsize=8)
def _vocabulary(ontology: Ontology) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Each surface form of the ontology's measures (casefolded) -> its concept, and one
    pattern that finds them (longest first)."""
    forms: dict[str, str] = {}
    for term in ontology.of_kind("Metric"):
        for label in term.labels:
            forms.setdefault(label.casefold(), term.iri)
    if not forms:
        return forms, None
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    if "" in forms:
        return forms, re.compile(alternation, re.IGNORECASE)
    # Every form starts with one of these: the look-ahead turns away any other position with
    # one test, where the engine would try each of the hundreds of forms there (measure_of
    # searches each figure's name, and again from each match).
    starts = "".join(sorted({re.escape(f[0]) for f in forms}))
    return forms, re.compile(f"(?=[{starts}])(?:{alternation})", re.IGNORECASE)
