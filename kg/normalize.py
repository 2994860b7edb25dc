"""The matching form of a text: what segmentation, matching and the relation rules read.

Three foldings, all one character for one, so every offset into the matching form is an
offset into the original text, and evidence keeps the characters the article was written in:

- full-width letters and digits to ASCII (ＶＯＩＰ -> VOIP, ２０２３ -> 2023); punctuation
  stays, the rules know both widths of it;
- traditional Chinese to simplified (視頻號 -> 视频号), with zhconv's length-preserving
  MediaWiki tables, only where a character that exists only in traditional script appears,
  so simplified text is never touched;
- the dots of a transliterated name (马克・扎克伯格, 埃里克•施密特) to the one the ontology
  writes (马克·扎克伯格);
- in traditional text, Taiwan's words to the mainland's (影片號 -> 视频号, 小程式 -> 小程序,
  軟體 -> 软件, 行動支付 -> 移动支付), from the equal-length pairs of
  :data:`kg.lang.taiwan.TAIWAN_WORDS`.

The ontology's labels go through the same function, so both sides always meet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.punctuation import FULL_WIDTH, FULL_WIDTH_TO_ASCII, NAME_DOT, OTHER_NAME_DOT

__all__ = ["matching_form", "is_traditional"]

# Full-width digits and Latin letters (and ％ ＋ ．) to ASCII; punctuation keeps its width.
_WIDTH = FULL_WIDTH_TO_ASCII
_FULL_WIDTH = FULL_WIDTH


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


@lru_cache(maxsize=1)
def _simplified_only() -> re.Pattern[str]:
    """Ideographs that simplification produces and traditional script never writes (视, 们,
    这), as a character class."""
    from zhconv import zhconv as tables

    tables.loaddict()
    pairs = {
        k: v for k, v in tables.zhcdicts["zh2Hans"].items() if len(k) == len(v) == 1 and k != v
    }
    ideographs = {v for v in pairs.values() if "\u3400" <= v <= "\u9fff"}
    return re.compile(f"[{''.join(sorted(ideographs - set(pairs)))}]")


@lru_cache(maxsize=1)
def _taiwan_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The Taiwan words as one pattern, longest first (so 方程式 is kept whole before 程式
    is folded), and the mainland word of each."""
    from kg.lang.taiwan import TAIWAN_WORDS

    words = dict(TAIWAN_WORDS)
    assert all(len(k) == len(v) for k, v in words.items()), "folding must keep the length"
    pattern = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(pattern), words


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional script: it holds more characters that
    only traditional script has than characters that only simplified script has (a
    simplified article quoting a traditional name, or the reverse, keeps its own script).

    >>> is_traditional("微信小程式支援影片號直播"), is_traditional("微信小程序支持视频号")
    (True, False)
    """
    if not _traditional_only().search(text):
        return False  # most text, at the cost of one pass
    return len(_traditional_only().findall(text)) > len(_simplified_only().findall(text))


def matching_form(text: str, traditional: bool | None = None) -> str:
    """``text`` folded for matching, exactly as long as ``text``.

    ``traditional`` says whether the text belongs to a document in traditional script
    (:func:`is_traditional` of the whole document, so that a short line such as 「微信小程式」,
    whose characters both scripts share, is read as the document's other lines are); by
    default, whether ``text`` itself holds a character only traditional script has. Only
    traditional text has its Taiwan words folded.

    >>> matching_form("微信視頻號負責人張孝超，ＶＯＩＰ能力提升６倍")
    '微信视频号负责人张孝超，VOIP能力提升6倍'
    >>> matching_form("影片號與小程式打通，支援行動支付")
    '视频号与小程序打通，支持移动支付'
    >>> matching_form("微信小程式", traditional=True), matching_form("微信小程式")
    ('微信小程序', '微信小程式')
    >>> matching_form("首席运营官雪莉・桑德伯格")
    '首席运营官雪莉·桑德伯格'
    >>> matching_form("视频号") == "视频号"
    True
    """
    folded = text.translate(_WIDTH) if _FULL_WIDTH.search(text) else text
    if OTHER_NAME_DOT.search(folded):
        folded = OTHER_NAME_DOT.sub(NAME_DOT, folded)
    if traditional is None:
        traditional = bool(_traditional_only().search(folded))
    if traditional or _traditional_only().search(folded):
        import zhconv

        converted = zhconv.convert(folded, "zh-hans")
        # zhconv's tables map equal lengths; keep the promise even if a table ever does not.
        if len(converted) == len(folded):
            folded = converted
    if traditional:
        pattern, words = _taiwan_words()
        folded = pattern.sub(lambda hit: words[hit.group()], folded)
    return folded
