"""``kg suggest``: the terms articles name that the ontology lacks, ranked, as Turtle to review.

Each sentence is read by a few rules, each one a shape of sentence that Chinese news uses to
introduce a name (:data:`RULES`): a title before a name (腾讯公司副总裁栾娜) or after a post's
verb (孙东旭为新东方在线执行董事), a verb of saying after one (罗云说), a title of respect
after one (李文亮医生), a list before a noun
that says what its items are (通过A、B、C等品牌), an organisation's head word (华中科技大学),
a product noun (支付宝APP), a feature's head word (付费订阅功能), an announcement verb before
a list of features (推出A、B和C等功能), a quoted name before 功能, after 推出 or after a kind of
thing (社交电商平台“小鹅拼拼”), a known
product's name with a product noun (视频号小店), a unit of a known name before a person's
title (钉钉国际化团队负责人). A rule gives a name, a class and a strength; a term is proposed
when its strengths over the corpus add up to :data:`MIN_SCORE` (three times that for a common word
of jieba's dictionary, :func:`_needed`), so a weak cue needs to recur and a strong one does not.
A cue that a product must announce waits, when no known product is its agent, for the
article's own product (one that dominates the article, as kg's rules find it) or for a
product the corpus proposes (:func:`_second_round`).

Never proposed: a word of :data:`kg.lang.suggest.GENERIC`, a label the ontology has (of any
term, compared in their matching forms), and a fragment of a longer proposal cued by the same
sentences only. The cue words are data, in :mod:`kg.lang.suggest`.

Example::

    from kg import load_ontology
    from kg.suggest import suggest, write_turtle
    found = suggest(["eval/tune"], load_ontology())
    write_turtle(found, "suggested.ttl")
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import BuildError, KGError
from kg.lang import LANGUAGE, numerals
from kg.lang import suggest as cues
from kg.normalize import matching_form
from kg.ontology import BASE, KG, MATCHED_KINDS, Ontology
from kg.rdf import literal
from kg.records import Failure
from kg.rules.context import dominant

__all__ = [
    "MIN_SCORE",
    "CLASSES",
    "RULES",
    "Rule",
    "Hit",
    "Evidence",
    "Suggestion",
    "Suggestions",
    "suggest",
    "turtle_lines",
    "write_turtle",
    "check_output",
    "table_lines",
]

#: What a term's cues must add up to before it is proposed: one strong cue (a title before a
#: name, a quoted feature) or two weak ones (two sentences with a verb of saying after it).
MIN_SCORE = 1.0

#: The classes a proposal can have, the namespace its IRI goes in, and how a table shows it.
CLASSES: dict[str, tuple[str, str]] = {
    "Person": ("person", "person"),
    "Company": ("org", "company"),
    "PublicBody": ("org", "public body"),
    "Organization": ("org", "organisation"),
    "Product": ("product", "product"),
    "Capability": ("cap", "capability"),
}
_NAMESPACES = {
    "person": BASE + "id/person/",
    "org": BASE + "id/org/",
    "product": BASE + "id/product/",
    "cap": BASE + "id/capability/",
}
_KIND = {
    "Person": "Person",
    "Company": "Organization",
    "PublicBody": "Organization",
    "Organization": "Organization",
    "Product": "Product",
    "Capability": "Capability",
}


@dataclass(frozen=True, slots=True)
class Hit:
    """A name one rule read in one sentence: its label, class and how strongly it was cued."""

    label: str
    cls: str  # a key of CLASSES
    cue: str  # the rule's name
    strength: float
    alt: str = ""  # a longer form to match as the same term (谷歌NotebookLM of NotebookLM)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The first sentence that cued a term, as written, and its article."""

    path: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One proposed term: label, class, IRI, how often and how strongly it was cued."""

    rank: int
    label: str
    cls: str
    iri: str
    count: int  # sentences that cue it
    score: float
    cues: tuple[str, ...]  # the rules that cued it, the strongest first
    evidence: Evidence
    alt_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestions:
    """What :func:`suggest` found: the ranked terms, and what it read or could not."""

    terms: tuple[Suggestion, ...]
    articles: int
    paths: tuple[str, ...]
    failures: tuple[Failure, ...] = ()


# ---------------------------------------------------------------- text helpers

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_IS_HAN = re.compile(f"[{_HAN}]")
_ALL_HAN = re.compile(f"[{_HAN}]+")
#: Where a clause ends: names never reach over these.
_BREAK = re.compile(r"[，,。；;：:！？!?…]|——")
#: Characters that cannot be inside a name.
_NOT_NAME = re.compile(
    r"[\s，,。；;：:！？!?、（）()\[\]【】「」『』“”\"‘’《》<>/\\|*#@&+=~`^%$0-9]"
)
#: Characters of grammar that a person's given name does not hold.
_NOT_ITEM = re.compile(f"[{''.join(sorted(cues.GRAMMAR_CHARS))}]")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])")
_TRANSLITERATED = re.compile(f"[{_HAN}]{{1,5}}·[{_HAN}]{{1,6}}")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*[A-Za-z0-9]|[A-Za-z]{2,}")
_NUMBER_LEAD = re.compile(
    r"^(?:[0-9一二三四五六七八九十百千两几多数]+[个项家款种大位名类条年月日]|[0-9.]+$)"
)
_COUNT = re.compile(r"[0-9一二三四五六七八九十百千两几多数]+[个项家款种大位名类条]")
_SPACES = re.compile(r"\s+")
#: A number that starts a brand's name (360织语), where it ends a stretch of text.
_NUMBER_NAME = re.compile(r"(?<![0-9A-Za-z.%+\-])[0-9]{2,4}$")
_NUMBER_LEAD_NAME = re.compile(r"[0-9]{2,4}")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _numbered(number: str, rest: str) -> bool:
    """Whether ``number`` before ``rest`` starts a brand's name (360织语), not a quantity or a
    year (45个词, 2022微信公开课)."""
    return (
        _NUMBER_NAME.fullmatch(number) is not None
        and _IS_HAN.match(rest) is not None
        and rest[0] not in cues.QUANTITY_CHARS
        and _YEAR.fullmatch(number) is None
    )


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _starts(text: str, words: Iterable[str]) -> str | None:
    """The longest of ``words`` that ``text`` starts with."""
    best = None
    for word in words:
        if text.startswith(word) and (best is None or len(word) > len(best)):
            best = word
    return best


def _ends(text: str, words: Iterable[str]) -> str | None:
    """The longest of ``words`` that ``text`` ends with."""
    best = None
    for word in words:
        if text.endswith(word) and (best is None or len(word) > len(best)):
            best = word
    return best


def _clause_start(text: str, i: int) -> int:
    """Where the clause holding position ``i`` starts."""
    start = 0
    for m in _BREAK.finditer(text, 0, i):
        start = m.end()
    return start


def _sentence_start(text: str, i: int) -> int:
    """Where the sentence holding position ``i`` starts (after 。；！？)."""
    return max(text.rfind(c, 0, i) for c in "。；;！？!?") + 1


def _clause_end(text: str, i: int) -> int:
    m = _BREAK.search(text, i)
    return m.start() if m else len(text)


def _strip(label: str) -> str:
    """A label without surrounding spaces and punctuation, inner runs of spaces as one."""
    return _SPACES.sub(" ", label).strip(" \t*#-—–·.,，、:：;；'\"“”‘’()（）[]【】")


# ---------------------------------------------------------------- the dictionary


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each word of its dictionary (what jieba.posseg reads)."""
    import io

    import jieba

    tags: dict[str, str] = {}
    with io.TextIOWrapper(jieba.get_dict_file(), encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    return tags


# ---------------------------------------------------------------- the rules


@dataclass(frozen=True)
class Rule:
    """A rule: its name, the classes it proposes, what it reads, and the function that
    reads one sentence (a :class:`_Sentence`) into hits."""

    name: str
    classes: tuple[str, ...]
    description: str
    read: Callable[[_Sentence], Iterator[Hit]]


class _Sentence:
    """One sentence (in its matching form) and what the rules share about it: the
    finder's tables, and jieba's words (cut once, when a rule first asks)."""

    __slots__ = ("text", "finder", "open_lists", "pending", "_words")

    def __init__(self, text: str, finder: _Finder) -> None:
        self.text = text
        self.finder = finder
        #: lists with no head noun and no known item: read again once the corpus has given
        #: some of their items a class (:func:`_second_round`)
        self.open_lists: list[tuple[str, ...]] = []
        #: hits that a product as their agent makes stronger (推出“X” after 钉钉), with the
        #: text that may name the agent: kept when it names no known product, for the second
        #: round to read again once the corpus has proposed products (:meth:`agented`)
        self.pending: list[tuple[Hit, str]] = []
        self._words: list[tuple[int, str]] | None = None

    def words(self) -> list[tuple[int, str]]:
        """jieba's words of the sentence, each with its offset: HMM on, the ontology's
        labels as user words, and a run of single characters that are no words of grammar
        joined into one (壹 窑 -> 壹窑), as jieba leaves a name it does not know."""
        if self._words is None:
            out: list[tuple[int, str]] = []
            pos = 0
            run_start, run = 0, ""
            for word in self.finder.tokenizer.cut(self.text, HMM=True):
                single = (
                    len(word) == 1
                    and _IS_HAN.match(word) is not None
                    and word not in cues.FUNCTION_CHARS
                    and (self.finder.freq.get(word) or 0) < cues.WORD_CHAR_FREQUENCY
                )
                if single:
                    if not run:
                        run_start = pos
                    run += word
                else:
                    if run:
                        out.append((run_start, run))
                        run = ""
                    out.append((pos, word))
                pos += len(word)
            if run:
                out.append((run_start, run))
            self._words = out
        return self._words

    def word_at(self, i: int) -> tuple[int, str]:
        """The word that holds position ``i``, and where it starts."""
        for pos, word in self.words():
            if pos <= i < pos + len(word):
                return pos, word
        return i, ""

    def words_before(self, i: int, start: int) -> list[str]:
        """The words between ``start`` and ``i``, the nearest first; a word that straddles
        ``i`` is cut there."""
        out = []
        for pos, word in reversed(self.words()):
            if pos >= i:
                continue
            if pos < start:
                break
            out.append(word[: i - pos])
        return out

    def words_after(self, i: int, end: int) -> list[str]:
        """The words between ``i`` and ``end``, in order; words that straddle either end are
        cut there."""
        out = []
        for pos, word in self.words():
            if pos + len(word) <= i:
                continue
            if pos >= end:
                break
            out.append(word[max(0, i - pos) : end - pos])
        return out

    def tag(self, word: str) -> str | None:
        return self.finder.tags.get(word)

    def agented(self, hit: Hit, base: float, agent: str, *, makers: bool = False) -> Iterator[Hit]:
        """``hit`` at its strength when ``agent`` (the text before it) names a known
        product (or, with ``makers``, a known organisation), else at ``base`` (none when 0),
        kept for the second round."""
        folded = agent.casefold()
        products = self.finder.products_re
        if products is not None and products.search(folded):
            yield hit
            return
        organisations = self.finder.organisations_re
        if makers and organisations is not None and organisations.search(folded):
            yield hit
            return
        self.pending.append((hit, agent))
        if base > 0:
            yield Hit(hit.label, hit.cls, hit.cue, base)

    def walk_left(
        self,
        i: int,
        *,
        longest: int,
        most: int,
        stop_tags: frozenset[str],
        names: bool = True,
        known_feature: bool = False,
    ) -> list[str]:
        """The words of a name that ends at ``i``, read leftwards: up to ``most`` words and
        ``longest`` characters, none of them punctuation, a known term, a generic word, a
        word of :data:`~kg.lang.suggest.NAME_STOP` or one tagged with ``stop_tags``. A name
        never starts with a character of :data:`~kg.lang.suggest.NAME_LEAD_STOP`. A feature's
        name (``names`` false) may hold generic words (私域运营咨询), and with ``known_feature``
        start with a known feature's (朋友圈转发: a feature of 朋友圈, where 钉钉 of 钉钉密聊 is
        the product that offers 密聊)."""
        text = self.text
        finder = self.finder
        taken: list[str] = []
        length = 0
        for word in self.words_before(i, _clause_start(text, i)):
            if (
                known_feature
                and taken
                and finder.kind(word) == "Capability"
                and length + len(word) <= longest
            ):
                taken.insert(0, word)
                length += len(word)
                break
            if (
                not word.strip()
                or _NOT_NAME.search(word)
                or word in cues.NAME_STOP
                or word in cues.CAPABILITY_LEFT_STOP
                or (names and finder.generic(word))
                or self.tag(word) in stop_tags
                or finder.is_known(word)
                or length + len(word) > longest
                or self.glued(word, stop_tags)
                or (word in cues.ADDRESS_ENDS and text.endswith(".", 0, i - length - len(word)))
            ):
                break
            taken.insert(0, word)
            length += len(word)
            if len(taken) == most:
                break
        # A date's unit opens no name, also when a space parts it from its number (2015 年读大学).
        while taken and (
            taken[0][0] in cues.NAME_LEAD_STOP
            or (taken[0][0] in cues.DATE_UNITS and text[: i - length].rstrip()[-1:].isdigit())
        ):
            length -= 1
            taken[0] = taken[0][1:]
            if not taken[0]:
                taken.pop(0)
        if taken and _IS_HAN.match(taken[0]):
            # 360织语: a brand's number is part of its name (not 45个, 2022年)
            m = _NUMBER_NAME.search(text, max(0, i - length - 5), i - length)
            if m and _numbered(m.group(), taken[0]) and length + len(m.group()) <= longest:
                taken.insert(0, m.group())
        return taken

    def glued(self, word: str, stop_tags: frozenset[str]) -> bool:
        """A word jieba made of characters it did not know as one (拉进来, 刚入职) that holds
        a dictionary word of grammar or a verb: no name."""
        if len(word) < 3 or self.tag(word) is not None or not _ALL_HAN.fullmatch(word):
            return False
        tags = self.finder.tags
        return any(
            tags.get(word[k : k + 2]) in stop_tags or tags.get(word[k : k + 2]) in ("v", "d")
            for k in range(len(word) - 1)
        )

    def proper(self, word: str) -> bool:
        """A word that may be a name: not in jieba's dictionary, tagged as a name, or Latin."""
        tag = self.tag(word)
        return tag is None or tag in cues.PROPER_TAGS or not _IS_HAN.search(word)


class _Finder:
    """What the rules read a corpus with: the ontology's labels, jieba, the cue tables."""

    def __init__(self, ontology: Ontology) -> None:
        from kg.segment import tokenizer, trie_pattern

        self.tokenizer = tokenizer(ontology)
        self.freq: dict[str, int] = self.tokenizer.FREQ
        self.tags = _tags()
        #: every label of a term kg matches in text (a product, a person, an organisation, a
        #: capability), in its matching form, casefolded -> kind: the names the rules read
        #: around. A metric's or an event's label (企业, 商家, 微信公开课) is no name: a name
        #: may hold it (企业文化建设), and a list of features may name it.
        self.known: dict[str, str] = {}
        #: every label of every term, of any kind: never proposed
        self.taken: set[str] = set()
        #: each label of :attr:`known` -> its term's preferred label, in its matching form
        self.preferred: dict[str, str] = {}
        for term in ontology.terms.values():
            for label in term.labels:
                key = matching_form(label).casefold()
                self.taken.add(key)
                if term.kind in MATCHED_KINDS:
                    self.known.setdefault(key, term.kind)
                    self.preferred.setdefault(key, matching_form(term.label))
        self._grammar: dict[str, bool] = {}

        # (Each set of names is a regex shaped as the names' trie, which matches what their
        # alternation longest first does, several times faster: kg.segment.trie_pattern.)
        def names(words: list[str]) -> str:
            return trie_pattern(words, ignore_case=True)  # (the regexes ignore case)

        matched = list(self.known)
        self.known_re = re.compile(names(matched), re.I) if matched else None
        products = [k for k, kind in self.known.items() if kind == "Product" and len(k) >= 2]
        self.products_re = re.compile(names(products), re.I) if products else None
        makers = [k for k, kind in self.known.items() if kind == "Organization" and len(k) >= 2]
        self.organisations_re = re.compile(names(makers), re.I) if makers else None
        self.maker_re = re.compile(f"{names(makers)}(?=的?\\s?[A-Za-z])", re.I) if makers else None
        parents = [k for k, kind in self.known.items() if kind in ("Product", "Organization")]
        self.compound = (
            re.compile(f"{names(parents)}({_alternation(cues.COMPOUND_HEADS)})", re.I)
            if parents
            else None
        )

    def lead(self, texts: Iterable[str]) -> str | None:
        """The known product an article's ``texts`` are about: the one they name most, when it
        dominates them as kg's rules find the article's product
        (:func:`kg.rules.context.dominant`)."""
        if self.products_re is None:
            return None
        counts: dict[str, int] = {}
        for text in texts:
            for m in self.products_re.finditer(text.casefold()):
                key = self.preferred.get(m.group(), m.group())
                counts[key] = counts.get(key, 0) + 1
        return dominant(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def grammar_inside(self, text: str) -> bool:
        """Whether ``text`` holds a word of grammar as a word of its own (消息的分层): jieba's
        words of it, without HMM, against :func:`_grammar_word`."""
        found = self._grammar.get(text)
        if found is None:
            found = self._grammar[text] = any(
                _grammar_word(w) for w in self.tokenizer.lcut(text, HMM=False)
            )
        return found

    def is_known(self, label: str) -> bool:
        return matching_form(label).casefold() in self.known

    def kind(self, label: str) -> str | None:
        return self.known.get(matching_form(label).casefold())

    def known_at(self, text: str, i: int) -> int:
        """The length of the longest known label that starts at ``i`` (0 if none)."""
        if self.known_re is None:
            return 0
        m = self.known_re.match(text, i)
        return len(m.group()) if m else 0

    def common(self, word: str) -> bool:
        """A frequent word of jieba's dictionary that is not a name (社交, 短信, 支付)."""
        return (self.freq.get(word) or 0) >= cues.COMMON_FREQUENCY and (
            self.tags.get(word) not in cues.PROPER_TAGS
        )

    def generic(self, label: str) -> bool:
        """Never a term: a generic word, a generic Latin abbreviation, no letter at all."""
        bare = label.strip()
        return bare.casefold() in _GENERIC_FOLDED or not re.search(f"[{_HAN}A-Za-z]", bare)


_GENERIC_FOLDED = frozenset(w.casefold() for w in cues.GENERIC | cues.LATIN_GENERIC)


def _grammar_word(word: str) -> bool:
    """A word of grammar: a character such as 的, 了, 能 as a word of its own, or a modal
    verb (可以, 能够)."""
    return word in cues.GRAMMAR_CHARS or word in cues.MODAL_WORDS


def _item_ok(s: _Sentence, item: str, longest: int = 12) -> bool:
    """Whether ``item`` can be a name: short, not generic, no grammar inside, not a lone
    adjective, verb or numeral of the dictionary (真实, 中小, 分享)."""
    finder = s.finder
    if not item or len(item) > longest or finder.generic(item):
        return False
    if _NUMBER_LEAD.match(item) and not re.match(r"\d+[A-Za-z]", item):
        return False
    if not _IS_HAN.search(item):
        return len(item) >= 2 and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 &.\-+]*", item) is not None
    number = _NUMBER_LEAD_NAME.match(item)
    if number and _numbered(number.group(), item[number.end() :]):
        item = item[number.end() :]  # 360织语: the rest is read as the name
    if len(item) < 2 or finder.grammar_inside(item) or _NOT_NAME.search(item.replace(" ", "")):
        return False
    tag = s.tag(item)
    return not (tag in cues.ITEM_STOP_TAGS and (tag not in ("v", "vi") or finder.common(item)))


# ---------------------------------------------------------------- people

_TITLE = re.compile(f"(?:{_alternation(cues.PERSON_TITLES)})")
#: A title and what joins it to the next one a person holds (创始人/CEO, 创始人、董事长).
_TITLE_CHAIN = re.compile(f"(?:{_alternation(cues.PERSON_TITLES)})\\s*[、/&和兼]\\s*$")
_SPEECH = re.compile(f"(?:{_alternation(cues.SPEECH_VERBS)})")
_PAREN_TITLE = re.compile(f"[（(]([^（）()]{{0,30}}?(?:{_alternation(cues.PERSON_TITLES)}))[）)]")
_SPEAKER_LEAD = re.compile(r"^[\s*#>\-]*(?:Q\d+[、.．]\s*)?")
_FOLLOWERS = tuple(sorted(cues.NAME_FOLLOWERS, key=len, reverse=True))
_BEFORE_NAME = re.compile(
    r"(?:[\s，,。；;：:！？!?、（(「“\"『*#>\-—@]|据|由|和|与|及|对|向|是|为|被|让|请|在|的|了|从|将|把|给|跟|同|找)$"
)


def _boundary_after(text: str, j: int) -> bool:
    """Whether a name may end at ``j``: the text ends, or punctuation or a word that
    follows names comes next."""
    if j >= len(text):
        return True
    if _NOT_NAME.match(text, j) or not _IS_HAN.match(text, j):
        return True
    return any(text.startswith(w, j) for w in _FOLLOWERS)


def _surname_at(text: str, i: int) -> str | None:
    if text[i : i + 2] in cues.COMPOUND_SURNAMES:
        return text[i : i + 2]
    if i < len(text) and text[i] in cues.SURNAMES:
        return text[i]
    return None


def _name_at(s: _Sentence, i: int) -> str | None:
    """The person's name that starts at ``i``, if one does: a Latin name (James Mitchell),
    a transliterated one (梅格·惠特曼), or a family name and one or two characters, as long
    as the text after it can follow a name (张颖介绍, 张孝超介绍)."""
    text = s.text
    m = _LATIN_NAME.match(text, i)
    if m:
        return m.group()
    m = _TRANSLITERATED.match(text, i)
    if m:
        return _transliterated(s, i, m.group())
    surname = _surname_at(text, i)
    if surname is None:
        return None
    j = i + len(surname)
    fits = []
    for given in (1, 2):
        end = j + given
        chunk = text[j:end]
        if len(chunk) < given or not _ALL_HAN.fullmatch(chunk) or _NOT_ITEM.search(chunk):
            break
        if _boundary_after(text, end):
            fits.append(text[i:end])
    pos, word = s.word_at(i)
    if len(fits) == 2:
        # Both lengths could end there (张颖和 / 张颖和平): jieba's word at i decides, unless
        # the longer ends with a verb of saying (徐宏说：, cut 徐宏说).
        if fits[1][-1] in cues.SPEECH_VERB_CHARS or fits[1][-1] in cues.NAME_FOLLOWER_CHARS:
            return fits[0]
        return fits[1] if pos == i and word == fits[1] else fits[0]
    if fits:
        return fits[0]
    # No boundary after either length (董事长束从轩手撕……): a name jieba cut whole.
    if pos == i and len(surname) + 1 <= len(word) <= len(surname) + 2 and _ALL_HAN.fullmatch(word):
        return word
    return None


#: A word that opens with a word of two characters or more that follows names (发推称: jieba
#: runs the verb of saying on).
_FOLLOWER_START = re.compile(_alternation(w for w in cues.NAME_FOLLOWERS if len(w) >= 2))


def _transliterated(s: _Sentence, i: int, name: str) -> str:
    """A transliterated name (梅格·惠特曼) as far as its part after the dot is names: the
    words jieba gives there end at the first one of its dictionary that is not tagged as a
    name (托马斯·艾伦代表的一派 -> 托马斯·艾伦, 代表 being a noun and a verb), and before a word
    that follows names (杰夫·莫里斯发推称 -> 杰夫·莫里斯: jieba knows no 发推)."""
    cut = _NOT_ITEM.search(name, name.index("·"))
    if cut:
        name = name[: cut.start()]
    dot = i + name.index("·") + 1
    end = dot
    for pos, word in s.words():
        if pos < dot:
            continue
        if pos >= i + len(name) or (
            end > dot
            and (s.tag(word) not in (None, *cues.PROPER_TAGS) or _FOLLOWER_START.match(word))
        ):
            break
        end = pos + len(word)
    return s.text[i : min(end, i + len(name))] if end > dot else name


def _name_before(s: _Sentence, i: int) -> str | None:
    """The person's name that ends at ``i`` and starts after a boundary (the clause's start,
    punctuation, or a word such as 据 or 由)."""
    text = s.text
    for hit in _LATIN_NAME.finditer(text, max(0, i - 30), i):
        if hit.end() == i:
            return hit.group()
    for hit in _TRANSLITERATED.finditer(text, max(0, i - 30), i):
        if hit.end() == i:
            name = _transliterated(s, hit.start(), hit.group())
            # 用梅格·惠特曼的话来说: the name stops before 的, so it is not the speaker.
            return name if hit.start() + len(name) == i else None
    for length in (4, 3, 2):
        start = i - length
        if start < 0:
            continue
        chunk = text[start:i]
        surname = _surname_at(text, start)
        if surname is None or len(chunk) - len(surname) not in (1, 2):
            continue
        if not _ALL_HAN.fullmatch(chunk) or _NOT_ITEM.search(chunk[len(surname) :]):
            continue
        if start == 0 or _BEFORE_NAME.search(text, 0, start):
            return chunk
    return None


def _person_ok(s: _Sentence, name: str) -> bool:
    """A name that is not a common word (高度, 方案) and holds no known term."""
    finder = s.finder
    if finder.generic(name) or finder.is_known(name):
        return False
    if _ALL_HAN.fullmatch(name):
        if finder.common(name) or (len(name) == 3 and finder.common(name[1:])):
            return False
        if s.tag(name) in cues.ITEM_STOP_TAGS:
            return False
    return True


def _people_titled(s: _Sentence) -> Iterator[Hit]:
    """腾讯公司副总裁栾娜, 创始人@孙平, 首席战略官James Mitchell: a title, then a name."""
    text = s.text
    for m in _TITLE.finditer(text):
        j = m.end()
        while j < len(text) and text[j] in " \u3000@":
            j += 1
        if text.startswith("的", j):  # 时任阿里云总裁的张建锋
            j += 1
        if text.startswith("兼", j):
            continue  # 有赞COO兼联席总裁浣昉: the last title names him
        name = _name_at(s, j) or _nickname_at(s, j) or _dictionary_name_at(s, j)
        if name and _person_ok(s, name):
            yield Hit(name, "Person", "title", 1.0)


def _tagged_name(s: _Sentence, word: str) -> bool:
    """Whether jieba's dictionary knows ``word`` as a person's name and as no frequent word:
    it tags 特朗普 and 汪文斌 nr, but 明白, 令人, 顾客 and 顾问 too."""
    return (
        s.tag(word) in cues.PERSON_TAGS and (s.finder.freq.get(word) or 0) < cues.COMMON_FREQUENCY
    )


def _dictionary_name_at(s: _Sentence, i: int) -> str | None:
    """A name with no family name of :data:`kg.lang.suggest.SURNAMES` that jieba's dictionary
    knows as a person's and cuts at ``i`` (美国总统特朗普周四签署, 外交部发言人汪文斌表示)."""
    pos, word = s.word_at(i)
    return word if pos == i and 2 <= len(word) <= 4 and _tagged_name(s, word) else None


def _nickname_at(s: _Sentence, i: int) -> str | None:
    """A name of two characters after a title that opens with no family name: a 花名, as
    小红书 and 阿里 call their staff (小红书CMO之恒还分享, 总经理觅阳分享, 原阿里钉钉CEO无招将).
    It is no word of jieba's dictionary, holds no grammar, numeral or known term, and the
    text after it can follow a name (so 首席执行官一职, CEO都想 and 负责人表示 give none); jieba's
    words end where it ends, and neither a plural's mark nor a verb of saying is part of it
    (分析师们认为, 高管们称)."""
    text = s.text
    chunk = text[i : i + 2]
    if len(chunk) < 2 or not _ALL_HAN.fullmatch(chunk) or _NOT_ITEM.search(chunk):
        return None
    if chunk[0] in cues.NAME_LEAD_STOP or any(c in numerals.CHINESE_DIGITS for c in chunk):
        return None
    if _starts(chunk, cues.LIST_ENDERS):
        return None  # 董事长、CEO等职: the titles were a list
    if chunk[0] in cues.PLURAL_MARKS or chunk[1] in cues.SPEECH_VERBS:
        return None
    if s.tag(chunk) is not None or s.finder.known_at(text, i) or not _boundary_after(text, i + 2):
        return None
    pos, word = s.word_at(i)
    if pos == i and len(word) > 2:
        return None
    pos, word = s.word_at(i + 1)
    return None if pos + len(word) > i + 2 else chunk


def _organisations_titled(s: _Sentence) -> Iterator[Hit]:
    """金山软件CEO雷军, 美团创始人王兴, 虎拾文化创始人@孙平: the name before a person's
    title is the organisation they hold it in."""
    text = s.text
    finder = s.finder
    for m in _TITLE.finditer(text):
        j = m.end()
        while j < len(text) and text[j] in " \u3000@":
            j += 1
        if not _name_at(s, j) and not text.startswith("兼", j):
            continue
        start = m.start()
        while chained := _TITLE_CHAIN.search(text, 0, start):
            start = chained.start()  # 创始人/CEO沈卓立: the name is before the first title
        words = s.walk_left(start, longest=12, most=2, stop_tags=cues.ORG_STOP_TAGS, names=False)
        words = _trim_common(s, words)
        name = "".join(words)
        if not name or not _item_ok(s, name) or finder.is_known(name) or finder.common(name):
            continue
        if not any(s.proper(w) for w in words) or _after_known(s, start - len(name)):
            continue
        if m.group() in cues.COMPANY_TITLES:
            yield Hit(name, "Company", "organisation-of-title", 1.0)
        else:
            yield Hit(name, "Organization", "organisation-of-title", 0.6)


_UNIT_TITLED = re.compile(
    f"(?:{_alternation(cues.UNIT_HEADS)})(?=(?:{_alternation(cues.PERSON_TITLES)}))"
)
#: The longest name between a unit's owner and its head word (商业美奢潮流服饰 of
#: 小红书商业美奢潮流服饰行业群).
_UNIT_MIDDLE = 10


def _units_titled(s: _Sentence) -> Iterator[Hit]:
    """钉钉国际化团队负责人, 小米国际部总裁: a known product or organisation, a name, a unit's
    head word, then a person's title; the unit is what the title's holder leads. The name
    between is a name's characters only (no grammar, no known capability at its end), so
    that 钉钉团队 (the product's own team) and 在钉钉的团队 give nothing."""
    text = s.text
    finder = s.finder
    for m in _UNIT_TITLED.finditer(text):
        head = m.start()
        for k in range(head - 2, max(_clause_start(text, head), head - _UNIT_MIDDLE - 8) - 1, -1):
            length = finder.known_at(text, k)
            if not length or k + length > head:
                continue
            if finder.kind(text[k : k + length]) not in ("Product", "Organization"):
                continue
            middle = text[k + length : head]
            label = text[k : m.end()]
            if (
                1 < len(middle) <= _UNIT_MIDDLE
                and _ALL_HAN.fullmatch(middle) is not None
                and not finder.grammar_inside(middle)
                and not finder.is_known(label)
            ):
                yield Hit(label, "Product", "unit-of-title", 1.0)
            break


def _people_bracketed(s: _Sentence) -> Iterator[Hit]:
    """X（腾讯广告副总裁）: a name, then its title in brackets."""
    for m in _PAREN_TITLE.finditer(s.text):
        name = _name_before(s, m.start())
        if name and _person_ok(s, name):
            yield Hit(name, "Person", "title-in-brackets", 1.0)


_NICKNAMED = re.compile(
    f"[（(](?:{_alternation(cues.NICKNAME_MARKS)})\\s*[：:]\\s*([{_HAN}]{{2,3}})\\s*[）)]"
)


def _people_nicknamed(s: _Sentence) -> Iterator[Hit]:
    """任卿（花名：易统）: a name, then the 花名 they go by in brackets; the 花名 is the
    person's altLabel (and, when proposed too, one proposal with the name)."""
    text = s.text
    for m in _NICKNAMED.finditer(text):
        name = _name_before(s, m.start())
        for length in (2, 3, 4):
            start = m.start() - length
            if name or start < 0:
                break
            # 副总裁任卿（花名：易统）: the title before it bounds the name
            if _ends(text[:start].rstrip(" @"), cues.PERSON_TITLES) and (
                _name_at(s, start) == text[start : m.start()]
            ):
                name = text[start : m.start()]
        if name and _person_ok(s, name):
            yield Hit(name, "Person", "nickname-in-brackets", 1.0, alt=m.group(1))


def _people_appositive(s: _Sentence) -> Iterator[Hit]:
    """X，腾讯公司副总裁。 / X，某某负责人: a clause that is a name, then one that is a title."""
    text = s.text
    for m in re.finditer("[，,]", text):
        start = _clause_start(text, m.start())
        name = _name_at(s, start)
        if not name or start + len(name) != m.start():
            continue
        end = _clause_end(text, m.end())
        if _ends(text[m.end() : end], cues.PERSON_TITLES) and _person_ok(s, name):
            yield Hit(name, "Person", "appositive-title", 0.8)


_POST = re.compile(f"(?:{_alternation(cues.POST_VERBS)})了?")
#: How long the words between a post's verb and its title may be (新东方在线 of 新东方在线执行董事).
_LONGEST_POST = 16


def _people_posted(s: _Sentence) -> Iterator[Hit]:
    """孙东旭为新东方在线执行董事, 周受资出任了小米国际部总裁, 朱鸿被任命为国际化负责人: a name, a
    verb that gives a post (为, 出任, 担任, 成为 …) and a title that ends the clause or comes
    before another post."""
    text = s.text
    for m in _POST.finditer(text):
        pos, word = s.word_at(m.start())
        if (pos == m.start() and len(word) > len(m.group())) or (
            pos < m.start() and s.tag(word) is not None
        ):
            continue  # 任命, 为了, 成为: a longer word of the dictionary holds the verb
        end = _clause_end(text, m.end())
        body = text[m.end() : end]
        cut = min((k for k in (body.find(w) for w in cues.POST_FOLLOWERS) if k > 0), default=-1)
        if cut > 0:
            body = body[:cut]
        if len(body) > _LONGEST_POST or not _ends(body, cues.PERSON_TITLES):
            continue
        j = m.start()
        adverb = _ends(text[max(0, j - 4) : j], cues.ADVERBS)
        if adverb:
            j -= len(adverb)
        name = _name_before(s, j)
        if name and _person_ok(s, name):
            yield Hit(name, "Person", "post", 1.0)


def _people_speaking(s: _Sentence) -> Iterator[Hit]:
    """罗云说, 张颖就表示, 据张颖介绍: a name at a clause's start, then a verb of saying."""
    text = s.text
    for m in _SPEECH.finditer(text):
        if any(text.endswith(p, 0, m.end()) for p in cues.NOT_SPEECH):
            continue  # 简单来说: how something is said, no speaker
        j = m.start()
        adverb = _ends(text[max(0, j - 4) : j], cues.ADVERBS)
        if adverb:
            j -= len(adverb)
        name = _name_before(s, j)
        if name is None:
            # 扎克伯格曾表示: a name jieba's dictionary knows as a person's, with no family name.
            pos, word = s.word_at(j - 1)
            if pos + len(word) == j and len(word) >= 2 and _tagged_name(s, word):
                name = word
        if not name or not _person_ok(s, name):
            continue
        before = text[: j - len(name)]
        if _ends(before, cues.ACCORDING_TO):
            yield Hit(name, "Person", "according-to", 1.0)
        elif not before.strip(" *#>") or _BREAK.search(before[-2:]):
            yield Hit(name, "Person", "speech-verb", 0.6)


_HONORIFIC = re.compile(_alternation(cues.HONORIFICS))


def _people_honoured(s: _Sentence) -> Iterator[Hit]:
    """周为民教授起草的报告, 李文亮医生在社交媒体提到, 薛兆丰老师也曾说过: a name after a boundary,
    then a title of respect that jieba cuts as a word of its own (not 老师傅, 博士生)."""
    for m in _HONORIFIC.finditer(s.text):
        pos, word = s.word_at(m.start())
        if pos != m.start() or word != m.group():
            continue
        name = _name_before(s, m.start())
        if name and _person_ok(s, name):
            yield Hit(name, "Person", "honorific", 1.0)


def _people_speaker(s: _Sentence) -> Iterator[Hit]:
    """汤道生：…… in a transcript: a name, a colon, what they said."""
    text = s.text
    lead = _SPEAKER_LEAD.match(text)
    i = lead.end() if lead else 0
    name = _name_at(s, i)
    if name and text[i + len(name) : i + len(name) + 1] in ("：", ":") and _person_ok(s, name):
        yield Hit(name, "Person", "speaker", 0.5)


def _people_father(s: _Sentence) -> Iterator[Hit]:
    """「微信之父」张小龙: the father of something, then his name."""
    text = s.text
    for word in cues.FATHER_OF:
        for m in re.finditer(re.escape(word) + r"[”」\"』]?\s*", text):
            name = _name_at(s, m.end())
            if name and _person_ok(s, name):
                yield Hit(name, "Person", "father-of", 1.0)


# ---------------------------------------------------------------- lists

_LIST_HEADS = tuple(sorted(cues.LIST_HEADS, key=len, reverse=True))
_ENDERS = tuple(sorted(cues.LIST_ENDERS, key=len, reverse=True))
_CONJUNCTION = re.compile("以及|或者|还有|和|及|与|或")
_PAREN_LIST = re.compile(
    f"(?:{_alternation(cues.LIST_HEADS)})\\s*[（(]([^（）()]{{2,80}}、[^（）()]{{1,80}})[）)]"
)


_LIST_END = re.compile(f"(?:{_alternation(cues.LIST_CLOSERS)})\\s*$")
_BRACKETED_END = re.compile(r"\s*[（(][^（）()]*[）)]?\s*$")


def _clean_item(item: str) -> str:
    item = _strip(_BRACKETED_END.sub("", item))
    changed = True
    while changed:
        changed = False
        trim = _starts(item, cues.ITEM_TRIM_HEAD)
        if trim and len(item) > len(trim):
            item, changed = _strip(item[len(trim) :]), True
    item = re.sub(r"[（(][^（）()]*[）)]$", "", item)
    return _strip(item)


def _head_at(s: _Sentence, i: int, heads: Iterable[str]) -> str | None:
    """The head noun at ``i`` if it is a word of its own there: not the start of a longer
    word (企业 in 企业培训) or of a known term (企业 in 企业微信)."""
    text = s.text
    head = _starts(text[i:], heads)
    if head is None or s.finder.known_at(text, i) > len(head):
        return None
    pos, word = s.word_at(i)
    if pos == i and len(word) > len(head) and word.startswith(head):
        return None
    return head


def _first_item(s: _Sentence, start: int, end: int) -> str:
    """The first item of a list, which ends at ``end``: the words before it, leftwards, up
    to a word that starts a list (通过, 包括 …) or a word of grammar."""
    m = _BRACKETED_END.search(s.text, start, end)
    if m and m.start() > start:
        end = m.start()  # 微信城市服务（2.46亿）: the name is before the brackets
    words = s.walk_left(end, longest=10, most=3, stop_tags=cues.NAME_STOP_TAGS, names=False)
    while words and words[0] in cues.LIST_STARTERS:
        words.pop(0)
    if not words:
        # 苹果、鸭鸭和雅鹿: a known term that ends the piece is the first item (the walk stops
        # before known terms), and its kind gives the list's.
        before = s.words_before(end, _clause_start(s.text, end))
        if before and s.finder.is_known(before[0]):
            return before[0]
    item = "".join(words)
    if item.isascii() and item:
        # Agent contents、智能体工具集: a Latin name of several words is one item.
        lead = _LATIN_LEAD.search(s.text, max(start, end - len(item) - 30), end - len(item))
        if lead:
            item = lead.group() + item
    return item


#: Latin words and a space before a Latin item (Agent before contents).
_LATIN_LEAD = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9&.\-]* ){1,2}$")


