"""The cue words and sentence shapes the relation rules (:mod:`kg.rules`) read facts with.

They are about how Chinese news writes of products, not about any one article: a speaker is
introduced as 讲师 or credited after ——, a head as X负责人, a link as A + B or A和B…联动.
Extend these tables (not the rules) when a new outlet writes differently. One section per
family of rules, as in :mod:`kg.rules`; the punctuation they share (clause breaks, brackets)
is in :mod:`kg.lang.punctuation`.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "SPEAKER_BEFORE",
    "SPEAKER_AFTER",
    "ATTRIBUTION",
    "CREDIT_START",
    "LEAD_MARKER",
    "HAND_OVER",
    "HAND_OVER_VERB",
    "PRONOUNS",
    "TITLE_END",
    "JOIN_PLUS",
    "JOIN_CONJ",
    "JOIN_VERB",
    "JOIN_SPAN",
    "SCENE_LIST",
    "POSSESSIVE",
    "METRIC_SKIP_BEFORE",
    "METRIC_SKIP_AFTER",
    "METRIC_HEDGE",
    "MONEY_CUE",
    "COUNT_CLASSIFIER",
    "NAME_FILLER_HEAD",
    "NAME_FILLER_TAIL",
    "NAME_TRIM",
    "LIST_SEPARATOR",
    "METRIC_WORD",
    "CLAUSE_OPENER",
    "BARE_YEAR",
]

# ---------------------------------------------------------------- people: presents / leads / role

#: Words right before a name that make the person a speaker at the event.
SPEAKER_BEFORE: Final = re.compile(r"(?:讲师|嘉宾|演讲人|主讲人|据)\s*$")
#: Verbs shortly after a name that make the person a speaker (张颖介绍, 黄铁鸣还预告了).
SPEAKER_AFTER: Final = re.compile(
    r"^\s*(?:还|也|则|就|在会上|在现场|通过[^，。；]{0,30}?)?"
    r"(?:介绍|表示|分享|讲解|讲述|谈到|提到|透露|指出|预告|演讲|宣布|发布|称)"
)
#: A quote credited to its speaker: 「…。」——腾讯公司副总裁、视频号负责人张孝超
ATTRIBUTION: Final = re.compile(r"——\s*([^——]{0,60})$")
#: The mark a credit line before a name starts after (——腾讯公司副总裁、…负责人张孝超).
CREDIT_START: Final = re.compile(r"[，,；;：:“”「」（）()。]|—")
#: X负责人 / X业务负责人 / X总负责人: the person after it leads X.
LEAD_MARKER: Final = re.compile(r"(?:业务|团队|总)?负责人\s*$")
#: 把X交给他: the person it is handed to leads X.
HAND_OVER: Final = re.compile(r"把\s*$")
#: The pronouns that point back to the last person named (他 in 把X交给他).
PRONOUNS: Final = ("他", "她")
HAND_OVER_VERB: Final = re.compile(rf"^\s*(?:交给|交由|交到)\s*(?:了)?\s*({'|'.join(PRONOUNS)})?")
#: A title ends with one of these (腾讯公司副总裁, 首席执行官 ...).
TITLE_END: Final = re.compile(
    r"(?:副总裁|总裁|董事长|副董事长|总经理|副总经理|首席[\u4e00-\u9fff]{1,4}官|CEO|CTO|COO|CFO"
    r"|创始人|联合创始人|合伙人|总监|主席|总编辑?)$"
)

# ---------------------------------------------------------------- products: integrates / involves

#: 视频号 + 微信支付: two products joined by a plus.
JOIN_PLUS: Final = re.compile(r"^\s*[+＋]\s*$")
#: A和B…联动 / 与B互通: a conjunction before the second product (or a list of them) ...
JOIN_CONJ: Final = re.compile(r"和|与|同|跟")
#: ... how far the verb of connection may stand from the conjunction.
JOIN_SPAN: Final = 40
#: ... and a verb of connection later in the sentence.
JOIN_VERB: Final = re.compile(r"联动|融合|互通|打通|互联|联通|结合|整合|交互|协同|连接(?!器)")
#: 在公众号、视频号、小程序等场景: products listed as places where another one works.
SCENE_LIST: Final = re.compile(r"在([^，。；]{1,60}?)等?(?:场景|载体|入口)")
#: The possessive particle: 微信的跨境支付 (the platform's capability), 餐饮的交易.
POSSESSIVE: Final = "的"

# ---------------------------------------------------------------- metrics

#: A number right after these is a rate or an ordinal, not a figure: 每 1 小时, 第 2.
METRIC_SKIP_BEFORE: Final = re.compile(r"(?:每|第|前|后)\s*$")
#: A count right before these is a date, an age, a version or a rank: 3 年前, 12 号, 3.0版本.
METRIC_SKIP_AFTER: Final = re.compile(r"^\s*(?:年|月|日|号|周|天|岁|点|大|版|代|期|届|楼|层|寸|维)")
#: A figure after these in its clause is a comparison or a goal, not a result.
METRIC_HEDGE: Final = re.compile(r"相当于|目标是|目标|好比|如同")
#: A bare amount is money when its clause speaks of money (229 亿 after 实际核销优惠).
MONEY_CUE: Final = re.compile(r"金额|资金|消费|优惠|成交|销售额|交易额|收入|营收|GMV|规模|元")
#: A classifier after the number keeps it a count even where money is spoken of.
COUNT_CLASSIFIER: Final = re.compile(
    r"^\s*(?:人次|名|家|个|位|款|次|份|户|人|条|项|台|所|座|笔|单)"
)
#: Words stripped from the start and the end of a metric name.
NAME_FILLER_HEAD: Final = re.compile(
    r"^(?:今天的?|今年的?|去年的?|目前的?|如今的?|现在的?|其中的?|此外的?|同时的?|已经|已|共有|共计|共|"
    r"已有|累计有|有|的|也|还|都|并|就|而|在|了|通过|使用|其|中)+"
)
#: (Possessive, ``++``: a run of them that does not reach the end, 达到了达到了…x, splits into
#: words in exponentially many ways, and the regex tried every one. Longer words come first,
#: so the first way found is the one that reaches the end whenever any does.)
NAME_FILLER_TAIL: Final = re.compile(
    r"(?:已经|已|也|还|都|将|均|持续|稳步|不断|快速|达到了|达到|高达|达|为|有|是|通过|"
    r"增长至|增长到|增至|提升至|提升到|至|到|了|的|共计|共|总计|一共|累计|占到了|占到|占|"
    r"不到|左右|以内|以下|以上|之后|之前)++$"
)
#: Marks trimmed from both ends of a metric name (after the filler words).
NAME_TRIM: Final = "、-—…,，"
#: Coordinated metric names share one figure: 旅游类、房产类需求增长逾200%.
LIST_SEPARATOR: Final = re.compile(r"、|和|及|与")
#: ... when what they share names a measure (增长, 数, 量 ...), not a thing (多个团队).
METRIC_WORD: Final = re.compile(r"增长|提升|下降|减少|上涨|占比|数|量|率|规模|额|时长|次数|金额")
#: Words that open a clause before its subject: 今天的微信支付…, 目前，企业微信…
CLAUSE_OPENER: Final = re.compile(
    r"(?:今天的?|今年的?|去年的?|目前|如今|现在|其中|此外|同时|而且?|但是?|并且?|另外|"
    r"通过|在|据|就|也|还|\s)+"
)
#: A four-digit year standing alone (以下为2023微信公开课PRO) is a date, not a figure.
BARE_YEAR: Final = re.compile(r"^(?:19|20)\d\d$")
