"""gate: a scan's findings + suppression directives + triage ledger + baseline -> statuses and what blocks.

    directives (in the articles)  -> suppressed findings, FC000 findings, unused-directive warnings
    ledger + baseline             -> new | unchanged | updated | regressed, and the absent list
    --fail-on                     -> the blocking ids (exit code 1 when there is one)

Decisions only: the scans it decides about are run by factcheck.app.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from factcheck.gate.decide import blocking_ids
from factcheck.gate.suppress import apply_directives, find_directives, malformed_findings
from factcheck.models import AbsentFinding, Claim, Document, Finding
from factcheck.triage.ledger import Ledger
from factcheck.triage.status import Baseline, assign_statuses


@dataclass(frozen=True)
class GateOutcome:
    findings: list[Finding]
    absent: list[AbsentFinding]
    warnings: list[str]
    blocking: list[str]  # finding ids, in report order


def suppress(
    documents: Sequence[Document], claims: Mapping[str, Claim], findings: Sequence[Finding], rule_codes: Collection[str]
) -> tuple[list[Finding], list[str]]:
    """Apply the articles' directives: findings (FC000 ones appended) and unused-directive warnings."""
    good, bad = [], []
    for doc in documents:
        g, b = find_directives(doc, rule_codes)
        good += g
        bad += b
    kept, warnings = apply_directives(findings, claims, good)
    return [*kept, *malformed_findings(bad)], warnings


def review(
    documents: Sequence[Document],
    claims: Mapping[str, Claim],
    findings: Sequence[Finding],
    *,
    ledger: Ledger,
    baseline: Baseline | None,
    fail_on: str,
    rule_codes: Collection[str],
    updated_blocks: str = "outside",
) -> GateOutcome:
    """Everything the gate decides about one scan."""
    gated, warnings = suppress(documents, claims, findings, rule_codes)
    gated, absent = assign_statuses(gated, ledger, baseline, claims)
    blocking = blocking_ids(gated, fail_on, updated_blocks, claims)
    return GateOutcome(findings=gated, absent=absent, warnings=warnings, blocking=blocking)
