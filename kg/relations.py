"""Step 4: Mentions in context -> Facts.

Each rule reads one sentence at a time, with its mentions, the product its section is about
(the section topic) and the document's year, and yields :class:`~kg.records.Fact`s. The cue
words live in :mod:`kg.patterns`; the ontology says what kind each term is. Nothing here
knows any article: a rule that only one sentence of the seeds needs does not belong here.

The rules, in short:

- offers: a capability is offered by the section's product, else by the nearest product
  before it in the sentence (else the first after it).
- involves: a capability involves the other products of its sentence: named beside it, inside
  its own name (连接视频号 -> 视频号), or joined to its product with A + B. A platform (微信)
  inside a name is a brand, not a link.
- integrates: A + B; A和B…联动/融合/互通; 在A、B等场景 for the section's product; and a product
  that offers a capability which involves another product integrates that product.
- presents: a person introduced as a speaker (讲师X, 据X介绍, X表示/分享, a ——X credit)
  presents the section's product. leads: X负责人Y, 把X交给Y. role: a title before a name.
- customer: a company or public body named in a sentence with a product it does not make.
- metric: every figure of :mod:`kg.numbers` in a clause, about the capability of its clause,
  else the product before it, else the section's product; coordinated names share a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg import patterns as pat
from kg.numbers import Quantity, find_quantities
from kg.ontology import Ontology
from kg.records import Evidence, Fact, Mention, Mentions, Sentence

__all__ = ["PREDICATES", "RULES", "extract_facts"]

PREDICATES = ("presents", "leads", "role", "offers", "involves", "integrates", "customer", "metric")
_CUSTOMER_CLASSES = frozenset({"Company", "PublicBody"})


class _Context:
    """One sentence with what the rules need to read it.

    What every rule asks of a sentence (its text, the kind of each mention, its products,
    its A + B pairs, its evidence) is worked out once, here. A plain slotted class, not a
    dataclass with ``cached_property``: on CPython 3.11 that takes a lock on each first use,
    which cost a quarter of the rules' time.
    """

    __slots__ = (
        "sentence",
        "mentions",
        "topic",
        "year",
        "ontology",
        "earlier",
        "text",
        "evidence",
        "_by_kind",
        "_products",
        "plus_pairs",
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
    ) -> None:
        self.sentence = sentence
        self.mentions = mentions
        self.topic = topic
        self.year = year
        self.ontology = ontology
        self.earlier = earlier
        #: The sentence in its matching form (the rules' cue words are simplified).
        self.text = sentence.matching
        self.evidence = Evidence(document, sentence.start, sentence.end, sentence.text)
        self._by_kind: dict[str | None, list[Mention]] = {}
        for m in mentions:
            self._by_kind.setdefault(ontology.kind(m.term), []).append(m)
        self._products = self._find_products()
        #: Products written A + B in this sentence.
        self.plus_pairs = _plus_pairs(self)

    def at(self, mention: Mention) -> int:
        """The mention's start as an offset into the sentence text."""
        return mention.start - self.sentence.start

    def end(self, mention: Mention) -> int:
        return mention.end - self.sentence.start

    def kind(self, mention: Mention) -> str | None:
        return self.ontology.kind(mention.term)

    def of_kind(self, kind: str) -> list[Mention]:
        return self._by_kind.get(kind, [])

    def is_platform(self, iri: str) -> bool:
        term = self.ontology.terms.get(iri)
        return term is not None and term.cls == "Platform"

    def products(self) -> list[tuple[int, str]]:
        """(offset, IRI) of each product named in the sentence, directly or inside a name."""
        return list(self._products)

    def _find_products(self) -> list[tuple[int, str]]:
        found = []
        for m in self.mentions:
            kind = self.kind(m)
            if kind == "Product":
                found.append((self.at(m), m.term))
            elif kind == "Capability":
                found.extend(
                    (self.at(m), iri)
                    for iri in m.nested
                    if self.ontology.kind(iri) == "Product" and not self.is_platform(iri)
                )
        return found

    def fact(self, subject: str, predicate: str, obj: str, **extra: object) -> Fact:
        return Fact(
            year=self.year,
            subject=subject,
            predicate=predicate,
            object=obj,
            evidence=self.evidence,
            **extra,  # type: ignore[arg-type]
        )


