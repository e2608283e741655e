"""Is a word really a month here? "May" is a verb and "march" a noun unless the context says otherwise."""

from __future__ import annotations

import re

from factcheck.values.dates.patterns import DatePatterns

# Words before a bare "22/04" that make it a date, not a fraction or a score.
NUMERIC_DATE_CONTEXT = re.compile(
    r"(?<![\w])(?:on|from|to|by|since|until|till|between|through|this|next|last|due|dated|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[ \t]+$|[-~][ \t]*$",
    re.IGNORECASE,
)


_MONTH_PREPS = re.compile(
    r"(?<![\w])(?:in|since|by|until|till|from|before|after|during|of|early|late|mid|this|last|next|to|through|between|and|as of|end of|beginning of|start of|starting|ending|on|until|the)[ \t-]+$",
    re.IGNORECASE,
)


_STRONG_PREPS = re.compile(
    r"(?<![\w])(?:in|since|by|until|till|from|before|after|during|of|early|late|mid|between|through|end of|beginning of|start of)[ \t-]+$",
    re.IGNORECASE,
)


def month_context(norm: str, pos: int, word: str, dp: DatePatterns, *, with_day: bool) -> bool:
    """Ambiguous month names ("May", "Mar", "Sept") need a preposition or a capital letter."""
    low = word.lower().rstrip(".")
    if low not in dp.months_amb and len(low) > 3:
        return True
    own = low not in dp.months_amb or low in dp.short_months
    if dp.month_preps is not None and own and dp.month_preps.search(norm, max(0, pos - 16), pos):
        return True  # a short name of the language after one of its date words: "van mei", "desde ago."
    if low == "may" and not word[0].isupper() and not _STRONG_PREPS.search(norm, max(0, pos - 14), pos):
        return False
    if low == "may" and word[0].isupper():
        # "May I ask" / sentence-initial modal
        nxt = norm[pos + 3 : pos + 8].strip().split(" ")[0] if pos + 3 < len(norm) else ""
        if nxt.lower() in ("i", "we", "you", "he", "she", "it", "they", "be", "not", "have", "also", "well"):
            return False
        if not with_day and not _MONTH_PREPS.search(norm, max(0, pos - 14), pos):
            return False
    if with_day:
        return word[0].isupper() or bool(_MONTH_PREPS.search(norm, max(0, pos - 14), pos)) or low not in ("may", "march", "mar")
    if len(low) <= 3 or low == "march":
        return bool(_MONTH_PREPS.search(norm, max(0, pos - 14), pos)) and (word[0].isupper() or low != "march")
    return True
