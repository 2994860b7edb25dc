"""Step 3: Segmented + Ontology -> :class:`~kg.records.Mentions`.

Terms are matched on word boundaries: at each word the longest run of words whose text is a
label wins (企业微信 over 微信, 微信支付分 over 微信支付), so a label is never found inside a
longer word. Aliases resolve to their term. A mention remembers the terms whose labels sit
inside its surface (视频号 inside 连接视频号), which the relation patterns use.

This step also dates the document (:func:`detect_event`): its year comes from its front
matter's ``year:`` or ``event:``, the event it reports, its title, its dateline, its date or
the results release it reports, and only as a last resort from a year that starts its file
or folder name; the shapes are Chinese language data, in :mod:`kg.lang.years`.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePath

from kg.lang.years import (
    ANNOUNCED,
    COMPACT_DATE,
    DATE_FOLDER,
    DATELINES,
    FUTURE_WORDS,
    GENERIC_EVENT_LABEL_FIRST,
    GENERIC_EVENT_YEAR_FIRST,
    LEAD_CHARS,
    LINKED_DAY,
    NAME_BEFORE,
    NAME_YEAR,
    RESULTS_PERIOD_END,
    RESULTS_RELEASED,
    RESULTS_WORDS,
    SENTENCE_ENDS,
    SERIES_CUES_AFTER,
    SERIES_CUES_BEFORE,
    SOURCE_ADDRESS,
    TEXT_DATE,
    TEXT_PERIOD,
    TEXT_YEAR_RESULTS,
    TITLE_YEAR,
    TITLE_YEAR_OF,
    TOPIC_YEAR,
    UNIX_EPOCH,
    WEAK_DATELINE,
    results_year,
    series_patterns,
)
from kg.normalize import is_traditional, matching_form
from kg.ontology import BASE, Ontology
from kg.records import Document, Mention, Mentions, Segmented
from kg.segment import cutter

__all__ = ["Matcher", "matcher", "match", "detect_event", "Dating", "YEAR_SOURCES"]

#: The longest run of words a label may span after segmentation.
_MAX_WORDS = 8
_LATIN_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # casefolded
_CJK = re.compile("[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Matcher:
    """Lookup tables derived once from an ontology: labels, their prefixes, nested terms."""

    labels: dict[str, str]  # casefolded label -> IRI
    prefixes: frozenset[str]  # every proper prefix of every casefolded label
    nested: dict[str, tuple[str, ...]]  # casefolded label -> IRIs of terms labelled inside it
    #: (series IRI, its year-first, label-first and bare-label patterns), per event series
    event_patterns: tuple[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...]
    #: an event's label, spaceless and casefolded -> (its IRI, year, series)
    event_labels: dict[str, tuple[str, int | None, str | None]]

    def find(
        self,
        words: tuple[str, ...],
        offset: int,
        sentence: int,
        original: str = "",
        split: Callable[[str], Sequence[str]] | None = None,
    ) -> tuple[Mention, ...]:
        """Longest-match the labels over a sentence's words; offsets start at ``offset``.

        ``original`` is the sentence as written: surfaces are cut from it, so a traditional
        「視頻號」 is found as 视频号 and kept as written. A label whose Latin head is written
        apart from its Chinese rest (QQ 空间) is found across the space; ``split`` cuts the
        word after the space into words where the segmenter left it whole (no label was in
        it: 空间月活跃账户数达到), so that the rest of the label is still found on a word
        boundary.
        """
        found: list[Mention] = []
        i, n, pos = 0, len(words), offset
        labels, prefixes = self.labels, self.prefixes
        while i < n:
            first = words[i]
            folded = first.casefold()
            if folded not in prefixes and folded not in labels:
                # No label starts with this word (most words): nothing is found here. (A
                # space only joins a label's head to its rest, never starts one.)
                pos += len(first)
                i += 1
                continue
            best_j, best_key, text = 0, "", ""
            j = i
            while j < n and j - i < _MAX_WORDS:
                word = words[j].casefold()
                if word.isspace() and _spaced(text, word, words, j, prefixes):
                    # QQ 空间 is QQ空间: a space PDF text puts between scripts. The word after
                    # it, if it only begins the label's rest (空间月活跃…), is cut first.
                    j += 1
                    joined = text + words[j].casefold()
                    begun = joined[: len(text) + 1]
                    if (
                        split is not None
                        and joined not in prefixes
                        and joined not in labels
                        and (begun in prefixes or begun in labels)
                    ):
                        words = (*words[:j], *split(words[j]), *words[j + 1 :])
                        n = len(words)
                    continue
                text += word
                j += 1
                if text in labels:
                    best_j, best_key = j, text
                if text not in prefixes:
                    break
            at = pos - offset
            length = sum(len(w) for w in words[i:best_j])
            if (
                best_j
                and (best_key[0] in _DIGITS or best_key[-1] in _DIGITS)
                and _in_number("".join(words), at, at + length)
            ):
                best_j = 0  # 91 of 356.91 亿元, gpt-4 of GPT-4.5: part of a number
            if (
                best_j
                and (best_key[0] in _LATIN_LETTERS or best_key[-1] in _LATIN_LETTERS)
                and _in_word(words, i, best_j)
            ):
                best_j = 0  # UC of UCLA: part of a longer Latin word
            if best_j:
                surface = original[at : at + length] if original else "".join(words[i:best_j])
                found.append(
                    Mention(
                        term=labels[best_key],
                        surface=surface,
                        start=pos,
                        end=pos + len(surface),
                        sentence=sentence,
                        nested=self.nested.get(best_key, ()),
                    )
                )
                pos += len(surface)
                i = best_j
            else:
                pos += len(words[i])
                i += 1
        return tuple(found)


_DIGITS = frozenset("0123456789")
#: What joins the digits of one number: a decimal point, a thousands separator.
_NUMBER_JOINS = frozenset(".,")


def _in_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a label that begins or ends with a digit (91, 360, 12306,
    gpt-4, qwen3), is part of a longer number written there: a digit or a decimal point and a
    digit before it (356.91 亿元, 1,360), or after it a digit, a decimal point and a digit, or
    a per cent sign (GPT-4.5, 增长91%). The segmenter leaves 356.91 as three words, 356, . and
    91, each of which a label may be."""
    if text[start] in _DIGITS and start:
        before = text[start - 1]
        if before in _DIGITS or (
            before in _NUMBER_JOINS and start > 1 and text[start - 2] in _DIGITS
        ):
            return True
    if text[end - 1] in _DIGITS and end < len(text):
        after = text[end]
        if after in _DIGITS or after == "%":
            return True
        if after in _NUMBER_JOINS and end + 1 < len(text) and text[end + 1] in _DIGITS:
            return True
    return False


