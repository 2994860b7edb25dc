"""Step 4: Mentions in context -> Facts, by relation rules registered with what they emit.

Each rule reads one sentence at a time (a :class:`~kg.rules.context.Context`: its mentions,
the product its section is about, the document's year) and yields
:class:`~kg.records.Fact`\\ s. The cue words live in :mod:`kg.lang.cues`; the ontology says
what kind each term is. Nothing here knows any article: a rule that only one sentence needs
does not belong here.

One module per family of rules, each rule registered by name with the predicates it emits
(:func:`~kg.rules.registry.rule`):

- :mod:`kg.rules.people`: ``speaker`` (presents), ``credit`` (role, leads), ``hand_over``
  (leads);
- :mod:`kg.rules.products`: ``capability`` (offers, involves, integrates), ``plus``,
  ``joined``, ``linked`` and ``scenes`` (integrates);
- :mod:`kg.rules.customers`: ``case_list``, ``uses`` and ``brand_account`` (customer);
- :mod:`kg.rules.metrics`: ``figure`` (metric).

:data:`ORDER` says in which order they run on each sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.ontology import Ontology
from kg.records import Fact, Mentions
from kg.rules import customers, metrics, people, products
from kg.rules.context import Context, contexts
from kg.rules.registry import REGISTRY, Rule, ordered, rule
from kg.vocabulary import is_money

__all__ = [
    "ORDER",
    "RULES",
    "REGISTRY",
    "Rule",
    "Context",
    "rule",
    "extract_facts",
    "customers",
    "metrics",
    "people",
    "products",
]

#: The order the rules run in on each sentence. Metrics come last: a figure the document
#: repeats is told by the capabilities already read as offered.
ORDER = (
    "speaker",
    "credit",
    "hand_over",
    "capability",
    "plus",
    "joined",
    "linked",
    "scenes",
    "case_list",
    "uses",
    "brand_account",
    "figure",
)
#: Every registered rule, in :data:`ORDER`.
RULES: tuple[Rule, ...] = ordered(ORDER)


def extract_facts(
    mentions: Mentions, ontology: Ontology, rules: Sequence[Rule] | None = None
) -> tuple[Fact, ...]:
    """Apply the rules (default: :data:`RULES`) to every sentence; facts in sentence order,
    each with its evidence and the name of the rule that read it.

    A fact two rules read from one sentence is kept once, with both names (sorted, joined by
    ","). A figure a document repeats (in its lead and again in its section) is kept once:
    same value and unit, one name spelled within the other (搜索量增长, 搜索量同比增长), or,
    for an amount or a count told in two sentences, names that share two characters of three
    (员工数量, 员工人数), and
    the same subject or a product and a capability it offers (微信支付 and 消费券), unless
    it is a rate both sentences tell beside amounts and counts, none the same (two growths
    of 41%, of 201.48亿元 and of 213.51亿元, in a results summary). An amount or a count of
    one subject told again in a later sentence is the same figure when one of its names
    measures a thing of the vocabulary and the other that thing or none (日活跃用户数 and DAU;
    not 日活 and 月活跃登录量 of 10 亿, nor two names it does not know), unless the two amounts
    convert others (101 亿元 and 97 亿元, each 15 亿美元): the first reading is kept
    (docs/facts-format.md, restatements).
    """
    if rules is None:
        rules = RULES
    facts: list[Fact] = []
    seen: dict[Fact, int] = {}  # a fact (whatever rule read it) -> its index in facts
    # (value, unit) -> (subject, name, the levels its sentence tells if a rate, the sentence)
    # of each kept
    figures: dict[
        tuple[object, ...], list[tuple[str, str, frozenset[tuple[object, object]], object]]
    ] = {}
    offered: set[tuple[str, str]] = set()
    steps = [(each.name, each.read, frozenset(each.needs)) for each in rules]
    for ctx in contexts(mentions, ontology):
        for name, read, needs in steps:
            if needs and needs.isdisjoint(ctx.kinds):
                continue  # (the rule would read nothing: see Rule.needs)
            ctx.rule = name
            read_here = tuple(read(ctx))
            if not read_here:
                continue  # most rules read nothing from most sentences
            told = [(f.value, f.unit) for f in read_here if f.predicate == "metric"]
            for fact in read_here:
                index = seen.get(fact)
                if index is not None:
                    _also_read_by(facts, index, name)
                    continue
                if fact.predicate == "offers":
                    offered.add((fact.subject, fact.object))
                if fact.predicate == "metric":
                    key = (fact.value, fact.unit)
                    known = figures.setdefault(key, [])
                    others = _levels(told) if fact.unit in _RATES else _converted(told, fact.unit)
                    if any(_same_figure(ontology, fact, others, *k, offered) for k in known):
                        continue
                    known.append((fact.subject, fact.object, others, fact.evidence))
                seen[fact] = len(facts)
                facts.append(fact)
    return tuple(facts)


def _also_read_by(facts: list[Fact], index: int, name: str) -> None:
    """Add a rule's name to a fact another rule read first from the same sentence."""
    fact = facts[index]
    names = fact.rule.split(",")
    if name not in names:
        facts[index] = Fact(
            fact.year,
            fact.subject,
            fact.predicate,
            fact.object,
            fact.value,
            fact.unit,
            fact.evidence,
            ",".join(sorted((*names, name))),
        )


