"""Generate a deterministic corpus of realistic articles for the benchmarks.

Run it from the repository root with the project's venv::

    .venv/bin/python bench/generate.py 1000                   # -> bench/corpus/gen-1000-0/
    .venv/bin/python bench/generate.py 100000 --seed 7 -o /tmp/corpus
    .venv/bin/python bench/generate.py 50 --force             # rewrite an existing corpus
    .venv/bin/kg build bench/corpus/gen-1000-0 -o /tmp/gen-out

It writes ``N`` articles named ``article-000000.html``, ``article-000001.md`` ... into the
output directory. The same ``--seed`` and ``N`` give byte-identical files on any machine (only
``random.Random`` seeded from ``--seed`` is used, never the global generator or the clock), and
the first ``N`` articles of a larger run are the same files: each article is drawn from its own
generator, seeded in turn from the corpus generator.

The articles are made of the two seed articles (``seeds/``) and the ontology (``ontology/``):

- about half are HTML under YAML front matter (title, date, author, categories), with
  ``<h2><strong>…</strong></h2>`` sections, ``<img>`` wrappers and 36kr-style ``<a>`` link
  chrome, and half Markdown with a ``# title``, ``**0N 产品：…**`` section lines and ``![](…)``;
- each names its year, 2016 to 2026, in its first paragraph (「2019微信公开课PRO」,
  「在 2024 年的微信公开课 PRO 主论坛上」); an HTML article's front-matter date is in that year,
  and the other years the seeds mention move with it (2022年 in the 2023 seed is the year
  before the event), except the historical ones (2016 and before);
- 2 to 6 sections, each about a product of ``ontology/products.ttl``, made of sentences of a
  seed section about that product (or of another section, its product swapped in), sampled,
  shuffled and regrouped into paragraphs; people, companies and capabilities are swapped for
  others of the same kind (a capability for one of its family), and every figure (4.5 亿,
  800%, 2.64倍, 1800+) is redrawn with the same shape.

The seeds are read once with :func:`kg.loaders.load` and cut into templates (text, term slots,
figure slots, year slots), so writing an article is joining strings: no jieba is needed here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
SEEDS = ("2022-wechat-open-class-pro-36kr.html", "2023-wechat-open-class-pro.md")
MARKER = ".bench-corpus"  # a dotfile: kg's directory walk does not pick it up
MB = 1_000_000
YEARS = tuple(range(2016, 2027))
#: Years up to this one are history (the series began in 2016): they do not move with the event.
HISTORY = 2016
TENCENT = "https://kg.example/id/org/tencent"  # the maker of the products is never swapped
_ARTICLE_NAME = re.compile(r"\Aarticle-\d{6}\.(?:html|md)\Z")

# Template parts: a str is text as written; a tuple is a slot filled in per article.
_TERM, _NUMBER, _YEAR = 0, 1, 2
Part = str | tuple[int, ...] | tuple[int, str, str]

# Where a year is a year (2022年, 2011至2023) and where a figure is a figure (4.5, 800, 2.3w).
_SLOTS = re.compile(
    r"(?P<year>(?<![\d.])(?:19|20)\d\d(?=\s*[年至])|(?<=至)(?:19|20)\d\d(?!\d))"
    r"|(?P<num>(?<![A-Za-z\d.])\d+(?:\.\d+)?)"
)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_MD_BLOCK_START = re.compile(r"^(?:[-+*>#]|\d+[.)])")
_NUMERALS = "零一两三四五六七八九十"
_SENTENCE_ENDS = tuple("。！？；!?;”」）")  # not ……: kg does not end a sentence there

# ------------------------------------------------------------------------------ the pools


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence (or a quote kept whole) as a template, with the year of its seed. Its text
    is escaped once, here, for each format: ``html`` for HTML, ``md`` for Markdown."""

    html: tuple[Part, ...]
    md: tuple[Part, ...]
    year: int


def _escape_html(text: str) -> str:
    return html.escape(text, quote=False)


def _escape_md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _unit(parts: tuple[Part, ...], year: int) -> Unit:
    def escaped(escape: Callable[[str], str]) -> tuple[Part, ...]:
        return tuple(
            escape(p)
            if isinstance(p, str)
            else (_TERM, p[1], escape(str(p[2])))
            if p[0] == _TERM
            else p
            for p in parts
        )

    return Unit(escaped(_escape_html), escaped(_escape_md), year)


