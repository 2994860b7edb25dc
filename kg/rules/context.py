"""What a rule reads: one sentence with its mentions, section topic, year and paragraph.

:class:`Context` works out once what every rule asks of a sentence (the kind of each
mention, its products, its A + B pairs, its evidence); :func:`contexts` walks a document's
sentences; the helpers below are shared by more than one family of rules.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from kg.lang import products as product_cues
from kg.lang.boilerplate import CREDIT
from kg.lang.people import PRONOUN_OPENING
from kg.lang.punctuation import CLAUSE_BREAK, CLOSE_PARENS, OPEN_PARENS
from kg.lang.years import OUTLET_DATELINE
from kg.ontology import Ontology
from kg.records import Evidence, Fact, Mention, Mentions, Sentence

__all__ = ["Context", "contexts", "clause_of", "in_parens", "dominant"]


class Context:
    """One sentence with what the rules need to read it.

    A plain slotted class, not a dataclass with ``cached_property``: on CPython 3.11 that
    takes a lock on each first use, which cost a quarter of the rules' time.
    """

    __slots__ = (
        "sentence",
        "mentions",
        "topic",
        "by_product",
        "year",
        "ontology",
        "earlier",
        "named",
        "lead",
        "lead_organisation",
        "first_named",
        "referent",
        "text",
        "document",
        "_evidence",
        "rule",
        "_by_kind",
        "_kinds",
        "_products",
        "plus_pairs",
        "memo",
        "base",
        "kinds",
        "owner",
    )

    def __init__(
        self,
        sentence: Sentence,
        mentions: tuple[Mention, ...],
        topic: str | None,
        year: int | None,
        document: str,
        ontology: Ontology,
        # The capability named last before this sentence in its paragraph: only the last is
        # read, and a paragraph's whole list, copied per sentence, made a long one quadratic.
        earlier: str | None = None,
        by_product: bool = False,
        # The product or organisation named last before this sentence in its paragraph: what
        # a figure of a sentence that names nothing is about (归母净利润895亿元 after 腾讯控股…).
        named: str | None = None,
        # The product the article is about, when one dominates it (see :func:`_lead`).
        lead: str | None = None,
        # The first product or organisation the article names, in this sentence or before.
        first_named: str | None = None,
        # The person a pronoun of this sentence may stand for (see :func:`contexts`).
        referent: str | None = None,
        # The organisation the article is about, when one dominates it (see :func:`dominant`).
        lead_organisation: str | None = None,
    ) -> None:
        self.sentence = sentence
        self.mentions = mentions
        #: The product the sentence's section is about, if any.
        self.topic = topic
        #: Whether the section is one product's in an article laid out one product a section
        #: (as the seeds are); else a heading that names a product does not make it the
        #: subject of everything under it.
        self.by_product = by_product
        self.year = year
        self.ontology = ontology
        self.earlier = earlier
        self.named = named
        #: The product the article is about, if one dominates it: what offers the features a
        #: sentence announces without naming a product (新增个人信息收集清单…; 群成员去重).
        self.lead = lead
        #: The first product or organisation the article names, up to this sentence: what a
        #: figure is about when neither its sentence nor its paragraph names anything (总收入
        #: 为人民币676.86亿元 in 腾讯's results).
        self.first_named = first_named
        #: The organisation the article is about, if one dominates it (腾讯 in its results; none
        #: in a roundup of the day's news): what a figure is about that nothing names.
        self.lead_organisation = lead_organisation
        #: The person a 他 or 她 opening a clause of this sentence stands for when the sentence
        #: names no one before it (加入阿里前，他曾任中国联通市场部副总经理…, after a sentence
        #: about 库伟): the one person the last sentence before it in its paragraph that names
        #: anyone names, or the sentence right before it; None when that sentence names two,
        #: or this one has no such pronoun.
        self.referent = referent
        #: The sentence in its matching form (the rules' cue words are simplified).
        self.text = sentence.matching
        #: Where the sentence starts in the document: a mention's offset in the sentence is
        #: its start less this (what :meth:`at` says, for loops that ask it of every name).
        self.base = sentence.start
        #: The id of the sentence's document.
        self.document = document
        self._evidence: Evidence | None = None  # built on the first fact (most read none)
        #: The name of the rule reading the sentence, which :meth:`fact` records.
        self.rule = ""
        self._by_kind: dict[str | None, list[Mention]] = {}
        # Each term's kind, looked up once: the rules ask it of each mention many times.
        self._kinds: dict[str, str | None] = {}
        kinds, by_kind, of = self._kinds, self._by_kind, ontology.kind
        for m in mentions:
            kind = kinds[m.term] = of(m.term)
            found = by_kind.get(kind)
            if found is None:
                by_kind[kind] = [m]
            else:
                found.append(m)
        #: What a family of rules works out once per sentence for all its rules (the product
        #: rules' reading of it), by name.
        self.memo: dict[str, object] = {}
        #: The kinds of term the sentence names, and a person's when a pronoun stands for one
        #: (the people rules read it: :attr:`referent`).
        self.kinds: AbstractSet[str | None] = (
            by_kind.keys() if referent is None else {*by_kind, "Person"}
        )
        # Worked out on the first ask: most sentences (three in five) are never asked.
        self._products: list[tuple[int, str]] | None = None
        #: Products written A + B in this sentence.
        self.plus_pairs = _plus_pairs(self)
        #: The company or product the sentence's section is about, in an article laid out one
        #: company a section (see :func:`section_owners`); set by :func:`contexts`.
        self.owner: str | None = None

    @property
    def evidence(self) -> Evidence:
        """Where the sentence's facts were read: its document, offsets and text."""
        found = self._evidence
        if found is None:
            s = self.sentence
            found = self._evidence = Evidence(self.document, s.start, s.end, s.text)
        return found

    def at(self, mention: Mention) -> int:
        """The mention's start as an offset into the sentence text."""
        return mention.start - self.sentence.start

    def end(self, mention: Mention) -> int:
        """The mention's end as an offset into the sentence text."""
        return mention.end - self.sentence.start

    def kind(self, mention: Mention) -> str | None:
        """The kind of the mention's term (kg.ontology.KINDS)."""
        try:
            return self._kinds[mention.term]
        except KeyError:  # a mention of another sentence's
            return self.ontology.kind(mention.term)

    def of_kind(self, kind: str) -> Sequence[Mention]:
        """The mentions of one kind, in sentence order."""
        return self._by_kind.get(kind, ())

    def is_platform(self, iri: str) -> bool:
        """Whether the term is a kg:Platform (微信): a brand inside a name, not a link."""
        term = self.ontology.terms.get(iri)
        return term is not None and term.cls == "Platform"

    def products(self) -> list[tuple[int, str]]:
        """(offset, IRI) of each product named in the sentence, directly or inside a name."""
        found = self._products
        if found is None:
            found = self._products = self._find_products()
        return list(found)

    def _find_products(self) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        kinds, base = self._kinds, self.base
        for m in self.mentions:
            kind = kinds[m.term]
            if kind == "Product":
                found.append((m.start - base, m.term))
            elif kind == "Capability" and m.nested:
                found.extend(
                    (m.start - base, iri)
                    for iri in m.nested
                    if self.ontology.kind(iri) == "Product" and not self.is_platform(iri)
                )
        return found

    def fact(self, subject: str, predicate: str, obj: str, **extra: object) -> Fact:
        """A fact read from this sentence by the rule reading it (``value``, ``unit`` extra)."""
        return Fact(
            year=self.year,
            subject=subject,
            predicate=predicate,
            object=obj,
            evidence=self.evidence,
            rule=self.rule,
            **extra,  # type: ignore[arg-type]
        )


