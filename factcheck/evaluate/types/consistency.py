"""Rule type `consistency`: the same entity, attribute and period across and within sources.

Each pair of claims in an aligned group is related: different metric of one
family -> compatible; time scopes that differ -> compatible; values that
overlap -> agreement; two bounds that can both hold -> compatible; values
that cannot both hold -> conflict (two sources) or inconsistency (one source).
A funding round or other event with no stated date that differs is another
event, not a conflict; figures of two articles that tell different stories
(match.story) are never one fact. Pairs are then gathered into one finding per verdict, agreeing
pairs into one finding per set of figures that all agree with each other (`_agreeing_sets`).

Rules of scope `across` report conflicts, agreements and compatible pairs, and figures of one article
credited to different sources that disagree (a conflict between those sources, `_sources_apart`);
rules of scope `within` report a source contradicting itself.
"""

from __future__ import annotations

import math
import re

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from factcheck.evaluate.compare import Relation, relate
from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.findings import capped, make_finding, period_of
from factcheck.evaluate.rulespec import RuleBase, RuleType
from factcheck.match.similarity import (
    CONFLICT_CONFIDENCE,
    WITHIN_OVERLAP,
    Alignment,
    align_pair,
    containment,
    different_instances,
    named,
    subject_key,
    once,
    one_instance,
    overlap,
    same_day_toll,
)
from factcheck.evaluate.scopes import FIRM, compare_scopes
from factcheck.match.prefilter import PairKey, could_align, pair_key
from factcheck.match.story import DAY_STORY, DIFFERENT_STORIES
from factcheck.evaluate.tallies import compound_tally, move, part_of_game, player_tally
from factcheck.evaluate.tolerance import FigureSlack
from factcheck.models import AlignedGroup, Claim, Finding, Kind, Qualifier, Severity, Stage, TimeScope, Verdict

_SOFT_QUALIFIERS = (Qualifier.APPROXIMATE, Qualifier.VAGUE)
_COUNT_KINDS = (Kind.NUMBER, Kind.DATE, Kind.PERIOD, Kind.DURATION)  # what a figure's own words name best
# Outlets that report one figure differently rarely stray beyond this factor of each other; two figures
# aligned only by their words that lie further apart are far more often two different things (a part
# and the whole, one person and a crowd, this event and an earlier one) than one fact told twice.
MAX_OPEN_RATIO = 2.5
# Two dates of "one" event more than a year apart, told in sentences that share few words, are far more
# often two events (an earlier storm, a former trial) than one event misdated.
DATE_GAP_DAYS = 366
DATE_GAP_OVERLAP = 0.3
# Within one article, a known attribute of one name told twice contradicts itself only when the shorter
# sentence shares at least this share of its words with the other ("Survival probability: 50% independent
# success" and "Independent Success (30% probability)").
WITHIN_KNOWN_SHARED = 0.5


def _share_and_count(a: Claim, b: Claim) -> bool:
    """"a third of the population" against "2,500": a fraction of a whole is not a count of it."""

    def share(c: Claim) -> bool:
        v = c.value
        return v.unit is None and v.low is not None and 0 < v.low < 1 and (v.high is None or v.high < 1)

    def count(c: Claim) -> bool:
        v = c.value
        return v.unit is None and v.low is not None and v.low >= 1

    return (share(a) and count(b)) or (share(b) and count(a))


def _decimal_slip(a: Claim, b: Claim) -> bool:
    """The same digits with the decimal point moved one place ("a depth of 1.2 miles" against "12 miles"): one
    fact told with a slip, not two things far apart. Only for figures of one unit written in digits, one of them
    with a decimal point: "four bombs" and "forty bombs", "1.5 billion" and "15 million" are no slip of a point."""
    x, y = a.value.low, b.value.low
    if x is None or y is None or x != a.value.high or y != b.value.high or x <= 0 or y <= 0 or a.value.unit != b.value.unit:
        return False
    digits = [_DIGITS.findall(c.text) for c in (a, b)]
    if any(len(d) != 1 for d in digits) or not any("." in d[0] for d in digits):
        return False
    if len({d[0].replace(".", "").replace(",", "").lstrip("0") for d in digits}) != 1:
        return False
    return math.isclose(max(x, y) / min(x, y), 10, rel_tol=1e-9)


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _far_apart(rel: Relation) -> float | None:
    """How many times the larger figure is the smaller one, when that passes MAX_OPEN_RATIO."""
    if rel.a is None or rel.b is None:
        return None
    mids = []
    for sp in (rel.a, rel.b):
        lo, hi = sp.lo, sp.hi
        mid = lo if hi == float("inf") else hi if lo == float("-inf") else (lo + hi) / 2
        if mid in (float("inf"), float("-inf")):
            return None
        mids.append(abs(mid))
    small, large = min(mids), max(mids)
    if small == 0:
        return None  # none against some ("no one was killed", "three dead") is the plainest conflict
    return large / small if large / small > MAX_OPEN_RATIO else None


class ConsistencyRule(RuleBase):
    """`scope: across` reports conflicts, agreements and compatible pairs; `within`, a source contradicting itself."""

    type: Literal["consistency"]
    scope: Literal["across", "within"] = "across"
    tolerance: FigureSlack = FigureSlack()


@dataclass(frozen=True)
class PairVerdict:
    a: Claim
    b: Claim
    verdict: str  # agreement | compatible | conflict
    reason: str
    firm: bool  # for conflicts: periods stated (or not needed) and figures not approximate
    # for a conflict inside one article: the two sources its figures are credited to (`_sources_apart`)
    sources: tuple[str, str] | None = None


def _apart(a: TimeScope | None, b: TimeScope | None) -> bool:
    """One scope is stated, the other only borrowed (context or article date), and they do not meet:
    figures that differ are then more likely from two periods than in conflict."""
    if a is None or b is None or (a.basis in FIRM) == (b.basis in FIRM):
        return False
    a0, a1 = a.start or date.min, a.end or date.max
    b0, b1 = b.start or date.min, b.end or date.max
    return a1 < b0 or b1 < a0


SHORT_SPAN_DAYS = 62  # a few days or a month or two ("April 16-20", "in June"): a span a year's shift cannot meet


def _apart_in_any_year(a: TimeScope | None, b: TimeScope | None) -> bool:
    """Two short periods each stated in its figure's clause without a year ("conducted April 16-20", "April 30-May
    4"), their years guessed: days of the year that do not meet, whatever the years, are two periods."""
    if a is None or b is None or a.basis != "inferred" or b.basis != "inferred" or None in (a.start, a.end, b.start, b.end):
        return False
    a0, a1, b0, b1 = a.start, a.end, b.start, b.end
    if (a1 - a0).days > SHORT_SPAN_DAYS or (b1 - b0).days > SHORT_SPAN_DAYS:  # type: ignore[operator]
        return False
    # move b by whole years next to a: the nearest placing is the only one that could meet
    shift = round((a0 - b0).days / 365.25)  # type: ignore[operator]
    b0, b1 = b0 + timedelta(days=round(shift * 365.25)), b1 + timedelta(days=round(shift * 365.25))  # type: ignore[operator]
    return a1 < b0 - timedelta(days=1) or b1 < a0 - timedelta(days=1)  # type: ignore[operator]


def _disjoint(a: TimeScope | None, b: TimeScope | None) -> bool:
    """Two time scopes, each with both ends known, that do not meet."""
    if a is None or b is None or None in (a.start, a.end, b.start, b.end):
        return False
    return a.end < b.start or b.end < a.start  # type: ignore[operator]


def _grown(a: Claim, b: Claim, per_year: float) -> bool:
    """Two dated reports of a quantity that grows each year (an age): the later one larger by no more than
    `per_year` for each year begun between them ("54" in June, "55" the next March)."""
    if not (a.frame.reported and b.frame.reported) or a.frame.reported == b.frame.reported:
        return False
    early, late = (a, b) if a.frame.reported < b.frame.reported else (b, a)
    if early.value.low is None or late.value.low is None:
        return False
    years = math.ceil((late.frame.reported - early.frame.reported).days / 365.25)  # type: ignore[operator]
    return 0 < late.value.low - early.value.low <= per_year * years


def _undated_growth(a: Claim, b: Claim, per_year: float, ctx: EvalContext) -> int:
    """Two values of one named subject's growing quantity (an age), at least one in an undated report, while the
    scan's dated reports of it span years ("27" at the shooting, "29" at the trial): they differ by no more than it
    grows over those years, so the undated one may be of another moment. The years, or 0."""
    if a.frame.reported is not None and b.frame.reported is not None or not (named(a) and subject_key(a) == subject_key(b)):
        return 0
    years = ctx.reported_years(a)
    if a.value.low is None or b.value.low is None or years == 0:
        return 0
    return years if 0 < abs(a.value.low - b.value.low) <= per_year * years else 0


def _none_since(a: Claim, b: Claim) -> bool:
    """A running count told as none ("no one was killed") in a report of the same day as a toll or later: a toll
    grows from none, it does not fall back to it, so this is no update but two accounts. An undated none may be
    the first report of the story, and stays an update."""
    zero, other = (a, b) if a.value.high == 0 else (b, a)
    if zero.value.low != 0 or zero.value.high != 0 or not (other.value.low or 0) > 0:
        return False
    return zero.frame.reported is not None and other.frame.reported is not None and zero.frame.reported >= other.frame.reported


def _instance_dated_by_report(a: Claim, b: Claim) -> bool:
    """One named instance of their event on both sides ("its $35M Series A", `one_instance`), one of the two periods
    only an article's own date (or one inferred): the instance took place when it did, whatever day the article
    that mentions it was written, so that date says nothing of it."""
    return one_instance(a, b) and any(c.time is not None and c.time.basis in ("published", "context", "inferred") for c in (a, b))


# How a figure's own words said what it measures, sure enough to tie two figures of one article told by two sources
_SOURCED_READINGS = frozenset({"figure's own words", "counted noun", "word before the figure"})
_DAY_KINDS = (Kind.DATE, Kind.PERIOD, Kind.DURATION)


def _same_source(x: str, y: str) -> bool:
    """"police" and "state police", "the ministry" and "Ministry", "U.S. Geological Survey" and "USGS": one
    source named twice."""
    if _initials(x) == y.replace(".", "") or _initials(y) == x.replace(".", ""):
        return True
    xs, ys = set(x.casefold().split()), set(y.casefold().split())
    return xs <= ys or ys <= xs  # whole words: "AP" is no part of "Japan officials", nor a Transport Ministry a Finance one


def _initials(name: str) -> str:
    """The short form of a name of several words: its capitals ("U.S. Geological Survey" -> "USGS")."""
    words = [w for w in re.findall(r"[^\W\d_][\w.]*", name) if w[:1].isupper()]
    return "".join(w.replace(".", "") if "." in w else w[0] for w in words) if len(words) > 1 else ""


def _sources_apart(a: Claim, b: Claim, ctx: EvalContext) -> tuple[str, str] | None:
    """The two sources of two figures of one article that tell one fact differently ("state television says a
    magnitude-5.2 quake", "the Geological Survey put its strength at 5.4"), or None. Each figure credited to its
    own source, measuring the same quantity in its own words, the only two figures of it the article gives, and
    both in one frame (no role, stage, instance or heading apart): their sentences then need share no words. Not
    a running count (two moments of a toll: an update), nothing one person has (two people), no day (each
    source's day of saying differs)."""
    sa, sb = a.frame.attribution, b.frame.attribution
    if a.document != b.document or a.sentence == b.sentence or not sa or not sb or _same_source(sa, sb):
        return None
    fa, fb = a.frame, b.frame
    if a.kind in _DAY_KINDS or b.kind in _DAY_KINDS or fa.running or fb.running:
        return None
    if ctx.moments & {*(fa.terms or ()), *(fb.terms or ())}:
        return None  # "police first said 3 ... later 5", "earlier this morning": two moments, an update
    if fa.quantity is None or not (fa.quantity == fb.quantity == a.attribute == b.attribute):
        return None
    if fa.quantity_how not in _SOURCED_READINGS or fb.quantity_how not in _SOURCED_READINGS:
        return None
    apart = ("role", "stage", "instance", "hypothesis", "variant", "item", "outcome")
    if any(getattr(fa, f) is not None or getattr(fb, f) is not None for f in apart):
        return None
    concept = ctx.knowledge.news.concept(a.attribute or "")
    if concept is not None and (concept.personal or concept.changes or concept.measures == "event"):
        return None
    if ctx.per_article(a.document, a.attribute) != 2:
        return None
    return sa, sb


def _open_pair(a: Claim, b: Claim, ctx: EvalContext, aligned: Callable[[], Alignment | None]) -> PairVerdict | None | bool:
    """Judge what only an open-domain pair needs: is it aligned at all, an update, two sources? `aligned`: the
    pair's `align_pair` (`_alignment`).

    True: go on comparing values; None: not comparable; a verdict: decided here."""
    if _sources_apart(a, b, ctx) is not None:
        return True  # two sources of one article telling one fact: their values decide (judge_pair)
    if a.document == b.document and a.sentence == b.sentence and a.start != b.start:
        return PairVerdict(a, b, "compatible", "two figures of one sentence tell two things", True)
    if different_instances(a, b):
        return PairVerdict(a, b, "compatible", f"two instances: {a.frame.instance} and {b.frame.instance}", True)
    if a.frame.running or b.frame.running:
        if a.document == b.document:
            return PairVerdict(a, b, "compatible", "a running count told twice in one story (it may change as the story goes)", True)
        day_a, day_b = a.frame.reported, b.frame.reported
        same = (a.value.low, a.value.high, a.value.unit) == (b.value.low, b.value.high, b.value.unit)
        if not same and ((day_a is None) != (day_b is None) or (day_a is not None and day_a != day_b)) and not _none_since(a, b):
            # (one figure told by both, whatever their days, is an agreement)
            return PairVerdict(a, b, "compatible", "a running count in reports of different or unknown days: an update", True)
        # neither report says its day: compared as told, and a conflict found is never firm (see judge_pair)
    concept = ctx.knowledge.news.concept(a.attribute or "")
    if concept is not None and concept.stale_after_days is not None and a.frame.reported and b.frame.reported:
        if abs((a.frame.reported - b.frame.reported).days) > concept.stale_after_days:
            return PairVerdict(a, b, "compatible", f"reports {a.frame.reported} and {b.frame.reported} measure different moments", True)
    if concept is not None and concept.personal and a.document == b.document and not named(a) and not named(b):
        # "a 16-year-old son" here and "a 17-year-old son" further on: one article describing two people alike
        return PairVerdict(a, b, "compatible", "one article describes two people alike (no name ties the figures)", True)
    if concept is not None and concept.grows_per_year and _grown(a, b, concept.grows_per_year):
        return PairVerdict(a, b, "compatible", f"reports {a.frame.reported} and {b.frame.reported}: it grows in between (a birthday)", True)
    if concept is not None and concept.grows_per_year and (years := _undated_growth(a, b, concept.grows_per_year, ctx)):
        return PairVerdict(a, b, "compatible", f"an undated report, and the dated ones span {years} years: it may have grown in between", True)
    if a.document == b.document and a.frame.quantity == a.attribute and overlap(a.frame.terms, b.frame.terms) < WITHIN_OVERLAP:
        # one article, a quantity read from the figures' own words (an age, a toll), in sentences that
        # tell different things: two people, two moments, not the article contradicting itself
        return PairVerdict(a, b, "compatible", "two figures of one article in different contexts", True)
    if a.document == b.document and (a.kind == Kind.DATE or b.kind == Kind.DATE) and "no event word" in (a.frame.quantity_how, b.frame.quantity_how):
        # an article names many days; one no word ties to an event is not the article dating one event twice
        return PairVerdict(a, b, "compatible", "a day of one article that no word ties to the other's event", True)
    if _untied_weekday_against_event(a, b):
        # "a former minister slammed the recently released report ... Wednesday" beside "the report being released Tuesday"
        return PairVerdict(a, b, "compatible", "a weekday no word beside it ties to the event the other's words name", True)
    if _known(a, b, ctx):
        qa, qb = _own_words_quantity(a), _own_words_quantity(b)
        if qa and qb and qa != qb and a.kind in _COUNT_KINDS and b.kind in _COUNT_KINDS:
            # a closed attribute's cue on both, but each figure's own words measure something else:
            # "served a five-year term" and "a 12-year sentence" under one "tenure" are two terms
            return PairVerdict(a, b, "compatible", f"their own words measure {qa} and {qb}", True)
        return True
    if (link := aligned()) is None:
        return None
    if a.document == b.document and overlap(a.frame.terms, b.frame.terms) < WITHIN_OVERLAP:
        return PairVerdict(a, b, "compatible", f"two figures of one article in different contexts ({link.reasons[-1]})", True)
    if a.document == b.document and a.frame.attribution and b.frame.attribution and not _same_source(a.frame.attribution, b.frame.attribution):
        return PairVerdict(a, b, "compatible", "credited to different sources in one article", True)
    return True