def _last_item(s: _Sentence, start: int, end: int) -> tuple[str, int]:
    """The last item of a list, which starts at ``start``, and where it ends: before 等, a
    count, a head noun, a word that ends a list (都, 均 …) or a word of grammar."""
    text = s.text
    item_end = start
    item_start = start  # where the item being read starts (after 和 of A、B和C, C's)
    before_joiner: int | None = None
    closed = True  # whether the item ends at a mark, a head or the clause's end
    for word in s.words_after(start, end):
        at = item_end
        if at > item_start and (
            _starts(text[at:], _ENDERS) or _COUNT.match(text, at) or _head_at(s, at, _LIST_HEADS)
        ):
            break
        if word in _LAST_JOINERS and at > start and before_joiner is None:
            # A、B和C等品牌: the list's last item comes after the conjunction, one item more.
            before_joiner = item_end
            item_end += len(word)
            item_start = item_end
            continue
        if (
            before_joiner is not None
            and at > item_start
            and s.tag(word) in ("v", "vi")
            and s.proper(text[item_start:at])
        ):
            break  # 苹果、鸭鸭和雅鹿位列总榜前三: a name, then the verb the list is the subject of
        if (
            word in cues.NAME_STOP
            or _grammar_word(word)
            or (s.tag(word) in cues.NAME_STOP_TAGS and at > item_start)
            or word in "（("
            or item_end - item_start + len(word) > 12
        ):
            closed = False
            break
        item_end += len(word)
    if before_joiner is not None and (item_end == item_start or not closed):
        # 苹果、鸭鸭和雅鹿位列总榜前三: where the item after 和 ends is not told; B ends the list.
        item_end = before_joiner
    return text[start:item_end], item_end


