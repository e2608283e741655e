"""match: claims -> aligned groups (same entity, attribute family and separating frame fields),
group clusters (number-named labels) and outcome sets (probabilities that must add up)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.values.words import stem
from factcheck.knowledge import Knowledge
from factcheck.match.align import align, with_group_entities
from factcheck.match.groups import cluster_groups
from factcheck.match.outcomes import outcome_sets
from factcheck.models import AlignedGroup, Claim, GroupCluster, MatchResult


def match(claims: Sequence[Claim], knowledge: Knowledge) -> MatchResult:
    """Cluster number-named groups, give their claims one name, block everything for comparison, gather outcome sets."""
    filler = frozenset(stem(w) for w in knowledge.group_filler_words)
    clusters = cluster_groups(claims, filler)
    named = with_group_entities(claims, clusters)
    return MatchResult(
        claims=named, groups=align(named, knowledge), clusters=clusters, outcome_sets=outcome_sets(named, knowledge)
    )


__all__ = ["AlignedGroup", "GroupCluster", "MatchResult", "align", "cluster_groups", "match"]
