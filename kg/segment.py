"""Step 2: Document -> :class:`~kg.records.Segmented`, words cut by jieba.

jieba gets the ontology's labels as its user dictionary, so that 视频号, 搜一搜, 不看不付 and
红包封面 come out as single words and a term is never split across a word boundary that the
matcher would then have to guess at. One tokenizer is built per ontology and process, and
warmed once (loading jieba's dictionary is the slow part).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from math import log
from typing import Any

from kg.normalize import matching_form
from kg.ontology import MATCHED_KINDS, Ontology
from kg.records import Document, Segmented

__all__ = ["tokenizer", "segment", "cut", "BlockCutter", "Cutter", "cutter", "trie_pattern"]


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
    _initialize(tk)
    for word in words:
        # jieba's suggested frequency keeps a label whole alone but loses it beside a longer
        # dictionary word (小|程序开发|者); a very high one eats words (直播|间). 10k sits between.
        tk.add_word(word, freq=10_000)
    return tk


def _initialize(tk: Any) -> None:
    """Load jieba's dictionary into ``tk`` (what ``tk.initialize()`` does), never through
    jieba's own cache.

    jieba keeps its dictionary, parsed, as a marshal file in the shared temporary directory
    (``/tmp/jieba.cache``) and loads whatever it finds there: anyone on the machine who
    plants one first would change every later build's words, and so its facts. Parsing the
    dictionary here instead costs no more than loading that file (0.7 s against 0.9 s, the
    medians of 12 fresh processes each), and leaves nothing on disk to trust.
    """
    tk.FREQ, tk.total = tk.gen_pfdict(tk.get_dict_file())
    tk.initialized = True


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


#: What jieba keeps whole between blocks (``re_skip_default``); the rest it yields a character
#: at a time.
_SKIP = re.compile("(\r\n|\\s)")

#: What jieba gathers into one word when the route leaves it single characters (``re_eng``).
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class BlockCutter:
    """jieba's cut of one block without HMM (``Tokenizer.cut(block, HMM=False)``), faster.

    It is jieba's algorithm on jieba's dictionary, step for step: the words that start at
    each character (``get_DAG``), the most probable route from the right (``calc``) with
    the same sums in the same order and the same tie-break (the longer word), then runs of
    single ASCII letters and digits joined. The two passes are made one, and each word's log
    probability is computed once and kept (at most one entry per dictionary word), instead
    of a ``log`` and a generator per candidate. Three times faster than jieba on news text,
    and equal to it word for word (tests/test_segment.py compares them).
    """

    def __init__(self, tokenizer: Any) -> None:
        tokenizer.check_initialized()
        self._freq: dict[str, int] = tokenizer.FREQ
        self._logtotal = log(tokenizer.total)
        # word -> log(freq) - log(total), or False for a prefix that is no word itself
        self._logp: dict[str, float | bool] = {}

    def __call__(self, block: str) -> list[str]:
        """The words of a block (a whole match of :data:`_BLOCK`)."""
        n = len(block)
        freq, logp, logtotal = self._freq, self._logp, self._logtotal
        score = [0.0] * (n + 1)
        end = list(range(n + 1))  # end[k]: the last character of the best word at k
        for k in range(n - 1, -1, -1):
            best: float | None = None
            i = k
            frag = block[k]
            while True:
                p = logp.get(frag)
                if p is None:
                    f = freq.get(frag)
                    if f is None:
                        break
                    p = logp[frag] = log(f) - logtotal if f else False
                if p is not False:
                    total = p + score[i + 1]
                    if best is None or total >= best:
                        best, end[k] = total, i
                i += 1
                if i == n:
                    break
                frag = block[k : i + 1]
            if best is None:  # no word starts here: the character alone, frequency 1
                best = log(freq.get(block[k]) or 1) - logtotal + score[k + 1]
            score[k] = best
        words: list[str] = []
        ascii_run = ""
        x = 0
        while x < n:
            y = end[x] + 1
            if y - x == 1 and block[x] in _ASCII_ALNUM:
                ascii_run += block[x]
            else:
                if ascii_run:
                    words.append(ascii_run)
                    ascii_run = ""
                words.append(block[x:y])
            x = y
        if ascii_run:
            words.append(ascii_run)
        return words


class Cutter:
    """jieba where it can matter: only the blocks in which some label occurs are segmented.

    A label is found on word boundaries, so in a block where no label occurs as a substring
    (of the block casefolded, as the matcher reads words) no segmentation can make one
    appear; such a block is kept as one word. The words of the blocks that are segmented
    are jieba's own (jieba segments each block apart from the others; :class:`BlockCutter`
    cuts them as jieba does), so the terms matched are exactly those of segmenting
    everything, at about a sixth of the cost on news text. A label that reaches across
    blocks (one with a space, say) makes its sentence segmented whole, as jieba would.
    """

    def __init__(self, ontology: Ontology) -> None:
        from kg.match import matcher

        labels = sorted(matcher(ontology).labels)  # casefolded, as the matcher reads words
        self._tokenizer = tokenizer(ontology)
        self._cut_block = BlockCutter(self._tokenizer)
        self._finder = _Finder(labels)
        spanning = [label for label in labels if not _BLOCK.fullmatch(label)]
        self._spanning = _trie(spanning) if spanning else None

    def cut_block(self, block: str) -> list[str]:
        """jieba's words of one block, as if it had been segmented (kg.match cuts a word it
        left whole when a label begins inside it: 空间月活跃… after QQ and a space)."""
        return self._cut_block(block)

    def __call__(self, text: str) -> tuple[str, ...]:
        """The words of one sentence (in its matching form)."""
        if not text:
            return ()
        # Labels are looked for in the casefolded text: the matcher casefolds each word, and
        # casefolding a text casefolds its words one by one, so a label it could match is in
        # there.
        folded = text.casefold()
        found = self._finder.search(folded)
        if found is None:
            return (text,)
        if self._spanning is not None and self._spanning.search(folded):
            return self._everywhere(text)
        if len(folded) != len(text):  # (ß, ligatures: an offset into folded is not into text)
            return self._by_block(text)
        # A label inside a block is a label of the casefolded sentence there (each character
        # folds to one): no block is searched in which no label of the sentence starts, and
        # one in which a label starts and ends holds it. Searching the sentence from block to
        # block costs less than searching every block apart.
        words: list[str] = []
        at = 0  # where the piece starts in the text
        for i, block in enumerate(_BLOCK.split(text)):
            if not block:
                continue
            end = at + len(block)
            if found is not None and found.start() < at:
                found = self._finder.search(folded, at)  # the leftmost label from here
            if i % 2 and found is not None and found.start() < end:
                if found.end() <= end or self._finder.search(block.casefold()):
                    # (a label that runs past the block: a character after it folds to a
                    # letter; the block itself is searched)
                    words.extend(self._cut_block(block))
                else:
                    words.append(block)
            else:
                words.append(block)
            at = end
        return tuple(words)

    def _everywhere(self, text: str) -> tuple[str, ...]:
        """jieba's ``cut(text, HMM=False)``, word for word: every block cut (by the
        :class:`BlockCutter`, three times faster than jieba's own), and between blocks each
        character a word, but line ends and white space, which jieba splits apart."""
        words: list[str] = []
        for i, piece in enumerate(_BLOCK.split(text)):
            if not piece:
                continue
            if i % 2:
                words.extend(self._cut_block(piece))
                continue
            for part in _SKIP.split(piece):
                if _SKIP.match(part):
                    words.append(part)
                else:
                    words.extend(part)
        return tuple(words)

    def _by_block(self, text: str) -> tuple[str, ...]:
        """The words of a sentence, each block searched for a label apart."""
        words: list[str] = []
        for i, block in enumerate(_BLOCK.split(text)):
            if not block:
                continue
            if i % 2 and self._finder.search(block.casefold()):
                words.extend(self._cut_block(block))
            else:
                words.append(block)
        return tuple(words)


_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> re.Pattern[str]:
    """A regex that finds any of ``words``, shaped as their trie: (?:微信(?:支付(?:分)?)?|视频号|…).

    A flat alternation of a few hundred words tries each of them at every character; the
    trie tries one branch per character, several times faster.
    """
    return re.compile(_trie_body(words))


def trie_pattern(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """The pattern of :func:`_trie`, to build a larger regex with (kg suggest's): it matches
    what an alternation of ``words`` longest first matches, the longest word first, and it
    backtracks to the shorter ones in the same order. It opens with a look-ahead for the
    words' first characters, so that the engine leaves a place no word starts at with one
    test (:class:`_Finder` knows that place already, and uses :func:`_trie`).

    A regex compiled with ``re.I`` needs ``ignore_case``: the trie then has one branch for
    B and b, or the branch of B would match bB's first character, and end there, before the
    branch of b were tried."""
    words = [_folded(word) for word in words] if ignore_case else list(words)
    firsts = sorted({word[:1] for word in words})
    if not firsts or "" in firsts:  # (the empty word matches anywhere: no look-ahead then)
        return f"(?:{_trie_body(words)})"
    return f"(?=[{''.join(map(re.escape, firsts))}])(?:{_trie_body(words)})"


def _folded(word: str) -> str:
    """``word`` lower-cased character by character, each character one (İ stays İ), as the
    regex engine compares characters when it ignores case."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in word)


def _trie_body(words: Iterable[str]) -> str:
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: _Trie) -> str:
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


class _Finder:
    """Finds what the trie regex of ``words`` (:func:`_trie`) finds, several times faster.

    At each character the regex's top level tries its branches one after the other, one per
    character that starts a word (several hundred), before the branch of that character goes
    on. Here a character class finds the places where a word could start, and the trie of
    the words that start with that character is matched there: the same leftmost start, and
    the same word there (the longest).
    """

    def __init__(self, words: list[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for word in words:
            by_first.setdefault(word[:1], []).append(word)
        # (no word, or an empty one, matches the empty string anywhere: the one regex then)
        self._whole = _trie(words) if "" in by_first or not words else None
        # (single characters, which the regex compiler makes one set to look up)
        self._starts = re.compile("|".join(map(re.escape, sorted(by_first))))
        self._rest = {char: _trie(group) for char, group in by_first.items()}

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The leftmost word in ``text`` from ``pos`` (the longest of those that start there)."""
        if self._whole is not None:
            return self._whole.search(text, pos)
        rest = self._rest
        for start in self._starts.finditer(text, pos):
            found = rest[start.group()].match(text, start.start())
            if found is not None:
                return found
        return None


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