def _one_story_one_value(a: Claim, b: Claim, ctx: EvalContext) -> bool:
    """Two articles that tell one story, each giving one value for the figure, or giving it first (its headline
    or lead figure, an earlier round later): one event, even undated (a fee reported by two outlets on the day
    of the deal), not two rounds or two deals."""
    first = bool(a.frame.sole and b.frame.sole) or bool(a.frame.lead and b.frame.lead) or _each_subjects_one_value(a, b)
    return a.document != b.document and first and ctx.stories.strength(a.document, b.document) >= 1.0


def _same_day_toll(a: Claim, b: Claim, ctx: EvalContext) -> bool:
    """Two articles of one story, reported the same day, each giving a running count (a toll, `same_day_toll`): the
    toll of the story's event that day, not two events, even where neither figure states a date of its own."""
    return same_day_toll(a, b) and ctx.stories.strength(a.document, b.document) >= 1.0


def _each_subjects_one_value(a: Claim, b: Claim) -> bool:
    """Reports of one day, each giving one value for the same named subject among others' ("the Greens took
    11.8%" beside each other party's share): that subject's figure of the day's event. Reports of two days may
    tell a count under way and the final one."""
    return bool(a.frame.subject_sole and b.frame.subject_sole) and a.frame.reported is not None and a.frame.reported == b.frame.reported


def _offered_and_done(a: Claim, b: Claim) -> bool:
    """Is one figure in talks or a rumour and the other an actual one? (A known attribute's block keeps stages
    together, so that a closed figure and an estimate of it meet; a bid never contradicts the fee paid.)"""
    offered = (Stage.TALKS, Stage.RUMOUR)
    return (a.frame.stage in offered and b.frame.stage is None) or (b.frame.stage in offered and a.frame.stage is None)


def _days_apart(a: Claim, b: Claim) -> int | None:
    """Days between two dated spans that do not meet (None when either is not a dated span)."""
    if None in (a.value.start, a.value.end, b.value.start, b.value.end):
        return None
    return max((b.value.start - a.value.end).days, (a.value.start - b.value.end).days)


def _untied_weekday_against_event(a: Claim, b: Claim) -> bool:
    """Two weekdays in two articles, one dating in its own words the event ("being released Tuesday"), the other
    with no event word beside it (the attribute's cue further off in its sentence: "slammed the recently released
    report ... Wednesday"): a week's news names a day for each thing it tells, and the second most often dates
    another one."""
    if a.document == b.document or a.value.weekday is None or b.value.weekday is None:
        return False
    hows = {a.frame.quantity_how, b.frame.quantity_how}
    return "no event word" in hows and "event word" in hows


def _own_words_quantity(c: Claim) -> str | None:
    """The quantity a figure's words name, or None where no word said (a date with no event word)."""
    return None if c.frame.quantity_how == "no event word" else c.frame.quantity


def _apart_in_one_article(a: Claim, b: Claim, ctx: EvalContext) -> bool:
    """One article, one name and known attribute, in sentences that share few words: the figure of someone
    else beside the name ("the median age is 74"), another moment, another round; not the article
    contradicting itself."""
    return (
        a.document == b.document
        and a.sentence != b.sentence
        and _known(a, b, ctx)
        and containment(a.frame.terms, b.frame.terms) < WITHIN_KNOWN_SHARED
    )


def _opposite_moves(a: Claim, b: Claim, ctx: EvalContext) -> str | None:
    """One figure a move up, the other down, by the word right beside it ("jumped 1,985 points", "plunged 900
    points"; `moves` in quantities.yml): a rise and a fall are two moves, whatever their sizes. What each is, or
    None."""
    news = ctx.knowledge.news
    ma, mb = move(news, a.sentence, a.text), move(news, b.sentence, b.text)
    return f"one a move {ma}, the other {mb}" if ma and mb and ma != mb else None


def _tallies_of_unnamed_players(a: Claim, b: Claim, ctx: EvalContext) -> bool:
    """A player's tally of a game (points, carries, yards: `player_tallies`) where the two figures do not both name
    one player: every player of every game has his own, so words alone never make two of them one fact. Not where a
    side's subject is known to be no person, or a word before the noun makes it another thing ("25 basis points",
    "12,000 season passes": `tally_compounds`)."""
    news = ctx.knowledge.news
    if not player_tally(news, a.attribute or ""):
        return False
    if any(c.frame.entity_type not in (None, "person") or compound_tally(news, c.sentence, c.text) for c in (a, b)):
        return False
    return not (named(a) and named(b) and subject_key(a) == subject_key(b))


