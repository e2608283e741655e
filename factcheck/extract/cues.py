"""Find attribute cue words ("valued at", "monthly active users") in a spaCy Doc.

Cues are matched on word stems (token.norm_ is set to the Snowball stem), so
one cue covers its inflections: "valuation" also finds "valuations".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from factcheck.extract.repair import plain
from factcheck.knowledge import Knowledge

_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    return _STEMMER.stemWord(plain(word).lower())


def set_norms(doc: Doc) -> None:
    for tok in doc:
        tok.norm_ = stem(tok.text)


@dataclass(frozen=True)
class CueMention:
    start: int
    end: int
    text: str
    attribute: str
    tokens: int
    counted: bool  # a counted noun ("models") rather than a cue phrase


class CueFinder:
    """Built once per knowledge; finds every cue of every attribute in a Doc."""

    def __init__(self, vocab, make_doc, knowledge: Knowledge) -> None:
        self.matcher = PhraseMatcher(vocab, attr="NORM")
        for spec in knowledge.attributes:
            for key, words in (("CUE", spec.cues), ("COUNTED", spec.counted)):
                patterns = []
                for phrase in words:
                    d = make_doc(plain(phrase))
                    set_norms(d)
                    patterns.append(d)
                if patterns:
                    self.matcher.add(f"{key}:{spec.name}", patterns)
        self.strings = vocab.strings

    def __call__(self, doc: Doc) -> list[CueMention]:
        found = []
        for match_id, s, e in self.matcher(doc):
            key, attribute = self.strings[match_id].split(":", 1)
            span = doc[s:e]
            found.append(CueMention(span.start_char, span.end_char, span.text, attribute, e - s, key == "COUNTED"))
        found.sort(key=lambda c: (c.start, -c.tokens))
        return found
