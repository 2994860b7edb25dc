"""How Chinese news writes the year an article is about: event names with their year, title
years, datelines, and years at the start of file and folder names (:mod:`kg.match` dates
each article with these, in the order README.md "The event and its year" gives).

Each shape is one that many articles write: those of the development corpus (``eval/tune``)
and the seeds, and the datelines news agencies, portals and WeChat posts print; the reasons
and examples are beside each table. All patterns read the matching form of a
text (:func:`kg.normalize.matching_form`: simplified script, ASCII digits), which is as long
as the text, so a match's offsets cut the phrase as written from the original.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = [
    "UNIX_EPOCH",
    "LEAD_CHARS",
    "SERIES_CUES_BEFORE",
    "SERIES_CUES_AFTER",
    "SENTENCE_ENDS",
    "EVENT_WORDS",
    "series_patterns",
    "GENERIC_EVENT_YEAR_FIRST",
    "GENERIC_EVENT_LABEL_FIRST",
    "NAME_BEFORE",
    "TITLE_YEAR",
    "TITLE_YEAR_OF",
    "DATELINES",
    "OUTLET_DATELINE",
    "WEAK_DATELINE",
    "RESULTS_RELEASED",
    "RESULTS_PERIOD_END",
    "RESULTS_WORDS",
    "results_year",
    "NAME_YEAR",
    "DATE_FOLDER",
    "SOURCE_ADDRESS",
    "ADDRESS",
    "LINKED_DAY",
    "TEXT_DATE",
    "COMPACT_DATE",
    "TEXT_PERIOD",
    "TEXT_YEAR_RESULTS",
    "TOPIC_YEAR",
    "FUTURE_WORDS",
    "ANNOUNCED",
]

#: How far into the text an article names what it reports: news names its event in the lead
#: (the seeds at characters 187 and 462, 数智前线 at 181, 刘润 at 122, after clipping and
#: byline lines), and an event named further in is one the article looks back on (「2019
#: 年微信公开课演讲上」, a thousand characters into a 2022 piece on 微信 8.0.22).
LEAD_CHARS = 600

#: A year of the 20th or 21st century, not part of a longer number. (The look behind
#: follows the century, so the regex engine skips ahead to a 19 or 20: several times faster.)
_YEAR = r"((?:19|20)(?<![\d.]..)\d\d)(?!\d)"

#: What an event's name ends with in this field: 腾讯全球数字生态大会, 腾讯智慧营销峰会,
#: 微信公开课, 微信之夜, 企业微信新品发布会, 百度AI开发者大会, 快手光合创作者论坛, and the
#: platforms' yearly galas (抖音电商作者盛典, 年度盛典).
#: (开发者大会 ends with 大会; 年会, a company's staff party, is no public event.)
EVENT_WORDS = ("大会", "峰会", "公开课", "之夜", "发布会", "论坛", "盛典")

# The name before an event word: 2 to 14 characters of a name, none of them a particle,
# preposition or verb that would make it a clause (「2021年腾讯在大会上」), nor a date's
# 月/日/号 (「2022年1月11号企业微信…发布会」); it never starts with a digit or 年. A slash joins
# Latin letters in a name (「2015年谷歌I/O开发者大会」), not figures (「2015/16年度大会」).
_NAME_CHAR = (
    r"(?:(?![的了在是和与及将把被对从于为就也都还并等月日号])[\u4e00-\u9fffA-Za-z0-9+·&]"
    r"|(?<=[A-Za-z])/(?=[A-Za-z]))"
)
_NAME = rf"(?![年\d+·&]){_NAME_CHAR}{{2,14}}?"
_EVENT_WORD = "|".join(EVENT_WORDS)
#: A company's meetings of its own people are no public event an article reports: its staff's
#: (员工大会, 全员大会, 职工大会: 「马化腾在2021年员工大会上提及」 in a piece of 2022) and its
#: shareholders' (股东大会, 股东周年大会). Read as look-behinds before the event word.
_OWN_PEOPLE = "".join(f"(?<!{who})" for who in ("员工", "全员", "职工", "股东", "股东周年"))

#: 「2019腾讯全球数字生态大会」, 「2020年快手光合创作者论坛」: a year, then a name that ends
#: with an event word. Group 1 is the year; the match is the phrase.
GENERIC_EVENT_YEAR_FIRST = re.compile(
    rf"{_YEAR}\s*年?\s*(?:的\s*)?{_NAME}{_OWN_PEOPLE}(?:{_EVENT_WORD})"
)

#: 「腾讯智慧营销峰会2024」, 「钉钉峰会2021」: an event word and its year (not a date's
#: year: 「…发布会2022年1月」 is when, not which), after a name (:data:`NAME_BEFORE`).
GENERIC_EVENT_LABEL_FIRST = re.compile(
    rf"{_OWN_PEOPLE}(?:{_EVENT_WORD})(?:\s*PRO)?\s*{_YEAR}(?![年月.\-/])", re.I
)
#: The name that ends right before an event word, as long as it goes (up to 14 characters):
#: searched in the 14 characters before it. (Looking for the event word first and the name
#: after is ten times faster than one pattern that tries a name at every character.)
NAME_BEFORE = re.compile(rf"(?![年\d+·&]){_NAME_CHAR}{{2,14}}$")


def series_patterns(
    labels: tuple[str, ...],
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """How an event of a series with these labels is named: with its year first
    (「2023微信公开课PRO」, 「2022 年的微信公开课 PRO」), with its year after the label
    (「微信公开课 PRO 2025」, 「微信公开课2024」), and the label alone (「今年的微信公开课
    PRO」). In the first two, group 1 is the year. Spaces may fall between any two
    characters of a label, as Chinese typesetting puts them around Latin words.
    """
    alternatives = sorted(labels, key=len, reverse=True)
    body = "|".join(r"\s*".join(map(re.escape, label)) for label in alternatives)
    return (
        re.compile(rf"{_YEAR}\s*年?\s*(?:的\s*)?(?:{body})", re.I),
        re.compile(rf"(?:{body})\s*{_YEAR}(?![年月.\-/])", re.I),
        re.compile(f"(?:{body})", re.I),
    )


#: A series named without a year in the lead is the event reported only beside one of these
#: (「今年的微信公开课 PRO 没有…」, 「微信公开课PRO在广州举行」); elsewhere it is cited
#: (「据微信公开课数据，…」). In the title a series's name is always the event reported.
SERIES_CUES_BEFORE = ("今年的", "今年", "本届", "一年一度的", "本次", "这次", "此次")
SERIES_CUES_AFTER = (
    "上",
    "期间",
    "现场",
    "举行",
    "举办",
    "召开",
    "开幕",
    "落幕",
    "开讲",
    "在",
    "于",
)

#: What ends a sentence and never a title: a text without a title is titled by its first
#: line, which counts as a title only if it does not end like a sentence.
SENTENCE_ENDS = ("。", "；", ";")

# What may follow a year in a title and still make it the article's subject: not a month
# (a date is a dateline's business), a range, a period of a year (上半年, Q3, H1, 第三季度,
# 年度, 年底) or a figure of it (营收, 财报), nor a unit that makes it a number (2000万用户).
_NOT_SUBJECT = (
    r"\s*(?:\d|[-~～—至到./]\s*\d|[上下]半年|全年|[度底末初]|中(?![国华文])|[QqHh][1-4]|"
    r"(?:第?[一二三四1-4]|前[一二三])季度|财年|财报|年报|中报|季报|营收|收入|利润|净利|"
    r"[万亿千百元块人个家款名次件倍份条篇台项位多余+%])"
)

#: 「微信公众号的2022：累计发文超3.98亿篇」, 「腾讯的2024」: a year review's title names its year
#: after 的, the year ending the phrase. Group 1 is the year.
TITLE_YEAR_OF = re.compile(rf"的\s*{_YEAR}\s*(?:[：:，,！!？?|｜\s]|$)")

#: 「2024，腾讯的进步」, 「2023年微信…」, 「QuestMobile2021微信小程序秋季报告」,
#: 「《2022微信视频号年中发展报告》发布」: a year that opens the title (after an opening
#: bracket or a Latin brand name). Group 1 is the year.
#: (The Latin name takes the spaces after it, and the spaces after the year are taken whole,
#: ``\s*+``: the look-aheads would read them again from each place they could end.)
TITLE_YEAR = re.compile(
    rf"^[\s《【「『\[(（“\"']*(?:[A-Za-z][A-Za-z .&-]{{0,19}}\s*)?{_YEAR}\s*+"
    rf"(?:年(?!{_NOT_SUBJECT})|(?!年|{_NOT_SUBJECT}))"
)

_DAY = r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
_YEAR_WORD = r"(?:19|20)(?<![\d.]..)\d\d\s*年\s*"  # 「2018年」: a full date opens so
_FULL = _YEAR_WORD + _DAY
_ISO = r"(?:19|20)(?<![\d.]..)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)"
_MONTH_DAY = r"\d(?<![\d年]\d)\d?\s*月\s*\d{1,2}\s*[日号]"  # not the end of a full date
_LINE = r"(?:^|(?<=\n))"  # the start of a paragraph

#: The shapes of a dateline, each with its date as the group ``date`` (a year, month and
#: day, or a month and day, which take the year of the front-matter date). All are read in
#: the lead only (:data:`LEAD_CHARS`).
DATELINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for date in (f"(?P<date>{_FULL})", f"(?P<date>{_MONTH_DAY})")
    for pattern in (
        # 「2019年1月10日消息」, 「IT之家 1 月 10 日消息」, 「新华社北京2018年1月15日电」
        rf"{date}\s*(?:消息|电|讯)",
        # 「36氪获悉，1月9日…」, 「据晚点报道，…」
        rf"(?:获悉|报道|讯)\s*[，,：:]\s*{date}",
        # 「（2021年3月5日）」
        rf"[（(【\[]\s*{date}\s*[）)】\]]",
        # a WeChat post's header: 「数智前线 2025年09月23日 08:55」
        rf"{date}\s+\d{{1,2}}:\d\d",
    )
) + (
    # 「发布时间：2020-05-08 10:30」, as web pages label the day they were published, and
    # blogs' and CMS pages' English labels: 「Date: 2020-2-13」, 「update: 2018-11-1」, and the
    # 「Published Time: 2024-10-26T12:29:33+00:00」 of a page read by Jina Reader (r.jina.ai)
    re.compile(
        rf"(?:发布时间|发布日期|发表于|发布于|日期|时间|"
        rf"\b(?i:date|updated?|posted(?:\s+on)?|published(?:\s+(?:on|time))?))"
        rf"\s*[：:]\s*(?P<date>{_FULL}|{_ISO})"
    ),
    # a CSDN post's byline, kept by clippers: 「时光不染 于 2021-09-05 15:03:36 发布」
    re.compile(rf"于\s*(?P<date>{_ISO})(?:\s+\d{{1,2}}:\d\d(?::\d\d)?)?\s*发布"),
)

#: What follows an outlet's name that opens a news report's dateline (the first shape of
#: :data:`DATELINES`, or 讯 alone): 腾讯科技讯 3月22日, 本报讯, 新浪科技讯 北京时间…;
#: 中新网3月5日电, IT之家 5 月 9 日消息. The outlet is who tells the news, not what it is about.
OUTLET_DATELINE = re.compile(rf"\s*(?:讯(?![息号])|{_MONTH_DAY}\s*(?:消息|电|讯))")

#: What joins the first of the days an event lasts to the last (「7日-9日」, 「9日至11日」) ...
_TO = r"\s*[-~～—至到]\s*"
#: ... and the last of them, after the first (「2018年11月7日-9日」, 「1月9日至11日」).
_UNTIL = rf"(?:{_TO}(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*[日号])"

#: A date that opens a paragraph of the lead: 「2021年7月21日，阿拉丁研究院正式发布…」 is
#: news's usual opening, but 「2011年1月21日，微信上线。」 opens a retrospective just as
#: well, so this shape only counts where it agrees with the front-matter date, if any.
WEAK_DATELINE: tuple[re.Pattern[str], ...] = (
    re.compile(rf"{_LINE}\s*(?P<date>{_FULL}){_UNTIL}?\s*[，,：:\s]"),
    # The first of the days an event lasts, the range written on the day alone:
    # 「2018年11月7-9日，第五届世界互联网大会将在乌镇举行」.
    re.compile(
        rf"{_LINE}\s*(?P<date>{_YEAR_WORD}\d{{1,2}}\s*月\s*\d{{1,2}}){_TO}\d{{1,2}}\s*[日号]\s*[，,：:\s]"
    ),
    # A paragraph that is a date and nothing else, as blogs and CMS pages print it under
    # the title (Layabox's news pages: 「2019-09-27」); a timeline's heading has that shape
    # too, hence weak.
    re.compile(rf"{_LINE}[ \t]*(?P<date>{_ISO})(?:[ \t]+\d{{1,2}}:\d\d(?::\d\d)?)?[ \t]*(?:\n|$)"),
    re.compile(rf"{_LINE}\s*(?P<date>{_DAY}){_UNTIL}?\s*(?:[，,：:\s]|[早晚]间|上午|下午|晚上)"),
)

#: What a company's results are called in the news: 腾讯's 「财报」 and 「业绩」, 「季报」,
#: 「中报」 (a half year's), 「年报」, 「业绩报告」, 「财务报告」.
RESULTS_WORDS = ("财报", "业绩", "季报", "中报", "年报", "财务报告")
_RESULTS = "|".join(RESULTS_WORDS)
_QUARTER = r"第?\s*[一二三四1-4]\s*季度|[Qq][1-4]"
_PERIOD = rf"(?:{_QUARTER}|[上下]半年|中期|前三季度|全年|年度)"

# A results release comes out within three months of the period it reports, and news dates
# it by that period: a first, second or third quarter's, a half year's (中期, 上半年) or the
# first three quarters' in the same year, a fourth quarter's or a year's in the next (腾讯's
# 2021 results were released on 2022-03-23). Both shapes are read in the lead only, where
# the release is what the article reports; further in, a release is one the article cites.

#: 「腾讯公布 2016 年第二季度及中期业绩」, 「腾讯发布了2021年财报」, 「有赞发布的2021年业绩报告」,
#: 「腾讯在3月发布2021全年财报」: a release verb, the year, its period if any, a results word.
#: Group 1 is the year, ``period`` the period as written (empty for a year's results).
RESULTS_RELEASED = re.compile(
    rf"(?:发布|公布|披露)(?:了|的)?\s*{_YEAR}\s*年?\s*"
    rf"(?P<period>(?:{_PERIOD}\s*(?:及\s*{_PERIOD}\s*)?)?)(?:的\s*)?(?:{_RESULTS})"
)

#: 「截至 2016 年 6 月 30 日」, 「截至2021年末」, 「截至2021年第四季度」: the end of the period a
#: release reports (a quarter's last day, a year's end, a quarter), counted only in a sentence
#: that names the results (:data:`RESULTS_WORDS`), since 「截至2021年6月，全网小程序数量…」
#: is a figure's date, not a release's. Group 1 is the year; ``month`` and ``day``, or
#: ``period``, the end.
RESULTS_PERIOD_END = re.compile(
    rf"(?:截至|截止)(?:到)?\s*{_YEAR}\s*年\s*(?:(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日"
    rf"|(?P<period>[末底]|{_QUARTER}))"
)

#: The last day of each quarter: the only days a results period ends on.
_QUARTER_ENDS = {(3, 31), (6, 30), (9, 30), (12, 31)}


def results_year(hit: re.Match[str]) -> int | None:
    """The year a results release matched by :data:`RESULTS_RELEASED` or
    :data:`RESULTS_PERIOD_END` was published in: its period's year, or the next for a
    year's or a fourth quarter's results; None if the period ends on no quarter's last day."""
    year = int(hit.group(1))
    period = re.sub(r"\s+", "", hit.group("period") or "")
    if hit.re is RESULTS_PERIOD_END and not period:
        end = (int(hit.group("month")), int(hit.group("day")))
        return None if end not in _QUARTER_ENDS else year + (end == (12, 31))
    if re.search(r"[一二三123]季度|[Qq][1-3]|上半年|中期|前三季度", period):
        return year  # a first three quarters' or a half year's (「第二季度及中期」)
    return year + 1  # a year's (全年, 年度, 年末, a bare 「2021年财报」) or a fourth quarter's