@dataclass(frozen=True, slots=True)
class SeedSection:
    topic: str  # IRI of the product its heading names
    heading: Unit
    units: tuple[Unit, ...]


@dataclass(frozen=True)
class Pools:
    """Everything the generator draws from, computed once from the seeds and the ontology."""

    label: dict[str, str]  # IRI -> preferred Chinese label
    shown: dict[bool, dict[str, str]]  # html? -> IRI -> the label escaped for that format
    kind: dict[str, str]  # IRI -> Product, Person, Organization, Capability
    swaps: dict[str, tuple[str, ...]]  # IRI -> terms it may be swapped for in an article
    links: dict[str, str]  # IRI -> the opening <a …> of a 36kr project link
    products: tuple[str, ...]  # the section topics, weighted: seed topics appear 3 times
    sections: tuple[SeedSection, ...]
    by_topic: dict[str, tuple[int, ...]]  # product IRI -> indexes of its seed sections
    intro: tuple[Unit, ...]  # sentences before the first heading, event phrases left out


def _tokenise(text: str, labels: re.Pattern[str], owner: dict[str, str]) -> tuple[Part, ...]:
    """Cut a sentence into text, term slots (longest label first), figures and years."""
    parts: list[Part] = []

    def gaps(chunk: str) -> None:
        pos = 0
        for hit in _SLOTS.finditer(chunk):
            if hit.start() > pos:
                parts.append(chunk[pos : hit.start()])
            token = hit.group(0)
            if hit.group("year"):
                parts.append((_YEAR, int(token)))
            else:
                whole, _, decimals = token.partition(".")
                if (int(whole) == 0 and not decimals) or chunk.startswith("100%", hit.start()):
                    parts.append(token)  # 100% is a figure of speech as often as a figure
                elif decimals:
                    parts.append((_NUMBER, len(str(int(whole))), 0, len(decimals)))
                else:
                    zeros = len(whole) - len(whole.rstrip("0"))
                    parts.append((_NUMBER, len(whole) - zeros, zeros, 0))
            pos = hit.end()
        if pos < len(chunk):
            parts.append(chunk[pos:])

    pos = 0
    for hit in labels.finditer(text):
        gaps(text[pos : hit.start()])
        parts.append((_TERM, owner[hit.group(0).casefold()], hit.group(0)))
        pos = hit.end()
    gaps(text[pos:])
    return tuple(parts)


def _units(sentences: list[str]) -> list[str]:
    """Join sentences that cannot stand alone: an open quote runs on to its close, and a
    sentence ending in a colon takes the next one with it."""
    units: list[str] = []
    current = ""
    for sentence in sentences:
        current += sentence
        open_quotes = current.count("“") - current.count("”") + current.count("「")
        open_quotes -= current.count("」")
        if open_quotes > 0 or current.endswith(("：", ":")):
            continue
        units.append(current)
        current = ""
    if current:
        units.append(current)
    return units


def build_pools(seeds_dir: Path, ontology_dir: Path) -> Pools:
    """Read the seeds and the ontology once; cut the seeds into per-section templates."""
    from kg.loaders import load
    from kg.match import detect_event, matcher
    from kg.normalize import matching_form
    from kg.ontology import MATCHED_KINDS, load_ontology

    ontology = load_ontology(ontology_dir)
    terms = [t for t in ontology.terms.values() if t.kind in MATCHED_KINDS]
    owner = dict(ontology.labels)  # casefolded label -> IRI, as kg matches it
    surfaces = sorted({s for t in terms for s in t.labels}, key=lambda s: (-len(s), s))
    labels = re.compile("|".join(map(re.escape, surfaces)), re.I)

    label = {t.iri: t.label for t in terms}
    kind = {t.iri: t.kind for t in terms}
    # Swappable: people for people; companies for companies, public bodies for public bodies;
    # capabilities for another of one of their families. Not the capabilities whose label is a
    # common word (kg:featureOf: 直播, 会议): they sit inside other words (直播间).
    swaps: dict[str, tuple[str, ...]] = {}
    for t in terms:
        if t.kind == "Person":
            pool = [u.iri for u in terms if u.kind == "Person"]
        elif t.kind == "Organization" and t.cls in ("Company", "PublicBody"):
            pool = [u.iri for u in terms if u.cls == t.cls and u.iri != TENCENT]
        elif t.kind == "Capability" and not t.feature_of and t.broader:
            pool = [
                u.iri
                for u in terms
                if u.kind == "Capability" and not u.feature_of and set(u.broader) & set(t.broader)
            ]
        else:
            continue
        pool = sorted(set(pool) - {t.iri})
        if pool and t.iri != TENCENT:  # 腾讯公司副总裁 stays
            swaps[t.iri] = tuple(pool)

    links = {}
    for t in terms:
        if t.kind in ("Product", "Organization"):
            digest = hashlib.sha256(t.iri.encode()).hexdigest()
            pid = int(digest[:8], 16) % 9_000_000 + 10_000
            links[t.iri] = (
                f'<a class="project-link" data-id="{pid}" data-name="{html.escape(t.label)}" '
                f'data-logo="https://img.36krcdn.com/20210806/v2_{digest[8:40]}_img_000" '
                f'data-refer-type="2" href="https://36kr.com/projectDetails/{pid}" '
                'target="_blank">'
            )

    products = [t.iri for t in ontology.of_kind("Product") if t.cls == "Product"]
    m = matcher(ontology)
    sections: list[SeedSection] = []
    intro: list[Unit] = []
    for name in SEEDS:
        doc = load(seeds_dir / name)
        year = detect_event(doc, ontology).year
        if year is None:
            sys.exit(f"generate: no year found in the seed {name}")
        by_section: dict[int, list[str]] = {}
        headings: dict[int, str] = {}
        for sentence in doc.sentences:
            if sentence.heading:
                headings[sentence.section] = sentence.text
                continue
            form = matching_form(sentence.text)
            if any(p.search(form) for _, *named, _ in m.event_patterns for p in named):
                continue  # the article's own event phrase: each article writes its own
            by_section.setdefault(sentence.section, []).append(sentence.text)
        for index, texts in sorted(by_section.items()):
            units = tuple(_unit(_tokenise(u, labels, owner), year) for u in _units(texts))
            if index < 0:
                intro.extend(units)
                continue
            parts = _tokenise(headings[index], labels, owner)
            heading = _unit(parts, year)
            slots = [str(p[1]) for p in parts if isinstance(p, tuple) and p[0] == _TERM]
            topic = next((iri for iri in slots if iri in products), None)
            if topic is None:
                continue  # a section about no product cannot be given another product
            sections.append(SeedSection(str(topic), heading, units))
    by_topic: dict[str, list[int]] = {}
    for i, section in enumerate(sections):
        by_topic.setdefault(section.topic, []).append(i)
    weighted = [p for p in products for _ in range(3 if p in by_topic else 1)]
    return Pools(
        label=label,
        shown={
            True: {k: _escape_html(v) for k, v in label.items()},
            False: {k: _escape_md(v) for k, v in label.items()},
        },
        kind=kind,
        swaps=swaps,
        links=links,
        products=tuple(weighted),
        sections=tuple(sections),
        by_topic={k: tuple(v) for k, v in by_topic.items()},
        intro=tuple(intro),
    )


# ---------------------------------------------------------------------------- one article

_TITLES = (
    "{year}微信公开课PRO全汇总：{p3}，你想知道的都在这儿",
    "微信公开课PRO全汇总：{p3}，你想知道的都在这儿",
    "最新最全！{year}微信公开课全场干货来了",
    "最新最全！微信公开课全场干货来了",
    "一文看懂{year}微信公开课PRO：{p2}有哪些新变化",
    "{year}微信公开课PRO：{p1}、{p2}的下一年",
    "微信之约：{p3}的新一年",
)
_EVENT_SENTENCES = (
    "在 {year} 年的微信公开课 PRO 主论坛上，微信就介绍了{plist}{n}大业务的最新进展，"
    "我们也在第一时间做了最全汇总。",
    "以下为{year}微信公开课PRO·微信之约{n}位讲师的演讲干货，希望这些思考，能给大家带来新的视角。",
    "在 {year} 年的微信公开课 PRO 上，{plist}等生态产品悉数“在场”，"
    "分享了微信过去一年在社会与商业层面的深度实践与思考。",
    "{year}微信公开课PRO如约而至，微信团队回顾了{plist}过去一年来的变化，也透露了一些接下来会有的新动向。",
    "{year} 年的微信公开课 PRO 于 1 月 {day} 日在广州举行，"
    "{plist}的负责人分别分享了各自业务的最新进展。",
)
_OPENERS = ("微信之约，如约而至。", "又是一年微信公开课。", "")
_AUTHORS = ("36kr", "APPSO", "新媒体观察", "科技早知道", "产品沉思录")
_CATEGORIES = ("新媒体", "36kr", "资讯", "科技", "互联网", "产品")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EDITOR_NOTE = (
    '<p class="editor-note">本文来自微信公众号<a target="_blank" rel="noopener noreferrer" '
    'href="https://mp.weixin.qq.com/s/{code}">“APPSO”（ID:appsolution）</a>，'
    "作者：冷思真 刘凌歌，36氪经授权发布。</p>  "
)


