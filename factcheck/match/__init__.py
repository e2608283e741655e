"""match: claims -> aligned groups (same entity, attribute family and facets) and group clusters."""

from factcheck.match.align import AlignedGroup, align
from factcheck.match.groups import GroupCluster, cluster_groups

__all__ = ["AlignedGroup", "GroupCluster", "align", "cluster_groups"]
