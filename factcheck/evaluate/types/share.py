"""Rule type `share`: a part, a whole and the percentage stated for the part.

"22 base models, of which 16 are multi-modal, accounting for more than 70%"
and "270 million ... of 1.259 billion, the penetration rate is only 21.4%":
part / whole must fall within the stated percentage, its bound and rounding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from factcheck.evaluate.compare import span
from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.findings import make_finding
from factcheck.evaluate.rulespec import RuleBase, RuleType
from factcheck.evaluate.tolerance import FigureSlack
from factcheck.models import Claim, Finding, Kind, Role, Verdict

_COUNTS = (Kind.NUMBER, Kind.MONEY, Kind.PARAMETERS, Kind.QUANTITY)


class ShareTolerance(FigureSlack):
    percent_points: float = Field(0.5, ge=0, description="slack for the stated percentage, in points")


class ShareRule(RuleBase):
    type: Literal["share"]
    tolerance: ShareTolerance = ShareTolerance()


def _part_whole(p: Claim, ctx: EvalContext) -> tuple[Claim, Claim] | None:
    sentence = [c for c in ctx.sentence_of(p) if c.kind in _COUNTS and c.value.low is not None and c.end <= p.start]
    for c in sentence:
        if c.frame.role == Role.PART and (whole := ctx.referred(c)) is not None:
            return c, whole
    if len(sentence) == 2 and _count_alike(*sentence):
        a, b = sentence
        return (a, b) if (a.value.low or 0) < (b.value.low or 0) else (b, a)
    return None


def _count_alike(a: Claim, b: Claim) -> bool:
    """Two figures that can be a part and its whole: amounts of one currency, or counts of one thing
    ("16 multi-modal models" of "22 models"), not "eight states" and "the age of 65"."""
    if a.value.unit != b.value.unit:
        return False
    if a.kind == b.kind == Kind.MONEY:
        return True
    return a.frame.quantity is not None and a.frame.quantity == b.frame.quantity


def run(rules: Sequence[ShareRule], ctx: EvalContext) -> list[Finding]:
    cues = ctx.knowledge.cues.share_cues
    if not cues:
        return []
    cue_re = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)
    findings = []
    for rule in rules:
        for p in ctx.claims:
            if p.kind != Kind.PERCENT or p.value.low is None and p.value.high is None:
                continue
            if not cue_re.search(p.sentence):
                continue
            pw = _part_whole(p, ctx)
            if pw is None:
                continue
            part, whole = pw
            sp, sw = span(part, rule.tolerance), span(whole, rule.tolerance)
            if sw.lo <= 0:
                continue
            lo, hi = 100 * sp.lo / sw.hi, 100 * sp.hi / sw.lo
            stated = span(p, rule.tolerance)
            slack = rule.tolerance.percent_points
            if stated.lo - slack <= hi and lo <= stated.hi + slack:
                continue
            share = 100 * (part.value.low or 0) / (whole.value.low or 1)
            detail = f"{part.text} of {whole.text} is {share:.3g}%, not {p.text}"
            findings.append(
                make_finding(
                    rule, Verdict.INCONSISTENCY, rule.severity, [part, whole, p],
                    entity=p.entity or whole.entity, attribute=p.attribute or "share",
                    period=None, detail=detail,
                    explanation=[detail, f"tolerance: rounding of each figure and ±{slack:g} percentage points"],
                )
            )
    return findings


TYPE = RuleType(ShareRule, run)
