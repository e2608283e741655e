"""ScanResult -> Report (the `factcheck-report/1` contract) and its summary counts; building, not rendering."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from factcheck.app.pipeline import ScanResult
from factcheck.models import REPORT_SCHEMA as SCHEMA
from factcheck.models import AbsentFinding, DocumentInfo, Finding, Report, Severity, Summary, Verdict
from factcheck.version import __version__


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
            # `path` names the article as findings do (relative to the folder scanned), so the same articles give
            # the same bytes on any machine; the file on disk (Document.path) reaches the formats that point
            # into the repository through RenderContext.paths.
            DocumentInfo(id=d.id, path=d.id, sha256=d.sha256, published=d.published, title=d.title)
            for d in result.documents
        ],
        claims=result.claims,
        findings=result.findings,
        summary=summarize(result, blocking=blocking, absent=absent),
        warnings=result.warnings,
        diagnostics=result.diagnostics,
        absent=list(absent),
    )
