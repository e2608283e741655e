"""Recognize numeric and dated expressions in raw text: the value extractor.

Public surface (used by the claim builder and by benchmarks/extraction.py):

    lexicon = Lexicon.load([rules_dir, ...])        # tables from rules/knowledge/lexicon/*.yml
    mentions = find_mentions(text, lexicon, published=date(2025, 6, 14))

`find_mentions` returns `factcheck.models.Mention` objects sorted by start,
non-overlapping, each with its exact span in `text` and its value normalized
(scale words applied, currency as ISO 4217, ranges and bounds as intervals,
dates as half-open intervals, relative dates resolved against the nearest
earlier absolute date in the text or else `published`).
"""

from factcheck.extract.recognizers.api import Lexicon, find_mentions

__all__ = ["Lexicon", "find_mentions"]
