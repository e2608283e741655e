"""Calendar arithmetic shared by the date recognizers and normalize's time windows."""

from __future__ import annotations

from datetime import date

from factcheck.values.calendar import nth_week, years_after


def test_years_after_counts_fractions_in_days_and_survives_29_february() -> None:
    assert years_after(date(2020, 2, 29), 1) == date(2021, 2, 28)
    assert years_after(date(2020, 1, 1), 0.5) == date(2020, 7, 2)


def test_nth_week_of_a_month_follows_the_iso_thursday_rule() -> None:
    assert nth_week(2025, 6, 1) == (date(2025, 6, 2), date(2025, 6, 9))
    assert nth_week(2025, 6, -1) == (date(2025, 6, 23), date(2025, 6, 30))
