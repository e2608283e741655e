"""How sure are we that two claims tell the same fact? Frame similarity, precision first.

Two claims can only be compared when they measure the same quantity at the same stage and in
the same role (a rate is not a total, a target is not a result). Beyond that, the evidence is:
* the subject: the same named entity is strong; two different named entities never align; a
  claim with no named subject is about the event its article reports, and aligns only when the
  two sentences share enough of their words (the event's names, places, verbs);
* the words: the share of content words their sentences have in common (Jaccard of stems);
* the story: two articles that share the rare words of one event (`match.story`) report one story, and
  in one story a quantity named in each figure's own words is most often one fact.
The score is a confidence in [0, 1]; the match stage aligns pairs above a threshold, and the
reasons say why, so a reviewer can see what the alignment rested on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from factcheck.models import RECORD_READING, SENSE_READING, Claim

# How confident `align_pair` must be to align two claims at all, and to raise a conflict: agreeing values
# are evidence themselves, a conflict is an alarm.
ALIGN_CONFIDENCE = 0.3
MIN_SIMILARITY = 0.1  # below this share of common words (`similarity`), nothing else makes two figures one fact
CONFLICT_CONFIDENCE = 0.7
NAMED_BONUS = 0.25  # the same named subject on both sides
# Both figures say what they measure in their own words (the noun they count, the verb that governs
# them, "years old"), and it is the same quantity: the strongest sign two outlets tell one fact.
FIRM_QUANTITY_BONUS = 0.15
# Both figures name the same instance of their attribute beside them ("Series A"): of one subject, one fact.
SAME_INSTANCE_BONUS = 0.25
# Both figures are the only value their articles give for the quantity (match.sole): one fact per story.
SOLE_BONUS = 0.2
SEVERAL_PENALTY = 0.15
# Both figures are the value their articles give first, each article giving others later (an earlier round,
# the previous tour): the main fact of each, most often one fact; less sure than a sole value.
LEAD_BONUS = 0.1
LEAD_DAYS = 2  # ... in reports this many days apart at most: a market's move of Monday and of Thursday are two facts
# ... or, in undated reports, articles this surely of one story (match.story strength): on the ECB+ development
# clusters, whose articles carry no date, outlets of one event mostly reach 0.5 to 0.8, and at 1.0 few leads met.
LEAD_STORY = 0.5
# The two articles tell one story (match.story strength 1; a share of it below). Two unrelated stories in
# one scan never earn it, so it is safe to count on.
STORY_BONUS = 0.2
# Both figures a running count (a toll) of the story's event, with no named subject, in two articles of one story
# (strength 1) published the same day: that day's toll of one event, however differently each outlet words it
# ("no one was killed or injured" and "12 people were killed and 20 wounded").
SAME_DAY_TOLL_BONUS = 0.35
FIRM_READINGS = frozenset(
    {
        "figure's own words", "word before the figure", "subject of the figure", "counted noun", "governing verb", "age", "event word",
        SENSE_READING, RECORD_READING,
    }
)
# An English article and one in another language share no words but names: where both figures name one quantity in
# their own words and each is its article's main value (its only one, or its first), the articles' story strength
# (over their names) times this stands in for the share of words they cannot have in common.
CROSS_LANGUAGE_WORDS = 0.3
# One article giving two values for one open quantity contradicts itself only when both sentences
# tell the same thing in much the same words.
WITHIN_OVERLAP = 0.5


@dataclass(frozen=True)
class Alignment:
    """The confidence that two claims are about one thing, and the evidence for it."""

    confidence: float
    reasons: tuple[str, ...]


def overlap(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> float:
    """Jaccard share of common words."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb)


