"""Claim digests known from the stored JSON (factcheck.store.claimdigest) and the word lists dropped after the story
index has its ranks (factcheck.app.blocks): an edit re-scan digests the claims it read back without serializing them,
yet a claim that is not the object read (a copy, a changed claim) is always digested from its own JSON, and the
claims table after an edit holds exactly what a fresh store holds."""

from __future__ import annotations

import sqlite3

import pytest

from factcheck.app.blocks import WORD_LISTS, release_word_lists, warm_word_ranks
from factcheck.match.story import rarity
from factcheck.store import RunContext, StoreCache, record_run
from factcheck.store.claimdigest import ClaimDigests, json_digest

# how a claim may differ from the one whose JSON was remembered -> whether the remembered digest may be used
COPIES = {
    "the object read": (lambda c: c, True),
    "an equal copy": (lambda c: c.model_copy(), False),
    "another entity": (lambda c: c.model_copy(update={"entity": "Somebody Else"}), False),
    "a note added": (lambda c: c.model_copy(update={"notes": [*c.notes, "named otherwise"]}), False),
}


@pytest.mark.parametrize("name", COPIES)
def test_a_remembered_digest_is_only_the_object_reads(seed_result, name):
    make, same = COPIES[name]
    original = seed_result.claims[0]
    digests = ClaimDigests()
    digests.remember(original, "text the claim was read from")
    claim = make(original)
    assert (digests.known(claim) == json_digest("text the claim was read from")) is same
    expected = json_digest("text the claim was read from") if same else json_digest(claim.model_dump_json())
    assert digests.of(claim) == expected


@pytest.mark.parametrize("remember", [True, False])
def test_results_read_back_remember_each_claims_digest_when_asked(tmp_path, seed_result, remember):
    """The digest remembered is the one a claim's own JSON gives (the claims table's and the blocks' digests)."""
    with StoreCache.open(tmp_path / "f.db") as cache:
        cache.put_results("k", seed_result.claims, seed_result.findings)
    with StoreCache.open(tmp_path / "f.db") as cache:
        claims, _, _ = cache.results("k", remember=remember)
        assert len(cache.digests) == (len(claims) if remember else 0)
        if remember:
            assert [cache.digests.known(c) for c in claims] == [json_digest(c.model_dump_json()) for c in claims]


def _claims_table(db) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute("select * from claims").fetchall(), key=repr)
    finally:
        con.close()


@pytest.mark.parametrize("lie", [False, True])
def test_the_claims_table_after_an_edit_is_a_fresh_stores_with_remembered_digests(tmp_path, seed_result, lie):
    """Claims read back keep their rows; a changed claim is written even where a (stale) digest is remembered
    for the claim it replaced, and a remembered digest that is not the row's makes the row written again."""
    from factcheck.app.reporting import build_report

    before = build_report(seed_result)
    changed = seed_result.claims[3].model_copy(update={"entity": "Another Company"})
    claims = [*seed_result.claims[:3], changed, *seed_result.claims[4:]]
    after = before.model_copy(update={"claims": claims})
    digests = ClaimDigests()
    for c in claims:
        digests.remember(c, "not its JSON" if lie else c.model_dump_json())
    digests.remember(seed_result.claims[3], seed_result.claims[3].model_dump_json())
    record_run(tmp_path / "kept.db", before, RunContext())
    record_run(tmp_path / "kept.db", after, RunContext(), digests=digests)
    record_run(tmp_path / "fresh.db", after, RunContext())
    assert _claims_table(tmp_path / "kept.db") == _claims_table(tmp_path / "fresh.db")


def test_word_lists_are_dropped_and_the_ranks_kept():
    import wordfreq

    words = ["said", "percent", "zzyzxq", "earthquak"]
    warm_word_ranks()
    ranks = [rarity(w) for w in words]
    wordfreq.top_n_list("en", 10)  # cached again
    release_word_lists()
    assert all(getattr(wordfreq, name).cache_info().currsize == 0 for name in WORD_LISTS)
    assert [rarity(w) for w in words] == ranks
