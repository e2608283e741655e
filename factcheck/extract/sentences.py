"""Sentence boundaries for scraped and Markdown text, as character offsets.

A sentence starts at every line, after a full stop, question or exclamation
mark followed by a space and a capital or digit (not after "Dr." or "vs."), after
a Chinese full stop, and at every glue point found by `repair.glue_points`.
Version numbers such as "ChatGPT-3.5" are never ends because no space follows.
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u3400-\u9fff])|[。！？]+[”’」』)]*")
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st vs etc e.g i.e inc ltd co corp no jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.k approx est fig al jr sr gen gov sen rep dept univ ca".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if m.start(1) > 0 and text[m.start(1) - 1].isdigit():
        return False  # "... to £58m. That would ...": a scale or unit after a number, not an initial
    if word in _ABBREVIATIONS:
        return True
    # an initial ("John B. Smith"), unless a word that opens sentences follows: "a $140M Series B. The round ..."
    nxt = _NEXT_WORD.match(text, dot + 1)
    return len(word) == 1 and word.isalpha() and not (nxt and nxt.group(1) in _OPENERS)


_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Z][a-z]*)\b")
# Words that open a sentence and never follow an initial in a name
_OPENERS = frozenset("The A An It He She They We I This That These Those Its His Her Their But And In On At "
                     "As If When While After Before Since For With By From So Yet Then There Here".split())


def sentence_starts(text: str, glue: list[int]) -> list[int]:
    """Sorted offsets at which a sentence starts (always including each line's first character)."""
    starts = set(glue)
    pos = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        if line.strip():
            starts.add(pos + lead)
        pos += len(line) + 1
    for m in _END.finditer(text):
        if m.group(0)[0] == "." and _is_abbreviation(text, m.start()):
            continue
        nxt = m.end()
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        if nxt < len(text) and text[nxt] != "\n":
            starts.add(nxt)
    return sorted(starts)


MAX_SENTENCE = 600  # characters; longer runs (no full stops at all) are cut at a comma or space


def _cut_long(text: str, starts: list[int]) -> list[int]:
    """Extra starts inside runs longer than MAX_SENTENCE, so no sentence makes per-sentence work quadratic."""
    out: list[int] = []
    bounds = [*starts, len(text)]
    for s, e in zip(bounds, bounds[1:]):
        out.append(s)
        pos = s
        while e - pos > MAX_SENTENCE:
            cut = max(text.rfind(", ", pos, pos + MAX_SENTENCE), text.rfind("; ", pos, pos + MAX_SENTENCE))
            if cut <= pos:
                cut = text.rfind(" ", pos, pos + MAX_SENTENCE)
            pos = cut + 1 if cut > pos else pos + MAX_SENTENCE
            while pos < e and text[pos] == " ":
                pos += 1
            out.append(pos)
    return out


def sentence_spans(text: str, glue: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trailing white space trimmed, never crossing a line."""
    starts = _cut_long(text, sentence_starts(text, glue))
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        nl = text.find("\n", start, end)
        if nl != -1:
            end = nl
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans

