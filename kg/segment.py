"""Step 2: Document -> :class:`~kg.records.Segmented`, words cut by jieba.

jieba gets the ontology's labels as its user dictionary, so that 视频号, 搜一搜, 不看不付 and
红包封面 come out as single words and a term is never split across a word boundary that the
matcher would then have to guess at. One tokenizer is built per ontology and process, and
warmed once (loading jieba's dictionary is the slow part).
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from kg.normalize import matching_form
from kg.ontology import MATCHED_KINDS, Ontology
from kg.records import Document, Segmented

__all__ = ["tokenizer", "segment", "cut"]


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


def segment(document: Document, ontology: Ontology) -> Segmented:
    """Cut every sentence of the document into words."""
    tk = tokenizer(ontology)
    return Segmented(
        document=document,
        words=tuple(tuple(tk.cut(s.matching, HMM=False)) for s in document.sentences),
    )
