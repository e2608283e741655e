"""Absolute dates and calendar units: "March 23, 2024", "2024-03-23", "Q1 2025", "early 2023",
"the 1990s", and their year-less forms ("March 23", "in May") that take the anchor's year.

One reader per form of forms.py, dispatched on the form that matched; a
reader returns None when the match is not a date after all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from factcheck.models import Kind
from factcheck.values import calendar as cal
from factcheck.values.dates.context import NUMERIC_DATE_CONTEXT, month_context
from factcheck.values.dates.hits import Anchor, DateHit, Interval, Partial, fixed, partial_hit
from factcheck.values.dates.patterns import DatePatterns, FormMatch
from factcheck.values.dates.words import read_day, read_month, read_year, read_year_part

Reader = Callable[[FormMatch], DateHit | None]

# Forms that take a "the" written before them into their span: "the 4th of July 2024", "the 1990s".
_TAKES_THE = frozenset({"day_month_year", "half_or_quarter_of_year", "decade", "day_month", "nth_week"})


def absolute_hits(norm: str, dp: DatePatterns) -> list[DateHit]:
    """Every absolute or year-less calendar expression in `norm`, in text order."""
    out: list[DateHit] = []
    for m in dp.absolute.finditer(norm):
        fm = FormMatch(m, norm, dp)
        try:
            hit = READERS[fm.form](fm)
        except (ValueError, OverflowError, KeyError):
            continue
        if hit is None:
            continue
        s = fm.start
        if fm.form in _TAKES_THE and dp.the_before.search(norm, max(0, s - 5), s):
            hit.start = dp.the_before.search(norm, max(0, s - 5), s).start()
        out.append(hit)
    return out


def _ymd(s: int, e: int, y: int, mm: int, dd: int | None) -> DateHit | None:
    if dd is None or not cal.valid_day(y, mm, dd):
        return None
    return partial_hit(s, e, Partial(y, month=mm, day=dd))


# ------------------------------------------------------------------ days with a year


def _named_month_day_year(fm: FormMatch) -> DateHit | None:
    """"March 23, 2024", "23 March 2024", "15 April of 87"."""
    return _ymd(fm.start, fm.end, read_year(fm["year"]), read_month(fm["month"], fm.dp.pat), read_day(fm["day"], fm.dp))


def _numeric_year_month_day(fm: FormMatch) -> DateHit | None:
    """"2024-03-23", "2016 10 16"."""
    return _ymd(fm.start, fm.end, int(fm["year"]), int(fm["month"]), int(fm["day"]))


def _dashed_with_month_name(fm: FormMatch) -> DateHit | None:
    """"2019/aug/01", "05-Aug-2016", "Sep-23-2020": a month name and numeric day and year in any order."""
    return _ymd(fm.start, fm.end, int(fm["year"]), read_month(fm["month"], fm.dp.pat), int(fm["day"]))


def _dotted_day_month_year(fm: FormMatch) -> DateHit | None:
    """"22.04.2016": day, month, year (a two-digit year would read version numbers as dates)."""
    return _ymd(fm.start, fm.end, int(fm["year"]), int(fm["month"]), int(fm["day"]))


def _numeric_day_month_year(fm: FormMatch) -> DateHit | None:
    """"06/27 2025", "5/17/2018": month first unless the first number cannot be a month
    (day first in a language that writes "1/10/2018" for 1 October)."""
    a, b = int(fm["first"]), int(fm["second"])
    y = read_year(fm["year"])
    if fm.dp.day_first and b <= 12 or a > 12 and b <= 12:
        a, b = b, a
    return _ymd(fm.start, fm.end, y, a, b)


def _compact_year_month_day(fm: FormMatch) -> DateHit | None:
    """"20161016"."""
    t = fm["digits"] or ""
    return _ymd(fm.start, fm.end, int(t[:4]), int(t[4:6]), int(t[6:]))


def _chinese_date(fm: FormMatch) -> DateHit | None:
    """"2016年", "2016年3月", "2016年3月5日"."""
    y = int(fm["year"])
    if fm["day"]:
        return _ymd(fm.start, fm.end, y, int(fm["month"]), int(fm["day"]))
    if fm["month"]:
        return partial_hit(fm.start, fm.end, Partial(y, month=int(fm["month"])))
    return partial_hit(fm.start, fm.end, Partial(y))


# ------------------------------------------------------------------ longer units with a year


def _quarter_or_half(fm: FormMatch) -> DateHit | None:
    """"Q1 2025", "2019 H2"; there is no H3."""
    code = (fm["code"] or "").lower()
    y = int(fm["year"])
    half = code[0] in fm.dp.half_letters
    if half and int(code[1]) > 2:
        return None
    p = Partial(y, half=int(code[1])) if half else Partial(y, quarter=int(code[1]))
    return partial_hit(fm.start, fm.end, p)


def _half_or_quarter_of_year(fm: FormMatch) -> DateHit | None:
    """"the first half of 2025", "second quarter of fy 2024"."""
    return partial_hit(fm.start, fm.end, read_year_part(fm["which"], int(fm["year"]), fm.dp.pat))


def _part_of_year(fm: FormMatch) -> DateHit | None:
    """"early 2023", "mid-2024", "the end of February 2025"."""
    dates = fm.dp.pat.dates
    part = " ".join((fm["part"] or "").lower().split())
    y = int(fm["year"])
    if fm["month"]:
        days = dates.month_parts.get(part) or dates.month_parts.get(part.rstrip("-"))
        if days is None:
            return None
        return partial_hit(fm.start, fm.end, Partial(y, month=read_month(fm["month"], fm.dp.pat), days=days))
    months = dates.year_parts.get(part) or dates.year_parts.get(part.rstrip("-"))
    if months is None:
        return None
    return partial_hit(fm.start, fm.end, Partial(y, months=months))


def _decade(fm: FormMatch) -> DateHit | None:
    """"the 1990s"."""
    y = int(fm["decade"])
    return DateHit(fm.start, fm.end, Kind.PERIOD, fixed((date(y, 1, 1), date(y + 10, 1, 1))), True, detail={"unit": "decade"})


def _decade_words(fm: FormMatch) -> DateHit | None:
    """"la década de 1990", "les années 90": a decade named by the language's word before its year."""
    y = int(fm["decade"]) if fm["decade"] else int(fm.dp.pat.tens[(fm["tens"] or "").lower()])
    if y < 100:
        y = cal.expand_year(y)
    return DateHit(fm.start, fm.end, Kind.PERIOD, fixed((date(y, 1, 1), date(y + 10, 1, 1))), True, detail={"unit": "decade"})


