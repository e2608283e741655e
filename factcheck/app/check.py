"""One gated scan, as `factcheck scan` runs it: scan, baseline, review, report.

    scan(paths) -> [baseline: --baseline FILE | --baseline-ref REF] -> gate.review(ledger, --fail-on) -> Report

The CLI adds only options and printing around `check()`; writing the files
and recording the run are `factcheck.app.artifacts`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.app.baseline import BaselineChoice, baseline_at_ref, load_baseline_report
from factcheck.app.gitref import repository_root, resolve_commit
from factcheck.app.pipeline import ExtractionCache, Progress, ScanResult, no_progress, scan
from factcheck.app.reporting import build_report
from factcheck.app.toolkit import Toolkit
from factcheck.gate.review import GateOutcome, review
from factcheck.ingest import Selection
from factcheck.models import Report
from factcheck.store import StoreCache
from factcheck.triage.ledger import Ledger
from factcheck.triage.status import Baseline


@dataclass(frozen=True)
class Checked:
    result: ScanResult  # with the gate's findings and warnings
    report: Report
    outcome: GateOutcome
    baseline: Baseline | None


def gated(result: ScanResult, outcome: GateOutcome, warnings: Sequence[str] = ()) -> ScanResult:
    """The scan result as the reports show it: gated findings, the gate's (and the baseline's) warnings added."""
    return dataclasses.replace(
        result, findings=outcome.findings, warnings=[*result.warnings, *outcome.warnings, *warnings]
    )


def gate_scan(
    result: ScanResult,
    toolkit: Toolkit,
    *,
    ledger: Ledger,
    baseline: Baseline | None = None,
    fail_on: str = "error",
    warnings: Sequence[str] = (),
    updated_blocks: str = "outside",
) -> Checked:
    """Run the gate over a scan already made and build the report the files and the store show."""
    outcome = review(
        result.documents,
        result.claims_by_id,
        result.findings,
        ledger=ledger,
        baseline=baseline,
        fail_on=fail_on,
        rule_codes=toolkit.rules.rules,
        updated_blocks=updated_blocks,
    )
    shown = gated(result, outcome, warnings)
    report = build_report(shown, blocking=len(outcome.blocking), absent=outcome.absent)
    return Checked(result=shown, report=report, outcome=outcome, baseline=baseline)


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
    selection: Selection | None = None,
    updated_blocks: str = "outside",
) -> Checked:
    """Scan `paths`, mark statuses against the ledger and baseline, decide what blocks, build the report."""
    known: Baseline | None = None
    warnings: list[str] = []
    if baseline.file is not None:
        known = load_baseline_report(baseline.file)
    if baseline.ref is not None:
        resolve_commit(baseline.ref, repository_root(Path.cwd()))  # a bad ref fails before the scan, not after
    result = scan(paths, toolkit=toolkit, cache=cache, progress=progress, exclude=exclude, selection=selection)
    if baseline.ref is not None:
        progress("baseline", 0, 1)
        known, warnings = baseline_at_ref(baseline.ref, paths, toolkit, cache)
        progress("baseline", 1, 1)
    return gate_scan(
        result, toolkit, ledger=ledger, baseline=known, fail_on=fail_on, warnings=warnings, updated_blocks=updated_blocks
    )


def check_cached(paths: Sequence[Path], toolkit: Toolkit, *, cache_db: Path | None, **options: Any) -> Checked:
    """`check()` with the store's extraction cache at `cache_db` (None: extract everything again); entries
    made by other rules, knowledge or tool versions are pruned afterwards, since they can never hit again."""
    if cache_db is None:
        return check(paths, toolkit, **options)
    with StoreCache.open(cache_db) as cache:
        checked = check(paths, toolkit, cache=cache, **options)
        cache.prune(toolkit.extraction_fingerprint)
    return checked
