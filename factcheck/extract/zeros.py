"""Counts told as none: "no one was killed", "no injuries were reported", "no dead or wounded".

A report that nobody died contradicts one that gives a toll, but it holds no digit, so the values library
never reads it. This finds the zero where a "none" word stands right before a word of a running count
in the news vocabulary (deaths, injured, missing, arrested, ...), past at most a few filler words, and
gives it as a mention of the number 0. The none words, the fillers and the words that may follow are
data (`zero_counts:` in rules/knowledge/quantities.yml). "No more than 5", "no longer" and the like are left alone: the
vocabulary word must follow the zero word within the fillers. A second quantity's word joined to the first
("no one was killed or injured") is none too, given as a zero over that word.
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
                r"(?<![\w-])(?P<zero>" + alternatives(z.none) + r")(?:\s+(?:" + alternatives(z.between) + r")){0,3}\s+(?P<word>"
                + alternatives(words) + r")(?![\w-])"
                # the word ends the count, not a noun it modifies ("no arrest record", "no charge for entry")
                r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:" + alternatives(z.after) + r")\b)",
                re.IGNORECASE,
            )
            if words and z.none
            else None
        )
        # "no one was killed or injured": the second word, a quantity of its own, is none too
        self._joined = (
            re.compile(r"\s+(?:" + alternatives(z.joiners) + r")\s+(?P<word>" + alternatives(words) + r")(?![\w-])", re.IGNORECASE)
            if words and z.joiners
            else None
        )
        self._concept_of = {w.casefold(): c.name for c in news.concepts if c.changes for w in c.words}

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
            if (second := self._second(text, hit)) is not None and not any(m.start < second.end and second.start < m.end for m in taken):
                out.append(second)
        return out

    def _second(self, text: str, hit: re.Match[str]) -> Mention | None:
        """The none of a second quantity joined to the first ("no one was killed or injured": none injured), as
        a mention over its word; None where the joined word is no other quantity ("killed or dead")."""
        if self._joined is None or (j := self._joined.match(text, hit.end("word"))) is None:
            return None
        first, second = (self._concept_of.get(w.casefold()) for w in (hit.group("word"), j.group("word")))
        if second is None or second == first:
            return None
        s, e = j.span("word")
        return Mention(kind=Kind.NUMBER, start=s, end=e, text=text[s:e], low=0.0, high=0.0)
