"""Counts told as none: "no one was killed", "no injuries were reported", "no dead or wounded".

A report that nobody died contradicts one that gives a toll, but it holds no digit, so the values library
never reads it. This finds the zero where a "none" word stands right before a word of a running count
in the news vocabulary (deaths, injured, missing, arrested, ...), past at most a few filler words, and
gives it as a mention of the number 0. "No more than 5", "no longer" and the like are left alone: the
vocabulary word must follow the zero word within the fillers.
"""

from __future__ import annotations

import re

from factcheck.knowledge.news import NewsVocabulary
from factcheck.models import Kind, Mention

ZERO_WORDS = ("no one", "nobody", "none", "no")
AFTER_WORDS = ("was", "were", "has", "have", "had", "is", "are", "reported", "confirmed", "or", "and", "in", "at",
               "on", "from", "after", "during", "so", "yet")
FILLERS = ("else", "other", "one", "was", "were", "has", "had", "have", "been", "is", "are", "immediate",
           "serious", "major", "further", "confirmed", "reported", "of", "them", "the", "people")


class ZeroCounts:
    """Finds zero counts of the vocabulary's running quantities (those that `change`: tolls, arrests)."""

    def __init__(self, news: NewsVocabulary) -> None:
        words = sorted({w for c in news.concepts if c.changes for w in c.words if w.isalpha()}, key=len, reverse=True)
        self._re = (
            re.compile(
                r"(?<![\w-])(?P<zero>" + "|".join(ZERO_WORDS) + r")(?:\s+(?:" + "|".join(FILLERS) + r")){0,3}\s+(?:"
                + "|".join(map(re.escape, words)) + r")(?![\w-])"
                # the word ends the count, not a noun it modifies ("no arrest record", "no charge for entry")
                r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:" + "|".join(AFTER_WORDS) + r")\b)",
                re.IGNORECASE,
            )
            if words
            else None
        )

    def find(self, text: str, taken: list[Mention]) -> list[Mention]:
        """Zero mentions in `text` that overlap no mention already found."""
        if self._re is None:
            return []
        out = []
        for hit in self._re.finditer(text):
            s, e = hit.span("zero")
            if any(m.start < e and s < m.end for m in taken):
                continue
            out.append(Mention(kind=Kind.NUMBER, start=s, end=e, text=text[s:e], low=0.0, high=0.0))
        return out
