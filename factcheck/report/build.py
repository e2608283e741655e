"""ScanResult -> Report (the `factcheck-report/1` contract) and its summary counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from factcheck import __version__
from factcheck.api import ScanResult
from factcheck.models import AbsentFinding, DocumentInfo, Finding, Report, Severity, Summary, Verdict

SCHEMA = "factcheck-report/1"


def summarize(
    result: ScanResult, findings: list[Finding] | None = None, blocking: int = 0, absent: Sequence[AbsentFinding] = ()
) -> Summary:
    findings = result.findings if findings is None else findings
    verdicts = Counter(f.verdict for f in findings)
    problems = [f for f in findings if f.verdict in (Verdict.CONFLICT, Verdict.INCONSISTENCY)]
    return Summary(
        documents=len(result.documents),
        claims=len(result.claims),
        conflicts=verdicts[Verdict.CONFLICT],
        inconsistencies=verdicts[Verdict.INCONSISTENCY],
        agreements=verdicts[Verdict.AGREEMENT],
        compatible=verdicts[Verdict.COMPATIBLE],
        blocking=blocking,
        by_severity={s.value: sum(1 for f in problems if f.severity == s) for s in Severity},
        by_status=dict(sorted(Counter(f.status.value for f in [*findings, *absent]).items())),
    )


def build_report(result: ScanResult, blocking: int = 0, absent: Sequence[AbsentFinding] = ()) -> Report:
    """`absent`: findings the ledger or baseline knows that this scan did not produce (see factcheck.triage)."""
    return Report(
        schema=SCHEMA,
        tool={"name": "factcheck", "version": __version__},
        documents=[
            DocumentInfo(id=d.id, path=d.path, sha256=d.sha256, published=d.published, title=d.title)
            for d in result.documents
        ],
        claims=result.claims,
        findings=result.findings,
        summary=summarize(result, blocking=blocking, absent=absent),
        warnings=result.warnings,
        absent=list(absent),
    )


def report_json(report: Report) -> str:
    """The report as JSON text: stable key order, no timestamps, same bytes for the same input."""
    return report.model_dump_json(by_alias=True, indent=2) + "\n"
