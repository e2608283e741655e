"""gate: a scan's findings + suppression directives + triage ledger + baseline -> statuses and what blocks.

    directives (in the articles)  -> suppressed findings, FC000 findings, unused-directive warnings
    ledger + baseline             -> new | unchanged | updated | regressed, and the absent list
    --fail-on                     -> the blocking ids (exit code 1 when there is one)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.api import ExtractionCache, ScanResult, Toolkit, scan
from factcheck.errors import InputError
from factcheck.gate.decide import blocking_ids
from factcheck.gate.gitref import checkout, relative_to_root
from factcheck.gate.suppress import apply_directives, find_directives, malformed_findings
from factcheck.models import AbsentFinding, Finding
from factcheck.triage.ledger import Ledger
from factcheck.triage.status import Baseline, assign_statuses, known_findings


@dataclass(frozen=True)
class GateOutcome:
    findings: list[Finding]
    absent: list[AbsentFinding]
    warnings: list[str]
    blocking: list[str]  # finding ids, in report order

    def apply(self, result: ScanResult) -> ScanResult:
        """The scan result as the reports should show it: gated findings, the gate's warnings added."""
        return dataclasses.replace(result, findings=self.findings, warnings=[*result.warnings, *self.warnings])


def suppress(result: ScanResult, rule_codes: Collection[str]) -> tuple[list[Finding], list[str]]:
    """Apply the articles' directives: findings (FC000 ones appended) and unused-directive warnings."""
    good, bad = [], []
    for doc in result.documents:
        g, b = find_directives(doc, rule_codes)
        good += g
        bad += b
    claims = {c.id: c for c in result.claims}
    findings, warnings = apply_directives(result.findings, claims, good)
    return [*findings, *malformed_findings(bad)], warnings


def review(
    result: ScanResult,
    *,
    ledger: Ledger,
    baseline: Baseline | None,
    fail_on: str,
    rule_codes: Collection[str],
) -> GateOutcome:
    """Everything the gate decides about one scan."""
    findings, warnings = suppress(result, rule_codes)
    findings, absent = assign_statuses(findings, ledger, baseline)
    return GateOutcome(findings=findings, absent=absent, warnings=warnings, blocking=blocking_ids(findings, fail_on))


def baseline_at_ref(
    ref: str, paths: Sequence[Path], toolkit: Toolkit, cache: ExtractionCache | None = None, cwd: Path | None = None
) -> tuple[Baseline, list[str]]:
    """The findings the same paths give at git revision `ref`, and warnings (e.g. no articles there yet)."""
    with checkout(ref, cwd or Path.cwd()) as (root, tree):
        there = [tree / rel for rel in relative_to_root(paths, root)]
        present = [p for p in there if p.exists()]
        if not present:
            return Baseline(source=ref), [f"baseline {ref}: none of the scanned paths exist there; every finding is new"]
        try:
            result = scan(present, toolkit=toolkit, cache=cache)
        except InputError as exc:
            return Baseline(source=ref), [f"baseline {ref}: {exc}; every finding is new"]
    findings, _ = suppress(result, toolkit.rules.rules)
    return Baseline(source=ref, findings=known_findings(findings)), []
