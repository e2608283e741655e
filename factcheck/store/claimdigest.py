"""The digest of each claim's JSON, known without serializing the claim again when it was read from that JSON.

After one edit a re-scan reads the last scan's claims back from the store (factcheck.store.cache) and then needs
a digest of every one of them twice: the alignment blocks' digests (factcheck.app.blocks) and the claims table's
changed rows (factcheck.store.database). Serializing 250,000 claims again for that took seconds at 12,000
articles, while the text they were read from is at hand: its digest is remembered here, keyed by the claim object
itself. A claim is never changed in place after normalize (copies are new objects, which are serialized), so the
digest stays the claim's. Should a stored text ever differ from what the claim serializes to, the digest differs
from a cold scan's: a block or a row is then written again, never wrongly kept.

Cost: one sha1 per claim read back; the claims remembered are held until the scan's outputs are recorded.
"""

from __future__ import annotations

import hashlib

from factcheck.models import Claim


def json_digest(text: str) -> str:
    """The digest of a claim's JSON (the claims table's `digest` column)."""
    return hashlib.sha1(text.encode()).hexdigest()


class ClaimDigests:
    """Claim -> digest of its JSON: remembered for claims read from JSON, else serialized and hashed."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[Claim, str]] = {}  # id(claim) -> (the claim, held so its id is never reused, digest)

    def remember(self, claim: Claim, text: str) -> None:
        """`claim` was validated from `text`."""
        self._known[id(claim)] = (claim, json_digest(text))

    def known(self, claim: Claim) -> str | None:
        hit = self._known.get(id(claim))
        return hit[1] if hit is not None and hit[0] is claim else None

    def of(self, claim: Claim) -> str:
        found = self.known(claim)
        return found if found is not None else json_digest(claim.model_dump_json())

    def __len__(self) -> int:
        return len(self._known)
