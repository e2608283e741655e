"""A known finding that a new source joins keeps its identity.

The fingerprint names the documents a finding is about, so when a third
article brings a third value to a conflict reviewers already confirmed, the
scan produces a finding with a new id and the confirmed one goes `absent`.
Here such a finding takes back the known id: same rule, verdict class,
entity, attribute and period, and the known documents are a strict subset of
its own. Its `introduced` claims are those of the documents that joined, so
the annotation lands on the article the change added, and the gate can
judge whether the new value lies outside what was already accepted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from factcheck.evaluate.fingerprint import verdict_class
from factcheck.models import Claim, Finding, KnownFinding


def _same_subject(f: Finding, k: KnownFinding) -> bool:
    return (
        k.rule == f.rule
        and k.verdict is not None
        and verdict_class(k.verdict) == verdict_class(f.verdict)
        and (k.entity, k.attribute, k.period) == (f.entity, f.attribute, f.period)
    )


def rejoin(findings: Iterable[Finding], known: Mapping[str, KnownFinding], claims: Mapping[str, Claim]) -> list[Finding]:
    """Findings, each unknown one that a known finding's documents are a strict part of taking that id."""
    out = list(findings)
    produced = {f.id for f in out}
    free = {kid: k for kid, k in known.items() if kid not in produced and k.documents}
    for i, f in enumerate(out):
        if f.id in known:
            continue
        docs = set(f.documents)
        candidates = [k for k in free.values() if _same_subject(f, k) and set(k.documents) < docs]
        if not candidates:
            continue
        k = max(candidates, key=lambda k: (len(k.documents), k.id))
        del free[k.id]
        introduced = [c for c in f.claims if c in claims and claims[c].document not in set(k.documents)]
        out[i] = f.model_copy(update={"id": k.id, "introduced": introduced})
    return out
