"""Values: numeric and dated expressions recognized in raw text (text in, mentions out).

A library below every pipeline stage: ingest reads publication dates with it,
extract turns its mentions into claims, the benchmarks score it. It knows no
claims, documents or spaCy; every word it knows comes from the lexicon tables
in `rules/knowledge/lexicon/*.yml`, plus a language's own words from
`rules/knowledge/lang/<code>.yml` (schema and loading in `factcheck.knowledge`).

    lexicon = Lexicon.load([rules_dir, ...], language="de")  # None: English and Chinese
    mentions = find_mentions(text, lexicon, published=date(2025, 6, 14))

`find_mentions` returns `factcheck.models.Mention` objects sorted by start,
non-overlapping, each with its exact span in `text` and its value normalized
(scale words applied, currency as ISO 4217, ranges and bounds as intervals,
dates as half-open intervals, relative dates resolved against the nearest
earlier absolute date in the text or else `published`).
"""

from factcheck.values.lexicon import Lexicon
from factcheck.values.mentions import find_mentions, find_numbers_in

__all__ = ["Lexicon", "find_mentions", "find_numbers_in"]
