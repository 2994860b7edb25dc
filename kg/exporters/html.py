"""The graph as one self-contained HTML page: ``kg export -f html`` writes ``kg.html``.

The page opens from disk with no network (its Content-Security-Policy forbids any): the
graph model (graphology) and the WebGL renderer (sigma.js), shipped in ``kg/static/`` with
their licences (``kg/static/README.md``), are inlined into it with the page's own code and
the build's data. It draws the GEXF's picture, the same ForceAtlas2 layout, sizes and
colours (:mod:`kg.exporters.gexf`), and adds what Gephi has no place for:

- a year selector: what the year did not report is dimmed, what it added (status ``new``)
  ringed;
- a search box over the labels, Chinese and English;
- a node's facts, listed when it is clicked or found: each with its year, the sentence it
  was read from and the articles that state it (the rows of the facts table).

The data travels as JSON in a ``<script type="application/json">`` block. Every label and
sentence is the articles' text, so none is trusted: the JSON escapes ``<``, ``>`` and ``&``
(no ``</script>`` or ``<!--`` can close the block) and U+2028/U+2029, and the page shows
text through ``textContent`` only. The output is deterministic, as every format's is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg import vocabulary
from kg.errors import BuildError
from kg.exporters import gexf

if TYPE_CHECKING:
    from kg.exporters.facts import Row
    from kg.pipeline import Build

__all__ = [
    "LIBRARIES",
    "MAX_ARTICLES",
    "html_lines",
    "page",
    "page_data",
    "script_json",
    "static_text",
]

#: The libraries inlined into the page: (file in kg/static, version), as kg/static/README.md
#: records them.
LIBRARIES = {"graphology": ("graphology.umd.min.js", "0.26.0"), "sigma": ("sigma.min.js", "3.0.2")}
#: Articles named per fact; a fact stated in more is listed with the count of the others, so
#: that a fact every article repeats does not swell the page.
MAX_ARTICLES = 20
_SLOT = re.compile(r"\{\{([A-Z_]+)\}\}")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=\S*$", re.MULTILINE)
# What must not appear inside a <script> element's text (the HTML spec's script data states).
_CLOSES_SCRIPT = re.compile(r"</script|<!--", re.IGNORECASE)
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_RISKY = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def static_text(name: str) -> str:
    """The text of ``kg/static/NAME``, from an install or a checkout."""
    return resources.files("kg").joinpath("static", name).read_text(encoding="utf-8")


def html_lines(build: Build) -> Iterator[str]:
    """The build's graph as one HTML page, in chunks."""
    data = page_data(build.graph, build.rows, build.articles)
    yield from page(data)


def page(data: dict[str, Any]) -> Iterator[str]:
    """The page around ``data`` (:func:`page_data`), in chunks.

    Raises
    ------
    BuildError
        If a shipped script holds ``</script`` or ``<!--``, which would end its element
        early: a library upgrade that did so must be escaped before it ships.
    """
    slots = {
        # In a comment: nothing of it may end the comment early.
        "LICENSES": re.sub("--!?>", "- ->", static_text("LICENSES.txt")),
        "GRAPHOLOGY_VERSION": LIBRARIES["graphology"][1],
        "SIGMA_VERSION": LIBRARIES["sigma"][1],
        "DATA": script_json(data),
        "GRAPHOLOGY": _script(LIBRARIES["graphology"][0]),
        "SIGMA": _script(LIBRARIES["sigma"][0]),
        "APP": _script("graph.js"),
    }
    template = static_text("graph.html")
    start = 0
    # One pass over the template: what a slot is filled with is never read for slots.
    for slot in _SLOT.finditer(template):
        yield template[start : slot.start()]
        yield slots[slot.group(1)]
        start = slot.end()
    yield template[start:]


def _script(name: str) -> str:
    text = _SOURCE_MAP.sub("", static_text(name)).rstrip() + "\n"
    if _CLOSES_SCRIPT.search(text):
        raise BuildError(
            f"kg/static/{name} holds '</script' or '<!--', which would end the page's "
            "<script> element early; escape it (kg/static/README.md) before shipping it"
        )
    return text


