"""The words a language writes on a page's own lines: the line that stamps when the page was written,
and a size told as two numbers ("2880 x 1800 pixels"). Neither is a claim of the story.

Why data: "Updated", "Aktualisiert am ... Uhr" and "3 bij 4 meter" are words of a language; the lexicon
holds them (`dates.stamp_words`, `cues.size_joiners`, `cues.size_not_units`), the base tables English's
and every language file its own on top, so a new language adds its words without code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.values import Lexicon
from factcheck.values.patterns import alternation

_NUMBER = r"\d[\d,.]*"


@dataclass(frozen=True)
class PageWords:
    """A language's stamp words (lower case) and its size regex."""

    stamps: frozenset[str]
    size: re.Pattern[str]


def page_words(lexicon: Lexicon) -> PageWords:
    """The page words of the lexicon's language, compiled once per word lists."""
    t = lexicon.tables
    return _compile(tuple(t.dates.stamp_words), tuple(t.cues.size_joiners), tuple(t.cues.size_not_units))


@lru_cache(maxsize=32)
def _compile(stamps: tuple[str, ...], joiners: tuple[str, ...], not_units: tuple[str, ...]) -> PageWords:
    return PageWords(frozenset(w.lower() for w in stamps), size_regex(joiners, not_units))


def size_regex(joiners: tuple[str, ...], not_units: tuple[str, ...]) -> re.Pattern[str]:
    """ "2880 x 1800", "10 by 12 feet", "2880 pixels by 1800;"; not "10 million by 2030" (a word of
    `not_units` after the first number) nor "won 3 games by 10 points" (a word after both numbers)."""
    signs = [j for j in joiners if len(j.strip()) == 1]  # may touch the digits: "2880x1800"
    words = [j for j in joiners if len(j.strip()) > 1]
    amount = rf"(?!{alternation(not_units)}\b)" if not_units else ""
    forms = []
    if signs:
        forms.append(rf"{_NUMBER}\s*{alternation(signs)}\s*{_NUMBER}")  # "2880 x 1800"
    if words:
        forms.append(rf"{_NUMBER}\s+{alternation(words)}\s+{_NUMBER}\s*-?\s*{amount}[A-Za-z]")  # "10 by 12 feet"
    if joiners:
        # "2880 pixels by 1800;", not "10 million by 2030"
        forms.append(rf"{_NUMBER}\s*{amount}(?P<unit>[A-Za-z]+)\s*{alternation(joiners)}\s*{_NUMBER}(?![\d,.])(?!\s*[A-Za-z])")
    return re.compile("|".join(forms) or r"(?!)", re.I)
