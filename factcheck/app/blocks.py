"""Match and evaluate block by block, keeping each block's findings: a re-scan evaluates only what changed.

Alignment compares claims only within a block (`factcheck.match.align.block_claims`: one quantity, stage,
role and separating frame fields), and the rule types that read aligned groups judge each group on its own
(`factcheck.evaluate.engine.raw_findings`). So a block's findings depend on its claims and, through the story
index (factcheck.match.story), on the stems of their articles, nothing else. Each block is named by its
key and stamped with a digest of both (every claim's JSON in order, each article's stems); a block
whose digest is as stored keeps its stored findings and diagnostics, and only the others are aligned and
evaluated again. Whatever made a claim change (its article edited, an entity name resolved otherwise after
another article changed, a group renamed) changes its block's digest, so the findings are those of a full
run by construction; `tests/app/test_blocks.py` checks it against `match` + `evaluate` over a table of edits.

The cross-corpus steps that are cheap (clustering the number-named groups, naming their claims, the outcome
sets of each article) and the rule types that read claims, clusters and outcome sets run over the whole
corpus every time: they are linear and take a few percent of evaluation.

What a block's evaluation is (align it, bound its groups, run the rule types that read groups) is one function,
`evaluate_blocks`; `match_and_evaluate` runs it here, or hands the changed blocks to a `BlockEvaluator` that runs
it elsewhere: the Dask engine's workers (factcheck.app.dask_engine), so both engines give the same findings. The
entity names, block keys, digests, story index and the cross-corpus rules always run in this process.

Cost: linear in the claims for the digests (one sha1 each; a JSON dump only for a claim not read back from the
store, factcheck.store.claimdigest); alignment and the group rules only in the
blocks that changed, divided by the workers on Dask.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from factcheck.app.budget import Budget
from factcheck.evaluate.engine import block_findings, finish, raw_findings
from factcheck.evaluate.rulefile import RuleSet
from factcheck.knowledge import Knowledge
from factcheck.match.align import align_block, block_claims, group_order, story_index, with_group_entities
from factcheck.match.groups import cluster_groups
from factcheck.match.outcomes import outcome_sets
from factcheck.match.story import StoryIndex, rarity
from factcheck.models import AlignedGroup, Claim, Diagnostic, Finding, MatchResult
from factcheck.store.cache import BlockResult
from factcheck.store.claimdigest import ClaimDigests, json_digest
from factcheck.values.words import stem


class BlockStore(Protocol):
    """Where block results are kept between scans (factcheck.store.StoreCache)."""

    def block_results(self, fingerprint: str) -> dict[str, BlockResult]: ...

    def put_block_results(self, fingerprint: str, changed: dict[str, BlockResult], present: set[str]) -> None: ...


@dataclass
class Evaluated:
    findings: list[Finding]
    notes: list[Diagnostic]  # groups over the budget, in group order
    blocks: int = 0
    evaluated: int = 0  # blocks aligned and evaluated in this run


def block_name(key: tuple) -> str:
    return json.dumps(key, default=str, ensure_ascii=False)


def block_digest(
    claims: Sequence[Claim], stories: StoryIndex, digests: ClaimDigests | None = None, keys: dict[str, str] | None = None
) -> str:
    """Everything a block's alignment reads: its claims (by the digest of each one's JSON, which `digests` knows
    without serializing a claim read back from the store), and the story index's view of their articles.
    `keys` memoizes each article's part across the blocks of one run: an article has claims in many blocks, and
    sorting its stems once per block was most of the digests' time."""
    of = digests.of if digests is not None else (lambda c: json_digest(c.model_dump_json()))
    keys = {} if keys is None else keys
    h = hashlib.sha256()
    for c in claims:
        h.update(of(c).encode())
        h.update(b"\0")
    for doc in sorted({c.document for c in claims}):
        part = keys.get(doc)
        if part is None:
            part = keys[doc] = json_digest(f"{doc}\0{stories.document_key(doc)}")
        h.update(part.encode())
    return h.hexdigest()


WORD_LISTS = ("top_n_list", "get_frequency_list", "get_frequency_dict")  # wordfreq's cached functions


def release_word_lists() -> None:
    """Drop the word lists wordfreq keeps cached once the story index has its word ranks (factcheck.match.story keeps
    the ranks themselves): about 200 MB for the seven languages read, held to the end of a scan otherwise, where
    the largest corpora peak (issue 13: under 2 GB at 12,000 articles). A later lookup reads them again."""
    import sys

    wordfreq = sys.modules.get("wordfreq")
    for name in WORD_LISTS if wordfreq is not None else ():
        clear = getattr(getattr(wordfreq, name, None), "cache_clear", None)
        if clear is not None:
            clear()


def warm_word_ranks() -> None:
    """Make the story index's word ranks now and drop the word lists they came from (`release_word_lists`): called
    before a scan holds its corpus, wordfreq's 200 MB pass at the scan's smallest, not on top of every claim."""
    rarity("")  # the first look-up makes factcheck.match.story's ranks, which are kept
    StoryIndex([])  # and whatever else its index caches from the word lists when built
    release_word_lists()