class Article:
    """One article drawn from its own generator; :meth:`render` writes it as HTML or Markdown."""

    def __init__(self, pools: Pools, seed: int) -> None:
        self.pools = pools
        self.rng = random.Random(seed)
        self.swapped: dict[str, str] = {}  # this article's people, companies, capabilities
        self.used: set[int] = set()  # seed sections drawn from, by index
        self.headings: set[int] = set()  # seed section headings used, by index
        self.html = self.rng.random() < 0.5
        self.year = self.rng.choice(YEARS)

    # -- slots

    def _number(self, lead: int, zeros: int, decimals: int) -> str:
        rng = self.rng
        value = rng.randint(1, 9) if lead == 1 else rng.randrange(10 ** (lead - 1), 10**lead)
        text = str(value) + "0" * zeros
        if decimals:
            fraction = rng.randrange(10 ** (decimals - 1)) * 10 + rng.randint(1, 9)
            text += "." + str(fraction).zfill(decimals)
        return text

    def _term(self, iri: str, surface: str, products: dict[str, str]) -> str:
        pools = self.pools
        target = products.get(iri)
        if target is None:
            choices = pools.swaps.get(iri)
            if choices is None:
                return self._link(iri, surface)
            target = self.swapped.get(iri)
            if target is None:
                # Swaps go both ways (张颖 <-> 周颢), so two names never become one.
                rng, swapped = self.rng, self.swapped
                free = [c for c in choices if c not in swapped]
                target = rng.choice(free) if free and rng.random() < 0.4 else iri
                swapped[iri], swapped[target] = target, iri
        if target == iri:
            return self._link(iri, surface)
        return self._link(target, pools.shown[self.html][target])

    def _link(self, iri: str, text: str) -> str:
        """``text`` (escaped) for the term ``iri``; in HTML now and then inside a link."""
        if self.html:
            link = self.pools.links.get(iri)
            if link is not None and self.rng.random() < 0.12:
                return f"{link}{text}</a>"
        return text

    def fill(self, unit: Unit, products: dict[str, str]) -> str:
        """A unit's text for this article: terms swapped, figures redrawn, years moved."""
        out: list[str] = []
        for part in unit.html if self.html else unit.md:
            if isinstance(part, str):
                out.append(part)
            elif part[0] == _TERM:
                out.append(self._term(str(part[1]), str(part[2]), products))
            elif part[0] == _NUMBER:
                out.append(self._number(int(part[1]), int(part[2]), int(part[3])))
            else:
                year = int(part[1])
                out.append(str(year if year <= HISTORY else year + self.year - unit.year))
        return "".join(out)

    # -- structure

    def _topics(self) -> list[str]:
        rng, pools = self.rng, self.pools
        want = rng.randint(2, 6)
        topics: list[str] = []
        while len(topics) < want:
            product = rng.choice(pools.products)
            if product not in topics:
                topics.append(product)
        return topics

    def _section(self, topic: str) -> tuple[str, list[list[str]]]:
        """A heading and paragraphs about ``topic`` from one or two seed sections that no
        other section of this article has drawn from (so no sentence is written twice)."""
        rng, pools = self.rng, self.pools
        own = [i for i in pools.by_topic.get(topic, ()) if i not in self.used]
        free = [i for i in range(len(pools.sections)) if i not in self.used]
        pick = own if own and rng.random() < 0.8 else free or list(range(len(pools.sections)))
        chosen = [rng.choice(pick)]
        self.used.add(chosen[0])
        if rng.random() < 0.4:
            more = [i for i in own if i not in self.used] or [i for i in free if i not in self.used]
            if more:
                chosen.append(rng.choice(more))
                self.used.add(chosen[1])
        sources = [pools.sections[i] for i in chosen]
        headings = [i for i in range(len(pools.sections)) if i not in self.headings]
        h = chosen[0] if chosen[0] not in self.headings and rng.random() < 0.6 else None
        h = h if h is not None else rng.choice(headings or range(len(pools.sections)))
        self.headings.add(h)
        heading_from = pools.sections[h]

        def swap(source: SeedSection) -> dict[str, str]:
            # The section's product becomes the topic and the topic, if named, the product.
            if source.topic == topic:
                return {}
            return {source.topic: topic, topic: source.topic}

        heading = self.fill(heading_from.heading, swap(heading_from))
        candidates = [(u, i) for i, s in enumerate(sources) for u in s.units]
        count = rng.randint(min(3, len(candidates)), min(12, len(candidates)))
        picked = rng.sample(candidates, count)  # sampled in a random order: shuffled
        swaps = [swap(s) for s in sources]
        sentences = [self.fill(u, swaps[i]) for u, i in picked]
        return heading, _paragraphs(rng, sentences)

    def _intro(self, topics: list[str]) -> list[list[str]]:
        rng, pools = self.rng, self.pools
        names = [pools.label[t] for t in topics]
        event = rng.choice(_EVENT_SENTENCES).format(
            year=self.year,
            plist="、".join(names),
            n=_NUMERALS[len(names)],
            day=rng.randint(5, 20),
        )
        if self.html:
            event = html.escape(event, quote=False)
        opener = rng.choice(_OPENERS)
        first = ([opener] if opener else []) + [event]
        picked = rng.sample(pools.intro, rng.randint(0, 4))
        more = [self.fill(u, {}) for u in picked]
        cut = rng.randint(0, len(more))
        while cut and not more[cut - 1].endswith(_SENTENCE_ENDS):
            cut -= 1
        return [first + more[:cut], *_paragraphs(rng, more[cut:])]

    def _title(self, topics: list[str]) -> str:
        names = [self.pools.label[t] for t in topics]
        padded = names + [n for n in ("视频号", "微信支付", "小程序") if n not in names]
        return self.rng.choice(_TITLES).format(
            year=self.year, p1=padded[0], p2=padded[1], p3="、".join(padded[:3])
        )

    def _image(self, day: int) -> str:
        rng = self.rng
        code = f"{rng.getrandbits(128):032x}"
        if self.html:
            return (
                f'<p class="image-wrapper"><img data-img-size-val="1080,{rng.randint(240, 720)}" '
                f'src="https://img.36krcdn.com/{self.year}01{day:02d}/v2_{code}_img_000" '
                'referrerpolicy="no-referrer"></p> '
            )
        return f"![](https://inews.gtimg.com/news_bt/O{code}/1000)"

    def render(self) -> str:
        rng = self.rng
        topics = self._topics()
        title = self._title(topics)
        day = rng.randint(5, 20)
        intro = self._intro(topics)
        sections = [self._section(t) for t in topics]
        if self.html:
            return self._html(title, day, intro, sections)
        return self._markdown(title, day, intro, sections)

    def _html(
        self, title: str, day: int, intro: list[list[str]], sections: list[tuple[str, list]]
    ) -> str:
        rng = self.rng
        date = dt.datetime(self.year, 1, day, rng.randint(0, 23), rng.randint(0, 59))
        if rng.random() < 0.7:
            when = (
                f"{_DAYS[date.weekday()]}, {date.day:02d} {_MONTHS[date.month - 1]} "
                f"{date.year} {date.hour:02d}:{date.minute:02d}:00 GMT"
            )
        else:
            when = date.date().isoformat()
        head = f"https://img.36krcdn.com/{self.year}01{day:02d}/v2_{rng.getrandbits(128):032x}"
        categories = rng.sample(_CATEGORIES, rng.randint(1, 3))
        lines = [
            "---",
            "title: '" + title.replace("'", "''") + "'",
            "categories: ",
            *(f" - {c}" for c in categories),
            f"headimg: '{head}_img_000'",
            f"author: {rng.choice(_AUTHORS)}",
            "comments: false",
            f"date: {when}",
            f"thumbnail: '{head}_img_000'",
            "---",
            "",
            "<div>   ",
        ]
        lines += [f"<p>{''.join(p)} </p> " for p in intro]
        for heading, paragraphs in sections:
            lines.append(f'<h2 label="一级标题" style><strong>{heading} </strong></h2> ')
            for paragraph in paragraphs:
                if rng.random() < 0.25:
                    lines.append(self._image(day))
                lines.append(f"<p>{''.join(paragraph)} </p> ")
        if rng.random() < 0.5:
            lines.append(_EDITOR_NOTE.format(code=f"{rng.getrandbits(96):024x}"))
        lines += ["</div>", ""]
        return "\n".join(lines)

    def _markdown(
        self, title: str, day: int, intro: list[list[str]], sections: list[tuple[str, list]]
    ) -> str:
        rng = self.rng
        lines = [f"# {title}", "", self._image(day)]
        for paragraph in intro:
            lines += [_md_paragraph(paragraph), ""]
        for number, (heading, paragraphs) in enumerate(sections, 1):
            lines += [f"**{number:02d} {heading}**", ""]
            for paragraph in paragraphs:
                if rng.random() < 0.2:
                    # Like the seed: an image line right above its paragraph, or on its own.
                    lines.append(self._image(day))
                    if rng.random() < 0.5:
                        lines.append("")
                lines += [_md_paragraph(paragraph), ""]
        return "\n".join(lines)