Rule = Callable[[_Context], Iterator[Fact]]


def _owner(ctx: _Context, cap: Mention) -> str | None:
    """The product that offers a capability named in this sentence.

    A capability with a kg:featureOf product (a common word such as 直播) is offered by that
    product only, and only when it is the section's subject or named in the sentence.
    """
    homes = ctx.ontology.terms[cap.term].feature_of
    if homes:
        named = {iri for _, iri in ctx.products()} | {ctx.topic}
        return next((home for home in homes if home in named), None)
    if ctx.topic is not None:
        return ctx.topic
    products = [(at, iri) for at, iri in ctx.products() if iri not in cap.nested]
    before = [iri for at, iri in products if at < ctx.at(cap)]
    if before:
        return before[-1]
    after = [iri for at, iri in products if at > ctx.at(cap)]
    return after[0] if after else None


def _plus_pairs(ctx: _Context) -> list[tuple[str, str]]:
    """Products written A + B in this sentence."""
    products = ctx.of_kind("Product")
    pairs = []
    for a, b in zip(products, products[1:], strict=False):
        if pat.JOIN_PLUS.match(ctx.text[ctx.end(a) : ctx.at(b)]) and a.term != b.term:
            pairs.append((a.term, b.term))
    return pairs


def _clause_of(text: str, at: int) -> tuple[int, int]:
    """The clause (between pat.CLAUSE_BREAK marks) that holds offset ``at``."""
    start = 0
    for brk in pat.CLAUSE_BREAK.finditer(text, 0, at):
        start = brk.end()
    nxt = pat.CLAUSE_BREAK.search(text, at)
    return start, nxt.start() if nxt else len(text)


def _in_parens(ctx: _Context, m: Mention) -> bool:
    """An aside in brackets: 视频号（包括直播）."""
    before = ctx.text[: ctx.at(m)]
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))


def offers_and_involves(ctx: _Context) -> Iterator[Fact]:
    """offers, involves, and the integrates that a capability between two products implies.

    In a section about a product, the whole sentence is about it, so every other product in
    the sentence is involved; outside one (a lead paragraph listing news of several products),
    only the products of the capability's own clause are.
    """
    plus = ctx.plus_pairs
    products = ctx.products()
    for cap in ctx.of_kind("Capability"):
        owner = _owner(ctx, cap)
        if owner is None:
            continue
        yield ctx.fact(owner, "offers", cap.term)
        if _in_parens(ctx, cap):
            continue
        near = products
        if ctx.topic is None:
            start, end = _clause_of(ctx.text, ctx.at(cap))
            near = [(at, iri) for at, iri in products if start <= at < end]
        others = {iri for _, iri in near if iri != owner and not ctx.is_platform(iri)}
        others |= {b for a, b in plus if a == owner}
        for other in sorted(others):
            yield ctx.fact(cap.term, "involves", other)
            yield ctx.fact(owner, "integrates", other)


def integrates(ctx: _Context) -> Iterator[Fact]:
    """Products joined directly: A + B, A和B(、C…)…联动, 在A、B等场景."""
    for a, b in ctx.plus_pairs:
        yield ctx.fact(a, "integrates", b)
    text = ctx.text
    products = ctx.of_kind("Product")
    for conj in pat.JOIN_CONJ.finditer(text):
        verb = pat.JOIN_VERB.search(text, conj.end(), conj.end() + pat.JOIN_SPAN)
        if verb is None:
            continue
        listed = [m for m in products if conj.end() <= ctx.at(m) < verb.start()]
        if not listed:
            continue
        before = [m.term for m in products if ctx.end(m) <= conj.start()]
        after = [m.term for m in products if ctx.at(m) >= verb.end()]
        subject = before[-1] if before else ctx.topic or (after[0] if after else None)
        for other in listed:
            if subject is not None and subject != other.term:
                yield ctx.fact(subject, "integrates", other.term)
    scene = pat.SCENE_LIST.search(text)
    if scene and ctx.topic is not None:
        for at, iri in ctx.products():
            if scene.start(1) <= at < scene.end(1) and iri != ctx.topic:
                yield ctx.fact(ctx.topic, "integrates", iri)


