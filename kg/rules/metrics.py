"""Metrics: every figure of :mod:`kg.numbers` in a sentence, with its subject and name.

- ``figure``: each figure of a clause is about, most specific first, the capability named
  before it in its clause; else the head of its clause or sentence (微信支付…, 微信的跨境支付…);
  else the capability the paragraph was about; else the nearest product; else the section's
  product. Its name is the words before it (else after it) in its clause; coordinated names
  share one figure (旅游类、房产类需求增长逾200%). A bare amount in a clause about money is
  CNY. Rates (每 1 小时), ordinals, dates, versions, comparisons and goals are no figure.

A figure the document repeats is kept once (:func:`kg.rules.extract_facts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lang import cues
from kg.lang.punctuation import BRACKET_PAIRS, BRACKETS, CLAUSE_BREAK, ENUMERATION_COMMA
from kg.numbers import Quantity, find_quantities
from kg.records import Fact
from kg.rules.context import Context, clause_of
from kg.rules.registry import rule

__all__ = ["figure"]


@rule("figure", emits=("metric",))
def figure(ctx: Context) -> Iterator[Fact]:
    """Every figure in the sentence, with its subject, name, value and unit."""
    if ctx.sentence.heading:
        return
    text = ctx.text
    figures = find_quantities(text)
    for i, q in enumerate(figures):
        if cues.METRIC_SKIP_BEFORE.search(text[: q.start]):
            continue
        if q.unit == "count" and (
            cues.METRIC_SKIP_AFTER.match(text[q.end :]) or cues.BARE_YEAR.match(q.text.strip())
        ):
            continue
        start, end = clause_of(text, q.start)
        if cues.METRIC_HEDGE.search(text[start : q.start]):
            continue
        # In a list of figures (1800+ 银行、100w+ 伙伴) each name stops at its neighbours.
        if i and figures[i - 1].end > start:
            start = max(figures[i - 1].end, text.rfind(ENUMERATION_COMMA, 0, q.start) + 1)
        if i + 1 < len(figures) and figures[i + 1].start < end:
            end = figures[i + 1].start
        subject = _subject(ctx, q, start, end)
        if subject is None:
            continue
        unit = q.unit
        if unit == "count" and not cues.COUNT_CLASSIFIER.match(text[q.end :]):
            if cues.MONEY_CUE.search(_without_mentions(ctx, start, q.start)):
                unit = "CNY"
        for name in _names(ctx, q, start, end, subject):
            yield ctx.fact(subject, "metric", name, value=q.value, unit=unit)


def _subject(ctx: Context, q: Quantity, start: int, end: int) -> str | None:
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


def _head(ctx: Context, start: int) -> str | None:
    """The entity a clause opens with: a product, or a capability (possessed by a platform)."""
    text = ctx.text
    opener = cues.CLAUSE_OPENER.match(text, start)
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
        after = rest.removeprefix(cues.POSSESSIVE)
        at = ctx.end(m) + len(rest) - len(after)
        nxt = [x for x in ctx.mentions if ctx.at(x) == at and ctx.kind(x) == "Capability"]
        # 今年微信较 2021 年初…下降了 90%: a clause that opens with the platform is about it.
        return nxt[0].term if nxt else m.term
    return None


def _sentence_head(ctx: Context, before: int) -> str | None:
    """The head of the first clause (before offset ``before``) that names a product."""
    text = ctx.text
    start = 0
    for brk in [*CLAUSE_BREAK.finditer(text, 0, before), None]:
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


def _without_mentions(ctx: Context, start: int, end: int) -> str:
    """The text between two offsets with every mention blanked out."""
    chars = list(ctx.text[start:end])
    for m in ctx.mentions:
        for i in range(max(ctx.at(m), start), min(ctx.end(m), end)):
            chars[i - start] = " "
    return "".join(chars)


def _names(ctx: Context, q: Quantity, start: int, end: int, subject: str) -> list[str]:
    """The metric's name as written: the words before the figure, else those after it."""
    text = ctx.text
    before = text[start : q.start]
    for m in ctx.mentions:
        if m.term == subject and start <= ctx.at(m) < q.start:
            before = text[ctx.end(m) : q.start]
    before = _tidy(before)
    # The noun after a figure ends where the next entity starts: 2万名店员通过企业微信…
    tail_end = min([ctx.at(m) for m in ctx.mentions if q.end < ctx.at(m) < end] + [end])
    after = _tidy(cues.COUNT_CLASSIFIER.sub("", text[q.end : tail_end]))
    if len(after) < 2:
        after = _tidy(cues.COUNT_CLASSIFIER.sub("", text[q.end : end]))
    if before and len(after) >= 2:
        return [before + after]  # 覆盖 1000w+ 商户 -> 覆盖商户
    if before:
        return _split_coordinated(before)
    return [after or _tidy(text[start:end].replace(q.text, "")) or q.text]


_WHITESPACE = re.compile(r"\s+")


def _tidy(text: str) -> str:
    """A metric name without spaces, filler words, trailing marks or unbalanced brackets."""
    text = _WHITESPACE.sub("", text)
    for _ in range(3):
        tidied = cues.NAME_FILLER_TAIL.sub("", cues.NAME_FILLER_HEAD.sub("", text))
        tidied = tidied.strip(cues.NAME_TRIM)
        if tidied == text:
            break
        text = tidied
    return _balance(text)


def _balance(text: str) -> str:
    """Close or drop brackets and quotes a name cut open: 直播间PCU（最高同时在线数."""
    if not BRACKETS.search(text):
        return text
    for left, right in BRACKET_PAIRS:
        if text.endswith(right) and left not in text:
            text = text[:-1]
        if text.startswith(left) and right not in text:
            text = text[1:]
        if text.count(left) > text.count(right):
            text += right
    return text


def _split_coordinated(name: str) -> list[str]:
    """旅游类、房产类需求增长 -> 旅游类需求增长, 房产类需求增长; 餐饮、零售的交易 stays one."""
    items = cues.LIST_SEPARATOR.split(name)
    if len(items) < 2 or any(not item for item in items):
        return [name]
    last = items[-1]
    shared = items[0][-1]
    if all(item.endswith(shared) for item in items[:-1]) and shared in last:
        cut = last.index(shared) + 1
    else:
        cut = len(items[-2])
    head, suffix = last[:cut], last[cut:]
    if not cues.METRIC_WORD.search(suffix) or suffix.startswith(cues.POSSESSIVE) or len(head) > 12:
        return [name]
    return [item + suffix for item in items[:-1]] + [head + suffix]
