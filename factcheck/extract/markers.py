"""Regular expressions built from the word lists in rules/knowledge (markers, anaphora)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def words_re(words: Iterable[str]) -> re.Pattern[str] | None:
    """Any of `words` as whole words, case-insensitive; None for an empty list."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ordered) + r")\b", re.IGNORECASE)


def marker_before(words: Iterable[str], max_between: int = 4) -> re.Pattern[str] | None:
    """Text that ends with one of `words` and up to `max_between` lower-case words or figures (and an
    opening quote): what stands right before a name or figure the marker governs ("by former
    engineer ", "vs industry standard ", "at the 62,500-seat ", "one of the \\"")."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return None
    alts = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?:^|[\s(\[,;:—–-])(?i:{alts})\s+(?:[a-z0-9](?:[\w'’-]|[.,](?=\w))*\s+){{0,{max_between}}}[\"'“‘]?$")
