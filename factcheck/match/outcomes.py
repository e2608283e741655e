"""Gather the probabilities of one set of outcomes: one line, or the sibling headings of one section.

Only attributes whose values must add up (`sums_to` in attributes.yml) form
sets; extract gave each such figure its `Place`, so a set is the figures of one
article and attribute that share one, none of them a range.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from factcheck.knowledge import Knowledge
from factcheck.models import Claim, OutcomeSet, Place


def outcome_sets(claims: Sequence[Claim], knowledge: Knowledge) -> list[OutcomeSet]:
    """Sets of two or more figures, in a stable order (article, attribute, place)."""
    summed = {a.name for a in knowledge.attributes if a.sums_to is not None}
    sets: dict[tuple[str, str, tuple[str, int, int]], list[Claim]] = defaultdict(list)
    places: dict[tuple[str, int, int], Place] = {}
    for c in claims:
        place = c.frame.place
        if c.attribute in summed and place is not None and c.value.low is not None:
            sets[(c.document, c.attribute, place.key)].append(c)
            places[place.key] = place
    return [
        OutcomeSet(document=doc, attribute=attribute, place=places[key], claims=tuple(cs))
        for (doc, attribute, key), cs in sorted(sets.items())
        if len(cs) >= 2 and not any(_spread(c) for c in cs) and not _one_outcome_twice(cs)
    ]


def _one_outcome_twice(claims: Sequence[Claim]) -> bool:
    """Two figures naming the same outcome ("a 60 percent chance of a quake in one city and a 72 percent chance in
    another"): the chances of one kind of event under two conditions, no outcomes that share out one whole."""
    named = [c.frame.outcome for c in claims if c.frame.outcome]
    return len(named) != len(set(named))


def _spread(c: Claim) -> bool:
    """A range ("estimates ranged from 40% to 96%") spans guesses at one outcome: its figures are no set of
    outcomes that must add up."""
    return c.value.high is not None and c.value.low is not None and c.value.high != c.value.low