def _paragraphs(rng: random.Random, sentences: list[str]) -> list[list[str]]:
    """Group sentences into paragraphs of one to four. A sentence that does not end like one
    (a quote's ——credit, a figure at the end of a seed paragraph) ends its paragraph."""
    paragraphs: list[list[str]] = []
    while sentences:
        size = min(rng.choice((1, 1, 2, 2, 2, 3, 3, 4)), len(sentences))
        size = next((k + 1 for k in range(size) if not sentences[k].endswith(_SENTENCE_ENDS)), size)
        paragraphs.append(sentences[:size])
        del sentences[:size]
    return paragraphs


def _md_paragraph(sentences: list[str]) -> str:
    text = "".join(sentences)
    return "\\" + text if _MD_BLOCK_START.match(text) else text


# ------------------------------------------------------------------------------------ main


def prepare(out: Path, force: bool) -> None:
    """Make ``out`` ready: empty or new; with ``force``, remove the articles of an earlier run.
    Files this script did not write are never removed: the script stops instead."""
    if not out.exists():
        out.mkdir(parents=True)
        return
    if not out.is_dir():
        sys.exit(f"generate: {out} exists and is not a directory")
    entries = sorted(out.iterdir())
    if not entries:
        return
    if not force:
        sys.exit(f"generate: {out} is not empty; pass --force to replace the corpus in it")
    foreign = [p.name for p in entries if p.name != MARKER and not _ARTICLE_NAME.match(p.name)]
    if foreign:
        sys.exit(
            f"generate: {out} holds files this script did not write ({foreign[0]} …); "
            "remove them or choose another --out"
        )
    for path in entries:
        path.unlink()


