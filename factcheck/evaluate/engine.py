"""evaluate: claims + rules -> findings. Runs each registered rule type over its enabled rules."""

from __future__ import annotations

from collections import defaultdict

from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.fingerprint import with_ordinal
from factcheck.evaluate.registry import REGISTRY
from factcheck.evaluate.rulefile import RuleSet
from factcheck.knowledge import Knowledge
from factcheck.models import Finding, MatchResult, Verdict

_VERDICT_ORDER = {Verdict.CONFLICT: 0, Verdict.INCONSISTENCY: 1, Verdict.AGREEMENT: 2, Verdict.COMPATIBLE: 3}


def _distinct_ids(findings: list[Finding]) -> list[Finding]:
    """Findings sharing an identity are all kept: the second and later (by where their claims
    are) get an ordinal in their id, so none is lost and a triage decision names one finding."""
    by_id: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_id[f.id].append(f)
    out = []
    for same in by_id.values():
        same.sort(key=lambda f: (f.documents, f.claims))
        out.append(same[0])
        out.extend(f.model_copy(update={"id": with_ordinal(f.id, n)}) for n, f in enumerate(same[1:], start=2))
    return out


def evaluate(matched: MatchResult, rules: RuleSet, knowledge: Knowledge) -> list[Finding]:
    """Every finding of every enabled rule over matched claims, in a stable order (problems first)."""
    ctx = EvalContext(knowledge=knowledge, matched=matched)
    findings: list[Finding] = []
    for name, rule_type in REGISTRY.items():
        findings += rule_type.run(rules.of_type(name), ctx)
    return sorted(
        _distinct_ids(findings),
        key=lambda f: (_VERDICT_ORDER[f.verdict], -f.severity.rank, (f.entity or "").casefold(), f.attribute or "", f.id),
    )
