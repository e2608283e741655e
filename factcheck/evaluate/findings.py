"""Build Finding objects: message from the rule's template, explanation lines, identities."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta

from factcheck.evaluate.compare import human
from factcheck.evaluate.fingerprint import evidence_hash, fingerprint
from factcheck.evaluate.rulespec import RuleBase
from factcheck.evaluate.scopes import show
from factcheck.models import Claim, Finding, Severity, TimeScope, Verdict


def show_value(c: Claim) -> str:
    """A claim's normalized value as people read it: '2 billion USD', '≥ 100 billion params', '2023-04', '52-3'."""
    v = c.value
    if v.record is not None:
        return v.record  # a win-loss record reads as written: "52-3"
    if v.start is not None or v.end is not None:
        if v.start and v.end:
            last = v.end - timedelta(days=1)
            return f"{v.start}" if v.start == last else f"{v.start} to {last}"
        return f"from {v.start}" if v.start else f"before {v.end}"
    unit = f" {v.unit}" if v.unit else ""
    lo, hi = v.low, v.high
    if c.qualifier.value == "lower_bound" and lo is not None:
        return f"≥ {human(lo)}{unit}"
    if c.qualifier.value == "upper_bound" and hi is not None:
        return f"≤ {human(hi)}{unit}"
    if lo is not None and hi is not None and lo != hi:
        return f"{human(lo)}–{human(hi)}{unit}"
    x = lo if lo is not None else hi
    prefix = "≈ " if c.qualifier.value in ("approximate", "vague") else ""
    return f"{prefix}{human(x)}{unit}" if x is not None and not math.isnan(x) else "?"


def describe_claim(c: Claim) -> str:
    scope = f"; {show(c.time)}" if c.time is not None else ""
    return f"{c.document}:{c.line} '{c.text}' → {show_value(c)} ({c.qualifier.value}){scope}"


def period_of(scopes: Sequence[TimeScope | None]) -> str | None:
    """A short period label from the first firm scope: '2025-03', '2024', or 'start..end'."""
    for t in scopes:
        if t is None or t.basis not in ("stated", "relative"):
            continue
        if t.start and t.end:
            if t.start.day == 1 and (t.end + timedelta(days=1)).day == 1:
                months = (t.end.year - t.start.year) * 12 + t.end.month - t.start.month + 1
                if months == 1:
                    return f"{t.start:%Y-%m}"
                if months == 12 and t.start.month == 1:
                    return f"{t.start:%Y}"
            return f"{t.start}..{t.end}"
        if t.start:
            return f"{t.start}.."
        if t.end:
            return f"..{t.end}"
        if t.anchor:
            return f"{t.anchor}+{t.offset_years}" if t.offset_years else f"since {t.anchor}"
    return None


def capped(rule_severity: Severity, cap: Severity) -> Severity:
    """The rule's severity, lowered to `cap` when the evidence is weaker; never raised."""
    return rule_severity if rule_severity.rank <= cap.rank else cap


def make_finding(
    rule: RuleBase,
    verdict: Verdict,
    severity: Severity,
    claims: Sequence[Claim],
    *,
    entity: str | None,
    attribute: str | None,
    period: str | None,
    detail: str,
    explanation: list[str],
    separated_by: tuple[tuple[str, str], ...] = (),
    confidence: float | None = None,
) -> Finding:
    ordered = sorted(claims, key=lambda c: (c.document, c.start))
    docs = sorted({c.document for c in ordered})
    values = "; ".join(f"{show_value(c)} ({c.document}:{c.line})" for c in ordered)
    message = rule.render(
        entity=entity or "?",
        attribute=(attribute or "?").replace("_", " "),
        values=values,
        period=period or "",
        documents=", ".join(docs),
        detail=detail,
    )
    return Finding(
        id=fingerprint(rule.code, verdict, entity, attribute, period, docs, ";".join(f"{k}={v}" for k, v in separated_by)),
        rule=rule.code,
        rule_name=rule.name,
        verdict=verdict,
        severity=severity,
        entity=entity,
        attribute=attribute,
        period=period,
        claims=[c.id for c in ordered],
        documents=docs,
        message=message,
        explanation=[*(describe_claim(c) for c in ordered), *explanation],
        evidence=evidence_hash(ordered),
        confidence=confidence,
    )