def _same_figure(
    ontology: Ontology,
    fact: Fact,
    others: frozenset[tuple[object, object]],
    subject: str,
    name: str,
    told: frozenset[tuple[object, object]],
    evidence: object,
    offered: set[tuple[str, str]],
) -> bool:
    """Whether a figure (``others``: the levels its sentence tells, if it is a rate) repeats
    one kept (``subject``, ``name``, ``told``, ``evidence``: the same of its sentence). A rate
    told of other levels is another: 期内盈利为201.48亿元，增长41% and 权益持有人应占盈利为
    213.51亿元，增长41%. Names alike but not one within the other are one measure's only for
    an amount or a count told in two sentences: one sentence that tells a value twice tells
    two figures (微博营收…，同比增长30%，…广告和营销业务的收入…，同比增长30%)."""
    related = (
        subject == fact.subject
        or (subject, fact.subject) in offered
        or (fact.subject, subject) in offered
    )
    if others and told and others.isdisjoint(told):
        return False
    if not related:
        return False
    if _within(fact.object, name) or _within(name, fact.object):
        return True
    # (not a rate: two measures of one product may both grow 10%, 日活增长 and 月活增长)
    if fact.unit in _RATES or fact.evidence == evidence:
        return False
    return _alike(fact.object, name) or (
        subject == fact.subject and _one_measure(ontology, fact, name)
    )


def _one_measure(ontology: Ontology, fact: Fact, name: str) -> bool:
    """Whether a later sentence's amount or count restates one kept of the same subject and
    value under another name: when one of the names measures a thing of the vocabulary and
    the other the same thing or none (《王者荣耀》春节期间日活跃用户数一度突破8000万, then
    拉动其DAU从5000万飞涨到8000万), not two things (10 亿日活 and 月活跃登录量超过 10 亿), nor when
    the vocabulary knows neither (视频号's 2000w+ 直播的西城男孩音乐会, then 2000w+的全国少工委
    「云队课」: two events watched, in the seeds)."""
    unit = fact.unit or ""
    one = metrics.measure_of(ontology, fact.object, metrics.is_growth(fact.object, unit), unit)
    other = metrics.measure_of(ontology, name, metrics.is_growth(name, unit), unit)
    if one is None and other is None:
        return False  # two names the vocabulary does not know: two figures may share a value
    return one == other or one is None or other is None


#: The units of a rate (a growth, a share): one the same in two sentences of two amounts
#: is two figures.
_RATES = frozenset({"percent", "times"})


def _converted(
    told: Sequence[tuple[object, object]], unit: str | None
) -> frozenset[tuple[object, object]]:
    """The amounts of a sentence in other currencies than an amount's (``unit``): what tells
    two amounts that convert to the same one apart (101 亿元人民币，约合 15 亿美元 and 97 亿元
    人民币(15 亿美元): two figures)."""
    if unit is None or not is_money(unit):
        return frozenset()
    return frozenset(t for t in told if isinstance(t[1], str) and is_money(t[1]) and t[1] != unit)


def _levels(told: Sequence[tuple[object, object]]) -> frozenset[tuple[object, object]]:
    """The figures of a sentence that are no rate: amounts and counts."""
    return frozenset(t for t in told if t[1] not in _RATES)


def _alike(one: str, other: str) -> bool:
    """Whether two names that are not one within the other (搜索量增长, 搜索量同比增长) still
    name one measure: the two share, in order, two characters of every three of the shorter
    (员工数量 and 员工人数, 人均年薪 and 人均薪酬, 总营收 and 年营收)."""
    shared = _common(one, other)
    return shared >= _SHARED_MIN and 3 * shared >= 2 * min(len(one), len(other))


#: The fewest characters two names share to be read as one measure's.
_SHARED_MIN = 2


def _common(one: str, other: str) -> int:
    """The length of the longest sequence of characters both names hold in order."""
    row = [0] * (len(other) + 1)
    for c in one:
        diagonal = 0
        for j, d in enumerate(other):
            diagonal, row[j + 1] = row[j + 1], diagonal + 1 if c == d else max(row[j + 1], row[j])
    return row[-1]


def _within(short: str, long: str) -> bool:
    """Whether ``short`` can be read out of ``long`` by dropping characters."""
    chars = iter(long)
    return all(c in chars for c in short)
