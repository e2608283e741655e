"""Date arithmetic on half-open intervals [start, end)."""

from __future__ import annotations

import calendar as _cal
import math
from datetime import MAXYEAR, MINYEAR, date, timedelta

Interval = tuple[date | None, date | None]


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def next_month(year: int, month: int) -> date:
    return date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)


def month_interval(year: int, month: int) -> tuple[date, date]:
    return month_start(year, month), next_month(year, month)


def year_interval(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year + 1, 1, 1)


def quarter_interval(year: int, q: int) -> tuple[date, date]:
    start = date(year, 3 * (q - 1) + 1, 1)
    return start, add_months(start, 3)


def half_interval(year: int, h: int) -> tuple[date, date]:
    start = date(year, 6 * (h - 1) + 1, 1)
    return start, add_months(start, 6)


def day_interval(d: date) -> tuple[date, date]:
    return d, d + timedelta(days=1)


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _cal.monthrange(year, month)[1]


def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + (d.month - 1) + n
    year, month = divmod(total, 12)
    month += 1
    if not 1 <= year <= 9998:
        raise OverflowError("date out of range")
    return date(year, month, min(d.day, last_day(year, month)))


def shift(d: date, unit: str, n: int) -> date:
    """`d` moved by `n` calendar units (day, week, fortnight, month, quarter, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    if unit == "fortnight":
        return d + timedelta(days=14 * n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(d, months * n)


def unit_interval(d: date, unit: str) -> tuple[date, date]:
    """The calendar unit (week from Monday, month, quarter, year...) that contains `d`."""
    if unit == "day":
        return day_interval(d)
    if unit == "workweek":
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=5)
    if unit in ("week", "weekend"):
        monday = d - timedelta(days=d.weekday())
        if unit == "weekend":
            sat = monday + timedelta(days=5)
            return sat, sat + timedelta(days=2)
        return monday, monday + timedelta(days=7)
    if unit == "fortnight":
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=14)
    if unit == "month":
        return month_interval(d.year, d.month)
    if unit == "quarter":
        return quarter_interval(d.year, (d.month - 1) // 3 + 1)
    if unit == "half":
        return half_interval(d.year, 1 if d.month <= 6 else 2)
    if unit == "year":
        return year_interval(d.year)
    if unit == "decade":
        y = d.year - d.year % 10
        return date(y, 1, 1), date(y + 10, 1, 1)
    if unit == "century":
        y = d.year - d.year % 100
        return date(y, 1, 1), date(y + 100, 1, 1)
    raise ValueError(unit)


def easter(year: int) -> date:
    """Easter Sunday of `year` in the Gregorian calendar (the anonymous computus), which the movable
    feasts count from ("Pfingsten" is 49 days later)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def expand_year(two_digits: int) -> int:
    """'87 -> 1987, '12 -> 2012: two-digit years below 30 are this century."""
    return 2000 + two_digits if two_digits < 30 else 1900 + two_digits


class OutOfCalendar(ValueError):
    """A computed date falls outside years 1 to 9999 (Python's calendar): callers drop it, never crash."""


def years_after(start: date, years: float) -> date:
    """The date `years` years after `start` (fractions count in days); OutOfCalendar past year 9999 or before 1."""
    if not math.isfinite(years) or not MINYEAR <= start.year + int(years) <= MAXYEAR:
        raise OutOfCalendar(f"{years} years after {start} is outside years {MINYEAR}-{MAXYEAR}")
    whole = int(years)
    try:
        d = start.replace(year=start.year + whole)
    except ValueError:  # 29 February
        d = start.replace(year=start.year + whole, day=28)
    try:
        return d + timedelta(days=round((years - whole) * 365.25))
    except OverflowError as exc:
        raise OutOfCalendar(f"{years} years after {start} is outside years {MINYEAR}-{MAXYEAR}") from exc


def nth_week(year: int, month: int | None, nth: int) -> tuple[date, date]:
    """Monday-to-Monday week: the nth of a month holds its day 4 + 7(n-1) (ISO's Thursday rule);
    the last holds the month's last day minus 3; without a month, ISO week n of the year."""
    if month is None:
        if nth < 0:
            monday = date.fromisocalendar(year, date(year, 12, 28).isocalendar()[1], 1)
        else:
            monday = date.fromisocalendar(year, nth, 1)
        return monday, monday + timedelta(days=7)
    if nth < 0:
        day = date(year, month, last_day(year, month)) - timedelta(days=3)
    else:
        day = date(year, month, 4) + timedelta(days=7 * (nth - 1))
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)
