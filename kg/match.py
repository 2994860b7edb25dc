"""Step 3: Segmented + Ontology -> :class:`~kg.records.Mentions`.

Terms are matched on word boundaries: at each word the longest run of words whose text is a
label wins (企业微信 over 微信, 微信支付分 over 微信支付), so a label is never found inside a
longer word. Aliases resolve to their term. A mention remembers the terms whose labels sit
inside its surface (视频号 inside 连接视频号), which the relation patterns use.

This step also dates the document: the event and its year come from "<year> + an event
series label" in the title or text, else from the front-matter date, never the file name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.normalize import matching_form
from kg.ontology import BASE, Ontology
from kg.records import Document, Mention, Mentions, Segmented

__all__ = ["Matcher", "matcher", "match", "detect_event"]

#: The longest run of words a label may span after segmentation.
_MAX_WORDS = 8


@dataclass(frozen=True)
class Matcher:
    """Lookup tables derived once from an ontology: labels, their prefixes, nested terms."""

    labels: dict[str, str]  # casefolded label -> IRI
    prefixes: frozenset[str]  # every proper prefix of every casefolded label
    nested: dict[str, tuple[str, ...]]  # casefolded label -> IRIs of terms labelled inside it
    event_patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (series IRI, year+label regex)

    def find(
        self, words: tuple[str, ...], offset: int, sentence: int, original: str = ""
    ) -> tuple[Mention, ...]:
        """Longest-match the labels over a sentence's words; offsets start at ``offset``.

        ``original`` is the sentence as written: surfaces are cut from it, so a traditional
        「視頻號」 is found as 视频号 and kept as written.
        """
        found: list[Mention] = []
        i, n, pos = 0, len(words), offset
        labels, prefixes = self.labels, self.prefixes
        while i < n:
            best_j, best_key, text = 0, "", ""
            j = i
            while j < n and j - i < _MAX_WORDS:
                text += words[j].casefold()
                j += 1
                if text in labels:
                    best_j, best_key = j, text
                if text not in prefixes:
                    break
            if best_j:
                length = sum(len(w) for w in words[i:best_j])
                at = pos - offset
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


_MATCHERS: dict[str, Matcher] = {}


def _build(ontology: Ontology) -> Matcher:
    labels = {matching_form(key).casefold(): iri for key, iri in ontology.labels.items()}
    prefixes = frozenset(key[:k] for key in labels for k in range(1, len(key)))
    nested: dict[str, tuple[str, ...]] = {}
    for key, iri in labels.items():
        inner = [(k, labels[k]) for k in labels if k != key and k in key and labels[k] != iri]
        # Keep only the maximal inner labels: 企业微信 inside 企业微信客服, not also 微信.
        maximal = {v for k, v in inner if not any(k != k2 and k in k2 for k2, _ in inner)}
        if maximal:
            nested[key] = tuple(sorted(maximal))
    patterns = []
    for series in ontology.of_kind("EventSeries"):
        alternatives = sorted(series.labels, key=len, reverse=True)
        body = "|".join(r"\s*".join(map(re.escape, label)) for label in alternatives)
        patterns.append(
            (
                series.iri,
                re.compile(rf"(?<!\d)((?:19|20)\d\d)\s*年?\s*(?:的\s*)?(?:{body})", re.I),
            )
        )
    return Matcher(labels, prefixes, nested, tuple(patterns))


def matcher(ontology: Ontology) -> Matcher:
    """The :class:`Matcher` of an ontology, built once per process and ontology."""
    built = _MATCHERS.get(ontology.fingerprint)
    if built is None:
        built = _MATCHERS[ontology.fingerprint] = _build(ontology)
    return built


def detect_event(document: Document, ontology: Ontology) -> tuple[int | None, str | None, str]:
    """Find the event an article reports and its year: ``(year, event IRI, how)``.

    The latest "<year><series label>" in the title, else in the text, names both; else the
    front-matter date gives the year (and the series, if its label appears); else neither.
    """
    m = matcher(ontology)
    for where in (matching_form(document.title), matching_form(document.text)):
        # The latest year named with the series: an article looks back, seldom ahead.
        found = [
            (int(hit.group(1)), series, hit.group(0))
            for series, pattern in m.event_patterns
            for hit in pattern.finditer(where)
        ]
        if found:
            year, series, phrase = max(found, key=lambda f: f[0])
            return year, _event_iri(ontology, series, year), f"「{phrase}」"
    if document.date:
        year = int(document.date[:4])
        for series, _ in m.event_patterns:
            labels = [label.casefold() for label in ontology.terms[series].labels]
            text = (document.title + "\n" + document.text).casefold()
            if any(label in text for label in labels):
                return year, _event_iri(ontology, series, year), f"date {document.date}"
        return year, None, f"date {document.date}"
    return None, None, "nothing"


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
    by_sentence = tuple(
        m.find(words, sentence.start, sentence.index, sentence.text)
        for sentence, words in zip(doc.sentences, segmented.words, strict=True)
    )
    topics: list[str | None] = [None] * len(doc.sections)
    for sentence, mentions in zip(doc.sentences, by_sentence, strict=True):
        if sentence.heading and sentence.section >= 0:
            products = [x.term for x in mentions if ontology.kind(x.term) == "Product"]
            topics[sentence.section] = products[0] if products else None
    year, event, how = detect_event(doc, ontology)
    warnings = []
    if year is None:
        warnings.append(
            f"{doc.path}: no year found (no '<year><event>' phrase, no front-matter date); "
            "its facts carry no year"
        )
    elif event is None:
        warnings.append(f"{doc.path}: no event named; the year {year} comes from the {how}")
    return Mentions(
        document=doc,
        year=year,
        event=event,
        by_sentence=by_sentence,
        section_topics=tuple(topics),
        warnings=tuple(warnings),
    )
