"""One gated scan, as `factcheck scan` runs it: scan, baseline, review, report.

    scan(paths) -> [baseline: --baseline FILE | --baseline-ref REF] -> review(ledger, --fail-on) -> Report

The CLI adds only options, output files and printing around `check()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.api import ExtractionCache, Progress, ScanResult, Toolkit, no_progress, scan
from factcheck.gate.baseline import load_baseline_report
from factcheck.gate.gitref import repository_root, resolve_commit
from factcheck.gate.review import GateOutcome, baseline_at_ref, review
from factcheck.models import Report
from factcheck.report.build import build_report
from factcheck.triage.ledger import Ledger
from factcheck.triage.status import Baseline


@dataclass(frozen=True)
class BaselineChoice:
    """Where known findings come from besides the ledger: an earlier report, a git revision, or nowhere."""

    file: Path | None = None
    ref: str | None = None

    def describe(self) -> str | None:
        return str(self.file) if self.file else self.ref


@dataclass(frozen=True)
class Checked:
    result: ScanResult  # with the gate's findings and warnings
    report: Report
    outcome: GateOutcome
    baseline: Baseline | None


def check(
    paths: Sequence[Path],
    toolkit: Toolkit,
    *,
    ledger: Ledger,
    fail_on: str = "error",
    baseline: BaselineChoice = BaselineChoice(),
    cache: ExtractionCache | None = None,
    progress: Progress = no_progress,
    exclude: Sequence[Path] = (),
) -> Checked:
    """Scan `paths`, mark statuses against the ledger and baseline, decide what blocks, build the report."""
    known: Baseline | None = None
    warnings: list[str] = []
    if baseline.file is not None:
        known = load_baseline_report(baseline.file)
    if baseline.ref is not None:
        resolve_commit(baseline.ref, repository_root(Path.cwd()))  # a bad ref fails before the scan, not after
    result = scan(paths, toolkit=toolkit, cache=cache, progress=progress, exclude=exclude)
    if baseline.ref is not None:
        progress("baseline", 0, 1)
        known, warnings = baseline_at_ref(baseline.ref, paths, toolkit, cache)
        progress("baseline", 1, 1)
    outcome = review(result, ledger=ledger, baseline=known, fail_on=fail_on, rule_codes=toolkit.rules.rules)
    gated = outcome.apply(result)
    gated.warnings.extend(warnings)
    report = build_report(gated, blocking=len(outcome.blocking), absent=outcome.absent)
    return Checked(result=gated, report=report, outcome=outcome, baseline=known)