_LATIN_LETTERS = frozenset(string.ascii_letters)


def _in_word(words: tuple[str, ...], i: int, j: int) -> bool:
    """Whether ``words[i:j]``, a label found there, is part of a longer Latin word: it begins
    with a Latin letter and the word before ends with one, or it ends with one and the word
    after begins with one (UC of UCLA, where the segmenter cuts the user word UC out of the
    word)."""
    letters = _LATIN_LETTERS
    before = words[i - 1][-1:] if i else ""
    after = words[j][:1] if j < len(words) else ""
    return (before in letters and words[i][:1] in letters) or (
        after in letters and words[j - 1][-1:] in letters
    )


def _spaced(
    text: str, space: str, words: tuple[str, ...], j: int, prefixes: frozenset[str]
) -> bool:
    """Whether the space ``words[j]`` only parts the Latin head of a label (``text``, a
    label's prefix, casefolded) from its Chinese rest, as PDF and machine-translated text
    writes QQ 空间, SaaS 系统, B 站. No label goes on with the space itself, and the next
    word must then go on with the label (QQ 和微信 stays two names)."""
    return (
        text[-1:] in _LATIN_ALNUM
        and j + 1 < len(words)
        and _CJK.match(words[j + 1]) is not None
        and text + space not in prefixes
    )


_MATCHERS: dict[str, Matcher] = {}


