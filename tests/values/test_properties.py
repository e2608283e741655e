"""Properties of the values library over any text (hypothesis): it never raises, every mention's span indexes
the text exactly, every value is finite, and a number written in a common format reads back as itself."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from factcheck.knowledge.paths import builtin_rules_dir
from factcheck.values import Lexicon, find_mentions

LEX = Lexicon.load([builtin_rules_dir()])

# Text with the characters numbers and dates are made of, so random strings reach the recognizers' corners.
PIECES = [*"0123456789 \t\n.,-/%$€£¥:;()+eE½一万", "million", " billion", "per cent", "in ", "year ", "Jan ", "2024"]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(NEWSY, st.text(max_size=80)))
@example("Shares rose 2\t1/2 points")
@example("$1e308 billion and 1e+296 trillion USD")
@example("In year 10000, 10^99999 users")
def test_any_text_gives_well_formed_finite_mentions(text):
    for m in find_mentions(text, LEX):
        assert 0 <= m.start < m.end <= len(text) and m.text == text[m.start : m.end]
        for v in (m.low, m.high, m.tolerance):
            assert v is None or math.isfinite(v)
        for d in (m.date_start, m.date_end):
            assert d is None or 1 <= d.year <= 9999


def _compact_date(n: int) -> bool:
    from datetime import date

    y, md = divmod(n, 10000)
    try:
        date(y, md // 100, md % 100)
    except ValueError:
        return False
    return 1000 <= y <= 2999


@pytest.mark.parametrize("pattern", ["{:,}", "{:,.2f}", "{}", "${:,} million"], ids=["grouped", "decimals", "plain", "money"])
@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=11, max_value=10**9))  # within the sanity limits (values/sanity.py)
def test_a_formatted_number_reads_back(pattern, n):
    if 1000 <= n <= 2100 and pattern == "{}":
        return  # a bare four-digit number in this range is read as a year
    if pattern == "{}" and _compact_date(n):
        return  # "20130308" is a day written without separators (YYYYMMDD)
    text = f"The firm reported {pattern.format(n)} in sales."
    (m,) = [m for m in find_mentions(text, LEX) if m.low is not None]
    expected = n * 1e6 if "million" in pattern else n
    assert m.low == pytest.approx(expected, rel=1e-9)

