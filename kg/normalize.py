"""The matching form of a text: what segmentation, matching and the relation rules read.

Two foldings, both one character for one, so every offset into the matching form is an
offset into the original text, and evidence keeps the characters the article was written in:

- full-width letters and digits to ASCII (ＶＯＩＰ -> VOIP, ２０２３ -> 2023); punctuation
  stays, the rules know both widths of it;
- traditional Chinese to simplified (視頻號 -> 视频号), with zhconv's length-preserving
  MediaWiki tables, only where a character that exists only in traditional script appears,
  so simplified text is never touched.

The ontology's labels go through the same function, so both sides always meet.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["matching_form"]

# Full-width digits and Latin letters (and ％ ＋ ．) to ASCII; punctuation keeps its width.
_WIDTH = {
    **{code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)},
    **{code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)},
    **{code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)},
    0xFF05: ord("%"),
    0xFF0B: ord("+"),
    0xFF0E: ord("."),
}
_FULL_WIDTH = re.compile("[\uff05\uff0b\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


@lru_cache(maxsize=1)
def _traditional_only() -> re.Pattern[str]:
    """Ideographs that zhconv turns into others and that no simplification produces, as a
    character class (a regex finds one several times faster than a set of characters).

    (zhconv's own TRADONLY set holds characters simplified text uses too, such as 覆, and
    its tables map punctuation too, such as 「」.)
    """
    from zhconv import zhconv as tables

    tables.loaddict()
    pairs = {
        k: v for k, v in tables.zhcdicts["zh2Hans"].items() if len(k) == len(v) == 1 and k != v
    }
    ideographs = {k for k in pairs if "\u3400" <= k <= "\u9fff" or "\uf900" <= k <= "\ufaff"}
    return re.compile(f"[{''.join(sorted(ideographs - set(pairs.values())))}]")


def matching_form(text: str) -> str:
    """``text`` folded for matching, exactly as long as ``text``.

    >>> matching_form("微信視頻號負責人張孝超，ＶＯＩＰ能力提升６倍")
    '微信视频号负责人张孝超，VOIP能力提升6倍'
    >>> matching_form("视频号") == "视频号"
    True
    """
    folded = text.translate(_WIDTH) if _FULL_WIDTH.search(text) else text
    if _traditional_only().search(folded):
        import zhconv

        converted = zhconv.convert(folded, "zh-hans")
        # zhconv's tables map equal lengths; keep the promise even if a table ever does not.
        if len(converted) == len(folded):
            folded = converted
    return folded