def _century(fm: FormMatch) -> DateHit | None:
    """"the 21st century"."""
    c = int(fm["century"])
    if not 1 <= c <= 22:
        return None
    y = (c - 1) * 100
    return DateHit(fm.start, fm.end, Kind.PERIOD, fixed((date(max(y, 1), 1, 1), date(y + 100, 1, 1))), True, detail={"unit": "century"})


def _month_year(fm: FormMatch) -> DateHit | None:
    """"April 2023", "Dec-2018", "April of 87"; lower-case "may 2024" is too often the verb."""
    word = fm["month"] or ""
    if word.lower().rstrip(".") in fm.dp.months_amb and not word[0].isupper() and word.lower() == "may":
        return None
    return partial_hit(fm.start, fm.end, Partial(read_year(fm["year"]), month=read_month(word, fm.dp.pat)))


def _year_month(fm: FormMatch) -> DateHit | None:
    """"2017 april"; not "2024 may" or "2024 march", which are verbs more often."""
    word = fm["month"] or ""
    if word.lower().rstrip(".") in fm.dp.months_amb and word.lower() in ("may", "march"):
        return None
    return partial_hit(fm.start, fm.end, Partial(int(fm["year"]), month=read_month(word, fm.dp.pat)))


def _split_year(fm: FormMatch) -> DateHit | None:
    """"2013-14": a season or fiscal span over two years; "2015-12" is a month instead."""
    y = int(fm["year"])
    following = int(fm["next"])
    if following != (y + 1) % 100:
        if 1 <= following <= 12 and fm.norm[fm.position("next") - 1] == "-":
            return partial_hit(fm.start, fm.end, Partial(y, month=following))
        return None
    return DateHit(
        fm.start, fm.end, Kind.PERIOD, fixed((date(y, 1, 1), date(y + 2, 1, 1))), True,
        unit_of=fixed(cal.year_interval(y + 1)), detail={"span": "range"},
    )


def _numeric_year_month(fm: FormMatch) -> DateHit | None:
    """"2015-3", "12-2015"."""
    return partial_hit(fm.start, fm.end, Partial(int(fm["year"]), month=int(fm["month"])))


def _month_range_year(fm: FormMatch) -> DateHit | None:
    """"Jan-Feb 2017"; "Nov-Feb 2017" starts in the year before."""
    pat = fm.dp.pat
    y = int(fm["year"])
    m1, m2 = read_month(fm["first"], pat), read_month(fm["last"], pat)
    p1 = Partial(y - (1 if m1 > m2 else 0), month=m1)
    p2 = Partial(y, month=m2)
    return DateHit(
        fm.start, fm.end, Kind.PERIOD, fixed((p1.interval()[0], p2.interval()[1])), True,
        unit_of=fixed(p2.interval()), detail={"span": "range"},
    )