def contexts(mentions: Mentions, ontology: Ontology) -> Iterator[Context]:
    """A :class:`Context` for each sentence of a document, in order.

    Each knows its section's topic, whether that section is one product's in an article laid
    out so, the capability and the product or organisation named last in the sentences
    before it in its paragraph (read once the sentence has been yielded), and the person a
    pronoun may stand for (:attr:`Context.referent`).
    """
    doc = mentions.document
    topics = mentions.section_topics
    laid_out = _product_sections(mentions, ontology)
    ranked = _ranked(mentions, ontology)
    lead = dominant(ranked["Product"])
    lead_organisation = dominant(ranked["Organization"], product_cues.LEAD_ORGANISATION_MIN)
    owners = section_owners(mentions, ontology)
    earlier: str | None = None
    named: str | None = None
    first_named: str | None = None
    # The one person of the last sentence that names anyone in the paragraph (None for two),
    # and of the sentence right before, which a new paragraph starts from.
    referent: str | None = None
    just_before: str | None = None
    paragraph = -1
    for sentence, found in zip(doc.sentences, mentions.by_sentence, strict=True):
        if sentence.paragraph != paragraph:
            paragraph, earlier, named = sentence.paragraph, None, None
            referent = just_before
        if first_named is None and not CREDIT.search(sentence.matching):
            # Not from a credit (www.huxiu.com新榜newrankcn, 这是刘润公众号的第2136篇原创文章).
            # Nor the outlet of a dateline (腾讯科技讯 3月22日，…腾讯控股有限公司…).
            first_named = next(
                (
                    m.term
                    for m in found
                    if ontology.kind(m.term) in ("Product", "Organization")
                    and not OUTLET_DATELINE.match(sentence.matching, m.end - sentence.start)
                ),
                None,
            )
        topic = topics[sentence.section] if sentence.section >= 0 else None
        by_product = sentence.section in laid_out
        ctx = Context(
            sentence,
            found,
            topic,
            mentions.year,
            doc.id,
            ontology,
            earlier,
            by_product,
            named,
            lead,
            first_named,
            referent
            if referent is not None and PRONOUN_OPENING.search(sentence.matching)
            else None,
            lead_organisation,
        )
        if sentence.section >= 0:
            ctx.owner = owners[sentence.section]
        yield ctx
        # The product rules' reading of the sentence points back at its context: emptied,
        # the two are freed as soon as the sentence is read, where the cycle was left to the
        # garbage collector with every mention, list and dict it held (most of the objects a
        # build made for it to find).
        ctx.memo.clear()
        people = {m.term for m in ctx.of_kind("Person")}
        if people:
            referent = people.pop() if len(people) == 1 else None
        just_before = referent if people else None
        capabilities = ctx.of_kind("Capability")
        if capabilities:
            earlier = capabilities[-1].term
        # The product or organisation that starts last (the first of those that do).
        last: Mention | None = None
        for kind in ("Product", "Organization"):
            for m in ctx.of_kind(kind):
                if last is None or m.start > last.start:
                    last = m
        if last is not None:
            named = last.term