def _tally_and_its_part(a: Claim, b: Claim, ctx: EvalContext) -> bool:
    """A player's tally (`player_tallies`) where one figure is told for a part of the game only ("finished with 23
    points" and "had 10 points in the first seven minutes"; `tally_parts`): a part, not the total told otherwise."""
    news = ctx.knowledge.news
    if not player_tally(news, a.attribute or ""):
        return False
    return part_of_game(news, a.sentence, a.text) != part_of_game(news, b.sentence, b.text)


def _known(a: Claim, b: Claim, ctx: EvalContext) -> bool:
    """A known attribute of one named subject: aligned by knowledge, not by words."""
    return a.attribute in ctx.specs and named(a) and a.entity == b.entity


def _alignment(a: Claim, b: Claim, ctx: EvalContext, keys: tuple[PairKey, PairKey] | None) -> Callable[[], Alignment | None]:
    """The pair's `align_pair`, made at most once (judging a pair may ask for it twice), its story strength only
    where that decides; with the claims' `keys`, from their sets, and None without making it where
    `match.prefilter.could_align` says it is None."""
    if keys is not None and not could_align(*keys):
        return lambda: None
    sets = (keys[0].words, keys[1].words) if keys is not None else None
    return once(
        lambda: align_pair(
            a, b, lambda: ctx.story(a, b), sets, lambda: ctx.stories.about_named(a, b),
            lambda: ctx.stories.languages_differ(a.document, b.document),
        )
    )


def judge_pair(
    a: Claim, b: Claim, rule: ConsistencyRule, ctx: EvalContext, keys: tuple[PairKey, PairKey] | None = None
) -> PairVerdict | None:
    """The verdict on two claims of one group, or None when they are not comparable. `keys`: both claims'
    `match.prefilter.pair_key`, made once per class by `_judged`: their alignment is then made from their sets,
    and not at all where `could_align` says it is None. The verdict is the same with or without."""
    if a.attribute != b.attribute:
        return PairVerdict(a, b, "compatible", f"different metrics: {a.attribute} and {b.attribute}", True)
    aligned = _alignment(a, b, ctx, keys)
    if (decided := _open_pair(a, b, ctx, aligned)) is not True:
        return decided
    temporal = ctx.temporal(a.attribute)
    scope = compare_scopes(a.time, b.time, temporal)
    if scope.kind == "different" and not _instance_dated_by_report(a, b):
        return PairVerdict(a, b, "compatible", scope.reason, True)
    rel = relate(a, b, rule.tolerance, ctx.rates, a.value.rate_date)
    if rel.kind == "incomparable":
        return None
    if _share_and_count(a, b):
        return PairVerdict(a, b, "compatible", f"'{a.text}' and '{b.text}': a share and a count", True)
    if rel.kind == "agree" and (times := _far_apart(rel)) is not None:
        # "at least 5" against "168,000", "thousands" against "at least 4": both can hold, but they say two things
        return PairVerdict(a, b, "compatible", f"{rel.reason}, but {times:.3g} times apart: a bound or a vague count, not one figure", True)
    if rel.kind == "agree":
        return PairVerdict(a, b, "agreement", rel.reason, True)
    if rel.kind == "bounds":
        return PairVerdict(a, b, "compatible", rel.reason, True)
    if _offered_and_done(a, b):
        # "an approach worth £38m was turned down" beside the £60m deal: a bid is no price paid
        return PairVerdict(a, b, "compatible", f"{rel.reason}; one is a figure in talks or a rumour, the other the actual one", True)
    if (a.frame.running or b.frame.running) and _disjoint(a.time, b.time) and not _none_since(a, b):
        # "earlier this year, a shooting left three dead" beside today's toll: counted at another time
        return PairVerdict(a, b, "compatible", f"{rel.reason}; a running count told for times that do not meet", True)
    if _apart_in_one_article(a, b, ctx):
        return PairVerdict(a, b, "compatible", f"{rel.reason}; two figures of one article in sentences that tell different things", True)
    if (
        temporal == "event" and scope.kind == "unknown" and not _one_story_one_value(a, b, ctx) and not one_instance(a, b)
        and not _same_day_toll(a, b, ctx)
    ):
        return PairVerdict(a, b, "compatible", f"{rel.reason}; with no dates these may be different events", True)
    if temporal == "window" and scope.kind == "unknown":
        return PairVerdict(a, b, "compatible", f"{rel.reason}; counted over periods that are not both stated", True)
    if scope.kind == "unknown" and _apart(a.time, b.time) and not _instance_dated_by_report(a, b):
        return PairVerdict(a, b, "compatible", f"{rel.reason}; one is stated for another period ({scope.reason})", True)
    if scope.kind == "unknown" and _apart_in_any_year(a.time, b.time):
        return PairVerdict(a, b, "compatible", f"{rel.reason}; stated for days that do not meet in any year ({scope.reason})", True)
    if (sources := _sources_apart(a, b, ctx)) is not None:
        if (times := _far_apart(rel)) is not None:
            return PairVerdict(a, b, "compatible", f"{rel.reason}; {times:.3g} times apart: more likely two different things", True)
        firm = scope.kind == "same" and a.qualifier not in _SOFT_QUALIFIERS and b.qualifier not in _SOFT_QUALIFIERS
        told = f"sources inside one article disagree: {sources[0]} {a.text}, {sources[1]} {b.text}"
        return PairVerdict(a, b, "conflict", f"{told}; {rel.reason}; {scope.reason}", firm, sources)
    known = _known(a, b, ctx)
    least = DAY_STORY if a.kind == Kind.DATE and not known else DIFFERENT_STORIES
    if ctx.stories.different_stories(a.document, b.document, least):
        # a scan of many stories: the same words ("tumbled on Friday", "fired 15 shots") in two unrelated
        # stories are two events; the day of an open event needs more of one story (DAY_STORY)
        return PairVerdict(a, b, "compatible", f"{rel.reason}; their articles tell different stories (they share few rare words)", True)
    if (link := aligned()) is not None and not known and link.confidence < CONFLICT_CONFIDENCE:
        return PairVerdict(a, b, "compatible", f"{rel.reason}; not sure enough these tell one fact ({link.confidence:.2f})", True)
    if (link is not None or known and a.kind != Kind.MONEY) and (times := _far_apart(rel)) is not None and not _decimal_slip(a, b):
        # a known attribute's money is exempt (a fee with and without add-ons); figures aligned by their words
        # are not, whatever their kind
        return PairVerdict(a, b, "compatible", f"{rel.reason}; {times:.3g} times apart: more likely two different things", True)
    if (gap := _days_apart(a, b)) is not None and gap > DATE_GAP_DAYS and overlap(a.frame.terms, b.frame.terms) < DATE_GAP_OVERLAP:
        return PairVerdict(a, b, "compatible", f"{rel.reason}; {gap / 365:.1f} years apart in sentences that share few words: more likely two events", True)
    if (move := _opposite_moves(a, b, ctx)) is not None:
        return PairVerdict(a, b, "compatible", f"{rel.reason}; {move}: two moves", True)
    if _tallies_of_unnamed_players(a, b, ctx):
        # "caught 29 passes" and "caught 39 passes": each player of each game has his own
        return PairVerdict(a, b, "compatible", f"{rel.reason}; a player's tally, and not both name the same player", True)
    if _tally_and_its_part(a, b, ctx):
        return PairVerdict(a, b, "compatible", f"{rel.reason}; one is told for a part of the game only", True)
    firm = scope.kind == "same" and a.qualifier not in _SOFT_QUALIFIERS and b.qualifier not in _SOFT_QUALIFIERS
    firm = firm and a.frame.relative_date is None and b.frame.relative_date is None
    firm = firm and not ((a.frame.running or b.frame.running) and a.frame.reported is None)  # undated running counts
    return PairVerdict(a, b, "conflict", f"{rel.reason}; {scope.reason}", firm)