def containment(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> float:
    """Share of the shorter word list found in the other: the few words around a figure."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    return len(sa & sb) / min(len(sa), len(sb))


def similarity(a: Claim, b: Claim) -> float:
    """Half the words around the figures, half the words of their sentences."""
    return set_similarity(words(a), words(b))


def firm_quantity(a: Claim, b: Claim) -> bool:
    """Both figures name the same quantity in their own words (not a word further off in the clause)."""
    return (
        a.frame.quantity is not None
        and a.frame.quantity == b.frame.quantity
        and a.frame.quantity_how in FIRM_READINGS
        and b.frame.quantity_how in FIRM_READINGS
    )


def main_values(a: Claim, b: Claim) -> bool:
    """Two figures of two articles, each its article's only value of the quantity or the one it gives first."""
    return a.document != b.document and bool(a.frame.sole or a.frame.lead) and bool(b.frame.sole or b.frame.lead)


def translated(strength: float) -> float:
    """The word similarity two sentences in different languages are taken to have: they share no words (a
    'kaartjes' is no 'tickets'), so how surely their articles tell one story stands in for it."""
    return CROSS_LANGUAGE_WORDS * strength


def _dated_near(a: Claim, b: Claim) -> bool | None:
    """Were the two articles published at most LEAD_DAYS apart? None where either is undated."""
    da, db = a.frame.reported, b.frame.reported
    return abs((da - db).days) <= LEAD_DAYS if da is not None and db is not None else None


def _one_moment(a: Claim, b: Claim, strength: Callable[[], float]) -> bool:
    """Do two articles report one moment: published at most LEAD_DAYS apart, or, undated, telling one story
    (LEAD_STORY)?"""
    near = _dated_near(a, b)
    return near if near is not None else strength() >= LEAD_STORY


def same_day_toll(a: Claim, b: Claim) -> bool:
    """Two running counts (a toll) in two articles published the same day: that day's count of one thing."""
    return (
        a.document != b.document
        and bool(a.frame.running and b.frame.running)
        and a.frame.reported is not None
        and a.frame.reported == b.frame.reported
    )


def each_its_own_now(a: Claim, b: Claim) -> bool:
    """Two different days each counted from its report's own day ("announced today", "said yesterday") in
    articles published on different days: each dates its own report's news, two moments rather than one fact
    told two ways (the same day told so in both still agrees)."""
    return (
        a.frame.relative_date == "writer's day"
        and b.frame.relative_date == "writer's day"
        and a.frame.reported != b.frame.reported
        and a.value.start != b.value.start
    )


def _sole_and_lone_bound(a: Claim, b: Claim) -> bool:
    """One article's only value and the other's lone bound ("2,600 firefighters", "more than 3,000"), in reports
    dated within LEAD_DAYS of each other: each article's word on one fact. Undated, or days apart, a bound
    more often counts over another time ("more than 200 arrests" over a week, "86" on one day)."""
    return bool(_dated_near(a, b)) and bool(a.frame.sole and b.frame.lone_bound or b.frame.sole and a.frame.lone_bound)


def different_instances(a: Claim, b: Claim) -> bool:
    """Each figure names another instance of its attribute beside it ("Series A", "Series B"): two facts."""
    return bool(a.frame.instance and b.frame.instance and a.frame.instance != b.frame.instance)


def one_instance(a: Claim, b: Claim) -> bool:
    """Both figures name the same instance of their attribute ("a $32 million Series A") and at least one names
    its subject (never another one: `align_pair` drops two different names first). Every company has a Series A:
    two unnamed ones are no evidence of one fact."""
    sa, sb = subject_key(a), subject_key(b)
    return a.frame.instance is not None and a.frame.instance == b.frame.instance and bool(sa or sb) and (sa == sb or not (sa and sb))


def named(c: Claim) -> bool:
    """The claim's subject is a name ("Acme", "Tom Reed"), not a description ("a 30-year-old bartender"
    gives "bartender"): only a name is one subject wherever it is written."""
    entity = c.entity or ""
    # a script without capitals (Chinese) writes names as it writes words: taken as a name
    return bool(entity) and (any(ch.isupper() for ch in entity) or not any(ch.islower() for ch in entity))


def subject_key(c: Claim) -> str | None:
    return c.entity.casefold() if c.entity else None


T = TypeVar("T")


def once(make: Callable[[], T]) -> Callable[[], T]:
    """`make` as a function that calls it at most once (a pair's story strength, its alignment)."""
    memo: list[T] = []

    def get() -> T:
        if not memo:
            memo.append(make())
        return memo[0]

    return get


Words = tuple[frozenset[str], frozenset[str]]  # a claim's near words and sentence words, as sets


def words(c: Claim) -> Words:
    """The sets `similarity` compares (near words, sentence words), made once per claim where a claim is compared
    many times."""
    return frozenset(c.frame.near or ()), frozenset(c.frame.terms or ())


def set_similarity(a: Words, b: Words) -> float:
    """Half the containment of the near words, half the Jaccard share of the sentence words, from the claims'
    `words`."""
    (near_a, terms_a), (near_b, terms_b) = a, b
    near = len(near_a & near_b) / min(len(near_a), len(near_b)) if near_a and near_b else 0.0
    terms = len(terms_a & terms_b) / len(terms_a | terms_b) if terms_a and terms_b else 0.0
    return 0.5 * near + 0.5 * terms


def align_pair(
    a: Claim,
    b: Claim,
    story: float | Callable[[], float] = 0.0,
    sets: tuple[Words, Words] | None = None,
    about_named: Callable[[], bool] = lambda: False,
    languages_differ: Callable[[], bool] = lambda: False,
) -> Alignment | None:
    """The alignment of two claims of one block (same quantity, stage and role), or None.

    `story`: how surely their two articles tell one story (`StoryIndex.strength`, 0 for one article), or a
    function that says it: called only when the answer depends on it (at most once), since comparing two
    articles' stems costs more than the rest of the pair, and most pairs are decided without it (two
    different subjects, too few shared words). `sets`: both claims' `words`, where the caller keeps them.
    `about_named`: where one claim names its subject and the other does not, is the other's article mainly
    about that subject (`StoryIndex.about_named`)? Then the two are taken as one subject.
    `languages_differ`: is one article English and the other not (`StoryIndex.languages_differ`)? Then their
    sentences cannot share words, and for two main figures of one quantity the story stands in (`translated`).
    The confidence is reckoned before the reasons are written: most pairs compared fall short of it."""
    sa, sb = subject_key(a), subject_key(b)
    if sa and sb and sa != sb:
        return None
    if each_its_own_now(a, b) or different_instances(a, b):
        return None  # two moments; two instances of the attribute ("Series A", "Series B")
    strength = once(story) if callable(story) else (lambda: story)
    sim = set_similarity(*(sets or (words(a), words(b))))
    firm = firm_quantity(a, b)
    if firm and main_values(a, b) and languages_differ() and (a.frame.sole and b.frame.sole or _one_moment(a, b, strength)):
        sim = max(sim, translated(strength()))  # a first figure of several only in reports of one moment
    if sim < MIN_SIMILARITY and not (firm and a.frame.sole and b.frame.sole and strength() >= 1.0):
        return None
    if sa and sb and ((named(a) and named(b)) or a.document == b.document or strength() >= 1.0):
        # a description ("the 52-year-old leader") is one person only inside one article or one story
        subject = "same"
        confidence = min(1.0, sim + NAMED_BONUS)
    elif firm and a.frame.sole and b.frame.sole and bool(sa) != bool(sb) and about_named():
        # "the party secured 139 seats" in an article whose figures are mostly the party's: the party's seats
        subject = "main"
        confidence = min(1.0, sim + NAMED_BONUS)
    else:
        # "a 30-year-old bartender" in two articles: the same description, not yet the same person
        subject = "described" if sa and sb else "event"
        confidence = sim
    if firm:
        confidence = min(1.0, confidence + FIRM_QUANTITY_BONUS)
    instance = one_instance(a, b)
    if instance:
        confidence = min(1.0, confidence + SAME_INSTANCE_BONUS)
    sole = a.document != b.document and bool(a.frame.sole and b.frame.sole or _sole_and_lone_bound(a, b))
    lead = not sole and a.document != b.document and a.frame.lead and b.frame.lead and _one_moment(a, b, strength)
    several = not sole and not lead and (a.frame.sole is False or b.frame.sole is False)
    if sole:
        confidence = min(1.0, confidence + SOLE_BONUS)
    elif lead:
        confidence = min(1.0, confidence + LEAD_BONUS)
    elif several:
        confidence = max(0.0, confidence - SEVERAL_PENALTY)
    # for figures with no named subject on both sides, the story stands in for the subject
    story_ = strength() if firm and not sa and not sb else 0.0
    if story_ > 0:
        confidence = min(1.0, confidence + STORY_BONUS * story_)
    same_day = story_ >= 1.0 and same_day_toll(a, b)
    if same_day:
        confidence = min(1.0, confidence + SAME_DAY_TOLL_BONUS)
    if confidence < ALIGN_CONFIDENCE:
        return None
    reasons = [f"both measure {a.attribute}"]
    if a.frame.stage is not None:
        reasons.append(f"both at the {a.frame.stage} stage")
    if subject == "same":
        reasons.append(f"same subject {a.entity}")
    elif subject == "main":
        reasons.append(f"same subject {a.entity or b.entity} (named on one side; the other's article is mainly about it)")
    elif subject == "described":
        reasons.append(f"both describe the subject as '{a.entity}'")
    else:
        holder = a.entity or b.entity
        reasons.append(f"about the same event{f' as {holder}' if holder else ''} (no other subject named)")
    if firm:
        reasons.append(f"both figures say in their own words that they measure {a.frame.quantity}")
    if instance:
        reasons.append(f"both name the {a.frame.instance}")
    if sole:
        reasons.append(f"each is the only {a.attribute} figure its article gives")
    elif lead:
        reasons.append(f"each is the {a.attribute} figure its article gives first (its others come later)")
    elif several:
        reasons.append(f"an article gives other {a.attribute} figures too (whose, or when, may differ)")
    if story_ > 0:
        reasons.append(f"their articles tell the same story ({story_:.0%} sure, by the rare words they share)")
    if same_day:
        reasons.append(f"both are the toll of the story's event in reports of one day ({a.frame.reported})")
    reasons.append(f"their words agree at {sim:.0%} (around the figures and in their sentences)")
    return Alignment(round(confidence, 2), tuple(reasons))