def _build(ontology: Ontology) -> Matcher:
    labels = {matching_form(key).casefold(): iri for key, iri in ontology.labels.items()}
    prefixes = frozenset(key[:k] for key in labels for k in range(1, len(key)))
    nested: dict[str, tuple[str, ...]] = {}
    # The labels inside a label, looked up by its substrings of the lengths labels have: not
    # every label tested against every other (minutes for an ontology of 20,000 terms).
    lengths = sorted({len(k) for k in labels})
    for key, iri in labels.items():
        inside = {key[i : i + n] for n in lengths if n < len(key) for i in range(len(key) - n + 1)}
        inner = [(k, labels[k]) for k in inside if k in labels and labels[k] != iri]
        # Keep only the maximal inner labels: 企业微信 inside 企业微信客服, not also 微信.
        maximal = {v for k, v in inner if not any(k != k2 and k in k2 for k2, _ in inner)}
        if maximal:
            nested[key] = tuple(sorted(maximal))
    patterns = tuple(
        (series.iri, *series_patterns(tuple(matching_form(x) for x in series.labels)))
        for series in ontology.of_kind("EventSeries")
    )
    events = {
        _spaceless(label): (event.iri, event.year, event.series)
        for event in ontology.of_kind("Event")
        for label in event.labels
    }
    return Matcher(labels, prefixes, nested, patterns, events)


def matcher(ontology: Ontology) -> Matcher:
    """The :class:`Matcher` of an ontology, built once per process and ontology."""
    built = _MATCHERS.get(ontology.fingerprint)
    if built is None:
        built = _MATCHERS[ontology.fingerprint] = _build(ontology)
    return built


#: Where an article's year may come from, strongest first (README "The event and its year").
YEAR_SOURCES = (
    "front-matter year",
    "front-matter event",
    "event",
    "title",
    "dateline",
    "date",
    "source address",
    "results release",
    "mentioned event",
    "file name",
    "folder",
    "text dates",
)


@dataclass(frozen=True)
class Dating:
    """An article's year, the event it reports, where the year was read, and what is doubtful."""

    year: int | None
    event: str | None  # the event's IRI, when kg knows its series
    source: str | None  # one of YEAR_SOURCES; None when nothing dates the article
    evidence: str | None  # what the year was read from, as written: a phrase, a date, a name
    warnings: tuple[str, ...] = field(default=(), compare=False)


def _to_come(year: int, date: dt.date | None) -> bool:
    """Whether a title's year is after the article came out: what it names is to come (「2025
    假期出炉」 on 2024-11-14, a plan or a forecast), not a year it reports from. A piece of late
    December may open the next year already (「2022协同办公两大阵营PK」 on 2021-12-31), as an
    event held then does for the next year's series."""
    if date is None or year <= date.year:
        return False
    return not (year == date.year + 1 and date.month == 12)


@dataclass(frozen=True)
class _Named:
    """An event named in a text: its offsets, its year, and its series if kg knows it."""

    start: int
    end: int
    year: int
    series: str | None


