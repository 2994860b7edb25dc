"""The registry of relation rules: each rule by name, with the predicates it emits.

A rule is a function that reads one :class:`~kg.rules.context.Context` (a sentence) and
yields facts. :func:`rule` registers it, as spaCy's ``Language.factory(name, assigns=...)``
registers a pipeline component with what it assigns::

    @rule("plus", emits=("integrates",))
    def plus(ctx: Context) -> Iterator[Fact]:
        ...

The name is what each fact records (``Fact.rule``, ``kg:rule`` in RDF, the facts table's
``rule`` column); the predicates must be in :mod:`kg.vocabulary`, and a test checks that a
rule emits no other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import vocabulary
from kg.errors import KGError

if TYPE_CHECKING:
    from kg.records import Fact
    from kg.rules.context import Context

__all__ = ["Rule", "RuleFunction", "REGISTRY", "rule", "ordered"]

RuleFunction = Callable[["Context"], Iterator["Fact"]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: its name, the predicates it emits, its family and its function."""

    name: str
    emits: tuple[str, ...]
    family: str  # the module of kg.rules it is defined in: people, products ...
    read: RuleFunction
    #: The kinds of term (kg.ontology.KINDS) of which a sentence must name one for the rule to
    #: read anything from it (a rule about people reads nothing where no one is named):
    #: :func:`kg.rules.extract_facts` does not call it on other sentences. () for any.
    needs: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """The first line of the rule's docstring: what shape of sentence it reads."""
        return (self.read.__doc__ or "").strip().split("\n", 1)[0]


#: Every registered rule by name (in the order registered; :data:`kg.rules.RULES` says in
#: which order they run).
REGISTRY: dict[str, Rule] = {}


def rule(
    name: str, *, emits: Iterable[str], needs: Iterable[str] = ()
) -> Callable[[RuleFunction], RuleFunction]:
    """Register the decorated function as the rule ``name`` that emits ``emits``, read only
    from the sentences that name a term of one of the kinds ``needs`` (if any are given).

    Raises KGError when the name is taken, a predicate is not in the vocabulary or a kind
    needed is none of kg.ontology.KINDS: mistakes in kg's own code, caught when kg.rules is
    imported (a misspelt kind would silently keep the rule from ever reading).
    """
    emitted = tuple(emits)
    needed = tuple(needs)

    def register(read: RuleFunction) -> RuleFunction:
        from kg.ontology import KINDS

        where = f"{read.__module__}.{read.__qualname__}"
        strange = [k for k in needed if k not in KINDS.values()]
        if strange:
            raise KGError(
                f"rule {name!r} ({where}) needs the kind(s) {', '.join(strange)}, which no "
                f"term has; the kinds are {', '.join(sorted(set(KINDS.values())))}"
            )
        unknown = [p for p in emitted if p not in vocabulary.PREDICATES]
        if unknown or not emitted:
            raise KGError(
                f"rule {name!r} ({where}) declares "
                + (f"the predicate(s) {', '.join(unknown)}" if unknown else "no predicate")
                + f"; a rule emits predicates of kg/vocabulary.py "
                f"({', '.join(vocabulary.PREDICATES)}): add the new one there first"
            )
        taken = REGISTRY.get(name)
        if taken is not None:
            raise KGError(
                f"rule {name!r} ({where}) is already registered by "
                f"{taken.read.__module__}.{taken.read.__qualname__}; give it another name"
            )
        family = read.__module__.rsplit(".", 1)[-1]
        REGISTRY[name] = Rule(name, emitted, family, read, needed)
        return read

    return register


def ordered(names: Iterable[str]) -> tuple[Rule, ...]:
    """The registered rules of these names, in this order; KGError naming what is missing
    or left out."""
    names = tuple(names)
    missing = [n for n in names if n not in REGISTRY]
    left_out = [n for n in REGISTRY if n not in names]
    if missing or left_out:
        raise KGError(
            "kg.rules.ORDER and the registered rules disagree: "
            + "; ".join(
                part
                for part in (
                    f"not registered: {', '.join(missing)}" if missing else "",
                    f"registered but not in ORDER: {', '.join(left_out)}" if left_out else "",
                )
                if part
            )
            + " (add each rule's name to ORDER in kg/rules/__init__.py, where it should run)"
        )
    return tuple(REGISTRY[n] for n in names)
