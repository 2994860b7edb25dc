"""The predicate vocabulary: every predicate a fact can have, and the units of a figure.

One table that everything handling facts reads: the rules' registry (:mod:`kg.rules`; a rule
may only declare predicates named here), the evaluator and the facts table, the RDF writer
and reader, the graph and ``kg stats``. Adding a predicate is a line here and its property in
``ontology/schema.ttl`` (a test checks that the two agree); no other module keeps a list.

>>> PREDICATES["offers"].subject, PREDICATES["offers"].object
(('Product',), ('Capability', 'Product'))
>>> PREDICATES["role"].text, PREDICATES["role"].attribute
(True, 'roles')
>>> is_unit("USD"), is_unit("yuan")
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from kg.ontology import KG

__all__ = [
    "Predicate",
    "PREDICATES",
    "UNITS",
    "CURRENCY",
    "RULE_PROPERTY",
    "is_unit",
    "is_money",
    "by_property",
]


@dataclass(frozen=True, slots=True)
class Predicate:
    """One predicate: what it links, how RDF writes it, what it means."""

    name: str  # as the facts table writes it, and the local name of its RDF property
    subject: tuple[str, ...]  # the kinds (kg.ontology.KINDS values) its subject may have
    object: tuple[str, ...]  # the kinds of its object; () when the object is text as written
    description: str
    value: bool = False  # a figure: the fact carries a value and a unit

    @property
    def iri(self) -> str:
        """The IRI of its RDF property (``kg:offers``), declared in ``ontology/schema.ttl``."""
        return KG + self.name

    @property
    def text(self) -> bool:
        """Whether its object is text as written (a title, a metric's name), not an entity."""
        return not self.object

    @property
    def attribute(self) -> str:
        """The node attribute of the graph that gathers a text predicate's objects (roles)."""
        return self.name + "s"


_ALL: Final = (
    Predicate(
        "presents",
        ("Person",),
        ("Product",),
        "The person spoke for the product at that year's event, or in the article.",
    ),
    Predicate(
        "leads",
        ("Person",),
        ("Product", "Organization"),
        "The person heads the product or unit (视频号负责人张孝超).",
    ),
    Predicate("role", ("Person",), (), "A title the person held, as written (腾讯公司副总裁)."),
    Predicate(
        "offers",
        ("Product",),
        ("Capability", "Product"),
        "The product provides the capability (视频号 offers 红包封面), or a product it names "
        "among its features (微信 offers 小程序).",
    ),
    Predicate(
        "involves",
        ("Capability",),
        ("Product",),
        "A capability of one product reaches into another: the cross-product link.",
    ),
    Predicate(
        "integrates",
        ("Product",),
        ("Product",),
        "Two products connected directly (打通, 互通, A + B).",
    ),
    Predicate(
        "customer",
        ("Organization",),
        ("Product",),
        "A named case of an organisation using the product.",
    ),
    Predicate(
        "metric",
        ("Product", "Capability", "Organization"),
        (),
        "A figure about its subject: the metric's name as written, a value and a unit.",
        value=True,
    ),
)

#: Every predicate by name, in the order reports list them. Read it where it is used (a
#: test may add a predicate to it), never copy it into a list of your own.
PREDICATES: Final[dict[str, Predicate]] = {p.name: p for p in _ALL}

#: The units kg writes for a figure (``kg:count`` ... in RDF, declared in schema.ttl).
UNITS: Final = ("count", "CNY", "percent", "times", "seconds")
#: Any other currency is its ISO 4217 code (USD, HKD), kept as written, never converted.
CURRENCY: Final = re.compile(r"[A-Z]{3}")

#: The property of a statement that names the rule that read it (:mod:`kg.rules`).
RULE_PROPERTY: Final = KG + "rule"


def is_unit(unit: str) -> bool:
    """Whether ``unit`` is a figure's unit: one of :data:`UNITS` or a currency's ISO code."""
    return unit in UNITS or CURRENCY.fullmatch(unit) is not None


def is_money(unit: str) -> bool:
    """Whether a figure of ``unit`` is an amount of money: CNY or another currency's code, not
    a count, a share, a multiple or a time."""
    return CURRENCY.fullmatch(unit) is not None


def by_property(iri: str) -> Predicate | None:
    """The predicate whose RDF property is ``iri``, or None if the vocabulary has none."""
    predicate = PREDICATES.get(iri.removeprefix(KG)) if iri.startswith(KG) else None
    return predicate if predicate is not None and predicate.iri == iri else None