def detect_event(document: Document, ontology: Ontology) -> Dating:
    """Date an article. The first of these that it has gives the year:

    1. its front matter's ``year:``, then its ``event:``;
    2. the event it reports, named with its year in the title or lead (「2023微信公开课PRO」,
       「微信公开课 PRO 2025」, 「2025腾讯全球数字生态大会」; the latest year so named);
    3. a year that opens its title (「2024，腾讯的进步」), or a year review's title's
       (「微信公众号的2022：…」), unless it is after the front-matter date's (:func:`_to_come`);
    4. its dateline (「2019年1月10日消息」; 「1月9日」 with the front-matter date's year);
    5. its front-matter date;
    5a. the dated address a repost names as its source (「原文：https://techcrunch.com/2017/01/09/…」);
    6. the results release its lead reports (「公布2016年第二季度及中期业绩」, 「截至2024年6月30日」
       beside 财报): its period's year, the next for a year's results (with a warning);
    7. an event the text names further in (the latest year so named), unless the months or
       results of step 9 give a later year;
    8. a year that starts its file name, else its folder's name (with a warning);
    9. the latest month its text names with its year (「2017 年 6 月」), or the year after a
       year's results it names (「2024 财年」), raised by a later year that opens a sentence
       (「2025，确实是 AI 应用元年」); with a warning.

    The event is the one reported, else that of the series the front matter, title or lead
    names without a year. Nothing else dates an article: with none of these, the year is None.
    """
    m = matcher(ontology)
    path = document.path
    # Only the title and lead are read in full; the rest of the text only if nothing else
    # dates the article (a fifth of the time segmenting takes, on the seeds, if read always).
    head = document.text[:LEAD_CHARS]
    traditional = is_traditional(document.title + head)
    title = matching_form(document.title, traditional)
    lead = matching_form(head, traditional)
    titled = title if _has_title(document) else ""  # a text's opening words are no title
    warnings: list[str] = []

    def dated(year: int, source: str, evidence: str, event: str | None) -> Dating:
        return Dating(year, event, source, evidence, tuple(warnings))

    front = document.meta_event
    named = _front_event(m, ontology, front) if front else None
    if front and named is None:
        warnings.append(
            f"{path}: front matter event {front!r} names no year and no event kg knows "
            "(ontology/events.ttl); it is ignored: write the event with its year "
            "(event: 2023微信公开课PRO) or add year:"
        )
    # A front-matter series without its year names the event of the year found elsewhere.
    front_series = named[1] if named is not None and named[0] is None else None

    def event_of(year: int, what: str) -> str | None:
        """The event of the series named without a year; else a warning naming ``what``."""
        series = front_series or _series_named(m, titled, lead)
        if series is not None:
            return _event_iri(ontology, series, year)
        if what:
            warnings.append(f"{path}: no event named; the year {year} comes from the {what}")
        return None

    reported = _reported(m, title, lead)
    if document.meta_year is not None:
        year = document.meta_year
        event = None
        if named is not None and named[0] is not None and named[0] != year:
            warnings.append(
                f"{path}: front matter year {year} and event {front!r} disagree; the year is "
                f"{year} and the event is dropped: correct one of them"
            )
        elif named is not None and named[0] == year:
            event = named[2]
        elif reported is not None and reported[0].year == year:
            event = _named_event(ontology, reported[0])
        else:
            event = event_of(year, "")
        return dated(year, "front-matter year", str(year), event)
    if named is not None and named[0] is not None:
        if named[2] is None:
            warnings.append(_unknown_series(path, named[0], front or ""))
        return dated(named[0], "front-matter event", front or "", named[2])

    if reported is not None:
        found, in_title = reported
        phrase = (document.title if in_title else document.text)[found.start : found.end]
        event = _named_event(ontology, found)
        if event is None:
            warnings.append(_unknown_series(path, found.year, phrase))
        return dated(found.year, "event", phrase, event)

    date = dt.date.fromisoformat(document.date) if document.date else None
    hit = TITLE_YEAR.match(titled) or TITLE_YEAR_OF.search(titled)
    if hit and not _to_come(int(hit.group(1)), date):
        year = int(hit.group(1))
        event = event_of(year, f"title 「{document.title}」")
        return dated(year, "title", document.title, event)

    by_name = _path_year(path)
    # A date that only opens a paragraph must agree with the front-matter date, else with
    # the year the file or folder name gives (2022-x.md: 「2017 年 12 月 28 日，…」 opens a
    # history there, as 「2011年1月21日，微信上线。」 does beside a front-matter date).
    bound = date or (dt.date(by_name[0], 12, 31) if by_name is not None else None)

    # With neither, it must not be older than a year the text names (「2019 年 11 月 15 日，阿里
    # 巴巴第二次赴港上市」 opens a history in a piece that names 「2023 年 1 月」).
    @cache
    def whole() -> str:
        """The text in its matching form (read past the lead only where the lead dates nothing)."""
        return matching_form(document.text, traditional)

    @cache
    def text_named() -> tuple[int, int, int, str] | None:
        """What the title and the text name (:func:`_text_year`), read once."""
        return _text_year(f"{titled}\n{whole()}")

    floor = None
    if bound is None and any(pattern.search(lead) for pattern in WEAK_DATELINE):
        later = text_named()
        floor = later[0] if later is not None else None
    line = _dateline(lead, date, bound, floor)
    if line is not None:
        year, start, end = line
        phrase = document.text[start:end]
        return dated(year, "dateline", phrase, event_of(year, f"dateline 「{phrase}」"))
    if date is not None and document.date:
        event = event_of(date.year, f"date {document.date}")
        return dated(date.year, "date", document.date, event)

    address = _source_address(whole())
    if address is not None:
        year, start, end = address
        phrase = document.text[start:end]
        event = event_of(year, f"address it was taken from 「{phrase}」")
        return dated(year, "source address", phrase, event)

    released = _results(lead)
    if released is not None:
        year, period, start, end = released
        phrase = document.text[start:end]
        what = f"results release 「{phrase}」"
        if year != period:
            what += f", the results of {period} being released in {year}"
        return dated(year, "results release", phrase, event_of(year, what))

    # An event the text only mentions further in: the article is from that year or later,
    # which is worth more than no year, and less than anything that dates the article itself.
    # One to come (「评选结果将于12月MEET2025智能未来大会…公布」, a promotion) says nothing of when
    # the article was written.
    mentioned = [e for e in _events(m, whole()) if not _forecast_at(whole(), e.start, e.end)]
    mention = max(mentioned, key=lambda e: e.year) if mentioned else None
    # A look-back (「2016年的云栖大会」 in a piece that names 2020's months) dates nothing: the
    # months and results the text names with a later year win over it.
    # The months and results named are read in the title too (「…丨 2025 年 7 月航海」).
    shown = f"{document.title if titled else ''}\n{document.text}"
    text_year = _text_dates(text_named(), shown, document.links) if mention is not None else None
    if mention is not None and (text_year is None or text_year[0] <= mention.year):
        phrase = document.text[mention.start : mention.end]
        warnings.append(
            f"{path}: no event reported; the year {mention.year} comes from 「{phrase}」, an "
            "event the text mentions"
        )
        return dated(mention.year, "mentioned event", phrase, None)

    if by_name is not None:
        year, source, name = by_name
        warnings.append(
            f"{path}: nothing in the article dates it; the year {year} comes from its {source} "
            f"{name}, a last resort: write date: or year: in its front matter"
        )
        return dated(year, source, name, None)
    # (read once: the mention above has asked already when there was one)
    latest = text_year if mention is not None else _text_dates(text_named(), shown, document.links)
    if latest is not None:
        year, phrase, what = latest
        warnings.append(
            f"{path}: nothing dates the article; the year {year} comes from 「{phrase}」, {what}, "
            "a last resort: write date: or year: in its front matter"
        )
        return dated(year, "text dates", phrase, None)
    warnings.append(
        f"{path}: no year found (no event, title year or dateline in the text, no front-matter "
        "date, year or event, no year at the start of its file or folder name, no month named "
        "with its year); its facts carry no year"
    )
    return Dating(None, None, None, None, tuple(warnings))