def people(ctx: _Context) -> Iterator[Fact]:
    """presents, leads and role, from how a person is introduced or credited."""
    persons = ctx.of_kind("Person")
    if not persons:
        return
    text = ctx.text
    credit = pat.ATTRIBUTION.search(text)
    for person in persons:
        at, end = ctx.at(person), ctx.end(person)
        credited = credit is not None and credit.start(1) <= at and end == len(text.rstrip("。"))
        speaker = (
            credited
            or pat.SPEAKER_BEFORE.search(text[max(0, at - 4) : at]) is not None
            or pat.SPEAKER_AFTER.match(text[end : end + 40]) is not None
        )
        if speaker:
            product = ctx.topic or _nearest_product(ctx, at)
            if product is not None:
                yield ctx.fact(person.term, "presents", product)
        yield from _titles(ctx, person)
    yield from _hand_over(ctx, persons)


def _nearest_product(ctx: _Context, at: int) -> str | None:
    products = sorted(ctx.products(), key=lambda p: (abs(p[0] - at), p[0]))
    return products[0][1] if products else None


def _titles(ctx: _Context, person: Mention) -> Iterator[Fact]:
    """Read the credit line before a name: 腾讯公司副总裁、视频号负责人张孝超."""
    text, at = ctx.text, ctx.at(person)
    start = at
    while start > 0 and not re.match(r"[，,；;：:“”「」（）()。]|—", text[start - 1]):
        start -= 1
    for part in text[start:at].split("、"):
        part = part.strip()
        if not part:
            continue
        if pat.LEAD_MARKER.search(part):
            led = [
                m
                for m in ctx.mentions
                if start <= ctx.at(m) < at
                and ctx.kind(m) in ("Product", "Organization")
                and text[ctx.at(m) : ctx.end(m)] in part
            ]
            if led:
                yield ctx.fact(person.term, "leads", led[-1].term)
        elif pat.TITLE_END.search(part):
            yield ctx.fact(person.term, "role", part)


def _hand_over(ctx: _Context, persons: list[Mention]) -> Iterator[Fact]:
    """把X交给Y: Y (or the person a 他/她 points back to) leads X."""
    for m in ctx.mentions:
        if ctx.kind(m) not in ("Product", "Organization"):
            continue
        if not pat.HAND_OVER.search(ctx.text[max(0, ctx.at(m) - 2) : ctx.at(m)]):
            continue
        verb = pat.HAND_OVER_VERB.match(ctx.text[ctx.end(m) :])
        if not verb:
            continue
        after = ctx.end(m) + verb.end()
        named = [p for p in persons if ctx.at(p) == after]
        if named:
            yield ctx.fact(named[0].term, "leads", m.term)
        elif verb.group(1):
            before = [p for p in persons if ctx.end(p) <= ctx.at(m)]
            if before:
                yield ctx.fact(before[-1].term, "leads", m.term)


def customers(ctx: _Context) -> Iterator[Fact]:
    """A company or public body named beside a product it does not make."""
    products = {iri for _, iri in ctx.products() if not ctx.is_platform(iri)}
    if not products:
        return
    for org in ctx.of_kind("Organization"):
        term = ctx.ontology.terms[org.term]
        if term.cls not in _CUSTOMER_CLASSES:
            continue
        for product in sorted(products):
            if org.term not in ctx.ontology.terms[product].made_by:
                yield ctx.fact(org.term, "customer", product)


def metrics(ctx: _Context) -> Iterator[Fact]:
    """Every figure in the sentence, with its subject, name, value and unit."""
    if ctx.sentence.heading:
        return
    text = ctx.text
    figures = find_quantities(text)
    for i, q in enumerate(figures):
        if pat.METRIC_SKIP_BEFORE.search(text[: q.start]):
            continue
        if q.unit == "count" and (
            pat.METRIC_SKIP_AFTER.match(text[q.end :]) or pat.BARE_YEAR.match(q.text.strip())
        ):
            continue
        start, end = _clause_of(text, q.start)
        if pat.METRIC_HEDGE.search(text[start : q.start]):
            continue
        # In a list of figures (1800+ 银行、100w+ 伙伴) each name stops at its neighbours.
        if i and figures[i - 1].end > start:
            start = max(figures[i - 1].end, text.rfind("、", 0, q.start) + 1)
        if i + 1 < len(figures) and figures[i + 1].start < end:
            end = figures[i + 1].start
        subject = _metric_subject(ctx, q, start, end)
        if subject is None:
            continue
        unit = q.unit
        if unit == "count" and not pat.COUNT_CLASSIFIER.match(text[q.end :]):
            if pat.MONEY_CUE.search(_without_mentions(ctx, start, q.start)):
                unit = "CNY"
        for name in _metric_names(ctx, q, start, end, subject):
            yield ctx.fact(subject, "metric", name, value=q.value, unit=unit)


