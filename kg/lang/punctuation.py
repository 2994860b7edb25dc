"""Punctuation and layout marks of Chinese text: where sentences and clauses end, brackets,
list and section marks, full-width forms.

Both widths of each mark are listed where writers use both (，and ,): text is read in its
matching form (:mod:`kg.normalize`), which folds full-width letters and digits but keeps
punctuation as written.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "SENTENCE_END",
    "CLOSERS",
    "CLAUSE_ENDS",
    "COLONS",
    "CLAUSE_BREAK",
    "ENUMERATION_COMMA",
    "FULL_STOP",
    "OPEN_PARENS",
    "CLOSE_PARENS",
    "BRACKET_PAIRS",
    "BRACKETS",
    "BULLET",
    "HEADING_NUMBER",
    "FULL_WIDTH_TO_ASCII",
    "FULL_WIDTH",
    "NAME_DOT",
    "OTHER_NAME_DOT",
]

# ---------------------------------------------------------------- sentences and clauses

#: A sentence ends at one of these (the loaders cut sentences here).
SENTENCE_END: Final = "。！？；!?;"
#: Closing quotes and brackets that stay with the sentence end before them: 好的。」
CLOSERS: Final = "”’」』）)】》"
#: Where a sentence too long to read whole is cut, the last of these before the limit.
CLAUSE_ENDS: Final = "，,：:、 "
#: A short bold paragraph that ends with one of these introduces what follows: not a heading.
COLONS: Final = "：:"
#: Where a clause ends: the rules' metrics and their names never cross these.
CLAUSE_BREAK: Final = re.compile(r"[，,；;：:。！？!?]|——")
#: The enumeration comma (顿号) that joins the items of a list: 公众号、视频号、小程序.
ENUMERATION_COMMA: Final = "、"
#: The full stop, which a credit line after a quote may end with.
FULL_STOP: Final = "。"

# ---------------------------------------------------------------- brackets

#: Round brackets, which set an aside apart: 视频号（包括直播）.
OPEN_PARENS: Final = ("（", "(")
CLOSE_PARENS: Final = ("）", ")")
#: Brackets and quotes that come in pairs; a name cut out of a sentence must keep them so.
BRACKET_PAIRS: Final = ("（）", "()", "「」", "“”", "《》", "【】")
#: Any of them.
BRACKETS: Final = re.compile(f"[{re.escape(''.join(BRACKET_PAIRS))}]")

# ---------------------------------------------------------------- list and section marks

#: A list marker at the start of a block: ●, •, -, 1. or 1、 (the loaders drop it).
BULLET: Final = re.compile(r"^(?:[●•·▪◆■□○◦※]|\\?[-–*+]|\d{1,2}[.、])\s*")
#: A section number before a heading: 01 视频号, 2. 微信支付, 三、小程序 (not 5 个新能力).
HEADING_NUMBER: Final = re.compile(
    r"^(?:[0０][0-9０-９]\s|[0-9０-９]{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)\s*"
)

# ---------------------------------------------------------------- full-width forms

#: Full-width digits and Latin letters (and ％ ＋ ．) to ASCII, one character for one, so an
#: offset into the folded text is an offset into the text. Other punctuation keeps its width.
FULL_WIDTH_TO_ASCII: Final[dict[int, int]] = {
    **{code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)},
    **{code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)},
    **{code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)},
    0xFF05: ord("%"),
    0xFF0B: ord("+"),
    0xFF0E: ord("."),
}
#: Any character that :data:`FULL_WIDTH_TO_ASCII` folds.
FULL_WIDTH: Final = re.compile("[\uff05\uff0b\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

# ---------------------------------------------------------------- the dot of foreign names

#: The dot between the parts of a transliterated name (梅格·惠特曼), as the ontology writes it.
NAME_DOT: Final = "\u00b7"
#: The other dots articles write there, folded to :data:`NAME_DOT` between two ideographs, so
#: a name is one name however it is dotted: 马克・扎克伯格 (ithome-meta-q4-2021-call-tiktok),
#: 埃里克•施密特 (2024-shijie-zhou-shouzi-tiktok-ceo), 朱利安・科多尼欧
#: (ithome-facebook-workplace-7m-paid).
OTHER_NAME_DOT: Final = re.compile(
    "(?<=[\u4e00-\u9fff])[\u30fb\u2022\u2027\uff65](?=[\u4e00-\u9fff])"
)
