"""Rule type `sum`: probabilities of one set of outcomes must add up to 100%.

A set is the probabilities given on one line ("50% independent success, 50%
acquisition") or in sibling headings of one section ("Bull Case (30%
probability)", "Base Case (50% probability)", "Bear Case (20% probability)"),
as the match stage gathered them (factcheck.match.outcomes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.findings import make_finding
from factcheck.evaluate.rulespec import RuleBase, RuleType, Strict
from factcheck.models import Finding, Verdict


class SumTolerance(Strict):
    percent_points: float = Field(0.5, ge=0, description="slack for the total, in percentage points")
    # Outcomes meant to add up come near the whole; percentages that sum to 163 or to 2.6 on one line are not
    # one set of outcomes (a flattened table, a ticker's changes) but figures that only share a line.
    set_gap: float = Field(
        50.0, ge=0, description="a total further than this from the whole, in points, is no set of outcomes"
    )


class SumRule(RuleBase):
    type: Literal["sum"]
    tolerance: SumTolerance = SumTolerance()


def run(rules: Sequence[SumRule], ctx: EvalContext) -> list[Finding]:
    totals = {a.name: a.sums_to for a in ctx.knowledge.attributes if a.sums_to is not None}
    findings = []
    for rule in rules:
        for outcomes in ctx.matched.outcome_sets:
            claims, attribute = outcomes.claims, outcomes.attribute
            target = totals[attribute]
            total = sum(c.value.low or 0 for c in claims)
            slack = sum(c.value.tolerance for c in claims) + rule.tolerance.percent_points
            if abs(total - target) <= slack or abs(total - target) > rule.tolerance.set_gap:
                continue
            detail = f"{' + '.join(c.text for c in claims)} = {total:g}, not {target:g}"
            findings.append(
                make_finding(
                    rule, Verdict.INCONSISTENCY, rule.severity, claims,
                    entity=claims[0].entity, attribute=attribute,
                    period=None, detail=detail,
                    explanation=[detail, f"the outcomes of one set must add up to {target:g}"],
                )
            )
    return findings


TYPE = RuleType(SumRule, run)