#: A year that starts a file name: 「2016_x.md」, 「2016-x.md」, 「2016-12-28-post.md」,
#: 「2016.md」; never one inside a name (「news-2016-x.md」, 「x2016.md」).
NAME_YEAR = re.compile(r"^((?:19|20)\d\d)(?=[-_.\s]|$)")

#: Folders of days and months under a year's folder (「2018/01/15/readme.md」).
DATE_FOLDER = re.compile(r"^\d{1,2}$")

#: A repost's line naming the address it was taken from, whose path dates it: 「原文：https://
#: techcrunch.com/2017/01/09/wechat-mini-programs/」, 「来源：…/2021-03-05/…」 (WordPress and most
#: news sites put the publication date in the path). Only after such a cue: a link inside
#: the text points to an older article as often as not. A web archive's 14-digit snapshot
#: stamp (web.archive.org/web/20230221155555/) is no date of the article's. The address before
#: the date is read for 300 characters at most: a run to the next space read the rest of a
#: line again from each cue in it (「来源：https://a原文：https://a…」, the line of an exporter's
#: header or of the text, took minutes).
SOURCE_ADDRESS = re.compile(
    r"(?:原文链接|原文地址|英文原文|原文|来源|出处|本文来自|转载自|source|via)\s*[：:]?\s*<?"
    r"https?://[^\s<>]{0,300}?/(?P<year>(?:19|20)\d\d)(?P<sep>[/-])(?P<month>[01]\d)(?P=sep)"
    r"(?P<day>[0-3]\d)(?=[/\-._]|$)",
    re.IGNORECASE,
)


