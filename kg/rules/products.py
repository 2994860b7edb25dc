"""Products and capabilities: offers, involves and integrates.

- ``capability``: a capability is offered by the section's product, else by the nearest
  product before it in the sentence (else the first after it); a capability with a
  kg:featureOf product (a common word such as 直播) only by that product. It involves the
  other products of its sentence (named beside it, inside its own name, or joined to its
  product with A + B), and its product integrates them. A platform (微信) inside a name is a
  brand, not a link; an aside in brackets involves nothing.
- ``plus``: 视频号 + 微信支付.
- ``joined``: A和B(、C…)…联动/融合/互通/打通.
- ``scenes``: 在A、B等场景: the section's product works in A and B.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.lang import cues
from kg.records import Fact, Mention
from kg.rules.context import Context, clause_of, in_parens
from kg.rules.registry import rule

__all__ = ["capability", "plus", "joined", "scenes"]


@rule("capability", emits=("offers", "involves", "integrates"))
def capability(ctx: Context) -> Iterator[Fact]:
    """A capability, the product that offers it and the other products it involves.

    In a section about a product, the whole sentence is about it, so every other product in
    the sentence is involved; outside one (a lead paragraph listing news of several products),
    only the products of the capability's own clause are.
    """
    plus_pairs = ctx.plus_pairs
    products = ctx.products()
    for cap in ctx.of_kind("Capability"):
        owner = _owner(ctx, cap)
        if owner is None:
            continue
        yield ctx.fact(owner, "offers", cap.term)
        if in_parens(ctx, cap):
            continue
        near = products
        if ctx.topic is None:
            start, end = clause_of(ctx.text, ctx.at(cap))
            near = [(at, iri) for at, iri in products if start <= at < end]
        others = {iri for _, iri in near if iri != owner and not ctx.is_platform(iri)}
        others |= {b for a, b in plus_pairs if a == owner}
        for other in sorted(others):
            yield ctx.fact(cap.term, "involves", other)
            yield ctx.fact(owner, "integrates", other)


def _owner(ctx: Context, cap: Mention) -> str | None:
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


@rule("plus", emits=("integrates",))
def plus(ctx: Context) -> Iterator[Fact]:
    """Two products written A + B integrate: 视频号 + 微信支付."""
    for a, b in ctx.plus_pairs:
        yield ctx.fact(a, "integrates", b)


@rule("joined", emits=("integrates",))
def joined(ctx: Context) -> Iterator[Fact]:
    """A和B(、C…)…联动: the product before the conjunction integrates those listed after it."""
    products = ctx.of_kind("Product")
    if not products:
        return
    text = ctx.text
    for conj in cues.JOIN_CONJ.finditer(text):
        verb = cues.JOIN_VERB.search(text, conj.end(), conj.end() + cues.JOIN_SPAN)
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


@rule("scenes", emits=("integrates",))
def scenes(ctx: Context) -> Iterator[Fact]:
    """在A、B等场景: the section's product integrates the products it works in."""
    if ctx.topic is None:
        return
    scene = cues.SCENE_LIST.search(ctx.text)
    if scene:
        for at, iri in ctx.products():
            if scene.start(1) <= at < scene.end(1) and iri != ctx.topic:
                yield ctx.fact(ctx.topic, "integrates", iri)