def _metric_subject(ctx: _Context, q: Quantity, start: int, end: int) -> str | None:
    """What a figure is about, most specific first.

    The capability named before it in its clause; else the head of its clause or of the
    sentence (微信支付过去…, 微信的跨境支付业务…); else the capability the paragraph was
    about; else the nearest product, a platform last; else the section's product.
    """
    caps = ctx.of_kind("Capability")
    in_clause = [m for m in caps if start <= ctx.at(m) and ctx.end(m) <= q.start]
    if in_clause:
        return in_clause[-1].term
    head = _head(ctx, start) or _sentence_head(ctx, q.start)
    if head is not None:
        return head
    if ctx.earlier is not None:
        return ctx.earlier
    products = ctx.products()
    ranked = sorted(
        products,
        key=lambda p: (ctx.is_platform(p[1]), p[0] >= q.start, abs(p[0] - q.start)),
    )
    if ranked:
        return ranked[0][1]
    after = [m for m in caps if q.end <= ctx.at(m) < end]
    return after[0].term if after else ctx.topic


def _head(ctx: _Context, start: int) -> str | None:
    """The entity a clause opens with: a product, or a capability (possessed by a platform)."""
    text = ctx.text
    opener = pat.CLAUSE_OPENER.match(text, start)
    at = opener.end() if opener else start
    for m in ctx.mentions:
        if ctx.at(m) != at:
            continue
        kind = ctx.kind(m)
        if kind == "Capability":
            return m.term
        if kind != "Product":
            return None
        if not ctx.is_platform(m.term):
            return m.term
        # 微信的跨境支付: the platform is a brand, what follows is the subject.
        rest = text[ctx.end(m) :]
        after = rest[1:] if rest.startswith("的") else rest
        at = ctx.end(m) + len(rest) - len(after)
        nxt = [x for x in ctx.mentions if ctx.at(x) == at and ctx.kind(x) == "Capability"]
        # 今年微信较 2021 年初…下降了 90%: a clause that opens with the platform is about it.
        return nxt[0].term if nxt else m.term
    return None


def _sentence_head(ctx: _Context, before: int) -> str | None:
    """The head of the first clause (before offset ``before``) that names a product."""
    text = ctx.text
    start = 0
    for brk in [*pat.CLAUSE_BREAK.finditer(text, 0, before), None]:
        end = brk.start() if brk else before
        named = [
            m
            for m in ctx.mentions
            if start <= ctx.at(m) < end and ctx.kind(m) in ("Product", "Capability")
        ]
        if named:
            return _head(ctx, start)
        if brk is None:
            return None
        start = brk.end()
    return None


def _without_mentions(ctx: _Context, start: int, end: int) -> str:
    chars = list(ctx.text[start:end])
    for m in ctx.mentions:
        for i in range(max(ctx.at(m), start), min(ctx.end(m), end)):
            chars[i - start] = " "
    return "".join(chars)


def _metric_names(ctx: _Context, q: Quantity, start: int, end: int, subject: str) -> list[str]:
    """The metric's name as written: the words before the figure, else those after it."""
    text = ctx.text
    before = text[start : q.start]
    for m in ctx.mentions:
        if m.term == subject and start <= ctx.at(m) < q.start:
            before = text[ctx.end(m) : q.start]
    before = _tidy(before)
    # The noun after a figure ends where the next entity starts: 2万名店员通过企业微信…
    tail_end = min([ctx.at(m) for m in ctx.mentions if q.end < ctx.at(m) < end] + [end])
    after = _tidy(pat.COUNT_CLASSIFIER.sub("", text[q.end : tail_end]))
    if len(after) < 2:
        after = _tidy(pat.COUNT_CLASSIFIER.sub("", text[q.end : end]))
    if before and len(after) >= 2:
        return [before + after]  # 覆盖 1000w+ 商户 -> 覆盖商户
    if before:
        return _split_coordinated(before)
    return [after or _tidy(text[start:end].replace(q.text, "")) or q.text]


