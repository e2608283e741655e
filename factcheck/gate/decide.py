"""Which findings block: the one rule behind exit code 1.

A finding blocks when it is a problem (conflict or inconsistency), its status
is `new` or `regressed`, its severity reaches `--fail-on`, and no in-article
directive suppresses it. Triage needs no test of its own here: a `confirmed`
or `false_positive` finding is in the ledger, so it is never `new`, and a
`resolved` one that comes back is `regressed` and blocks again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from factcheck.evaluate.fingerprint import verdict_class
from factcheck.models import Claim, Finding, Severity, Status, Value

FailOn = Literal["error", "warning", "info", "none"]
FAIL_ON_CHOICES: tuple[str, ...] = ("error", "warning", "info", "none")
UpdatedBlocks = Literal["outside", "always", "never"]
UPDATED_BLOCKS_CHOICES: tuple[str, ...] = ("outside", "always", "never")
BLOCKING_STATUSES = (Status.NEW, Status.REGRESSED)


def _overlap(a: Value, b: Value) -> bool:
    """Whether two values can be the same figure: same unit and intervals that meet (within tolerance)."""
    if a.start is not None and b.start is not None:
        return a.start < (b.end or b.start) and b.start < (a.end or a.start) or a.start == b.start
    if None in (a.low, a.high, b.low, b.high) or a.unit != b.unit:
        return False
    t = a.tolerance + b.tolerance  # each value's rounding, in its unit
    return b.low - t <= a.high and a.low - t <= b.high  # type: ignore[operator]


def brings_new_value(f: Finding, claims: Mapping[str, Claim]) -> bool:
    """A joined source's claim whose value matches none of the values the finding already had."""
    old = [claims[c].value for c in f.claims if c in claims and c not in f.introduced]
    new = [claims[c].value for c in f.introduced if c in claims]
    return any(not any(_overlap(n, o) for o in old) for n in new)


def _status_blocks(f: Finding, updated_blocks: str, claims: Mapping[str, Claim] | None) -> bool:
    if f.status in BLOCKING_STATUSES:
        return True
    if f.status != Status.UPDATED or not f.introduced or updated_blocks == "never":
        return False
    return updated_blocks == "always" or brings_new_value(f, claims or {})


def is_blocking(
    f: Finding, fail_on: str, updated_blocks: str = "outside", claims: Mapping[str, Claim] | None = None
) -> bool:
    if fail_on == "none":
        return False
    return (
        verdict_class(f.verdict) == "problem"
        and _status_blocks(f, updated_blocks, claims)
        and f.severity.rank >= Severity(fail_on).rank
        and not f.suppressed
    )


def blocking_ids(
    findings: Iterable[Finding], fail_on: str, updated_blocks: str = "outside", claims: Mapping[str, Claim] | None = None
) -> list[str]:
    return [f.id for f in findings if is_blocking(f, fail_on, updated_blocks, claims)]
