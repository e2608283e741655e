"""evaluate: claims + rules -> findings. Dispatches to the closed set of rule types."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.rulefile import RuleSet
from factcheck.evaluate.types import consistency, conversion, group_size, ratio, share, sum as sum_type
from factcheck.knowledge import Knowledge
from factcheck.match import match
from factcheck.models import Claim, Finding, Verdict

_VERDICT_ORDER = {Verdict.CONFLICT: 0, Verdict.INCONSISTENCY: 1, Verdict.AGREEMENT: 2, Verdict.COMPATIBLE: 3}


def evaluate(claims: Sequence[Claim], rules: RuleSet, knowledge: Knowledge, published: dict[str, date | None]) -> list[Finding]:
    """Every finding of every enabled rule, in a stable order (problems first)."""
    matched = match(claims, knowledge)
    ctx = EvalContext(knowledge=knowledge, claims=matched.claims, published=published)
    findings: list[Finding] = []
    findings += consistency.run(rules.of_type("consistency"), matched.groups, ctx)
    findings += conversion.run(rules.of_type("conversion"), ctx)
    findings += ratio.run(rules.of_type("ratio"), ctx)
    findings += share.run(rules.of_type("share"), ctx)
    findings += sum_type.run(rules.of_type("sum"), ctx)
    findings += group_size.run(rules.of_type("group_size"), matched.clusters)
    unique: dict[str, Finding] = {}
    for f in findings:
        unique.setdefault(f.id, f)
    return sorted(
        unique.values(),
        key=lambda f: (_VERDICT_ORDER[f.verdict], -f.severity.rank, (f.entity or "").casefold(), f.attribute or "", f.id),
    )
