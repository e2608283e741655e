"""match: claims -> aligned groups (same entity, attribute family and facets) and group clusters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.values.words import stem
from factcheck.knowledge import Knowledge
from factcheck.match.align import AlignedGroup, align, with_group_entities
from factcheck.match.groups import GroupCluster, cluster_groups
from factcheck.models import Claim


@dataclass(frozen=True)
class MatchResult:
    claims: list[Claim]  # as given, with subjects that name a group renamed to the group
    groups: list[AlignedGroup]
    clusters: list[GroupCluster]


def match(claims: Sequence[Claim], knowledge: Knowledge) -> MatchResult:
    """Cluster number-named groups, give their claims one name, and block everything for comparison."""
    filler = frozenset(stem(w) for w in knowledge.group_filler_words)
    clusters = cluster_groups(claims, filler)
    named = with_group_entities(claims, clusters)
    return MatchResult(claims=named, groups=align(named, knowledge), clusters=clusters)


__all__ = ["AlignedGroup", "GroupCluster", "MatchResult", "align", "cluster_groups", "match"]
