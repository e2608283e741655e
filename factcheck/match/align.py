"""Block claims into aligned groups: same entity, same attribute family, same separating frame fields.

Blocking keeps the cost near-linear: only claims in one block are compared
with each other. Frame fields keep apart what only looks alike: figures under a
hypothesis heading, a model's active parameters, the outcome a probability
is about, the round a funding amount belongs to, a part of a whole. Figures
restating another one (a conversion in parentheses) or standing for the
thing compared with ("vs $100M+") are left to their own rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from factcheck.knowledge import Knowledge
from factcheck.match.groups import label_names
from factcheck.models import AlignedGroup, Claim, GroupCluster, Role

SEPARATING_FIELDS = ("hypothesis", "variant", "outcome", "item")
NOT_ALIGNED_ROLES = (Role.CONVERSION, Role.COMPARISON)


def separating_key(c: Claim) -> tuple[tuple[str, str], ...]:
    """The frame fields that keep a claim apart from look-alikes, as (field, value) pairs.

    The pairs also enter finding fingerprints, so their names and order are stable."""
    keys = [(f, v) for f in SEPARATING_FIELDS if (v := getattr(c.frame, f)) is not None]
    if c.frame.role == Role.PART:
        keys.append(("role", Role.PART.value))
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
        pos = c.frame.entity_at
        if pos is not None and c.frame.group is None:
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
        if not c.entity or not c.attribute or c.frame.group is not None:
            continue
        if c.frame.role in NOT_ALIGNED_ROLES:
            continue
        blocks[(c.entity, family.get(c.attribute, c.attribute), separating_key(c))].append(c)
    groups = [
        AlignedGroup(entity=e, family=f, separated_by=fk, claims=tuple(sorted(cs, key=lambda c: (c.document, c.start))))
        for (e, f, fk), cs in blocks.items()
        if len(cs) >= 2
    ]
    return sorted(groups, key=lambda g: (g.entity.casefold(), g.family, g.separated_by))
