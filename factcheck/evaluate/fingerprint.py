"""Stable identities for findings.

The fingerprint names *what* a finding is about, never where or with which
numbers: sha256("factcheck/v1" | code | verdict class | entity | attribute |
period | sorted document ids [| separating frame fields]). Two findings that still share an
identity (two wrong conversions of one valuation in one article) are told
apart by their order in the article: the second gets `with_ordinal(id, 2)`. Edits elsewhere in a file, moved lines and
re-ordered files keep it. The verdict class ("problem" for conflicts and
inconsistencies, else the verdict) keeps an agreement and a conflict on the
same figures apart, so an agreement that turns into a conflict is new. The
evidence hash covers the values and quotes, so a changed figure shows as
`updated` under the same fingerprint.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from factcheck.models import Claim, Verdict

PREFIX = "factcheck/v1"
ID_LENGTH = 20


def verdict_class(verdict: Verdict) -> str:
    return "problem" if verdict in (Verdict.CONFLICT, Verdict.INCONSISTENCY) else verdict.value


def fingerprint(
    code: str,
    verdict: Verdict,
    entity: str | None,
    attribute: str | None,
    period: str | None,
    documents: Iterable[str],
    separated_by: str = "",
) -> str:
    """`separated_by` ("outcome=success;role=part") keeps apart findings that differ only in what
    separates their claims (an outcome, a funding round, "active" parameters); it is empty for most."""
    parts = [PREFIX, code, verdict_class(verdict), entity or "", attribute or "", period or "", *sorted(set(documents))]
    if separated_by:
        parts.append(separated_by)
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:ID_LENGTH]


def with_ordinal(finding_id: str, n: int) -> str:
    """The n-th finding (n >= 2, by position in its articles) that shares an identity with another."""
    return hashlib.sha256(f"{finding_id}#{n}".encode()).hexdigest()[:ID_LENGTH]


def evidence_hash(claims: Iterable[Claim]) -> str:
    rows = sorted(
        f"{c.document}|{c.text}|{c.value.low}|{c.value.high}|{c.value.unit}|{c.value.start}|{c.value.end}|{c.qualifier}"
        for c in claims
    )
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()[:16]
