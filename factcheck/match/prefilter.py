"""Which candidate pairs of a block could align at all, decided from a few sets made once per claim.

Alignment (`factcheck.match.align`) compares the candidate pairs of a block (`match.candidates`): every pair of
a block of up to SMALL_BLOCK claims, which in a corpus of thousands of stories is mostly figures of unrelated
stories. For each, `align_pair` builds the word sets of both sentences, weighs the story and writes its reasons,
about 10 microseconds, to reject most of them. `could_align` says, from sets made once per claim, when a pair
cannot pass `_link` whatever else it holds:

* two different named subjects never align (`align_pair` returns None first thing);
* otherwise a pair aligns only by knowledge (one named subject: `_link`), or with a word similarity of at least
  MIN_SIMILARITY, or by the escape for sole firm figures of one story, or by the main firm figures of articles in
  two languages (`align_pair`). The similarity is half the
  containment of the words near the figures and half the Jaccard share of their sentences' words: when the near
  words share nothing it is half the Jaccard share, which reaches MIN_SIMILARITY only if the shared words are at
  least 2 * MIN_SIMILARITY of the union, so at least that share of the larger sentence.

`could_align` is a necessary condition, never a sufficient one: a pair it keeps is judged by `_link` as before,
and a pair it drops would have got None, which changes no group (the union-find joins only on a link). So the
groups, their confidence and reasons are those of comparing every candidate pair, in the same order.
`tests/match/test_prefilter.py` checks it against `_link` on generated claims.

Cost: O(words) per claim for its key; O(1) set operations per pair (about a microsecond) instead of `_link`'s.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.match.similarity import FIRM_READINGS, MIN_SIMILARITY, Words, named, subject_key, words
from factcheck.models import Claim

# The Jaccard share of sentence words that alone reaches MIN_SIMILARITY (near words sharing nothing), and a slack
# so that rounding the products can only keep a pair at the bound, never drop it.
ALONE = 2 * MIN_SIMILARITY
SLACK = 1 + 1e-9


@dataclass(frozen=True, slots=True)
class PairKey:
    """What `could_align` reads of one claim."""

    subject: str | None  # subject_key
    named: bool
    terms: frozenset[str]
    near: frozenset[str]
    firm_sole: str | None  # its quantity, when read in its own words and the only value of its article
    firm_main: str | None  # its quantity, when read in its own words and its article's only or first value
    words: Words  # (near, terms): what align_pair compares, given it so that it makes no sets of its own


def pair_key(c: Claim) -> PairKey:
    """The claim's `PairKey` (made once per claim of a block)."""
    f = c.frame
    firm = f.quantity if f.quantity is not None and f.quantity_how in FIRM_READINGS else None
    near, terms = pair = words(c)
    return PairKey(subject_key(c), named(c), terms, near, firm if f.sole else None, firm if f.sole or f.lead else None, pair)


def could_align(a: PairKey, b: PairKey) -> bool:
    """False only for a pair `_link` rejects whatever the story index says (see the module's docstring)."""
    if a.subject and b.subject and a.subject != b.subject:
        return False  # two named subjects never align
    if a.named and b.named and a.subject and a.subject == b.subject:
        return True  # one named subject: a known attribute aligns it by knowledge
    if a.firm_sole is not None and a.firm_sole == b.firm_sole:
        return True  # sole firm figures of one quantity: one story aligns them whatever their words
    if a.firm_main is not None and a.firm_main == b.firm_main:
        return True  # main firm figures of one quantity: articles in two languages share no words to weigh
    if a.near and b.near and not a.near.isdisjoint(b.near):
        return True
    if not a.terms or not b.terms:
        return False  # no near word shared and no sentence words: a similarity of 0
    return len(a.terms & b.terms) * SLACK >= ALONE * max(len(a.terms), len(b.terms))  # shared / union <= shared / larger
