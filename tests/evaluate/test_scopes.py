"""evaluate.scopes: time scopes are compared before values, and only firm scopes separate claims."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.evaluate.scopes import compare_scopes
from factcheck.models import TimeScope


def t(start, end, basis="stated", anchor=None, offset=None):
    return TimeScope(start=start, end=end, basis=basis, anchor=anchor, offset_years=offset)


FEB = t(date(2025, 2, 1), date(2025, 2, 28))
MAR = t(date(2025, 3, 1), date(2025, 3, 31))


@pytest.mark.parametrize(
    "a, b, temporal, kind",
    [
        (FEB, MAR, "state", "different"),
        (MAR, t(date(2025, 3, 1), date(2025, 3, 31)), "state", "same"),
        (FEB, t(date(2025, 6, 14), date(2025, 6, 14), basis="published"), "state", "unknown"),
        (FEB, MAR, "fixed", "same"),
        (t(None, None, "relative", "founding", (0, 1)), t(None, None, "relative", "founding", (0, 2)), "window", "different"),
        (t(None, None, "relative", "founding", (0, 1)), t(None, None, "relative", "founding", (0, 1)), "window", "same"),
        (t(date(2023, 4, 1), date(2024, 3, 31), "relative"), t(date(2023, 4, 1), date(2025, 3, 31), "relative"), "window", "different"),
        (t(date(2024, 1, 1), date(2024, 12, 31)), t(date(2024, 6, 1), date(2024, 6, 30)), "state", "same"),
        (t(date(2023, 1, 1), date(2024, 12, 31)), t(date(2024, 3, 1), date(2024, 3, 31)), "state", "different"),
    ],
    ids=[
        "feb vs march", "same month", "published date is too weak", "fixed attributes ignore time",
        "first year vs first two years", "same symbolic window", "dated windows of different length",
        "a month inside its year",
        "a state over two years pins no month",
    ],
)
def test_compare_scopes(a, b, temporal, kind):
    assert compare_scopes(a, b, temporal).kind == kind