#: An address in a page's source, its markup or its Markdown (a link's target, an image's, a
#: bare address), as far as a character an address cannot hold. Read in one pass: matches never
#: overlap.
ADDRESS = re.compile(r"https?://[^\s\"'<>()\[\]{}|\\^`]+", re.IGNORECASE)
#: The day in an address whose path dates its page, as WordPress and most news sites write it
#: (…/2022/10/07/bytedance-2021-financials/, tech.sina.com.cn/n/2018-10-08/doc-…): a page the
#: article links to came out that day, so the article did not come out before it. The web
#: archive's 14-digit snapshot stamp is no such day. Groups: year, month, day.
LINKED_DAY = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?P<sep>[/-])(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?=[/\-._?#&]|$)"
)


#: The day a timestamp of 0 falls on. Exporters print it when they lost a post's time or read
#: its year as seconds (archives of exported 公众号 posts: ``date: "1970-01-01 08:33"``,
#: 「发布时间: 1970-01-01 08:33:45」, 2025 seconds after the epoch): no article kg reads came out
#: that day, so neither a front-matter date, a header's, a dateline nor a text date of it dates
#: anything.
UNIX_EPOCH = dt.date(1970, 1, 1)

#: A month of a year the text names anywhere (「2017 年 6 月」, 「2016年5月份」, 「2017-06-30」):
#: what dates an article that nothing else dates, by the latest of them, as a reader dates a
#: translated column that names the months it looks back on (eval/tune's Hackernoon
#: translation: 「2017 年 5 月」, 「2017 年 6 月」). A bare year (「2015年」) is no such date: it
#: names a year looked back on as often as the article's own (four undated articles of
#: eval/tune name one, and their gold leaves the year empty). Group 1 is the year, group 2
#: the month.
TEXT_DATE = re.compile(rf"{_YEAR}(?:\s*年\s*|[-/.])(\d{{1,2}})(?:\s*月|[-/.]\d{{1,2}}(?!\d))")

#: A day written as eight digits, as newsletters and blogs date an issue (「产品周刊 | 第 20 期
#: （20200621）」), standing alone: in brackets, between spaces or at an end of a line, never
#: inside a longer run of digits or letters (an order number, an id), and a real month and
#: day, not the Unix epoch (:data:`UNIX_EPOCH`). Read as :data:`TEXT_DATE` is. Group 1 is the
#: year, group 2 the month.
COMPACT_DATE = re.compile(
    r"(?:(?<=[\s（(\[【])|^)(?!19700101)((?:19|20)\d\d)(0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"(?=[\s）)\]】]|$)",
    re.MULTILINE,
)

