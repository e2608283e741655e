"""Which findings block: the one rule behind exit code 1.

A finding blocks when it is a problem (conflict or inconsistency), its status
is `new` or `regressed`, its severity reaches `--fail-on`, and no in-article
directive suppresses it. Triage needs no test of its own here: a `confirmed`
or `false_positive` finding is in the ledger, so it is never `new`, and a
`resolved` one that comes back is `regressed` and blocks again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from factcheck.evaluate.fingerprint import verdict_class
from factcheck.models import Finding, Severity, Status

FailOn = Literal["error", "warning", "info", "none"]
FAIL_ON_CHOICES: tuple[str, ...] = ("error", "warning", "info", "none")
BLOCKING_STATUSES = (Status.NEW, Status.REGRESSED)


def is_blocking(f: Finding, fail_on: str) -> bool:
    if fail_on == "none":
        return False
    return (
        verdict_class(f.verdict) == "problem"
        and f.status in BLOCKING_STATUSES
        and f.severity.rank >= Severity(fail_on).rank
        and not f.suppressed
    )


def blocking_ids(findings: Iterable[Finding], fail_on: str) -> list[str]:
    return [f.id for f in findings if is_blocking(f, fail_on)]