def _product_sections(mentions: Mentions, ontology: Ontology) -> frozenset[int]:
    """The sections of an article laid out one product a section: those whose heading names
    one product (the platform, 微信, counts only alone: 「05 搜一搜：…盘活微信生态…」), when
    two products or more have such a section. A heading that lists several products
    (「腾讯文档，企业微信，腾讯会议三大协同工具打通」) heads no product's section."""
    named: dict[int, str | None] = {}
    for sentence, found in zip(mentions.document.sentences, mentions.by_sentence, strict=True):
        if not sentence.heading or sentence.section < 0:
            continue
        terms = {m.term for m in found if ontology.kind(m.term) == "Product"}
        own = {t for t in terms if ontology.terms[t].cls != "Platform"} or terms
        named[sentence.section] = (
            next(iter(own)) if len(own) == 1 and _headed_by(sentence, found, own) else None
        )
    if len({p for p in named.values() if p is not None}) < 2:
        return frozenset()
    return frozenset(section for section, p in named.items() if p is not None)


def _ranked(mentions: Mentions, ontology: Ontology) -> dict[str, list[tuple[str, int]]]:
    """The products and the organisations an article names, each kind with how often, most
    named first (ties by IRI), in one pass. A name written as an edition (安卓版) is not
    counted; 本公司 or 本集团 after a release defines them is its company named again."""
    counts: dict[str, dict[str, int]] = {"Product": {}, "Organization": {}}
    defined: str | None = None  # the organisation a release calls 本公司 (see SELF_DEFINED)
    for sentence, found in zip(mentions.document.sentences, mentions.by_sentence, strict=True):
        text = sentence.matching
        if defined is None:
            definition = product_cues.SELF_DEFINED.search(text)
            if definition is not None:
                before = [
                    m
                    for m in found
                    if m.end - sentence.start <= definition.start()
                    and ontology.kind(m.term) == "Organization"
                ]
                if before:
                    defined = before[-1].term
                    counts["Organization"][defined] = counts["Organization"].get(defined, 0) + (
                        len(product_cues.SELF_REFERENCE.findall(text, definition.end()))
                    )
        else:
            counts["Organization"][defined] += len(product_cues.SELF_REFERENCE.findall(text))
        for m in found:
            kind = ontology.kind(m.term)
            of_kind = counts.get(kind) if kind is not None else None
            if of_kind is None:
                continue
            if product_cues.EDITION_AFTER.match(text, m.end - sentence.start):
                continue
            of_kind[m.term] = of_kind.get(m.term, 0) + 1
    return {
        kind: sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))
        for kind, named in counts.items()
    }


def dominant(ranked: list[tuple[str, int]], least: int = product_cues.LEAD_MIN) -> str | None:
    """The product (or organisation) an article is about: the one it names most (``ranked``,
    one kind of :func:`_ranked`), when it names it at least ``least`` times and
    :data:`~kg.lang.products.LEAD_RATIO` times as often as any other (企业微信 in a guide to
    企业微信, 微信 in 张小龙's speech; none in a comparison of 飞书, 钉钉 and 企业微信)."""
    if not ranked or ranked[0][1] < least:
        return None
    if len(ranked) > 1 and ranked[0][1] < product_cues.LEAD_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]


def _headed_by(sentence: Sentence, found: tuple[Mention, ...], own: set[str]) -> bool:
    """Whether a heading is a product's own: the product opens it (after a number) and the
    heading ends there or goes on to a colon (「视频号两周年：内容生态…」, 「（1）飞书」), not a
    headline that merely starts with it (「微信小程序DAU4.1亿，分享成…」)."""
    text = sentence.matching
    for m in found:
        if m.term in own:
            at, end = m.start - sentence.start, m.end - sentence.start
            return bool(
                product_cues.HEADING_NUMBER.fullmatch(text, 0, at)
                and product_cues.HEADING_AFTER_PRODUCT.match(text, end)
            )
    return False


