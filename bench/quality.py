"""How good are kg's facts? P/R/F1 per predicate and per article, on three corpora, three ways.

Run it from the repository root with the project's venv::

    .venv/bin/python bench/quality.py                      # every corpus, every setting
    .venv/bin/python bench/quality.py --corpus tune --setting oracle
    .venv/bin/python bench/quality.py --json               # JSON on stdout instead
    .venv/bin/python bench/quality.py --markdown           # the README's table only
    .venv/bin/python bench/quality.py --dir ~/my-articles  # your own corpus: its gold.tsv

The corpora are the seeds (``seeds/``, gold ``tests/seed-facts.tsv``), ``eval/tune`` and
``eval/test`` (gold: their ``gold.tsv``, whose ``doc`` column names each fact's article), and
any folder given with ``--dir`` that holds articles and their ``gold.tsv`` in the same shape (a
new batch of articles scored before anyone reads kg's output on it; only it is scored). The
settings are issue 13's:

- ``shipped``: ``kg build`` with kg's own ontology;
- ``suggest``: the ontology plus ``kg suggest``'s proposals for that corpus, accepted as
  they are (``kg suggest DIR -o D/suggested.ttl`` into a copy ``D`` of ``ontology/*.ttl``,
  then ``kg build DIR --ontology D``);
- ``oracle``: the ontology plus every entity of the gold that it lacks, carrying only what
  an analyst writes first (a class, a ``skos:prefLabel``, ``skos:altLabel`` s; no
  ``kg:featureOf``, no families), written at run time into a temporary directory
  (:func:`oracle_entities`): this measures the rules alone.

Each is scored as ``kg eval`` scores ``OUT/facts.tsv`` (:mod:`kg.evaluate`), and again with
years not compared (``kg eval --ignore-year``): F1 with years over F1 without is the year
check of issue 13 (target >= 0.95). Per article, a predicted fact belongs to the article it
was read from (``Fact.evidence.document`` of the one build: a fact read in two articles
counts in both), a gold fact to its ``doc`` (seeds: to the seed article of its year).

Everything runs in this process through the library (``kg.pipeline.build``,
``kg.suggest.suggest``, ``kg.evaluate.evaluate``), so kg's jieba tokenizer of the shipped
ontology is built once for every corpus. ``eval/test`` is held out: for it only scores are
printed (per predicate, per article, overall), never a fact, a proposal or a warning.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

#: Corpora by name: their articles and gold table (CORPORA, and the folders given with --dir).
Corpora = dict[str, tuple[Path, Path]]

#: name -> (the articles, the gold table)
CORPORA: Corpora = {
    "seeds": (REPO / "seeds", REPO / "tests" / "seed-facts.tsv"),
    "tune": (REPO / "eval" / "tune", REPO / "eval" / "tune" / "gold.tsv"),
    "test": (REPO / "eval" / "test", REPO / "eval" / "test" / "gold.tsv"),
}
#: Held out: only their scores may be seen.
HELD_OUT = frozenset({"test"})
SETTINGS = ("shipped", "suggest", "oracle")
#: What issue 13 asks of F1 with years over F1 without.
YEAR_TARGET = 0.95

#: The class an analyst gives a gold entity by the slot it fills, (predicate, 0: subject or
#: 1: object) -> (class, whether the slot decides it): issue 13's protocol for the figure of
#: the rules alone. It is fixed here, not read from kg/vocabulary.py, whose kinds say what kg
#: accepts (an offers object may be a product there) and may change with the rules. A
#: metric's subject decides nothing: it takes what another slot of its label says, else this.
SLOT_CLASSES: dict[tuple[str, int], tuple[str, bool]] = {
    ("presents", 0): ("Person", True),
    ("presents", 1): ("Product", True),
    ("leads", 0): ("Person", True),
    ("leads", 1): ("Product", True),
    ("role", 0): ("Person", True),
    ("offers", 0): ("Product", True),
    ("offers", 1): ("Capability", True),
    ("involves", 0): ("Capability", True),
    ("involves", 1): ("Product", True),
    ("integrates", 0): ("Product", True),
    ("integrates", 1): ("Product", True),
    ("customer", 0): ("Company", True),
    ("customer", 1): ("Product", True),
    ("metric", 0): ("Product", False),
}
#: The ends of a name that say it is an organisation whatever slot the gold puts it in: an
#: analyst writes 京东集团 or 国家统计局 as a kg:Company, not as the kg:Product that a leads or
#: presents object or a metric's subject would make it (a department, 钉钉市场部, stays one).
ORGANISATION_ENDS = (
    "公司", "集团", "银行", "基金", "资本", "证券",
    "大学", "学院", "医院", "研究院", "研究所", "统计局",
)  # fmt: skip
#: An ontology kind as the class an analyst writes for it, for a slot of a predicate the
#: table above does not know yet (an organisation is a company).
_CLASS_OF_KIND = {"Organization": "Company"}
#: Where a hand-written entity's IRI goes, by class (the namespaces of kg suggest's).
_NAMESPACES = {
    "Person": "person",
    "Company": "org",
    "Product": "product",
    "Capability": "capability",
}


# ---------------------------------------------------------------- the oracle ontology


@dataclass(frozen=True, slots=True)
class Entity:
    """A term of the gold that the ontology lacks, as an analyst first writes it."""

    label: str  # the first alternative of the gold cell that named it first
    cls: str  # Person, Company, Product or Capability
    alt_labels: tuple[str, ...]
    iri: str


def slot_class(predicate: str, slot: int) -> tuple[str, bool] | None:
    """The class of the entity in a predicate's subject (0) or object (1) slot, and whether
    the slot decides it (:data:`SLOT_CLASSES`); None when the slot is text as written
    (role's title, metric's name). A predicate the table lacks takes the vocabulary's
    first kind, decisive when it allows one kind only."""
    from kg import vocabulary

    spec = vocabulary.PREDICATES[predicate]
    kinds = spec.subject if slot == 0 else spec.object
    if not kinds:
        return None
    known = SLOT_CLASSES.get((predicate, slot))
    if known is not None:
        return known
    return _CLASS_OF_KIND.get(kinds[0], kinds[0]), len(kinds) == 1


def oracle_entities(gold: Iterable[Any], ontology: Any) -> list[Entity]:
    """The entities of ``gold`` (rows of :func:`kg.evaluate.read_facts`) that ``ontology``
    lacks, in the order the gold first names them.

    A gold cell names an entity by its first alternative, and the entity is lacking when no
    term of the ontology that kg matches (a person, organisation, product or capability)
    has that label (compared in kg's matching form, casefolded). Its other alternatives
    become its ``altLabel`` s, unless the ontology has them (the spec
    lists the product after a capability: 朋友圈|微信) or another new entity is named by
    them or took them first. Its class comes from the slots it fills (:data:`SLOT_CLASSES`:
    presents, leads and role subjects: Person; customer subject: Company; offers subject,
    integrates, involves, presents, leads and customer objects: Product; offers object,
    involves subject: Capability), by majority, ties to the slot the gold names it in
    first; a label seen only as a metric's subject is a Product. A Product whose name ends
    as an organisation's does (:data:`ORGANISATION_ENDS`) is a Company.
    """
    from kg.normalize import matching_form
    from kg.ontology import MATCHED_KINDS

    def key(label: str) -> str:
        return matching_form(label).casefold()

    # The entities kg matches in text: an event's or a metric's label names no entity.
    known = {
        key(label)
        for term in ontology.terms.values()
        if term.kind in MATCHED_KINDS
        for label in term.labels
    }
    labels: dict[str, str] = {}  # key -> the label as first written
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    first_class: dict[str, str] = {}  # what the first slot that decides says
    fallback: dict[str, str] = {}  # for a label no slot decides
    cells: list[tuple[str, tuple[str, ...]]] = []  # (entity key, the cell's alternatives)
    for row in gold:
        for slot, cell in ((0, row.subjects), (1, row.objects)):
            found = slot_class(row.predicate, slot)
            if found is None:
                continue
            k = key(cell[0])
            if k in known:
                continue
            labels.setdefault(k, cell[0])
            cells.append((k, tuple(cell[1:])))
            cls, decisive = found
            if decisive:
                votes[k][cls] += 1
                first_class.setdefault(k, cls)
            else:
                fallback.setdefault(k, cls)
    alts: dict[str, list[str]] = {k: [] for k in labels}
    claimed = set(labels)
    for k, others in cells:
        for alt in others:
            a = key(alt)
            if a in known or a in claimed:
                continue
            claimed.add(a)
            alts[k].append(alt)
    entities = []
    for k, label in labels.items():
        if votes[k]:
            top = max(votes[k].values())
            tied = {c for c, n in votes[k].items() if n == top}
            cls = first_class[k] if first_class[k] in tied else min(tied)  # min: any, stably
        else:
            cls = fallback[k]
        if cls == "Product" and label.endswith(ORGANISATION_ENDS):
            cls = "Company"
        digest = hashlib.sha256(f"{cls} {label}".encode()).hexdigest()[:12]
        iri = f"{_base()}id/{_NAMESPACES.get(cls, 'term')}/oracle-{digest}"
        entities.append(Entity(label, cls, tuple(alts[k]), iri))
    return entities


def _base() -> str:
    from kg.ontology import BASE

    return BASE


def oracle_turtle(entities: Sequence[Entity]) -> Iterator[str]:
    """The entities as a Turtle ontology file: a class, a prefLabel, altLabels; no more."""
    from kg.lang import LANGUAGE
    from kg.ontology import KG
    from kg.rdf import literal

    yield "# The gold's entities that the shipped ontology lacks (bench/quality.py, oracle).\n"
    yield f"@prefix kg: <{KG}> .\n"
    yield "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    for entity in entities:
        yield f"\n<{entity.iri}> a kg:{entity.cls} ;\n"
        line = f"    skos:prefLabel {literal(entity.label, LANGUAGE)}"
        if entity.alt_labels:
            line += " ;\n    skos:altLabel " + " , ".join(
                literal(a, LANGUAGE) for a in entity.alt_labels
            )
        yield line + " .\n"


def ontology_copy(folder: Path) -> Path:
    """A copy of kg's ontology files (``ontology/*.ttl``) in ``folder``, as the issue's
    recipe makes ``D``."""
    from kg.ontology import default_ontology_dir

    folder.mkdir(parents=True, exist_ok=True)
    for ttl in sorted(default_ontology_dir().glob("*.ttl")):
        shutil.copyfile(ttl, folder / ttl.name)
    return folder


def oracle_ontology(gold: Sequence[Any], shipped: Any, folder: Path) -> tuple[Any, int]:
    """kg's ontology plus the gold's lacking entities (``folder/oracle.ttl``), loaded; and
    how many entities were added."""
    from kg.ontology import load_ontology

    entities = oracle_entities(gold, shipped)
    target = ontology_copy(folder)
    (target / "oracle.ttl").write_text("".join(oracle_turtle(entities)), encoding="utf-8")
    return load_ontology([target]), len(entities)


def suggest_ontology(articles: Path, shipped: Any, folder: Path) -> tuple[Any, int]:
    """kg's ontology plus ``kg suggest``'s proposals for ``articles``, accepted as they are
    (``folder/suggested.ttl``), loaded; and how many terms were proposed."""
    from kg.ontology import load_ontology
    from kg.suggest import suggest, write_turtle

    target = ontology_copy(folder)
    found = suggest([articles], shipped)
    write_turtle(found, target / "suggested.ttl")
    return load_ontology([target]), len(found.terms)


# ---------------------------------------------------------------- scoring


def _tsv_rows(lines: Iterable[str], folder: Path, name: str) -> list[Any]:
    """Rows of a facts table written as kg writes one, read back as ``kg eval`` reads it."""
    from kg.evaluate import read_facts

    path = folder / name
    path.write_text("".join(lines), encoding="utf-8")
    return read_facts(path)


def article_rows(build: Any, folder: Path) -> dict[str, list[Any]]:
    """Each article's facts (by file name) as rows of a facts table: the facts read from
    that article, one row per distinct fact, as the build's facts table writes them."""
    from kg.exporters.facts import HEADER, fact_rows, table_lines

    names = {a.id: Path(a.path).name for a in build.articles}
    by_doc: defaultdict[str, list[Any]] = defaultdict(list)
    for fact in build.facts:
        if fact.evidence is not None:
            by_doc[fact.evidence.document].append(fact)
    out: dict[str, list[Any]] = {}
    for doc, facts in by_doc.items():
        lines = ["\t".join(HEADER) + "\n", *table_lines(sorted(fact_rows(facts, build.ontology)))]
        out[names[doc]] = _tsv_rows(lines, folder, f"article-{len(out)}.tsv")
    return out


def gold_by_article(gold: Sequence[Any], articles: Sequence[Any]) -> dict[str, list[Any]]:
    """The gold rows by their ``doc``; a table without one (the seeds) gives each row to
    the one article of its year, or to none when no article or several have that year."""
    by_year: defaultdict[str, list[str]] = defaultdict(list)
    for a in articles:
        by_year[str(a.year) if a.year is not None else ""].append(Path(a.path).name)
    out: defaultdict[str, list[Any]] = defaultdict(list)
    for row in gold:
        doc = row.doc
        if not doc and len(by_year.get(row.year, ())) == 1:
            doc = by_year[row.year][0]
        out[doc].append(row if doc == row.doc else replace(row, doc=doc))
    return dict(out)


def _score(s: Any) -> dict[str, Any]:
    return asdict(s)


def score(
    gold: Sequence[Any], predicted: Sequence[Any], per_article: dict[str, list[Any]], build: Any
) -> dict[str, Any]:
    """Overall and per-predicate scores with and without years, and per-article scores (with
    the year kg gave the article, and F1 without years)."""
    from kg.evaluate import evaluate

    ev = evaluate(gold, predicted)
    loose = evaluate(gold, predicted, years=False)
    gold_docs = gold_by_article(gold, build.articles)
    years = {Path(a.path).name: a.year for a in build.articles}
    articles = []
    for name in sorted(years.keys() | (gold_docs.keys() - {""})):
        docs_gold, docs_pred = gold_docs.get(name, []), per_article.get(name, [])
        a_ev = evaluate(docs_gold, docs_pred)
        a_loose = evaluate(docs_gold, docs_pred, years=False)
        articles.append(
            {
                "article": name,
                "year": years.get(name),
                **_score(a_ev.overall),
                "f1_ignore_year": a_loose.overall.f1,
            }
        )
    if "" in gold_docs:
        unplaced = _score(evaluate(gold_docs[""], []).overall)
        articles.append(
            {"article": "(no article)", "year": None, **unplaced, "f1_ignore_year": 0.0}
        )
    return {
        "overall": _score(ev.overall),
        "per_predicate": [_score(s) for s in ev.per_predicate],
        "ignore_year": _score(loose.overall),
        "year_ratio": ev.overall.f1 / loose.overall.f1 if loose.overall.f1 else None,
        "per_article": articles,
    }


def run(
    corpus: str,
    setting: str,
    shipped: Any,
    work: Path,
    corpora: Corpora = CORPORA,
) -> dict[str, Any]:
    """Build one corpus of ``corpora`` in one setting and score it."""
    from kg.evaluate import read_facts
    from kg.exporters.facts import facts_lines
    from kg.pipeline import build as kg_build

    articles, gold_path = corpora[corpus]
    gold = read_facts(gold_path)
    folder = work / f"{corpus}-{setting}"
    folder.mkdir()
    start = time.perf_counter()
    added = 0
    if setting == "shipped":
        ontology = shipped
    elif setting == "suggest":
        ontology, added = suggest_ontology(articles, shipped, folder / "D")
    else:
        ontology, added = oracle_ontology(gold, shipped, folder / "D")
    build = kg_build([articles], ontology, spill_dir=folder)
    predicted = _tsv_rows(facts_lines(build), folder, "facts.tsv")
    per_article = article_rows(build, folder)
    seconds = time.perf_counter() - start
    result = {
        "corpus": corpus,
        "setting": setting,
        "articles": len(build.articles),
        # A failure's reason may quote its article: a held-out one keeps its file name only.
        "failures": [
            {"path": f.path, "reason": f.reason if corpus not in HELD_OUT else ""}
            for f in build.failures
        ],
        "warnings": len(build.warnings),
        "terms_added": added,
        "ontology_warnings": len(ontology.warnings),
        "seconds": seconds,
        **score(gold, predicted, per_article, build),
    }
    if corpus in HELD_OUT:
        for article in result["per_article"]:
            article.pop("year")  # what kg read in it: only scores are shown
    del build  # its spill directory goes with it
    return result


def run_or_report(
    corpus: str,
    setting: str,
    shipped: Any,
    work: Path,
    corpora: Corpora = CORPORA,
) -> dict[str, Any]:
    """:func:`run`, or what stopped it (an ontology kg refuses, a facts table kg eval
    cannot read) as ``error``, so the other corpora and settings are still scored. A
    held-out corpus's error is named by its kind only: its message may quote the text."""
    from kg.errors import KGError

    try:
        return run(corpus, setting, shipped, work, corpora)
    except KGError as exc:
        said = str(exc) if corpus not in HELD_OUT else "(message held back: held-out corpus)"
        return {"corpus": corpus, "setting": setting, "error": f"{type(exc).__name__}: {said}"}


# ---------------------------------------------------------------- reporting


def _rates(s: dict[str, Any]) -> str:
    return f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"


def _counts(s: dict[str, Any]) -> str:
    return f"{s['gold']:5} {s['predicted']:5} {s['matched']:5}"


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


_COLUMNS = f"{'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}"


def result_lines(r: dict[str, Any]) -> Iterator[str]:
    """One corpus in one setting: predicates, overall, years, articles; scores only."""
    if "error" in r:
        yield f"== {r['corpus']} · {r['setting']}: not scored: {r['error']}"
        return
    added = {"suggest": " proposed", "oracle": " added by hand"}.get(r["setting"])
    what = f", {r['terms_added']} terms{added}" if added else ""
    yield (
        f"== {r['corpus']} · {r['setting']}: {r['articles']} articles{what}, "
        f"{len(r['failures'])} failures, {r['seconds']:.1f} s"
    )
    if r["corpus"] not in HELD_OUT:
        for f in r["failures"]:
            yield f"   failed: {f['path']}: {f['reason']}"
    yield f"{'predicate':<12}{_COLUMNS}"
    for s in (*r["per_predicate"], r["overall"]):
        yield f"{s['predicate']:<12}{_counts(s)} {_rates(s)}"
    loose = r["ignore_year"]
    ratio = "-" if r["year_ratio"] is None else f"{r['year_ratio']:.3f}"
    yield f"{'no years':<12}{_counts(loose)} {_rates(loose)}   F1 with years / without: {ratio}"
    width = max([7, *(_width(a["article"]) for a in r["per_article"])]) + 2
    # The year kg gave each article, except in a held-out corpus (run() dropped it).
    shown = r["corpus"] not in HELD_OUT
    year = " year" if shown else ""
    yield f"{_cell('article', width)}{_COLUMNS} {'F1 no yr':>8}{year}"
    for a in r["per_article"]:
        year = f" {a['year'] or '----'}" if shown else ""
        loose = f"{a['f1_ignore_year']:8.3f}"
        yield f"{_cell(a['article'], width)}{_counts(a)} {_rates(a)} {loose}{year}"


def summary_lines(results: Sequence[dict[str, Any]]) -> Iterator[str]:
    """One line per corpus and setting."""
    yield f"{'corpus':<7}{'setting':<9}{_COLUMNS} {'F1 no yr':>8} {'ratio':>6}"
    for r in results:
        if "error" in r:
            yield f"{r['corpus']:<7}{r['setting']:<9}not scored: {r['error']}"
            continue
        ratio = "-" if r["year_ratio"] is None else f"{r['year_ratio']:.3f}"
        yield (
            f"{r['corpus']:<7}{r['setting']:<9}{_counts(r['overall'])} {_rates(r['overall'])} "
            f"{r['ignore_year']['f1']:8.3f} {ratio:>6}"
        )


def markdown_lines(report: dict[str, Any]) -> Iterator[str]:
    """The README's quality table."""
    yield "| corpus | ontology | gold | predicted | P | R | F1 | F1, years not compared | ratio |"
    yield "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    names = {"shipped": "shipped", "suggest": "+ kg suggest", "oracle": "+ gold entities"}
    for r in report["results"]:
        if "error" in r:
            yield f"| {r['corpus']} | {names[r['setting']]} | not scored: {r['error']} |||||||"
            continue
        o = r["overall"]
        ratio = "-" if r["year_ratio"] is None else f"{r['year_ratio']:.3f}"
        yield (
            f"| {r['corpus']} | {names[r['setting']]} | {o['gold']} | {o['predicted']} | "
            f"{o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} | "
            f"{r['ignore_year']['f1']:.3f} | {ratio} |"
        )


def commit() -> str:
    """The checkout's commit, and whether its tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPO,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "?"
    return f"{head or '?'}{' + uncommitted changes' if dirty else ''}"


def own_corpus(text: str) -> tuple[str, tuple[Path, Path]]:
    """``--dir DIR``: a folder of articles with its gold table, named by the folder."""
    folder = Path(text).expanduser().resolve()
    gold = folder / "gold.tsv"
    if not folder.is_dir() or not gold.is_file():
        raise argparse.ArgumentTypeError(f"{text}: not a folder holding a gold.tsv")
    if folder.name in CORPORA:
        raise argparse.ArgumentTypeError(f"{text}: its name is one of the built-in corpora's")
    return folder.name, (folder, gold)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="P/R/F1 of kg's facts per predicate and per article, on the seeds, "
        "eval/tune and eval/test, with the shipped ontology, with kg suggest's proposals "
        "and with the gold's entities added."
    )
    parser.add_argument(
        "--corpus", action="append", choices=list(CORPORA), help="only this corpus (repeatable)"
    )
    parser.add_argument(
        "--dir",
        action="append",
        type=own_corpus,
        default=[],
        metavar="DIR",
        help="score this folder of articles against its gold.tsv instead (repeatable)",
    )
    parser.add_argument(
        "--setting", action="append", choices=SETTINGS, help="only this setting (repeatable)"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the report as JSON")
    output.add_argument(
        "--markdown", action="store_true", help="print only the summary as a Markdown table"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from kg.ontology import load_ontology

    paths = {**CORPORA, **dict(args.dir)}
    chosen = args.corpus or [name for name, _ in args.dir] or list(CORPORA)
    corpora = [c for c in paths if c in chosen]
    settings = [s for s in SETTINGS if s in (args.setting or SETTINGS)]
    start = time.perf_counter()
    shipped = load_ontology()
    results = []
    skipped = []
    with tempfile.TemporaryDirectory(prefix="kg-quality-") as tmp:
        for corpus in corpora:
            articles, gold = paths[corpus]
            if not articles.is_dir() or not gold.is_file():
                skipped.append(f"{corpus}: no {gold}")
                continue
            for setting in settings:
                results.append(run_or_report(corpus, setting, shipped, Path(tmp), paths))
    report = {
        "date": datetime.date.today().isoformat(),
        "commit": commit(),
        "seconds": time.perf_counter() - start,
        "year_target": YEAR_TARGET,
        "skipped": skipped,
        "results": results,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    if args.markdown:
        print(f"{report['date']}, commit {report['commit']}:\n")
        print("\n".join(markdown_lines(report)))
        return 0
    for r in results:
        print("\n".join(result_lines(r)), end="\n\n")
    for s in skipped:
        print(f"skipped: {s}")
    print(f"{report['date']}, commit {report['commit']}, {report['seconds']:.0f} s in all")
    print("\n".join(summary_lines(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
