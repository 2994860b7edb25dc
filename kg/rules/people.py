"""People: presents, leads and role, from how a person is introduced or credited.

- ``speaker``: a person introduced as a speaker (讲师X, 据X介绍, X表示/分享, a ——X credit
  after a quote) presents the section's product, else the product nearest the name.
- ``credit``: the credit line before a name (腾讯公司副总裁、视频号负责人张孝超) gives a
  role for each title and ``leads`` for each X负责人.
- ``hand_over``: 把X交给Y: Y (or the person a 他/她 points back to) leads X.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.lang import cues
from kg.lang.punctuation import ENUMERATION_COMMA, FULL_STOP
from kg.records import Fact, Mention
from kg.rules.context import Context
from kg.rules.registry import rule

__all__ = ["speaker", "credit", "hand_over"]

# What a person may lead: a product, or an organisation's unit.
_LED = ("Product", "Organization")


@rule("speaker", emits=("presents",))
def speaker(ctx: Context) -> Iterator[Fact]:
    """A person introduced as a speaker presents the section's product (讲师X, X表示 …)."""
    persons = ctx.of_kind("Person")
    if not persons:
        return
    text = ctx.text
    credit_line = cues.ATTRIBUTION.search(text)
    for person in persons:
        at, end = ctx.at(person), ctx.end(person)
        credited = (
            credit_line is not None
            and credit_line.start(1) <= at
            and end == len(text.rstrip(FULL_STOP))
        )
        if (
            credited
            or cues.SPEAKER_BEFORE.search(text[max(0, at - 4) : at]) is not None
            or cues.SPEAKER_AFTER.match(text[end : end + 40]) is not None
        ):
            product = ctx.topic or _nearest_product(ctx, at)
            if product is not None:
                yield ctx.fact(person.term, "presents", product)


def _nearest_product(ctx: Context, at: int) -> str | None:
    products = sorted(ctx.products(), key=lambda p: (abs(p[0] - at), p[0]))
    return products[0][1] if products else None


@rule("credit", emits=("role", "leads"))
def credit(ctx: Context) -> Iterator[Fact]:
    """The credit line before a name: 腾讯公司副总裁、视频号负责人张孝超 (role, leads)."""
    for person in ctx.of_kind("Person"):
        yield from _titles(ctx, person)


def _titles(ctx: Context, person: Mention) -> Iterator[Fact]:
    text, at = ctx.text, ctx.at(person)
    start = at
    while start > 0 and not cues.CREDIT_START.match(text[start - 1]):
        start -= 1
    for part in text[start:at].split(ENUMERATION_COMMA):
        part = part.strip()
        if not part:
            continue
        if cues.LEAD_MARKER.search(part):
            led = [
                m
                for m in ctx.mentions
                if start <= ctx.at(m) < at
                and ctx.kind(m) in _LED
                and text[ctx.at(m) : ctx.end(m)] in part
            ]
            if led:
                yield ctx.fact(person.term, "leads", led[-1].term)
        elif cues.TITLE_END.search(part):
            yield ctx.fact(person.term, "role", part)


@rule("hand_over", emits=("leads",))
def hand_over(ctx: Context) -> Iterator[Fact]:
    """把X交给Y: Y (or the person a 他/她 points back to) leads X."""
    persons = ctx.of_kind("Person")
    if not persons:
        return
    for m in ctx.mentions:
        if ctx.kind(m) not in _LED:
            continue
        if not cues.HAND_OVER.search(ctx.text[max(0, ctx.at(m) - 2) : ctx.at(m)]):
            continue
        verb = cues.HAND_OVER_VERB.match(ctx.text[ctx.end(m) :])
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
