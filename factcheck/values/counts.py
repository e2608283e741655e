"""The noun a bare count counts: "11 models", "at least 22 executives", "Five Little Tigers".

Without a tagger we take the words after the number up to the first plural
noun (its head), at most four words, stopping at function words, units and
punctuation. A count of one takes the single word after it. The stop words
and irregular plurals (people, personnel...) are lexicon data.
"""

from __future__ import annotations

import re

from factcheck.values.patterns import Patterns

_WORD = re.compile(r"[ \t]+(?P<w>[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z])")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "ous")


def is_plural(word: str, pat: Patterns) -> bool:
    low = word.lower()
    if low in pat.irregular_plurals:
        return True
    if len(low) < 3 or not low.endswith("s") or low.endswith(_NOT_PLURAL_ENDINGS):
        return False
    return True


def counted_noun(norm: str, pos: int, value: float, pat: Patterns) -> tuple[str, int] | None:
    """(noun phrase as written, end offset) for the words after `pos`, or None."""
    words: list[tuple[str, int, int]] = []
    p = pos
    for k in range(4):
        m = _WORD.match(norm, p)
        if m is None:
            break
        w = m.group("w")
        low = w.lower()
        if k == 0 and low in pat.count_modifiers:
            # "six more bodies", "two extra prison terms": the noun after the modifier is what is counted
            words.append((w, m.start("w"), m.end("w")))
            p = m.end()
            continue
        if low in pat.count_stop or low in pat.months or low in pat.weekdays:
            break
        if k > 0 and low in pat.unit_words and is_plural(w, pat):
            start = words[0][1]
            return norm[start : m.end("w")], m.end("w")  # "50,000 thinking tokens"
        if low in pat.unit_words or low in pat.currency_names or low in pat.scales or low in pat.hundred:
            break
        if k > 0 and w.isupper() and len(w) > 1 and not is_plural(w, pat):
            # acronyms inside a phrase ("AI executives") are fine, but not as the last word
            pass
        if k == 0 and w.isupper() and w.isalpha() and 2 <= len(w) <= 5 and not 1900 <= value <= 2100:
            nxt = _WORD.match(norm, m.end())
            if nxt is None or not nxt.group("w")[0].islower() or nxt.group("w").lower() in pat.count_stop:
                return w, m.end("w")  # "ten million DAU": an acronym counted as written
        words.append((w, m.start("w"), m.end("w")))
        p = m.end()
        if is_plural(w, pat):
            start = words[0][1]
            return norm[start : words[-1][2]], words[-1][2]
        if value == 1 and k == 0 and low.isalpha() and w[0].islower():
            return w, m.end("w")
    return None
