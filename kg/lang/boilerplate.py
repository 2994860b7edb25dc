"""The lines of a web page that are no part of its article: re-posting notes, credits, calls
to follow or scan (the loaders drop a block that matches, headings excepted).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["BOILERPLATE", "CREDIT"]

#: A block that belongs to the page, not the article: 本文来自…, 原标题, 责任编辑, 扫码关注….
BOILERPLATE: Final = re.compile(
    r"^(?:本文来自|原标题|责任编辑|编辑[:：]|来源[:：]|题图|封面图|关注我们)|经授权发布|"
    r"^(?:点击|扫码|长按)[^。]{0,30}(?:关注|二维码|阅读原文|订阅|公众号)"
)

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