def _class_key(c: Claim) -> tuple:
    """Claims that say the same thing the same way are judged once (a corpus repeats itself).

    Open-domain claims are judged one by one: whether two of them align depends on their words."""
    v, t = c.value, c.time
    scope = (t.start, t.end, t.basis, t.anchor, t.offset_years) if t is not None else None
    words = c.frame.terms if c.frame.terms and not c.entity else None
    return (c.attribute, v.low, v.high, v.unit, v.tolerance, v.start, v.end, v.weekday, v.yearless, v.record, c.qualifier, scope, c.frame.relative_date is not None, words, c.frame.attribution)


@dataclass
class JudgedPair:
    """A verdict between two classes of identical claims, with the claim pairs it covers."""

    verdict: PairVerdict
    cross: set[str]  # claims paired with a claim of another article
    same_doc: dict[str, set[str]]  # document -> claims paired within that article
    classes: tuple[list[Claim], list[Claim]] = ([], [])  # the two classes of identical claims judged

    def shown(self, doc: str | None = None) -> tuple[Claim, Claim]:
        """Two claims of the pair to name in an explanation: both in `doc` (a source contradicting itself),
        else in two different articles. The verdict's own pair is one representative per class, which may sit
        in a file this finding is not about (syndicated copies), so the places are chosen again here; the
        reason text holds for every member, since members of a class are identical."""
        a_cls, b_cls = self.classes
        if not a_cls:
            return self.verdict.a, self.verdict.b
        if doc:  # linear, not a loop over every pair: a big table repeats one figure many times
            a = next((c for c in a_cls if c.document == doc), None)
            b = next((c for c in b_cls if c.document == doc and a is not None and c.id != a.id), None)
            return (a, b) if a is not None and b is not None else (self.verdict.a, self.verdict.b)
        first = b_cls[0]
        other = next((c for c in b_cls if c.document != first.document), None)
        for a in a_cls:
            b = first if a.document != first.document else other
            if b is not None:
                return a, b
        return self.verdict.a, self.verdict.b


def _pairings(
    a_cls: list[Claim], b_cls: list[Claim], same_class: bool, docs: dict[int, Counter]
) -> tuple[set[str], dict[str, set[str]]]:
    """Which claims of two classes pair across articles, and which within one article (linear time).
    `docs`: each class's documents counted once per group (id of the class list -> Counter), not once per pair."""
    a_docs, b_docs = docs[id(a_cls)], docs[id(b_cls)]

    def has_other(doc: str, docs: Counter) -> bool:
        return len(docs) > 1 or doc not in docs

    cross = {a.id for a in a_cls if has_other(a.document, b_docs)} | {b.id for b in b_cls if has_other(b.document, a_docs)}
    same_doc: dict[str, set[str]] = {}
    for doc in a_docs.keys() & b_docs.keys():
        if same_class and a_docs[doc] < 2:
            continue
        same_doc[doc] = {c.id for c in (*a_cls, *b_cls) if c.document == doc}
    return cross, same_doc