def _has_title(document: Document) -> bool:
    """Whether the document's title is one: from its front matter or a heading, or a first
    line that stands alone as a title does (「2024，腾讯的进步」), not the opening words of
    its first sentence, which a text without a title is given as its title."""
    title, text = document.title, document.text
    if not text.startswith(title) or (document.sentences and document.sentences[0].heading):
        return True
    return text[len(title) : len(title) + 1] in ("", "\n") and not title.endswith(SENTENCE_ENDS)


def _unknown_series(path: str, year: int, phrase: str) -> str:
    return (
        f"{path}: the year {year} comes from 「{phrase}」, an event series kg does not know; "
        "add the series to ontology/events.ttl to name the event"
    )


def _spaceless(text: str) -> str:
    return re.sub(r"\s+", "", matching_form(text)).casefold()


def _events(m: Matcher, text: str) -> list[_Named]:
    """Every event named with its year in ``text`` (matching form), in the order of the text:
    those of a series kg knows, then those of the generic shape that overlap none of them."""
    known = [
        _Named(hit.start(), hit.end(), int(hit.group(1)), series)
        for series, year_first, label_first, _ in m.event_patterns
        for pattern in (year_first, label_first)
        for hit in pattern.finditer(text)
    ]
    generic = [
        _Named(hit.start(), hit.end(), int(hit.group(1)), None)
        for hit in GENERIC_EVENT_YEAR_FIRST.finditer(text)
    ]
    for hit in GENERIC_EVENT_LABEL_FIRST.finditer(text):
        name = NAME_BEFORE.search(text, max(0, hit.start() - 14), hit.start())
        if name:
            generic.append(_Named(name.start(), hit.end(), int(hit.group(1)), None))
    generic = [g for g in generic if not any(g.start < k.end and k.start < g.end for k in known)]
    return sorted(known + generic, key=lambda e: (e.start, -e.end))


