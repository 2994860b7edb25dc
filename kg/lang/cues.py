"""The cue words and sentence shapes the relation rules (:mod:`kg.rules`) read facts with.

They are about how Chinese news writes of products, not about any one article: a speaker is
introduced as 讲师 or credited after ——, a head as X负责人, a link as A + B or A和B…联动.
Extend these tables (not the rules) when a new outlet writes differently. One section per
family of rules, as in :mod:`kg.rules`; the punctuation they share (clause breaks, brackets)
is in :mod:`kg.lang.punctuation`; the metric rule's cues are in :mod:`kg.lang.metrics`, the
product rules' (offers, involves, integrates) in :mod:`kg.lang.products`, the people rules'
(presents, leads, role) in :mod:`kg.lang.people`, the customer rules' in
:mod:`kg.lang.customers`.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "POSSESSIVE",
]

# ---------------------------------------------------------------- shared

#: The possessive particle: 微信的跨境支付 (the platform's capability), 餐饮的交易.
POSSESSIVE: Final = "的"
