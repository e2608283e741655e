"""Who holds an open-domain figure: the named entity the figure belongs to, or nobody named.

In news about one event most figures belong to the event ("five bombs were dropped", "12 were
killed"); the names around them are places, witnesses and sources. A figure belongs to a name only
when the text ties it to that name: a possessive ("Charles' 226 yards"), an age beside a name
("Jane Roe, 34," / "the 34-year-old Jane Roe"), a bracket after it ("Acme ($3 billion)"), or, with a
trained parser, the name as the subject of the verb that governs the figure or as the possessor of
the noun it counts. Otherwise the holder is None, and the match stage treats the figure as the
event's, comparing it only with figures told in like words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from factcheck.extract.entities import EntityMention
from factcheck.models import Kind, Mention
from factcheck.values.words import stem

_POSSESSIVE = re.compile(r"^['’]s?\s+(?:[a-z][\w-]*\s+){0,2}$")
_APPOSITION = re.compile(r"^,\s*(?:age[ds]?\s+)?$|^\s*[(（]\s*$", re.I)  # "Roe, 34," "Roe, age 34," "Acme ($3 billion)"
# "Lunetti, de 23 anos,", "García, de 31 años,": an age in years after a small word of the article's language
_YEARS_APPOSITION = re.compile(r"^,\s*[a-z]{1,3}\s+$")
_AGE_BEFORE_NAME = re.compile(r"^(?:-year)?[- ]old\s+$|^[- ]years?[- ]old\s+$", re.I)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
_DESCRIPTION_AFTER_NAME = re.compile(r"^,\s*an?\s+$")  # "Ada Brenn, a 30-year-old nurse"


def _entity_at(entities: Sequence[EntityMention], offset: int) -> EntityMention | None:
    return next((e for e in entities if e.start <= offset < e.end), None)


def _from_parse(doc: Doc, m: Mention, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The entity that is the subject of the figure's verb, or the possessor of the noun it counts."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    node: Token = span.root
    for _ in range(4):
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS and not (m.start <= child.idx < m.end):
                if (e := _entity_at(entities, child.idx)) is not None:
                    return e
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return None


_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def modifier(e: EntityMention, text: str, function_words: frozenset[str]) -> bool:
    """Is the name a modifier of the noun after it ("the 24-year-old Rio Claro midfielder", "a Harwick player"), not
    someone a figure is told of? A small word or a verb in the past after it ("Roe is", "Roe signed") keeps it a name
    of its own."""
    nxt = _NEXT_WORD.match(text, e.end, e.end + 30)
    return nxt is not None and stem(nxt.group(1)) not in function_words and not nxt.group(1).endswith("ed")


def holder(
    doc: Doc, m: Mention, entities: Sequence[EntityMention], text: str, function_words: frozenset[str] | None = None
) -> EntityMention | None:
    """The named entity the figure belongs to, when the text ties it to one; else None. With `function_words` (a
    person's figure), an age before a name that modifies a noun ("the signing of the 24-year-old Rio Claro
    midfielder") is the person named before it in the sentence, not the club's."""
    before = [e for e in entities if e.end <= m.start and m.start - e.end <= 40]
    after = [e for e in entities if e.start >= m.end and e.start - m.end <= 20]
    if before:
        e = before[-1]
        gap = text[e.end : m.start]
        if _POSSESSIVE.match(gap) or _APPOSITION.match(gap):
            return e
        if m.kind == Kind.DURATION and m.unit == "year" and _YEARS_APPOSITION.match(gap) and text[m.end : m.end + 1] == ",":
            return e
    if after:
        e = after[0]
        if _AGE_BEFORE_NAME.match(text[m.end : e.start]):
            if function_words is None or not modifier(e, text, function_words):
                return e
            told = [x for x in entities if x.end <= m.start and not modifier(x, text, function_words)]
            return told[-1] if told else None
    if _parsed(doc):
        return _from_parse(doc, m, entities)
    return None


def _parsed(doc: Doc) -> bool:
    """Has the doc a dependency parse? Asked once per doc: spaCy scans every token to answer, and
    this is asked for each figure (the memo is the one FrameReader keeps on the doc)."""
    parsed = doc.user_data.get("fc_parsed")
    if parsed is None or parsed[0] != len(doc):
        parsed = doc.user_data["fc_parsed"] = (len(doc), doc.has_annotation("DEP"))
    return bool(parsed[1])


def described_after_name(m: Mention, entities: Sequence[EntityMention], text: str) -> EntityMention | None:
    """The name a description with a personal figure stands beside: "Ada Brenn, a 30-year-old nurse at the
    clinic, said ..." is Ada Brenn's age, told with what she is; not any nurse's."""
    before = [e for e in entities if e.end <= m.start and m.start - e.end <= 6]
    return before[-1] if before and _DESCRIPTION_AFTER_NAME.match(text[before[-1].end : m.start]) else None
