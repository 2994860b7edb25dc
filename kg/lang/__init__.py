"""Chinese language data: every cue word, numeral, punctuation mark and boilerplate phrase
kg reads text with, in one place (as spaCy keeps its own in ``spacy/lang/zh/``).

The rules import these tables and never spell a Chinese word inline (a test checks), so a
new outlet's way of writing is handled by extending a table here, not by editing a rule.
One module per kind of data:

- :mod:`kg.lang.cues`: the cue words and sentence shapes the relation rules
  (:mod:`kg.rules`) read facts with, one section per family of rules;
- :mod:`kg.lang.metrics`: what makes a number a figure, its measure's name and whether it
  is a growth (:mod:`kg.rules.metrics`);
- :mod:`kg.lang.people`: titles, speakers and who heads what (:mod:`kg.rules.people`);
- :mod:`kg.lang.products`: who offers a feature, what it reaches into, which products
  link (:mod:`kg.rules.products`);
- :mod:`kg.lang.customers`: case lists, a brand's use of a product and what is no use
  (:mod:`kg.rules.customers`);
- :mod:`kg.lang.numerals`: Chinese numerals, magnitudes, unit words and approximation
  words (:mod:`kg.numbers`);
- :mod:`kg.lang.punctuation`: sentence and clause ends, closing quotes, brackets,
  full-width forms (the loaders, :mod:`kg.normalize`, the rules);
- :mod:`kg.lang.boilerplate`: the lines of an article that are no part of its text
  (本文来自, 原标题, 扫码关注 ...);
- :mod:`kg.lang.taiwan`: Taiwan's words and the mainland's (影片號 -> 视频号) for
  :mod:`kg.normalize`;
- :mod:`kg.lang.years`: how an article names its event and year (:mod:`kg.match`);
- :mod:`kg.lang.suggest`: the cues :mod:`kg.suggest` finds new terms with.
"""

from __future__ import annotations

__all__ = ["LANGUAGE"]

#: The language of the text kg reads, as RDF tags its literals (BCP 47).
LANGUAGE = "zh"