def _judged(group: AlignedGroup, rule: ConsistencyRule, ctx: EvalContext) -> tuple[list[JudgedPair], dict[str, Claim]]:
    """Every pair of classes of identical claims in the group, judged, in class order. Scope `within` reads only
    the pairs inside one article (`same_doc`), so it judges only the classes that share an article: its classes
    are one article's each, and judging the pairs of two articles (most of a large group's pairs, none of which
    could change a `within` finding) made the rule cost as much as `across`. Cost: the square of the classes for
    `across`; for `within`, the square of each article's classes plus one set intersection per pair."""
    classes: dict[tuple, list[Claim]] = {}
    within = rule.scope == "within"
    for c in group.claims:
        # Within one article, where a claim stands (its sentence) decides: judge each on its own.
        key = (*_class_key(c), c.document, c.sentence) if within else _class_key(c)
        classes.setdefault(key, []).append(c)
    members = list(classes.values())
    docs = {id(m): Counter(c.document for c in m) for m in members}
    keys = [pair_key(m[0]) for m in members]  # the first of a class is the one judged (the second of its own)
    by_id = {c.id: c for c in group.claims}
    out = []
    for i, a_cls in enumerate(members):
        for k, b_cls in enumerate(members[i:]):
            same_class = a_cls is b_cls
            if same_class and len(a_cls) < 2:
                continue
            if within and not _share_article(a_cls, b_cls, same_class, docs):
                continue  # no pair within one article: nothing a `within` finding is made of
            pair = (keys[i], pair_key(a_cls[1]) if same_class else keys[i + k])
            pv = judge_pair(a_cls[0], a_cls[1] if same_class else b_cls[0], rule, ctx, pair)
            if pv is None:
                continue
            out.append(JudgedPair(pv, *_pairings(a_cls, b_cls, same_class, docs), classes=(a_cls, b_cls)))
    return out, by_id


def _share_article(a_cls: list[Claim], b_cls: list[Claim], same_class: bool, docs: dict[int, Counter]) -> bool:
    """Whether `_pairings` would pair any claims of the two classes within one article (its `same_doc` not empty)."""
    a_docs, b_docs = docs[id(a_cls)], docs[id(b_cls)]
    if same_class:
        return any(n >= 2 for n in a_docs.values())
    return not a_docs.keys().isdisjoint(b_docs.keys())


def _reasons(pairs: list[JudgedPair], limit: int = 6, doc: str | None = None) -> list[str]:
    out = []
    for p in pairs[:limit]:
        a, b = p.shown(doc)
        out.append(f"{a.document}:{a.line} vs {b.document}:{b.line}: {p.verdict.reason}")
    if len(pairs) > limit:
        out.append(f"... and {len(pairs) - limit} more pairs")
    return out


def _tolerance(group: AlignedGroup, note: str) -> list[str]:
    """The tolerance note, where it says something: win-loss records ("52-3") are compared count for count."""
    return [] if all(c.value.record is not None for c in group.claims) else [note]


def _claims(ids: set[str], by_id: dict[str, Claim]) -> list[Claim]:
    return sorted((by_id[i] for i in ids), key=lambda c: (c.document, c.start))


def _values_agree(a: Claim, b: Claim, rule: ConsistencyRule, ctx: EvalContext) -> bool:
    """Can two figures stand in one agreement: they overlap (or are bounds that can both hold) and are not so far
    apart that one group would hold two different things ("at least 5" and "168,000" both overlap a third)."""
    rel = relate(a, b, rule.tolerance, ctx.rates, a.value.rate_date)
    return rel.kind in ("agree", "bounds") and _far_apart(rel) is None


def _agreeing_sets(pairs: list[JudgedPair], rule: ConsistencyRule, ctx: EvalContext) -> list[list[JudgedPair]]:
    """The agreeing pairs of one group, gathered in sets whose every figure agrees with every other: agreement is
    not transitive ("1" and "20" both overlap "at least 1"), and one finding saying that 1, 20 and 168,000 agree
    would tell a reviewer nothing true. Each agreeing pair no set holds yet starts a set, which takes every other
    class that agrees with all its members (those with the most agreeing partners first); a bound that agrees
    with two figures that differ ("at least 7" with "7" and with "12") stands in both their sets.
    Cost: for each set made, one value test per partner of its first two classes and member, each pair of classes
    tested once."""
    if len(pairs) < 2:
        return [pairs]
    classes: dict[int, list[Claim]] = {}
    degree: Counter[int] = Counter()
    partners: dict[int, set[int]] = defaultdict(set)
    for p in pairs:
        for cls in p.classes:
            classes[id(cls)] = cls
        x, y = id(p.classes[0]), id(p.classes[1])
        degree.update({x, y})
        partners[x].add(y)
        partners[y].add(x)
    first = {k: min((c.document, c.start) for c in cls) for k, cls in classes.items()}
    order = sorted(classes, key=lambda k: (-degree[k], first[k]))
    tested: dict[tuple[int, int], bool] = {}

    def agree(x: int, y: int) -> bool:
        key = (min(x, y), max(x, y))
        if key not in tested:
            tested[key] = x == y or _values_agree(classes[x][0], classes[y][0], rule, ctx)
        return tested[key]

    sets: list[set[int]] = []
    for p in sorted(pairs, key=lambda p: (-degree[id(p.classes[0])] - degree[id(p.classes[1])], first[id(p.classes[0])], first[id(p.classes[1])])):
        ends = {id(p.classes[0]), id(p.classes[1])}
        if any(ends <= s for s in sets):
            continue
        members = set(ends)
        near = partners[id(p.classes[0])] | partners[id(p.classes[1])]  # only a class agreeing with an end can join
        for k in order:
            if k in near and k not in members and all(agree(k, m) for m in members):
                members.add(k)
        sets.append(members)
    return [[p for p in pairs if id(p.classes[0]) in s and id(p.classes[1]) in s] for s in sets]


