"""Counts of one told in words: "killing one man", "one person was arrested".

The values library keeps a spelled-out "one" only where it counts something plural ("one go" and "One
path" are no counts), so a toll of one never reaches the claims. Next to a word of a running count in the
news vocabulary (killed, injured, arrested, ...) it is one: this finds "one" (or "a single") right after
such a word and before the noun it counts, or before a noun and a form of "to be" and such a word, and
gives it as a mention of the number 1. The words are data: `zero_counts.one` and `not_counted`, and the verbs of
being in `zero_counts.between` (the words a count's noun and its verb may have between them).
"""

from __future__ import annotations

import re

from factcheck.knowledge.news import NewsVocabulary
from factcheck.models import Kind, Mention

class SingleCounts:
    """Finds counts of one beside the vocabulary's running quantities (those that `change`: tolls, arrests)."""

    def __init__(self, news: NewsVocabulary) -> None:
        words = sorted({w for c in news.concepts if c.changes for w in c.words if w.isalpha()}, key=len, reverse=True)
        links = sorted({w for w in news.zero_counts.between if w.isalpha()}, key=len, reverse=True)
        verbs = "|".join(map(re.escape, words))
        be = "|".join(map(re.escape, links))
        ones = sorted(news.zero_counts.one, key=len, reverse=True)
        one = "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ones) + ")"
        self._not_counted = frozenset(w.casefold() for w in news.zero_counts.not_counted)
        self._re = (
            re.compile(
                rf"(?<![\w-])(?:(?:{verbs})\s+(?P<after>{one}\s+[a-z]+)(?![\w-])"
                rf"|(?P<before>{one}\s+[a-z]+)(?:\s+(?:{be})){{1,3}}\s+(?:{verbs})(?![\w-]))",
                re.IGNORECASE,
            )
            if words and links and ones
            else None
        )

    def find(self, text: str, taken: list[Mention]) -> list[Mention]:
        """Mentions of 1 in `text` that overlap no mention already found; the noun counted must be singular
        ("killing one man", not "killing one of the guards")."""
        if self._re is None:
            return []
        out = []
        for hit in self._re.finditer(text):
            group = "after" if hit.group("after") else "before"
            s, e = hit.span(group)
            noun = hit.group(group).split()[-1].lower()
            if noun in self._not_counted or any(m.start < e and s < m.end for m in taken):
                continue
            out.append(Mention(kind=Kind.NUMBER, start=s, end=e, text=text[s:e], low=1.0, high=1.0, counted=noun))
        return out
