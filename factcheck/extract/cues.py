"""Find attribute cue words ("valued at", "monthly active users") in a spaCy Doc.

Cues are matched on word stems (token.norm_ is set to the Snowball stem), so
one cue covers its inflections: "valuation" also finds "valuations".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import NORM, ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from factcheck.knowledge import Knowledge
from factcheck.values.words import plain, stem


def set_norms(doc: Doc) -> None:
    """token.norm_ = stem, written in one array operation."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH).tolist()
    norm_of = {orth: strings.add(stem(strings[orth])) for orth in set(orths)}  # each distinct word once
    norms = list(map(norm_of.__getitem__, orths))
    doc.from_array([NORM], numpy.array(norms, dtype="uint64").reshape(-1, 1))


def _compound_head(text: str, end: int) -> bool:
    """Does a word ending at `end` open a hyphenated compound ("sold-out shows", "loss-making units")? Then it
    is part of an adjective, not the verb or noun its cue means: "three sold-out shows" sold no units."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


@dataclass(frozen=True)
class CueMention:
    start: int
    end: int
    text: str
    attribute: str
    tokens: int
    counted: bool  # a counted noun ("models") rather than a cue phrase


class CueFinder:
    """Built once per knowledge; finds every cue of every attribute in a Doc.

    Attributes with `cue_match: exact` match their cues as written (so "released"
    does not also find "the release of"); table headers are nouns, so `header=True`
    matches every attribute by stem. Where two cues overlap ("cumulative financing
    amount"), the one that starts first wins: in English the modifier comes first.
    """

    def __init__(self, vocab, make_doc, knowledge: Knowledge) -> None:
        self.stemmed = PhraseMatcher(vocab, attr="NORM")
        self.exact = PhraseMatcher(vocab, attr="LOWER")
        self.header = PhraseMatcher(vocab, attr="NORM")
        for spec in knowledge.attributes:
            for key, words in (("CUE", spec.cues), ("COUNTED", spec.counted)):
                if not words:
                    continue
                docs = []
                for phrase in words:
                    d = make_doc(plain(phrase))
                    set_norms(d)
                    docs.append(d)
                label = f"{key}:{spec.name}"
                (self.exact if spec.cue_match == "exact" and key == "CUE" else self.stemmed).add(label, docs)
                self.header.add(label, docs)
        self.strings = vocab.strings

    def __call__(self, doc: Doc, header: bool = False) -> list[CueMention]:
        matches = self.header(doc) if header else [*self.stemmed(doc), *self.exact(doc)]
        found = []
        for match_id, s, e in matches:
            key, attribute = self.strings[match_id].split(":", 1)
            span = doc[s:e]
            if key == "CUE" and _compound_head(doc.text, span.end_char):
                continue
            found.append(CueMention(span.start_char, span.end_char, span.text, attribute, e - s, key == "COUNTED"))
        found.sort(key=lambda c: (c.start, -c.tokens))
        kept: list[CueMention] = []
        covered = (-1, -1)  # the first cue of the current run of overlapping cues
        reach = -1  # how far that run reaches, dropped cues included
        for c in found:
            if c.counted:
                kept.append(c)
                continue
            if c.start < reach and (c.start, c.end) != covered:
                reach = max(reach, c.end)
                continue  # overlaps the cue that starts first (one span may cue several attributes)
            if c.start >= reach:
                covered = (c.start, c.end)
            reach = max(reach, c.end)
            kept.append(c)
        return kept
