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
    "claims, bounds, sole",
    [
        ([fig(0, 9e6, q=Qualifier.UPPER_BOUND), fig(1, 12e6, doc="b")], True, [True, True]),
        ([fig(0, 9e6, q=Qualifier.UPPER_BOUND), fig(1, 12e6, doc="b")], False, [None, True]),
        ([fig(0, 45e6), fig(1, 9e6, q=Qualifier.UPPER_BOUND)], True, [True, None]),
        ([fig(0, 55e6, q=Qualifier.UPPER_BOUND, stage=Stage.PROJECTION)], True, [None]),
    ],
    ids=["a limit alone in its article", "... only for a quantity of our knowledge", "a limit beside the value",
         "a projection's limit"],
)
def test_a_limit_alone_in_its_article_is_its_one_value(claims, bounds, sole):
    """"add-ons worth up to £9 million" as the article's only figure of the add-ons is its value of them, told as a
    limit (add-ons are conditional); beside an actual value a limit stays none."""
    assert [c.frame.sole for c in mark_sole(claims, bounds=bounds)] == sole
