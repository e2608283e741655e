"""triage: the reviewers' ledger (`factcheck.triage.yml`) and each finding's status against it.

    load_ledger -> Ledger.record / Ledger.save          (decisions, round-trip YAML)
    assign_statuses(findings, ledger, baseline)        (new | unchanged | updated | absent | regressed)
"""

from factcheck.triage.ledger import DEFAULT_LEDGER, STATES, Ledger, LedgerEntry, load_ledger
from factcheck.models import KnownFinding
from factcheck.triage.status import Baseline, assign_statuses, known_findings

__all__ = [
    "DEFAULT_LEDGER",
    "STATES",
    "Baseline",
    "KnownFinding",
    "Ledger",
    "LedgerEntry",
    "assign_statuses",
    "known_findings",
    "load_ledger",
]
