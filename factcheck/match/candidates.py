"""Which pairs of one block are worth comparing: all of them in a small block, those that share a rare
word or a named subject in a large one.

A block holds the claims of one quantity at one stage. In the articles of one story it is small (tens of
claims) and every pair is compared, so alignment is exact. Over a corpus of thousands of stories, a block
such as "deaths" holds thousands of claims from unrelated stories, and comparing every pair is quadratic.
There, two claims are compared only when they share one of the few rarest words of their sentences (a
name, a place, a specific noun: what tells one story from another) or the same named subject. Figures of
one fact told twice share such words; pairs that share only common words could not pass the similarity
floor with the bonuses alone but in rare cases, which a large corpus can afford to miss.

Cost: O(n) for the index of a block of n claims, plus the pairs inside each posting list, each capped at
MAX_POSTING claims (a word that common tells no story apart); so O(n * RARE_KEYS * MAX_POSTING) at worst.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from factcheck.models import Claim

SMALL_BLOCK = 300  # up to this many claims, every pair is compared
RARE_KEYS = 4  # words of each claim's sentence it is indexed under, rarest in the block first
MAX_POSTING = 200  # a word or subject shared by more claims than this is no evidence of one story


def candidate_pairs(claims: Sequence[Claim], subjects: Sequence[str | None]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of `claims` to compare, in a stable order; `subjects` are their subject keys."""
    n = len(claims)
    if n <= SMALL_BLOCK:
        for i in range(n):
            for j in range(i + 1, n):
                yield i, j
        return
    frequency: Counter[str] = Counter(t for c in claims for t in set(c.frame.terms or ()))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        words = sorted(set(c.frame.terms or ()), key=lambda t: (frequency[t], t))
        for word in [w for w in words if frequency[w] > 1][:RARE_KEYS]:
            postings[word].append(i)
        if subjects[i]:
            postings["\0" + subjects[i]].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) > MAX_POSTING:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                pairs.add((ids[x], ids[y]) if ids[x] < ids[y] else (ids[y], ids[x]))
    yield from sorted(pairs)
