"""Chinese numbers as news writes them: numerals, magnitudes, unit words, approximation words,
and the words that make a number a date or a vague amount (read by :mod:`kg.numbers`).

spaCy keeps the same kind of table in ``spacy/lang/zh/lex_attrs.py``.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "UNIT_WORDS",
    "UNIT_SHOWN",
    "MAGNITUDES_SHOWN",
    "CHINESE_NUMERAL_UNITS",
    "MAGNITUDE_EXPONENTS",
    "LATIN_MAGNITUDE_EXPONENTS",
    "CHINESE_DIGITS",
    "QUALIFIERS_BEFORE",
    "QUALIFIERS_BEFORE_MAGNITUDE",
    "QUALIFIERS_AFTER",
    "QUALIFIERS_BETWEEN",
    "QUALIFIER_BLOCKERS",
    "BARE_MAGNITUDES",
    "BARE_MAGNITUDE_ADVERB_FOLLOWERS",
    "VAGUE_MARKERS",
    "YEAR_RANGE",
    "YEAR_BEFORE",
    "YEAR_AFTER",
    "RANGE_DASHES",
    "RANGE_WORDS",
    "CHANGE_FROM",
    "CHANGE_FROM_WINDOW",
    "APPROXIMATE_JOINER",
    "TENTHS",
    "FRACTION",
    "TENTHS_WORD_STARTS",
    "DOUBLING",
    "DOUBLING_PARTICLE",
    "DOUBLING_WORDS",
    "JOINERS",
    "MONTHS",
    "MONTH_WORD",
    "DAY_WORDS",
    "EXCHANGE_SUFFIXES",
]

#: Unit word -> (unit, factor). Durations are normalised to seconds. Amounts in another
#: currency keep its ISO 4217 code, never converted (docs/facts-format.md, Currencies); a
#: percentage point is written as a percent.
UNIT_WORDS: Final[dict[str, tuple[str, int]]] = {
    "%": ("percent", 1),
    "个百分点": ("percent", 1),
    "百分点": ("percent", 1),
    "倍": ("times", 1),
    "元": ("CNY", 1),
    "块": ("CNY", 1),
    "人民币": ("CNY", 1),
    "美元": ("USD", 1),
    "美金": ("USD", 1),
    "港元": ("HKD", 1),
    "港币": ("HKD", 1),
    "欧元": ("EUR", 1),
    "英镑": ("GBP", 1),
    "日元": ("JPY", 1),
    "韩元": ("KRW", 1),
    "秒": ("seconds", 1),
    "分钟": ("seconds", 60),
    "小时": ("seconds", 3600),
    # 19.6个小时 (cnbeta-tiktok-facebook-metaverse.html), 人均单日使用时长接近3个小时
    # (huxiu-douyin-ecommerce-creators.md): hours written with their classifier (after digits:
    # 本来是三个小时，后来变成了八个小时 tells a speech's story, 2019-unknown-zhang-xiaolong-…).
    "个小时": ("seconds", 3600),
    # Days a thing lasts or takes (会员的有效期为90天, 需要等待 30 天, 仅用了 122 天完成): the gold
    # tables write them in seconds, the spec's one unit of time. Days that frame a measure or
    # a story (近30天, 7天内, 10天破百万) are no figure: see kg.lang.metrics.DAY_FRAME.
    "天": ("seconds", 86400),
}

#: A bare Chinese numeral is usually a word (一个, 六大, 十二年), so it only counts before one
#: of these; 万/亿 after it also make it a quantity.
CHINESE_NUMERAL_UNITS: Final = frozenset({"倍", "%", "分钟", "秒", "小时"})

#: Magnitude characters as powers of ten; compounds multiply (千亿 = 10**11).
MAGNITUDE_EXPONENTS: Final[dict[str, int]] = {"十": 1, "百": 2, "千": 3, "万": 4, "亿": 8}

#: Latin shorthand used in slides and tech press: 2.3w, 5k. Only straight after a digit.
LATIN_MAGNITUDE_EXPONENTS: Final[dict[str, int]] = {"w": 4, "W": 4, "k": 3, "K": 3}

CHINESE_DIGITS: Final[dict[str, int]] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

#: Approximation words before a number (the pattern tries 超过 before 超).
QUALIFIERS_BEFORE: Final = ("超过", "超", "逾", "近", "约")

#: 上 means "up to the order of" only before a bare magnitude (上千亿, 上万).
QUALIFIERS_BEFORE_MAGNITUDE: Final = ("上",)

#: Approximation words after a number, magnitude or unit.
QUALIFIERS_AFTER: Final = ("以上", "多", "余", "+")

#: The ones that may also sit between a number and its magnitude: 3000多万, 300余万, 1000+亿元
#: (抖音的GMV只有1000+亿元: woshipm-douyin-vs-kuaishou-ecommerce-overtake).
QUALIFIERS_BETWEEN: Final = ("多", "余", "+")

#: Characters that, just before a qualifier, make it part of another word:
#: 最近/附近 (recently/nearby), 预约/签约 (booking/contract), 线上/以上 (online/above), and the
#: idioms 成百上千 and 成千上万 ("hundreds, thousands": a vague amount, no metric; 成千上万种不同的
#: 野餐垫 in liurun-taobao-changes-2023, 成百上千元 in 36kr-pinduoduo-kanyidao-progress-bar).
QUALIFIER_BLOCKERS: Final[dict[str, str]] = {
    "近": "最附亲靠",
    "约": "预签合契邀相节制",
    "上": "线以网之面上台场身地马晚早百千万",
}

#: A magnitude with nothing numeric before it is a quantity only after a qualifier (上万,
#: 超过百万) or when it is one of these set phrases (百万名经销商).
BARE_MAGNITUDES: Final = ("百万", "千万")

#: 千万 before these is the adverb "by all means" (千万不要), not 10**7.
BARE_MAGNITUDE_ADVERB_FOLLOWERS: Final = "不别要记莫勿得"

#: 数/几 before a magnitude (数万, 几十) or 几 after one (十几) make it vague.
VAGUE_MARKERS: Final = "数几"

#: A bare four-digit number in this range, beside one of the words below, is a year.
YEAR_RANGE: Final = (1900, 2099)
YEAR_BEFORE: Final = "自从至到"  # 自2020年, 2011至2023
YEAR_AFTER: Final = "年至到/"  # 2022年, 2011至2023, 2023/10/08
#: A year written with its month as a decimal (2011.05) is a date: months 1 to 12.
MONTHS: Final = range(1, 13)
RANGE_DASHES: Final = "-–—~～"  # 2011-2023
#: Between two numbers, these make a range (3-5亿, 30%-50%), read as its lower bound.
#: They join a bare number to the next (18至29岁) and two amounts of one unit (48 亿元至 51 亿
#: 元, 70%到80%), unless a word of CHANGE_FROM comes before the first: 从5.5亿元至… and
#: 提升2个百分点至30% tell a change.
RANGE_WORDS: Final = ("至", "到")
#: Words that start a change, this many characters or fewer before an amount in its clause
#: (增长 not of 增长率: 年化增长率可达30%至50% is a range).
CHANGE_FROM: Final = (
    "从", "由", "增长", "增加", "提升", "提高", "上升", "上涨", "下降", "下滑", "下跌", "降低",
    "减少", "扩大", "收窄",
)  # fmt: skip
CHANGE_FROM_WINDOW: Final = 12
#: Two neighbouring round numbers joined by this are an approximate range, read as its lower
#: bound: 7、8万个 (70000), 3、400多个人 (300), 100、200个订阅号 (100).
APPROXIMATE_JOINER: Final = "、"
#: 八成 is 80 percent: a Chinese digit before 成 (tenths), unless 成 starts a word (三成为,
#: 一成不变, 十成功).
TENTHS: Final = "成"
#: The mark of a fraction, denominator before it and numerator after (三分之一, 百分之五十).
FRACTION: Final = "分之"
TENTHS_WORD_STARTS: Final = "为功立本长熟员果交绩就都型品套群批年不效全了"
#: 翻倍, 翻番, 翻了一番 are 2 times; 翻了两番 is 4 (each 番 doubles).
DOUBLING: Final = "翻"
DOUBLING_PARTICLE: Final = "了"
DOUBLING_WORDS: Final = ("倍", "番")
#: Digits joined by these to digits on both sides are a date, a time of day, a code, a
#: fraction or a ratio (2020/05/08, 08:55, 4/5G, 男女比例100比3), not a quantity.
JOINERS: Final = "/:∶比"
#: A number before 月 is a month; one between 月 and 日/号 is a day.
MONTH_WORD: Final = "月"
DAY_WORDS: Final = "日号"

#: How a report shows a figure's unit after its number (``kg diff``: 1200万元, 54%, 3倍,
#: 180秒); a unit not listed (a currency's ISO code) is shown after a space.
UNIT_SHOWN: Final = {"count": "", "CNY": "元", "percent": "%", "times": "倍", "seconds": "秒"}
#: The magnitudes a report writes large counts and amounts in, largest first (4.5亿).
MAGNITUDES_SHOWN: Final = ((8, "亿"), (4, "万"))

#: What follows a listed company's stock code (腾讯控股（00700.HK）, 君正集团（601216.SH）): the
#: code's digits are no count.
EXCHANGE_SUFFIXES: Final = ("HK", "SH", "SZ", "SS", "BJ", "TW")
