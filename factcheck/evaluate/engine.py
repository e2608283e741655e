"""evaluate: claims + rules -> findings. Runs each registered rule type over its enabled rules."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from factcheck.evaluate.context import EvalContext
from factcheck.evaluate.fingerprint import with_ordinal
from factcheck.evaluate.registry import REGISTRY
from factcheck.evaluate.rulefile import RuleSet
from factcheck.knowledge import Knowledge
from factcheck.match.story import StoryIndex
from factcheck.models import AlignedGroup, Finding, MatchResult, Verdict

_VERDICT_ORDER = {Verdict.CONFLICT: 0, Verdict.INCONSISTENCY: 1, Verdict.AGREEMENT: 2, Verdict.COMPATIBLE: 3}


def _distinct_ids(findings: list[Finding]) -> list[Finding]:
    """Findings sharing an identity are all kept: the second and later (by where their claims
    are) get an ordinal in their id, so none is lost and a triage decision names one finding."""
    by_id: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_id[f.id].append(f)
    out = []
    for same in by_id.values():
        same.sort(key=lambda f: (f.documents, f.claims))
        out.append(same[0])
        out.extend(f.model_copy(update={"id": with_ordinal(f.id, n)}) for n, f in enumerate(same[1:], start=2))
    return out


def raw_findings(matched: MatchResult, rules: RuleSet, knowledge: Knowledge) -> list[Finding]:
    """Every enabled rule's findings over `matched`, before `finish`. Rule types read either the aligned groups
    (consistency: each group on its own) or the claims, clusters and outcome sets, never both, so the findings of
    some groups alone are those of a MatchResult holding only them: an incremental scan evaluates again only
    the groups of the blocks that changed and keeps the others' findings."""
    ctx = EvalContext(knowledge=knowledge, matched=matched)
    findings: list[Finding] = []
    for name, rule_type in REGISTRY.items():
        findings += rule_type.run(rules.of_type(name), ctx)
    return findings


def block_findings(
    blocks: Iterable[Sequence[AlignedGroup]], rules: RuleSet, knowledge: Knowledge, stories: StoryIndex
) -> Iterator[list[Finding]]:
    """For each block's aligned groups, the findings of the rule types that read groups (before `finish`): what
    `raw_findings` gives for a MatchResult of those groups alone, with one context for all blocks. `stories` is the
    story index over every claim of the corpus (the one `raw_findings` would build from them). Lazy: a block's
    groups can be made, judged and dropped before the next one's."""
    ctx = EvalContext(knowledge=knowledge, matched=MatchResult(claims=[], groups=[], clusters=[]), story_index=stories)
    for groups in blocks:
        ctx.matched = MatchResult.model_construct(claims=[], groups=list(groups), clusters=[], outcome_sets=[])
        found: list[Finding] = []
        for name, rule_type in REGISTRY.items():
            found += rule_type.run(rules.of_type(name), ctx)
        yield found


def finish(findings: list[Finding]) -> list[Finding]:
    """Findings with distinct ids, in a stable order (problems first)."""
    return sorted(
        _distinct_ids(findings),
        key=lambda f: (_VERDICT_ORDER[f.verdict], -f.severity.rank, (f.entity or "").casefold(), f.attribute or "", f.id),
    )


def evaluate(matched: MatchResult, rules: RuleSet, knowledge: Knowledge) -> list[Finding]:
    """Every finding of every enabled rule over matched claims, in a stable order (problems first)."""
    return finish(raw_findings(matched, rules, knowledge))
