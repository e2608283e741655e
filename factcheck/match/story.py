"""Do two articles tell the same story? Rarity-weighted overlap of the words of their figures' sentences.

Outlets reporting one event share its rare words (the place, the names, "magnitude", "revolver"); two
unrelated stories share common words ("said", "police", "year"). Each word stem is weighted by how rare
it is in general English (its rank in wordfreq's list; a word not on the list, such as a name, counts as
rarest; the commonest words count nothing), and two articles' similarity is the weighted cosine of
their sets of stems. The weights come from general English, not from the scanned corpus, so the
similarity of two articles depends on those two alone: adding or editing a third never changes it.

Measured on the 74 ECB+ development clusters and 300 AllSides articles: 85% of the pairs of articles of
one cluster reach 0.15 and 59% reach 0.25; of random pairs of AllSides articles, 2.8% and 0.3%.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from factcheck.match.similarity import named, subject_key
from factcheck.models import Claim
from factcheck.values.words import stem

GENERAL_WORDS = 30000  # the most frequent English words whose rank weighs their stems
UNLISTED = math.log10(GENERAL_WORDS + 10) + 0.5  # a stem of no listed word: a name, a rare term
COMMON_WORDS = 1000  # stems of the commonest words ("said", "year", "people") are no evidence at all
# Similarities between these two bounds give a share of the evidence; at or above SAME_STORY, all of it.
OTHER_STORY = 0.12
SAME_STORY = 0.25
# Below this similarity two articles are not trusted to tell one story when their figures differ: articles
# on one topic (a pandemic, a market) share its rare words but report different events. Measured: of the
# conflicts raised between 300 AllSides articles of unrelated stories, 9 of 12 fall below it; of the ECB+
# development conflicts that match the gold, none. It
# holds for every pair, a known attribute of one name too: on 1,000 AllSides articles, a third of the
# conflicts it removes are known attributes ("employees", "age") of one name in two unrelated stories.
DIFFERENT_STORIES = 0.2
# ... unless the shorter article's rare words are mostly in the other: a one-line update of the story.
CONTAINED = 0.6
# The day of an event no knowledge names ("voted on Thursday", "said Monday") needs more: articles of one
# topic share its rare words and name many days. On 1,000 AllSides articles it removes 4 more of the
# conflicts raised between unrelated stories; the ECB+ development conflicts found stay the same.
DAY_STORY = 0.3
# An article whose rare words weigh less than this (a few sentences of common words) tells nothing of its story.
MIN_EVIDENCE = 3.0
# An article reads as English when at least this share of its stems are stems of common English words.
ENGLISH_SHARE = 0.6


# The article languages the values library reads: their common words are no story evidence either
# ("und", "wurde", "polizei" weigh like "said", not like a name).
OTHER_LANGUAGES = ("de", "fr", "es", "pt", "nl", "it")
OTHER_WORDS = 10000  # of each other language, the most frequent


MAIN_SUBJECT_LEAD = 2  # an article's main subject is named by this many more of its figures than any other name


def _main_subjects(claims: Iterable[Claim]) -> dict[str, str]:
    """Each article's main subject: the name its figures are most often about, by a lead of MAIN_SUBJECT_LEAD."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in claims:
        if named(c) and (key := subject_key(c)) is not None:
            counts[c.document][key] += 1
    out: dict[str, str] = {}
    for doc, names in counts.items():
        ranked = sorted(names.values(), reverse=True)
        if ranked[0] - (ranked[1] if len(ranked) > 1 else 0) >= MAIN_SUBJECT_LEAD:
            out[doc] = max(names, key=names.__getitem__)
    return out


@cache
def _english_ranks() -> dict[str, int]:
    """Each stem's best rank among the GENERAL_WORDS most frequent English words."""
    from wordfreq import top_n_list

    out: dict[str, int] = {}
    for rank, word in enumerate(top_n_list("en", GENERAL_WORDS)):
        out.setdefault(stem(word), rank)
    return out


@cache
def _english() -> frozenset[str]:
    """The stems of the GENERAL_WORDS most frequent English words."""
    return frozenset(_english_ranks())


@cache
def _ranks() -> dict[str, int]:
    """Each stem's best rank among the GENERAL_WORDS most frequent English words and the OTHER_WORDS most
    frequent words of each other language."""
    from wordfreq import top_n_list

    out = dict(_english_ranks())
    for language in OTHER_LANGUAGES:
        for rank, word in enumerate(top_n_list(language, OTHER_WORDS)):
            key = stem(word)
            out[key] = min(out.get(key, rank), rank)
    return out


def rarity(term: str) -> float:
    """log10 of a stem's rank among English words, 0 for the COMMON_WORDS commonest: the weight of shared
    evidence."""
    rank = _ranks().get(term)
    if rank is None:
        return UNLISTED
    return 0.0 if rank < COMMON_WORDS else math.log10(rank + 10)


