"""The lines of a web page that are no part of its article: re-posting notes, credits, calls
to follow or scan (the loaders drop a block that matches, headings excepted).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "BOILERPLATE_LONGEST",
    "BOILERPLATE",
    "PAGE_END",
    "CREDIT",
    "HEADER_TITLE",
    "HEADER_ADDRESS",
    "HEADER_FIELD",
    "HEADER_OWN",
    "HEADER_ANY",
    "DATE_LABELS",
    "HEADER_DATE",
]

#: A block that belongs to the page, not the article: 本文来自…, 原标题, 责任编辑, 扫码关注…, a
#: share button's caption (微信扫一扫 above its QR code, 微信扫一扫可打开此内容).
BOILERPLATE: Final = re.compile(
    r"^(?:本文来自|原标题|责任编辑|编辑[:：]|来源[:：]|题图|封面图|关注我们)|经授权发布|"
    r"^(?:点击|扫码|长按)[^。]{0,30}(?:关注|二维码|阅读原文|订阅|公众号)|"
    r"^微信扫一扫(?:\s*$|可打开此内容|\s*关注该公众号|\s*使用小程序)"
)

#: A block longer than this that opens as :data:`BOILERPLATE` reads (原标题…, 本文来自…) holds the
#: article's own text too: a scraper that joined the lines of a repost gives its whole text as
#: one block after 「原标题：」, kept rather than lost (the page's own such lines in eval's articles
#: and the seeds are 200 characters at most, nearly all under 100).
BOILERPLATE_LONGEST: Final = 200

#: The line that follows a 公众号 post on its mp.weixin.qq.com page (the toast of the preview
#: of its tags), kept by every page saved or converted from there: what comes after it is the
#: page's own (微信扫一扫 关注该公众号, 继续滑动看下一个, 轻触阅读原文, 视频 小程序 赞
#: ，轻点两下取消赞 …), never the post's (14 of eval's articles when this was written, 12 of them
#: in test).
PAGE_END: Final = re.compile(r"\A\s*预览时标签不可点\s*\Z")

#: A sentence that credits the page, its outlet or its writers instead of telling the
#: article (the loaders drop only whole blocks that open so): a clipper's byline that opens
#: with the outlet's address (www.huxiu.com新榜newrankcn, mp.weixin.qq.com腾讯科技), a credit
#: (作者：老狐；, 文｜游勇, 编辑 / 二蔓, 公众号：科技狐（ID：kejihutv）, 量子位 | 公众号 QbitAI,
#: 原文：https://…), an account's count of its posts (这是刘润公众号的第2136篇原创文章) or a
#: reposting note (本文由 @科技狐 授权发布于…, 未经许可，禁止转载). What it names is not what
#: the article is about.
CREDIT: Final = re.compile(
    r"^(?:https?://)?(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org)(?![A-Za-z0-9.])"
    r"|^(?:本文来自|本文来源|来源|作者|编辑|责任编辑|文|编|撰文|主笔|原标题|原文标题|原文|原文链接|"
    r"题图|头图|封面图|转载自)\s*(?:来自)?\s*[:：｜|/]"
    r"|(?:^|[｜|]\s*)公众号\s*[:：]?\s*[^\s，。,；;]{1,20}\s*(?:[(（]ID\s*[:：][^)）]*[)）])?$"
    r"|^这是\s*\S{1,20}\s*的\s*第\s*\d+\s*篇\s*原创"
    r"|^本文(?:由|原创)[^。]{0,40}发布于"
    r"|未经[^。，]{0,6}(?:许可|授权)[，,]?\s*禁止转载"
)

# The header an exporter or clipper writes above a post's text, a field a line, quoted or
# listed: 「> 公众号: 腾讯CodeBuddy」「> 发布时间: 2026-03-06 21:36」「> 原文链接: https://…」,
# 「- 作者: …」「- 发布时间: 2026年6月24日 08:07」, a CSDN export's 「文章信息」 (原文链接,
# 发布时间, 阅读量, 分类, 标签), an archive's 「> 原链: …」「> 来源: … · 抓取于 2026-08-05」. The
# blocks at the top that open with such a label are the header when one holds a label only
# a header has (:data:`HEADER_OWN`): 作者 or 来源 opens credit lines too, and a 发布时间 or
# 原文链接 line alone stays text, a dateline or the address a repost is dated by (as does a
# header whose address dates it: 「原文链接：https://…/2021-03-05/…」). kg.loaders reads them.
_HEADER_LABELS = (
    "公众号|发布时间|发布日期|发表时间|原文链接|原链|图片状态|阅读量|来源|作者|分类|标签|收录日期"
)
#: The title line of a CSDN export's header.
HEADER_TITLE: Final = "文章信息"
#: The label of the address of the post, which alone (with one other field at most) is no header.
HEADER_ADDRESS: Final = "原文链接"
#: A block that opens with a header's label (or is the header's title).
HEADER_FIELD: Final = re.compile(
    rf"\A(?:{HEADER_TITLE}\s*\Z|(?:{HEADER_TITLE}\s*)?(?:{_HEADER_LABELS})\s*[:：])"
)
#: The labels only a header has.
HEADER_OWN: Final = re.compile(rf"(公众号|{HEADER_ADDRESS}|原链|图片状态|阅读量)\s*[:：]")
#: Any label of a header, counted.
HEADER_ANY: Final = re.compile(rf"(?:{_HEADER_LABELS})\s*[:：]")
#: The labels of the day the article came out (never 收录日期 or 抓取于, a clip's): in an
#: exporter's header, and as front-matter keys of the tools that write Chinese ones
#: (发布日期: 2025-05-23, an archive of 公众号 posts in fresh batch D of the eleventh session).
DATE_LABELS: Final = ("发布时间", "发布日期", "发表时间")
#: The day the article came out, as the header gives it.
HEADER_DATE: Final = re.compile(rf"(?:{'|'.join(DATE_LABELS)})\s*[:：]\s*([^\s：:]{{6,20}})")