#: A part of a year the text names anywhere (「2017 年 Q1」, 「2021年第三季度」, 「2019年上半年」,
#: 「2018上半年」, 「2023 年初」, 「2021年底」; not 年中, which opens 「2021年中国…」, nor
#: 「2020年初步核算」): dated as a month of it is (:data:`TEXT_DATE`). Group 1 is the year.
TEXT_PERIOD = re.compile(
    rf"{_YEAR}\s*(?:年?\s*(?:第?\s*[一二三四1-4]\s*季度|[QqHh][1-4](?![0-9])|前三季度|[上下]半年)"
    r"|年\s*(?:初(?!步)|[底末]))"
)

#: A year's results the text names anywhere (「2021年全年净利润」, 「预计 2024 财年税后净亏损」),
#: not a quarter or half of it (「阿里2022财年二季度财报」), or a year's takings named by the year
#: alone (「就 2016 年收入而言」, 「2020年GMV」, 「2021 年的净利润」): reported the next year at the
#: earliest, they date an article nothing else dates to the next year, as a results release is
#: (eval/tune's undated 晚点LatePost roundup, whose latest month is 「2024 年 6 月」, is 2025). Of
#: the nine articles of eval/tune that name a 全年 or 财年 outside a forecast, eight are of the
#: next year, one later; of the eleven of eval/tune and the fresh batches of the tenth session
#: that name a year's takings so, nine are of the next year and two later (a translated
#: Hackernoon overview of 阿里巴巴 that names 「2016 年收入」 and 「2016 年 12 月」 is of 2017).
#: Group 1 is the year.
TEXT_YEAR_RESULTS = re.compile(
    rf"{_YEAR}\s*(?:(?:年\s*)?(?:全年|财年)"
    r"(?!\s*(?:第?\s*[一二三四1-4]\s*季度|[QqHh][1-4]|[上下]半年|中期|前三季度))"
    r"|年\s*(?:的\s*)?总?(?:税[前后])?(?:营业收入|收入|营收|营业额|销售额|净利润|利润|净亏损|亏损|GMV|交易额"
    r"|(?:年度)?(?:财报|年报)))"
)