def generate(pools: Pools, n: int, seed: int, out: Path) -> tuple[int, Counter[int], int]:
    """Write ``n`` articles into ``out``; return the bytes written, the years, the HTML count."""
    corpus = random.Random(seed)
    years: Counter[int] = Counter()
    total = html_count = 0
    for i in range(n):
        article = Article(pools, corpus.getrandbits(64))
        data = article.render().encode("utf-8")
        suffix = "html" if article.html else "md"
        (out / f"article-{i:06d}.{suffix}").write_bytes(data)
        total += len(data)
        years[article.year] += 1
        html_count += article.html
    (out / MARKER).write_text(
        f"written by bench/generate.py {n} --seed {seed}; safe to delete\n", encoding="utf-8"
    )
    return total, years, html_count


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write N realistic articles made from the seeds and the ontology, "
        "deterministic by --seed.",
    )
    parser.add_argument("n", type=int, metavar="N", help="how many articles to write")
    parser.add_argument(
        "-o", "--out", type=Path, help="directory to write (default: bench/corpus/gen-<N>-<seed>)"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument(
        "--force", action="store_true", help="replace the articles of an earlier run in --out"
    )
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds", help=argparse.SUPPRESS)
    parser.add_argument("--ontology", type=Path, default=REPO / "ontology", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    out = args.out or BENCH_DIR / "corpus" / f"gen-{args.n}-{args.seed}"
    start = time.perf_counter()
    pools = build_pools(args.seeds, args.ontology)
    prepare(out, args.force)
    total, years, html_count = generate(pools, args.n, args.seed, out)
    spread = " ".join(f"{y}:{years[y]}" for y in sorted(years))
    print(
        f"wrote {args.n} files ({html_count} html, {args.n - html_count} md), "
        f"{total / MB:.2f} MB to {out} in {time.perf_counter() - start:.1f} s "
        f"(seed {args.seed}); years {spread}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
