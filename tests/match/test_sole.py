"""match.sole: is a figure the only value its article gives for the quantity?"""

from __future__ import annotations

import pytest

from factcheck.match.sole import mark_sole
from factcheck.models import Claim, ClaimFrame, Kind, Qualifier, Role, Stage, Value


def fig(
    i: int, low: float, doc: str = "a", q: Qualifier = Qualifier.EXACT, stage: Stage | None = None, role: Role | None = None
) -> Claim:
    return Claim(
        id=f"c{i}", document=doc, start=i, end=i + 1, line=1, column=1, text=str(low), sentence="x", kind=Kind.MONEY,
        value=Value(low=low, high=None if q == Qualifier.LOWER_BOUND else low, unit="GBP"), qualifier=q,
        frame=ClaimFrame(stage=stage, role=role),
    )


@pytest.mark.parametrize(
    "claims, sole",
    [
        ([fig(0, 45e6), fig(1, 45.5e6)], [True, True]),
        ([fig(0, 45e6), fig(1, 52e6)], [False, False]),
        ([fig(0, 45e6), fig(1, 52e6, stage=Stage.PROJECTION)], [True, None]),
        ([fig(0, 45e6), fig(1, 8e6, q=Qualifier.UPPER_BOUND)], [True, None]),
        ([fig(0, 45e6), fig(1, 52e6, doc="b")], [True, True]),
        ([fig(0, 45e6), fig(1, 41e6, role=Role.COMPARISON)], [True, None]),
    ],
    ids=["one value told twice", "two values", "a projection beside the fee", "a limit beside the fee", "two articles",
         "a figure compared with"],
)
def test_only_actual_values_make_a_figure_one_of_several(claims, sole):
    """"£45 million, which could rise to £52 million": the fee is still the one value its article gives."""
    assert [c.frame.sole for c in mark_sole(claims)] == sole


@pytest.mark.parametrize(
    "claims, lone",
    [
        ([fig(0, 3000, q=Qualifier.LOWER_BOUND)], [True]),
        ([fig(0, 3000, q=Qualifier.LOWER_BOUND), fig(1, 3000, q=Qualifier.LOWER_BOUND)], [True, True]),
        ([fig(0, 3000, q=Qualifier.LOWER_BOUND), fig(1, 3400)], [None, None]),
        ([fig(0, 3000, q=Qualifier.LOWER_BOUND), fig(1, 5000, q=Qualifier.UPPER_BOUND)], [None, None]),
        ([fig(0, 3000, q=Qualifier.LOWER_BOUND, stage=Stage.PROJECTION)], [None]),
    ],
    ids=["a bound alone", "one bound told twice", "a bound beside a value", "two bounds", "a bound of another stage"],
)
def test_a_bound_an_article_gives_alone_is_its_lone_bound(claims, lone):
    """"More than 3,000 firefighters" is all its article says of them: its word on the fact, though no value."""
    assert [c.frame.lone_bound for c in mark_sole(claims)] == lone


def share(i: int, low: float, entity: str | None, doc: str = "a") -> Claim:
    return Claim(
        id=f"s{i}", document=doc, start=i, end=i + 1, line=1, column=1, text=str(low), sentence="x", kind=Kind.PERCENT,
        entity=entity, value=Value(low=low, high=low, unit="percent"), frame=ClaimFrame(),
    )


@pytest.mark.parametrize(
    "claims, subject_sole",
    [
        ([share(0, 38.2, "Harbour League"), share(1, 27.5, "Tide Party")], [True, True]),
        ([share(0, 38.2, "Harbour League"), share(1, 33.9, "Harbour League")], [False, False]),
        ([share(0, 38.2, "Harbour League"), share(1, 64.0, None)], [True, None]),
    ],
    ids=["one share for each party", "two shares for one party", "a figure naming no subject has none"],
)
def test_one_value_for_each_named_subject(claims, subject_sole):
    """A results story gives each party's share once: each is the only value for its party, though not for votes."""
    marked = mark_sole(claims)
    assert [c.frame.subject_sole for c in marked] == subject_sole