def script_json(value: object) -> str:
    """``value`` as JSON that can stand inside a ``<script>`` element whatever its strings hold.

    >>> script_json({"label": "</script><b>"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _JSON_RISKY.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    char = match.group()
    return _JSON_ESCAPES.get(char) or f"\\u{ord(char):04x}"  # a lone surrogate


def page_data(
    graph: nx.MultiDiGraph[str], rows: Iterable[Row], articles: Iterable[Any]
) -> dict[str, Any]:
    """What the page draws and lists: nodes (label, kind, colour, position, size, years, status
    per year, and the facts that name it), edges, facts and articles.

    ``rows`` are the facts table's sorted rows (:attr:`kg.pipeline.Build.rows`): a fact of
    the page is a line of the table, with its first sentence and the articles stating it
    (the first :data:`MAX_ARTICLES`, and how many more).
    """
    years = gexf.all_years(graph)
    sizes = {node: gexf.node_size(graph, node) for node in graph}
    positions = gexf.separate(gexf.layout(graph, sizes), sizes)
    facts, named = _facts(rows, set(graph))
    nodes = []
    for node in sorted(graph.nodes):
        attributes = graph.nodes[node]
        kind = str(attributes.get("kind", "Unknown"))
        reported = sorted(attributes.get("years", ()))
        x, y = positions[node]
        nodes.append(
            {
                "id": node,
                "label": str(attributes.get("label", "")) or node,
                "en": str(attributes.get("label_en", "")),
                "kind": kind,
                "color": _hex(gexf.KIND_COLOURS.get(kind, gexf.KIND_COLOURS["Unknown"])),
                "x": round(x, 3),
                "y": round(y, 3),
                "size": sizes[node],
                "years": reported,
                "status": {
                    key.removeprefix("status_"): value
                    for key, value in gexf.statuses(reported, years)
                },
                "facts": named.get(node, []),
            }
        )
    edges = [
        {
            "s": source,
            "t": target,
            "p": predicate,
            "color": _hex(gexf.PREDICATE_COLOURS.get(predicate, gexf.OTHER_PREDICATE_COLOUR)),
            "years": sorted(data.get("years", ())),
        }
        for source, target, predicate, data in sorted(
            (u, v, str(d.get("predicate", k)), d)
            for u, v, k, d in graph.edges(keys=True, data=True)
        )
    ]
    return {
        "years": years,
        "kinds": [
            [kind, _hex(rgb)]
            for kind, rgb in gexf.KIND_COLOURS.items()
            if any(node["kind"] == kind for node in nodes)
        ],
        "nodes": nodes,
        "edges": edges,
        "facts": facts,
        "articles": {
            a.id: {"title": a.title, "date": a.date or "", "path": a.path} for a in articles
        },
    }


def _facts(
    rows: Iterable[Row], nodes: set[str]
) -> tuple[list[dict[str, Any]], dict[str, list[int]]]:
    """The facts table's lines as the page's facts, and the facts of each node (indices)."""
    facts: list[dict[str, Any]] = []
    named: dict[str, list[int]] = {}
    current: tuple[object, ...] | None = None
    for fields, (subject, obj, document, _), (sentence, _) in rows:
        year, subject_label, predicate, object_label, value, unit = fields
        key = (*fields, subject, obj)
        if key != current:
            current = key
            facts.append(
                {
                    "y": int(year) if year else None,
                    "s": subject_label,
                    "p": predicate,
                    "o": object_label,
                    "v": value,
                    "u": unit,
                    "e": sentence,
                    "d": [],
                    "more": 0,
                }
            )
            spec = vocabulary.PREDICATES.get(predicate)
            text = spec is not None and spec.text
            for node in dict.fromkeys((subject,) if text else (subject, obj)):
                if node in nodes:
                    named.setdefault(node, []).append(len(facts) - 1)
        fact = facts[-1]
        if document and document not in fact["d"]:
            if len(fact["d"]) < MAX_ARTICLES:
                fact["d"].append(document)
            else:
                fact["more"] += 1
    return facts, named


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)
