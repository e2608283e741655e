"""Number words written as one word: German "achtundsiebzig", Dutch "zevenhonderd", Italian "duecento".

Languages that glue number words together (`numbers.compound_words` in their lexicon) get one
regex token per glued word; this module cuts it back into the tokens the grammar reads. A unit
joined to a tens word by an and-word ("acht|und|siebzig", units first) becomes one tens token
(78), and a word of `numbers.hundreds` ("doscientos") becomes its count and "hundred".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from factcheck.values.number_grammar import Token

Kinds = Callable[[str], tuple[str, float]]


def split_compound(word: str, start: int, kinds: Kinds, vocabulary: frozenset[str], joiners: frozenset[str]) -> list[Token] | None:
    """Tokens of one glued number word, or None when it does not cut into known words."""
    parts = _segment(word.lower(), vocabulary | joiners)
    if parts is None:
        return None
    toks: list[Token] = []
    pos = start
    pending_and = False
    and_start = pos
    for part in parts:
        end = pos + len(part)
        if part in joiners and part not in vocabulary:
            pending_and = True
            and_start = pos
            pos = end
            continue
        kind, value = kinds(part)
        prev = toks[-1] if toks else None
        if pending_and and kind == "T" and prev is not None and prev.kind == "U" and prev.value < 10:
            toks[-1] = Token("T", value + prev.value, prev.start, end, word[prev.start - start : end - start], gap=prev.gap)
        else:
            # "honderdenzes": the joiner belongs to the part after it, so the parts still touch
            first = and_start if pending_and and toks else pos
            toks.append(Token(kind, value, first, end, word[first - start : end - start], gap="space" if toks else ""))
        pending_and = False
        pos = end
    return toks or None


def _segment(word: str, known: frozenset[str]) -> list[str] | None:
    return _segment_cached(word, known)


@lru_cache(maxsize=4096)
def _segment_cached(word: str, known: frozenset[str]) -> list[str] | None:
    """Longest-first cut of `word` into known pieces, trying shorter pieces when the rest fails."""
    if not word:
        return []
    for n in range(min(len(word), 16), 0, -1):
        head = word[:n]
        if head in known:
            rest = _segment_cached(word[n:], known)
            if rest is not None:
                return [head, *rest]
    return None