def _bounded(groups: list[AlignedGroup], budget: Budget) -> tuple[list[AlignedGroup], list[tuple[list, Diagnostic]]]:
    """`pipeline.bounded` for one block's groups, each diagnostic with its group's order key."""
    from factcheck.app.pipeline import bounded  # pipeline imports this module

    kept: list[AlignedGroup] = []
    notes: list[tuple[list, Diagnostic]] = []
    for g in groups:
        mine: list[Diagnostic] = []
        kept += bounded(MatchResult(claims=[], groups=[g], clusters=[]), budget, mine).groups
        order = json.loads(json.dumps(group_order(g), default=str))
        notes += [(order, d) for d in mine]
    return kept, notes


BlockOutcome = tuple[list[Finding], list[tuple[list, Diagnostic]]]  # a block's findings, its notes with order keys


class BlockEvaluator(Protocol):
    """Where the blocks that changed are aligned and evaluated: `evaluate_blocks` here, or on Dask workers
    (factcheck.app.dask_engine.DaskSession.evaluate_blocks). One outcome per block, in the blocks' order."""

    def __call__(
        self, blocks: Iterable[tuple[tuple, list[Claim]]], knowledge: Knowledge, rules: RuleSet, stories: StoryIndex,
        budget: Budget,
    ) -> Iterable[BlockOutcome]: ...


def evaluate_blocks(
    blocks: Iterable[tuple[tuple, list[Claim]]], knowledge: Knowledge, rules: RuleSet, stories: StoryIndex, budget: Budget
) -> Iterator[BlockOutcome]:
    """What evaluating a block is, wherever it runs (this process or a Dask worker, so both engines give the same
    findings): align its claims (`align_block`), keep each group within `budget` (`bounded`), run the rule types
    that read groups (`block_findings`). Per (key, claims) block: its findings before `finish` and its notes, each
    with its group's order key. Lazy: a block's groups are made, judged and dropped before the next one's."""
    notes: list[list[tuple[list, Diagnostic]]] = []

    def aligned() -> Iterator[list[AlignedGroup]]:
        for key, cs in blocks:
            groups, mine = _bounded(sorted(align_block(key, cs, knowledge, stories), key=group_order), budget)
            notes.append(mine)
            yield groups

    for found in block_findings(aligned(), rules, knowledge, stories):
        yield found, notes.pop()


def distinct_notes(notes: Iterable[tuple[list, Diagnostic]]) -> list[Diagnostic]:
    """The blocks' diagnostics in their groups' order, each once. By a set of their fields, not a list's `in`: that
    compared each note with every one kept, and the 5,077 notes of 12,000 articles took 26 s (most of an edit's
    match and evaluate)."""
    out: list[Diagnostic] = []
    seen: set[tuple] = set()
    for _, note in sorted(notes, key=lambda n: n[0]):
        if (key := (note.code, note.file, note.message, note.line, note.column)) not in seen:
            seen.add(key)
            out.append(note)
    return out


def match_and_evaluate(
    claims: list[Claim], knowledge: Knowledge, rules: RuleSet, budget: Budget, store: BlockStore | None, fingerprint: str,
    evaluator: BlockEvaluator | None = None,
) -> Evaluated:
    """The findings `evaluate(bounded(match(claims)))` gives (before the gate), reusing the stored results of
    blocks whose claims are unchanged and storing the others'. The changed blocks are evaluated by `evaluator`
    (default: `evaluate_blocks`, in this process); entity resolution, the digests and the cross-corpus rules run here."""
    filler = frozenset(stem(w) for w in knowledge.group_filler_words)
    clusters = cluster_groups(claims, filler)
    named = with_group_entities(claims, clusters)
    stories = story_index(named, knowledge)
    stored = store.block_results(fingerprint) if store is not None else {}
    digests: ClaimDigests | None = getattr(store, "digests", None)  # optional: a store that read the claims back
    results: dict[str, BlockResult] = {}  # every block, in block order (the order `finish` is given findings in)
    todo: list[str] = []
    doc_keys: dict[str, str] = {}

    def changed() -> Iterator[tuple[tuple, list[Claim]]]:
        """The blocks whose claims changed (the others' stored results are kept), one at a time."""
        for key, cs in block_claims(named, knowledge).items():
            name = block_name(key)
            digest = block_digest(cs, stories, digests, doc_keys) if store is not None else ""  # nothing to compare it with
            prev = stored.get(name)
            if prev is not None and prev.digest == digest:
                results[name] = prev
                continue
            results[name] = BlockResult(digest)
            todo.append(name)
            yield key, cs

    run = evaluator if evaluator is not None else evaluate_blocks
    for i, (found, notes) in enumerate(run(changed(), knowledge, rules, stories, budget)):
        results[todo[i]].findings, results[todo[i]].notes = found, notes  # todo[i] is known once its outcome is
    if store is not None:
        store.put_block_results(fingerprint, {name: results[name] for name in todo}, set(results))
    rest = raw_findings(
        MatchResult(claims=named, groups=[], clusters=clusters, outcome_sets=outcome_sets(named, knowledge)), rules, knowledge
    )
    return Evaluated(
        findings=finish([f for r in results.values() for f in r.findings] + rest),
        notes=distinct_notes(n for r in results.values() for n in r.notes),
        blocks=len(results),
        evaluated=len(todo),
    )
