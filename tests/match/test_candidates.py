"""match.candidates: every pair of a small block; in a large one, the pairs that share a rare word or a subject."""

from __future__ import annotations

import pytest

import factcheck.match.candidates as candidates
from factcheck.models import Claim, ClaimFrame, Kind, Value


def claim(i: int, terms: tuple[str, ...]) -> Claim:
    return Claim(
        id=f"c{i}", document=f"d{i}", start=0, end=1, line=1, column=1, text="1", sentence="x", kind=Kind.NUMBER,
        value=Value(low=1.0, high=1.0), frame=ClaimFrame(terms=terms),
    )


def test_a_small_block_compares_every_pair():
    cs = [claim(i, ("common",)) for i in range(5)]
    assert list(candidates.candidate_pairs(cs, [None] * 5)) == [(i, j) for i in range(5) for j in range(i + 1, 5)]


@pytest.mark.parametrize("size", [30, 400])
def test_a_large_block_compares_pairs_that_share_a_rare_word_or_a_subject(monkeypatch, size):
    """Past SMALL_BLOCK the cost is no longer quadratic, and one story's figures still meet."""
    monkeypatch.setattr(candidates, "SMALL_BLOCK", 10)
    monkeypatch.setattr(candidates, "MAX_POSTING", 20)
    filler = [claim(i, ("said", f"story{i // 2}")) for i in range(size)]  # pairs of one story each
    subjects = [None] * size
    subjects[0] = subjects[size - 1] = "acme"
    pairs = set(candidates.candidate_pairs(filler, subjects))
    assert (0, 1) in pairs and (2, 3) in pairs  # one story's two claims
    assert (0, size - 1) in pairs  # one named subject
    assert (1, 2) not in pairs  # two stories that share only a common word
    assert len(pairs) < size * 2
