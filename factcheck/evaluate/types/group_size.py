"""Rule type `group_size`: a group's size in its name against other sources and its members.

"Five Little Tigers" in one article and "Six Tigers" in another are one group
when their members match (see factcheck.match.groups); different numbers are a
conflict, the same number in two articles an agreement. A name whose members
are listed as a whole ("(A, B, C)") must count as many members as it says.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Literal

from factcheck.evaluate.findings import capped, make_finding
from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.rulespec import RuleBase, RuleType
from factcheck.match.groups import group_name
from factcheck.models import Claim, Finding, GroupCluster, Severity, Verdict


class GroupSizeRule(RuleBase):
    """No settings: a group's size is a whole number."""

    type: Literal["group_size"]


def _per_doc(claims: list[Claim]) -> list[str]:
    by: dict[tuple[str, float | None], list[Claim]] = defaultdict(list)
    for c in claims:
        by[(c.document, c.value.low)].append(c)
    return [
        f"{doc}: {value:g} ({', '.join(sorted({c.text for c in cs}))}; lines {', '.join(str(c.line) for c in cs[:6])})"
        for (doc, value), cs in sorted(by.items())
    ]


def _cluster_findings(rule: GroupSizeRule, cl: GroupCluster) -> list[Finding]:
    out = []
    entity = group_name(cl)
    members = sorted(cl.members)
    member_note = f"members named: {', '.join(members)}" if members else "no members listed"
    values = defaultdict(set)
    for c in cl.claims:
        values[c.value.low].add(c.document)
    if len(values) > 1 and len({c.document for c in cl.claims}) > 1:
        detail = " vs ".join(f"{v:g} in {len(d)} article(s)" for v, d in sorted(values.items()))
        out.append(
            make_finding(
                rule, Verdict.CONFLICT, rule.severity, cl.claims,
                entity=entity, attribute="member_count", period=None,
                detail=detail,
                explanation=[f"the group's size differs: {detail}", *_per_doc(cl.claims), member_note],
            )
        )
    for value, docs in values.items():
        if len(docs) >= 2:
            agreeing = [c for c in cl.claims if c.value.low == value]
            out.append(
                make_finding(
                    rule, Verdict.AGREEMENT, Severity.INFO, agreeing,
                    entity=entity, attribute="member_count", period=None,
                    detail=f"{value:g} members in {len(docs)} articles",
                    explanation=[*_per_doc(agreeing), member_note],
                )
            )
    for c in cl.claims:
        group = c.frame.group
        listed = list(group.members) if group is not None else []
        if group is not None and group.members_complete and listed and len(listed) != c.value.low:
            detail = f"'{c.text}' says {c.value.low:g} but lists {len(listed)}: {', '.join(listed)}"
            out.append(
                make_finding(
                    rule, Verdict.INCONSISTENCY, capped(rule.severity, Severity.WARNING), [c],
                    entity=entity, attribute="member_count", period=None,
                    detail=detail, explanation=[detail],
                )
            )
    return out


def run(rules: Sequence[GroupSizeRule], ctx: EvalContext) -> list[Finding]:
    return [f for rule in rules for cl in ctx.clusters for f in _cluster_findings(rule, cl)]


TYPE = RuleType(GroupSizeRule, run)
