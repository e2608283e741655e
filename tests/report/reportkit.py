"""Hand-made claims, findings and reports for renderer tests.

They let a test state exactly the finding it renders (a conflict with a
triage note, hostile text, an open bound) whatever the extractor and rules
produce today.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from factcheck.models import (
    Claim,
    DocumentInfo,
    Finding,
    Kind,
    Qualifier,
    Report,
    Severity,
    Summary,
    TimeScope,
    TriageDecision,
    Value,
    Verdict,
)


def claim(
    ident: str,
    document: str,
    text: str,
    sentence: str,
    low: float | None = None,
    high: float | None = None,
    unit: str | None = None,
    *,
    line: int = 1,
    start: int | None = None,
    qualifier: Qualifier = Qualifier.EXACT,
    tolerance: float = 0.0,
    kind: Kind = Kind.NUMBER,
    entity: str | None = "Acme",
    attribute: str | None = "valuation",
    dates: tuple[date | None, date | None] | None = None,
    time: TimeScope | None = None,
    notes: Sequence[str] = (),
) -> Claim:
    """A claim whose offsets point at `text` inside `sentence` (the sentence starting the line)."""
    at = sentence.find(text) if start is None else start
    value = (
        Value(start=dates[0], end=dates[1])
        if dates is not None
        else Value(low=low, high=high if high is not None or qualifier != Qualifier.EXACT else low, unit=unit, tolerance=tolerance)
    )
    return Claim(
        id=f"c:{ident}",
        document=document,
        start=at,
        end=at + len(text),
        line=line,
        column=at + 1,
        text=text,
        sentence=sentence,
        kind=Kind.DATE if dates is not None else kind,
        entity=entity,
        entity_text=entity,
        attribute=attribute,
        attribute_text=attribute,
        value=value,
        qualifier=qualifier,
        time=time,
        notes=list(notes),
    )


def finding(
    ident: str,
    claims: Sequence[Claim],
    verdict: Verdict = Verdict.CONFLICT,
    severity: Severity = Severity.ERROR,
    *,
    entity: str = "Acme",
    attribute: str = "valuation",
    triage: TriageDecision | None = None,
    explanation: Sequence[str] = ("a vs b: 1 and 2 do not overlap",),
) -> Finding:
    return Finding(
        id=ident,
        rule="FC101",
        rule_name="figures-across-sources",
        verdict=verdict,
        severity=severity,
        entity=entity,
        attribute=attribute,
        claims=[c.id for c in claims],
        documents=sorted({c.document for c in claims}),
        message=f"{entity} · {attribute}: sources disagree",
        explanation=list(explanation),
        triage=triage,
    )


def report(claims: Sequence[Claim], findings: Sequence[Finding], warnings: Sequence[str] = ()) -> Report:
    docs = sorted({c.document for c in claims})
    verdicts = [f.verdict for f in findings]
    return Report(
        schema="factcheck-report/1",
        tool={"name": "factcheck", "version": "test"},
        documents=[DocumentInfo(id=d, path=d, sha256="0" * 64) for d in docs],
        claims=list(claims),
        findings=list(findings),
        summary=Summary(
            documents=len(docs),
            claims=len(claims),
            conflicts=verdicts.count(Verdict.CONFLICT),
            inconsistencies=verdicts.count(Verdict.INCONSISTENCY),
            agreements=verdicts.count(Verdict.AGREEMENT),
            compatible=verdicts.count(Verdict.COMPATIBLE),
            by_status={"new": len(findings)} if findings else {},
        ),
        warnings=list(warnings),
    )


A_TEXT = "Acme is valued at $2 billion, says the first article.\n"
B_TEXT = "Investors put Acme at $3 billion | a rival figure.\n"


def conflict_report(triage: TriageDecision | None = None) -> tuple[Report, dict[str, str]]:
    """Two articles, one error-level conflict between them, and the texts of both articles."""
    a = claim("a1", "a.md", "$2 billion", A_TEXT.strip(), 2e9, unit="USD", tolerance=5e8, kind=Kind.MONEY)
    b = claim("b1", "b.md", "$3 billion", B_TEXT.strip(), 3e9, unit="USD", tolerance=5e8, kind=Kind.MONEY)
    f = finding("f00dfeed00", [a, b], triage=triage)
    return report([a, b], [f]), {"a.md": A_TEXT, "b.md": B_TEXT}
