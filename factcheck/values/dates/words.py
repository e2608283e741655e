"""Read the words a date is written with: counts, month names, days, two-digit years."""

from __future__ import annotations

import re

from factcheck.values import calendar as cal
from factcheck.values.dates.hits import Partial
from factcheck.values.dates.patterns import DatePatterns
from factcheck.values.patterns import Patterns


def read_count(text: str, pat: Patterns) -> int | None:
    """"3", "three", "twenty one", "a" -> 1; None for "several" or "a few", which give no number."""
    t = text.lower().replace("-", " ").split()
    if not t:
        return None
    if t[0].isdigit():
        return int(t[0])
    if t[0] in ("a", "an"):
        return 1
    if t[0] in ("several", "few") or t[:2] == ["a", "few"]:
        return None
    v = 0
    for w in t:
        if w in pat.units:
            v += pat.units[w]
        elif w in pat.tens:
            v += pat.tens[w]
        else:
            return None
    return v


def read_month(text: str, pat: Patterns) -> int:
    """"March", "mar." -> 3."""
    return pat.months[text.lower().rstrip(".")]


def read_day(text: str, dp: DatePatterns) -> int | None:
    """"23", "23rd", "twenty-third" -> 23; None when the words are not a day."""
    t = text.lower().strip()
    m = re.match(r"\d+", t)
    if m:
        return int(m.group(0))
    key = " ".join(t.split())
    if key in dp.day_ordinals:
        return dp.day_ordinals[key]
    parts = re.split(r"[ \t-]+", t)
    v = 0
    for p in parts:
        if p in ("twenty",):
            v += 20
        elif p in ("thirty",):
            v += 30
        elif p in dp.ordinal_words:
            v += dp.ordinal_words[p]
        else:
            return _day_in_words(t, dp)
    return v or None


def _day_in_words(text: str, dp: DatePatterns) -> int | None:
    """"diez", "veintinueve", "negenentwintig": a day written as the language writes the number."""
    from factcheck.values.numbers import find_numbers  # same layer; imported here as dates load first

    atoms = find_numbers(text, dp.pat, chinese=False)
    if len(atoms) != 1 or atoms[0].end - atoms[0].start != len(text) or not atoms[0].integer:
        return None
    v = int(atoms[0].value)
    return v if 1 <= v <= 31 else None


def read_year(text: str) -> int:
    """"2024" -> 2024, "'87" -> 1987, "12" -> 2012."""
    t = text.strip("'")
    if len(t) == 2:
        return cal.expand_year(int(t))
    return int(t)


def read_year_part(text: str, year: int | None, pat: Patterns) -> Partial:
    """"first half" or "second quarter" as a part of `year` (None: the anchor's year)."""
    key = " ".join(text.lower().split())
    if key in pat.dates.halves:
        return Partial(year, half=pat.dates.halves[key])
    return Partial(year, quarter=pat.dates.quarters[key])