#: The conjunctions before a list's last item (A、B和C, A、B以及C).
_LAST_JOINERS = frozenset({"和", "及", "以及", "与", "或"})


#: How long the description between a list's mark and a feature's head may be (等组件化运营工具,
#: 等新变现能力); before any other head, two characters (等12个头部品牌).
_LONGEST_DESCRIPTION = 5


def _list_head(s: _Sentence, i: int, end: int) -> tuple[str | None, bool]:
    """The list's head noun at ``i`` and whether the list is marked as one (等, or a count:
    三大功能); after a mark, a few words of description may come before the head (等新变现能力,
    三大核心功能), none of them grammar (等不同行业的方案 is no list of features)."""
    text = s.text
    j = i
    while j < end and text[j] == " ":
        j += 1
    marked = False
    word = _starts(text[j:end], _ENDERS)
    if word in ("等", "等等"):
        j += len(word)
        marked = True
    m = _COUNT.match(text, j)
    if m:
        j, marked = m.end(), True
    for skip in range(0, _LONGEST_DESCRIPTION + 1 if marked else 1):
        if j + skip >= end:
            break
        if skip and (
            s.finder.grammar_inside(text[j : j + skip]) or _NOT_NAME.search(text, j, j + skip)
        ):
            break
        head = _head_at(s, j + skip, _LIST_HEADS)
        if head and skip > 2 and cues.LIST_HEADS[head] != "Capability":
            continue  # 购物中心、大型商超等线下大品牌客户: kinds of business, not names
        if head and (marked or head in cues.LIST_DIRECT_HEADS):
            return head, marked
    return None, marked


def _clauses(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each clause of ``text``."""
    start = 0
    for m in _BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _enumerations(s: _Sentence) -> Iterator[tuple[list[str], str | None, bool, str]]:
    """Runs of names separated by 、, with the head noun after each run and whether 等 or a
    count marks it: ``(items, head, marked, how)``. A piece that is no name ends a run (its
    start is the run's last item) and may start the next (its end is the next's first)."""
    text = s.text
    for start, end in _clauses(text):
        if "、" not in text[start:end]:
            continue
        pieces = []
        pos = start
        for piece in text[start:end].split("、"):
            pieces.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        run = [_first_item(s, *pieces[0])]
        run_start: int | None = pieces[0][1] - len(run[0])
        for k, (ps, pe) in enumerate(pieces[1:], start=1):
            piece = _clean_item(text[ps:pe])
            last = k == len(pieces) - 1
            if (
                not last
                and _CONJUNCTION.sub("", piece)
                and len(piece) <= 12
                and not s.finder.grammar_inside(piece)
            ):
                run.append(piece)
                continue
            item, item_end = _last_item(s, ps, pe)
            run += _CONJUNCTION.split(item)
            head, marked = _list_head(s, item_end, pe)
            how = "list"
            if head is None and run_start is not None:
                head = _example_head(s, start, run_start)
                how = "examples" if head else how
            yield [_clean_item(i) for i in run], head, marked, how
            run = [_first_item(s, ps, pe)]
            run_start = None
    for m in _PAREN_LIST.finditer(text):
        head = _starts(text[m.start() :], _LIST_HEADS)
        items = [p for part in re.split("[、，,]", m.group(1)) for p in _CONJUNCTION.split(part)]
        # （碧桂园、牧原集团、东方日升等）: 等 closes the list, it is no part of its last item.
        if items:
            items[-1] = _strip(_LIST_END.sub("", items[-1]))
        yield [_clean_item(i) for i in items], head, True, "list-in-brackets"


_EXAMPLE_HEADS = tuple(sorted({*cues.LIST_HEADS, *cues.EXAMPLE_HEADS}, key=len, reverse=True))
#: A head noun and the verb that introduces its list, ending the clause before the first item.
_HEAD_INTRODUCED = re.compile(
    f"({_alternation(_EXAMPLE_HEADS)})(?:{_alternation(cues.LIST_INTRODUCERS)})"
    r"(?:\s*[A-Za-z][A-Za-z0-9]*)?$"  # 主要功能有 SCRM 会员管理: a Latin word the item leaves
)


def _example_head(s: _Sentence, clause: int, first: int) -> str | None:
    """百余个营销获客工具，比如多人拼团、限时折扣、社群接龙等: the head of a list that gives
    examples (比如, 例如 … at the start of its clause) is the noun that ends the clause before."""
    text = s.text
    starter = _strip(text[clause:first])
    # 主要功能有 SCRM 会员管理、智能预约……: the head opens the list's own clause.
    m = _HEAD_INTRODUCED.search(starter)
    if m:
        return m.group(1)
    # 比如多人拼团: the first item may hold a known term (拼团) that its own reading stops at
    lead = _starts(starter, cues.EXAMPLE_STARTERS)
    rest = starter[len(lead or "") :]
    if lead is None or clause < 2 or len(rest) > 4 or (rest and not _ALL_HAN.fullmatch(rest)):
        return None
    before = _strip(text[_clause_start(text, clause - 1) : clause - 1])
    head = _ends(before, _EXAMPLE_HEADS)
    if head is None or s.finder.is_known(before[-len(head) - 2 :]):
        return None
    return head


#: Tags of the words a listed name does not start with (整合有赞零售): not adjectives, which
#: names of games and shops often start with (欢乐大冒险).
_TRIMMED_TAGS = cues.NAME_STOP_TAGS | {"v", "vi"}


def _trim_item(s: _Sentence, item: str, cls: str) -> str:
    """An organisation's or a product's name in a list without the verbs and words of
    grammar before it (整合有赞零售 -> 有赞零售); empty when a verb is inside (生态面向开发者)."""
    if cls == "Capability" or not _IS_HAN.search(item):
        return item
    words = s.finder.tokenizer.lcut(item, HMM=True)
    while (
        words
        and not (len(words) > 1 and _numbered(words[0], words[1]))
        and (
            words[0] in cues.NAME_LEAD_STOP
            or (
                len(words[0]) >= 2
                and (
                    s.finder.generic(words[0])
                    or words[0] in cues.NAME_STOP
                    or s.tag(words[0]) in _TRIMMED_TAGS
                )
            )
        )
    ):
        words.pop(0)
    if any(w in cues.NAME_STOP or (len(w) >= 2 and s.tag(w) in ("p", "c", "d")) for w in words[1:]):
        return ""
    return "".join(words)


def _item_hits(
    s: _Sentence, item: str, cls: str, cue: str, strength: float, common_ok: bool
) -> Iterator[Hit]:
    """A listed item as a hit: a name that ends with a known product's is read as the name
    before it (支付宝小程序 -> 支付宝, at half the strength)."""
    finder = s.finder
    if finder.is_known(item) or _ends(item, _LIST_HEADS) not in (None, item):
        return  # 茶饮品牌: a kind of things, not one of them
    item = _trim_item(s, item, cls)
    if not item or finder.is_known(item) or not _item_ok(s, item):
        return
    if cls == "Company" and all(
        len(w) >= 2 and s.tag(w) == "ns" for w in finder.tokenizer.lcut(item, HMM=False)
    ):
        return  # 以广东佛山为代表的服装商家: a place, where the companies are
    head = _ends(item, cues.FEATURE_COMPOUND_HEADS)
    if (
        head
        and finder.kind(item[: -len(head)]) in ("Product", "Capability")
        and cls != "Capability"
    ):
        return  # 小程序广告 in a list of products: its own words make it a feature
    if finder.products_re is not None and _IS_HAN.search(item):
        for m in finder.products_re.finditer(item.casefold()):
            if m.end() == len(item) and m.start() >= 2:
                owner = item[: m.start()]
                if _item_ok(s, owner) and not finder.is_known(owner) and not finder.common(owner):
                    yield Hit(owner, cls, cue + "+known-product", strength / 2)
                return
    if _IS_HAN.search(item) and finder.common(item):
        if common_ok:
            yield Hit(item, cls, cue, strength / 2)
        return
    yield Hit(item, cls, cue, strength)


def _lists(s: _Sentence) -> Iterator[Hit]:
    """通过A、B、C等品牌 / 包括A、B等12个品牌 / 茶饮品牌（A、B、C）: a list whose head says
    what its items are; or, with no head, a list with known items, which gives its other
    items their kind (钉钉、企业微信、飞书 are products, as 企业微信 is)."""
    finder = s.finder
    for items, head, marked, how in _enumerations(s):
        items = [i for i in items if i]
        if len(items) < 2:
            continue
        cls = (cues.LIST_HEADS.get(head) or cues.EXAMPLE_HEADS[head]) if head else None
        if how == "examples":
            marked = True  # the head before the list says what all its items are
        if cls in ("Product", "Capability") and not marked:
            cls = None  # 营销服务: the head belongs to the last item, not to the list
        if cls is not None:
            for item in items:
                yield from _item_hits(s, item, cls, f"{how}+{head}", 1.0, True)
            continue
        kinds = {kind for i in items if (kind := finder.kind(i)) is not None}
        if not kinds:
            s.open_lists.append(tuple(items))
        elif len(kinds) == 1 and kinds <= {"Product", "Organization"}:
            yield from _listed_with(s, items, kinds.pop(), "listed-with-known")
        elif kinds == {"Capability"} and not _head_after(s, items[-1]):
            # 短视频流广告、直播打赏及直播电商: known features name features (not in 微信朋友圈、
            # 移动端新闻应用, whose last item ends at a head noun of its own).
            yield from _listed_with(s, items, "Capability", "listed-with-known")


def _head_after(s: _Sentence, item: str) -> bool:
    """Whether a list's head noun follows ``item`` where the sentence first names it."""
    at = s.text.find(item)
    return at >= 0 and _head_at(s, at + len(item), _LIST_HEADS) is not None


def _listed_with(s: _Sentence, items: list[str], kind: str, cue: str) -> Iterator[Hit]:
    """The items of a list with no head noun, given the kind of the terms it names (钉钉、
    企业微信、飞书: 企业微信 is a product, so the others are). A long list of clean names is
    as sure of its kind as a head noun would be."""
    finder = s.finder
    cls = {"Organization": "Company"}.get(kind, kind)
    clean = sum(finder.is_known(i) or _item_ok(s, i, longest=8) for i in items)
    strength = 1.0 if clean >= 4 and clean * 5 >= len(items) * 4 else 0.5
    for item in items:
        # 美团、美团优选、橙心优选 / 苹果、鸭鸭和雅鹿: beside a known company, a short name of
        # words jieba does not know as common ones is a company too, however short the list.
        sure = kind == "Organization" and _brand_like(s, item)
        own = cls
        if kind == "Organization" and _ends(item, cues.PUBLIC_BODY_ENDS):
            own = "PublicBody"  # 公安局、网信办: beside a known body, an office is a public one
        yield from _item_hits(s, item, own, cue, 1.0 if sure else strength, False)


def _brand_like(s: _Sentence, name: str) -> bool:
    """A short name none of whose words of two characters or more is generic or a common word
    of jieba's dictionary, unless it is a name the ontology knows (美团 of 美团优选, 优选 being
    rare; not 美团自带团购基因)."""
    finder = s.finder
    if s.tag(name) in ("ns", "nr", "nrt", "nrfg"):
        return False  # 深圳 of 深圳前海微众银行股份有限公司: a place's name, or a person's
    if not 2 <= len(name) <= 6 or not _IS_HAN.search(name):
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]{1,15}", name))
    return not any(
        len(w) >= 2
        and not finder.is_known(w)
        and (finder.generic(w) or (finder.common(w) and not s.proper(w)))
        for w in finder.tokenizer.lcut(name, HMM=False)
    )


def _represented(s: _Sentence) -> Iterator[Hit]:
    """以微盟、有赞为代表的……服务商: the listed names are examples of the head."""
    text = s.text
    for word in cues.REPRESENTED_BY:
        for m in re.finditer(re.escape(word), text):
            start = text.rfind("以", _clause_start(text, m.start()), m.start())
            if start < 0:
                continue
            end = _clause_end(text, m.end())
            head = next((h for h in _LIST_HEADS if h in text[m.end() : end]), None)
            if head is None:
                continue
            parts = re.split("[、，,]", text[start + 1 : m.start()])
            for item in (_clean_item(p) for part in parts for p in _CONJUNCTION.split(part)):
                yield from _item_hits(s, item, cues.LIST_HEADS[head], "represented-by", 1.0, False)
        if word == "为代表的" and word in text:
            break


# ---------------------------------------------------------------- organisations and products

_ORG_HEAD = re.compile(f"(?:{_alternation(cues.ORG_HEADS)})")
_HEAD_BEFORE_LATIN = re.compile(
    f"({_alternation(cues.LATIN_NAME_HEADS)})\\s*({_LATIN_WORD.pattern})"
)
#: The capitalised words that go on a Latin name after a head (First Data, Rec Room).
_LATIN_MORE = re.compile(r"(?: [A-Z][A-Za-z0-9&.\-]*){1,2}(?![A-Za-z0-9])")


def _after_known(s: _Sentence, i: int) -> bool:
    """Whether a known term's name ends right at ``i`` (腾讯 before 云数据库): what follows
    it is a part of that term's name, not a name of its own."""
    before = s.words_before(i, _clause_start(s.text, i))
    return bool(before) and s.finder.is_known(before[0])


def _trim_common(s: _Sentence, words: list[str]) -> list[str]:
    """``words`` without the generic or common words they start with (对话 in 对话网商银行,
    投资 in 投资公司)."""
    finder = s.finder
    while words and (
        words[0] in cues.ORG_GENERIC_PARTS
        or finder.generic(words[0])
        or (finder.common(words[0]) and not s.proper(words[0]))
    ):
        words = words[1:]
    return words


_SOURCE_AFTER = re.compile(
    f"\\s*(?:{_alternation(cues.SOURCE_LINKS)})?(?:{_alternation(cues.SOURCE_WORDS)})"
)


def _quoted_as_source(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is where a figure or a claim comes from
    (据视灯研究院发布的《……》, 国信证券数据, 天风证券在研报中表示, 英国广播公司网站报道): an
    analyst or an outlet, not what the article's facts are about."""
    before = text[max(0, start - 2) : start]
    if before.endswith(cues.SOURCE_BEFORE) and not before.endswith(cues.NOT_SOURCE_BEFORE):
        return True
    return _SOURCE_AFTER.match(text, end) is not None


def _kind_before(s: _Sentence, name: str) -> bool:
    """Whether ``name`` ends with a word that makes a kind of the head after it, not a name: a
    word of :data:`~kg.lang.suggest.ORG_GENERIC_PARTS` (美国历史上市公司, 群中拉进来对方公司,
    韩国风险投资公司), a region's name (曾任美国公司), a pronoun (即本公司) or a firm's trade of
    measuring others (海外数据分析公司: :data:`~kg.lang.suggest.SOURCE_KINDS`)."""
    last = s.finder.tokenizer.lcut(name, HMM=False)[-1]
    if name.endswith(cues.SOURCE_KINDS):
        return True
    return last in cues.ORG_GENERIC_PARTS or last in cues.REGIONS or s.tag(last) == "r"


def _organisations(s: _Sentence) -> Iterator[Hit]:
    """华中科技大学, 峰尚资本, 尘锋科技, 初创公司ObEN: a name with an organisation's head
    word after it (or a Latin name after 公司)."""
    text = s.text
    finder = s.finder
    for m in _ORG_HEAD.finditer(text):
        head = m.group()
        pos, word = s.word_at(m.start())
        if pos + len(word) != m.end():
            continue  # 公司内部, 科技巨头: the head starts a longer word
        if pos < m.start() and s.tag(word) in ("n", "vn"):
            continue  # 养老保险, 人身保险: a kind of the head that jieba knows as a common noun
        words = s.walk_left(pos, longest=10, most=3, stop_tags=cues.ORG_STOP_TAGS)
        if pos < m.start():
            words.append(text[pos : m.start()])  # 华中科技 of 华中科技大学, one word
        words = _trim_common(s, words)
        verbs = [k for k, w in enumerate(words) if w in cues.WORKPLACE_VERBS]
        hired = verbs[-1] if verbs else -1
        words = words[hired + 1 :]  # 孟凡刚曾任会友科技: the name after the verb, a workplace
        if cues.ORG_HEADS[head] == "Company":
            places = 0
            while places < len(words) and s.tag(words[places]) == "ns":
                places += 1
            if head in cues.TRADE_HEADS and words and all(w in cues.REGIONS for w in words):
                continue  # 中东科技盛会, 美国科技巨头, 俄罗斯基金DST: a region and a trade
            if 0 < places < len(words) and any(_LATIN_WORD.fullmatch(w) for w in words[places:]):
                words = words[places:]  # 俄罗斯DST资本, 韩国SM娱乐: where the company is from
        name = "".join(words)
        if len(name) < 2 or finder.is_known(name) or not _item_ok(s, name):
            continue
        if head in cues.KIND_HEADS and _kind_before(s, name):
            continue  # 上市公司, 对方公司, 美国公司: a kind of company, not one
        label = name + head
        if finder.is_known(label) or finder.generic(label):
            continue
        if head in cues.GOODS_HEADS and s.tag(name[0]) in ("v", "vg", "vd"):
            continue  # 20度发冰咖啡: goods a verb takes, not a brand's name
        if head in cues.GOODS_HEADS and not any(s.proper(w) for w in words):
            continue  # 新能源汽车, 电动汽车: a kind of goods in common words, no brand
        if _quoted_as_source(text, m.start() - len(name), m.end()):
            continue
        sure = hired >= 0 and not finder.common(label)
        strength = 1.0 if sure or any(s.proper(w) for w in words) else 0.5
        yield Hit(label, cues.ORG_HEADS[head], f"organisation-head:{head}", strength)
    for m in _HEAD_BEFORE_LATIN.finditer(text):
        name = m.group(2)
        more = _LATIN_MORE.match(text, m.end())
        if more and name[0].isupper():
            name += more.group()  # 支付处理公司 First Data: the whole name, not First
        if _quoted_as_source(text, m.start(2), m.start(2) + len(name)):
            continue  # 投融资信息平台crunchbase的数据显示
        if text[: m.start(1)].endswith(cues.SOURCE_KINDS):
            continue  # 数据分析公司SuperData, 市场情报机构 Measurable AI: who measures, a source
        if not finder.generic(name) and not finder.is_known(name):
            yield Hit(name, cues.LATIN_NAME_HEADS[m.group(1)], "head-before-name", 1.0)


def _name_before_noun(s: _Sentence, i: int) -> str | None:
    """A name that ends at ``i`` (before a product noun, 旗下 …): one or two words, not
    common, not known."""
    words = _trim_common(s, s.walk_left(i, longest=8, most=2, stop_tags=cues.ORG_STOP_TAGS))
    name = "".join(words)
    finder = s.finder
    if not name or not _item_ok(s, name) or finder.is_known(name) or finder.common(name):
        return None
    return name if any(s.proper(w) for w in words) else None


def _products_by_noun(s: _Sentence) -> Iterator[Hit]:
    """支付宝APP, 钉钉客户端: a name, then a noun that makes it an app."""
    text = s.text
    for noun in cues.PRODUCT_NOUNS:
        for m in re.finditer(re.escape(noun), text):
            if noun.isascii() and re.match("[A-Za-z]", text[m.start() - 1 : m.start()] or " "):
                continue
            name = _name_before_noun(s, m.start())
            if name:
                yield Hit(name, "Product", f"product-noun:{noun}", 0.8)


_DEFINITION = re.compile("(?<![就还也都又正只更而于总要可若凡真不即乃但却])是")
_INTRODUCED = re.compile(f"^\\s*(?:{_alternation(cues.DEFINITION_INTRODUCERS)})")


def _definitions(s: _Sentence) -> Iterator[Hit]:
    """飞书是字节跳动旗下的移动办公产品, 《心动练习生》是一款换装养成游戏: a name at a
    clause's start, 是, and a noun that says what it is, ending the clause."""
    text = s.text
    finder = s.finder
    for m in _DEFINITION.finditer(text):
        start = _clause_start(text, m.start())
        end = _clause_end(text, m.end())
        body = text[m.end() : end]
        head = _ends(body, cues.DEFINITION_HEADS)
        if head is None or len(body) > 40 or any(w in body for w in cues.NOT_A_DEFINITION):
            continue
        subject = _strip(text[start : m.start()].strip().strip("《》"))
        if subject in cues.DEFINITION_POINTERS and start >= 2 and text[start - 1] in "，,":
            # 第一个例子，是易丰搬家，这是一家日式搬家服务供应商: 这 points back at the name.
            subject = ""
        if not subject and start >= 2 and text[start - 1] in "，,":
            # 腾讯广告妙思，是一站式AI广告创意平台: the name is the clause before the comma (叫：
            # 花点时间，是一家……淘宝店铺 and 是易丰搬家 without the verb that introduces it).
            before = text[_clause_start(text, start - 1) : start - 1].strip("《》")
            subject = _strip(_INTRODUCED.sub("", before, count=1))
        trailing = _ends(subject, cues.TRAILING_ADVERBS)
        if trailing:
            subject = _strip(subject[: -len(trailing)])
        for name in _CONJUNCTION.split(subject):
            name = _strip(name.strip("《》"))
            if not name or len(name) > 10 or finder.is_known(name) or not _item_ok(s, name):
                continue
            words = finder.tokenizer.lcut(name, HMM=True) if _IS_HAN.search(name) else [name]
            if len(words) > 1 and len(words[0]) >= 2 and s.tag(words[0]) == "v":
                # 发觉点评是个2.0的公司, 我觉得点评……是一个比较头部的公司 (2020-36kr-zhang-tao-
                # dianping-founders-advice): a verb of thinking or saying before the name.
                name, words = name[len(words[0]) :], words[1:]
                if finder.is_known(name):
                    continue
            if name[0] in cues.NAME_LEAD_STOP or any(
                w in cues.NAME_STOP or (len(w) >= 2 and s.tag(w) in cues.NAME_STOP_TAGS)
                for w in words
            ):
                continue
            if name[0] in "这那它他她其我你该此每某各" or (
                _IS_HAN.search(name) and finder.common(name)
            ):
                continue
            yield Hit(name, cues.DEFINITION_HEADS[head], f"definition:{head}", 1.0)


def _subsidiaries(s: _Sentence) -> Iterator[Hit]:
    """字节跳动旗下的飞书: a company, 旗下, and its product."""
    text = s.text
    finder = s.finder
    for word in cues.SUBSIDIARY:
        for m in re.finditer(re.escape(word), text):
            if word == "旗下" and text.startswith("旗下的", m.start()):
                continue
            # The owner is a company's name, often made of common words (字节 跳动).
            words = s.walk_left(m.start(), longest=8, most=2, stop_tags=cues.ORG_STOP_TAGS)
            owner = "".join(words)
            if (
                len(words) == 2
                and _item_ok(s, owner)
                and not finder.is_known(owner)
                and not finder.common(owner)
            ) or (owner and _name_before_noun(s, m.start()) == owner):
                yield Hit(owner, "Company", "owner-of", 0.8)
            end = _clause_end(text, m.end())
            name = ""
            for w in s.words_after(m.end(), end)[:2]:
                if w in cues.CAPABILITY_LEFT_STOP or _NOT_NAME.search(w) or finder.generic(w):
                    break
                if s.tag(w) in cues.ORG_STOP_TAGS:
                    break
                name += w
            rest = text[m.end() + len(name) : end]
            if (
                name
                and _item_ok(s, name)
                and not finder.is_known(name)
                and not finder.common(name)
                and (not rest or rest[0] in "的是等、和与及" or _NOT_NAME.match(rest))
            ):
                yield Hit(name, "Product", "product-of", 0.8)


def _compounds(s: _Sentence) -> Iterator[Hit]:
    """视频号小店, 腾讯会议, 微信读书: a known product's or organisation's name, then a
    product noun."""
    if s.finder.compound is None:
        return
    text = s.text
    for m in s.finder.compound.finditer(text):
        label = m.group()
        if s.finder.is_known(label) or s.finder.known_at(text, m.start()) > len(label):
            continue
        head = _starts(m.group(1), cues.COMPOUND_HEADS) or m.group(1)
        if len(head) == 1 and s.word_at(m.start(1)) != (m.start(1), head):
            continue  # 微信群发, 微信群聊: the character starts a word of its own
        if head in cues.FEATURE_COMPOUND_HEADS and s.finder.kind(label[: -len(head)]) != (
            "Organization"
        ):
            continue  # 朋友圈广告: a feature of the product, read below
        yield Hit(label, cues.COMPOUND_HEADS.get(head, "Product"), "known-name+noun", 0.5)
    for m in _FEATURE_COMPOUND.finditer(text):
        # 朋友圈广告, 企业微信名片: a known product's or feature's name (one word: the tokenizer
        # knows the ontology's labels), then a kind of feature that ends a word (not 广告主).
        pos, word = s.word_at(m.start())
        if pos != m.start() or len(word) != len(m.group()):
            continue
        before = s.words_before(m.start(), _clause_start(text, m.start()))
        middle = ""
        if (
            len(before) >= 2
            and s.tag(before[0]) in ("n", None)
            and _ALL_HAN.fullmatch(before[0])
            and len(before[0]) <= 3
            and not s.finder.is_known(before[0])
            and s.finder.kind(before[1]) in ("Product", "Capability")
        ):
            middle = before.pop(0)  # one noun may say which kind it is (视频号信息流广告)
        if not before or s.finder.kind(before[0]) not in ("Product", "Capability"):
            continue
        host = before[0]
        preferred = s.finder.preferred.get(matching_form(host).casefold(), host)
        if matching_form(host).casefold().endswith(preferred.casefold()):
            host = preferred  # 微信朋友圈广告 is 朋友圈广告: the feature's own name
        label = host + middle + m.group()
        start = m.start() - len(middle) - len(before[0])
        if (
            m.group() in cues.BUSINESS_COMPOUND_HEADS
            and not middle
            and s.finder.kind(host) == "Product"
            and not _in_list(text, start, m.end())
        ):
            continue  # 微博广告和营销营收: the product's business, not a feature of it
        if not s.finder.is_known(label):
            yield Hit(label, "Capability", "known-name+feature-noun", 1.0)


def _in_list(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are an item of a list joined by 、."""
    return text[end : end + 1] == "、" or text[:start].rstrip().endswith("、")


_FEATURE_COMPOUND = re.compile(_alternation(cues.FEATURE_COMPOUND_HEADS))
_LATIN_PRODUCT = re.compile(r"\s?([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2})(?![A-Za-z0-9+])")


#: A field's colon and a number (a date) after a Latin word: the word labels a field.
_FIELD_VALUE = re.compile(r"\s*:\s*[0-9]")


def _maker_products(s: _Sentence) -> Iterator[Hit]:
    """谷歌NotebookLM, 谷歌Project Starline, 华为Welink: a known company's name, then a Latin
    name of its own (three letters or more: not 喜茶GO) that ends where a name may (not 谷歌
    Play 商店), is the company's product; so is one after the company's 的 (微软的Access, as
    谷歌的G Suite and 微软的Outlook; not 字节跳动的IPO, 微信事业群的To B). A Chinese word
    there is as often a verb jieba does not know (腾讯领投, 腾讯入局): none is read."""
    finder = s.finder
    if finder.maker_re is None:
        return
    text = s.text
    for m in finder.maker_re.finditer(text):
        j = m.end()
        if finder.known_at(text, m.start()) > len(m.group()):
            continue  # 腾讯 of 腾讯会议: a longer known name
        owned = text.startswith("的", j)
        latin = _LATIN_PRODUCT.match(text, j + owned)
        if latin is None or re.match("[A-Za-z]", text[m.start() - 1 : m.start()] or " "):
            continue
        name = latin.group(1).strip()
        if finder.generic(name) or any(finder.generic(w) for w in name.split()):
            continue  # 阿里CEO, 百度PRO
        if owned and any(len(w) < 2 for w in name.split()):
            continue  # 微信事业群的To B: a market, not a name
        after = latin.end()
        while text[after : after + 1] == " ":
            after += 1
        if not _boundary_after(text, after):
            continue  # 谷歌 Play 商店: the name goes on in Chinese
        if _FIELD_VALUE.match(text, latin.end()):
            continue  # Author: Morketing Published: 2024-12-04: a field of a page's header
        if not finder.is_known(name) and len(name) >= 3:
            # The maker's name and the product's, as written, is a label too: matched whole,
            # the company beside its own product is no customer of it.
            yield Hit(name, "Product", "maker+name", 1.0, alt=text[m.start() : latin.end()])


_USES = re.compile(f"(?:{_alternation(cues.ADVERBS)})?(?:{_alternation(cues.USER_VERBS)})")


def _brand_users(s: _Sentence) -> Iterator[Hit]:
    """九鼎装饰就通过……, 老乡鸡在公众号……: a clause that starts with a name and goes on to
    use a known product (通过, 借助, 入驻, 接入 …)."""
    text = s.text
    finder = s.finder
    if finder.products_re is None:
        return
    for start, end in _clauses(text):
        m = _USES.search(text, start, end)
        if not m or m.start() - start < 2:
            continue
        subject = _strip(text[start : m.start()])
        if not subject or len(subject) > 6 or not _item_ok(s, subject):
            continue
        if finder.is_known(subject) or finder.common(subject):
            continue
        if s.tag(subject) in ("nrt", "nrfg"):
            # 拜登在TikTok……: a person's name jieba knows, no brand (not nr, which jieba gives
            # some brands: 屈臣氏).
            continue
        words = s.words_after(start, m.start())
        if any(s.tag(w) in cues.ORG_STOP_TAGS or w in cues.NAME_STOP for w in words):
            continue
        if finder.generic(words[-1]):
            continue  # 小众类KOL在快手 (36kr-questmobile-livestream-ecommerce): a kind of user
        if not finder.products_re.search(text[m.end() : end].casefold()):
            continue
        # 欧派在视频号……, 屈臣氏在把线下门店与小程序……: a name of words jieba does not know as
        # common ones is a brand; 企业品牌, 电商巨头 (common words) are kinds of brands.
        rare = all(s.proper(w) or not finder.common(w) for w in words)
        yield Hit(subject, "Company", "brand-uses-product", 1.0 if rare else 0.5)


def _brand_products(s: _Sentence) -> Iterator[Hit]:
    """朗姿的视频号做到了……: a clause that starts with a name, 的, and a known product,
    which the name runs (a brand's account, shop or mini program)."""
    text = s.text
    finder = s.finder
    if finder.products_re is None:
        return
    for start, end in _clauses(text):
        k = text.find("的", start, end)
        if k - start < 2 or not finder.products_re.match(text.casefold(), k + 1):
            continue
        subject = _strip(text[start:k])
        if not subject or len(subject) > 6 or not _item_ok(s, subject):
            continue
        words = s.words_after(start, k)
        if (
            finder.is_known(subject)
            or finder.common(subject)
            or not all(s.proper(w) for w in words)
        ):
            continue
        yield Hit(subject, "Company", "owner-of-known-product", 0.5)


_CHANNEL = re.compile(_alternation(cues.BRAND_CHANNELS))


def _brand_channels(s: _Sentence) -> Iterator[Hit]:
    """老乡鸡公众号, 顺丰速运小程序, 智己汽车视频号主页: a name right before a product on which
    brands run accounts and apps of their own (after the platform's name too: 饿了么微信小程序)
    is the brand that runs one there. The name starts where a name may (the clause's start,
    punctuation, 的, 对 …); it is Latin, three characters or more (算上小程序, 点单小程序 are
    verbs jieba does not know) or a word jieba tags as an organisation's or a brand's, no
    person's (刘润公众号 is his own); and it holds no generic or common word but an
    organisation's head at its end (九鼎装饰; not 茶饮品牌, 百度智能)."""
    text = s.text
    finder = s.finder
    for m in _CHANNEL.finditer(text):
        if finder.known_at(text, m.start()) < len(m.group()):
            continue  # 小程序 of a longer known name, or no known product here
        start = m.start()
        before = s.words_before(start, _clause_start(text, start))
        if (
            before
            and finder.kind(before[0]) == "Product"
            and finder.is_known(before[0] + m.group())
        ):
            start -= len(before[0])  # 饿了么微信小程序: the brand is before the platform's name
        words = s.walk_left(start, longest=8, most=2, stop_tags=cues.ORG_STOP_TAGS, names=False)
        name = "".join(words)
        begin = start - len(name)
        if len(name) < 2 or not _item_ok(s, name) or finder.is_known(name):
            continue
        if not (begin == 0 or _BEFORE_NAME.search(text, 0, begin)) or _after_known(s, begin):
            continue
        if re.search(r"[A-Za-z]\s*$", text[:begin]):
            continue  # all in小程序: a piece of a Latin phrase
        tag = s.tag(name)
        if tag in ("nr", "nrt", "nrfg") or (
            len(name) < 3 and tag not in ("nt", "nz") and not name.isascii()
        ):
            continue
        if tag in cues.ITEM_STOP_TAGS or tag in ("l", "i"):
            continue  # 近几年: a phrase of the dictionary
        parts = finder.tokenizer.lcut(name, HMM=False) if _IS_HAN.search(name) else [name]
        if any(
            len(w) >= 2
            and (finder.generic(w) or (finder.common(w) and not s.proper(w)))
            and not (k == len(parts) - 1 and w in cues.ORG_HEADS)
            for k, w in enumerate(parts)
        ) or (
            _ends(name, cues.ORG_HEADS) is None and any(finder.generic(name[-k:]) for k in (2, 3))
        ):
            continue  # 百度智能, 汽车品牌, 手机游戏: a kind of brands or of apps
        yield Hit(name, "Company", "brand-channel", 1.0)


_CLIENTS = re.compile(f"(?:{_alternation(cues.CLIENT_LISTS)})\\s*[：:]?\\s*")
_CLIENT_SEPARATOR = re.compile(r"\s*(?:、|以及|和|及|与)\s*")


def _client_lists(s: _Sentence) -> Iterator[Hit]:
    """客户包括广州潮生活、同道大叔、新榜等内容创业者: the names listed after a business's
    clients, up to 等 or the clause's end, are organisations; sure for a short name of words
    jieba does not know as common ones (新榜), weak for others (同道大叔), none for kinds of
    clients (政府、企业和个人用户)."""
    text = s.text
    finder = s.finder
    for m in _CLIENTS.finditer(text):
        end = _clause_end(text, m.end())
        body = text[m.end() : end]
        etc = body.find("等")
        if etc >= 0:
            body = body[:etc]
        items = [_clean_item(i) for i in _CLIENT_SEPARATOR.split(body)]
        if len(items) < 2:
            continue
        for item in items:
            if not item or finder.is_known(item) or not _item_ok(s, item):
                continue
            if _IS_HAN.search(item) and (finder.common(item) or finder.grammar_inside(item)):
                continue
            if any(finder.generic(item[-k:]) for k in (2, 3)):
                continue  # 个人用户, 研发团队: a kind of clients
            last = finder.tokenizer.lcut(item, HMM=False)[-1]
            kind = len(last) >= 2 and s.tag(last) in ("n", "vn", "an")  # 贸易商, 代工厂
            sure = _brand_like(s, item) and not kind
            yield Hit(item, "Company", "client-list", 1.0 if sure else 0.5)


_SALES = re.compile(_alternation(cues.SALES_WORDS))
_DIGIT = re.compile(r"[0-9]")


def _brand_sales(s: _Sentence) -> Iterator[Hit]:
    """波司登的账号矩阵创下了超过4000万的销售额, 凯喜雅丝绸单场直播交易额突破1280万: a clause that
    opens with a name (one or two words, one of them no dictionary word or a proper noun, none
    of them common) and reports a brand's sales with a figure."""
    text = s.text
    finder = s.finder
    for start, end in _clauses(text):
        if not _SALES.search(text, start, end) or not _DIGIT.search(text, start, end):
            continue
        words: list[str] = []
        after = ""
        for word in s.words_after(start, end):
            if not word.strip() and not words:
                continue
            if (
                not word.strip()
                or _NOT_NAME.search(word)
                or word in cues.NAME_STOP
                or finder.is_known(word)
                or finder.generic(word)
                or s.tag(word) in cues.ORG_STOP_TAGS
                or (finder.common(word) and not s.proper(word))
                or len(words) == 2
            ):
                after = word
                break
            words.append(word)
        if finder.generic(after):
            continue  # 抖音电商2020年GMV: the name qualifies a generic noun (a platform's trade)
        name = "".join(words)
        if len(name) < 2 or not _item_ok(s, name) or not any(s.proper(w) for w in words):
            continue
        if _SALES.match(name) or finder.is_known(name) or _starts(name, cues.PER_UNIT_LEADS):
            continue
        yield Hit(name, "Company", "brand-sales", 1.0)


# ---------------------------------------------------------------- capabilities

_LAUNCH = re.compile(f"(?:{_alternation(cues.LAUNCH_VERBS)})(?=[，,。；;！？!?]|$)")


def _launches(s: _Sentence) -> Iterator[Hit]:
    """超大附件上线， 漂流瓶上线: what comes online, at the start of a clause; twice as sure
    when the sentence lists several launches."""
    text = s.text
    finder = s.finder
    found = []
    launches = 0  # known names count: 超大附件上线， 漂流瓶上线 lists two launches however known
    for m in _LAUNCH.finditer(text):
        start = _clause_start(text, m.start())
        name = _strip(text[start : m.start()])
        if finder.is_known(name):
            launches += 1
            continue
        if not name or len(name) > 8 or not _item_ok(s, name, longest=8):
            continue
        words = finder.tokenizer.lcut(name, HMM=True) if _IS_HAN.search(name) else [name]
        if any(w in cues.NAME_STOP or s.tag(w) in cues.NAME_STOP_TAGS for w in words):
            continue
        found.append(name)
    for name in found:
        yield Hit(name, "Capability", "launched", 1.0 if len(found) + launches > 1 else 0.5)


_CAP_HEAD = re.compile(f"(?:{_alternation(cues.CAPABILITY_HEADS)})")
_CAP_HEADS = tuple(cues.CAPABILITY_HEADS)
_ANNOUNCE = re.compile(f"(?:{_alternation(cues.ANNOUNCE_VERBS)})")
#: 服务 and 计划 are verbs as often as nouns: as heads, something that ends a noun phrase
#: must follow them (有赞计划今年…… is a verb).
_VERBAL_HEADS = ("服务", "计划")
_AFTER_NOUN = (
    "的",
    "和",
    "与",
    "及",
    "等",
    "也",
    "将",
    "已",
    "还",
    "都",
    "正式",
    "上线",
    "推出",
    "下",
    "中",
    "里",
    "上",
    "是",
    "为",
    "可以",
    "能",
    "就",
    "则",
    "被",
    "已经",
    "开放",
    "支持",
    "让",
    "帮助",
    "覆盖",
    "指南",
)


#: The most words a feature's name before its head word holds; a longer run of words is
#: a phrase or a name cut at the wrong place, no name.
_MOST_WORDS = 3


def _capabilities(s: _Sentence) -> Iterator[Hit]:
    """付费订阅功能, 截图识码功能, 私域激励计划: a name before a feature's head word;
    strong after an announcement verb in its clause (加入了全新缓存清理功能), weak alone or
    with 的 between (让人费解的功能)."""
    text = s.text
    finder = s.finder
    for m in _CAP_HEAD.finditer(text):
        head = m.group()
        if text[m.start() - 1 : m.start()] in '”」"』》':
            continue  # quoted: _quoted reads it
        if head in _VERBAL_HEADS and not (
            _boundary_after(text, m.end()) or _starts(text[m.end() :], _AFTER_NOUN)
        ):
            continue
        i = m.start()
        etc = _ends(text[max(0, i - 2) : i], ("等等", "等"))
        if etc:
            i -= len(etc)  # 上线的小商店等功能: one feature, named as an example
        of = text[i - 1 : i] == "的"
        words = s.walk_left(
            i - 1 if of else i,
            longest=8,
            most=_MOST_WORDS + 1,
            stop_tags=cues.NAME_STOP_TAGS,
            names=False,
            known_feature=True,
        )
        if len(words) > _MOST_WORDS:
            continue  # 达人全域带货功能, cut into 达/人/全域/带货: no name ends a longer run
        if not words or s.tag(words[0]) in ("a", "an", "b", "d", "ad", "m", "vd"):
            continue
        name = "".join(words)
        if not _item_ok(s, name, longest=8) or finder.is_known(name):
            continue
        if finder.is_known(name + head) or finder.generic(name + head):
            continue  # 创作者分成计划 is a term, 生活服务 a kind of services: neither names one
        clause = text[_clause_start(text, i) : i - len(name) - of]
        announced = any(
            not (head in cues.ABILITY_HEADS and verb.group() in cues.HAVING_VERBS)
            for verb in _ANNOUNCE.finditer(clause)
        )
        scale = (0.6 if of else 1.0) * (
            0.5 if len(words) == 1 and _IS_HAN.search(name) and finder.common(name) else 1.0
        )
        labels = [name + head if head in cues.NAMING_HEADS or head in cues.KEPT_HEADS else name]
        # 多人活码和群活码功能, 文件协作、云盘功能: the names coordinated
        # before it share its head.
        others, start = _conjuncts(s, i - len(name) - of, head)
        labels += others
        clause_start = _clause_start(text, i)
        clause = text[clause_start:start]
        if _CARRIED_LEAD.match(clause):
            # ……，还能实现自动打标签功能: a clause with no subject of its own goes on with the
            # sentence's (企业微信支持……).
            clause = text[_sentence_start(text, i) : start]
        # 提供交通接驳保障服务: a head of :data:`~kg.lang.suggest.LOOSE_HEADS` describes what is
        # offered as often as it names it, unless a known product announces it (企业微信提供……
        # 三大群发工具).
        loose = head in cues.LOOSE_HEADS
        for k, label in enumerate(labels):
            if k:  # a conjunct has a scale of its own (文件协作 beside the common 云盘)
                scale = (0.6 if of else 1.0) * (0.5 if finder.common(label) else 1.0)
            weak = 0.5 * scale if loose else scale
            if announced:
                hit = Hit(label, "Capability", "feature-head+announced", scale)
                if loose:
                    yield from s.agented(hit, weak, clause)
                else:
                    yield hit
            elif head in cues.PRODUCT_AGENT_HEADS:
                # 钉钉开发了密聊功能, 视频号独有的社交推荐功能: a product before it in its
                # clause is as good as an announcement.
                hit = Hit(label, "Capability", "feature-head+product", weak)
                yield from s.agented(hit, 0.4 * weak, clause)
            else:
                yield Hit(label, "Capability", "feature-head", 0.4 * weak)


#: A clause's start that names no subject, so that it carries the sentence's (还能实现……).
_CARRIED_LEAD = re.compile(f"\\s*(?:{_alternation(cues.CARRIED_OPENERS)})")
#: What joins two names that share a head word after them (多人活码和群活码功能).
_JOINED_BEFORE = re.compile(f"(?:{_alternation(cues.JOINERS)})$")


def _conjuncts(s: _Sentence, i: int, head: str) -> tuple[list[str], int]:
    """The names coordinated with the one that starts at ``i`` before a feature's head word,
    nearest first (多人活码 before 和群活码功能), at most two, each a name as the head's own;
    and where the first of them starts."""
    text = s.text
    finder = s.finder
    out: list[str] = []
    while len(out) < 2:
        m = _JOINED_BEFORE.search(text, max(0, i - 2), i)
        if m is None:
            break
        words = s.walk_left(
            m.start(), longest=8, most=3, stop_tags=cues.NAME_STOP_TAGS, names=False
        )
        if not words or s.tag(words[0]) in ("a", "an", "b", "d", "ad", "m", "vd"):
            break
        name = "".join(words)
        if not _item_ok(s, name, longest=8) or finder.is_known(name) or _ANNOUNCE.search(name):
            break
        if finder.generic(name + head) or (len(words) == 1 and finder.common(name)):
            break
        out.append(name)
        i = m.start() - len(name)
    return out, i


_LIST_TAIL = re.compile(
    r"(?:等等|等)\s*(?:[0-9一二三四五六七八九十两几多]+(?:个|项|种|大|款))?\s*(?:全新的?|新的?|各种|基础的?)?"
    f"(?:{_alternation(cues.CAPABILITY_HEADS)}|权益)"
    r"|[0-9一二三四五六七八九十两几多]+(?:个|项|种|大|款)\s*(?:全新的?|新的?)?"
    f"(?:{_alternation(cues.CAPABILITY_HEADS)}|权益)"
)
#: A feature's head word at the end of a listed item, which is not its name (缓存清理功能).
_HEAD_SUFFIX = re.compile(
    f"(?:{_alternation(set(cues.CAPABILITY_HEADS) - set(cues.NAMING_HEADS))})$"
)


def _announced_lists(s: _Sentence) -> Iterator[Hit]:
    """提供语音对话，朋友圈，支付……等功能 / 加入了A、B、C等新功能 / 功能：Pin: features
    listed after an announcement verb and before 等 (or a count) and their head word."""
    text = s.text
    finder = s.finder
    for tail in _LIST_TAIL.finditer(text):
        pos, word = s.word_at(tail.end() - 1)
        if pos + len(word) > tail.end():
            continue  # 等服务商: the head starts a longer word
        floor = max(text.rfind(c, 0, tail.start()) for c in "。；;！？!?") + 1
        verbs = list(_ANNOUNCE.finditer(text, floor, tail.start()))
        if not verbs:
            continue
        body = text[verbs[-1].end() : tail.start()].lstrip("了 ")
        if "、" not in body and "，" not in body and "," not in body:
            continue
        parts = [p for part in re.split("[、，,]", body) for p in _CONJUNCTION.split(part)]
        items = [_clean_item(p) for p in parts]
        run: list[str] = []
        for item in reversed([i for i in items if i]):
            bare = _clean_item(_HEAD_SUFFIX.sub("", item))  # 缓存清理功能 -> 缓存清理
            item = bare if bare and not finder.generic(bare) else item
            if finder.generic(item):
                run.insert(0, "")  # 数据服务: one of the list, no name
                continue
            if not _item_ok(s, item, longest=10) or _ANNOUNCE.search(item):
                break
            run.insert(0, item)
        if len(run) < 2:
            continue
        run = [i for i in run if i]
        for item in run:
            if not finder.is_known(item):
                yield Hit(item, "Capability", "announced-list", 1.0)
    # 功能：Pin / 微信7.0版本有个功能：强提醒。: a name after 功能 and a colon, ending the sentence.
    m = _FEATURE_COLON.search(text)
    if m:
        item = _clean_item(m.group(1))
        if _item_ok(s, item) and not finder.is_known(item):
            yield Hit(item, "Capability", "feature-colon", 1.0)


#: A count and a feature's head word after a list, which the count confirms (有直接拍摄，相簿选取和
#: 使用秒剪制作三种模式; 下方还有文档解读和智能写作两个功能).
_COUNTED_TAIL = re.compile(
    f"[，,]?\\s*{cues.COUNT_POINTER}?\\s*"
    f"([{''.join(d for d, v in numerals.CHINESE_DIGITS.items() if v > 1)}2-9])\\s*"
    f"(?:{_alternation(cues.COUNT_CLASSIFIERS)})\\s*"
    f'([^，,。；;！？!?、“”"]{{0,4}}?)(?:{_alternation(cues.COUNTED_HEADS)})'
)
_COUNTED_ITEMS = re.compile(f"\\s*(?:[，,]|{_alternation(cues.JOINERS)})\\s*")


def _counted_lists(s: _Sentence) -> Iterator[Hit]:
    """直接拍摄，相簿选取和使用秒剪制作三种模式, 文档解读和智能写作两个功能: a list of as many
    names as the count after it says, before a feature's head word. The count confirms the
    list, so no announcement verb is needed; a list that holds a known product or company
    (视频号、微信支付……这五大板块) is none of features."""
    text = s.text
    finder = s.finder
    for tail in _COUNTED_TAIL.finditer(text):
        size = numerals.CHINESE_DIGITS.get(tail.group(1)) or int(tail.group(1))
        if tail.group(2) and finder.grammar_inside(tail.group(2)):
            continue  # 两个我们的功能: no description of the head
        floor = max(text.rfind(c, 0, tail.start()) for c in "。；;！？!?：:") + 1
        cuts = list(_COUNTED_ITEMS.finditer(text, floor, tail.start()))[-(size - 1) :]
        if len(cuts) != size - 1 or (cuts and cuts[0].start() <= floor):
            continue
        if all(c.group().strip() in "，," for c in cuts):
            continue  # pieces between commas only are clauses; a list has a 、 or a 和 too
        # The first item is what its piece holds after the clause's own words (视频号的视频发布有).
        first = _clean_item(_COUNTED_LEAD.sub("", text[floor : cuts[0].start()]))
        lead = finder.tokenizer.lcut(first, HMM=False)[:1]
        if lead and len(lead[0]) < len(first) and s.tag(lead[0]) == "p":
            first = first[len(lead[0]) :]  # 在机会人群（R0）、……这三大核心能力之下
        items = [first]
        for k, cut in enumerate(cuts):
            end = cuts[k + 1].start() if k + 1 < len(cuts) else tail.start()
            items.append(_clean_item(text[cut.end() : end]))
        if any(finder.is_known(i) and finder.kind(i) != "Capability" for i in items):
            continue
        clean = [_item_ok(s, i, longest=10) and not _ANNOUNCE.search(i) for i in items]
        # 机会人群、全周期品牌资产管理、基于模型指导的投放策略，这三大核心能力: the count confirms
        # where the items end, so an item that is a described phrase (的 inside) is left out and
        # the others stand; an item of any other kind says the list is no list of names.
        if not all(ok or _described_item(i) for ok, i in zip(clean, items, strict=True)):
            continue
        if sum(clean) < 2:
            continue
        for ok, item in zip(clean, items, strict=True):
            if ok and not finder.is_known(item):
                yield Hit(item, "Capability", "counted-list", 1.0)


def _described_item(item: str) -> bool:
    """A listed phrase that holds 的 (基于模型指导的投放策略): short, no punctuation, no verb of
    announcement."""
    return (
        "的" in item
        and len(item) <= 12
        and not _NOT_NAME.search(item)
        and not _ANNOUNCE.search(item)
    )


#: The words of a clause before the first item of a counted list: up to its last verb of having
#: or offering, or 的 (视频号的视频发布有 | 直接拍摄).
_COUNTED_LEAD = re.compile(f"^.*(?:{_alternation(cues.COUNTED_LEAD_WORDS)})")


_FEATURE_COLON = re.compile(r"功能\s*[：:]\s*([^：:，,。；;！？!?]{2,12})[。！!]?\s*$")
_BARE_ANNOUNCE = re.compile(f"(?<![不未没无])(?:{_alternation(cues.BARE_LIST_VERBS)})了?")
_LIST_SEPARATOR = re.compile(r"\s*(?:、|以及|和|及|与)\s*")


#: A list that ends with its count and head word (五大功能, 三种模式).
_COUNTED_END = re.compile(
    r"[0-9一二三四五六七八九十两几多]+(?:个|项|种|大|款|类)\s*(?:全新的?|新的?)?"
    f"(?:{_alternation(cues.COUNTED_HEADS)})\\s*$"
)


def _bare_list(s: _Sentence, start: int, end: int, least: int = 3) -> list[str] | None:
    """The items of a list of features that fills ``text[start:end]`` after its verb, with
    nothing after it but 等 or 的 and a noun (集成A、B和C的超级移动办公平台); None when it is no
    clean list of ``least`` names or more."""
    body = s.text[start:end]
    if "、" not in body:
        return None
    etc = re.search(r"等等?(.)", body.rsplit("、", 1)[-1])
    if etc:
        described = body[body.rindex("、") + etc.end(1) - 1 :]
        if "的" not in described:
            return None  # 等新功能, 等产品: a list with its head, read by the rules of lists
        # 飞书拥有进群管理、消息管理等差异化的细致的解决方案: what follows 等 describes the
        # list, and names no kind of thing the rules of lists read.
        body = body[: body.rindex("、") + etc.start() + 1]
        least = 2  # 等 marks it as a list
    tail = re.search(r"(?:等等|等|的[^、的]{1,12})$", body)
    if tail:
        body = body[: tail.start()]
    if _COUNTED_END.search(body):
        return None  # 包含A、B……家长权益五大功能: a counted list, the rule counted-list's
    pieces = _LIST_SEPARATOR.split(body)
    if "的" in pieces[0]:  # 包含了自研的数据库大模型: a word of description before the first
        lead, _, first = pieces[0].rpartition("的")
        if len(lead) > 4:
            return None
        pieces[0] = first
    finder = s.finder
    lead = finder.tokenizer.lcut(pieces[0], HMM=False)[:1]
    if lead and len(lead[0]) < len(pieces[0]) and s.tag(lead[0]) == "p":
        return None  # 推出针对时尚、百购、母婴……的方案: the list is what a preposition governs
    items = [_clean_item(_HEAD_SUFFIX.sub("", p)) for p in pieces]  # 缓存清理功能 -> 缓存清理
    if len(items) < least or len(items) > 12:
        return None
    kept = []
    for item in items:
        if finder.is_known(item):
            if finder.kind(item) != "Capability":
                return None  # 支持微信支付、支付宝、银联: a list of products
            continue
        if finder.generic(item):
            continue  # 数据服务: one of the list, no name
        if not _item_ok(s, item, longest=10) or _ANNOUNCE.search(item):
            return None
        kept.append(item)
    return kept


def _bare_announced(s: _Sentence) -> Iterator[Hit]:
    """集成IM通讯、日程管理、办公协同和三方应用的超级移动办公平台, 支持车机运行小程序、
    同一ID多端运行: three names or more listed after a verb by which a product announces what
    it offers, with no head word after them. A known product before the verb is its agent;
    without one, the list waits for the corpus's proposals (:func:`_second_round`)."""
    text = s.text
    for verb in _BARE_ANNOUNCE.finditer(text):
        agent = text[_sentence_start(text, verb.start()) : verb.start()]
        end = _clause_end(text, verb.end())
        if _SUBJECTLESS.fullmatch(agent):
            # 新增个人信息收集清单、第三方信息共享清单 / 支持自动踢出、防广告、防骚扰: a sentence
            # (a release note's line) that opens with the verb; its subject is the product the
            # article is about, and a list of two that fills the sentence is enough.
            items = _bare_list(s, verb.end(), len(text), least=2) if end == len(text) else None
            if items and not _starts_word(s, verb.start()):
                continue
            for item in items or ():
                yield Hit(item, "Capability", "announced-bare-list", 1.0)
            continue
        items = _bare_list(s, verb.end(), end)
        if not items or not _starts_word(s, verb.start()):
            continue
        for item in items:
            yield from s.agented(Hit(item, "Capability", "announced-bare-list", 1.0), 0, agent)


def _starts_word(s: _Sentence, i: int) -> bool:
    """Whether one of jieba's words starts at ``i``, and no phrase of
    :data:`~kg.lang.suggest.VERB_HOLDERS` holds it (上线 of 线上线下 is no verb)."""
    text = s.text
    for phrase in cues.VERB_HOLDERS:
        start = text.find(phrase, max(0, i - len(phrase) + 1), i + len(phrase))
        if 0 <= start < i:
            return False
    return s.word_at(i)[0] == i


#: What may come before a verb that opens a sentence: list numbering and bullets.
_SUBJECTLESS = re.compile(r"[\s*#>\-•·]*(?:[0-9一二三四五六七八九十]{1,2}[、.．)）]\s*)?")


#: Tags of words of grammar (prepositions, conjunctions, pronouns, particles).
_GRAMMAR_TAGS = frozenset({"p", "c", "r", "u", "ud", "ug", "uj", "ul", "uv", "uz", "y", "e"})
_OBJECT_VERB = re.compile(f"(?<![不未没无])(?:{_alternation(cues.OBJECT_VERBS)})了?")


def _announced_objects(s: _Sentence) -> Iterator[Hit]:
    """抖音开设了商品橱窗, 小程序进一步放开了外部跳转, 快手……新增以优质视频为主的精选tab: a product,
    a verb by which it launches something, and a name that ends the clause. Only with a product
    before the verb in its clause (a company's launches are as often products, reports or
    lines of business); the corpus's proposed products count in the second round."""
    text = s.text
    finder = s.finder
    for verb in _OBJECT_VERB.finditer(text):
        end = _clause_end(text, verb.end())
        # 推出电子会员卡（商户可向其客户发出电子卡……）: what the brackets explain is the name.
        body = _strip(_BRACKETED_END.sub("", text[verb.end() : end]))
        described = _described_object(verb.group(), body)
        if described:
            body = described
        if not body or len(body) > 8 or _ends(body, _CAP_HEADS) or finder.is_known(body):
            continue  # 增加了一项截图识码功能: the feature's head is read by its own rule
        said = _ends(body, cues.SPEECH_VERBS)
        if said in cues.REPORTED_ENDS:
            continue  # 在其官方微博发布消息称: what a message says, no feature
        document = body[: -len(said)] if said else body  # 发布公告称: what the document says
        if _ends(body, cues.EVENT_ENDS) or _ends(document, cues.DOCUMENT_ENDS):
            continue  # 企业微信发布了新品发布会, 我们发布了财报: an event or a document, no feature
        words = finder.tokenizer.lcut(body, HMM=True) if _IS_HAN.search(body) else [body]
        if len(words) > 3 or words[0] in cues.CAPABILITY_LEFT_STOP or not _item_ok(s, body, 8):
            continue
        if s.tag(words[0]) in cues.NAME_STOP_TAGS - {"f"} or any(
            w in cues.NAME_STOP or s.tag(w) in _GRAMMAR_TAGS for w in words
        ):
            continue  # 外部跳转 may start with a word of place; 很多用户, 给我们 are no names
        if not _starts_word(s, verb.start()):
            continue  # 打通线上线下一体化经营: no 上线 there
        if (s.tag(words[0]) == "v" and not described) or words[-1] in cues.TIME_WORDS:
            continue  # 支持适配微信小游戏: a verb's phrase; 开始支持微信支付时: a time, no name
        common = len(words) == 1 and _IS_HAN.search(body) is not None and finder.common(body)
        hit = Hit(body, "Capability", "product-launches", 0.5 if common else 1.0)
        agent = text[_clause_start(text, verb.start()) : verb.start()]
        if _CARRIED.fullmatch(agent):
            # ……，并推出电子会员卡: a clause with no subject of its own goes on with the
            # sentence's.
            agent = text[_sentence_start(text, verb.start()) : verb.start()]
        if _MAKER_SPEAKS.search(agent):
            # 我们推出了时刻视频: the product's maker speaks (a talk, a results release); what it
            # launches is its product's.
            yield hit
            continue
        yield from s.agented(hit, 0, agent)


def _described_object(verb: str, body: str) -> str:
    """The name a launched object ends with after a few words that describe it and 的
    (新增了面向老年用户的客服热线, 新增以优质视频为主的精选tab): the words after the last 的,
    for a verb of :data:`~kg.lang.suggest.DESCRIBED_OBJECT_VERBS` and a description of
    :data:`_DESCRIPTION_LENGTHS` characters that opens with a word of
    :data:`~kg.lang.suggest.DESCRIPTION_OPENERS` and lists nothing; empty otherwise. Other
    words before 的 are the verb's own object, which 的 turns into a description of what
    follows (上线新功能的时间点), as 的 right after the verb does (支持的游戏类型)."""
    lead, of, name = body.rpartition("的")
    if not of or verb.rstrip("了") not in cues.DESCRIBED_OBJECT_VERBS or "、" in lead:
        return ""
    lead = lead.strip()
    if not _DESCRIPTION_LENGTHS[0] <= len(lead) <= _DESCRIPTION_LENGTHS[1]:
        return ""
    if not _starts(lead, cues.DESCRIPTION_OPENERS):
        return ""  # 上线新功能的时间点: 的 makes the verb and its object a description
    return _strip(name)


#: How long the description before a launched object's 的 may be (面向老年用户, 以优质视频为主).
_DESCRIPTION_LENGTHS = (2, 8)


#: The end of a clause's text before its verb that is the maker speaking of itself (我们,
#: 我们正式, 同时我们).
_MAKER_SPEAKS = re.compile(
    f"(?:{_alternation(cues.MAKER_PRONOUNS)})\\s*(?:{_alternation(cues.CARRIED_ADVERBS)})?\\s*$"
)


#: A sentence that is a line of a numbered list written out in words: 一是, the line's text,
#: and nothing after it but a full stop.
_ORDINAL_LINE = re.compile(
    f"[\\s*#>\\-]*(?:{_alternation(cues.ORDINAL_LEADS)})\\s*"
    f"([^，,。；;：:！？!?、（）()]{{2,18}}?)\\s*[。；;！!]?\\s*"
)
#: Tags of a word that may end a feature's name read alone (智能体 n, 风险评估 vn, SQL none).
_NOUN_TAGS = frozenset({"n", "nz", "vn", "eng", "nr", "nt", "ns", None})
#: The fewest characters of an unquoted name on such a line: a point of an argument is short
#: (一是降本增效, 二是提升效率, 一是成本高), a feature's full name long (高负载止损值守智能体).
_ORDINAL_LEAST = 6


def _ordinal_items(s: _Sentence) -> Iterator[Hit]:
    """一是SQL事前风险预测智能体。/ 一是“群聊邀请确认”: a sentence that is a line of a
    numbered list written out in words (一是, 二是 …), and holds only a name: what an article
    lists after announcing so many features (引入了三个智能体, 本次更新了两个功能). The name is
    quoted, or long, led by no verb and ended by a noun."""
    m = _ORDINAL_LINE.fullmatch(s.text)
    if m is None:
        return
    raw = m.group(1).strip()
    name = _strip(raw)
    quoted = raw[:1] in cues.QUOTES and raw[-1:] == cues.QUOTES[raw[:1]]
    finder = s.finder
    if not _item_ok(s, name, longest=16) or finder.is_known(name):
        return
    if not quoted:
        words = finder.tokenizer.lcut(name, HMM=True)
        if (
            len(name) < _ORDINAL_LEAST
            or s.tag(words[0]) in ("v", "vi", "vd", "d")
            or s.tag(words[-1]) not in _NOUN_TAGS
        ):
            return
    yield Hit(name, "Capability", "ordinal-item", 1.0)


#: A clause's start that names no subject, so that it carries the sentence's (并, 还, 同时也).
_CARRIED = re.compile(
    f"\\s*(?:{_alternation(cues.CARRIED_OPENERS)})?\\s*(?:{_alternation(cues.CARRIED_ADVERBS)})?\\s*"
)


# ---------------------------------------------------------------- names given

_NAMED = re.compile(
    f'({_alternation(cues.NAMING_VERBS)})\\s*[“「"『]?([^“”「」"『』，,。；;：:！？!?、（）()《》的]{{1,12}})'
    f'[”」"』]?\\s*的([{_HAN}]{{0,3}}?)({_alternation(cues.NAMED_HEADS)})'
)


def _named(s: _Sentence) -> Iterator[Hit]:
    """名为Lark的产品, 叫做“八即是美”的小微企业, 名叫马云的领导: a verb that gives a name, the
    name, 的 and a noun that says what it names (a few words of description may come before
    it, no grammar among them)."""
    text = s.text
    finder = s.finder
    for m in _NAMED.finditer(text):
        if s.word_at(m.start()) != (m.start(), m.group(1)):
            continue  # 叫板, 叫卖: a word of its own, no naming
        name = _strip(m.group(2))
        described, head = m.group(3), m.group(4)
        if described and finder.grammar_inside(described):
            continue
        pos, word = s.word_at(m.end() - 1)
        if pos + len(word) > m.end():
            continue  # 的公司化: the head starts a longer word
        cls = cues.NAMED_HEADS[head]
        if finder.is_known(name) or finder.generic(name):
            continue
        if cls == "Person":
            if _person_ok(s, name) and 2 <= len(name) <= 4 and _ALL_HAN.fullmatch(name):
                yield Hit(name, cls, "named", 1.0)
        elif _item_ok(s, name):
            yield Hit(name, cls, "named", 1.0)


_NAMED_AFTER = re.compile(
    f'({_alternation(cues.NAMING_VERBS)})\\s*[：:]?\\s*(?:\\*\\*)?\\s*[“「"『]?'
    '([^“”「」"『』，,。；;：:！？!?、（）()《》]{1,16}?)'
    '[”」"』]?\\s*(?:\\*\\*)?\\s*(?=[，,。；;！？!?]|$)'
)


def _named_after(s: _Sentence) -> Iterator[Hit]:
    """免费软件叫：Foxmail, 项目名为NotebookLlama, 这种方式，就叫做：竞价排名: a noun that says
    what is named, a naming verb and the name that ends the clause."""
    text = s.text
    finder = s.finder
    for m in _NAMED_AFTER.finditer(text):
        if s.word_at(m.start()) != (m.start(), m.group(1)):
            continue  # 叫板, 叫道: a word of its own, no naming
        j = m.start()
        while True:
            gap = _ends(text[max(0, j - 2) : j], cues.NAMED_AFTER_GAP)
            if not gap:
                break
            j -= len(gap)
        head = _ends(text[max(0, j - 2) : j], cues.NAMED_AFTER_HEADS)
        pos, word = s.word_at(j - 1)
        if head is None or pos + len(word) != j:
            continue  # the head ends a word (免费软件, 小游戏)
        name = _strip(m.group(2))
        if finder.is_known(name) or finder.generic(name) or not _item_ok(s, name, longest=16):
            continue
        yield Hit(name, cues.NAMED_AFTER_HEADS[head], "named-after", 1.0)


_FOUNDED = re.compile(
    f"({_alternation(cues.FOUNDING_VERBS)})(?:了)?(的)?\\s*"
    '([^“”「」"『』，,。；;：:！？!?、（）()《》]{1,24}?)'
    "\\s*(?=[，,。；;！？!?、）)]|等|$)"
)


def _founded(s: _Sentence) -> Iterator[Hit]:
    """创办 Peak Labs，/ 王学集创办的涂鸦智能等 / 创办了一家新的控股公司Alphabet: what a
    founding verb names, up to the end of its clause, is an organisation (after a description
    that ends with 公司, the name after it)."""
    text = s.text
    finder = s.finder
    for m in _FOUNDED.finditer(text):
        pos, word = s.word_at(m.end(1) - 1)
        if s.word_at(m.start())[0] != m.start() or pos + len(word) != m.end(1):
            continue  # 新创办, 创办公: the verb is part of a word of its own
        name = _strip(m.group(3))
        kind = max((name.rfind(k) + len(k) for k in cues.FOUNDED_KINDS if k in name), default=0)
        name = _strip(name[kind:])
        if (
            not name
            or name.endswith(cues.FOUNDED_TIME_ENDS)
            or finder.is_known(name)
            or finder.generic(name)
            or not _item_ok(s, name)
            or not s.proper(name)
        ):
            continue
        words = finder.tokenizer.lcut(name, HMM=False)
        if any(
            w in cues.NAME_STOP or w in cues.NAME_LEAD_STOP or s.tag(w) in cues.FOUNDED_STOP_TAGS
            for w in words
        ) or (len(words[0]) == 1 and _IS_HAN.match(words[0])):
            continue  # 在微博发布声明称: a clause goes on; 创办公…: the verb's word is longer
        yield Hit(name, "Company", "founded", 1.0)


# ---------------------------------------------------------------- quoted names

_QUOTED = re.compile(
    "|".join(
        f"{re.escape(o)}([^{re.escape(o + c)}]{{1,20}}){re.escape(c)}"
        for o, c in cues.QUOTES.items()
    )
    + "|《([^《》]{1,20})》"
)
_QUOTE_JOIN = re.compile(r"\s*(?:、|和|及|与|以及|或|，)\s*")
_AFTER_QUOTE = re.compile(
    r"^(?:等等|等)?\s*(?:[0-9一二三四五六七八九十两几多]+(?:个|项|种|大|款))?\s*"
    r"(?:这个|这项|这一|全新的?|新的?)?"
)


#: What may follow a quoted name that is not a description of the noun after it.
_QUOTE_FREE_AFTER = re.compile(f"$|[^{_HAN}]|等|和|与|及|以及|或|了|并|后|之后|也|都|已|就|是|正式")


def _described_head(s: _Sentence, text: str) -> str | None:
    """The head word of :data:`~kg.lang.suggest.QUOTED_CAPABILITY_AFTER` that ``text``
    reaches after a short description with no grammar (核心功能 of “视频观看”和“视频创作”两大
    核心功能)."""
    for skip in range(1, _LONGEST_DESCRIPTION):
        head = _starts(text[skip:], cues.QUOTED_CAPABILITY_AFTER)
        if head is not None:
            described = text[:skip]
            if _ALL_HAN.fullmatch(described) and not s.finder.grammar_inside(described):
                return head
            return None
    return None


_OF_HEAD = re.compile(
    f"\\s*的\\s*(?:{_alternation(cues.QUOTED_OF_DESCRIPTIONS)})?"
    f"({_alternation(cues.QUOTED_OF_HEADS)})"
)


def _head_after_of(s: _Sentence, label: str, text: str, j: int) -> str | None:
    """“小世界”的新功能, “附近的餐厅”的功能, "问问ima"的按钮: the head word of a quoted name
    that 的 joins to it (and ends its noun phrase there), unless the quote is a word of
    description (「时有时无」的功能: an idiom, 好用, 简单)."""
    m = _OF_HEAD.match(text, j)
    if m is None or not _boundary_after(text, m.end()) or label.endswith("的"):
        return None
    if s.tag(label) in cues.QUOTED_OF_STOP_TAGS:
        return None
    return m.group(1)


def _product_compound(label: str) -> bool:
    """Whether ``label`` ends with a head that makes a product (视频号小店, 微信读书), not a
    feature (手机通讯录建群) or an organisation's arm (腾讯投资)."""
    head = _ends(label, cues.COMPOUND_HEADS)
    return head is not None and cues.COMPOUND_HEADS[head] == "Product"


def _quoted(s: _Sentence) -> Iterator[Hit]:
    """“加好友”按钮, 推出“视频号小店”服务, “稍后处理”和“Pin”功能, 《心动练习生》游戏: a short
    quoted name that the words around it say is a feature or a product."""
    text = s.text
    finder = s.finder
    groups: list[list[re.Match[str]]] = []
    for m in _QUOTED.finditer(text):
        # Quotes joined by 、 和 及 share what follows the last one (“A”、“B”和“C”三大功能).
        if groups and _QUOTE_JOIN.fullmatch(text, groups[-1][-1].end(), m.start()):
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in groups:
        last = group[-1]
        after = text[last.end() : last.end() + 8].lstrip()
        after_head = _AFTER_QUOTE.sub("", after)
        before = text[max(0, group[0].start() - 4) : group[0].start()]
        # The verb ends what comes before: 提供一个“更优解”, 提供更多“情绪价值” describe.
        named = _ends(before, cues.QUOTED_NAMING_BEFORE) is not None or (
            _ends(before.rstrip("了的 "), cues.ANNOUNCE_VERBS) is not None
        )
        for m in group:
            title = m.group().startswith("《")
            label = _strip(m.group(m.lastindex or 1))
            if not label or len(label) > 12 or finder.is_known(label) or finder.generic(label):
                continue
            if title:
                if _ends(label, cues.WORK_TITLE_ENDS) or _NUMBER_LEAD.match(label):
                    continue
                if _starts(after, cues.GAME_AFTER) or _ends(
                    text[max(0, m.start() - 4) : m.start()].rstrip(), cues.GAME_BEFORE
                ):
                    yield Hit(label, "Product", "quoted-title", 1.0)
                continue
            if re.search("[，。；！？,.;!?]", label):
                continue
            head = _starts(after_head, cues.QUOTED_CAPABILITY_AFTER)
            if head is None and len(after_head) < len(after.lstrip()):
                head = _described_head(s, after_head)
            if head is None and m is last:
                head = _head_after_of(s, label, text, last.end())
            product = _starts(after, cues.QUOTED_PRODUCT_AFTER)
            # A feature's head after the quote says it is one, even a phrase (“查看附近的人”功能).
            if (not head and not product) and finder.grammar_inside(label):
                continue
            if head == "服务" and _product_compound(label):
                yield Hit(label, "Product", "quoted+服务", 1.0)
            elif head:
                # “灵感”板块: a common word is a feature's name only where it is cued twice.
                common = _IS_HAN.search(label) is not None and finder.common(label)
                yield Hit(label, "Capability", f"quoted+{head}", 0.5 if common else 1.0)
            elif product:
                if not finder.grammar_inside(label):
                    yield Hit(label, "Product", f"quoted+{product}", 1.0)
            elif _programme(s, label):
                yield Hit(label, "Capability", "quoted-programme", 1.0)
            elif (host := _quote_host(s, m, group, after)) is not None:
                cls = "Product" if host in cues.QUOTED_ACCOUNT_HOSTS else "Capability"
                common = _IS_HAN.search(label) is not None and finder.common(label)
                yield Hit(label, cls, "known-product+quoted", 0.5 if common else 1.0)
            elif (kind := _quote_kind(s, m, group, after)) is not None:
                yield Hit(label, kind, "kind+quoted", 1.0)
            elif not (_QUOTE_FREE_AFTER.match(after) or (named and _verb_next(s, last.end()))):
                continue  # 开启“通行万物”时代: the quote describes the noun after it
            elif named:
                clause = text[_clause_start(text, group[0].start()) : group[0].start()]
                if any(mark in clause for mark in cues.PASSIVE_MARKS):
                    continue  # 有赞上市时，被外界称为“微信生态第一股”: an epithet, not a launch
                # 更名为“点淘App”: a name with a product noun is a product's, as the rule
                # product-noun reads it.
                product_noun = _ends(label, cues.PRODUCT_NOUNS) not in (None, label)
                cls = "Product" if _product_compound(label) or product_noun else "Capability"
                # 钉钉……支持“手机通讯录建群”: sure when a product announces it, or a company
                # (拼多多……推出“拼小圈”, 京东对标拼多多推出 "百亿补贴").
                hit = Hit(label, cls, "named-quoted", 1.0)
                agent = text[_sentence_start(text, m.start()) : m.start()]
                yield from s.agented(hit, 0.5, agent, makers=True)
            elif len(group) >= 3 and not _words_listed(text, group[0].start(), after):
                # “消息”、“云文档”、“密聊”、“外部”: a list of quoted names is a list of features.
                hit = Hit(label, "Capability", "quoted-list", 1.0)
                yield from s.agented(hit, 0.5, text[_sentence_start(text, m.start()) : m.start()])


def _words_listed(text: str, start: int, after: str) -> bool:
    """Whether a list of quotes that starts at ``start`` lists words, not features: the
    sentence before it names words (加了45个词，包括「A」、「B」……), or the head ``after`` its
    last quote does (“返利”、“红包”……等关键词): :data:`~kg.lang.suggest.WORD_LIST_MARKS`."""
    before = text[_sentence_start(text, start) : start]
    head = after[len(_starts(after, cues.LIST_CLOSERS) or "") :]
    # the head may be one of a kind of words (关键词, 敏感词)
    return any(mark in before or mark in head[: len(mark) + 2] for mark in cues.WORD_LIST_MARKS)


def _verb_next(s: _Sentence, i: int) -> bool:
    """Whether the word after ``i`` goes on with the clause's verb (推出“百亿补贴”向高线用户渗透,
    发布了"VALUE方法论"来作为……): a verb, a preposition or an adverb, so the quote before it
    names something and describes no noun."""
    after = s.words_after(i, _clause_end(s.text, i))
    while after and not after[0].strip():
        after.pop(0)
    return bool(after) and s.tag(after[0]) in cues.QUOTE_GOES_ON_TAGS


def _programme(s: _Sentence, label: str) -> bool:
    """“春雨计划”: a quoted name that ends with a programme's head, after a name of its own."""
    head = _ends(label, cues.QUOTED_PROGRAMME_ENDS)
    if head is None or len(label) - len(head) < 2:
        return False
    return not s.finder.grammar_inside(label[: -len(head)])


def _quote_host(
    s: _Sentence, m: re.Match[str], group: list[re.Match[str]], after: str
) -> str | None:
    """微信支付“爱心餐”已……, 公众号“夜听”创始人: the known product whose name the quote
    follows at once, when the quote stands alone and is no phrase of description (nothing but
    punctuation, a word of grammar or a person's title after it: 小程序“通行万物”的时代
    describes the noun after it)."""
    if len(group) > 1 or m.start() == 0:
        return None
    label = _strip(m.group(m.lastindex or 1))
    if s.finder.grammar_inside(label) or s.tag(label) in cues.QUOTED_OF_STOP_TAGS:
        return None
    if not (_QUOTE_FREE_AFTER.match(after) or _starts(after, cues.PERSON_TITLES)):
        return None
    before = s.words_before(m.start(), _clause_start(s.text, m.start()))
    if not before or s.finder.kind(before[0]) not in ("Product", "Capability"):
        return None
    return before[0]


def _quote_kind(
    s: _Sentence, m: re.Match[str], group: list[re.Match[str]], after: str
) -> str | None:
    """社交电商平台“小鹅拼拼”, 新店铺模式“视频内容店”: the class that a kind of thing right
    before a lone quote gives its name (:data:`~kg.lang.suggest.QUOTED_KIND_BEFORE`), when the
    quote ends its noun phrase, holds no word of grammar and is no word of the dictionary but
    a name."""
    if len(group) > 1 or not _QUOTE_FREE_AFTER.match(after):
        return None
    label = _strip(m.group(m.lastindex or 1))
    if s.finder.grammar_inside(label) or s.tag(label) not in (None, *cues.PROPER_TAGS):
        return None  # 当地产品“代言”: a word of the dictionary in quotes stresses, names nothing
    before = [w for w in s.words_before(m.start(), _clause_start(s.text, m.start())) if w.strip()]
    if not before:
        return None
    kind = _ends(before[0], cues.QUOTED_KIND_BEFORE)
    return None if kind is None else cues.QUOTED_KIND_BEFORE[kind]


#: Every rule, in the order they read a sentence, with the classes it proposes.
RULES: tuple[Rule, ...] = (
    Rule("title", ("Person",), "a title, then a name", _people_titled),
    Rule("title-in-brackets", ("Person",), "a name, then its title in brackets", _people_bracketed),
    Rule(
        "nickname-in-brackets",
        ("Person",),
        "a name, then （花名：X）",
        _people_nicknamed,
    ),
    Rule(
        "organisation-of-title",
        ("Company", "Organization"),
        "a name before a person's title (金山软件CEO雷军)",
        _organisations_titled,
    ),
    Rule(
        "unit-of-title",
        ("Product",),
        "a known name's unit before a person's title (钉钉国际化团队负责人)",
        _units_titled,
    ),
    Rule("appositive-title", ("Person",), "a name, a comma, a title", _people_appositive),
    Rule(
        "post",
        ("Person",),
        "a name, 为/出任/担任/成为 and a title (孙东旭为新东方在线执行董事)",
        _people_posted,
    ),
    Rule("speech-verb", ("Person",), "a name, then a verb of saying", _people_speaking),
    Rule(
        "speaker", ("Person",), "a name and a colon opening a turn of a transcript", _people_speaker
    ),
    Rule("father-of", ("Person",), "X之父, then a name", _people_father),
    Rule("honorific", ("Person",), "a name, then 教授, 医生, 老师", _people_honoured),
    Rule(
        "list",
        ("Company", "Organization", "Product", "Capability"),
        "a list and its head noun, or a list with known terms (products, companies, features)",
        _lists,
    ),
    Rule("represented-by", ("Company", "Product"), "以A、B为代表的……", _represented),
    Rule(
        "organisation-head",
        ("Company", "PublicBody", "Organization", "Product"),
        "a name and an organisation's head word",
        _organisations,
    ),
    Rule("founded", ("Company",), "创办/创立 and a name ending the clause", _founded),
    Rule("product-noun", ("Product",), "a name, then App, 客户端 …", _products_by_noun),
    Rule("definition", ("Product", "Company"), "X是……产品/公司", _definitions),
    Rule("subsidiary", ("Company", "Product"), "X旗下的Y", _subsidiaries),
    Rule(
        "known-name+noun",
        ("Product", "Organization", "Capability"),
        "a known name, then a product noun (视频号小店) or a kind of feature (朋友圈广告)",
        _compounds,
    ),
    Rule(
        "maker+name",
        ("Product",),
        "a known company, then a Latin name of its own (谷歌NotebookLM)",
        _maker_products,
    ),
    Rule("brand-uses-product", ("Company",), "a name that uses a known product", _brand_users),
    Rule("owner-of-known-product", ("Company",), "X的 + a known product", _brand_products),
    Rule(
        "brand-channel",
        ("Company",),
        "a name right before 小程序/公众号/视频号 (老乡鸡公众号)",
        _brand_channels,
    ),
    Rule(
        "client-list",
        ("Company",),
        "客户包括A、B、C等: the clients listed",
        _client_lists,
    ),
    Rule("brand-sales", ("Company",), "a name opening a clause of sales figures", _brand_sales),
    Rule("launched", ("Capability",), "X上线 at a clause's start", _launches),
    Rule("feature-head", ("Capability",), "a name, then 功能/能力/服务/计划", _capabilities),
    Rule("announced-list", ("Capability",), "推出/上线/支持……A、B和C等功能", _announced_lists),
    Rule("counted-list", ("Capability",), "A、B和C三种模式/两个功能", _counted_lists),
    Rule(
        "announced-bare-list",
        ("Capability",),
        "a product, 集成/支持/提供……A、B和C with no head word",
        _bare_announced,
    ),
    Rule(
        "product-launches",
        ("Capability",),
        "a product, 开设/上线/新增……了 and a name ending the clause",
        _announced_objects,
    ),
    Rule(
        "ordinal-item",
        ("Capability",),
        "a sentence 一是X。/二是X。 that holds only a name",
        _ordinal_items,
    ),
    Rule(
        "quoted",
        ("Capability", "Product"),
        "a quoted name and its head word, the known product or kind before it, or 计划 closing it",
        _quoted,
    ),
    Rule(
        "named",
        ("Company", "Product", "Capability", "Person"),
        "名为/叫做 X 的 + what X is (公司, 产品, 功能, 领导 …)",
        _named,
    ),
    Rule(
        "named-after",
        ("Company", "Product", "Capability"),
        "what is named (软件, 项目, 方式 …), 叫/名为, and the name ending the clause",
        _named_after,
    ),
)


# ---------------------------------------------------------------- the tally


@dataclass
class _Entry:
    """What the corpus says of one label so far (an accumulator, not a record)."""

    label: str
    classes: dict[str, float] = field(default_factory=dict)
    cues: dict[str, float] = field(default_factory=dict)
    sentences: dict[tuple[str, int], float] = field(default_factory=dict)
    evidence: Evidence | None = None
    alts: set[str] = field(default_factory=set)

    @property
    def score(self) -> float:
        return sum(self.sentences.values())

    def cls(self) -> str:
        """The class most strongly cued; kg:Organization when the organisation cues disagree
        (a company by one cue, a public body by another)."""
        best = max(sorted(self.classes), key=lambda c: (self.classes[c], -_PRIORITY.index(c)))
        if _KIND[best] == "Organization":
            orgs = {c: v for c, v in self.classes.items() if _KIND[c] == "Organization"}
            if orgs[best] * 3 < sum(orgs.values()) * 2:
                return "Organization"
        return best


_PRIORITY = ("Person", "Company", "PublicBody", "Product", "Capability", "Organization")


class _Tally:
    """Hits over a corpus, by label (in its matching form, casefolded), and the lists that
    the second round reads again."""

    def __init__(self) -> None:
        self.entries: dict[str, _Entry] = {}
        #: (sentence in its matching form, items, path, sentence index, sentence as written)
        self.lists: list[tuple[str, tuple[str, ...], str, int, str]] = []
        #: (hit, the text that may name its agent, path, sentence index, sentence as written)
        self.pending: list[tuple[Hit, str, str, int, str]] = []
        #: (hit, path, sentence index, sentence as written) of the Latin names an article
        #: repeats, which :func:`_second_round` weighs against what the rules cued
        self.recurring: list[tuple[Hit, str, int, str]] = []

    def add(self, hits: Iterable[Hit], path: str, index: int, sentence: str) -> None:
        for hit in hits:
            label = _strip(hit.label)
            if not label:
                continue
            key = matching_form(label).casefold()
            entry = self.entries.get(key)
            if entry is None:
                entry = self.entries[key] = _Entry(label)
            where = (path, index)
            if hit.strength > entry.sentences.get(where, 0.0):
                entry.sentences[where] = hit.strength
            entry.classes[hit.cls] = entry.classes.get(hit.cls, 0.0) + hit.strength
            entry.cues[hit.cue] = entry.cues.get(hit.cue, 0.0) + hit.strength
            if hit.alt:
                entry.alts.add(_strip(hit.alt))
            if entry.evidence is None:
                entry.evidence = Evidence(path, _SPACES.sub(" ", sentence).strip())


def _candidates(tally: _Tally, finder: _Finder) -> dict[str, _Entry]:
    return {
        key: e
        for key, e in tally.entries.items()
        if not finder.generic(e.label)
        and key not in finder.taken
        and _long_enough(e.label)
        and not _clause_fragment(e, finder)
        and not _no_name_of_its_class(e)
    }


def _no_name_of_its_class(entry: _Entry) -> bool:
    """A line of business or a side of a product proposed as a feature (电商业务, App端: a feature
    is inside a product), or a word that describes proposed as a feature or a product (内容化,
    网盘式): :data:`~kg.lang.suggest.NOT_FEATURE_ENDS`,
    :data:`~kg.lang.suggest.DESCRIPTIVE_ENDS`."""
    kind = _KIND[entry.cls()]
    label = entry.label
    if kind == "Capability" and _ends(label, cues.NOT_FEATURE_ENDS):
        return True
    return (
        kind in ("Capability", "Product")
        and _ends(label, cues.DESCRIPTIVE_ENDS) is not None
        and _ends(label, cues.DESCRIPTIVE_END_WORDS) is None
    )


def _clause_fragment(entry: _Entry, finder: _Finder) -> bool:
    """A piece of a clause, not a name (但从有赞, 尤其是视频, 通过导流, 说它, 版本有个, ⼀个企业
    微信): its first word is a conjunction of :data:`~kg.lang.suggest.CLAUSE_LEAD_CHARS` or a
    word of :data:`~kg.lang.suggest.CLAUSE_LEADS`, its last a character of
    :data:`~kg.lang.suggest.CLAUSE_END_CHARS`, or it opens with a count (once folded: ⼀ is
    一). Features are often verb phrases (开放接口, 发布朋友圈), and names often end with
    characters jieba tags as classifiers (百度网盘, 爱番番): neither is a sign. People's
    names are read by their own rules."""
    label = entry.label
    if "Person" in entry.classes:
        return False
    folded = unicodedata.normalize("NFKC", label)
    if folded != label and _NUMBER_LEAD.match(folded):
        return True  # the rules read counts in their folded form only
    if not _IS_HAN.match(label):
        return False
    words = finder.tokenizer.lcut(label, HMM=False)
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return (
        first in cues.CLAUSE_LEAD_CHARS
        or first in cues.CLAUSE_LEADS
        or (len(last) == 1 and last in cues.CLAUSE_END_CHARS)
    )


def _second_round(tally: _Tally, finder: _Finder, min_score: float) -> None:
    """Read the lists with no head noun and no known term again, now that the corpus has
    proposed some of their items: 先后试用过Skype、Slack、钉钉 names products, once 钉钉 is
    proposed as one elsewhere. A Latin name an article repeats (:func:`_recurring_latin`) is
    proposed too: as a company where no rule cued it, and where the rules' cues fall short of
    ``min_score``, with what they lack (not for a person: a name of one's repeated is no
    more a person's for that)."""
    for hit, path, index, sentence in tally.recurring:
        entry = tally.entries.get(matching_form(hit.label).casefold())
        if entry is None:
            tally.add([hit], path, index, sentence)
        elif entry.score < min_score - 1e-9 and entry.cls() != "Person":
            # what the rules' cues lack, counted for the article as a whole: in the class of
            # a name they give (a product, an organisation), else a company's (a repeated
            # Latin name is a brand, hardly a feature: Peloton)
            cls = entry.cls() if _KIND[entry.cls()] in ("Product", "Organization") else hit.cls
            tally.add(
                [Hit(hit.label, cls, hit.cue, min_score - entry.score)],
                path,
                _WHOLE_ARTICLE,
                sentence,
            )
    entries = _candidates(tally, finder)
    kinds = {key: _KIND[e.cls()] for key, e in entries.items() if e.score >= min_score - 1e-9}
    for text, items, path, index, sentence in tally.lists:
        found = {k for i in items if (k := kinds.get(matching_form(i).casefold())) is not None}
        if len(found) == 1 and found <= {"Product", "Organization", "Capability"}:
            s = _Sentence(text, finder)
            hits = list(_listed_with(s, list(items), found.pop(), "listed-with-proposed"))
            tally.add(hits, path, index, sentence)
    # ... and the hits that wait for a product, with the products the lists have just added.
    entries = _candidates(tally, finder)
    products = [
        k for k, e in entries.items() if e.score >= min_score - 1e-9 and e.cls() == "Product"
    ]
    for hit, agent, path, index, sentence in tally.pending:
        folded = agent.casefold()
        if any(p in folded for p in products):
            tally.add([hit], path, index, sentence)


def _rank(
    tally: _Tally, finder: _Finder, ontology: Ontology, min_score: float
) -> tuple[Suggestion, ...]:
    _second_round(tally, finder, min_score)
    entries = _candidates(tally, finder)
    # A fragment of a longer proposal, cued only where the longer one is, is that one's part.
    keys = sorted(entries, key=len)
    for key in keys:
        entry = entries[key]
        mine = set(entry.sentences)
        for other in keys:
            if len(other) > len(key) and key in other and other in entries:
                longer = entries[other]
                if not _proposed(longer, finder, min_score):
                    continue  # (a longer name that will not be proposed takes nothing)
                if mine <= set(longer.sentences) and not (_listed(entry) and _listed(longer)):
                    del entries[key]
                    break
    # 雷军心说 beside 金山软件CEO雷军: a name that runs on from a better-cued one is not one.
    for key in list(entries):
        person = entries.get(key)
        if person is None or person.cls() != "Person" or len(key) < 3:
            continue
        shorter = entries.get(key[:-1])
        if shorter is not None and shorter.cls() == "Person" and shorter.score >= person.score:
            del entries[key]
    _merge_nicknames(entries)
    merged = _merge_short_forms(entries)
    chosen = [(e, alts) for e, alts in merged if _proposed(e, finder, min_score)]
    chosen.sort(key=lambda pair: (-round(pair[0].score, 6), -len(pair[0].sentences), pair[0].label))
    iris = _iris([(e.label, e.cls()) for e, _ in chosen], ontology, finder.tokenizer.lcut)
    # A longer form read with a name (谷歌NotebookLM) is its altLabel unless a label already.
    labels = {matching_form(e.label).casefold() for e, _ in chosen} | finder.taken
    for entry, _ in chosen:
        entry.alts = {a for a in entry.alts if matching_form(a).casefold() not in labels}
    out = []
    for rank, (entry, alts) in enumerate(chosen, start=1):
        cues_ranked = tuple(sorted(entry.cues, key=lambda c: (-entry.cues[c], c)))
        assert entry.evidence is not None
        out.append(
            Suggestion(
                rank=rank,
                label=entry.label,
                cls=entry.cls(),
                iri=iris[entry.label],
                count=len(entry.sentences),
                score=round(entry.score, 2),
                cues=cues_ranked,
                evidence=entry.evidence,
                alt_labels=tuple(sorted({*alts, *entry.alts} - {entry.label})),
            )
        )
    return tuple(out)


#: The cues that read a whole item of a list: two items of one list are two names, even when
#: one holds the other (群发到客户、群发到客户群).
_LIST_CUES = (
    "counted-list",
    "announced-list",
    "announced-bare-list",
    "list+",
    "list-in-brackets",
    "listed-with",
)


def _listed(entry: _Entry) -> bool:
    """Whether every cue read ``entry`` as a whole item of a list (a feature's head word
    after 智能门户 may have cut it from 蓝凌专属钉钉智能门户)."""
    return all(c.startswith(_LIST_CUES) and "+known-product" not in c for c in entry.cues)


def _long_enough(label: str) -> bool:
    """Two characters of Chinese, or two Latin letters: one character is no name."""
    return len(label) >= 2


def _proposed(entry: _Entry, finder: _Finder, min_score: float) -> bool:
    """Whether an entry's cues add up to what it needs to be proposed (:func:`_needed`)."""
    return entry.score >= _needed(entry, finder) * min_score - 1e-9


def _needed(entry: _Entry, finder: _Finder) -> float:
    """How many times :data:`MIN_SCORE` a term needs: three times for a common word of jieba's
    dictionary (消费 of 消费能力, 关注 of “关注”页面, 主义 of 长期主义、……品牌), once for any other.
    kg matches a term wherever its label is written, so a common word as a term makes a fact
    of every ordinary use of it, in every article; a few cues do not outweigh that. (Twice
    was not enough once eval/tune reached 153 articles: three of them quote 「关注」 as a
    button or a page, which added up to twice.)"""
    if entry.cls() == "Person" or not _IS_HAN.search(entry.label):
        return 1.0
    return 3.0 if finder.common(entry.label) else 1.0


#: Heads a feature's name keeps (营销获客工具): :data:`~kg.lang.suggest.KEPT_HEADS`.
_KEPT_HEADS = tuple(sorted(cues.KEPT_HEADS, key=len, reverse=True))


def _merge_into(target: _Entry, entry: _Entry) -> None:
    """What the corpus says of ``entry`` is said of ``target`` too."""
    for where, strength in entry.sentences.items():
        target.sentences[where] = max(strength, target.sentences.get(where, 0.0))
    for cls, value in entry.classes.items():
        target.classes[cls] = target.classes.get(cls, 0.0) + value
    for cue, value in entry.cues.items():
        target.cues[cue] = target.cues.get(cue, 0.0) + value
    target.alts |= entry.alts


def _merge_nicknames(entries: dict[str, _Entry]) -> None:
    """任卿 and 易统 (任卿（花名：易统）) are one person: a person's 花名, when it is a proposal of
    its own (原阿里钉钉副总裁易统), becomes the person's altLabel."""
    for key in sorted(entries):
        entry = entries.get(key)
        if entry is None or entry.cls() != "Person" or "nickname-in-brackets" not in entry.cues:
            continue
        for alt in sorted(entry.alts):
            other_key = matching_form(alt).casefold()
            other = entries.get(other_key)
            if other is None or other is entry or other.cls() != "Person":
                continue
            _merge_into(entry, other)
            del entries[other_key]


def _merge_short_forms(entries: dict[str, _Entry]) -> list[tuple[_Entry, tuple[str, ...]]]:
    """有赞科技 and 有赞 are one company: an organisation's full name (its head word kept)
    becomes an altLabel of its short form when the short form is a proposal too; so does a
    feature's name with its head (群发工具 of 群发)."""
    heads = sorted(cues.ORG_HEADS, key=len, reverse=True)
    alts: dict[str, list[str]] = {}
    for key in sorted(entries):
        entry = entries.get(key)
        if entry is None:
            continue
        feature = entry.cls() == "Capability"
        head = _ends(entry.label, _KEPT_HEADS if feature else heads)
        if head is None:
            continue
        short = matching_form(entry.label[: -len(head)]).casefold()
        target = entries.get(short)
        if target is None or target is entry or (feature and target.cls() != "Capability"):
            continue
        _merge_into(target, entry)
        alts.setdefault(short, []).append(entry.label)
        del entries[key]
    return [(e, tuple(sorted(alts.get(k, ())))) for k, e in entries.items()]


# ---------------------------------------------------------------- IRIs


def _iris(
    labels: list[tuple[str, str]], ontology: Ontology, cut: Callable[..., list[str]]
) -> dict[str, str]:
    """A readable IRI for each (label, class): pinyin for people (person:zhang-xiaolong, as
    the ontology's own), the pinyin of each word for other Chinese names, Latin names in
    lower case. A slug that another term has, in the ontology or in this batch, gets a short
    hash of its label, so every IRI is unique and depends only on its label and class."""
    slugs = {label: (CLASSES[cls][0], _slug(label, cls, cut)) for label, cls in labels}
    count: dict[tuple[str, str], int] = {}
    for ns_slug in slugs.values():
        count[ns_slug] = count.get(ns_slug, 0) + 1
    taken = set(ontology.terms)
    out = {}
    for label, (ns, slug) in slugs.items():
        iri = _NAMESPACES[ns] + slug
        if not slug or count[ns, slug] > 1 or iri in taken:
            digest = hashlib.sha256(label.encode("utf-8")).hexdigest()[:6]
            iri = _NAMESPACES[ns] + (f"{slug}-{digest}" if slug else f"term-{digest}")
        out[label] = iri
    return out


def _pinyin(text: str) -> list[str]:
    try:
        from pypinyin import lazy_pinyin
    except ImportError as exc:  # pragma: no cover - a hard dependency
        raise KGError(
            "pypinyin is not installed (kg suggest spells people's IRIs in pinyin); "
            "install it with: pip install pypinyin"
        ) from exc
    return [p for p in lazy_pinyin(text) if p.strip()]


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _slug(label: str, cls: str, cut: Callable[..., list[str]]) -> str:
    """The last segment of a term's IRI: a person's pinyin (family-given), else the
    pinyin of each word (``cut`` is jieba with the ontology's labels: 视频号 stays a word)."""
    if cls == "Person":
        if "·" in label:
            return _ascii("-".join("".join(_pinyin(part)) for part in label.split("·")))
        if _ALL_HAN.fullmatch(label):
            surname = label[:2] if label[:2] in cues.COMPOUND_SURNAMES else label[0]
            family = cues.SURNAME_READINGS.get(surname) or "".join(_pinyin(surname))
            given = "".join(_pinyin(label[len(surname) :]))
            return _ascii(f"{family}-{given}" if given else family)
        return _ascii(label)
    words = cut(label, HMM=False) if _IS_HAN.search(label) else [label]
    parts = ["".join(_pinyin(w)) if _IS_HAN.search(w) else w for w in words]
    return _ascii("-".join(p for p in parts if p.strip()))[:60].strip("-")


# ---------------------------------------------------------------- reading a corpus


def suggest(
    paths: Iterable[str | Path] | str | Path,
    ontology: Ontology | None = None,
    *,
    max_bytes: int | None = None,
    min_score: float = MIN_SCORE,
) -> Suggestions:
    """The terms the articles under ``paths`` name and ``ontology`` lacks, best cued first.

    Every sentence (and the title) of every article is read by :data:`RULES`; a label is
    proposed when its cues add up to ``min_score``. An article that cannot be read is a
    :class:`~kg.records.Failure` of the result, and the others are still read. Raises
    :class:`~kg.errors.BuildError` when ``paths`` holds no article at all.
    """
    from kg.errors import LoadError
    from kg.loaders import MAX_BYTES, article_files, load
    from kg.ontology import load_ontology

    ontology = ontology or load_ontology()
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    problems: list[tuple[str, str]] = []
    files = article_files(paths, problems, hint="give kg suggest the articles to read")
    finder = _Finder(ontology)
    tally = _Tally()
    failures = [Failure(where, reason) for where, reason in problems]
    read = 0
    for path in files:
        try:
            document = load(path, max_bytes or MAX_BYTES)
        except LoadError as exc:
            failures.append(Failure(exc.path, exc.reason))
            continue
        read += 1
        title = matching_form(document.title)
        # A title of its own (front matter, <h1>) is read too; one that is the text's first
        # line is read there.
        head = matching_form(document.text[: len(title) + 200])
        texts = [(title, -1, document.title)] if title and title not in head else []
        texts += [(s.matching, s.index, s.text) for s in document.sentences]
        waiting: list[tuple[Hit, str, str, int, str]] = []
        for text, index, written in texts:
            hits, done = _read(text, finder)
            tally.add(hits, document.path, index, written)
            tally.lists += [
                (text, items, document.path, index, written) for items in done.open_lists
            ]
            waiting += [(hit, agent, document.path, index, written) for hit, agent in done.pending]
        tally.recurring += [
            (hit, document.path, index, written)
            for hit, index, written in _recurring_latin(texts, finder)
        ]
        # An article about one product (a guide to 企业微信, a review of ima copilot): a whole
        # name it announces with no product of its own is that product's, as kg's offers rules
        # read it; elsewhere the hit waits for a product the corpus proposes.
        led = any(w[0].cue in _LEAD_CUES for w in waiting) and (
            finder.lead(text for text, _, _ in texts) is not None
        )
        for waits in waiting:
            hit = waits[0]
            if led and hit.cue in _LEAD_CUES and not finder.common(hit.label):
                tally.add([hit], *waits[2:])
            else:
                tally.pending.append(waits)
    return Suggestions(
        terms=_rank(tally, finder, ontology, min_score),
        articles=read,
        paths=tuple(str(p) for p in paths),
        failures=tuple(failures),
    )


#: The sentence index of a cue that an article gives as a whole (a name it repeats).
_WHOLE_ARTICLE = -2
#: A Latin name: words of letters and digits, joined by a space, + or - (Amazon Bedrock,
#: Step-1X), not part of an address (MSN.com).
_REPEATED_NAME = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*(?:[ +-][A-Za-z0-9]+)*)(?![A-Za-z0-9.])"
)
#: What recurs and is no name: an acronym of up to four capitals (KOL, GMV, SDK), a word in
#: lower case (https, logo), letters and a number (HTML5, Q1), a phrase of the trade (To B).
_LATIN_JARGON = re.compile(r"[A-Z]{1,4}[0-9]*|[a-z0-9 -]+|[A-Za-z]+[0-9]+|(?i:(?:to|for|all) .*)")


def _recurring_latin(
    texts: Sequence[tuple[str, int, str]], finder: _Finder
) -> Iterator[tuple[Hit, int, str]]:
    """A Latin name an article writes again and again (Peloton, FinClip, Amazon Bedrock): in
    Chinese news a Latin word that recurs is a name, unless it is an acronym, a lower-case
    word or one of the trade's words (SaaS, HTML5). Cued once, at its first sentence."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, str]] = {}
    for text, index, written in texts:
        for m in _REPEATED_NAME.finditer(text):
            name = m.group(1)
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, (index, written))
    for name, count in counts.items():
        if (
            count < cues.RECURRING_LATIN
            or len(name) < 3
            or _LATIN_JARGON.fullmatch(name)
            or name.casefold() in cues.LATIN_TRADE_WORDS
            or finder.is_known(name)
            or finder.generic(name)
        ):
            continue
        yield Hit(name, "Company", "recurring-latin", 1.0), *first[name]


#: The cues whose hits an article's own product may stand agent for: those that read a
#: whole name (a quoted one, or an item of a list announced by a verb), not those that cut a
#: name out of the words before a head (多人协作编辑功能 -> 人协作编辑).
_LEAD_CUES = frozenset({"quoted-list", "announced-bare-list"})


def _read(text: str, finder: _Finder) -> tuple[list[Hit], _Sentence]:
    """Every rule's hits in one sentence, and the sentence with what it left for the second
    round."""
    sentence = _Sentence(text, finder)
    return [hit for rule in RULES for hit in rule.read(sentence)], sentence


# ---------------------------------------------------------------- writing


_PREFIXES = (
    ("kg", KG),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("person", _NAMESPACES["person"]),
    ("org", _NAMESPACES["org"]),
    ("product", _NAMESPACES["product"]),
    ("cap", _NAMESPACES["cap"]),
)


def _comment(text: str, limit: int = 160) -> str:
    one_line = "".join(c if c.isprintable() else " " for c in _SPACES.sub(" ", text)).strip()
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _qname(iri: str) -> str:
    for prefix, ns in _PREFIXES:
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"  # pragma: no cover - every IRI is minted in a namespace above


def turtle_lines(found: Suggestions) -> Iterator[str]:
    """The proposals as a Turtle ontology file, one block a term, each after comments that
    say how it was cued and where first: delete a block and the file is still valid."""
    sources = ", ".join(found.paths)
    yield f"# Terms that `kg suggest` found in {_comment(sources, 200)} and the ontology lacks:\n"
    yield f"# {len(found.terms)} from {found.articles} article(s), the best cued first.\n"
    yield "# Review them: delete the block of a term you do not want, fix a class or a label,\n"
    yield "# then put this file into ontology/ (or a directory given to --ontology), or add it\n"
    yield "# to a build: kg build ARTICLES --add-ontology THIS_FILE\n\n"
    width = max(len(p) for p, _ in _PREFIXES) + 1
    for prefix, ns in _PREFIXES:
        yield f"@prefix {prefix + ':':<{width}} <{ns}> .\n"
    for term in found.terms:
        what = CLASSES[term.cls][1]
        cued = ", ".join(term.cues)
        yield (
            f"\n# {term.rank}. {what} {_comment(term.label, 60)}: cued in {term.count} "
            f"sentence(s), score {term.score:g} ({_comment(cued, 80)})\n"
        )
        yield f"#    {_comment(term.evidence.path, 80)}: {_comment(term.evidence.sentence)}\n"
        yield f"{_qname(term.iri)} a kg:{term.cls} ;\n"
        labels = f"    skos:prefLabel {literal(term.label, LANGUAGE)}"
        if term.alt_labels:
            alts = " , ".join(literal(a, LANGUAGE) for a in term.alt_labels)
            labels += f" ;\n    skos:altLabel {alts}"
        yield labels + " .\n"


def write_turtle(found: Suggestions, path: str | Path) -> Path:
    """Write :func:`turtle_lines` to ``path`` (to the file it links to, if it is a symbolic
    link), atomically; BuildError naming the file if it cannot be written."""
    from kg.exporters import atomic_write

    target = Path(path)
    real = check_output(target)
    try:
        atomic_write(real, turtle_lines(found))
    except OSError as exc:
        raise BuildError(
            f"{target}: cannot write the suggestions ({exc.strerror or exc}); "
            "give -o a file in a directory you can write to"
        ) from exc
    return target


def check_output(path: str | Path) -> Path:
    """The file the suggestions go to: ``path``, or the file a symbolic link there names.

    BuildError, before any article is read, when it cannot be one: a directory; a pipe,
    socket or device (the Turtle is renamed over its target, so ``-o /dev/null`` run as root
    would make the null device a file); a broken link; a file in a directory that does not
    exist (kg makes none) or under something that is not a directory.
    """
    target = Path(path)
    if target.is_symlink() and not target.exists():
        raise BuildError(
            f"{target}: a broken symbolic link (to {os.readlink(target)}); give -o the name "
            "of a file (suggested.ttl)"
        )
    real = Path(os.path.realpath(target))
    if real.is_dir():
        raise BuildError(f"{target}: is a directory; give -o the name of a file (suggested.ttl)")
    if real.exists() and not stat.S_ISREG(real.stat().st_mode):
        raise BuildError(
            f"{target}: a pipe, socket or device, not a file; give -o the name of a file "
            "(suggested.ttl), or leave -o out to print a table"
        )
    for parent in real.parents:
        if parent.exists():
            if not parent.is_dir():
                raise BuildError(
                    f"{target}: {parent} is not a directory; give -o a file in a directory "
                    "you can write to"
                )
            if parent != real.parent:
                raise BuildError(
                    f"{target}: the directory {target.parent} does not exist; make it "
                    "(mkdir -p) or give -o a file in a directory that exists"
                )
            break
    return real


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` display columns (a Chinese character takes two)."""
    out, used = "", 0
    for char in text:
        w = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if used + w > width - 1 and _width(text) > width:
            return out + "…"
        out += char
        used += w
    return out


def table_lines(found: Suggestions, evidence_width: int = 70) -> Iterator[str]:
    """The proposals as a table: rank, class, label, count, score, cue, evidence."""
    header = ("rank", "class", "label", "count", "score", "cue", "evidence")
    rows = [
        (
            str(t.rank),
            CLASSES[t.cls][1],
            t.label,
            str(t.count),
            f"{t.score:g}",
            t.cues[0],
            _fit(f"{t.evidence.path}: {_comment(t.evidence.sentence)}", evidence_width),
        )
        for t in found.terms
    ]
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = []
        for i, cell in enumerate(row[:-1]):
            pad = widths[i] - _width(cell)
            cells.append(" " * pad + cell if i in (0, 3, 4) else cell + " " * pad)
        yield "  ".join([*cells, row[-1]]).rstrip() + "\n"
