"""Shortcuts the extract stage takes for speed must give what the plain computation gives.

- the union scan in front of the time-window patterns (timescope._any_of) never hides a window, and the
  window spans found by trying each pattern only where the union matches are each pattern's own finditer;
- the marked-span sweep of the entity token table (entities._inside) says what a bisection says.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.entities import _inside
from factcheck.extract.timescope import _any_of

# Window patterns of the shape the knowledge files use: optional lead words, a number group, overlaps.
PATTERNS = (
    r"\b(?:in\s+)?(?:its\s+|the\s+)?first\s+year\b",
    r"\b(?:in\s+)?(?:its\s+|the\s+)?first\s+(?P<n>\w+)\s+years\b",
    r"\b(?:in\s+)?year\s+(?P<n>\d+|one|two)\b",
    r"\bthe\s+(?P<n>\w+)\s+years?\s+since\s+its\s+founding\b",
    r"\bsince\s+its\s+founding\b",
)
WORDS = ["in", "its", "the", "first", "year", "years", "two", "2", "since", "founding", "sales", "Year", "FIRST", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.integers(0, 40), st.integers(0, 80))
def test_the_union_scan_finds_a_window_wherever_one_pattern_does(words, a, b):
    """No pattern matches before the union's first match, and none in a slice where the union finds none."""
    text = " ".join(words)
    union = _any_of(PATTERNS)
    assert union is not None
    compiled = [re.compile(p, re.IGNORECASE) for p in PATTERNS]
    first = union.search(text)
    starts = [m.start() for rx in compiled for m in rx.finditer(text)]
    if first is None:
        assert starts == []
    else:
        assert min(starts) == first.start()
    lo, hi = sorted((a, b))
    if union.search(text, lo, hi) is None:
        assert all(rx.search(text, lo, hi) is None for rx in compiled)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_window_spans_are_each_patterns_own_matches(words):
    """TimeScopeChooser.window_spans tries the patterns only where the union matches: the same spans as
    every pattern's finditer over the whole text (overlaps between patterns kept, none within one)."""
    from factcheck.extract.timescope import TimeScopeChooser

    text = " ".join(words)
    compiled = [(re.compile(p, re.IGNORECASE), None) for p in PATTERNS]
    chooser = TimeScopeChooser.__new__(TimeScopeChooser)
    chooser.ctx = SimpleNamespace(document=SimpleNamespace(text=text))
    chooser.windows, chooser._any_window = compiled, _any_of(PATTERNS)
    assert chooser.window_spans() == sorted((m.start(), m.end()) for rx, _ in compiled for m in rx.finditer(text))


def test_patterns_that_cannot_be_joined_get_no_union():
    """A back-reference or a global flag would change meaning inside a union: every pattern is scanned."""
    assert _any_of((r"\b(\w+) \1\b", r"\byear\b")) is None
    assert _any_of((r"(?i)\byear\b",)) is None
    assert _any_of(()) is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=6),
    st.lists(st.integers(0, 90), max_size=30, unique=True),
)
def test_the_marked_span_sweep_agrees_with_bisection(spans, offsets):
    """Each token offset is inside the last marked span that starts at or before it, as bisection finds it."""
    marked = [(s, s + n) for s, n in spans]
    idxs = sorted(offsets)
    ordered = sorted(marked)
    starts = [s for s, _ in ordered]
    expected = []
    for idx in idxs:
        k = bisect_right(starts, idx) - 1
        expected.append(k >= 0 and ordered[k][0] <= idx < ordered[k][1])
    assert _inside(idxs, marked) == expected