def _plus_pairs(ctx: Context) -> list[tuple[str, str]]:
    """Products written A + B in this sentence."""
    products = ctx.of_kind("Product")
    pairs: list[tuple[str, str]] = []
    if len(products) < 2:
        return pairs
    for a, b in zip(products, products[1:], strict=False):
        if product_cues.JOIN_PLUS.match(ctx.text[ctx.end(a) : ctx.at(b)]) and a.term != b.term:
            pairs.append((a.term, b.term))
    return pairs


def clause_of(text: str, at: int) -> tuple[int, int]:
    """The clause (between :data:`~kg.lang.punctuation.CLAUSE_BREAK` marks) that holds
    offset ``at``, as (start, end) offsets."""
    starts, ends = _breaks(text)
    i = bisect_right(ends, at)  # the marks that end by ``at``
    if i < len(starts) and starts[i] < at:
        # A mark (——) straddles ``at``: read the text around it as the regex does.
        start = 0
        for brk in CLAUSE_BREAK.finditer(text, 0, at):
            start = brk.end()
        nxt = CLAUSE_BREAK.search(text, at)
        return start, nxt.start() if nxt else len(text)
    return ends[i - 1] if i else 0, starts[i] if i < len(starts) else len(text)


@lru_cache(maxsize=16)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Where a sentence's clause marks start and end: asked for each figure and name of the
    sentence (an offset between two marks finds them as the regex would from there)."""
    found = [m.span() for m in CLAUSE_BREAK.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


def in_parens(ctx: Context, m: Mention) -> bool:
    """Whether the mention is an aside in brackets: 视频号（包括直播）."""
    before = ctx.text[: ctx.at(m)]
    opened = max(before.rfind(mark) for mark in OPEN_PARENS)
    return opened > max(before.rfind(mark) for mark in CLOSE_PARENS)


# ---------------------------------------------------------------- section owners


def section_owners(mentions: Mentions, ontology: Ontology) -> tuple[str | None, ...]:
    """The company or product each section is about, in an article laid out one company a
    section: a heading that opens with the name of one organisation or product, and names
    no other, makes it the owner of its section (「腾讯：底盘稳固低调行事」, 「美团回应“反垄断
    罚款”」, 「特斯拉已提前还清中国工厂贷款」). Such an article has sections so owned by two
    names or more; else no section has an owner (one company's article has its lead
    instead). A media outlet or a band owns nothing. The owner is what a figure that names
    nothing in its sentence or paragraph is about (第一是增值服务业务19.1亿元 under
    「B站用独特的内容生态稳住“那味儿”」). A heading that opens with no name is a sub-heading
    of the section before it, and keeps its owner, when it names no company or product or
    names the owner (「运营成本增加」 under B站's, 「企业文化：腾讯“失控”阿里“强控”」 under
    腾讯's) and its text names the owner again (B站 in 「运营成本增加」's); else it ends the
    owner's sections. The headings of sub-sections and of a news roundup's next item look
    alike: an item that is not about the owner does not name it (「到底多少钱算高收入？」 after
    「国家医保局等八部门联合公告」)."""
    doc = mentions.document
    owners: list[str | None] = [None] * len(doc.sections)
    owned: set[int] = set()  # the sections whose own heading names their owner
    heads: dict[int, list[Mention]] = {}  # each heading's names
    said: dict[int, set[str]] = {}  # the names each section's sentences say
    for sentence, found in zip(doc.sentences, mentions.by_sentence, strict=True):
        if sentence.section < 0:
            continue
        if not sentence.heading:
            said.setdefault(sentence.section, set()).update(m.term for m in found)
            continue
        names = heads[sentence.section] = [
            m
            for m in found
            if ontology.kind(m.term) in ("Product", "Organization")
            and ontology.terms[m.term].cls not in ("Media", "Group")
        ]
        first = min(names, key=lambda m: m.start) if names else None
        if (
            first is not None
            and all(m.term == first.term for m in names)
            and product_cues.HEADING_NUMBER.fullmatch(
                sentence.matching, 0, first.start - sentence.start
            )
        ):
            owners[sentence.section] = first.term
            owned.add(sentence.section)
    current: str | None = None  # the owner of the section before, which a sub-heading keeps
    for section, names in sorted(heads.items()):
        if section in owned:
            current = owners[section]
        elif (
            current is not None
            and (not names or any(m.term == current for m in names))
            and current in said.get(section, ())
        ):
            owners[section] = current
        else:
            current = None
    if len({owners[s] for s in owned}) < 2:
        return (None,) * len(owners)
    return tuple(owners)
