"""Repair what scraping does to text, without moving a single character.

Scraped articles lose the space (and often the full stop) between sentences:
"growing rapidlyThe company", "parametersBy November", "MicrosoftJiang
joined". We find those glue points as character offsets so the tokenizer can
split there and the sentence splitter can start a sentence there; the text
itself is never changed, so every offset still points into the original.

Names written in camel case (StepFun, DeepSeek, MiniMax, iPhone) are not glue:
a glue point needs a lower-case word of two or more letters before a
capitalised word, or two capitalised words that each stand alone elsewhere in
the same article while the joined form appears only once.
"""

from __future__ import annotations

import re
from collections import Counter

# A lower-case word (2+ letters, starting at a word boundary) glued to a capitalised word.
# The runs of letters are possessive ({2,}+): giving letters back could never let a capital follow, and
# trying it at every length made the scan of a long text slow.
_LOWER_GLUE = re.compile(r"\b([a-z]{2,}+[.!?]?)([A-Z][a-z]+)")
# Two capitalised words glued together: "MicrosoftJiang".
_CAMEL = re.compile(r"\b([A-Z][a-z]{2,}+)([A-Z][a-z]{2,}+)\b")
_WORD = re.compile(r"[A-Za-z]+")


def glue_points(text: str, keep: frozenset[str] = frozenset()) -> list[int]:
    """Offsets where a sentence was glued to the one before it.

    `keep` holds names (case-sensitive) that must never be split, such as
    known camel-case aliases.
    """
    points = [m.start(2) for m in _LOWER_GLUE.finditer(text) if m.group(0) not in keep]
    camel = list(_CAMEL.finditer(text))
    if camel:
        words = Counter(_WORD.findall(text))
        for m in camel:
            joined, left, right = m.group(0), m.group(1), m.group(2)
            if joined in keep:
                continue
            # Both halves must stand alone elsewhere, and the joined form be rare.
            if words[left] > 0 and words[right] > 0 and words[joined] <= 1:
                points.append(m.start(2))
    return sorted(set(points))