class StoryIndex:
    """The weighted stems of each article's sentences with figures, and their pairwise similarity.

    `concepts`: the quantities the news vocabulary knows as facts of an event (deaths, magnitude, shots
    fired), and the dates and durations of those events; only figures of those count on the story (`for_pair`): an open noun such as "carries" or
    "model" has many values in one story (each game, each version). Built in linear time from the claims; each pair of articles is compared once, on demand, in time
    linear in their stems."""

    def __init__(self, claims: Iterable[Claim], concepts: frozenset[str] = frozenset()) -> None:
        self.concepts = concepts
        terms: dict[str, set[str]] = defaultdict(set)
        claims_list = list(claims)
        for c in claims_list:
            terms[c.document].update(c.frame.terms or ())
        self._terms = {doc: frozenset(ts) for doc, ts in terms.items()}
        # each stem's rarity, looked up once: `_shared` sums them for every pair of articles compared
        self._rarity = {t: rarity(t) for ts in self._terms.values() for t in ts}
        # fsum: exact, so the same in every process whatever order the set's string hashes give (Dask workers too)
        self._norm = {doc: math.sqrt(math.fsum(map(self._rarity.__getitem__, ts))) for doc, ts in self._terms.items()}
        english = _english()
        self._english = {doc: bool(ts) and len(ts & english) >= ENGLISH_SHARE * len(ts) for doc, ts in self._terms.items()}
        # an English and a foreign article share names, not words: their similarity is over the stems no word
        # list holds (names, codes), which both languages write alike
        self._names = {doc: frozenset(t for t in ts if self._rarity[t] == UNLISTED) for doc, ts in self._terms.items()}
        self._names_norm = {doc: math.sqrt(math.fsum(map(self._rarity.__getitem__, ts))) for doc, ts in self._names.items()}
        self._pairs: dict[tuple[str, str], float] = {}
        self._main = _main_subjects(claims_list)

    def document_key(self, doc: str) -> str:
        """What the index holds of one article (its stems): while it is unchanged, so is every similarity of
        the article (an incremental scan keys a block's alignment by it, factcheck.app.blocks)."""
        return "\0".join(sorted(self._terms.get(doc, ()))) + "\1" + (self._main.get(doc) or "")  # and its main subject

    def _shared(self, a: str, b: str) -> float:
        """The summed rarity of the stems two articles share (computed once per pair)."""
        key = (a, b) if a < b else (b, a)
        if key not in self._pairs:
            ta, tb = self._terms.get(a, frozenset()), self._terms.get(b, frozenset())
            self._pairs[key] = math.fsum(map(self._rarity.__getitem__, ta & tb))  # order-free, as `_norm`
        return self._pairs[key]

    def similarity(self, a: str, b: str) -> float:
        """Weighted cosine of two articles' stems, in [0, 1] (1 for an article with itself); of their names
        only where one is English and the other not."""
        if a == b:
            return 1.0
        if self._english.get(a) != self._english.get(b):
            norm = self._names_norm.get(a, 0.0) * self._names_norm.get(b, 0.0)
            shared = self._names.get(a, frozenset()) & self._names.get(b, frozenset())
            return math.fsum(map(self._rarity.__getitem__, shared)) / norm if norm else 0.0
        norm = self._norm.get(a, 0.0) * self._norm.get(b, 0.0)
        return self._shared(a, b) / norm if norm else 0.0

    def strength(self, a: str, b: str) -> float:
        """How surely two different articles tell one story, in [0, 1]: 0 at or below OTHER_STORY, 1 at or
        above SAME_STORY. An article with itself: 0 (one article is not two reports of a story)."""
        if a == b:
            return 0.0
        s = self.similarity(a, b)
        return min(1.0, max(0.0, (s - OTHER_STORY) / (SAME_STORY - OTHER_STORY)))

    def containment(self, a: str, b: str) -> float:
        """The weighted share of the shorter article's stems that the other holds, in [0, 1]: a one-line
        update of a story is contained in the story even where its cosine is small."""
        if a == b:
            return 1.0
        least = min(self._norm.get(a, 0.0), self._norm.get(b, 0.0)) ** 2
        return self._shared(a, b) / least if least else 0.0

    def different_stories(self, a: str, b: str, least: float = DIFFERENT_STORIES) -> bool:
        """Two different English articles that share too few rare words to be trusted with one story: below
        `least`, and the shorter not mostly contained in the longer (CONTAINED). Articles in other languages
        share only names with an English one, so the test is not made for them (they are never said to be
        different stories)."""
        if a == b or not (self._english.get(a) and self._english.get(b)):
            # across languages only names are shared: an English and a German report of one story share little
            return False
        if min(self._norm.get(a, 0.0), self._norm.get(b, 0.0)) < MIN_EVIDENCE:
            return False  # an article of common words only: no evidence either way, so not two stories
        return self.similarity(a, b) < least and self.containment(a, b) < CONTAINED

    def languages_differ(self, a: str, b: str) -> bool:
        """Is one of two articles English and the other not? Their sentences then share names, never words."""
        return a != b and a in self._english and b in self._english and self._english[a] != self._english[b]

    def about_named(self, a: Claim, b: Claim) -> bool:
        """Of two claims one of which names its subject, is the other's article mainly about that subject? Then
        its unnamed figure ("the party secured 139 seats", the name said in the headline) is most likely its."""
        sa, sb = subject_key(a), subject_key(b)
        if bool(sa) == bool(sb):
            return False
        named_side, other = (a, b) if sa else (b, a)
        return named(named_side) and self._main.get(other.document) == subject_key(named_side)

    def for_pair(self, a: Claim, b: Claim) -> float:
        """`strength` of two claims' articles, where both measure one quantity the vocabulary knows; else 0."""
        q = a.frame.quantity
        if q is None or q != b.frame.quantity or q.removeprefix("date_of_").removeprefix("duration_of_") not in self.concepts:
            return 0.0
        return self.strength(a.document, b.document)