# ------------------------------------------------------------------ weeks


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}


def _nth_week(fm: FormMatch) -> DateHit | None:
    """"the first week of 2015", "last week of Dec 2016", "the second week of next month"."""
    word = " ".join((fm["nth"] or "").lower().split())
    nth = _NTH.get(word, fm.dp.pat.dates.nth_words.get(word, -1))
    mm = read_month(fm["month"], fm.dp.pat) if fm["month"] else None
    yy = fm["year"] or fm["bare_year"]
    rel = (fm["rel"] or "").lower() if fm.form == "nth_week" else ""
    unit = (fm["unit"] or "").lower() if fm.form == "nth_week" else ""

    def week_of(a: Anchor | None) -> Interval | None:
        if yy:
            y = int(yy)
        elif a is not None:
            y = a[0].year + ({"last": -1, "next": 1}.get(rel, 0) if unit == "year" else 0)
        else:
            return None
        m_ = mm
        if unit == "month" and a is not None:
            first = cal.shift(date(a[0].year, a[0].month, 1), "month", {"last": -1, "next": 1}.get(rel, 0))
            y, m_ = first.year, first.month
        return cal.nth_week(y, m_, nth)

    absolute = bool(yy)
    return DateHit(fm.start, fm.end, Kind.DATE, week_of, absolute, priority=100 if absolute else 90)


def _week_number(fm: FormMatch) -> DateHit | None:
    """"week 31", "week 3 of 2027", "wk 12 of next year": ISO weeks."""
    wn = int(fm["number"])
    yy = fm["year"]
    off = {"last": -1, "next": 1, "this": 0}.get((fm["rel"] or "").lower(), 0)

    def iso_week(a: Anchor | None) -> Interval | None:
        y = int(yy) if yy else (a[0].year + off if a is not None else None)
        if y is None:
            return None
        monday = date.fromisocalendar(y, wn, 1)
        return monday, monday + timedelta(days=7)

    return DateHit(fm.start, fm.end, Kind.DATE, iso_week, bool(yy), priority=100 if yy else 90)


# ------------------------------------------------------------------ days without a year


def _day_range(fm: FormMatch) -> DateHit | None:
    """"November 18-19", "april 9th through 17th, 2017"."""
    mm = read_month(fm["month"], fm.dp.pat)
    d1, d2 = read_day(fm["first"], fm.dp), read_day(fm["last"], fm.dp)
    if not (d1 and d2 and d1 < d2 and cal.valid_day(2000, mm, d2)):
        return None
    pa, pb = Partial(None, month=mm, day=d1), Partial(None, month=mm, day=d2)
    if fm["year"]:
        y = int(fm["year"])
        return DateHit(
            fm.start, fm.end, Kind.PERIOD, fixed((pa.interval(y)[0], pb.interval(y)[1])), True,
            unit_of=fixed(pb.interval(y)), detail={"span": "range"},
        )
    return DateHit(
        fm.start, fm.end, Kind.PERIOD, lambda a: (pa.interval(a[0].year)[0], pb.interval(a[0].year)[1]) if a else None, False,
        unit_of=lambda a: pb.interval(a[0].year) if a else None, priority=90, detail={"span": "range"},
    )


def _holiday(fm: FormMatch) -> DateHit | None:
    """"independence day (of) 2010": holidays with a fixed month and day."""
    name = " ".join((fm["name"] or "").lower().split())
    dates = fm.dp.pat.dates
    yy = int(fm["year"]) if fm["year"] else None
    if name in dates.easter_days:
        return _movable_feast(fm, dates.easter_days[name], yy)
    md = dates.holidays[name]
    mm, dd = int(md[:2]), int(md[3:])
    return partial_hit(fm.start, fm.end, Partial(yy, month=mm, day=dd))


def _movable_feast(fm: FormMatch, offset: int, year: int | None) -> DateHit:
    """"Pfingsten 2022", "Pâques": a day counted from Easter Sunday, of its year or the anchor's."""

    def day(a: Anchor | None) -> Interval | None:
        y = year if year is not None else a[0].year if a is not None else None
        return None if y is None else cal.day_interval(cal.easter(y) + timedelta(days=offset))

    return DateHit(fm.start, fm.end, Kind.DATE, day, year is not None, priority=100 if year is not None else 90)


