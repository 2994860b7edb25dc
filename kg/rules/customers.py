"""Customers: an organisation that uses a product.

- ``beside_product``: a company or public body (kg:Company, kg:PublicBody) named in a sentence
  with a product it does not make is its customer. A platform (微信) named in passing is not
  the product used.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.records import Fact
from kg.rules.context import Context
from kg.rules.registry import rule

__all__ = ["beside_product"]

# Units, media and groups are organisations too, but never customers.
_CUSTOMER_CLASSES = frozenset({"Company", "PublicBody"})


@rule("beside_product", emits=("customer",))
def beside_product(ctx: Context) -> Iterator[Fact]:
    """A company or public body named beside a product it does not make."""
    organizations = ctx.of_kind("Organization")
    if not organizations:
        return
    products = {iri for _, iri in ctx.products() if not ctx.is_platform(iri)}
    if not products:
        return
    for org in organizations:
        term = ctx.ontology.terms[org.term]
        if term.cls not in _CUSTOMER_CLASSES:
            continue
        for product in sorted(products):
            if org.term not in ctx.ontology.terms[product].made_by:
                yield ctx.fact(org.term, "customer", product)
