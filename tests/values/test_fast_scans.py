"""Scans written for speed read what their plain forms read: the normalizer maps only the characters its
table maps (whichever path it takes) and the digit-list pattern finds the runs the lookbehind form finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.values.sanity import _DIGIT_LIST
from factcheck.values.textnorm import normalize, translation_table

PLAIN_LIST = re.compile(r"(?<![\d.])\d+(?:,\d+){2,}(?![\d.])")
CHARS = "ab `'1,.\u2019\u201c\u2014\u2212\uff10\uff11\uff0c\u4e00\u00a0"


def reference_normalize(text: str) -> str:
    """The plain reading: translate every character, then a full-width comma between full-width digits."""
    out = text.translate(translation_table())
    for m in re.finditer("(?<=[\uff10-\uff19])\uff0c(?=[\uff10-\uff19])", text):
        out = out[: m.start()] + "," + out[m.end() :]
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=CHARS, max_size=40), st.integers(0, 300))
def test_normalize_maps_each_character_as_the_table_says(text, pad):
    """Short or long, mostly ASCII or not: the copy is the table's character-for-character translation."""
    for t in (text, "x" * pad + text):
        assert normalize(t) == reference_normalize(t)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.,a ", max_size=24))
def test_digit_lists_are_found_where_the_lookbehind_form_finds_them(text):
    """Three or more comma-joined digit groups, not after a digit or a point, not before one."""
    assert [m.span() for m in _DIGIT_LIST.finditer(text)] == [m.span() for m in PLAIN_LIST.finditer(text)]