def _reported(m: Matcher, title: str, lead: str) -> tuple[_Named, bool] | None:
    """The event an article reports, and whether the title names it (else the lead): the
    latest year named in the title, else in the lead; None if neither names one."""
    for where, in_title in ((title, True), (lead, False)):
        found = _events(m, where)
        if found:
            return max(found, key=lambda e: e.year), in_title
    return None


def _named_event(ontology: Ontology, named: _Named) -> str | None:
    return _event_iri(ontology, named.series, named.year) if named.series else None


def _series_named(m: Matcher, title: str, lead: str) -> str | None:
    """The series the title names first without a year, else the lead, beside a cue that
    it is the event reported (:data:`SERIES_CUES_BEFORE`, :data:`SERIES_CUES_AFTER`); never
    one named with another year (「2022 年的微信公开课 PRO」)."""
    for text, cued in ((title, False), (lead, True)):
        dated = [(e.start, e.end) for e in _events(m, text)]
        found = [
            (hit.start(), series)
            for series, _, _, bare in m.event_patterns
            for hit in bare.finditer(text)
            if not any(a < hit.end() and hit.start() < b for a, b in dated)
            and (
                not cued
                or text[: hit.start()].rstrip().endswith(SERIES_CUES_BEFORE)
                or text[hit.end() :].lstrip().startswith(SERIES_CUES_AFTER)
            )
        ]
        if found:
            return min(found)[1]
    return None


def _front_event(
    m: Matcher, ontology: Ontology, value: str
) -> tuple[int | None, str | None, str | None] | None:
    """What a front-matter ``event:`` names, as ``(year, series, event IRI)``: an event of
    the ontology by its label; a series's label with its year (the event is minted as the
    text's would be); a series's label alone (no year, no event yet); an event of the
    generic shape (its year; no series, no event). None if it is none of these."""
    spaceless = _spaceless(value)
    if spaceless in m.event_labels:
        iri, year, series = m.event_labels[spaceless]
        return year, series, iri
    text = matching_form(value)
    for named in _events(m, text):
        if named.series is not None:
            return named.year, named.series, _event_iri(ontology, named.series, named.year)
    for series, _, _, bare in m.event_patterns:
        if bare.fullmatch(text.strip()):
            return None, series, None
    for named in _events(m, text):
        return named.year, None, None
    return None


def _dateline(
    lead: str, date: dt.date | None, bound: dt.date | None, floor: int | None = None
) -> tuple[int, int, int] | None:
    """The year of the lead's dateline and the offsets of its date, or None.

    A full date in a dateline's shape (:data:`DATELINES`) counts as it is; a month and day
    take the front-matter date's year (the year before, if that day would fall after the
    date). A date that opens a paragraph (:data:`WEAK_DATELINE`) counts only after those
    and only where it is no more than a year before ``bound`` (the front-matter date, else
    the last day of the year the file or folder name gives), when there is one, and not of a
    year before ``floor`` (a later year the text names, when there is no bound).
    """
    for patterns, weak in ((DATELINES, False), (WEAK_DATELINE, True)):
        found = []
        for pattern in patterns:
            for hit in pattern.finditer(lead):
                day = _day(*map(int, re.findall(r"\d+", hit.group("date"))), date=date)
                if day is None or day == UNIX_EPOCH:
                    continue
                if (
                    weak
                    and bound is not None
                    and not (bound - dt.timedelta(days=366) <= day <= bound + dt.timedelta(days=7))
                ):
                    continue  # a story's date, not the article's
                if weak and floor is not None and day.year < floor:
                    continue  # a history's date
                found.append((hit.start("date"), day.year, hit.end("date")))
        if found:
            start, year, end = min(found)
            return year, start, end
    return None


