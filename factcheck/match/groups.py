"""Decide which number-named labels ("Five Little Tigers", "Big Model Six Dragons") are one group.

Two labels are the same group when the members listed beside them overlap
(at least two shared and half of the shorter list), whatever words the labels
use. Without member lists, labels must share their head word ("Tigers") and
their other words must not clash (one label's words contain the other's), and
they must give the same number, except across articles where members show
they are the same group. Within one article, the same words with a different
number are different labels ("Five Tigers" becoming "Six Tigers").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.models import Claim, GroupCluster, GroupName


@dataclass
class _Cluster:
    """Labels judged to be one group while clustering, with what deciding membership needs kept up to date."""

    claims: list[Claim] = field(default_factory=list)
    members: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)
    word_sets: dict[str, set[frozenset[str]]] = field(default_factory=dict)  # head -> label word sets
    numbers_by_doc: dict[str, set[float | None]] = field(default_factory=dict)
    values: set[float | None] = field(default_factory=set)

    def add(self, c: Claim) -> None:
        self.claims.append(c)
        self.members |= _members(c)
        head = _label(c).head
        self.heads.add(head)
        self.word_sets.setdefault(head, set()).add(frozenset(_words(c)))
        self.numbers_by_doc.setdefault(c.document, set()).add(c.value.low)
        self.values.add(c.value.low)

    def absorb(self, other: "_Cluster") -> None:
        for c in other.claims:
            self.add(c)

    def done(self) -> GroupCluster:
        return GroupCluster(claims=tuple(sorted(self.claims, key=lambda c: (c.document, c.start))), members=frozenset(self.members))


def _label(c: Claim) -> GroupName:
    if c.frame.group is None:
        raise ValueError(f"claim {c.id} is not a group's name; only those are clustered")
    return c.frame.group


def _words(c: Claim) -> set[str]:
    return set(_label(c).words)


def _members(c: Claim) -> set[str]:
    return set(_label(c).members)


def _overlap(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    return shared >= 2 and shared * 2 >= min(len(a), len(b))


def _words_fit(a: set[str], b: set[str], filler: frozenset[str]) -> bool:
    """One label's distinctive words contain the other's ("six tigers" fits "six little tigers")."""
    da, db = a - filler, b - filler
    return da <= db or db <= da


def _same(c: Claim, cluster: _Cluster, filler: frozenset[str]) -> bool:
    mine = _members(c)
    if mine and cluster.members:
        return _overlap(mine, cluster.members)
    head = _label(c).head
    if head not in cluster.heads:
        return False
    words = _words(c)
    if not all(_words_fit(words, set(ws), filler) for ws in cluster.word_sets.get(head, ())):
        return False
    numbers = cluster.numbers_by_doc.get(c.document)
    if numbers and c.value.low not in numbers:
        return False  # within one article a different number is a different label
    return c.value.low in cluster.values


def group_name(cluster: GroupCluster) -> str:
    return f"{cluster.name} (group)"


def label_names(claims: Sequence[Claim], clusters: Sequence[GroupCluster]) -> dict[tuple[str, int], tuple[int, str]]:
    """(document, label start) -> (label end, group name), to rename claims about a group."""
    out: dict[tuple[str, int], tuple[int, str]] = {}
    for cl in clusters:
        name = group_name(cl)  # once per cluster: the name looks at every claim, so per claim it was quadratic
        for c in cl.claims:
            out[(c.document, c.start)] = (c.end, name)
    return out


def cluster_groups(claims: Sequence[Claim], filler: frozenset[str] = frozenset()) -> list[GroupCluster]:
    """Clusters of group-label claims; labels with member lists seed the clusters.

    `filler` holds word stems that vary between translations of one label ("littl")."""
    labels = [c for c in claims if c.frame.group is not None]
    labels.sort(key=lambda c: (-len(_members(c)), c.document, c.start))
    clusters: list[_Cluster] = []
    for c in labels:
        home = next((cl for cl in clusters if _same(c, cl, filler)), None)
        if home is None:
            home = _Cluster()
            clusters.append(home)
        home.add(c)
    # Merge clusters whose member lists overlap (a member-less label may have started one).
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(clusters):
            other = next((b for b in clusters[i + 1 :] if a.members and b.members and _overlap(a.members, b.members)), None)
            if other is not None:
                a.absorb(other)
                clusters.remove(other)
                merged = True
                break
    return [cl.done() for cl in clusters]
