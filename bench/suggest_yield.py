"""How much of what a corpus's gold names, and the ontology lacks, does ``kg suggest`` find?

Run it from the repository root with the project's venv::

    .venv/bin/python bench/suggest_yield.py                  # eval/tune: recall by class
    .venv/bin/python bench/suggest_yield.py --missed         # + the entities it misses
    .venv/bin/python bench/suggest_yield.py --extra          # + proposals the gold never names
    .venv/bin/python bench/suggest_yield.py --articles       # + found and missed, by article
    .venv/bin/python bench/suggest_yield.py --only LIST      # the articles LIST names, alone
    .venv/bin/python bench/suggest_yield.py --json

The figure is issue 13's: the share of the gold's entities missing from the ontology that
``kg suggest`` proposes with the right class. An entity is a subject or object cell of a
predicate whose slot is an entity (its ``|`` alternatives are its labels); cells that share a
label are one entity. Its expected class comes from the slots it fills:

- presents, leads and role subject: a person;
- customer subject: an organisation (kg:Company, kg:PublicBody or kg:Organization);
- offers subject, integrates subject and object, involves object, presents object: a
  product;
- leads object: a product or an organisation (a unit or a company: 美团创始人王兴 leads 美团, as
  kg's own rules read it);
- offers object, involves subject: a capability;
- metric subject: a product, a capability or an organisation, any of them.

An entity of several slots accepts each of their classes. It is missing from the ontology
when none of its labels is a label of a term there (compared in kg's matching form,
casefolded, as kg matches); it is found when a proposal has one of its labels (prefLabel or
altLabel) and an accepted class. The class an entity is reported under is the one most of
its cells give (a metric subject's cell gives none: such an entity alone is ``any``).

``--only`` reads a file of article names (one a line, as the gold's ``doc`` column writes
them) and measures those articles alone: kg suggest reads only them and only their gold rows
count. It measures a part of a corpus as if it were a held-out set (the rounds' latest tune
articles, which kg's rules were fitted to least).

Precision is read, not computed: ``--extra`` lists the proposals that name no gold entity,
for a reader to judge (many are real entities the gold has no fact about). On ``eval/test``,
which is held out, only the summary table is printed: counts per class, no names and no
articles (``--missed``, ``--extra``, ``--articles`` and ``--json`` are refused there).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = REPO / "eval" / "tune"

ORGANISATION = frozenset({"Company", "PublicBody", "Organization"})
PERSON = frozenset({"Person"})
PRODUCT = frozenset({"Product"})
CAPABILITY = frozenset({"Capability"})

#: (predicate, slot) -> the classes a proposal may have to fill it; slot 0 subject, 1 object.
EXPECTED: dict[tuple[str, int], frozenset[str]] = {
    ("presents", 0): PERSON,
    ("leads", 0): PERSON,
    ("role", 0): PERSON,
    ("customer", 0): ORGANISATION,
    ("offers", 0): PRODUCT,
    ("integrates", 0): PRODUCT,
    ("integrates", 1): PRODUCT,
    ("involves", 1): PRODUCT,
    ("presents", 1): PRODUCT,
    ("leads", 1): PRODUCT | ORGANISATION,  # a product, a unit or a company (美团创始人王兴)
    ("offers", 1): CAPABILITY,
    ("involves", 0): CAPABILITY,
    ("metric", 0): PRODUCT | CAPABILITY | ORGANISATION,
}
#: How a set of accepted classes is reported.
_GROUP = {
    PERSON: "person",
    ORGANISATION: "organisation",
    PRODUCT: "product",
    CAPABILITY: "capability",
}


@dataclass
class GoldEntity:
    """One entity of the gold that the ontology lacks: its labels, the classes its slots
    accept, and how many cells give each single class (for the class it is reported under)."""

    labels: list[str]
    keys: set[str]
    accepted: set[str] = field(default_factory=set)
    votes: Counter[str] = field(default_factory=Counter)
    docs: set[str] = field(default_factory=set)

    @property
    def group(self) -> str:
        if not self.votes:
            return "any"
        top = max(self.votes.values())
        return min(g for g, n in self.votes.items() if n == top)


def _key(label: str) -> str:
    from kg.normalize import matching_form

    return matching_form(label).casefold()


def gold_entities(
    gold: Path, ontology: Any, docs: frozenset[str] | None = None
) -> list[GoldEntity]:
    """The entities of the gold table at ``gold`` that ``ontology`` lacks (see the module's
    docstring), cells sharing a label joined into one, in the order the gold names them; only
    the rows of the articles ``docs`` names, when given."""
    from kg.evaluate import read_facts

    known = {_key(label) for term in ontology.terms.values() for label in term.labels}
    entities: list[GoldEntity] = []
    for row in read_facts(gold):
        if docs is not None and row.doc not in docs:
            continue
        for slot, cell in ((0, row.subjects), (1, row.objects)):
            accepted = EXPECTED.get((row.predicate, slot))
            if accepted is None:
                continue
            keys = {_key(label) for label in cell}
            if keys & known:
                continue
            joined = [e for e in entities if e.keys & keys]
            entity = joined[0] if joined else GoldEntity([], set())
            if not joined:
                entities.append(entity)
            for other in joined[1:]:  # this cell bridges two entities: one after all
                entity.labels += [x for x in other.labels if x not in entity.labels]
                entity.keys |= other.keys
                entity.accepted |= other.accepted
                entity.votes += other.votes
                entity.docs |= other.docs
                entities.remove(other)
            entity.labels += [x for x in cell if x not in entity.labels]
            entity.keys |= keys
            entity.accepted |= accepted
            if accepted in _GROUP:
                entity.votes[_GROUP[accepted]] += 1
            if row.doc:
                entity.docs.add(row.doc)
    return entities


def measure(
    articles: Path,
    gold: Path,
    ontology_dir: Path | None = None,
    only: frozenset[str] | None = None,
) -> dict[str, Any]:
    """Run ``kg suggest`` on ``articles`` (the files of it that ``only`` names, when given)
    with the ontology at ``ontology_dir`` (default: the shipped one) and compare its proposals
    with the entities of ``gold`` (those articles' rows) that it lacks."""
    from kg.ontology import load_ontology
    from kg.suggest import CLASSES, suggest

    ontology = load_ontology(ontology_dir)
    entities = gold_entities(gold, ontology, only)
    paths = [articles / name for name in sorted(only)] if only is not None else [articles]
    found = suggest(paths, ontology)
    by_key: dict[str, list[Any]] = {}
    for term in found.terms:
        for label in (term.label, *term.alt_labels):
            by_key.setdefault(_key(label), []).append(term)
    rows = []
    named: set[str] = set()  # IRIs of proposals that name a gold entity
    for e in entities:
        proposals = {t.iri: t for k in e.keys for t in by_key.get(k, ())}
        named |= set(proposals)
        right = [t for t in proposals.values() if t.cls in e.accepted]
        status = "found" if right else ("wrong class" if proposals else "missed")
        rows.append(
            {
                "labels": e.labels,
                "group": e.group,
                "accepted": sorted(e.accepted),
                "status": status,
                "proposed": [f"{t.label} ({CLASSES[t.cls][1]})" for t in proposals.values()],
                "docs": sorted(e.docs),
            }
        )
    groups: dict[str, Counter[str]] = {}
    for row in rows:
        groups.setdefault(row["group"], Counter())[row["status"]] += 1
    total = Counter(row["status"] for row in rows)
    extra = [
        {"label": t.label, "class": CLASSES[t.cls][1], "cues": list(t.cues), "score": t.score}
        for t in found.terms
        if t.iri not in named
    ]
    return {
        "articles": str(articles),
        "gold": str(gold),
        "missing_entities": len(rows),
        "found": total["found"],
        "wrong_class": total["wrong class"],
        "recall": total["found"] / max(len(rows), 1),
        "by_class": {
            g: {"entities": sum(c.values()), "found": c["found"], "wrong_class": c["wrong class"]}
            for g, c in sorted(groups.items())
        },
        "proposals": len(found.terms),
        "proposals_by_class": dict(sorted(Counter(CLASSES[t.cls][1] for t in found.terms).items())),
        "proposals_naming_gold": len(found.terms) - len(extra),
        "entities": rows,
        "extra": extra,
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="kg suggest's recall of the gold's entities the ontology lacks, by class."
    )
    parser.add_argument(
        "articles", nargs="?", type=Path, default=DEFAULT_ARTICLES, help="the articles"
    )
    parser.add_argument("--gold", type=Path, help="the gold table (default: ARTICLES/gold.tsv)")
    parser.add_argument("--missed", action="store_true", help="list the entities it misses")
    parser.add_argument("--extra", action="store_true", help="list proposals naming no gold entity")
    parser.add_argument(
        "--articles",
        dest="by_article",
        action="store_true",
        help="count found, wrong class and missed by article",
    )
    parser.add_argument(
        "--ontology",
        type=Path,
        help="the ontology directory (default: the shipped one; a fixed copy compares rounds)",
    )
    parser.add_argument(
        "--only",
        type=Path,
        help="a file of article names, one a line: measure those articles alone",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    held_out = {"eval", "test"} <= set(args.articles.resolve().parts)
    if held_out and (args.missed or args.extra or args.json or args.by_article):
        print(
            "eval/test is held out: only its summary table is printed (no names, no articles)",
            file=sys.stderr,
        )
        return 2
    gold = args.gold or args.articles / "gold.tsv"
    only = None
    if args.only is not None:
        only = frozenset(args.only.read_text(encoding="utf-8").split())
        absent = sorted(name for name in only if not (args.articles / name).is_file())
        if absent:
            print(f"{args.only}: no such article in {args.articles}: {absent[0]}", file=sys.stderr)
            return 2
    report = measure(args.articles, gold, args.ontology, only)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    n = report["missing_entities"]
    print(f"gold: {gold}: {n} entities the {args.ontology or 'shipped ontology'} lacks")
    print(f"{'class':<14}{'entities':>9}{'found':>7}{'recall':>8}{'wrong class':>13}")
    for group, c in report["by_class"].items():
        share = c["found"] / max(c["entities"], 1)
        print(f"{group:<14}{c['entities']:>9}{c['found']:>7}{share:>8.0%}{c['wrong_class']:>13}")
    print(
        f"{'all':<14}{n:>9}{report['found']:>7}{report['recall']:>8.0%}{report['wrong_class']:>13}"
    )
    classes = ", ".join(f"{v} {k}" for k, v in report["proposals_by_class"].items())
    print(
        f"proposals: {report['proposals']} ({classes}); "
        f"{report['proposals_naming_gold']} name a gold entity"
    )
    if args.by_article:
        by_doc: dict[str, Counter[str]] = {}
        for row in report["entities"]:
            for doc in row["docs"]:
                by_doc.setdefault(doc, Counter())[row["status"]] += 1
        print(f"\n{'article':<48}{'found':>6}{'wrong':>6}{'missed':>7}")
        for doc, c in sorted(by_doc.items()):
            print(f"{doc:<48}{c['found']:>6}{c['wrong class']:>6}{c['missed']:>7}")
    if args.missed:
        print("\nmissed or wrong class:")
        for row in report["entities"]:
            if row["status"] != "found":
                got = f"  proposed as {', '.join(row['proposed'])}" if row["proposed"] else ""
                docs = ",".join(d.split("-")[0] + "-" + d.split("-")[1] for d in row["docs"])
                print(f"  {row['group']:<13}{'|'.join(row['labels'])}  [{docs}]{got}")
    if args.extra:
        print("\nproposals naming no gold entity:")
        for t in report["extra"]:
            print(f"  {t['class']:<13}{t['label']}  {t['score']:g} {','.join(t['cues'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
