"""The lines of a web page that are no part of its article: re-posting notes, credits, calls
to follow or scan (the loaders drop a block that matches, headings excepted).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["BOILERPLATE"]

#: A block that belongs to the page, not the article: 本文来自…, 原标题, 责任编辑, 扫码关注….
BOILERPLATE: Final = re.compile(
    r"^(?:本文来自|原标题|责任编辑|编辑[:：]|来源[:：]|题图|封面图|关注我们)|经授权发布|"
    r"^(?:点击|扫码|长按)[^。]{0,30}(?:关注|二维码|阅读原文|订阅|公众号)"
)
