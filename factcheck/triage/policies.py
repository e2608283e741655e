"""What each `factcheck triage` command decides, as data: which findings to list, adopt, prune, or set.

The CLI prints what these return; saving the ledger and its mirror in the
store is the application's job (factcheck.app.latest).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from factcheck.evaluate.fingerprint import verdict_class
from factcheck.models import KnownFinding, TriageDecision
from factcheck.triage.identity import reviewer, today
from factcheck.triage.ledger import Ledger, LedgerEntry
from factcheck.triage.lookup import resolve_id

ADOPTED = "present when the ledger was adopted"


@dataclass(frozen=True)
class StoredFinding:
    """A finding of the latest scan (or an absent one) as the store keeps it."""

    finding: KnownFinding
    status: str
    blocking: bool = False
    suppressed: str | None = None
    explanation: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # "file:line: sentence", the primary place first


@dataclass(frozen=True)
class Listed:
    """One row of `triage list`: the stored finding and its ledger entry (None when untriaged)."""

    stored: StoredFinding
    entry: LedgerEntry | None


@dataclass(frozen=True)
class ListFilter:
    """`triage list` options: problems only unless `show_all`; triage states ("none" = untriaged); statuses."""

    show_all: bool = False
    states: Collection[str] = ()
    statuses: Collection[str] = ()

    def matches(self, s: StoredFinding, entry: LedgerEntry | None) -> bool:
        f = s.finding
        if not self.show_all and f.verdict is not None and verdict_class(f.verdict) != "problem":
            return False
        if self.states and (entry.decision.state if entry else "none") not in self.states:
            return False
        return not self.statuses or s.status in self.statuses


def listed(findings: Sequence[StoredFinding], ledger: Ledger, chosen: ListFilter) -> list[Listed]:
    """The findings `triage list` shows, in the store's order."""
    rows = [Listed(s, ledger.get(s.finding.id)) for s in findings]
    return [r for r in rows if chosen.matches(r.stored, r.entry)]


def decision(state: str, reason: str | None, note: str | None, who: str | None, evidence: str | None) -> TriageDecision:
    """A decision taken now, by `who` (default: the git user)."""
    return TriageDecision(state=state, reason=reason, note=note, who=who or reviewer(), when=today(), evidence=evidence)


def resolve(findings: Sequence[StoredFinding], ledger: Ledger, prefix: str) -> str:
    """The one id, of the latest scan or the ledger, that `prefix` names."""
    return resolve_id(prefix, [*(s.finding.id for s in findings), *ledger.entries])


def set_decision(
    findings: Sequence[StoredFinding], ledger: Ledger, prefix: str, state: str, *,
    reason: str | None = None, note: str | None = None, who: str | None = None,
) -> str:
    """Record `state` for the finding `prefix` names (a present one, or one only the ledger knows); its id."""
    stored = {s.finding.id: s for s in findings}
    fid = resolve(findings, ledger, prefix)
    if fid in stored:
        facts, evidence = stored[fid].finding, stored[fid].finding.evidence
    else:
        facts, evidence = ledger.entries[fid].finding, ledger.entries[fid].decision.evidence
    ledger.record(facts, decision(state, reason, note, who, evidence))
    return fid


def adoptable(s: StoredFinding, ledger: Ledger) -> bool:
    """An untriaged, unsuppressed conflict or inconsistency that this scan produced."""
    f = s.finding
    return s.status != "absent" and f.verdict is not None and verdict_class(f.verdict) == "problem" and not s.suppressed and f.id not in ledger


def adopt(findings: Sequence[StoredFinding], ledger: Ledger, state: str, reason: str, who: str | None = None) -> list[KnownFinding]:
    """Record `state` for every adoptable finding; the findings recorded."""
    todo = [s.finding for s in findings if adoptable(s, ledger)]
    for f in todo:
        ledger.record(f, decision(state, reason, None, who, f.evidence))
    return todo


def stale(findings: Sequence[StoredFinding], ledger: Ledger) -> list[str]:
    """Confirmed and false_positive decisions whose findings the scan no longer produces (resolved ones stay:
    they are what turns a returning finding into `regressed`)."""
    present = {s.finding.id for s in findings if s.status != "absent"}
    return [e.id for e in ledger.entries.values() if e.id not in present and e.decision.state != "resolved"]


def prune(findings: Sequence[StoredFinding], ledger: Ledger) -> list[str]:
    """Remove the stale decisions from the ledger (in memory); their ids."""
    gone = stale(findings, ledger)
    for fid in gone:
        ledger.remove(fid)
    return gone
