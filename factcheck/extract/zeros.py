"""Counts told as none: "no one was killed", "no injuries were reported", "no dead or wounded".

A report that nobody died contradicts one that gives a toll, but it holds no digit, so the values library
never reads it. This finds the zero where a "none" word stands right before a word of a running count
in the news vocabulary (deaths, injured, missing, arrested, ...), past at most a few filler words, and
gives it as a mention of the number 0. The none words, the fillers and the words that may follow are
data (`zero_counts:` in rules/knowledge/quantities.yml). "No more than 5", "no longer" and the like are left alone: the
vocabulary word must follow the zero word within the fillers.
"""

from __future__ import annotations

import re

from factcheck.knowledge.news import NewsVocabulary
from factcheck.models import Kind, Mention

class ZeroCounts:
    """Finds zero counts of the vocabulary's running quantities (those that `change`: tolls, arrests)."""

    def __init__(self, news: NewsVocabulary) -> None:
        words = sorted({w for c in news.concepts if c.changes for w in c.words if w.isalpha()}, key=len, reverse=True)
        z = news.zero_counts

        def alternatives(ws: list[str]) -> str:
            return "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))

        self._re = (
            re.compile(
                r"(?<![\w-])(?P<zero>" + alternatives(z.none) + r")(?:\s+(?:" + alternatives(z.between) + r")){0,3}\s+(?:"
                + alternatives(words) + r")(?![\w-])"
                # the word ends the count, not a noun it modifies ("no arrest record", "no charge for entry")
                r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:" + alternatives(z.after) + r")\b)",
                re.IGNORECASE,
            )
            if words and z.none
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
