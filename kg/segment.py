"""Step 2: Document -> :class:`~kg.records.Segmented`, words cut by jieba.

jieba gets the ontology's labels as its user dictionary, so that 视频号, 搜一搜, 不看不付 and
红包封面 come out as single words and a term is never split across a word boundary that the
matcher would then have to guess at. One tokenizer is built per ontology and process, and
warmed once (loading jieba's dictionary is the slow part).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from kg.normalize import matching_form
from kg.ontology import MATCHED_KINDS, Ontology
from kg.records import Document, Segmented

__all__ = ["tokenizer", "segment", "cut", "Cutter", "cutter"]


def _jieba() -> Any:
    try:
        import jieba
    except ImportError as exc:  # pragma: no cover - jieba is a hard dependency
        from kg.errors import KGError

        raise KGError("jieba is not installed; install it with: pip install jieba") from exc
    jieba.setLogLevel(logging.WARNING)
    return jieba


@lru_cache(maxsize=4)
def _tokenizer(fingerprint: str, words: tuple[str, ...]) -> Any:
    jieba = _jieba()
    tk = jieba.Tokenizer()
    tk.initialize()
    for word in words:
        # jieba's suggested frequency keeps a label whole alone but loses it beside a longer
        # dictionary word (小|程序开发|者); a very high one eats words (直播|间). 10k sits between.
        tk.add_word(word, freq=10_000)
    return tk


def tokenizer(ontology: Ontology) -> Any:
    """The jieba Tokenizer for this ontology: its labels are user words. Cached per process."""
    words = sorted(
        {
            matching_form(label)
            for t in ontology.terms.values()
            if t.kind in MATCHED_KINDS
            for label in t.labels
        }
    )
    return _tokenizer(ontology.fingerprint, tuple(words))


def cut(text: str, ontology: Ontology) -> tuple[str, ...]:
    """Cut a text (in its matching form) into words that, joined, give it back exactly.

    HMM discovery of unknown words is off: every term kg matches is in the dictionary,
    and the Viterbi pass would only merge characters across term boundaries.
    """
    return tuple(tokenizer(ontology).cut(matching_form(text), HMM=False))


#: jieba's own split of a text into blocks that it segments one by one (``re_han_default``):
#: the words of a block do not depend on the text around it.
_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")


class Cutter:
    """jieba where it can matter: only the blocks in which some label occurs are segmented.

    A label is found on word boundaries, so in a block where no label occurs as a substring
    no segmentation can make one appear; such a block is kept as one word. The words of the
    blocks that are segmented are jieba's own (jieba segments each block apart from the
    others), so the terms matched are exactly those of segmenting everything, at about half
    the cost on news text. A label that reaches across blocks (one with a space, say) makes
    its sentence segmented whole.
    """

    def __init__(self, ontology: Ontology) -> None:
        from kg.match import matcher

        labels = sorted(matcher(ontology).labels, key=len, reverse=True)
        self._tokenizer = tokenizer(ontology)
        self._finder = _alternation(labels)
        spanning = [label for label in labels if not _BLOCK.fullmatch(label)]
        self._spanning = _alternation(spanning) if spanning else None

    def __call__(self, text: str) -> tuple[str, ...]:
        """The words of one sentence (in its matching form)."""
        if not text:
            return ()
        if self._finder.search(text) is None:
            return (text,)
        if self._spanning is not None and self._spanning.search(text):
            return tuple(self._tokenizer.cut(text, HMM=False))
        words: list[str] = []
        for i, block in enumerate(_BLOCK.split(text)):
            if not block:
                continue
            if i % 2 and self._finder.search(block):
                words.extend(self._tokenizer.cut(block, HMM=False))
            else:
                words.append(block)
        return tuple(words)


def _alternation(labels: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, labels)), re.IGNORECASE)


_CUTTERS: dict[str, Cutter] = {}


def cutter(ontology: Ontology) -> Cutter:
    """The :class:`Cutter` of an ontology, built once per process."""
    built = _CUTTERS.get(ontology.fingerprint)
    if built is None:
        built = _CUTTERS[ontology.fingerprint] = Cutter(ontology)
    return built


def segment(document: Document, ontology: Ontology) -> Segmented:
    """Cut every sentence of the document into words (where a label could be among them)."""
    words = cutter(ontology)
    return Segmented(
        document=document,
        words=tuple(words(s.matching) for s in document.sentences),
    )