#: A year that opens a sentence, paragraph or heading as its topic (「2025，确实是 AI 应用元年」,
#: 「2024 年初，他分享…。2025 年，也写了一篇…」): the article looks back on it, so it was written
#: that year or later. Alone it dates nothing (nine of the 24 articles of eval/tune that open a
#: sentence so are of the latest such year, the rest later); it only raises the year of the
#: months or results the text names (none of its 58 such sentences in eval/tune outside a plan is
#: of a year after the article's). Group 1 is the year.
TOPIC_YEAR = re.compile(rf"(?:^|(?<=[\n。！？!?]))[ \t]*{_YEAR}\s*年?\s*[，,]")

#: What makes a sentence a forecast or plan (「预计2021年全年GMV将接近3万亿」,
#: 「2017年，LayaBox将继续…」): a year so named is no year looked back on.
FUTURE_WORDS = ("将", "有望", "计划", "目标")
#: ... unless it is what someone announced at the time the sentence names: after the date, a
#: verb of announcing and what follows it are what was said then (「2016年4月，马克·扎克伯格…宣布将
#: 进入…新时代」, 「马斯克曾在2017年9月表示，将于2020年…，并计划建造…」), not the article's future.
#: (Before the date it stays a plan: 「腾讯宣布将于2025年1月上线」.)
ANNOUNCED = re.compile("宣布|表示|透露|公布|承诺|声称|宣称")
