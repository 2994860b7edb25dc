"""The cue words and shapes the metric rule (:mod:`kg.rules.metrics`) reads figures with.

What makes a number in a sentence a figure about something (a measure noun beside it, a verb
such as 达到 or 增长 before it), what makes it none (a rate, a date, a version, a list
number, a hypothetical, a worked example addressed to the reader, a survey's sample), who
the figure is about (not the research firm or the company that reports it), and whether it
is a level or a growth. Extend these tables, not the rule, when a new outlet writes figures
differently. What a figure *measures* (日活, 交易规模 …) is data of the ontology
(``ontology/metrics.ttl``), not of this module.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "BUSINESS",
    "PLAIN_NUMBER",
    "TABLE_GAP",
    "READS_LABEL_BEFORE",
    "READS_LABEL_AFTER",
    "READS_BELOW_AFTER",
    "METRIC_SKIP_BEFORE",
    "CAPTION",
    "METRIC_SKIP_AFTER",
    "DAY_UNIT",
    "DAY_END",
    "DAY_FRAME",
    "DATE_SKIP_AFTER",
    "METRIC_HEDGE",
    "EQUIVALENCE",
    "EXPECTATION",
    "ACQUISITION",
    "VERSION_MAX",
    "LATIN_BEFORE_GAP",
    "METRIC_LIMIT",
    "SCALE_LABEL",
    "HEADCOUNT_LABEL",
    "THRESHOLD_BEFORE",
    "THRESHOLD_QUALIFIERS",
    "THRESHOLD_OF_NEXT",
    "THRESHOLD_OF_PREVIOUS",
    "RANGE_JOINER",
    "GENERATION",
    "TIME_POINT",
    "ROUND_THE_CLOCK",
    "CONTACT",
    "CONTACT_WINDOW",
    "UNIT_CAPTION",
    "UNIT_CAPTION_AFTER",
    "MARKET",
    "MARKET_WEAK",
    "CALENDAR_NUMBERS",
    "QUESTION",
    "QUOTE_MAX",
    "QUOTES",
    "STRAIGHT_QUOTE",
    "CONVERSION",
    "ESCALATION",
    "CONVERTED",
    "COMPARED",
    "USERS_OF",
    "DESCRIBED",
    "NAME_CUT",
    "SCENARIO",
    "EXAMPLE",
    "EXAMPLE_CLAUSE",
    "EXAMPLE_WORD",
    "SAMPLE",
    "SPOKEN_YUAN",
    "CROWD_OPINION",
    "ENTITLEMENT",
    "PRICE_LABEL",
    "MONEY_NOUN",
    "LIST_MARK_BEFORE",
    "LIST_MARK_AFTER",
    "TITLE_MARKS",
    "SMALL_COUNT",
    "ACTIVITY_MAX",
    "ANAPHORS",
    "FREQUENCY_CLASSIFIER",
    "MONEY_CUE",
    "COUNT_CLASSIFIER",
    "PERSON_CLASSIFIER",
    "HEADCOUNT",
    "PERSON_PRONOUN",
    "SOURCE_BEFORE",
    "VENUE",
    "MEASURED_ACTIVITY",
    "KIND_OF",
    "FOLLOWERS",
    "SOURCE_AFTER",
    "OWN_REPORT",
    "STUDY",
    "ORG_TAIL",
    "TOGETHER",
    "RESPECTIVELY",
    "TIME_PHRASE",
    "FROM_PHRASE",
    "TREND_TAIL",
    "REACHED",
    "LEVEL_VERB",
    "HAVE_VERB",
    "AFTER_STOP",
    "GROWTH_WORD",
    "COMPARISON_TAIL",
    "NAME_FILLER_HEAD",
    "NAME_FILLER_TAIL",
    "NAME_TRIM",
    "NAME_MAX",
    "LIST_SEPARATOR",
    "LIST_JOINER",
    "METRIC_WORD",
    "INDUSTRY",
    "REPORTED",
    "SHARED_MEASURE",
    "CLAUSE_OPENER",
    "LATIN_NAME",
    "BARE_YEAR",
    "SHARE",
    "SHARE_LABEL",
    "SHARE_OF",
]

# ---------------------------------------------------------------- numbers that are no figure

#: A number right after these is a rate, an ordinal, a rank or a label, not a figure:
#: 每 1 小时, 第 2, 前1000款, TOP10, 图1, 榜单之1-20, 双11 (but 不足, 不到 bound a figure from
#: above, which docs/facts-format.md reads as the figure: 10万+文章占比不足0.09% in
#: huxiu-gongzhonghao-annual-review.md, 微视日活不到5000万 in
#: 36kr-shipinhao-qq-xiaoshijie.html); or,
#: after a demonstrative, one given before or at hand, not a new figure: 分析这67座名山各自的特点
#: (liurun-xiaohongshu-doraemon-business.md), 订阅列表里那200个号
#: (2024-liurun-gongzhonghao-douyin-hua.md), 没有告知用户此0.9%非彼0.9%
#: (36kr-pinduoduo-kanyidao-progress-bar.html), 在这3.98亿篇文章中
#: (huxiu-gongzhonghao-annual-review.md); after 满, a threshold: 外卖优惠红包的金额多数是满20-5
#: (niaogebiji-takeout-coupon-gongzhonghao.html), 累计消费满200元
#: (woshipm-luckin-private-domain.html), 年满 18 周岁
#: (ithome-shanghai-consumption-vouchers-alipay-wechat.html), 不满1月.
METRIC_SKIP_BEFORE: Final = re.compile(
    r"(?:每|第|前|后|TOP|Top|top|No\.|NO\.|#|图|表|之|双|[<>≤≥＜＞=+×*]|低于|高于|少于|"
    r"小于|大于|不会|不能|首次|这|那|(?<![因如])此|满)\s*$"
)
#: A figure's or table's caption, numbered (图4.4（6）抖音电商用户特征2 in woshipm-douyin-vs-
#: kuaishou-ecommerce-overtake, 图 7 功能结构-抖音App in woshipm-diantao-vs-douyin-live-commerce):
#: the counts in it number the figure and what it shows, they measure nothing.
CAPTION: Final = re.compile(
    r"\s*(?:图表|图|表)\s*[0-9]+(?:\s*[.．\-－]\s*[0-9]+)*(?![0-9]|\s*[%万亿])"
)
#: A count right before these is a version, a rank, a scale, a size, an angle, a length or a
#: discount: 3.0版本, 360度, 360°, 千万级, 8.8折, 7×24, and lengths, which kg has no unit for
#: (皮蒂获得男子100米蛙泳金牌 and 全红婵在10米跳台上 in cnbeta-tiktok-facebook-metaverse.html,
#: 海拔超过5000米 in liurun-xiaohongshu-doraemon-business.md; not 米粉, Xiaomi's fans), and the
#: other measures the spec has no unit for: areas (占地11万平方米, fresh batch C's 京东 results),
#: weights, storage, clock rates and chip processes (5GHz, 7nm).
METRIC_SKIP_AFTER: Final = re.compile(
    r"^\s*(?:版|代|届|楼|层|寸|维|度|°|级(?!以上)|折|强|英寸|G\b|米(?![粉家])|公里|千米|[=+×*/]"
    r"|平方(?:米|公里)|平米|亩|公顷|吨|公斤|千克|[KMGT]B\b|[GM]Hz\b|nm\b)"
)
#: A count of days (a duration in seconds, kg.lang.numerals) frames a measure or a story
#: unless it ends its clause (会员的有效期为90天，; 需要等待 30 天。; 仅用了 122 天完成): not
#: before what it frames (7天内投放回报, 用户量 10 天破百万, 上线不到20天即登上美区), nor after a
#: word that makes it a window, an age or a term (近30天会员回购率, 在微信上线433天, 让用户免费
#: 体验 30 天, 给了 180 天时间).
DAY_UNIT: Final = "天"
DAY_END: Final = re.compile(r"\s*(?:[，,。；;！!？?、）)]|$|完成|左右|以上)")
DAY_FRAME: Final = re.compile(r"(?:近|过去|前|后|每|共计|上线|体验|给了)\s*$")
#: A plain number (no 万/亿) right before these is a date, a time, an age, a period or a score:
#: 3 年前, 12 号, 7时, 6个月, 4.8分, 8大行业, also a range's lower end (20-29岁) (but 12亿日活用户
#: is a figure). (Days are no count: kg.lang.numerals reads them as a duration, DAY_FRAME above.)
DATE_SKIP_AFTER: Final = re.compile(
    r"^\s*(?:[-–—~～至到]\s*[0-9]+\s*)?(?:年|月|日|号|周|岁|点|大|期|时(?!长)|季|分(?!钟|之)|个月|个季度|线)"
)
#: A figure before 级 or 量级 and a noun (or 以上/以下) names a class of things by their
#: size, not a figure: 十万级以上的微信小程序, 500万至1000万量级平台, 数以千万量级的应用 (but
#: 月活跃用户规模已达10亿量级 and 流量均达百万量级 are levels reached). Matched where the number
#: ends.
SCALE_LABEL: Final = re.compile(r"\s*量?级(?:以上|以下)?的?[\u4e00-\u9fffA-Za-z]")
#: A count of people before 的 and a noun sizes that noun, it measures nothing: 500人的微信群，
#: 就是500人的大公司啊 (chinaz-wechat-group-features.html), 你想要弄一个500人的大群 (ibid.),
#: 双方公司都拉一个10人的协作群 (woshipm-wecom-4-0-datong.html); but 近百人的团队规模 names a
#: measure (see METRIC_WORD). Matched where the number ends.
HEADCOUNT_LABEL: Final = re.compile(r"\s*人的")
#: A length of time before 的 and a noun that names no measure sizes that noun, an event or a
#: thing, it measures no product: 在美国议员5小时的连环高压追问下
#: (2024-shijie-zhou-shouzi-tiktok-ceo.md), 每周40小时的工作机制, 三四个小时的通勤
#: (36kr-online-office-wecom-dingtalk.html), 创建15秒的短视频
#: (cnbeta-tiktok-facebook-metaverse.html); but 每天使用90分钟的用户占比 names a measure (see
#: METRIC_WORD). Matched where the figure ends.
DURATION_LABEL: Final = re.compile(r"\s*的")
#: A figure after 超过/过/破 that sets the bar for the things another figure of its clause
#: counts is no figure: 月活用户规模超过千万的小程序数量已经达到115个
#: (36kr-questmobile-miniprogram-autumn.html), 60个品牌支付GMV过5000万
#: (36kr-shipinhao-brand-livestream.html: also 33个品牌在快手支付GMV破亿). The bar …
THRESHOLD_BEFORE: Final = re.compile(r"(?:超过|超|过|破|突破)\s*$")
#: … or written as the figure's own qualifier (超过千万).
THRESHOLD_QUALIFIERS: Final = frozenset({"超过", "超"})
#: A count past a bar (过, 超过, 以上: THRESHOLD_BEFORE, THRESHOLD_QUALIFIERS, BAR_QUALIFIERS)
#: before 的 and a noun that names no measure names a class of things by the bar they pass, it
#: measures nothing: 日活过百万的产品也越来越多 (2018-layabox-tencent-billiards-3d-minigames.html),
#: 月流水过千万的都寥寥无几, 能够实现月流水5亿以上的产品迄今为止不到10款
#: (jianshu-honor-of-kings-tencent-q1-2017.html); but 超过1亿的用户 names a measure (see
#: METRIC_WORD) and 有超过200万的小程序 has it (HAVE_VERB). Matched where the number ends.
BAR_LABEL: Final = re.compile(r"\s*的(?![\s0-9])")
#: … when the bar is one of a measure written straight before it (日活过, 月流水, 用户超过): a
#: count after a verb is what it counts, 帮助品牌连接超过百万的线下小店 (the seeds' 2023 PRO).
BAR_MEASURE: Final = re.compile(
    r"(?:日活|月活|DAU|MAU|用户|流水|营收|收入|粉丝|GMV|销量|销售额|播放量?|下载量?|[数量额])"
    r"\s*(?:过|超过|超|破|达|在)?\s*$"
)
#: … unless the thing so named is what the clause says its subject is: 微信诞生，并逐渐成长为一个
#: 月活超12亿的巨头 (2023-liurun-taobao-wechat-pay.md) is 微信's 月活.
BAR_SUBJECT: Final = re.compile(r"(?:为|是)一[个款家]")
BAR_QUALIFIERS: Final = frozenset({"超过", "超", "以上"})
#: … before the things counted (the text up to the next figure) …
THRESHOLD_OF_NEXT: Final = re.compile(r"^\s*的[^，,。；;]{0,12}?(?:数量|个数|数)[^，,。；;]{0,6}$")
#: … or after a count of things and what they pass (the text from the figure before; not a
#: time: 上线3个月用户突破1亿 is a figure).
THRESHOLD_OF_PREVIOUS: Final = re.compile(r"^\s*(?:个(?![月季星小工多])|家|款)[^，,。；;\d]{1,12}$")
#: A share before these is a stake in the company named straight before it, which is what was
#: bought, not what the share measures: DST…购入了京东8.8%股份, 购入小米7%的股份
#: (2024-shijie-zhou-shouzi-tiktok-ceo.md). Whether it is then the buyer's is another question:
#: docs/facts-format.md says an investor's purchase of a stake is not the investor's metric,
#: while eval/tune's gold keeps 微盟's 收购…海鼎51%的股权 and eBay's 收购易趣33%股份; this pattern
#: only keeps the figure from the company bought. Matched where the figure ends.
STAKE: Final = re.compile(r"\s*的?(?:股份|股权)")
#: What joins the two ends of a range: 500万至1000万, 20-29岁.
RANGE_JOINER: Final = re.compile(r"^\s*(?:至|到|-|~|～|—)\s*$")
#: A two-digit number before 后 names a generation, not a figure: 70后、80后用户 (an age's
#: range, 20-29岁, is read by DATE_SKIP_AFTER's 岁 after the range). Matched where the number
#: starts.
GENERATION: Final = re.compile(r"[0-9][05]\s*后(?![台端续期来])")
#: A duration before 后/前 says when, not how long: 发布14小时后, 10小时之前的消息推送.
TIME_POINT: Final = re.compile(r"^\s*(?:之|以)?[前后]")
#: 24 hours is round the clock, not a measured time: 可以24小时实时盯着, 限制时间在24小时.
ROUND_THE_CLOCK: Final = re.compile(r"^24\s*(?:个)?小时$")
#: Numbers of a contact line are no figures: 电话：(86) 755 86013388 内线88369 (a label and
#: its colon: 拨打家长电话，…连通率提升超6倍 is a figure).
CONTACT: Final = re.compile(r"(?:电话|传真|热线|手机|邮箱|[Tt]el|TEL|[Ff]ax)\s*[:：]|内线|分机")
#: ... looked for this many characters before the number.
CONTACT_WINDOW: Final = 30
#: A magnitude with no number after 人民币, before a bracket or a space, is a table's unit
#: caption: 人民币百万元（特别说明除外）, 已报告 调整 人民币百万元 非通用会计准则.
UNIT_CAPTION: Final = re.compile(r"人民币\s*$")
UNIT_CAPTION_AFTER: Final = re.compile(r"^(?:\s|[（(]|$)")
#: A figure of a whole market or of a country's internet users is no one's figure, whatever
#: its clause names: 移动购物APP行业用户规模, 中国移动互联网用户规模, 年末互联网上网人数 …
MARKET: Final = re.compile(r"行业(?:市场|用户)?规模|市场规模|互联网用户规模|上网人数")
#: … and so is one of a country, its netizens or the whole web where the clause names no
#: product or organisation (a capability is an industry there): 我国短视频用户规模, 观看短视频的
#: 网民占比, 全网短视频账号总数有15.5亿个 (huxiu-douyin-ecommerce-creators.md) (but 我国微信用户
#: would be 微信's, and 全网小程序数量超过700万 is 小程序's, 36kr-miniprogram-dau-aladdin.html).
MARKET_WEAK: Final = re.compile(r"我国|网民|全网")
#: A figure below a limit is no figure: 100人以下组织 (a bound, not a count).
METRIC_LIMIT: Final = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,2})?(?:以下|以内|之内)")
#: Figures side by side with only spaces (and a negative's brackets) between them are the
#: cells of a table copied as text (收入 35,691 23,429 35,691, (786) 356 398): no sentence
#: writes its figures so, and what a cell measures is in the table's head, not beside it.
TABLE_GAP: Final = re.compile(r"^[()（）]*\s[\s()（）]*$")
#: 10万+ before 文章 (or after 原创) names a class of articles, those read 100,000 times
#: or more, not a figure: 原创10万+文章占比21.41%, 10W+的爆款文章.
READS_LABEL_BEFORE: Final = re.compile(r"原创\s*$")
READS_LABEL_AFTER: Final = re.compile(r"^\s*的?(?:爆款|原创)?(?:文章|爆文)")
#: … and 1万- before 文章 the class of those read fewer than 10,000 times: 1万-文章占比超过
#: 98.62%, 1万-文章才是大多数创作者的常态 (huxiu-gongzhonghao-annual-review.md).
READS_BELOW_AFTER: Final = re.compile(r"^\s*[-－]\s*的?(?:爆款|原创)?(?:文章|爆文)")
#: Numbers that name a day of the shopping calendar, not an amount: 618, 双11.
CALENDAR_NUMBERS: Final = frozenset({"618", "1111", "11.11"})
#: A question states no figure: 为什么微信没有让用户设置超过1次的直播预约链接？
QUESTION: Final = re.compile(r"[？?][”」』）)\s]*$")
#: A figure in quotes this short is a name or a slogan: “77会员卡”, “充10送10”.
QUOTE_MAX: Final = 20
QUOTES: Final = (("“", "”"), ("「", "」"))
#: … or in straight quotes, which web clips use for both ends (an odd count of them before the
#: figure opens a quote): 提出 "0 元入驻" 政策 (2024-latepost-bytedance-ads-slowdown.md).
STRAIGHT_QUOTE: Final = '"'
#: A figure after these in its clause is a comparison, a goal or a hypothesis, not a result:
#: 好比…, 假如有1亿人; a plan for the years ahead is a goal too: 计划五年内业务翻倍
#: (latepost-foxconn-leapmotor-keeta-xiaohongshu-roundup.md; docs/facts-format.md, plans).
METRIC_HEDGE: Final = re.compile(
    r"目标是|目标|好比|如同|假如|假设|如果|倘若|假若|若是|要是|计划[^，,。；;]{0,8}年(?:内|之内)"
)
#: A condition in an earlier clause makes a figure after a word of consequence in its own
#: clause what would follow, not a result: 如果一天内有1000个用户下单，一个公众号就能获得大概
#: 1200元的佣金，一个月下来就是36000元 (niaogebiji-takeout-coupon-gongzhonghao.html), 如果仅按照
#: 消息中的平均值20%来推算，后续裁员人数有可能达到2万人左右 (36kr-tencent-employees-pay-rise.html),
#: 一旦实现这个目标，TikTok将踏入Facebook社交矩阵的10亿月活圈
#: (cnbeta-tiktok-facebook-metaverse.html). A condition that only restates a result says no
#: consequence: 如果剔除投资收益，…腾讯净利润累计增长了60% (36kr-tencent-results-vc.html).
#: 若 alone says if too (若此轮融资成功，这一比例将跃升至 66 倍), not in 若干 (several).
CONDITION: Final = re.compile(r"如果|假如|假设|倘若|假若|若是|要是|一旦|只要|若(?!干)")
CONSEQUENCE: Final = re.compile(r"就|便|将(?!近)|可能")
#: A figure after the market's or analysts' expectation in its clause is theirs, not the
#: company's result: 市场预期 109 亿美元, 不及市场预期的 302.5 亿美元
#: (ithome-meta-q4-2021-call-tiktok.html), 这大约是分析师估计的 109 亿元人民币的利润和 393 亿元
#: 人民币的收入 (techcrunch-zh-tencent-q3-2016.md). (A result said to beat it comes first: 营收
#: 达205亿元，同比增长33.4%，超越市场预期.) A broker's forecast is an analyst's: 有券商预计2020-2023
#: 年公司广告复合增速应该可以接近 50% (woshipm-q3-results-moats-tencent-alibaba-kuaishou.html).
EXPECTATION: Final = re.compile(
    r"(?:市场|分析师|华尔街|机构|券商)(?:此前)?(?:的)?(?:普遍|一致|平均)?(?:预期|预计|估计|预测|期望)"
)
#: A figure in a clause that buys a company or a stake in it is the price or the stake, which
#: docs/facts-format.md says is no metric of the buyer nor of the company bought: 以20亿美元的价
#: 格收购了Oculus (cnbeta-tiktok-facebook-metaverse.html), 10亿收购Instagram、190亿收购WhatsApp
#: (36kr-facebook-tiktok-wechat-moat.html), 以3000万美元的价格收购易趣33%股份
#: (2023-liurun-taobao-wechat-pay.md), 为并购沐瞳科技一口气豪掷了40亿美元
#: (gameres-tencent-bytedance-games-battle.html). A stake held is a figure (腾讯持有快手
#: 21.57%的股权).
#: So is money paid for a stake or a business, or put into another company (出资, 购入, 卖给,
#: 向…投资了): DST"爽快"地出资5亿美元，购入了京东8.8%股份, DST用5亿美元购入小米7%的股份
#: (2024-shijie-zhou-shouzi-tiktok-ceo.md), 他们还向 Flipkart 投资了 12 亿美元
#: (hackernoon-zh-chinese-tech-trio-holdings.md), 百世将中国业务以 68 亿元人民币的价格卖给极兔
#: (latepost-foxconn-leapmotor-keeta-xiaohongshu-roundup.md). Money a company raises is its figure
#: (获得500万美元战略投资, 完成超45亿元Pre-IPO轮融资), and so is its investment income (投资收益);
#: not 斥资, which also spends on a plan (a plan's budget is a figure: docs/facts-format.md).
ACQUISITION: Final = re.compile(r"收购|并购|出资|购入|卖给|向[^，,。；;]{1,12}?投资了")
#: After 相当于 a count of things that names no measure is an analogy (相当于观众坐满了 100+ 个
#: 鸟巢, 36kr-shipinhao-brand-livestream.html); any other figure restates one as a share or a
#: rate, and is one: 相当于年度盈利的48%, 相当于腾讯总资产的47% (36kr-tencent-results-vc.html),
#: 相当于平均每天的产出量为213.79篇 (huxiu-gongzhonghao-annual-review.md), 相当于每天净赚4.92亿元
#: (unknown-tencent-2024h1-results.txt).
EQUIVALENCE: Final = re.compile(r"相当于")
#: A sentence that addresses the reader tells a scenario, and its prices are worked
#: examples: 你打开网购平台，9块9包邮的商品，随手就买了 (迷你, mini, addresses no one:
#: 迷你程序建立在微信巨大成功的基础上…拥有 7.68 亿每日用户, techcrunch-zh-wechat-mini-programs.md).
SCENARIO: Final = re.compile(r"(?<!迷)你|您")
#: A sentence that opens as an example and names no organisation tells a worked example, and
#: its figures are the example's: 比如，做社群，好不容易拉了100个企业微信群
#: (liurun-tencent-quanyu-report.md), 举个例子：比如两家公司合作一个项目，双方公司都拉一个10人的
#: 协作群 (woshipm-wecom-4-0-datong.html); 比如视频号直播：“…社交网络收入增长8%…” quotes no
#: one's figure that names its owner (36kr-shipinhao-brand-livestream.html). An example of a
#: named organisation is a case: 举个例子，屈臣氏…聚合了超过2亿用户.
EXAMPLE: Final = re.compile(r"\s*(?:举个例子|举例来说|举例|打个比方|比如说?|例如|譬如)")
#: … and one that opens a later clause (after a comma, a colon or a quote mark) makes the
#: figures after it the example's when it names no product or organisation before them:
#: 比如A游戏只有1万日活，那B游戏有10万日活 (layabox-minigame-traffic-sharing.md),
#: 解释道：“比如说投入1万，游戏收入可以达到3万 (layabox-qq-light-games-250m.md),
#: 比如原先 8 元的折扣可以膨胀至 50 元 (2024-latepost-bytedance-ads-slowdown.md); but
#: 比如优酷的市场份额仅有腾讯视频和爱奇艺的三分之一 and 比如：西城男孩的演唱会有2700万人围观 are
#: cases.
EXAMPLE_CLAUSE: Final = re.compile(
    r"(?:^|[，,；;：:。“「])\s*(?:举个例子|举例来说|打个比方|比如说?|例如|譬如)"
)
#: … whose words a sentence must hold for it to give an example at all (one search says so).
EXAMPLE_WORD: Final = re.compile(r"比如|例如|譬如|举个例子|举例来说|打个比方")
#: An amount in 块, the spoken word for yuan, with no 万 or 亿, is the price of a worked
#: example told as one speaks, not a figure: 我愿意出1块5，就有人愿意出2块
#: (2023-liurun-taobao-wechat-pay.md), 只要花1块钱成本…得5块钱销售、2块钱利润
#: (liurun-taobao-changes-2023.md), 你打开网购平台，9块9包邮的商品. Matched on the amount's text.
SPOKEN_YUAN: Final = re.compile(r"块$")
#: A survey's sample is no figure of what is surveyed: 调研了2000名用户.
SAMPLE: Final = re.compile(r"调研|调查|访谈|问卷|受访|样本|抽样|抽取")
#: A crowd of people who complain about a product, find it hard or would teach its makers is a
#: manner of speaking, not a count of its users: 每一天 5 亿人吐槽，有 1 亿人在教我如何做产品,
#: 有 8 亿人看不懂 (2019-unknown-zhang-xiaolong-wechat-night-speech.txt, twice), 每天都有 5 亿人
#: 在说我们做的不好，还有 1 亿人想教我怎么样做产品 (woshipm-wechat-8022-perf-tool.html), 每天都有
#: 一万个人想要教微信如何做产品 (36kr-wechat-status-farm.html). Matched where the number ends.
CROWD_OPINION: Final = re.compile(
    r"\s*个?人(?:在|都|还|想要?|会)*(?:吐槽|教|看不懂|说我们|骂|抱怨)"
)
#: An amount of money a user can get or spend under a scheme is a worked example of its terms,
#: not a figure: 首次入会可获得3元礼包, 每月可领取3元优惠券福利 (woshipm-luckin-private-domain),
#: 就可以享受…每日早餐减 2 元 (36kr-laoxiangji-private-domain), 用户充值后即可花 1 元抓娃娃
#: (36kr-leyaoyao-gongzhonghao-ads). Looked for before the amount in its clause.
ENTITLEMENT: Final = re.compile(r"可(?:以)?(?:获得|领取|领|享受|享|花|得到|兑换|抵扣)")
#: What follows an amount of money that names a class of goods or buyers by their price
#: (see MONEY_NOUN): 单价100-200元的护肤类产品, 单价在100元左右的个护及生活类电器, 月度线上消费能力
#: 超2000元的用户占比, 线上消费在2000元以上的占比 (36kr-questmobile-livestream-ecommerce.html),
#: 原先 8 元的折扣 (2024-latepost-bytedance-ads-slowdown.md), 用户只购买了9.9元的商品
#: (liurun-tencent-progress.md). Matched where the amount ends.
PRICE_LABEL: Final = re.compile(r"\s*(?:以上|以下|左右)?的")
#: … unless the noun after it names money (780亿元的投资收益, 超过千亿元的销售额; and MONEY_CUE).
MONEY_NOUN: Final = re.compile(r"收益|资金|款|费|价")
#: A bare number that opens a clause and is followed by one of these, or follows an opening
#: bracket there, numbers a list: 1、随着…, 2.1高奢品牌…, （3）.
LIST_MARK_BEFORE: Final = re.compile(r"^[\s（(【\[#*•·]*$")
LIST_MARK_AFTER: Final = re.compile(r"^(?:[、.．)）\]】]|\s|[\u4e00-\u9fff“「])")
#: Titles in these marks are names, and their numbers no figure: 《2022中国移动互联网半年大报告》.
TITLE_MARKS: Final = ("《", "》")
#: A bare count this small, with no measure word in its name, describes (两款游戏, 5个tab,
#: 3张优惠券) rather than measures; one of how often (推送4次) still measures.
SMALL_COUNT: Final = 20
#: A bare number below this after a Latin word and a space is its version, no figure: iOS 14
#: 的政策调整 (ithome-meta-q4-2021-call-tiktok.html; a version with a dot, Android 8.0.18, is
#: read as one already). Matched in the last few characters before the number.
VERSION_MAX: Final = 100
LATIN_BEFORE_GAP: Final = re.compile(r"[A-Za-z]\s+$")
#: A capability named in this many characters or fewer is a trade or an activity (电商, 直播,
#: 游戏, 广告, 支付, 订阅, 分享), too general to be what a figure measures: 9月电商复购率突破70%
#: is 快手's (woshipm-q3-results-moats-tencent-alibaba-kuaishou.html), 企业通讯软件 Workplace 的
#: 付费用户 Workplace's (ithome-facebook-workplace-7m-paid.html), 游戏公司Roblox…市值 Roblox's
#: (cnbeta-tiktok-facebook-metaverse.html). In eval/tune one such subject of 66, in 25
#: articles, was right, and 4 of 1095 gold figures have one.
ACTIVITY_MAX: Final = 2
#: A clause that speaks of 该公司 with nothing named between it and a figure is about the
#: organisation it points back to: 阿里巴巴使用了…旷视科技的 Face++技术，该公司从…投资者那里筹集了
#: 超过 1.5 亿美元 is 旷视科技's (techcrunch-zh-alipay-smile-to-pay-kfc.md), 该公司在此期间的净利润
#: 为 87 亿元 阿里巴巴's (techcrunch-zh-alibaba-revenue-jumps-61-2018.md); also Slack…该公司宣布
#: (ithome-facebook-workplace-7m-paid.html), 该公司报告…净利润为 106 亿元
#: (techcrunch-zh-tencent-q3-2016.md). Not 该平台 or 该应用程序, which point back as often
#: to a platform named in passing (微信是中国 iOS 和 Android 的顶级应用程序——…该应用程序拥有
#: 7.68 亿每日用户).
ANAPHORS: Final = ((re.compile(r"(?:该|这家)(?:公司|集团)"), "Organization"),)
#: An aside in round brackets, one level deep: a name in it is what the figures outside it
#: are about no more than a name in passing is: 发给 Open Manus （调用 Claude 3.7 模型），
#: 等待 7 分钟，消耗 25.7 万 token (latepost-manus-founders-wechat-tools.md).
ASIDE: Final = re.compile(r"[（(][^（()）]*[）)]")
FREQUENCY_CLASSIFIER: Final = re.compile(r"^\s*(?:次|倍|席)")

# ---------------------------------------------------------------- units

#: A bare amount is money when its clause speaks of money (229 亿 after 实际核销优惠). Not the
#: people who pay or spend (付费用户, 免费用户, 消费者: 付费用户已经达到 700 万 in
#: ithome-facebook-workplace-7m-paid, 付费用户数量从…的 11 万增加到… 15.6 万), nor 元 inside
#: a word (元宇宙, 腾讯元宝, 多元, 单元). Losses, fines, costs, subsidies and revenue shares
#: are money too (投资损失50亿, 阿里巴巴…182亿 罚款 in
#: woshipm-q3-results-moats-tencent-alibaba-kuaishou; 广告分成接近100亿 in
#: 2022-kinghcj-mini-program-present-future). So are sales and gains told as a creator's or a
#: worker's (单月带货额最高达到26万, 单月获利可达到2.6万 in 36kr-douyin-local-life-tandian;
#: 2020年因人均年薪81万上热搜 in 36kr-tencent-employees-pay-rise), a game's takings
#: (月流水在春节后实现超30亿 in jianshu-honor-of-kings-tencent-q1-2017; not 流水线) and an
#: output's worth (800亿产值).
MONEY_CUE: Final = re.compile(
    r"金额|资金|消费(?!者)|优惠|成交|销售额|销售业绩|交易额|收入|营收|GMV|交易规模|成交规模|市场规模|"
    r"(?<![多单纪])元(?!宇宙|宝|旦|素)|"
    r"盈利|利润|毛利|亏损|开支|费用(?!户)|现金流|估值|市值|融资|收购|价格|售价|单价|佣金|入账|净赚|回购|营业额|"
    r"损失|罚款|罚金|公允价值|成本|补贴|分成|带货额|获利|[年月]薪|薪酬|薪资|工资|流水(?!线)|产值"
)
#: A classifier after the number keeps it a count even where money is spoken of (人 of
#: 人工智能 or 人民币 is none: 量子位2024人工智能年度评选 names a year).
COUNT_CLASSIFIER: Final = re.compile(
    r"^\s*(?:人次|名|家|个|位|款|次|份|户|人(?!工智能|民币)|条|项|台|所|座|笔|单|张|场|种|席|轮|间|辆|套|枚|"
    r"本|篇|首|节|部|支|只)"
)
#: A classifier of people: 400多人 (what the figure counts is a number of people).
PERSON_CLASSIFIER: Final = re.compile(r"^\s*(?:人次|名|位|人)(?![民工员才群])")
#: ... and the name it gets when nothing else names it: 裁了400多人 -> 裁员人数.
HEADCOUNT: Final = "人数"
#: A person's pronoun, in a figure's clause after its last name: the figure is what that
#: person does or owns (他每年会约见350个创业者 and 他已经深入研究过1000家企业 in
#: 2024-shijie-zhou-shouzi-tiktok-ceo; 他每个月有能力开 30 个款 and 他工厂的产能目前有 90% in
#: 2023-latepost-temu-factories). Not 其他 (other), 他人 (others) nor 他们 (a crowd of users).
PERSON_PRONOUN: Final = re.compile(r"(?<!其)[他她](?![们人])")

# ---------------------------------------------------------------- whose figure it is

#: A capability written straight before the measure it qualifies is part of the measure's
#: name, not what the figure is about (matched right after its name): 点赞数超1.6万, 在看数,
#: 月活跃登录量, 游戏活跃用户达到37%, DAU分享进入用户超20%, 视频号直播间在线人数; also the
#: business whose revenue is measured: 广告收入占总收入的39% (阿里's,
#: woshipm-top10-internet-business-layout.html), 字节中国区单季度广告同比增速
#: (2024-latepost-bytedance-ads-slowdown.md), 品牌展示广告收入
#: (tencent-2016-q2-interim-results.txt), 视频号小店直播带货销售额同比增长
#: (liurun-tencent-progress.md).
MEASURED_ACTIVITY: Final = re.compile(
    r"[^\W\d_的]{0,3}?(?:用户|人数|次数|数|量|率|收入|增速|销售额)"
)
#: What may stand between a capability and the product whose kind it names: 社区团购类微信小程序.
KIND_OF: Final = re.compile(r"类?")
#: A count of followers is an account's, never a platform's or a feature's: 小红书：目前粉丝超过
#: 15万 and 微博：目前粉丝为76.2万 are 瑞幸's accounts (woshipm-luckin-private-domain.html),
#: 整个平台每天能为公众号涨粉约 30 万个 is 乐摇摇's (36kr-leyaoyao-gongzhonghao-ads.html),
#: 137万粉丝掉了三分之一 and 靠着优质内容吸引了900多万粉丝 are creators'
#: (huxiu-douyin-ecommerce-creators.md). Looked for in a count's name.
FOLLOWERS: Final = re.compile(r"粉丝|[涨吸增掉]粉")
#: A product written right after these is where or by what a brand named before it reached
#: its figure (see kg.rules.metrics._brand_on): 绿城…就在小红书试点城市里实现了1.8亿的成交额
#: (liurun-xiaohongshu-doraemon-business.md), 红蜻蜓5000名导购转移至线上，并通过小程序、会员群等
#: 方式进行吆喝，当月连续多日线上销售额超过100万元 (36kr-shipinhao-brand-livestream.html),
#: 海王星辰2万名店员通过企业微信连接了全国800万顾客 (the seeds). Matched where the product starts
#: (not 至于, 由于: 于 is none of them).
VENUE: Final = re.compile(r"(?:在|通过|借助|依靠|依托)$")
#: Who reports a figure is not what it is about: 据QuestMobile, 根据新榜…
SOURCE_BEFORE: Final = re.compile(r"(?:据|根据|来自|援引|依据|引用)\s*$")
#: … QuestMobile数据显示, 阿拉丁研究院预测, 腾讯提到了微信…的合并月活跃账户数.
SOURCE_AFTER: Final = re.compile(  # (spaces are read after a word, never twice: see USERS_OF)
    r"^\s*(?:(?:的|最新|发布的?|此前|近日|日前|方面|还|也|则)+"
    r"(?:数据|报告|统计|调查|研究|测算|分析|白皮书|财报|年报|季报|业绩报告|公告)?\s*"
    r"|(?:数据|报告|统计|调查|研究|测算|分析|白皮书|财报|年报|季报|业绩报告|公告)\s*)?"
    r"(?:显示|表明|指出|称|预计|预测|统计|测算|认为|披露|透露|表示|提到|介绍|公布|回应|宣布|分享)"
    r"|^[^，,。；;]{0,16}?(?:分析|整理|调研|研究)?(?:发现|显示|表明|指出|测算|统计)"
)
#: … unless it is its own report: 有赞发布的2021年业绩报告显示，其年度亏损…
OWN_REPORT: Final = re.compile(r"财报|年报|季报|业绩|公告")
#: A name whose report, survey or study shows a figure tells the figures of what it studied,
#: never its own, also when the sentence names nothing else: 谷歌、贝恩公司的一份调查报告显示，
#: 东南亚六个主要国家…互联网人口渗透率超过75% (36kr-tiktok-livestream-ecommerce-overseas.html),
#: 中国邮政快递报社22日发布的报告显示，…月收入超过1万元的仅占1.3% (xingtu-weekly-news-e-cigarette-
#: xinjiang-cotton.html). Not 数据 or 统计, which a company keeps of its own business too
#: (美团数据显示), nor its own report (OWN_REPORT).
STUDY: Final = re.compile(r"报告|调查|调研|研究|白皮书")
#: A figure in brackets right after another restates it (三成（30%）), unless both are amounts
#: of two currencies: 403.88亿元（60.48亿美元） is one figure per currency (the spec).
CONVERSION: Final = re.compile(r"^\s*[（(]\s*$")
#: A figure right after another of its unit and 甚至 is the speaker's guess beyond it, not a
#: second figure: 估值在6个月内可以翻上10倍甚至20倍, 超过90%，甚至95%依然还没有实现盈利,
#: 80%甚至95%以上 (the gold of eval/tune keeps the first of each; a figure with its own words
#: between, 甚至头部商家可达六七百万, is read).
ESCALATION: Final = re.compile(r"^\s*+[，,]?\s*+甚至(?:于|是)?\s*$")
#: … and one in brackets after an amount in yuan is the same amount in another currency, of the
#: same owner: 该公司在此期间的净利润为 87 亿元人民币(13 亿美元)
#: (techcrunch-zh-alibaba-revenue-jumps-61-2018.md; the shape of every techcrunch-zh result).
CONVERTED: Final = re.compile(r"^\s*(?:人民币\s*)?[（(]\s*$")
#: A clause that opens with a comparison and names nothing compares the figure before it with
#: an earlier one, of the same owner: 其 Teams 产品现在拥有超过 1.45 亿的日活跃用户，比 2020 年 4
#: 月的 7500 万增加了 93% 以上 (ithome-facebook-workplace-7m-paid.html).
COMPARED: Final = re.compile(r"\s*(?:比|较|相比|相较)")
#: Users of a product: the product after the figure is what it is about (每天有10.9亿用户打开
#: 微信, 4亿用户使用小程序, 115 万名员工在使用企业微信, 3.3亿人进行视频通话, 3.1亿用户玩过
#: 小游戏).
#: (Each optional word takes the spaces after it, so that no two ``\s*`` meet and a long run of
#: spaces is read once.)
USERS_OF: Final = re.compile(
    r"^\s*(?:(?:人次|名|位|人|个)(?:用户|员工|人|网民|观众)?\s*|(?:用户|员工|人|网民|观众)\s*)?"
    r"(?:(?:每天|每月|都|在|还|会)\s*)?"
    r"(?:使用|进入|打开|访问|登录|观看|进行|体验|下载|安装|用上|关注|通过|选择|玩过|玩)了?\s*$"
)
#: A figure that describes the name after it: 市值2400亿美元的中国互联网巨头腾讯.
DESCRIBED: Final = re.compile(r"^[^，,。；;的]{0,4}的[^，,。；;的]{0,10}$")
#: A name is cut after the last of these when what follows names a measure: 逐渐成长为一个
#: 月活 -> 月活, 腾讯控股实现营收 -> 营收.
NAME_CUT: Final = re.compile(
    r"成长为|成为|变为|变成|作为|实现了?|做到了?|达成了?|创下了?|拥有|带来了?|贡献了?|产生了?|"
    r"获得了?|完成了?|吸引了?|卖出了?|录得|入账|为|是|有"
)
#: What may follow an organisation's name and belongs to it: 腾讯控股, 有赞方面, 微盟集团.
ORG_TAIL: Final = re.compile(r"(?:控股|集团|公司|股份|科技|方面)+")
#: Names listed before one figure share it: 腾讯文档、金山文档微信小程序均突破1亿流量.
TOGETHER: Final = re.compile(r"均|都|皆|各自")
#: A list of names, or of figures, mapped one to one: A、B分别为x、y.
RESPECTIVELY: Final = "分别"

# ---------------------------------------------------------------- the name of a figure

#: When a figure was measured is no part of its name: 2024年第二季度, 今年上半年, 截至2021年末,
#: 2023年Q1, 过去两年, 同年.
TIME_PHRASE: Final = re.compile(
    r"(?:截至|截止到?|到了?|在|于|从|自|过去)?"
    r"(?:(?:[0-9]{4}年?|今年|去年|前年|明年|当年|同年|当时|此后|目前|如今|现在|此前|期内|年内|"
    r"上年同期|去年同期|同期|两年|三年|[0-9]+年)(?:的)?"
    r"(?:第?[一二三四1-4]季度|Q[1-4]|[上下]半年|全年|年初|年底|年末|年中|前三季度|"
    r"[0-9]{1,2}月份?(?:[0-9]{1,2}[日号])?(?:底|末|初)?|[0-9]{1,2}-[0-9]{1,2}月|初|底|末)?"
    r"|第?[一二三四]季度|[上下]半年|前三季度)"
    r"(?:以来|期间|之前|之后|时|中|里)?"
)
#: 依然在继续增长，达到8.46亿: a clause that tells a trend before the level it reached.
TREND_TAIL: Final = re.compile(
    r"(?:依然|仍然|仍|还|继续|持续|不断|稳步|一直|在)*(?:增长|上升|提升|下降|下滑|扩大)$"
)
#: 交易规模达数万亿元: a clause that says its measure reached a level it gives no figure for.
REACHED: Final = re.compile(r"(?:已经|已)?(?:达到|达|超过|突破|接近|高达)")
#: 从2020年的N, 由最高时的N: where a change starts is no part of the name (but 自由现金流,
#: 由于 are words).
FROM_PHRASE: Final = re.compile(r"(?:已经?)?(?:从|(?<![自理经缘])由(?!于))[^，,]{0,14}$")
#: A verb of change followed by 至/到 gives the level reached, not a growth: 增长到3603人,
#: 升至32.9亿元, 缩窄至2.95亿元.
LEVEL_VERB: Final = re.compile(
    r"(?:增长|提升|上升|下降|减少|降低|扩大|缩窄|缩小|回落|回升|增|升|降|涨|跌|变为|变成|达)"
    r"了?(?:至|到)了?$|变为$"
)
#: A verb of having or achieving before a figure: its name is the noun after it
#: (做到了3%的退货率, 达成了161万的视频号直播场观, 拥有7.68亿每日用户).
HAVE_VERB: Final = re.compile(
    r"(?:有|拥有|拥|实现|做到|做|达成|创下|获得|吸引|卖出|积累|聚集|收获|带来|产生|完成|占据|"
    r"迎来|录得|入账|突破|超过|达到|达|高达|为|是|破)了?$"
)
#: Where the noun after a figure ends.
AFTER_STOP: Final = re.compile(
    r"[，,。；;：:、（(！？!?]|并|且|而|但|同比|环比|较|相比|相较|比去年|达到|超过|为|是|在|让|使|将|"
    r"通过|进行|用于|就|也|还|都|已|均|被|—|\s|使用|进入|打开|访问|登录|观看|体验"
)
#: Words of change: a figure whose name has one is a growth (同比增长54%, 提升30%, 翻倍).
GROWTH_WORD: Final = re.compile(
    r"增长率|增长|增加|提升|提高|上涨|上升|下降|下滑|减少|降低|缩短|缩减|扩大|增幅|增速|涨幅|降幅|"
    r"跌幅|翻倍|翻番|翻了|上涨|高出|多出|减掉|减员|裁员"
)
#: What may stand between a measure and its word of change: 搜索量同比增长, DAU较2020年分别增长.
COMPARISON_TAIL: Final = re.compile(
    r"(?:同比|环比|较|比|相比|相较|对比)?(?:[0-9]{4}年|去年同期|上年同期|去年|上年|同期|过去|"
    r"半年前|此前|之前|行业|同行业)?(?:的)?(?:分别|均|都|仅|又|再|已经|已|也|持续|稳步|大幅|"
    r"明显|进一步|超过|高达|了)*$"
)
#: Words stripped from the start of a metric name.
NAME_FILLER_HEAD: Final = re.compile(
    r"^(?:今天的?|今年的?|去年的?|目前的?|如今的?|现在的?|其中的?|此外的?|同时的?|已经|已|共有|共计|共|"
    r"已有|累计有|有|的|也|还|都|并|就|而|在|了|通过|其|中|由于|因为|随着|但是?|且|更|又|再|"
    r"仅仅|仅|只|却|大约|约|近|将|则|即|另外|此外|而且|并且|当时|此后|整体上?|总体上?|"
    r"实现了?|做到了?|达成了?|创下了?|拥有|带来了?|贡献了?|产生了?|获得了?|以|于|对|"
    r"为|是|这一|这个|那个|这|该|一个|其(?![它他余实中])|虽然|不过|可是|有望|逐渐|以及|和|与|及|平均|进行|"
    r"，|,)+"
)
#: (Possessive, ``++``: a run of them that does not reach the end, 达到了达到了…x, splits into
#: words in exponentially many ways, and the regex tried every one. Longer words come first,
#: so the first way found is the one that reaches the end whenever any does.)
NAME_FILLER_TAIL: Final = re.compile(
    r"(?:已经|已|也|还|都|将|均|持续|稳步|不断|快速|达到了|达到|高达|达|为|有|是|通过|"
    r"增长至|增长到|增至|提升至|提升到|至|到|了|的|共计|共|总计|一共|累计|占到了|占到|占|"
    r"不到|左右|以内|以下|以上|之后|之前|突破|破|超过|仅|只有|只|将接|分别|各|"
    r"保持|维持|稳居|稳定在|在|就|又|再|更|仍然|仍|依然|同样|大约|一度|从中|有望|其中|一直|"
    r"人民币|美元|港元)++$"
)
#: Marks trimmed from both ends of a metric name (after the filler words).
NAME_TRIM: Final = "、-—…,，“”「」\"'·/"
#: A name longer than this is a clause, not a measure: it is cut to its last noun phrase.
NAME_MAX: Final = 14
#: Coordinated metric names share one figure: 旅游类、房产类需求增长逾200%.
LIST_SEPARATOR: Final = re.compile(r"、|和|及|与")
#: What joins the figures of one list: 3.15亿元、5.94亿元和10.48亿元.
LIST_JOINER: Final = re.compile(r"^[\s、，,和及与以]*$")
#: ... when what they share names a measure (增长, 数, 量 ...), not a thing (多个团队).
METRIC_WORD: Final = re.compile(
    r"增长|提升|下降|减少|上涨|占比|比例|比重|份额|数|量|(?<!效)率|规模|额|时长|次数|金额|收入|营收|"
    r"利润|盈利|毛利|亏损|开支|成本|现金流|市值|估值|融资|佣金|股价|用户|日活|月活|DAU|MAU|GMV|"
    r"GPM|EBITDA|流量|播放|观看|粉丝|会员|门店|商家|商户|员工|订单|客单价"
)
#: A figure about a whole market, when the sentence names nothing it could be about, or its
#: clause does not name what it is about before it (see also MARKET): 2018年中国企业级SaaS
#: 市场规模为243.5亿元, 抓娃娃机国内存量有 200 万台 (36kr-leyaoyao-gongzhonghao-ads.html). (Not
#: 行业: a product's trade by industry is the product's, 餐饮、旅游、零售的行业交易同比增长 100%
#: in the seeds.)
INDUSTRY: Final = re.compile(r"我国|全国|国内|全球|全网|中国|市场规模")
#: A sentence that says who reports its figures (据…, …显示, 统计公报) is about what they
#: report, never about the article's lead when it names nothing (年末互联网上网人数9.89亿人).
REPORTED: Final = re.compile(r"据|显示|统计|公报|预计")
#: Coordinated names share a figure when what follows them names a measure of change or
#: size (旅游类、房产类需求增长逾200%), not a thing (研发、设计多个团队员工).
SHARED_MEASURE: Final = re.compile(
    r"增长|提升|下降|减少|上涨|占比|数|量|(?<!效)率|规模|额|时长|次数|金额"
)
#: Words that open a clause before its subject: 今天的微信支付…, 目前，企业微信…
CLAUSE_OPENER: Final = re.compile(
    r"(?:今天的?|今年的?|去年的?|同期的?|目前|如今|现在|其中|此外|同时|而且?|但是?|并且?|另外|"
    r"通过|在|据|就|也|还|尤其是|由于|因为|与此同时|随着|[“「]|\s)+"
)
#: A Latin-letter word that may be a name (eBay, Kik, two letters at least: R3 and Q1 are
#: labels): one the ontology does not know that opens a figure's clause owns the figure, and kg
#: can give it to no one else (see kg.lang.suggest.LATIN_GENERIC for the abbreviations that are
#: no names: App, AI, PC …).
LATIN_NAME: Final = re.compile(r"[A-Za-z][0-9]*+[A-Za-z][A-Za-z0-9]*+(?:[-&.][A-Za-z0-9]++)*+")
#: A share is written with 占 (占总收入的62%): its measure is the share's (see measure_of).
SHARE: Final = re.compile(r"占")
SHARE_LABEL: Final = "占比"
#: A name right after 占 is the whole a share is taken of, not what the share is about:
#: 阿里云，其占阿里总营收也不过只有4% (阿里云's), 占订阅解决方案收入比重从2020年的20.2%
#: (智慧零售's), 其账面价值已经占到腾讯总资产的47%. Matched where the name starts (独占
#: is to hold alone: 小程序独占用户率).
SHARE_OF: Final = re.compile(r"(?<!独)占(?:到了?|了)?\s*$")
#: A four-digit year standing alone (以下为2023微信公开课PRO) is a date, not a figure.
BARE_YEAR: Final = re.compile(r"^(?:19|20)\d\d$")

#: A number written without a magnitude (12, not 12亿 or 2.3w).
PLAIN_NUMBER: Final = re.compile(r"^[^万亿千百十wWkK]*$")

#: A product or capability named with this after it is a company's business, whose revenue is
#: the company's (游戏业务收入14.0亿元 under B站's heading, 网络广告业务收入 in 腾讯's results).
BUSINESS: Final = "业务"
