"""The whole-corpus work an edit re-scan still does, made cheaper without changing what it decides (issue 13, sixth
pass): block digests memoize each article's part across blocks, HTML page digests take a claim's digest from the
store instead of its JSON, the cycle collector skips the scan's long-lived objects, and the blocks' diagnostics are
deduplicated by a set. Each must give what the
plain computation gives: the same digests, the same decisions to keep or redo, the collector as it was after."""

from __future__ import annotations

import dataclasses
import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.app.blocks import block_digest, distinct_notes
from factcheck.app.heap import long_lived
from factcheck.app.reporting import build_report
from factcheck.match.align import block_claims, story_index, with_group_entities
from factcheck.match.groups import cluster_groups
from factcheck.models import Diagnostic
from factcheck.report import html
from factcheck.store import StoreCache
from factcheck.store.claimdigest import ClaimDigests, json_digest
from factcheck.values.words import stem


def _blocks(seed_result, toolkit):
    knowledge = toolkit.knowledge
    filler = frozenset(stem(w) for w in knowledge.group_filler_words)
    named = with_group_entities(seed_result.claims, cluster_groups(seed_result.claims, filler))
    return block_claims(named, knowledge), story_index(named, knowledge)


def test_block_digests_with_a_shared_memo_are_those_made_one_block_at_a_time(seed_result, toolkit):
    blocks, stories = _blocks(seed_result, toolkit)
    shared: dict[str, str] = {}
    together = [block_digest(cs, stories, None, shared) for cs in blocks.values()]
    alone = [block_digest(cs, stories) for cs in blocks.values()]
    assert together == alone
    assert len(set(alone)) == len(alone)  # the seeds' blocks all differ
    assert set(shared) == {c.document for cs in blocks.values() for c in cs}


def test_a_block_digest_changes_with_its_articles_stems(seed_result, toolkit):
    """The memo keys an article's part by its stems: another story index over the same claims gives another digest."""
    blocks, stories = _blocks(seed_result, toolkit)
    key, cs = next((k, v) for k, v in blocks.items() if len({c.document for c in v}) > 1)
    fewer = story_index([c for c in seed_result.claims if c.document != cs[0].document or c.id == cs[0].id], toolkit.knowledge)
    assert stories.document_key(cs[0].document) != fewer.document_key(cs[0].document)
    assert block_digest(cs, stories, None, {}) != block_digest(cs, fewer, None, {})


def _paged(monkeypatch) -> None:
    monkeypatch.setattr(html, "PAGE_CARDS", 2)
    monkeypatch.setattr(html, "PAGED_OVER", 0)


def test_page_digests_from_claim_digests_follow_the_claims(seed_result, monkeypatch):
    """Digests from the store's claim digests are the ones a dump of each claim gives, and a changed claim changes
    exactly the pages that cite it."""
    _paged(monkeypatch)
    report = build_report(seed_result)
    digests = ClaimDigests()
    for c in report.claims:
        digests.remember(c, c.model_dump_json())
    dumped = html.page_digests(report, 1, "salt", claim_digest=lambda c: json_digest(c.model_dump_json()))
    known = html.page_digests(report, 1, "salt", claim_digest=digests.of)
    assert dumped is not None and known == dumped
    cited = next(cid for f in report.findings for cid in f.claims)
    changed = [c.model_copy(update={"entity": "Somebody Else"}) if c.id == cited else c for c in report.claims]
    after = html.page_digests(build_report(dataclasses.replace(seed_result, claims=changed)), 1, "salt", claim_digest=digests.of)
    pages, _, _ = html._paging(html.view.ordered_findings(report.findings))
    citing = [any(cited in f.claims for f in page) for page in pages]
    assert [a != b for a, b in zip(after, known)] == citing


def test_the_collector_skips_what_exists_within_and_is_as_it_was_after():
    assert gc.get_freeze_count() == 0
    held = [[i] for i in range(1000)]
    with long_lived():
        assert gc.get_freeze_count() >= len(held)
    assert gc.get_freeze_count() == 0


def test_the_collector_is_back_after_an_interrupted_block():
    with pytest.raises(RuntimeError), long_lived():
        raise RuntimeError("stop")
    assert gc.get_freeze_count() == 0 and gc.isenabled()


@pytest.mark.parametrize("stored", [True, False])
def test_reading_claims_back_leaves_the_collector_on(tmp_path, seed_result, stored):
    with StoreCache.open(tmp_path / "f.db") as cache:
        if stored:
            cache.put_results("k", seed_result.claims, seed_result.findings)
        found = cache.results("k")
        assert gc.isenabled()
        assert (found is not None) is stored
        if stored:
            assert [c.model_dump_json() for c in found[0]] == [c.model_dump_json() for c in seed_result.claims]


_notes = st.lists(
    st.tuples(
        st.lists(st.integers(0, 3), max_size=2),
        st.builds(Diagnostic, code=st.sampled_from(["FC906", "FC905"]), file=st.sampled_from(["a.txt", "b.txt"]),
                  message=st.sampled_from(["over budget", "cut short"]), line=st.none() | st.integers(1, 2),
                  column=st.none() | st.integers(1, 2)),
    ),
    max_size=30,
)


@given(_notes)
@settings(max_examples=200, deadline=None)
def test_distinct_notes_are_those_a_list_keeps_once_each(notes):
    """The blocks' diagnostics deduplicated by their fields are what comparing each with the kept ones gave."""
    kept: list[Diagnostic] = []
    for _, note in sorted(notes, key=lambda n: n[0]):
        if note not in kept:
            kept.append(note)
    assert distinct_notes(notes) == kept
