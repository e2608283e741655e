"""Rule type `consistency`: the same entity, attribute and period across and within sources.

Each pair of claims in an aligned group is related: different metric of one
family -> compatible; time scopes that differ -> compatible; values that
overlap -> agreement; two bounds that can both hold -> compatible; values
that cannot both hold -> conflict (two sources) or inconsistency (one source).
A funding round or other event with no stated date that differs is another
event, not a conflict. Pairs are then gathered into one finding per verdict.

Rules of scope `across` report conflicts, agreements and compatible pairs;
rules of scope `within` report a source contradicting itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from factcheck.evaluate.compare import relate
from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.findings import make_finding, period_of
from factcheck.evaluate.rulefile import RuleSpec
from factcheck.evaluate.scopes import FIRM, compare_scopes
from factcheck.match import AlignedGroup
from factcheck.models import Claim, Finding, Qualifier, Severity, TimeScope, Verdict

_SOFT_QUALIFIERS = (Qualifier.APPROXIMATE, Qualifier.VAGUE)


@dataclass(frozen=True)
class PairVerdict:
    a: Claim
    b: Claim
    verdict: str  # agreement | compatible | conflict
    reason: str
    firm: bool  # for conflicts: periods stated (or not needed) and figures not approximate


def _apart(a: TimeScope | None, b: TimeScope | None) -> bool:
    """One scope is stated, the other only borrowed (context or article date), and they do not meet:
    figures that differ are then more likely from two periods than in conflict."""
    if a is None or b is None or (a.basis in FIRM) == (b.basis in FIRM):
        return False
    a0, a1 = a.start or date.min, a.end or date.max
    b0, b1 = b.start or date.min, b.end or date.max
    return a1 < b0 or b1 < a0


def judge_pair(a: Claim, b: Claim, rule: RuleSpec, ctx: EvalContext) -> PairVerdict | None:
    if a.attribute != b.attribute:
        return PairVerdict(a, b, "compatible", f"different metrics: {a.attribute} and {b.attribute}", True)
    temporal = ctx.temporal(a.attribute)
    scope = compare_scopes(a.time, b.time, temporal)
    if scope.kind == "different":
        return PairVerdict(a, b, "compatible", scope.reason, True)
    rel = relate(a, b, rule.tolerance, ctx.rates, ctx.when(a))
    if rel.kind == "incomparable":
        return None
    if rel.kind == "agree":
        return PairVerdict(a, b, "agreement", rel.reason, True)
    if rel.kind == "bounds":
        return PairVerdict(a, b, "compatible", rel.reason, True)
    if temporal == "event" and scope.kind == "unknown":
        return PairVerdict(a, b, "compatible", f"{rel.reason}; with no dates these may be different events", True)
    if temporal == "window" and scope.kind == "unknown":
        return PairVerdict(a, b, "compatible", f"{rel.reason}; counted over periods that are not both stated", True)
    if scope.kind == "unknown" and _apart(a.time, b.time):
        return PairVerdict(a, b, "compatible", f"{rel.reason}; one is stated for another period ({scope.reason})", True)
    firm = scope.kind == "same" and a.qualifier not in _SOFT_QUALIFIERS and b.qualifier not in _SOFT_QUALIFIERS
    firm = firm and not (a.notes and any("relative date" in n for n in a.notes + b.notes))
    return PairVerdict(a, b, "conflict", f"{rel.reason}; {scope.reason}", firm)


def _pairs(group: AlignedGroup, rule: RuleSpec, ctx: EvalContext) -> list[PairVerdict]:
    out = []
    for a, b in combinations(group.claims, 2):
        if a.document == b.document and a.start == b.start:
            continue
        if (pv := judge_pair(a, b, rule, ctx)) is not None:
            out.append(pv)
    return out


def _claims_of(pairs: list[PairVerdict]) -> list[Claim]:
    seen: dict[str, Claim] = {}
    for p in pairs:
        seen.setdefault(p.a.id, p.a)
        seen.setdefault(p.b.id, p.b)
    return list(seen.values())


def _reasons(pairs: list[PairVerdict], limit: int = 6) -> list[str]:
    out = []
    for p in pairs[:limit]:
        out.append(f"{p.a.document}:{p.a.line} vs {p.b.document}:{p.b.line}: {p.reason}")
    if len(pairs) > limit:
        out.append(f"... and {len(pairs) - limit} more pairs")
    return out


def run(rules: list[RuleSpec], groups: list[AlignedGroup], ctx: EvalContext) -> list[Finding]:
    findings: list[Finding] = []
    for rule in rules:
        for group in groups:
            pairs = _pairs(group, rule, ctx)
            attribute = group.claims[0].attribute if len({c.attribute for c in group.claims}) == 1 else group.family
            tolerance_note = (
                f"tolerance: rounding of the digits given, ±{rule.tolerance.approximate:.0%} for approximate figures"
            )
            if rule.scope == "within":
                by_doc: dict[str, list[PairVerdict]] = defaultdict(list)
                for p in pairs:
                    if p.verdict == "conflict" and p.a.document == p.b.document:
                        by_doc[p.a.document].append(p)
                for doc, ps in by_doc.items():
                    cl = _claims_of(ps)
                    severity = rule.severity if all(p.firm for p in ps) else Severity.WARNING
                    findings.append(
                        make_finding(
                            rule, Verdict.INCONSISTENCY, severity, cl,
                            entity=group.entity, attribute=attribute,
                            period=period_of([c.time for c in cl]),
                            detail=f"{doc} gives {len({(c.value.low, c.value.high, c.value.start) for c in cl})} different values",
                            explanation=[*_reasons(ps), tolerance_note],
                        )
                    )
                continue
            cross = [p for p in pairs if p.a.document != p.b.document]
            conflicts = [p for p in cross if p.verdict == "conflict"]
            agreements = [p for p in cross if p.verdict == "agreement"]
            compatible = [p for p in pairs if p.verdict == "compatible"]
            if conflicts:
                cl = _claims_of(conflicts)
                severity = rule.severity if all(p.firm for p in conflicts) else Severity.WARNING
                findings.append(
                    make_finding(
                        rule, Verdict.CONFLICT, severity, cl,
                        entity=group.entity, attribute=attribute,
                        period=period_of([c.time for c in cl]),
                        detail="sources disagree",
                        explanation=[*_reasons(conflicts), tolerance_note],
                    )
                )
            if agreements:
                cl = _claims_of(agreements)
                findings.append(
                    make_finding(
                        rule, Verdict.AGREEMENT, Severity.INFO, cl,
                        entity=group.entity, attribute=attribute,
                        period=period_of([c.time for c in cl]),
                        detail="sources agree",
                        explanation=_reasons(agreements),
                    )
                )
            if compatible:
                cl = _claims_of(compatible)
                findings.append(
                    make_finding(
                        rule, Verdict.COMPATIBLE, Severity.INFO, cl,
                        entity=group.entity, attribute=attribute,
                        period=period_of([c.time for c in cl]),
                        detail="aligned but not comparable",
                        explanation=_reasons(compatible),
                    )
                )
    return findings
