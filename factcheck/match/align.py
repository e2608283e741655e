"""Block claims into aligned groups: same entity, same attribute family, same facets.

Blocking keeps the cost near-linear: only claims in one block are compared
with each other. Facets keep apart what only looks alike: figures under a
hypothesis heading, a model's active parameters, the outcome a probability
is about, the round a funding amount belongs to, a part of a whole. Figures
restating another one (a conversion in parentheses) or standing for the
thing compared with ("vs $100M+") are left to their own rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.knowledge import Knowledge
from factcheck.match.groups import GroupCluster, label_names
from factcheck.models import Claim

SEPARATING_FACETS = ("hypothesis", "variant", "outcome", "item")
NOT_ALIGNED_ROLES = ("conversion", "comparison")


@dataclass(frozen=True)
class AlignedGroup:
    entity: str
    family: str
    facets: tuple[tuple[str, str], ...]
    claims: tuple[Claim, ...]

    @property
    def documents(self) -> list[str]:
        return sorted({c.document for c in self.claims})


def facet_key(c: Claim) -> tuple[tuple[str, str], ...]:
    keys = [(f, c.facets[f]) for f in SEPARATING_FACETS if f in c.facets]
    if c.facets.get("role") == "part":
        keys.append(("role", "part"))
    return tuple(keys)


def with_group_entities(claims: Sequence[Claim], clusters: Sequence[GroupCluster]) -> list[Claim]:
    """Claims whose subject is a number-named group ("left the Six Tigers") get the group's name,
    so that "Six Tigers" in one article and "Six Dragons" in another are one entity."""
    labels = label_names(claims, clusters)
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (doc, start), (end, name) in labels.items():
        by_doc[doc].append((start, end, name))
    out = []
    for c in claims:
        at = c.facets.get("entity_at")
        if at is not None and not c.facets.get("group"):
            pos = int(at)
            hit = next((name for s, e, name in by_doc.get(c.document, ()) if s <= pos < e), None)
            if hit is not None:
                c = c.model_copy(update={"entity": hit, "notes": [*c.notes, f"'{c.entity_text}' names the group {hit}"]})
        out.append(c)
    return out


def align(claims: Sequence[Claim], knowledge: Knowledge) -> list[AlignedGroup]:
    """Aligned groups of two or more claims, in a stable order."""
    family = {a.name: a.family or a.name for a in knowledge.attributes}
    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if not c.entity or not c.attribute or c.facets.get("group"):
            continue
        if c.facets.get("role") in NOT_ALIGNED_ROLES:
            continue
        blocks[(c.entity, family.get(c.attribute, c.attribute), facet_key(c))].append(c)
    groups = [
        AlignedGroup(entity=e, family=f, facets=fk, claims=tuple(sorted(cs, key=lambda c: (c.document, c.start))))
        for (e, f, fk), cs in blocks.items()
        if len(cs) >= 2
    ]
    return sorted(groups, key=lambda g: (g.entity.casefold(), g.family, g.facets))
