"""Is a figure the only value its article gives for its quantity?

A fact that has one value per story ("the bombs dropped", "the quake's magnitude", "the day of the
arrest") is told with one value in each article that reports it; a quantity an article gives several
values for (the points of each player, the ages of several people) is not one fact, and two of its
figures from two articles need more than shared words to be the same one. The match stage marks
each claim of a block with `frame.sole`, and frame similarity counts two sole figures as stronger
evidence that two articles tell one fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from factcheck.match.similarity import named, subject_key
from factcheck.models import Claim, Qualifier, Role

SAME_VALUE = 0.05  # figures within 5% of each other are one value told twice ("12", "at least 12")


def _value_key(c: Claim) -> tuple:
    v = c.value
    if v.weekday is not None:
        return ("weekday", v.weekday)
    if v.yearless is not None:
        return ("yearless", v.yearless)
    if v.record is not None:
        return ("record", v.record)
    if v.start is not None or v.end is not None:
        return ("date", v.start, v.end)
    return ("number", v.low, v.high, v.unit)


def _same(a: tuple, b: tuple) -> bool:
    if a == b:
        return True
    if a[0] != "number" or b[0] != "number" or a[3] != b[3]:
        return False
    x = a[1] if a[1] is not None else a[2]
    y = b[1] if b[1] is not None else b[2]
    if x is None or y is None:
        return False
    return abs(x - y) <= SAME_VALUE * max(abs(x), abs(y))


def mark_sole(claims: Sequence[Claim], leads: bool = True) -> list[Claim]:
    """The claims of one block, each with `frame.sole` set: does its article give no other value here? And
    `frame.lead`: is it the value its article gives first (the headline's or the lead's figure: news tells
    its main fact first, and the earlier round, the previous tour or a rival's figure later)?
    None for a bound or a figure of another stage, which is no value of the fact either way; `lead` only where
    `leads` (a quantity that is one fact of a story: an open noun such as "rebounds" has a value per player).
    `subject_sole`: the only value its article gives for its named subject.
    `lone_bound`: a bound its article gives alone for the quantity (no value, no other bound): that article's
    word on the fact, which `align_pair` counts as its sole value only against a report of the same moment.

    Linear in the block: values are gathered per article once."""
    values: dict[str, list[tuple]] = defaultdict(list)
    by_subject: dict[tuple[str, str | None], list[tuple]] = defaultdict(list)  # (article, named subject) -> values
    bound_values: dict[str, list[tuple]] = defaultdict(list)
    for c in claims:
        k = _value_key(c)
        if told_as_fact(c):
            _add_distinct(values[c.document], k)
            _add_distinct(by_subject[(c.document, _subject(c))], k)
        elif _bound(c):
            _add_distinct(bound_values[c.document], k)  # "could rise to £52 million": a limit, not a second value
    lead = {doc: _value_key(c) for doc, c in first_told(claims).items()}

    def subject_sole(c: Claim) -> bool | None:
        """One value for the claim's named subject (each party's vote share in a results story); None for a
        figure with no named subject."""
        return None if _subject(c) is None else len(by_subject[(c.document, _subject(c))]) == 1

    def marks(c: Claim) -> dict[str, bool | None]:
        if not told_as_fact(c):
            # a bound its article gives alone ("more than 3,000 firefighters", add-ons "up to £9 million"): its word
            # on the fact, counted as a sole value only against a report of the same moment (`align_pair`)
            lone = _bound(c) and not values[c.document] and len(bound_values[c.document]) == 1
            return {"sole": None, "lead": None, "lone_bound": lone or None}
        return {
            "sole": len(values[c.document]) == 1,
            "lead": leads and _same(_value_key(c), lead[c.document]),
            "subject_sole": subject_sole(c),
        }

    return [c.model_copy(update={"frame": c.frame.model_copy(update=marks(c))}) for c in claims]


def _subject(c: Claim) -> str | None:
    """The claim's named subject as alignment keys it (None for a description or none)."""
    return subject_key(c) if named(c) else None


_BOUNDS = (Qualifier.UPPER_BOUND, Qualifier.LOWER_BOUND)


def _add_distinct(seen: list[tuple], key: tuple) -> None:
    """Add a value key unless one of `seen` is the same value (`_same`)."""
    if not any(_same(key, k) for k in seen):
        seen.append(key)


def _actual(c: Claim) -> bool:
    """A figure of the actual stage, not one something is compared with."""
    return c.frame.stage is None and c.frame.role != Role.COMPARISON


def _bound(c: Claim) -> bool:
    """An actual figure told as a bound ("more than 3,000 firefighters", "at least 12 dead")."""
    return _actual(c) and c.qualifier in _BOUNDS


def first_told(claims: Sequence[Claim]) -> dict[str, Claim]:
    """Each article's first figure told as fact (`told_as_fact`): its headline's or its lead's."""
    first: dict[str, Claim] = {}
    for c in claims:
        if told_as_fact(c) and (c.document not in first or c.start < first[c.document].start):
            first[c.document] = c
    return first


def told_as_fact(c: Claim) -> bool:
    """An actual figure, not a bound, a figure of another stage (talks, a projection, a target) or one
    something is compared with ("up from 1.8 million", "surpassing the £41 million paid for ...")."""
    return _actual(c) and c.qualifier not in _BOUNDS
