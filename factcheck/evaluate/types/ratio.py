"""Rule type `ratio`: a stated multiplier against the two figures it rests on.

"70x cheaper training ($5.58M vs $100M+)" and "160 billion yuan, a full double
of last year's 80 billion": the larger figure over the smaller must reach the
stated multiplier. An open bound ("$100M+") is read as at most
`open_bound_stretch` times its figure, so "70x" on "$5.58M vs $100M+" fails.
A figure with no unit next to one with a unit ("last year's 80 billion")
is read in that unit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from factcheck.evaluate.compare import human, span
from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.findings import make_finding
from factcheck.evaluate.rulespec import RuleBase, RuleType
from factcheck.evaluate.tolerance import FigureSlack
from factcheck.models import Claim, Finding, Kind, Qualifier, Verdict

_OPERAND_KINDS = (Kind.MONEY, Kind.NUMBER, Kind.PARAMETERS, Kind.QUANTITY)
NEAR = 90  # characters: how far from the multiplier its figures may be


class RatioTolerance(FigureSlack):
    open_bound_stretch: float = Field(
        2.0, ge=1, description='an open bound ("$100M+") read as at most this many times its figure'
    )


class RatioRule(RuleBase):
    type: Literal["ratio"]
    tolerance: RatioTolerance = RatioTolerance()


def operands(m: Claim, ctx: EvalContext) -> list[Claim]:
    near = [
        c
        for c in ctx.sentence_of(m)
        if c.kind in _OPERAND_KINDS and c.id != m.id and (abs(c.start - m.end) <= NEAR or abs(m.start - c.end) <= NEAR)
        and c.value.low is not None
    ]
    after = [c for c in near if c.start >= m.end]
    before = [c for c in near if c.end <= m.start]
    if len(after) >= 2:
        return after[:2]
    if before and after:
        return [before[-1], after[0]]
    return []


def _bounds(c: Claim, rule: RatioRule) -> tuple[float, float]:
    s = span(c, rule.tolerance)
    hi = s.hi
    if math.isinf(hi) and c.qualifier == Qualifier.LOWER_BOUND:
        hi = (c.value.low or 0.0) * rule.tolerance.open_bound_stretch
    return max(s.lo, 0.0), hi


def run(rules: Sequence[RatioRule], ctx: EvalContext) -> list[Finding]:
    findings = []
    for rule in rules:
        for m in ctx.claims:
            if m.kind != Kind.MULTIPLIER or m.value.low is None or m.value.low <= 1:
                continue
            ops = operands(m, ctx)
            if len(ops) != 2:
                continue
            a, b = ops
            units = {a.value.unit, b.value.unit} - {None}
            if len(units) > 1:
                continue
            (alo, ahi), (blo, bhi) = _bounds(a, rule), _bounds(b, rule)
            big, small = ((alo, ahi), (blo, bhi)) if (a.value.low or 0) >= (b.value.low or 0) else ((blo, bhi), (alo, ahi))
            if small[0] <= 0:
                continue
            lo, hi = big[0] / small[1], big[1] / small[0]
            stated = span(m, rule.tolerance)
            if stated.lo <= hi and lo <= stated.hi:
                continue
            point = (a.value.low or 0) / (b.value.low or 1)
            point = point if point >= 1 else 1 / point
            detail = (
                f"{a.text} and {b.text} give {point:.3g}x (at most {hi:.3g}x reading open bounds as up to "
                f"{rule.tolerance.open_bound_stretch:g} times), not {m.text}"
            )
            needed = small[0] * (m.value.low or 0)
            findings.append(
                make_finding(
                    rule, Verdict.INCONSISTENCY, rule.severity, [m, a, b],
                    entity=m.entity or a.entity, attribute=m.attribute or "ratio",
                    period=None,
                    detail=detail,
                    explanation=[detail, f"{m.text} would need the larger figure to be about {human(needed)}"],
                )
            )
    return findings


TYPE = RuleType(RatioRule, run)
