"""The arithmetic of relative dates: offsets from an anchor, rolling windows, parts of a unit.

Each builder returns a `DateHit` whose `compute(anchor)` does the date
arithmetic once the anchor (an earlier date in the text, or the published
date) is known.
"""

from __future__ import annotations

from datetime import date, timedelta

from factcheck.models import Kind, Qualifier
from factcheck.values import calendar as cal
from factcheck.values.dates.hits import Anchor, DateHit, Interval, Partial, fixed, relative_hit
from factcheck.values.patterns import Patterns


def unit_offset(a: Anchor, unit: str, off: int) -> Interval:
    """The calendar unit holding the anchor, moved by `off` units: "last week", "next month"."""
    base = a[0]
    lo, hi = cal.unit_interval(base, unit)
    if off == 0:
        return lo, hi
    step = "week" if unit in ("weekend", "workweek") else unit
    return cal.shift(lo, step, off), cal.shift(hi, step, off)


def weekday_date(d: date, wd: int, rel: str) -> date:
    """The weekday `wd` (Monday 0) that "this/next/last/coming <weekday>" names, seen from day `d`."""
    monday = d - timedelta(days=d.weekday())
    if rel in ("this",):
        return monday + timedelta(days=wd)
    if rel in ("next", "following"):
        return monday + timedelta(days=7 + wd)
    if rel in ("last", "previous"):
        return monday + timedelta(days=wd - 7)
    if rel in ("coming", "upcoming"):
        delta = (wd - d.weekday()) % 7 or 7
        return d + timedelta(days=delta)
    if rel == "past":  # "this past Friday": the latest one before the anchor day
        return d - timedelta(days=(d.weekday() - wd) % 7 or 7)
    # a bare weekday: the latest one up to the anchor day, that day included ("said on Wednesday" in an
    # article of a Wednesday is that day, as news reports tell the day's events)
    return d - timedelta(days=(d.weekday() - wd) % 7)


def rolling_hit(s: int, e: int, direction: str, n: int, unit: str, year: str | None, rel: str | None) -> DateHit:
    """"the past six months", "the next three years", "the first 11 months of 2024"."""
    if direction in ("first", "final", "last") and (year or rel):
        rel_off = {"this": 0, "the": 0, "last": -1, "next": 1, None: 0}[rel.lower() if rel else None]

        def fn(a: Anchor, y=year, off=rel_off) -> Interval:
            yy = int(y) if y else a[0].year + off
            lo, hi = cal.year_interval(yy)
            if direction == "first":
                return lo, cal.shift(lo, unit, n)
            return cal.shift(hi, unit, -n), hi

        if year:
            iv = fn((date(int(year), 1, 1), date(int(year), 1, 2)))
            return DateHit(s, e, Kind.PERIOD, fixed(iv), True)
        return relative_hit(s, e, Kind.PERIOD, fn)

    def fn2(a: Anchor) -> Interval:
        d = a[0]
        if direction in ("last", "past", "previous", "prior"):
            if unit == "quarter":
                lo, _ = cal.unit_interval(d, "quarter")
                return cal.shift(lo, "quarter", -n), lo
            return cal.shift(d, unit, -n), d
        if direction == "remaining":
            return d, cal.unit_interval(d, unit)[1]
        if unit == "day":
            return d + timedelta(days=1), d + timedelta(days=1 + n)
        if unit == "quarter":
            _, hi = cal.unit_interval(d, "quarter")
            return hi, cal.shift(hi, "quarter", n)
        if unit == "week":
            return d + timedelta(days=1), d + timedelta(days=1 + 7 * n)
        return d, cal.shift(d, unit, n)

    return relative_hit(s, e, Kind.PERIOD, fn2)


def month_year(d: date, month: int, rel: str) -> int:
    """Year of "this/last/next <month>" seen from day `d`."""
    if rel == "this":
        return d.year
    if rel in ("last", "past", "previous"):
        return d.year if month < d.month else d.year - 1
    return d.year if month > d.month else d.year + 1


def offset_hit(s: int, e: int, n: int, unit: str, sign: int, q: str, extra: tuple[int, str] | None, day_shift: int | None = None) -> DateHit:
    """"two months later", "a year ago": a day moved from the anchor, or an open period after
    "less than"/"more than" (`q`); `day_shift` moves the anchor first ("three days after tomorrow")."""
    def move(d: date, k: int) -> date:
        d = cal.shift(d, unit, k * n)
        if extra is not None:
            d = cal.shift(d, extra[1], k * extra[0])
        return d

    if day_shift is not None:
        inner_q = q

        def ref(a: Anchor) -> Anchor:
            d = a[0] + timedelta(days=day_shift)
            return d, d + timedelta(days=1)

        core = offset_hit(s, e, n, unit, sign, inner_q, extra)
        hit = relative_hit(s, e, core.kind, lambda a: core.compute(ref(a)))
        hit.qualifier = core.qualifier
        return hit
    def far_end(a: Anchor) -> date:
        """The anchor's last moment at day resolution: the day itself, or a longer unit's end."""
        return a[0] if (a[1] - a[0]).days <= 1 else a[1]

    if q in ("less than", "within", "barely"):
        def fn(a: Anchor) -> Interval:
            if sign > 0:
                return a[0], move(far_end(a), 1)
            return move(a[0], -1), a[1]

        hit = relative_hit(s, e, Kind.PERIOD, fn)
        hit.qualifier = Qualifier.UPPER_BOUND
        return hit
    if q in ("more than", "over"):
        def fn3(a: Anchor) -> Interval:
            if sign > 0:
                return move(far_end(a), 1), None
            return None, move(a[0], -1)

        hit = relative_hit(s, e, Kind.PERIOD, fn3)
        hit.qualifier = Qualifier.LOWER_BOUND
        return hit

    def fn4(a: Anchor) -> Interval:
        lo, hi = a
        if (hi - lo).days <= 1:
            d = move(lo, sign)
            return d, d + timedelta(days=1)
        return move(lo, sign), move(hi, sign)

    hit = relative_hit(s, e, Kind.DATE, fn4)
    if q:
        hit.qualifier = Qualifier.APPROXIMATE
    return hit


def part_of_unit_hit(s: int, e: int, part: str, unit: str, off: int, pat: Patterns) -> DateHit | None:
    """"earlier this year", "the end of last month": a part of the anchor's year or month."""
    if part in ("earlier", "later"):
        def fn(a: Anchor) -> Interval:
            lo, hi = cal.unit_interval(a[0], unit)
            lo, hi = cal.shift(lo, unit, off), cal.shift(hi, unit, off)
            if off == 0:
                return (lo, a[0]) if part == "earlier" else (a[0], hi)
            return lo, hi

        return relative_hit(s, e, Kind.PERIOD, fn)
    table = pat.dates.year_parts if unit == "year" else pat.dates.month_parts
    rng = table.get(part) or table.get(part.rstrip("-"))
    if rng is None:
        return None

    def fn2(a: Anchor) -> Interval:
        d = cal.shift(a[0], unit, off)
        if unit == "year":
            return Partial(d.year, months=rng).interval()
        return Partial(d.year, month=d.month, days=rng).interval()

    return relative_hit(s, e, Kind.PERIOD, fn2)
