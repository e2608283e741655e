"""The product model a price is told for, by the size that names it ("$1,099 for the 13-inch version").

Launch stories list one price per model ("the 13-inch model starts at $1,199, the 15-inch at $1,799");
two prices of two models are two facts. A model is named by a size written as an adjective (a number
glued to a unit of `model_sizes` in rules/knowledge/quantities.yml: "13-inch", '15"'), in the figure's own
clause: first the words after it up to the next figure or clause break, else the words before it back to
the last clause break.
"""

from __future__ import annotations

import re

# Where a model's name ends: any comma, colon or bracket, not only a clause's break (context._CLAUSE_BREAK), since
# "the 13-inch model, at $1,199, and the 15-inch" names each model within its commas
_BREAK = re.compile(r"[;,:()]|\b(?:while|but|whereas)\b", re.I)


def _size_pattern(units: frozenset[str]) -> re.Pattern[str] | None:
    """'13-inch', '13 inch', '13"', '15.6-inch': a number and a unit written as one adjective (not "15 inches")."""
    if not units:
        return None
    marks = sorted((u for u in units if not u[:1].isalpha()), key=len, reverse=True)
    words = sorted((u for u in units if u[:1].isalpha()), key=len, reverse=True)
    parts = []
    if words:
        parts.append(r"[- ]?(?:" + "|".join(map(re.escape, words)) + r")\b")
    if marks:
        parts.append(r"(?:" + "|".join(map(re.escape, marks)) + r")")
    return re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d)?)(?:" + "|".join(parts) + r")", re.I)


def model_size(text: str, start: int, end: int, sentence: tuple[int, int], figures: tuple[tuple[int, int], ...],
               units: frozenset[str]) -> str | None:
    """The model size ("13-inch") the figure at [start, end) is told for, or None; `figures`: the spans of the
    sentence's other figures, which bound the words that may name its model."""
    pattern = _size_pattern(units)
    if pattern is None:
        return None
    nxt = min((s for s, _ in figures if s >= end), default=sentence[1])
    after = text[end:nxt]
    if (cut := _BREAK.search(after)) is not None:
        after = after[: cut.start()]
    if (hit := pattern.search(after)) is not None:
        return f"{hit.group(1)}-size"
    before = text[sentence[0] : start]
    breaks = [b.end() for b in _BREAK.finditer(before)]
    before = before[breaks[-1] :] if breaks else before
    hits = list(pattern.finditer(before))
    return f"{hits[-1].group(1)}-size" if hits else None