def _latest_month(text: str) -> tuple[int, int, int] | None:
    """The year of the latest month ``text`` names with its year (:data:`TEXT_DATE`) outside a
    forecast or plan (「预计将于2019年4月开始」), and the offsets of the first phrase that names
    it; None if it names none."""
    found = [
        ((int(hit.group(1)), int(hit.group(2))), hit.start(), hit.end())
        for pattern in (TEXT_DATE, COMPACT_DATE)
        for hit in pattern.finditer(text)
        if 1 <= int(hit.group(2)) <= 12
        and [int(n) for n in re.findall(r"\d+", hit.group())]
        != [UNIX_EPOCH.year, UNIX_EPOCH.month, UNIX_EPOCH.day]
        and not _forecast(text, hit)
    ]
    if not found:
        return None
    latest = max(month for month, _, _ in found)
    start, end = next((start, end) for month, start, end in found if month == latest)
    return latest[0], start, end


def _text_dates(
    named: tuple[int, int, int, str] | None, shown: str, links: Sequence[str]
) -> tuple[int, str, str] | None:
    """Step 9: the later of the year the title and text name (``named``, :func:`_text_year`'s
    answer, its phrase taken from ``shown`` at its offsets) and the year of the latest day an
    address it links to carries (:data:`LINKED_DAY`): a page linked to came out before the
    article. As ``(year, phrase, what the phrase is)``; None if neither gives one."""
    found: list[tuple[int, str, str]] = []
    if named is not None:
        year, start, end, what = named
        found.append((year, shown[start:end], what))
    days = [
        (day, hit.group().strip("/"))
        for link in links
        if (hit := LINKED_DAY.search(link)) is not None
        and (day := _day(*(int(hit.group(g)) for g in ("year", "month", "day")), date=None))
        not in (None, UNIX_EPOCH)
    ]
    if days:
        day, phrase = max(days, key=lambda pair: pair[0])
        found.append((day.year, phrase, "the day of the latest page it links to"))
    return max(found, key=lambda hit: hit[0]) if found else None


def _text_year(text: str) -> tuple[int, int, int, str] | None:
    """The year an article nothing else dates was written in at the earliest, by what its text
    names: the latest month with its year (:data:`TEXT_DATE`), the year after a year's results
    (:data:`TEXT_YEAR_RESULTS`), and, when either is named, a later year that opens a sentence
    (:data:`TOPIC_YEAR`), none of them in a forecast or plan (:data:`FUTURE_WORDS`); with the
    offsets of the first phrase that gives it and what that phrase is. None if the text names
    no month with its year and no year's results."""
    found: list[tuple[int, int, int, str]] = []
    month = _latest_month(text)
    if month is not None:
        found.append((month[0], month[1], month[2], "the latest month its text names"))
    for hit in TEXT_YEAR_RESULTS.finditer(text):
        if not _forecast(text, hit):
            found.append((int(hit.group(1)) + 1, hit.start(), hit.end(), "a year's results"))
    for hit in TEXT_PERIOD.finditer(text):
        if not _forecast(text, hit):
            found.append(
                (int(hit.group(1)), hit.start(), hit.end(), "a part of a year its text names")
            )
    if not found:
        return None
    for hit in TOPIC_YEAR.finditer(text):
        if not _forecast(text, hit):
            year = int(hit.group(1))
            found.append((year, hit.start(1), hit.end(), "a year its text looks back on"))
    latest = max(year for year, _, _, _ in found)
    return min((hit for hit in found if hit[0] == latest), key=lambda hit: hit[1])


def _forecast(text: str, hit: re.Match[str]) -> bool:
    """Whether the sentence ``hit`` is in is a forecast or plan (:data:`FUTURE_WORDS`)."""
    return _forecast_at(text, hit.start(), hit.end())


def _forecast_at(text: str, begin: int, end: int) -> bool:
    """Whether the sentence that ``text[begin:end]`` is in is a forecast or plan: whether it
    holds a word of :data:`~kg.lang.years.FUTURE_WORDS`, not counting those of an announcement
    after ``text[begin:end]`` (:data:`~kg.lang.years.ANNOUNCED`)."""
    start = max(text.rfind(stop, 0, begin) for stop in _SENTENCE_BREAKS) + 1
    stops = [i for i in (text.find(stop, end) for stop in _SENTENCE_BREAKS) if i >= 0]
    sentence = text[start : min(stops, default=len(text))]
    # What someone announced after the date is what was said then.
    said = ANNOUNCED.search(sentence, end - start)
    if said is not None:
        sentence = sentence[: said.start()]
    return any(word in sentence for word in FUTURE_WORDS)


def _results(lead: str) -> tuple[int, int, int, int] | None:
    """The year of the results release the lead reports, the year of its period, and the
    offsets of its phrase: the first release named with its period (:data:`RESULTS_RELEASED`)
    or end of a period (:data:`RESULTS_PERIOD_END`) in a sentence that names the results;
    None if there is none."""
    found = [(hit.start(), hit) for hit in RESULTS_RELEASED.finditer(lead)]
    for hit in RESULTS_PERIOD_END.finditer(lead):
        start = max(lead.rfind(end, 0, hit.start()) for end in _SENTENCE_BREAKS) + 1
        stops = [i for i in (lead.find(end, hit.end()) for end in _SENTENCE_BREAKS) if i >= 0]
        if any(word in lead[start : min(stops, default=len(lead))] for word in RESULTS_WORDS):
            found.append((hit.start(), hit))
    for _, hit in sorted(found, key=lambda pair: pair[0]):
        year = results_year(hit)
        if year is not None:
            return year, int(hit.group(1)), hit.start(), hit.end()
    return None


#: What ends the sentence a results period must share with the word for the results.
_SENTENCE_BREAKS = ("。", "；", ";", "！", "？", "!", "?", "\n")


def _day(*parts: int, date: dt.date | None) -> dt.date | None:
    """The day of (year, month, day), or of (month, day) in the year of ``date`` (the year
    before if it would fall more than a week after ``date``); None if there is none."""
    try:
        if len(parts) == 3:
            return dt.date(*parts)
        if date is None:
            return None
        day = dt.date(date.year, *parts)
        if day > date + dt.timedelta(days=7):
            day = dt.date(date.year - 1, *parts)
        return day
    except ValueError:  # 2月30日, 13月
        return None


def _source_address(text: str) -> tuple[int, int, int] | None:
    """The year of the dated address a repost names as its source, and where that is."""
    for hit in SOURCE_ADDRESS.finditer(text):
        year, month, day = (int(hit.group(g)) for g in ("year", "month", "day"))
        try:
            dt.date(year, month, day)
        except ValueError:
            continue
        return year, hit.start(), hit.end()
    return None


def _path_year(path: str) -> tuple[int, str, str] | None:
    """A year that starts the file's name, else its folder's (under any day and month
    folders: 2018/01/15/x.md), as ``(year, "file name" or "folder", the name)``."""
    pure = PurePath(path)
    hit = NAME_YEAR.match(pure.name)
    if hit:
        return int(hit.group(1)), "file name", pure.name
    for folder in pure.parents:
        hit = NAME_YEAR.match(folder.name)
        if hit:
            return int(hit.group(1)), "folder", folder.name
        if not DATE_FOLDER.match(folder.name):
            break
    return None


def _event_iri(ontology: Ontology, series: str, year: int) -> str:
    for event in ontology.of_kind("Event"):
        if event.series == series and event.year == year:
            return event.iri
    slug = series.rstrip("/").rsplit("/", 1)[-1]
    return f"{BASE}id/event/{slug}-{year}"


def match(segmented: Segmented, ontology: Ontology) -> Mentions:
    """Find every term in every sentence, the section topics, and the document's year."""
    doc = segmented.document
    m = matcher(ontology)
    split = cutter(ontology).cut_block
    by_sentence = tuple(
        m.find(words, sentence.start, sentence.index, sentence.text, split)
        for sentence, words in zip(doc.sentences, segmented.words, strict=True)
    )
    topics: list[str | None] = [None] * len(doc.sections)
    for sentence, mentions in zip(doc.sentences, by_sentence, strict=True):
        if sentence.heading and sentence.section >= 0:
            products = [x.term for x in mentions if ontology.kind(x.term) == "Product"]
            topics[sentence.section] = products[0] if products else None
    dating = detect_event(doc, ontology)
    return Mentions(
        document=doc,
        year=dating.year,
        event=dating.event,
        by_sentence=by_sentence,
        section_topics=tuple(topics),
        warnings=dating.warnings,
        year_source=dating.source,
        year_evidence=dating.evidence,
    )
