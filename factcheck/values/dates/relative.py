"""Relative dates: "last year", "two months later", "the first half of next year", "next Friday"."""

from __future__ import annotations

from datetime import date, timedelta

from factcheck.models import Kind, Qualifier
from factcheck.values import calendar as cal
from factcheck.values.dates.hits import Anchor, DateHit, Interval, Partial, fixed, relative_hit
from factcheck.values.dates.patterns import DatePatterns, Patterns
from factcheck.values.dates.words import read_count, read_month, read_year_part

def relative_hits(norm: str, dp: DatePatterns) -> list[DateHit]:
    pat = dp.pat
    out: list[DateHit] = []
    for m in dp.relative.finditer(norm):
        g = m.groupdict()
        s, e = m.start(), m.end()
        hit: DateHit | None = None
        if g["r1"]:
            off = {"today": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1, "otd": 0}[g["r1"].lower()]
            hit = relative_hit(s, e, Kind.DATE, lambda a, off=off: cal.day_interval(a[0] + timedelta(days=off)))
        elif g["r8"]:
            hit = relative_hit(s, e, Kind.PERIOD, lambda a: (date(a[0].year, 1, 1), a[0]))
        elif g["r8b"]:
            hit = relative_hit(s, e, Kind.PERIOD, lambda a: (None, a[0]))
            hit.qualifier = Qualifier.UPPER_BOUND
        elif g["r3_dir"]:
            n = read_count(g["r3_num"], pat)
            unit = pat.dates.units[g["r3_unit"].lower()]
            if n is None:
                continue
            hit = _rolling(s, e, g["r3_dir"].lower(), n, unit, g["r3_year"], g["r3_rel"])
        elif g["r4_dir"]:
            n = read_count(g["r4_num"], pat)
            if n is None:
                continue
            unit = pat.dates.units[g["r4_unit"].lower()]
            extra = None
            if g["r4_num2"]:
                n2 = read_count(g["r4_num2"], pat)
                if n2 is not None:
                    extra = (n2, pat.dates.units[g["r4_unit2"].lower()])
            direction = g["r4_dir"].lower().split()[0]
            if direction in ("before", "after"):
                continue  # needs a reference point written after it
            sign = -1 if direction in ("earlier", "ago") else 1
            qm = dp.offset_qualifier.search(norm, max(0, s - 14), s)
            q = " ".join(qm.group("q").lower().split()) if qm else ""
            if qm:
                s = qm.start()
            hit = _offset(s, e, n, unit, sign, q, extra)
        elif g["r5_in"]:
            n = read_count(g["r5_num"], pat)
            if n is None:
                continue
            unit = pat.dates.units[g["r5_unit"].lower()]
            if "next" in m.group(0).lower():
                hit = _rolling(s, e, "next", n, unit, None, None)
            elif g["r5_in"].lower() == "within":
                hit = relative_hit(s, e, Kind.PERIOD, lambda a, n=n, u=unit: (a[0], cal.shift(a[0], u, n)))
            else:
                hit = relative_hit(s, e, Kind.DATE, lambda a, n=n, u=unit: cal.day_interval(cal.shift(a[0], u, n)))
        elif g["r9_which"]:
            which = g["r9_which"]
            of = " ".join((g["r9_of"] or "").lower().split())
            off = {"": 0, "the year": 0, "this year": 0, "that year": 0, "the same year": 0, "last year": -1, "the previous year": -1, "next year": 1, "the following year": 1}.get(of, 0)
            try:
                part = read_year_part(which, None, pat)
            except KeyError:
                qh = which.lower()
                if qh[0] == "h" and int(qh[1]) > 2:
                    continue
                part = Partial(None, quarter=int(qh[1])) if qh[0] == "q" else Partial(None, half=int(qh[1]))
            hit = relative_hit(s, e, Kind.DATE, lambda a, p=part, off=off: p.interval(a[0].year + off))
        elif g["r10_part"]:
            part = " ".join(g["r10_part"].lower().split())
            rel = (g["r10_rel"] or "the").lower()
            off = {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
            unit = g["r10_unit"].lower()
            hit = _part_of_unit(s, e, part, unit, off, pat)
        elif g["r2_rel"]:
            rel = " ".join(g["r2_rel"].lower().split())
            unit = " ".join(g["r2_unit"].lower().split())
            if unit in ("workweek", "working week"):
                unit = "workweek"
            off = pat.dates.relative_words.get(rel, 0)
            if rel in ("past", "the past") and unit not in ("weekend", "quarter"):
                hit = relative_hit(s, e, Kind.PERIOD, lambda a, u=unit: (cal.shift(a[0], u, -1), a[0]))
            else:
                hit = relative_hit(s, e, Kind.DATE, lambda a, u=unit, off=off: _unit_offset(a, u, off))
                if unit == "week":
                    hit.detail["_week"] = str(off)
                if unit == "month":
                    hit.detail["_month_unit"] = "1"
        elif g["rm_mon"]:
            if g["rm_mon"].lower() in ("may", "march", "mar") and not g["rm_mon"][0].isupper():
                continue  # "this may be", "this march"
            mm = read_month(g["rm_mon"], pat)
            rel = g["rm_rel"].lower()
            hit = relative_hit(s, e, Kind.DATE, lambda a, mm=mm, rel=rel: cal.month_interval(_month_year(a[0], mm, rel), mm))
        elif g["ru_dir"]:
            n = read_count(g["ru_num"], pat)
            if n is None:
                continue
            d_ = g["ru_dir"].lower()
            direction = "past" if d_ in ("past", "previous", "last") else "next"
            hit = _rolling(s, e, direction, n, pat.dates.units[g["ru_unit"].lower()], None, None)
        elif g["rd_dir"]:
            n = read_count(g["rd_num"], pat)
            if n is None:
                continue
            unit = pat.dates.units[g["rd_unit"].lower()]
            ref = {"today": 0, "now": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}[g["rd_ref"].lower()]
            sign = -1 if g["rd_dir"].lower() == "before" else 1
            qm = dp.offset_qualifier.search(norm, max(0, s - 14), s)
            q = " ".join(qm.group("q").lower().split()) if qm else ""
            if qm:
                s = qm.start()
            hit = _offset(s, e, n, unit, sign, q, None, day_shift=ref)
        elif g["r7_wd"]:
            wd = pat.weekdays[g["r7_wd"].lower()]
            rel = (g["r7_rel"] or "").lower()
            hit = relative_hit(s, e, Kind.DATE, lambda a, wd=wd, rel=rel: cal.day_interval(_weekday(a[0], wd, rel)))
            hit.detail["weekday"] = g["r7_wd"]
            hit.detail["_weekday_index"] = str(wd)
        if hit is not None:
            hit.deictic = _is_deictic(g)
            if (g["r3_dir"] or g["r9_which"]) and dp.the_before.search(norm, max(0, hit.start - 5), hit.start):
                hit.start = dp.the_before.search(norm, max(0, hit.start - 5), hit.start).start()
            out.append(hit)
    return out


_DEICTIC = {"this", "last", "next", "current", "past", "coming", "upcoming", "the past", "the coming", "the current"}


def _is_deictic(g: dict[str, str | None]) -> bool:
    if g.get("r1") or g.get("r8") or g.get("r8b"):
        return True
    for key in ("r2_rel", "r3_dir", "r10_rel", "r7_rel"):
        v = g.get(key)
        if v and " ".join(v.lower().split()) in _DEICTIC:
            return key != "r3_dir" or not (g.get("r3_year") or g.get("r3_rel"))
    of = g.get("r9_of")
    return bool(of) and of.split()[0].lower() in ("this", "last", "next")


def _unit_offset(a: Anchor, unit: str, off: int) -> Interval:
    base = a[0]
    lo, hi = cal.unit_interval(base, unit)
    if off == 0:
        return lo, hi
    step = "week" if unit in ("weekend", "workweek") else unit
    return cal.shift(lo, step, off), cal.shift(hi, step, off)


def _weekday(d: date, wd: int, rel: str) -> date:
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
    # bare weekday or "past": the latest one before the anchor day
    delta = (d.weekday() - wd) % 7 or 7
    return d - timedelta(days=delta)


def _rolling(s: int, e: int, direction: str, n: int, unit: str, year: str | None, rel: str | None) -> DateHit:
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


def _month_year(d: date, month: int, rel: str) -> int:
    """Year of "this/last/next <month>" seen from day `d`."""
    if rel == "this":
        return d.year
    if rel in ("last", "past", "previous"):
        return d.year if month < d.month else d.year - 1
    return d.year if month > d.month else d.year + 1


def _offset(s: int, e: int, n: int, unit: str, sign: int, q: str, extra: tuple[int, str] | None, day_shift: int | None = None) -> DateHit:
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

        core = _offset(s, e, n, unit, sign, inner_q, extra)
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


def _part_of_unit(s: int, e: int, part: str, unit: str, off: int, pat: Patterns) -> DateHit | None:
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
