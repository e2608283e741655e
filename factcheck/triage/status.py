"""Mark each finding new | unchanged | updated | regressed against the ledger and a baseline, and list the absent.

- new: neither the ledger nor the baseline knows the fingerprint;
- unchanged: known, and the evidence hash (values and quotes) is the same;
- updated: known, but the figures or quotes changed;
- regressed: the ledger says `resolved` and the finding is back, or a problem
  whose benign twin (same rule, entity, attribute, period and documents, but
  agreement/compatible) was known: an agreement that turned into a conflict;
- absent: known to the ledger or the baseline, not produced by this scan
  (returned separately, because its claims are not in this scan).

The evidence a finding is compared with is the baseline's when the baseline
has it (what the branch changed), else the one recorded with the decision.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from factcheck.evaluate.fingerprint import fingerprint, verdict_class
from factcheck.models import AbsentFinding, Claim, Finding, KnownFinding, Status, Verdict
from factcheck.triage.joined import rejoin
from factcheck.triage.ledger import Ledger, LedgerEntry

PROBLEM = "problem"
BENIGN = (Verdict.AGREEMENT, Verdict.COMPATIBLE)


@dataclass(frozen=True)
class Baseline:
    """What counts as already known: findings by id, and where they came from (a file or a git revision)."""

    source: str
    findings: Mapping[str, KnownFinding] = field(default_factory=dict)


def known_findings(findings: Iterable[Finding]) -> dict[str, KnownFinding]:
    return {f.id: KnownFinding.model_validate(f.model_dump(include=set(KnownFinding.model_fields))) for f in findings}


def _benign_twins(f: Finding) -> set[str]:
    if verdict_class(f.verdict) != PROBLEM:
        return set()
    return {fingerprint(f.rule, v, f.entity, f.attribute, f.period, f.documents) for v in BENIGN}


def status_of(f: Finding, entry: LedgerEntry | None, known: KnownFinding | None, earlier_ids: Mapping[str, object]) -> Status:
    """One finding's status; `earlier_ids` is every id the ledger or the baseline knows."""
    if entry is not None and entry.decision.state == "resolved":
        return Status.REGRESSED
    if known is not None:
        before = known.evidence
    elif entry is not None:
        before = entry.decision.evidence
    else:
        return Status.REGRESSED if any(t in earlier_ids for t in _benign_twins(f)) else Status.NEW
    return Status.UNCHANGED if not before or before == f.evidence else Status.UPDATED


def _absent(entry: LedgerEntry | None, known: KnownFinding | None) -> AbsentFinding:
    """One of `entry` and `known` is there (the id came from the ledger or the baseline); the baseline says more."""
    facts = known if known is not None else entry.finding  # type: ignore[union-attr]
    return AbsentFinding(
        **facts.model_dump(),
        known_from=[name for name, x in (("ledger", entry), ("baseline", known)) if x is not None],
        triage=entry.decision if entry else None,
    )


def assign_statuses(
    findings: Iterable[Finding],
    ledger: Ledger,
    baseline: Baseline | None = None,
    claims: Mapping[str, Claim] | None = None,
) -> tuple[list[Finding], list[AbsentFinding]]:
    """Findings with `status` and `triage` set, and the known findings this scan did not produce.

    With `claims`, a finding that a new source joined keeps the known id (factcheck.triage.joined)."""
    base = dict(baseline.findings) if baseline else {}
    entries = ledger.entries
    earlier = {**base, **entries}
    if claims is not None:
        known = {**{fid: e.finding for fid, e in entries.items()}, **base}
        findings = rejoin(findings, known, claims)
    out = [
        f.model_copy(
            update={
                "status": status_of(f, entries.get(f.id), base.get(f.id), earlier),
                "triage": entries[f.id].decision if f.id in entries else None,
            }
        )
        for f in findings
    ]
    produced = {f.id for f in out}
    absent = [_absent(entries.get(fid), base.get(fid)) for fid in sorted(earlier) if fid not in produced]
    return out, absent
