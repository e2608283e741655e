"""The blocked look-alike search finds exactly the pairs a comparison of every pair finds.

Blocking by length is only allowed to skip pairs that cannot reach the cutoff; if it ever
skipped one, two spellings of one unknown name would stay two entities.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from factcheck.normalize.lookalike import length_window, similar_pairs


def brute(keys: list[str], cutoff: float) -> set[tuple[int, int]]:
    return {(i, j) for i, j in itertools.combinations(range(len(keys)), 2) if keys[i] and keys[j] and fuzz.ratio(keys[i], keys[j]) >= cutoff}


@pytest.mark.parametrize(
    "length, cutoff, longest",
    [(4, 85.0, 5), (10, 85.0, 13), (17, 85.0, 23), (20, 100.0, 20), (6, 50.0, 18)],
)
def test_length_window(length: int, cutoff: float, longest: int) -> None:
    """The longest partner length that can still reach the cutoff (the bound the blocks use)."""
    assert length_window(length, cutoff) == longest


@pytest.mark.parametrize(
    "keys, pairs",
    [
        (["acme robotics", "acme robotic", "zeta labs"], {(0, 1)}),
        (["alpha", "alpha", "beta"], {(0, 1)}),
        (["north wind", "northwind", "south wind"], {(0, 1)}),
        (["", "", "a", "ab"], set()),  # empty keys are never names
    ],
)
def test_known_pairs(keys: list[str], pairs: set[tuple[int, int]]) -> None:
    assert similar_pairs(keys, 85.0) == pairs


name = st.text(alphabet="abcdeno rst", min_size=0, max_size=14)


@settings(max_examples=60, deadline=None)
@given(st.lists(name, min_size=0, max_size=40), st.sampled_from([60.0, 85.0, 95.0]))
def test_same_pairs_as_every_pair(keys: list[str], cutoff: float) -> None:
    assert similar_pairs(keys, cutoff, workers=1) == brute(keys, cutoff)