def _severity(rule: ConsistencyRule, ps: list[JudgedPair]) -> Severity:
    """The rule's severity where every pair's verdict is firm; at most a warning where one rests on a hedge."""
    return rule.severity if all(p.verdict.firm for p in ps) else capped(rule.severity, Severity.WARNING)


def _sources_disagree(
    judged: list[JudgedPair], by_id: dict[str, Claim], rule: ConsistencyRule, where: dict, notes: list[str]
) -> list[Finding]:
    """One conflict per article whose figures, credited to different sources, disagree (`_sources_apart`): a
    disagreement between those sources, which the message names, not the article contradicting itself."""
    by_doc: dict[str, list[JudgedPair]] = defaultdict(list)
    for p in judged:
        if p.verdict.verdict == "conflict" and p.verdict.sources is not None:
            for doc in p.same_doc:
                by_doc[doc].append(p)
    out = []
    for doc, ps in sorted(by_doc.items()):
        cl = _claims(set().union(*(p.same_doc[doc] for p in ps)), by_id)
        severity = _severity(rule, ps)
        told = "; ".join(dict.fromkeys(f"{c.frame.attribution} {c.text}" for c in cl if c.frame.attribution))
        out.append(
            make_finding(
                rule, Verdict.CONFLICT, severity, cl, **where,
                period=period_of([c.time for c in cl]),
                detail=f"sources inside one article disagree ({told})",
                explanation=[*_reasons(ps, doc=doc), *notes],
            )
        )
    return out


def run(rules: Sequence[ConsistencyRule], ctx: EvalContext) -> list[Finding]:
    findings: list[Finding] = []
    for rule in rules:
        tolerance_note = f"tolerance: rounding of the digits given, ±{rule.tolerance.approximate:.0%} for approximate figures"
        for group in ctx.groups:
            judged, by_id = _judged(group, rule, ctx)
            attribute = group.claims[0].attribute if len({c.attribute for c in group.claims}) == 1 else group.family
            where = dict(entity=group.entity, attribute=attribute, separated_by=group.separated_by)
            if group.reasons:  # aligned by their words, not by knowledge: say how sure and why
                where["confidence"] = group.confidence
            aligned = [f"aligned with confidence {group.confidence:.2f}: {'; '.join(group.reasons)}"] if group.reasons else []
            if rule.scope == "within":
                by_doc: dict[str, list[JudgedPair]] = defaultdict(list)
                for p in judged:
                    if p.verdict.verdict == "conflict" and p.verdict.sources is None:  # (two sources: `across`)
                        for doc in p.same_doc:
                            by_doc[doc].append(p)
                for doc, ps in sorted(by_doc.items()):
                    cl = _claims(set().union(*(p.same_doc[doc] for p in ps)), by_id)
                    severity = _severity(rule, ps)
                    distinct = len({(c.value.low, c.value.high, c.value.start) for c in cl})
                    findings.append(
                        make_finding(
                            rule, Verdict.INCONSISTENCY, severity, cl, **where,
                            period=period_of([c.time for c in cl]),
                            detail=f"{doc} gives {distinct} different values",
                            explanation=[*_reasons(ps, doc=doc), *aligned, *_tolerance(group, tolerance_note), *ctx.maker_note(group.entity)],
                        )
                    )
                continue
            findings.extend(_sources_disagree(judged, by_id, rule, where, [*aligned, *_tolerance(group, tolerance_note)]))
            judged = [p for p in judged if p.verdict.sources is None]
            for verdict, kind, severity_of, detail, cross_only in (
                (Verdict.CONFLICT, "conflict", None, "sources disagree", True),
                (Verdict.AGREEMENT, "agreement", Severity.INFO, "sources agree", True),
                (Verdict.COMPATIBLE, "compatible", Severity.INFO, "aligned but not comparable", False),
            ):
                ps_all = [p for p in judged if p.verdict.verdict == kind and (p.cross or not cross_only)]
                for ps in _agreeing_sets(ps_all, rule, ctx) if kind == "agreement" else [ps_all]:
                    ids = set().union(*(p.cross if cross_only else p.cross | set().union(*p.same_doc.values()) for p in ps)) if ps else set()
                    if not ids:
                        continue
                    cl = _claims(ids, by_id)
                    severity = severity_of or _severity(rule, ps)
                    findings.append(
                        make_finding(
                            rule, verdict, severity, cl, **where,
                            period=period_of([c.time for c in cl]),
                            detail=detail,
                            explanation=[
                                *_reasons(ps),
                                *aligned,
                                *(_tolerance(group, tolerance_note) if kind == "conflict" else []),
                                *ctx.maker_note(group.entity),
                            ],
                        )
                    )
    return findings


TYPE = RuleType(ConsistencyRule, run)
