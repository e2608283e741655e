"""Dates and periods: "April 2023", "March 23, 2024", "06/27 2025", "H2 2024", "early 2023",
"2023-2024", "since 2024", "from 2024 to the present", "last year", "less than two months later".

Two regex passes find calendar expressions: one for dates written with
calendar words or digits (absolute.py: absolute when they carry a year, else
partial), one for relative expressions (relative.py: "last year", "two
months later", "next Friday"). combine.py then joins neighbours into periods
("2023-2024", "from January to August") and applies open bounds ("since",
"before", "by"). Each hit carries a `compute(anchor)` function; mentions.py
calls it with the nearest earlier absolute date in the text, or the
published date, as the anchor.
"""

from factcheck.values.dates.absolute import absolute_hits
from factcheck.values.dates.combine import combine
from factcheck.values.dates.hits import DateHit, Partial, partial_hit
from factcheck.values.dates.patterns import DatePatterns
from factcheck.values.dates.relative import relative_hits

__all__ = ["DateHit", "DatePatterns", "Partial", "absolute_hits", "combine", "partial_hit", "relative_hits"]
