"""How often does kg give an article the year a careful reader gives it?

Run it from the repository root with the project's venv::

    .venv/bin/python bench/years.py            # eval/years: each article, then the share right
    .venv/bin/python bench/years.py --wrong    # only the articles kg dates otherwise
    .venv/bin/python bench/years.py DIR        # another folder with its own years.tsv

``eval/years/`` holds real articles of every kind of Chinese tech news (HTML pages and
fragments, Markdown with and without front matter, plain text), and ``years.tsv`` the year
each gets by docs/facts-format.md's Year rule, read from what the file itself shows (empty when
nothing there dates it), with how it is read and the words that give it. ``eval/SOURCES.md``
says where each came from. The facts tables of ``eval/tune`` and ``eval/test`` carry years too,
but every fact of an article missing its year is lost there, so this corpus measures the step
alone, on articles no rule was written for first: issue 13's "years right" is measured on the
held-out set through the facts, and an article dated wrong costs all of its facts.

Each article is read as ``kg build`` reads it (:func:`kg.loaders.load`) and dated by
:func:`kg.match.detect_event` with the shipped ontology; no facts are extracted. An article
kg cannot read counts as wrong, with its error.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO / "eval" / "years"


def read_gold(folder: Path) -> list[dict[str, str]]:
    """The rows of ``folder/years.tsv`` (file, year, how, evidence, outside_date)."""
    with open(folder / "years.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def dated(folder: Path, rows: list[dict[str, str]]) -> list[tuple[dict[str, str], str, str]]:
    """Each gold row with the year kg gives its article ("" for none) and where kg read it."""
    from kg.errors import KGError
    from kg.loaders import load
    from kg.match import detect_event
    from kg.ontology import load_ontology

    ontology = load_ontology()
    out = []
    for row in rows:
        try:
            dating = detect_event(load(folder / row["file"]), ontology)
        except KGError as exc:
            out.append((row, "error", str(exc)))
            continue
        year = str(dating.year) if dating.year is not None else ""
        where = f"{dating.source}: {dating.evidence}" if dating.source else "nothing dates it"
        out.append((row, year, where))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, default=DEFAULT, help="articles and years.tsv"
    )
    parser.add_argument("--wrong", action="store_true", help="list only the articles dated wrong")
    args = parser.parse_args(argv)
    results = dated(args.folder, read_gold(args.folder))
    right = 0
    for row, year, where in results:
        ok = year == row["year"]
        right += ok
        if args.wrong and ok:
            continue
        mark = "ok " if ok else "BAD"
        gold = row["year"] or "-"
        how = f"({row['how']})"
        name = row["file"][:52]
        print(f"{mark} {name:52} gold {gold:4} {how:15} kg {year or '-':4}  {where[:60]}")
    total = len(results)
    share = right / total if total else 0.0
    print(f"\n{args.folder}: {right} of {total} articles dated as their gold says ({share:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