_WHITESPACE = re.compile(r"\s+")
_BRACKETS = re.compile("[（）()「」“”《》【】]")


def _tidy(text: str) -> str:
    text = _WHITESPACE.sub("", text)
    for _ in range(3):
        tidied = pat.NAME_FILLER_TAIL.sub("", pat.NAME_FILLER_HEAD.sub("", text))
        tidied = tidied.strip("、-—…,，")
        if tidied == text:
            break
        text = tidied
    return _balance(text)


def _balance(text: str) -> str:
    """Close or drop brackets and quotes a name cut open: 直播间PCU（最高同时在线数."""
    if not _BRACKETS.search(text):
        return text
    for left, right in ("（）", "()", "「」", "“”", "《》", "【】"):
        if text.endswith(right) and left not in text:
            text = text[:-1]
        if text.startswith(left) and right not in text:
            text = text[1:]
        if text.count(left) > text.count(right):
            text += right
    return text


def _split_coordinated(name: str) -> list[str]:
    """旅游类、房产类需求增长 -> 旅游类需求增长, 房产类需求增长; 餐饮、零售的交易 stays one."""
    items = pat.LIST_SEPARATOR.split(name)
    if len(items) < 2 or any(not item for item in items):
        return [name]
    last = items[-1]
    shared = items[0][-1]
    if all(item.endswith(shared) for item in items[:-1]) and shared in last:
        cut = last.index(shared) + 1
    else:
        cut = len(items[-2])
    head, suffix = last[:cut], last[cut:]
    if not pat.METRIC_WORD.search(suffix) or suffix.startswith("的") or len(head) > 12:
        return [name]
    return [item + suffix for item in items[:-1]] + [head + suffix]


#: Every rule, in the order they run. A rule reads one sentence and yields facts.
RULES: tuple[Rule, ...] = (people, offers_and_involves, integrates, customers, metrics)


def extract_facts(mentions: Mentions, ontology: Ontology) -> tuple[Fact, ...]:
    """Apply every rule to every sentence; facts in sentence order, each with its evidence.

    A figure a document repeats (in its lead and again in its section) is kept once: same
    value and unit, one name spelled within the other (搜索量增长, 搜索量同比增长), and the
    same subject or a product and a capability it offers (微信支付 and 消费券).
    """
    doc = mentions.document
    facts: list[Fact] = []
    seen: set[Fact] = set()
    figures: dict[tuple[object, ...], list[tuple[str, str]]] = {}
    offered: set[tuple[str, str]] = set()
    earlier: str | None = None
    paragraph = -1
    for sentence, found in zip(doc.sentences, mentions.by_sentence, strict=True):
        if sentence.paragraph != paragraph:
            paragraph, earlier = sentence.paragraph, None
        topic = mentions.section_topics[sentence.section] if sentence.section >= 0 else None
        ctx = _Context(sentence, found, topic, mentions.year, doc.id, ontology, earlier)
        for rule in RULES:
            for fact in rule(ctx):
                if fact in seen:
                    continue
                if fact.predicate == "offers":
                    offered.add((fact.subject, fact.object))
                if fact.predicate == "metric":
                    known = figures.setdefault((fact.value, fact.unit), [])
                    if any(_same_figure(fact, s, n, offered) for s, n in known):
                        continue
                    known.append((fact.subject, fact.object))
                seen.add(fact)
                facts.append(fact)
        capabilities = ctx.of_kind("Capability")
        if capabilities:
            earlier = capabilities[-1].term
    return tuple(facts)


def _same_figure(fact: Fact, subject: str, name: str, offered: set[tuple[str, str]]) -> bool:
    related = (
        subject == fact.subject
        or (subject, fact.subject) in offered
        or (fact.subject, subject) in offered
    )
    return related and (_within(fact.object, name) or _within(name, fact.object))


def _within(short: str, long: str) -> bool:
    """Whether ``short`` can be read out of ``long`` by dropping characters."""
    chars = iter(long)
    return all(c in chars for c in short)