def _numeric_month_day(fm: FormMatch) -> DateHit | None:
    """"on 22/04", "from 10/1": a date only after a date word, else a fraction or a score."""
    lo = max(0, fm.start - 12)
    dp = fm.dp
    if not (NUMERIC_DATE_CONTEXT.search(fm.norm, lo, fm.start) or dp.numeric_context and dp.numeric_context.search(fm.norm, lo, fm.start)):
        return None
    a, b = int(fm["first"]), int(fm["second"])
    mm, dd = (b, a) if dp.day_first and b <= 12 or a > 12 else (a, b)
    if not cal.valid_day(2000, mm, dd):
        return None
    return partial_hit(fm.start, fm.end, Partial(None, month=mm, day=dd))


def _day_of_month(fm: FormMatch) -> DateHit | None:
    """"on the 18th": that day of the anchor's month ("the " is part of the span)."""
    dd = int(fm["day"])
    return DateHit(fm.start - 4, fm.end, Kind.DATE, lambda a: cal.day_interval(date(a[0].year, a[0].month, dd)) if a else None, False, priority=90)


def _chinese_month_day(fm: FormMatch) -> DateHit | None:
    """"3月5日"."""
    mm, dd = int(fm["month"]), int(fm["day"])
    if not cal.valid_day(2000, mm, dd):
        return None
    return partial_hit(fm.start, fm.end, Partial(None, month=mm, day=dd))


def _month_and_day(fm: FormMatch) -> DateHit | None:
    """"March 23", "the 4th of july": month before or after the day, read the same way."""
    if not month_context(fm.norm, fm.position("month"), fm["month"] or "", fm.dp, with_day=True):
        return None
    dd = read_day(fm["day"], fm.dp)
    mm = read_month(fm["month"], fm.dp.pat)
    if dd and cal.valid_day(2000, mm, dd):
        return partial_hit(fm.start, fm.end, Partial(None, month=mm, day=dd))
    return None


def _part_of_month(fm: FormMatch) -> DateHit | None:
    """"early March", "mid-July"."""
    parts = fm.dp.pat.dates.month_parts
    part = " ".join((fm["part"] or "").lower().split())
    days = parts.get(part) or parts.get(part.rstrip("-"))
    if days is None:
        return None
    return partial_hit(fm.start, fm.end, Partial(None, month=read_month(fm["month"], fm.dp.pat), days=days))


def _month_alone(fm: FormMatch) -> DateHit | None:
    """"November", "in May"."""
    if not month_context(fm.norm, fm.position("month"), fm["month"] or "", fm.dp, with_day=False):
        return None
    return partial_hit(fm.start, fm.end, Partial(None, month=read_month(fm["month"], fm.dp.pat)))


READERS: dict[str, Reader] = {
    "month_day_year": _named_month_day_year,
    "day_month_year": _named_month_day_year,
    "numeric_year_month_day": _numeric_year_month_day,
    "year_month_name_day": _dashed_with_month_name,
    "year_day_month_name": _dashed_with_month_name,
    "dashed_day_month_year": _dashed_with_month_name,
    "dashed_month_day_year": _dashed_with_month_name,
    "dashed_month_year_day": _dashed_with_month_name,
    "dashed_day_year_month": _dashed_with_month_name,
    "dotted_day_month_year": _dotted_day_month_year,
    "numeric_day_month_year": _numeric_day_month_year,
    "compact_year_month_day": _compact_year_month_day,
    "quarter_year": _quarter_or_half,
    "year_quarter": _quarter_or_half,
    "year_half_or_quarter": _half_or_quarter_of_year,
    "half_or_quarter_of_year": _half_or_quarter_of_year,
    "part_of_year": _part_of_year,
    "decade": _decade,
    "decade_words": _decade_words,
    "century": _century,
    "month_year": _month_year,
    "year_month": _year_month,
    "split_year": _split_year,
    "numeric_year_month": _numeric_year_month,
    "numeric_month_year": _numeric_year_month,
    "chinese_date": _chinese_date,
    "chinese_month_day": _chinese_month_day,
    "nth_week": _nth_week,
    "nth_week_words": _nth_week,
    "week_number": _week_number,
    "month_range_year": _month_range_year,
    "day_range": _day_range,
    "day_day_month": _day_range,
    "pair_day_month": _day_range,
    "holiday": _holiday,
    "numeric_month_day": _numeric_month_day,
    "day_of_month": _day_of_month,
    "month_day": _month_and_day,
    "day_month": _month_and_day,
    "part_of_month": _part_of_month,
    "month": _month_alone,
}
