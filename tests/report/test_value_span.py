"""value_span finds the value where a literal search would, preferring a match not glued to letters or digits."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck.report.view import value_span


def _by_regex(sentence: str, text: str) -> tuple[int, int] | None:
    """The former implementation, one compiled pattern per value: the reference."""
    if not text:
        return None
    found = [m.start() for m in re.finditer(re.escape(text), sentence)]
    for i in found:
        before = sentence[i - 1] if i else " "
        after = sentence[i + len(text)] if i + len(text) < len(sentence) else " "
        if not (before.isalnum() or after.isalnum()):
            return i, i + len(text)
    return (found[0], found[0] + len(text)) if found else None


@given(st.text(alphabet="a1 .,%$", max_size=40), st.text(alphabet="a1 .%", max_size=4))
def test_the_span_is_the_one_a_regular_expression_search_gives(sentence, text):
    assert value_span(sentence, text) == _by_regex(sentence, text)


def test_a_value_glued_to_digits_is_passed_over_for_a_free_one():
    assert value_span("1120 and 12 people", "12") == (9, 11)
