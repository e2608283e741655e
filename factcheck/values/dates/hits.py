"""What a date recognizer found: `Partial` calendar units and `DateHit`s with their arithmetic.

A hit does not hold its interval but a `compute(anchor)` function: a relative
date ("last year", "March 23") has no value until mentions.py gives it the
nearest earlier absolute date in the text, or the published date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from factcheck.models import Kind, Qualifier
from factcheck.values import calendar as cal

Interval = tuple[date | None, date | None]
Anchor = tuple[date, date]


@dataclass(slots=True, frozen=True)
class Partial:
    """A calendar unit that may lack its year: "March 23", "Q1", "early 2023"."""

    year: int | None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    months: tuple[int, int] | None = None  # a part of a year, inclusive months
    days: tuple[int, int] | None = None  # a part of a month, inclusive days

    def with_year(self, year: int) -> "Partial":
        return Partial(year, self.month, self.day, self.quarter, self.half, self.months, self.days)

    @property
    def order(self) -> tuple[int, int]:
        """Position inside a year, to tell "Nov-Feb" wraps into the next year."""
        if self.month is not None:
            return self.month, self.day or 0
        if self.quarter is not None:
            return 3 * self.quarter - 2, 0
        if self.half is not None:
            return 6 * self.half - 5, 0
        if self.months is not None:
            return self.months[0], 0
        return 0, 0

    @property
    def single_unit(self) -> bool:
        return self.months is None and self.days is None

    def interval(self, year: int | None = None) -> tuple[date, date]:
        y = self.year if self.year is not None else year
        if y is None:
            raise ValueError("no year")
        if self.month is not None and self.day is not None:
            return cal.day_interval(date(y, self.month, self.day))
        if self.month is not None and self.days is not None:
            lo, hi = self.days
            hi = min(hi, cal.last_day(y, self.month))
            return date(y, self.month, lo), date(y, self.month, hi) + timedelta(days=1)
        if self.month is not None:
            return cal.month_interval(y, self.month)
        if self.quarter is not None:
            return cal.quarter_interval(y, self.quarter)
        if self.half is not None:
            return cal.half_interval(y, self.half)
        if self.months is not None:
            return date(y, self.months[0], 1), cal.next_month(y, self.months[1])
        return cal.year_interval(y)


Compute = Callable[[Anchor | None], Interval | None]


@dataclass(slots=True)
class DateHit:
    """One date expression found in the text, its value computed once an anchor is known."""

    start: int
    end: int
    kind: Kind
    compute: Compute
    absolute: bool  # carries its own year; can anchor later relative dates
    partial: Partial | None = None
    unit_of: Compute | None = None  # the calendar unit it names, used as an anchor
    qualifier: Qualifier = Qualifier.EXACT
    detail: dict[str, str] = field(default_factory=dict)
    priority: int = 100
    deictic: bool = False  # "this year", "today": said from the writer's now


def fixed(interval: Interval) -> Compute:
    """A compute that ignores its anchor."""
    return lambda anchor: interval


def _partial_compute(p: Partial) -> Compute:
    if p.year is not None:
        iv = p.interval()
        return lambda anchor: iv

    def compute(anchor: Anchor | None) -> Interval | None:
        if anchor is None:
            return None
        return p.interval(anchor[0].year)

    return compute


def partial_hit(start: int, end: int, p: Partial) -> DateHit:
    """A hit for a calendar unit: absolute when it has its year, else resolved on the anchor's year."""
    kind = Kind.DATE if p.single_unit else Kind.PERIOD
    hit = DateHit(start, end, kind, _partial_compute(p), p.year is not None, partial=p)
    if p.year is None and p.month is not None and p.days is None and p.single_unit:
        # "6 December", "in May": kept as ISO 8601's yearless form, which reports of one event share
        hit.detail["yearless"] = f"--{p.month:02d}" + (f"-{p.day:02d}" if p.day else "")
    return hit


def relative_hit(s: int, e: int, kind: Kind, fn: Callable[[Anchor], Interval]) -> DateHit:
    """A hit computed from its anchor; impossible dates give None instead of raising."""

    def compute(anchor: Anchor | None) -> Interval | None:
        if anchor is None:
            return None
        try:
            return fn(anchor)
        except (ValueError, OverflowError):
            return None

    return DateHit(s, e, kind, compute, False, priority=90)
