"""Rule type `conversion`: a figure and its converted form in one place.

"$2 billion (approximately 140 billion RMB)": the first figure, converted at
the exchange-rate range of its period, must overlap the second (with the
second's rounding and approximation). When it does not, the finding says by
how much, and whether the gap is a power of ten (a slipped scale word).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from factcheck.evaluate.compare import span, to_unit
from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.findings import make_finding, period_of
from factcheck.evaluate.rulespec import RuleBase, RuleType
from factcheck.evaluate.tolerance import FigureSlack
from factcheck.models import Finding, Role, Verdict


class ConversionRule(RuleBase):
    type: Literal["conversion"]
    tolerance: FigureSlack = FigureSlack()


def _factor(expected: float, stated: float) -> str:
    if expected <= 0 or stated <= 0:
        return ""
    f = stated / expected
    power = round(math.log10(f))
    if power != 0 and abs(math.log10(f) - power) < 0.08:
        return f"; off by a factor of {10 ** abs(power):,} ({'too large' if power > 0 else 'too small'})"
    return f"; {f:.2g} times the converted value"


def run(rules: Sequence[ConversionRule], ctx: EvalContext) -> list[Finding]:
    findings = []
    for rule in rules:
        for c in ctx.claims:
            src = ctx.referred(c) if c.frame.role == Role.CONVERSION else None
            if src is None or src.value.unit is None or c.value.unit is None:
                continue
            s_src = span(src, rule.tolerance)
            converted, how = to_unit(s_src, c.value.unit, ctx.rates, src.value.rate_date)
            if converted is None:
                continue
            stated = span(c, rule.tolerance)
            if converted.lo <= stated.hi and stated.lo <= converted.hi:
                continue
            mid_conv = (converted.lo + converted.hi) / 2
            mid_stated = c.value.low if c.value.low is not None else c.value.high or 0.0
            detail = f"{src.text} is {converted.show()} {how}, not {c.text}{_factor(mid_conv, mid_stated)}"
            findings.append(
                make_finding(
                    rule, Verdict.INCONSISTENCY, rule.severity, [src, c],
                    entity=src.entity, attribute=src.attribute or c.attribute,
                    period=period_of([src.time]),
                    detail=detail,
                    explanation=[detail, f"tolerance: rounding of the digits given, ±{rule.tolerance.approximate:.0%} for approximate figures"],
                )
            )
    return findings


TYPE = RuleType(ConversionRule, run)
