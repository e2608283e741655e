"""match.outcomes: probabilities sharing a place in one article form one set that must add up."""

from __future__ import annotations

import pytest

from factcheck.knowledge import builtin_rules_dir, load_knowledge
from factcheck.match.outcomes import outcome_sets
from factcheck.models import Claim, ClaimFrame, Kind, Place, Value

KNOWLEDGE = load_knowledge([builtin_rules_dir()])
SUMMED = next(a.name for a in KNOWLEDGE.attributes if a.sums_to is not None)
LINE = Place(kind="line", start=10)
UNDER = Place(kind="under", start=0, level=2)


def pct(doc: str, start: int, value: float, place: Place | None, attribute: str = SUMMED, outcome: str | None = None) -> Claim:
    return Claim(
        id=f"{doc}{start}", document=doc, start=start, end=start + 3, line=1, column=1, text=f"{value:g}%",
        sentence="x", kind=Kind.PERCENT, attribute=attribute, value=Value(low=value, high=value, unit="percent"),
        frame=ClaimFrame(place=place, outcome=outcome),
    )


@pytest.mark.parametrize(
    "claims, sizes",
    [
        ([pct("a", 10, 50, LINE), pct("a", 20, 50, LINE)], [2]),
        ([pct("a", 10, 50, LINE), pct("a", 20, 50, UNDER)], []),
        ([pct("a", 10, 50, LINE), pct("b", 10, 50, LINE)], []),
        ([pct("a", 10, 50, UNDER), pct("a", 40, 30, UNDER), pct("a", 70, 20, UNDER)], [3]),
        ([pct("a", 10, 50, None), pct("a", 20, 50, None)], []),
        ([pct("a", 10, 50, LINE, "growth_rate"), pct("a", 20, 50, LINE, "growth_rate")], []),
        ([pct("a", 10, 40, LINE).model_copy(update={"value": Value(low=40, high=96, unit="percent")}), pct("a", 20, 73, LINE)], []),
        ([pct("a", 10, 60, LINE, outcome="chanc"), pct("a", 20, 72, LINE, outcome="chanc")], []),
        ([pct("a", 10, 60, LINE, outcome="success"), pct("a", 20, 40, LINE, outcome="sale")], [2]),
    ],
    ids=["one line", "two places", "two articles", "sibling headings", "no place", "attribute that does not sum",
         "a range of estimates and a point", "one outcome named twice (two places' chances)", "two outcomes named"],
)
def test_outcome_sets(claims, sizes):
    assert [len(s.claims) for s in outcome_sets(claims, KNOWLEDGE)] == sizes
