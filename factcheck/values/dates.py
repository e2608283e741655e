"""Dates and periods: "April 2023", "March 23, 2024", "06/27 2025", "H2 2024", "early 2023",
"2023-2024", "since 2024", "from 2024 to the present", "last year", "less than two months later".

Two regex passes find calendar expressions: one for dates written with
calendar words or digits (absolute when they carry a year, else partial), one
for relative expressions ("last year", "two months later", "next Friday").
A third step joins neighbours into periods ("2023-2024", "from January to
August") and applies open bounds ("since", "before", "by"). Each hit carries
a `compute(anchor)` function; api.py calls it with the nearest earlier
absolute date in the text, or the published date, as the anchor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from factcheck.values import calendar as cal
from factcheck.values.patterns import WB, WE, Patterns, alternation
from factcheck.models import Kind, Qualifier

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


def _fixed(interval: Interval) -> Compute:
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
    kind = Kind.DATE if p.single_unit else Kind.PERIOD
    return DateHit(start, end, kind, _partial_compute(p), p.year is not None, partial=p)


class DatePatterns:
    """Regexes for dates, compiled once per lexicon."""

    def __init__(self, pat: Patterns) -> None:
        d = pat.dates
        months = sorted(pat.months, key=len, reverse=True)
        full = [m for m in months if len(m) > 4]
        abbrev = [m for m in months if len(m) <= 4]
        mon = r"(?:" + alternation(full) + r"|" + alternation(abbrev) + r"(?:\.(?![\d\n]|[ \t]*$))?)"
        self.pat = pat
        year = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
        day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
        ordinal_words = sorted(pat.ordinals, key=len, reverse=True)
        dayw = r"(?:(?:twenty|thirty)[ \t-])?" + alternation(ordinal_words)
        self.ordinal_words = pat.ordinals
        nb = r"(?<![\d.,/])(?<!\d-)"
        ne = r"(?![\d])"
        sep = r"(?:[ \t]*,[ \t]*|[ \t]+|,)"
        parts_year = alternation(d.year_parts)
        parts_month = alternation(d.month_parts)
        halves = alternation(d.halves)
        quarters = alternation(d.quarters)
        alts = [
            # March 23, 2024 / Dec. 31 , 1994 / july 4th of 1995
            rf"(?P<a1_mon>{mon})[ \t]*(?:the[ \t]+)?(?P<a1_day>{day}|{dayw})(?![\w]){sep}(?:of[ \t]+|in[ \t]+)?(?P<a1_year>{year}){ne}",
            # 23 March 2024 / 4th of july of 1995 / 15 April of 87
            rf"{WB}(?<![\d.,]\d)(?<![\d][.,])(?P<a2_day>{day}|{dayw})(?:[ \t]+of)?[ \t]*[ \t-](?P<a2_mon>{mon})(?:{sep}|[ \t]*-[ \t]*)(?:of[ \t]+|in[ \t]+)?(?P<a2_year>{year}|'\d\d|(?<=of )\d\d){ne}",
            # 2024-03-23 / 2024/3/23 / 2016 10 16
            rf"{nb}(?P<a3_year>{year})(?P<a3_sep>[-/.]|[ \t])(?P<a3_mm>1[0-2]|0?[1-9])(?P=a3_sep)(?P<a3_dd>3[01]|[12]\d|0?[1-9]){ne}(?![-/.]\d)",
            # 2019/aug/01 / 2020/Sep/23 / 2020/23/Sep
            rf"{nb}(?P<a4_year>{year})[-/](?:(?P<a4_mon>{mon})[-/](?P<a4_dd>3[01]|[12]\d|0?[1-9])|(?P<a4_dd2>3[01]|[12]\d|0?[1-9])[-/](?P<a4_mon2>{mon})){ne}",
            # 05-Aug-2016 / 23/Sep/2020 / Sep-23-2020 / September-2020-23 / 23-2020-September
            rf"{WB}(?:(?P<a5_dd>3[01]|[12]\d|0?[1-9])[-/](?P<a5_mon>{mon})[-/](?P<a5_year>{year})|(?P<a5_mon2>{mon})-(?P<a5_dd2>3[01]|[12]\d|0?[1-9])-(?P<a5_year2>{year})|(?P<a5_mon3>{mon})-(?P<a5_year3>{year})-(?P<a5_dd3>3[01]|[12]\d|0?[1-9])|(?P<a5_dd4>3[01]|[12]\d|0?[1-9])-(?P<a5_year4>{year})-(?P<a5_mon4>{mon})){ne}",
            # 06/27 2025 / 5/17/2018 / 10-1-2018 / 12/12/30
            rf"{nb}(?P<a6_a>3[01]|[12]\d|0?[1-9])(?P<a6_sep>[/-])(?P<a6_b>3[01]|[12]\d|0?[1-9])(?:(?P=a6_sep)|[ \t]+)(?P<a6_year>{year}|\d\d){ne}(?![/.]\d)",
            # 20161016
            rf"(?<![\d.,])(?P<a7>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])){ne}",
            # Q1 2025 / H2 2024 / 2019 H2 / 2017-q1 / q1 of 2017 / first half of 2025
            rf"{WB}(?P<a8_qh>[QqHh][1-4])[ \t]*(?:[-/'][ \t]*|of[ \t]+|[ \t])?(?:FY[ \t]*)?(?P<a8_year>{year}){ne}",
            rf"{nb}(?P<a9_year>{year})[ \t]*[-\s]?[ \t]*(?P<a9_qh>[QqHh][1-4])(?![\w])",
            rf"{WB}(?P<a10_which>{halves}|{quarters})[ \t]+of[ \t]+(?:the[ \t]+year[ \t]+|fy[ \t]*|year[ \t]+)?(?P<a10_year>{year}){ne}",
            # early 2023 / mid-2024 / the end of February 2025 / late 2024
            rf"{WB}(?P<a11_part>{parts_year})[ \t]*-?[ \t]*(?:(?P<a11_mon>{mon})[ \t]*,?[ \t]*)?(?P<a11_year>{year}){ne}",
            # 1990s / the 1960s / 1990 s
            rf"{WB}(?P<a12_dec>(?:1[5-9]|20)\d0)[ \t]?'?s(?![\w])",
            rf"{WB}(?P<a13_cent>\d{{1,2}})(?:st|nd|rd|th)[ \t-]+century(?![\w])",
            # April 2023 / Mar 2024 / Dec-2018 / june of 1992 / April of 87
            rf"{WB}(?P<a14_mon>{mon})(?:[ \t]+of[ \t]+|[ \t]*,[ \t]*|[ \t]*[-/'][ \t]*|[ \t]+)(?P<a14_year>{year}|(?<=of )\d\d){ne}",
            # 2017 april
            rf"{nb}(?P<a15_year>{year})[ \t]+(?P<a15_mon>{mon})(?![\w])",
            # 2013-14 (a season or fiscal span written with the second year shortened)
            rf"{nb}(?P<fy_year>{year})[-/](?P<fy_next>\d\d){ne}(?![-/.]\d)",
            # 2015-3 / 2015-12 / 12-2015
            rf"{nb}(?:(?P<a16_year>{year})-(?P<a16_mm>1[0-2]|0?[1-9])|(?P<a16_mm2>1[0-2]|0?[1-9])-(?P<a16_year2>{year})){ne}(?![-/.]\d)",
            # Chinese: 2016年3月5日
            rf"{nb}(?P<z_year>{year})[ \t]*年(?:[ \t]*(?P<z_mon>1[0-2]|0?[1-9])[ \t]*月(?:[ \t]*(?P<z_day>3[01]|[12]\d|0?[1-9])[ \t]*[日号])?)?",
            rf"{nb}(?P<z_mon2>1[0-2]|0?[1-9])[ \t]*月[ \t]*(?P<z_day2>3[01]|[12]\d|0?[1-9])[ \t]*[日号]",
            # the first week of 2015 / last week of Dec 2016 / week 31 / week 3 of 2027 (ISO weeks)
            rf"{WB}(?P<wk_n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)[ \t]+week[ \t]+of[ \t]+(?:(?P<wk_mon>{mon})(?:[ \t]*,?[ \t]*(?P<wk_year>{year}){ne})?|(?P<wk_year2>{year}){ne}|(?P<wk_rel>this|last|next)[ \t]+(?P<wk_unit>month|year))",
            rf"{WB}(?P<wn_word>week|wk)[ \t]*(?P<wn>[1-9]|[1-4]\d|5[0-3])(?!\d)(?:[ \t]+of[ \t]+(?:(?P<wn_year>{year}){ne}|(?P<wn_rel>this|last|next)[ \t]+year))?",
            # Jan-Feb 2017 / Nov-Feb 2017
            rf"{WB}(?P<s1_mon1>{mon})[ \t]*(?:-|to|through|till)[ \t]*(?P<s1_mon2>{mon})[ \t]*,?[ \t]*(?P<s1_year>{year}){ne}",
            # November 18-19 / april 9th through 17th (, 2017)
            rf"{WB}(?P<s2_mon>{mon})[ \t]*(?:the[ \t]+)?(?P<s2_d1>{day}|{dayw})[ \t]*(?:-|to|through|till|until)[ \t]*(?:the[ \t]+)?(?P<s2_d2>{day}|{dayw})(?![\w/:.]\d|[\w%])(?:[ \t]*,?[ \t]*(?P<s2_year>{year}){ne})?",
            # holidays with fixed dates: independence day (of) 2010
            rf"{WB}(?P<h_name>{alternation(d.holidays)})(?:[ \t]+(?:of[ \t]+)?(?P<h_year>{year}){ne})?{WE}",
            # on 22/04, from 10/1 to 11/7: month/day without a year, after a date word
            rf"(?<=[ \t])(?P<n_a>1[0-2]|0?[1-9]|3[01]|[12]\d)[/.](?P<n_b>3[01]|[12]\d|0?[1-9])(?![\d/.]|[ \t]*(?:%|percent|of[ \t]))",
            # on the 18th / until the 4th (a day of the anchor's month)
            rf"(?<=on[ \t]the[ \t])(?P<dm_day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=[ \t]*(?:$|[.,;:!?)]|of[ \t]+(?:this|the|next|last)[ \t]+month))",
            # March 23 / July 1st / Oct/2 / the 4th of july (no year: relative)
            rf"{WB}(?P<b1_mon>{mon})(?:[ \t]*/[ \t]*|[ \t]*(?:the[ \t]+)?)(?P<b1_day>{day}|{dayw})(?![\w:.,]\d|[\w%])",
            rf"(?<![\w/])(?<![\d][.,])(?<![$€£¥])(?<![$€£¥][ \t])(?P<b2_day>{day}|{dayw})(?:[ \t]+of)?[ \t]+(?P<b2_mon>{mon})(?![\w])",
            # early/mid/late March (no year)
            rf"{WB}(?P<b3_part>{parts_month})[ \t]*-?[ \t]*(?P<b3_mon>{mon})(?![\w])",
            # a month alone: November / in May
            rf"{WB}(?P<b4_mon>{mon})(?![\w])",
        ]
        part_words = {k.split()[0].rstrip("-") for k in list(d.year_parts) + list(d.month_parts)} - {"the"}
        gate_words = ["week", "wk", "last", "final", "fifth", "5th"] + [h.split()[0] for h in d.holidays] + list(pat.months) + list(part_words) + list(d.halves) + list(d.quarters) + list(pat.ordinals) + ["twenty", "thirty"]
        gate = rf"(?=\d|[QqHh][1-4]|{WB}(?:{alternation(gate_words)}|the[ \t]+{alternation(part_words)}))"
        self.absolute = re.compile(gate + "(?:" + "|".join(alts) + ")", re.IGNORECASE)
        self.months_amb = pat.ambiguous_months
        num_words = sorted(list(pat.units) + list(pat.tens), key=len, reverse=True)
        numw = r"(?:\d+|" + alternation(num_words) + r"(?:[ \t-]" + alternation(pat.units) + r")?|an?|several|a[ \t]+few|few)"
        units = alternation(d.units)
        rel = alternation(d.relative_words)
        wd = alternation([w for w in pat.weekdays if len(w) > 3])
        rel_alts = [
            rf"{WB}(?P<r1>today|tomorrow|yesterday|tmrw|otd){WE}",
            rf"{WB}(?P<r8>year[ \t-]+to[ \t-]+date|ytd){WE}",
            rf"{WB}(?<!up[ \t])(?<!equals[ \t])(?P<r8b>(?:till|to|until)[ \t]+date){WE}(?![ \t]*[-/])",
            # first 11 months of 2024 / the past six months / the next three years
            rf"{WB}(?P<r3_dir>last|past|next|previous|prior|coming|following|upcoming|first|final|remaining)[ \t]+(?P<r3_num>{numw})[ \t]+(?P<r3_unit>{units})(?:[ \t]+of[ \t]+(?:(?P<r3_year>(?:1[5-9]|20|21)\d\d)|(?P<r3_rel>this|last|next|the)[ \t]+year))?{WE}",
            # two days after today / three weeks from tomorrow / 2 days before yesterday
            rf"{WB}(?P<rd_num>{numw})[ \t]+(?P<rd_unit>{units})[ \t]+(?P<rd_dir>after|before|from)[ \t]+(?P<rd_ref>today|tomorrow|tmrw|yesterday|now){WE}",
            # less than two months later / a year ago / three weeks from now
            rf"{WB}(?P<r4_num>{numw})[ \t]+(?P<r4_unit>{units})(?:[ \t]+and[ \t]+(?P<r4_num2>{numw})[ \t]+(?P<r4_unit2>{units}))?[ \t]+(?P<r4_dir>later|afterwards|earlier|ago|from[ \t]+now|hence|before|after){WE}",
            # in two years / within three months
            rf"{WB}(?P<r5_in>in|within)[ \t]+(?:the[ \t]+next[ \t]+)?(?P<r5_num>{numw})[ \t]+(?P<r5_unit>{units})(?:'s?)?(?:[ \t]+time)?{WE}(?![ \t]+(?:since|of|after|before|from|ago|later))",
            # the first half of the year / second half of last year / Q1
            rf"{WB}(?P<r9_which>{halves}|{quarters})(?:[ \t]+of[ \t]+(?P<r9_of>the[ \t]+year|this[ \t]+year|last[ \t]+year|next[ \t]+year|the[ \t]+previous[ \t]+year|the[ \t]+following[ \t]+year|that[ \t]+year|the[ \t]+same[ \t]+year))?{WE}",
            # earlier this year / the end of this month / later in the year
            rf"{WB}(?P<r10_part>{parts_year}|earlier|later)[ \t]+(?:in[ \t]+)?(?:(?P<r10_rel>this|last|next|the)[ \t]+)?(?P<r10_unit>year|month){WE}",
            # last year / this month / next week / the same year / that year
            rf"{WB}(?P<r2_rel>{rel}|that)[ \t]+(?:calendar[ \t]+)?(?P<r2_unit>week|weekend|workweek|working[ \t]+week|month|quarter|year|decade|fortnight)(?:'s)?{WE}",
            # this August / last November / next May
            rf"{WB}(?P<rm_rel>this|last|next|coming|past|previous)[ \t]+(?P<rm_mon>{mon}){WE}",
            # 5 upcoming years / 10 previous weeks
            rf"{WB}(?P<ru_num>{numw})[ \t]+(?P<ru_dir>upcoming|next|coming|following|past|previous|last)[ \t]+(?P<ru_unit>{alternation([u for u in d.units if u.endswith('s')])}){WE}",
            # last Friday / next Monday / on Tuesday
            rf"{WB}(?:(?P<r7_rel>last|this|next|previous|coming|following|past|upcoming)[ \t]+)?(?P<r7_wd>{wd}){WE}",
        ]
        rel_gate_words = (
            ["today", "tomorrow", "yesterday", "tmrw", "otd", "year", "ytd", "within", "earlier", "later", "several", "few"]
            + ["last", "past", "next", "previous", "prior", "coming", "following", "upcoming", "first", "final", "remaining"]
            + list(pat.units) + list(pat.tens) + list(d.halves) + list(d.quarters) + list(part_words)
            + [k.split()[0] for k in d.relative_words] + [w for w in pat.weekdays if len(w) > 3]
        )
        # Common words open the regex only before the words that can follow them.
        common = rf"(?:till|to|until)[ \t]+date|in[ \t]+(?:the[ \t]+next[ \t]+)?(?:\d|{alternation(list(pat.units) + list(pat.tens) + ['a', 'an', 'several', 'few'])}(?![\w]))|an?[ \t]+(?:few[ \t]+)?{units}|that[ \t]+(?:week|month|year|quarter|decade)"
        rel_gate = rf"(?=\d|[QqHh][1-4]|{WB}(?:{alternation(rel_gate_words)}){WE}|{WB}(?:{common}))"
        self.relative = re.compile(rel_gate + "(?:" + "|".join(rel_alts) + ")", re.IGNORECASE)
        self.offset_qualifier = re.compile(
            rf"{WB}(?P<q>less[ \t]+than|more[ \t]+than|nearly|almost|about|some|over|just|only|roughly|around|barely)[ \t]+$", re.IGNORECASE
        )
        self.the_before = re.compile(r"(?<![\w])the[ \t]+$", re.IGNORECASE)
        self.bound_before = re.compile(
            rf"{WB}(?P<b>{alternation(d.since_words + d.until_words + ['as of', 'in', 'on', 'during'])})[ \t]+(?:the[ \t]+)?(?:(?:year|calendar[ \t]+year|cy)[ \t]+)?$",
            re.IGNORECASE,
        )
        self.bound_after = re.compile(r"[ \t]*(?:,[ \t]*)?(?P<b>and[ \t]+later|or[ \t]+later|and[ \t]+after|or[ \t]+after|onwards?|and[ \t]+beyond|and[ \t]+greater|or[ \t]+greater)(?![\w])(?![ \t]+[\w])", re.IGNORECASE)
        self.joiner = re.compile(r"[ \t]*(?:-|~|to|through|thru|till|until|and)[ \t]*(?:the[ \t]+)?", re.IGNORECASE)
        self.present = re.compile(
            rf"[ \t]*(?:-|to|till|until|through|and)[ \t]+(?P<p>{alternation(d.present_words)})(?![\w])", re.IGNORECASE
        )
        self.opener = re.compile(rf"{WB}(?P<o>from|between|in)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
        # "for 3 days starting next Monday", "2 weeks starting May 20th", "for 1 week, from 20th dec"
        self.length_before = re.compile(
            rf"{WB}(?:for[ \t]+)?(?P<n>{numw})[ \t]+(?P<unit>{units})[ \t]*,?[ \t]*(?:starting|beginning|commencing|from)(?:[ \t]+(?:from|on|in))?[ \t]+$",
            re.IGNORECASE,
        )
        # "the week of April 10th", "the week beginning February 4", "w/c Feb 4"
        self.week_of_before = re.compile(
            rf"{WB}(?:(?:the[ \t]+)?week[ \t]+(?:of|beginning|starting|commencing)(?:[ \t]+on)?|w/c)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
        )
        # "the 15th day of next month", "the twenty third day of September"
        self.day_of = re.compile(
            rf"{WB}(?:the[ \t]+)?(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|{dayw})[ \t]+day[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
        )
        self.since = {w.lower() for w in d.since_words}
        self.until = {w.lower() for w in d.until_words}


def _num(text: str, pat: Patterns) -> int | None:
    t = text.lower().replace("-", " ").split()
    if not t:
        return None
    if t[0].isdigit():
        return int(t[0])
    if t[0] in ("a", "an"):
        return 1
    if t[0] in ("several", "few") or t[:2] == ["a", "few"]:
        return None
    v = 0
    for w in t:
        if w in pat.units:
            v += pat.units[w]
        elif w in pat.tens:
            v += pat.tens[w]
        else:
            return None
    return v


def _month(text: str, pat: Patterns) -> int:
    return pat.months[text.lower().rstrip(".")]


def _day(text: str, dp: DatePatterns) -> int | None:
    t = text.lower().strip()
    m = re.match(r"\d+", t)
    if m:
        return int(m.group(0))
    parts = re.split(r"[ \t-]+", t)
    v = 0
    for p in parts:
        if p in ("twenty",):
            v += 20
        elif p in ("thirty",):
            v += 30
        elif p in dp.ordinal_words:
            v += dp.ordinal_words[p]
        else:
            return None
    return v or None


def _year2(text: str) -> int:
    t = text.strip("'")
    if len(t) == 2:
        return cal.expand_year(int(t))
    return int(t)


def absolute_hits(norm: str, dp: DatePatterns) -> list[DateHit]:
    pat = dp.pat
    out: list[DateHit] = []
    for m in dp.absolute.finditer(norm):
        g = m.groupdict()
        hit: DateHit | None = None
        s, e = m.start(), m.end()
        try:
            if g["a1_mon"]:
                hit = _ymd(s, e, int(g["a1_year"]), _month(g["a1_mon"], pat), _day(g["a1_day"], dp))
            elif g["a2_mon"]:
                hit = _ymd(s, e, _year2(g["a2_year"]), _month(g["a2_mon"], pat), _day(g["a2_day"], dp))
            elif g["a3_year"]:
                hit = _ymd(s, e, int(g["a3_year"]), int(g["a3_mm"]), int(g["a3_dd"]))
            elif g["a4_year"]:
                mon = g["a4_mon"] or g["a4_mon2"]
                hit = _ymd(s, e, int(g["a4_year"]), _month(mon, pat), int(g["a4_dd"] or g["a4_dd2"]))
            elif g["a5_mon"] or g["a5_mon2"] or g["a5_mon3"] or g["a5_mon4"]:
                mon = g["a5_mon"] or g["a5_mon2"] or g["a5_mon3"] or g["a5_mon4"]
                dd = g["a5_dd"] or g["a5_dd2"] or g["a5_dd3"] or g["a5_dd4"]
                yy = g["a5_year"] or g["a5_year2"] or g["a5_year3"] or g["a5_year4"]
                hit = _ymd(s, e, int(yy), _month(mon, pat), int(dd))
            elif g["a6_a"]:
                a, b = int(g["a6_a"]), int(g["a6_b"])
                y = _year2(g["a6_year"])
                if a > 12 and b <= 12:
                    a, b = b, a
                hit = _ymd(s, e, y, a, b)
            elif g["a7"]:
                t = g["a7"]
                hit = _ymd(s, e, int(t[:4]), int(t[4:6]), int(t[6:]))
            elif g["a8_qh"] or g["a9_qh"]:
                qh = (g["a8_qh"] or g["a9_qh"]).lower()
                y = int(g["a8_year"] or g["a9_year"])
                p = Partial(y, quarter=int(qh[1])) if qh[0] == "q" else Partial(y, half=int(qh[1]))
                if qh[0] == "h" and int(qh[1]) > 2:
                    continue
                hit = partial_hit(s, e, p)
            elif g["a10_which"]:
                hit = partial_hit(s, e, _which(g["a10_which"], int(g["a10_year"]), pat))
            elif g["a11_part"]:
                part = " ".join(g["a11_part"].lower().split())
                y = int(g["a11_year"])
                if g["a11_mon"]:
                    days = pat.dates.month_parts.get(part) or pat.dates.month_parts.get(part.rstrip("-"))
                    if days is None:
                        continue
                    hit = partial_hit(s, e, Partial(y, month=_month(g["a11_mon"], pat), days=days))
                else:
                    months = pat.dates.year_parts.get(part) or pat.dates.year_parts.get(part.rstrip("-"))
                    if months is None:
                        continue
                    hit = partial_hit(s, e, Partial(y, months=months))
            elif g["a12_dec"]:
                y = int(g["a12_dec"])
                hit = DateHit(s, e, Kind.PERIOD, _fixed((date(y, 1, 1), date(y + 10, 1, 1))), True, detail={"unit": "decade"})
            elif g["a13_cent"]:
                c = int(g["a13_cent"])
                if not 1 <= c <= 22:
                    continue
                y = (c - 1) * 100
                hit = DateHit(s, e, Kind.PERIOD, _fixed((date(max(y, 1), 1, 1), date(y + 100, 1, 1))), True, detail={"unit": "century"})
            elif g["a14_mon"]:
                if g["a14_mon"].lower().rstrip(".") in dp.months_amb and not g["a14_mon"][0].isupper() and g["a14_mon"].lower() == "may":
                    continue
                hit = partial_hit(s, e, Partial(_year2(g["a14_year"]), month=_month(g["a14_mon"], pat)))
            elif g["a15_mon"]:
                if g["a15_mon"].lower().rstrip(".") in dp.months_amb and g["a15_mon"].lower() in ("may", "march"):
                    continue
                hit = partial_hit(s, e, Partial(int(g["a15_year"]), month=_month(g["a15_mon"], pat)))
            elif g["fy_year"]:
                y = int(g["fy_year"])
                if int(g["fy_next"]) != (y + 1) % 100:
                    mm = int(g["fy_next"])
                    if 1 <= mm <= 12 and norm[m.start("fy_next") - 1] == "-":
                        hit = partial_hit(s, e, Partial(y, month=mm))  # "2015-12": a month
                        out.append(hit)
                    continue
                hit = DateHit(s, e, Kind.PERIOD, _fixed((date(y, 1, 1), date(y + 2, 1, 1))), True, unit_of=_fixed(cal.year_interval(y + 1)), detail={"span": "range"})
            elif g["a16_year"] or g["a16_year2"]:
                y = int(g["a16_year"] or g["a16_year2"])
                mm = int(g["a16_mm"] or g["a16_mm2"])
                hit = partial_hit(s, e, Partial(y, month=mm))
            elif g["wk_n"]:
                n_text = g["wk_n"].lower()
                nth = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}.get(n_text, -1)
                mm = _month(g["wk_mon"], pat) if g["wk_mon"] else None
                yy = g["wk_year"] or g["wk_year2"]
                rel = (g["wk_rel"] or "").lower()
                unit = (g["wk_unit"] or "").lower()

                def week_of(a: Anchor | None, nth=nth, mm=mm, yy=yy, rel=rel, unit=unit) -> Interval | None:
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
                    return _nth_week(y, m_, nth)

                absolute = bool(yy)
                hit = DateHit(s, e, Kind.DATE, week_of, absolute, priority=100 if absolute else 90)
            elif g["wn"]:
                wn = int(g["wn"])
                yy = g["wn_year"]
                off = {"last": -1, "next": 1, "this": 0}.get((g["wn_rel"] or "").lower(), 0)

                def iso_week(a: Anchor | None, wn=wn, yy=yy, off=off) -> Interval | None:
                    y = int(yy) if yy else (a[0].year + off if a is not None else None)
                    if y is None:
                        return None
                    monday = date.fromisocalendar(y, wn, 1)
                    return monday, monday + timedelta(days=7)

                hit = DateHit(s, e, Kind.DATE, iso_week, bool(yy), priority=100 if yy else 90)
            elif g["s1_mon1"]:
                y = int(g["s1_year"])
                m1, m2 = _month(g["s1_mon1"], pat), _month(g["s1_mon2"], pat)
                p1 = Partial(y - (1 if m1 > m2 else 0), month=m1)
                p2 = Partial(y, month=m2)
                hit = DateHit(s, e, Kind.PERIOD, _fixed((p1.interval()[0], p2.interval()[1])), True, unit_of=_fixed(p2.interval()), detail={"span": "range"})
            elif g["s2_mon"]:
                mm = _month(g["s2_mon"], pat)
                d1, d2 = _day(g["s2_d1"], dp), _day(g["s2_d2"], dp)
                if not (d1 and d2 and d1 < d2 and cal.valid_day(2000, mm, d2)):
                    continue
                pa, pb = Partial(None, month=mm, day=d1), Partial(None, month=mm, day=d2)
                if g["s2_year"]:
                    y = int(g["s2_year"])
                    hit = DateHit(s, e, Kind.PERIOD, _fixed((pa.interval(y)[0], pb.interval(y)[1])), True, unit_of=_fixed(pb.interval(y)), detail={"span": "range"})
                else:
                    hit = DateHit(
                        s, e, Kind.PERIOD, lambda a, pa=pa, pb=pb: (pa.interval(a[0].year)[0], pb.interval(a[0].year)[1]) if a else None, False,
                        unit_of=lambda a, pb=pb: pb.interval(a[0].year) if a else None, priority=90, detail={"span": "range"},
                    )
            elif g["h_name"]:
                md = pat.dates.holidays[" ".join(g["h_name"].lower().split())]
                mm, dd = int(md[:2]), int(md[3:])
                yy = int(g["h_year"]) if g["h_year"] else None
                hit = partial_hit(s, e, Partial(yy, month=mm, day=dd))
            elif g["n_a"]:
                if not _NUMERIC_DATE_CONTEXT.search(norm, max(0, s - 12), s):
                    continue
                a_, b_ = int(g["n_a"]), int(g["n_b"])
                mm, dd = (a_, b_) if a_ <= 12 else (b_, a_)
                if not cal.valid_day(2000, mm, dd):
                    continue
                hit = partial_hit(s, e, Partial(None, month=mm, day=dd))
            elif g["dm_day"]:
                dd = int(g["dm_day"])
                hit = DateHit(s - 4, e, Kind.DATE, lambda a, dd=dd: cal.day_interval(date(a[0].year, a[0].month, dd)) if a else None, False, priority=90)
            elif g["z_year"]:
                y = int(g["z_year"])
                if g["z_day"]:
                    hit = _ymd(s, e, y, int(g["z_mon"]), int(g["z_day"]))
                elif g["z_mon"]:
                    hit = partial_hit(s, e, Partial(y, month=int(g["z_mon"])))
                else:
                    hit = partial_hit(s, e, Partial(y))
            elif g["z_mon2"]:
                mm, dd = int(g["z_mon2"]), int(g["z_day2"])
                if cal.valid_day(2000, mm, dd):
                    hit = partial_hit(s, e, Partial(None, month=mm, day=dd))
            elif g["b1_mon"] or g["b2_mon"]:
                b = "b1" if g["b1_mon"] else "b2"  # month before or after the day: read the same way
                if not _month_context(norm, m.start(f"{b}_mon"), g[f"{b}_mon"], dp, with_day=True):
                    continue
                dd = _day(g[f"{b}_day"], dp)
                mm = _month(g[f"{b}_mon"], pat)
                if dd and cal.valid_day(2000, mm, dd):
                    hit = partial_hit(s, e, Partial(None, month=mm, day=dd))
            elif g["b3_mon"]:
                part = " ".join(g["b3_part"].lower().split())
                days = pat.dates.month_parts.get(part) or pat.dates.month_parts.get(part.rstrip("-"))
                if days is not None:
                    hit = partial_hit(s, e, Partial(None, month=_month(g["b3_mon"], pat), days=days))
            elif g["b4_mon"]:
                if not _month_context(norm, m.start("b4_mon"), g["b4_mon"], dp, with_day=False):
                    continue
                hit = partial_hit(s, e, Partial(None, month=_month(g["b4_mon"], pat)))
        except (ValueError, OverflowError, KeyError):
            continue
        if hit is not None:
            if (g["a2_day"] or g["a10_which"] or g["a12_dec"] or g["b2_day"] or g["wk_n"]) and dp.the_before.search(norm, max(0, s - 5), s):
                hit.start = dp.the_before.search(norm, max(0, s - 5), s).start()
            out.append(hit)
    return out


_NUMERIC_DATE_CONTEXT = re.compile(
    r"(?<![\w])(?:on|from|to|by|since|until|till|between|through|this|next|last|due|dated|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[ \t]+$|[-~][ \t]*$",
    re.IGNORECASE,
)


_MONTH_PREPS = re.compile(
    r"(?<![\w])(?:in|since|by|until|till|from|before|after|during|of|early|late|mid|this|last|next|to|through|between|and|as of|end of|beginning of|start of|starting|ending|on|until|the)[ \t-]+$",
    re.IGNORECASE,
)


_STRONG_PREPS = re.compile(
    r"(?<![\w])(?:in|since|by|until|till|from|before|after|during|of|early|late|mid|between|through|end of|beginning of|start of)[ \t-]+$",
    re.IGNORECASE,
)


def _month_context(norm: str, pos: int, word: str, dp: DatePatterns, *, with_day: bool) -> bool:
    """Ambiguous month names ("May", "Mar", "Sept") need a preposition or a capital letter."""
    low = word.lower().rstrip(".")
    if low not in dp.months_amb and len(low) > 3:
        return True
    if low == "may" and not word[0].isupper() and not _STRONG_PREPS.search(norm, max(0, pos - 14), pos):
        return False
    if low == "may" and word[0].isupper():
        # "May I ask" / sentence-initial modal
        nxt = norm[pos + 3 : pos + 8].strip().split(" ")[0] if pos + 3 < len(norm) else ""
        if nxt.lower() in ("i", "we", "you", "he", "she", "it", "they", "be", "not", "have", "also", "well"):
            return False
        if not with_day and not _MONTH_PREPS.search(norm, max(0, pos - 14), pos):
            return False
    if with_day:
        return word[0].isupper() or bool(_MONTH_PREPS.search(norm, max(0, pos - 14), pos)) or low not in ("may", "march", "mar")
    if len(low) <= 3 or low == "march":
        return bool(_MONTH_PREPS.search(norm, max(0, pos - 14), pos)) and (word[0].isupper() or low != "march")
    return True


def _ymd(s: int, e: int, y: int, mm: int, dd: int | None) -> DateHit | None:
    if dd is None or not cal.valid_day(y, mm, dd):
        return None
    return partial_hit(s, e, Partial(y, month=mm, day=dd))


def _which(text: str, year: int | None, pat: Patterns) -> Partial:
    key = " ".join(text.lower().split())
    if key in pat.dates.halves:
        return Partial(year, half=pat.dates.halves[key])
    return Partial(year, quarter=pat.dates.quarters[key])


# ------------------------------------------------------------------ relative


def relative_hits(norm: str, dp: DatePatterns) -> list[DateHit]:
    pat = dp.pat
    out: list[DateHit] = []
    for m in dp.relative.finditer(norm):
        g = m.groupdict()
        s, e = m.start(), m.end()
        hit: DateHit | None = None
        if g["r1"]:
            off = {"today": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1, "otd": 0}[g["r1"].lower()]
            hit = _rel(s, e, Kind.DATE, lambda a, off=off: cal.day_interval(a[0] + timedelta(days=off)))
        elif g["r8"]:
            hit = _rel(s, e, Kind.PERIOD, lambda a: (date(a[0].year, 1, 1), a[0]))
        elif g["r8b"]:
            hit = _rel(s, e, Kind.PERIOD, lambda a: (None, a[0]))
            hit.qualifier = Qualifier.UPPER_BOUND
        elif g["r3_dir"]:
            n = _num(g["r3_num"], pat)
            unit = pat.dates.units[g["r3_unit"].lower()]
            if n is None:
                continue
            hit = _rolling(s, e, g["r3_dir"].lower(), n, unit, g["r3_year"], g["r3_rel"])
        elif g["r4_dir"]:
            n = _num(g["r4_num"], pat)
            if n is None:
                continue
            unit = pat.dates.units[g["r4_unit"].lower()]
            extra = None
            if g["r4_num2"]:
                n2 = _num(g["r4_num2"], pat)
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
            n = _num(g["r5_num"], pat)
            if n is None:
                continue
            unit = pat.dates.units[g["r5_unit"].lower()]
            if "next" in m.group(0).lower():
                hit = _rolling(s, e, "next", n, unit, None, None)
            elif g["r5_in"].lower() == "within":
                hit = _rel(s, e, Kind.PERIOD, lambda a, n=n, u=unit: (a[0], cal.shift(a[0], u, n)))
            else:
                hit = _rel(s, e, Kind.DATE, lambda a, n=n, u=unit: cal.day_interval(cal.shift(a[0], u, n)))
        elif g["r9_which"]:
            which = g["r9_which"]
            of = " ".join((g["r9_of"] or "").lower().split())
            off = {"": 0, "the year": 0, "this year": 0, "that year": 0, "the same year": 0, "last year": -1, "the previous year": -1, "next year": 1, "the following year": 1}.get(of, 0)
            try:
                part = _which(which, None, pat)
            except KeyError:
                qh = which.lower()
                if qh[0] == "h" and int(qh[1]) > 2:
                    continue
                part = Partial(None, quarter=int(qh[1])) if qh[0] == "q" else Partial(None, half=int(qh[1]))
            hit = _rel(s, e, Kind.DATE, lambda a, p=part, off=off: p.interval(a[0].year + off))
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
                hit = _rel(s, e, Kind.PERIOD, lambda a, u=unit: (cal.shift(a[0], u, -1), a[0]))
            else:
                hit = _rel(s, e, Kind.DATE, lambda a, u=unit, off=off: _unit_offset(a, u, off))
                if unit == "week":
                    hit.detail["_week"] = str(off)
                if unit == "month":
                    hit.detail["_month_unit"] = "1"
        elif g["rm_mon"]:
            if g["rm_mon"].lower() in ("may", "march", "mar") and not g["rm_mon"][0].isupper():
                continue  # "this may be", "this march"
            mm = _month(g["rm_mon"], pat)
            rel = g["rm_rel"].lower()
            hit = _rel(s, e, Kind.DATE, lambda a, mm=mm, rel=rel: cal.month_interval(_month_year(a[0], mm, rel), mm))
        elif g["ru_dir"]:
            n = _num(g["ru_num"], pat)
            if n is None:
                continue
            d_ = g["ru_dir"].lower()
            direction = "past" if d_ in ("past", "previous", "last") else "next"
            hit = _rolling(s, e, direction, n, pat.dates.units[g["ru_unit"].lower()], None, None)
        elif g["rd_dir"]:
            n = _num(g["rd_num"], pat)
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
            hit = _rel(s, e, Kind.DATE, lambda a, wd=wd, rel=rel: cal.day_interval(_weekday(a[0], wd, rel)))
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


def _rel(s: int, e: int, kind: Kind, fn: Callable[[Anchor], Interval]) -> DateHit:
    def compute(anchor: Anchor | None) -> Interval | None:
        if anchor is None:
            return None
        try:
            return fn(anchor)
        except (ValueError, OverflowError):
            return None

    return DateHit(s, e, kind, compute, False, priority=90)


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
            return DateHit(s, e, Kind.PERIOD, _fixed(iv), True)
        return _rel(s, e, Kind.PERIOD, fn)

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

    return _rel(s, e, Kind.PERIOD, fn2)


def _nth_week(year: int, month: int | None, nth: int) -> Interval:
    """Monday-to-Monday week: the nth of a month holds its day 4 + 7(n-1) (ISO's Thursday rule);
    the last holds the month's last day minus 3; without a month, ISO week n of the year."""
    if month is None:
        if nth < 0:
            monday = date.fromisocalendar(year, date(year, 12, 28).isocalendar()[1], 1)
        else:
            monday = date.fromisocalendar(year, nth, 1)
        return monday, monday + timedelta(days=7)
    if nth < 0:
        day = date(year, month, cal.last_day(year, month)) - timedelta(days=3)
    else:
        day = date(year, month, 4) + timedelta(days=7 * (nth - 1))
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)


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
        hit = _rel(s, e, core.kind, lambda a: core.compute(ref(a)))
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

        hit = _rel(s, e, Kind.PERIOD, fn)
        hit.qualifier = Qualifier.UPPER_BOUND
        return hit
    if q in ("more than", "over"):
        def fn3(a: Anchor) -> Interval:
            if sign > 0:
                return move(far_end(a), 1), None
            return None, move(a[0], -1)

        hit = _rel(s, e, Kind.PERIOD, fn3)
        hit.qualifier = Qualifier.LOWER_BOUND
        return hit

    def fn4(a: Anchor) -> Interval:
        lo, hi = a
        if (hi - lo).days <= 1:
            d = move(lo, sign)
            return d, d + timedelta(days=1)
        return move(lo, sign), move(hi, sign)

    hit = _rel(s, e, Kind.DATE, fn4)
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

        return _rel(s, e, Kind.PERIOD, fn)
    table = pat.dates.year_parts if unit == "year" else pat.dates.month_parts
    rng = table.get(part) or table.get(part.rstrip("-"))
    if rng is None:
        return None

    def fn2(a: Anchor) -> Interval:
        d = cal.shift(a[0], unit, off)
        if unit == "year":
            return Partial(d.year, months=rng).interval()
        return Partial(d.year, month=d.month, days=rng).interval()

    return _rel(s, e, Kind.PERIOD, fn2)


# ------------------------------------------------------------------ combining


def combine(norm: str, hits: list[DateHit], dp: DatePatterns) -> list[DateHit]:
    """Join "X to Y" into periods and apply "since/before/by X" bounds."""
    hits = _dedupe(_merge_weekdays(norm, sorted(hits, key=lambda h: (h.start, -h.end))))
    out: list[DateHit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        if i + 1 < len(hits):
            nxt = hits[i + 1]
            m = dp.joiner.fullmatch(norm, h.end, nxt.start) if nxt.start > h.end else None
            if m is not None and _joinable(norm, h, nxt, m.group(0), dp):
                out.append(_span(norm, h, nxt, dp))
                i += 2
                continue
        pm = dp.present.match(norm, h.end)
        if pm is not None:
            out.append(_to_present(norm, h, pm.end(), dp))
            i += 1
            continue
        h = _with_length_or_week(norm, h, dp)
        if h.detail.get("span") == "range":
            opener = dp.opener.search(norm, max(0, h.start - 16), h.start)
            if opener and opener.group("o").lower() in ("from", "between"):
                h.start = opener.start()
        out.append(_bounded(norm, h, dp))
        i += 1
    return out


_WEEKDAY_GLUE = re.compile(r"[ \t]*(?:,|\(|-|the)?[ \t]*")


_WEEK_THEN_DAY = re.compile(r"[ \t]*(?:-[ \t]*|on[ \t]+|,[ \t]*)?", re.IGNORECASE)
_DAY_OF_WEEK = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?", re.IGNORECASE)


def _day_in_week(start: int, end: int, week: DateHit, wd: int) -> DateHit:
    """"next week Monday", "tuesday of next week": that weekday inside the named week."""

    def compute(a: Anchor | None) -> Interval | None:
        iv = week.compute(a)
        if iv is None or iv[0] is None:
            return None
        return cal.day_interval(iv[0] + timedelta(days=wd))

    return DateHit(start, end, Kind.DATE, compute, week.absolute, priority=week.priority, deictic=week.deictic)


def _merge_weekdays(norm: str, hits: list[DateHit]) -> list[DateHit]:
    """"Friday 7/6", "Tue May 9", "this Friday (jun-15)": the weekday only confirms the date after it.
    "next week Monday" and "Monday of next week" name one day of that week."""
    out: list[DateHit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        if i + 1 < len(hits):
            nxt = hits[i + 1]
            if "_week" in h.detail and "_weekday_index" in nxt.detail and _WEEK_THEN_DAY.fullmatch(norm, h.end, nxt.start):
                out.append(_day_in_week(h.start, nxt.end, h, int(nxt.detail["_weekday_index"])))
                i += 2
                continue
            if "_weekday_index" in h.detail and "_week" in nxt.detail and _DAY_OF_WEEK.fullmatch(norm, h.end, nxt.start):
                out.append(_day_in_week(h.start, nxt.end, nxt, int(h.detail["_weekday_index"])))
                i += 2
                continue
        if h.detail.get("weekday") and i + 1 < len(hits):
            nxt = hits[i + 1]
            m = _WEEKDAY_GLUE.fullmatch(norm, h.end, nxt.start) if nxt.start >= h.end else None
            if m is not None and nxt.partial is not None and nxt.partial.day is not None:
                nxt.start = h.start
                if norm[nxt.end : nxt.end + 1] == ")" and "(" in norm[h.end : nxt.start + 40]:
                    nxt.end += 1
                out.append(nxt)
                i += 2
                continue
        out.append(h)
        i += 1
    return out


def _with_length_or_week(norm: str, h: DateHit, dp: DatePatterns) -> DateHit:
    """A date with a length before it ("2 weeks starting May 20th"), the week of a day
    ("the week of April 10th"), or a day of a month ("the 15th day of next month")."""
    lo = max(0, h.start - 48)
    m = dp.length_before.search(norm, lo, h.start)
    if m is not None:
        n = _num(m.group("n"), dp.pat)
        unit = dp.pat.dates.units.get(m.group("unit").lower())
        if n and unit:
            inner = h.compute

            def spanned(a: Anchor | None, n=n, unit=unit) -> Interval | None:
                iv = inner(a)
                if iv is None or iv[0] is None:
                    return None
                return iv[0], cal.shift(iv[0], unit, n)

            return DateHit(m.start(), h.end, Kind.PERIOD, spanned, h.absolute, unit_of=h.compute, priority=h.priority)
    m = dp.week_of_before.search(norm, lo, h.start)
    if m is not None and h.partial is not None and h.partial.day is not None:
        inner = h.compute

        def week(a: Anchor | None) -> Interval | None:
            iv = inner(a)
            return cal.unit_interval(iv[0], "week") if iv is not None and iv[0] is not None else None

        return DateHit(m.start(), h.end, Kind.DATE, week, h.absolute, unit_of=h.compute, priority=h.priority)
    m = dp.day_of.search(norm, lo, h.start)
    if m is not None and (h.partial is not None and h.partial.day is None and h.partial.month is not None or "_month_unit" in h.detail):
        dd = _day(m.group("day"), dp)
        if dd:
            inner = h.compute

            def day_of(a: Anchor | None, dd=dd) -> Interval | None:
                iv = inner(a)
                if iv is None or iv[0] is None:
                    return None
                return cal.day_interval(date(iv[0].year, iv[0].month, dd))

            return DateHit(m.start(), h.end, Kind.DATE, day_of, h.absolute, unit_of=h.compute, priority=h.priority)
    return h


def _dedupe(hits: list[DateHit]) -> list[DateHit]:
    out: list[DateHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            prev = out[-1]
            contains = h.start <= prev.start and h.end >= prev.end
            if contains or (prev.start > h.start or prev.end < h.end) and (h.priority, h.end - h.start) > (prev.priority, prev.end - prev.start):
                out[-1] = h
            continue
        out.append(h)
    return out


def _joinable(norm: str, a: DateHit, b: DateHit, joiner: str, dp: DatePatterns) -> bool:
    j = joiner.strip().lower()
    if re.match(r"-\d", norm[b.end : b.end + 2]) or re.search(r"\d-$", norm[max(0, a.start - 2) : a.start]):
        return False  # "138-2010-2015": a phone number, not a period
    opener = dp.opener.search(norm, max(0, a.start - 16), a.start)
    if j.startswith("and") and not (opener and opener.group("o").lower() == "between"):
        return False
    if a.partial is None or b.partial is None:
        return False
    if a.detail.get("unit") or b.detail.get("unit"):
        return a.detail.get("unit") == b.detail.get("unit")
    return True


def _span(norm: str, a: DateHit, b: DateHit, dp: DatePatterns) -> DateHit:
    pa, pb = a.partial, b.partial
    assert pa is not None and pb is not None
    opener = dp.opener.search(norm, max(0, a.start - 16), a.start)
    start = opener.start() if opener and opener.group("o").lower() in ("from", "between") else a.start

    def fix(anchor: Anchor | None) -> tuple[Partial, Partial] | None:
        xa, xb = pa, pb
        if xa.year is None and xb.year is not None:
            y = xb.year - (1 if xa.order > xb.order else 0)
            xa = xa.with_year(y)
        elif xb.year is None and xa.year is not None:
            y = xa.year + (1 if xb.order < xa.order else 0)
            xb = xb.with_year(y)
        elif xa.year is None and xb.year is None:
            if anchor is None:
                return None
            y = anchor[0].year
            xa = xa.with_year(y)
            xb = xb.with_year(y + (1 if xb.order < xa.order else 0))
        # "November 18-19": a bare day after a month is that month's
        return xa, xb

    def compute(anchor: Anchor | None) -> Interval | None:
        f = fix(anchor)
        if f is None:
            return None
        xa, xb = f
        try:
            return xa.interval()[0], xb.interval()[1]
        except ValueError:
            return None

    def unit_of(anchor: Anchor | None) -> Interval | None:
        f = fix(anchor)
        return f[1].interval() if f else None

    absolute = pa.year is not None or pb.year is not None
    return DateHit(start, b.end, Kind.PERIOD, compute, absolute, unit_of=unit_of, detail={"span": "range"})


def _to_present(norm: str, h: DateHit, end: int, dp: DatePatterns) -> DateHit:
    opener = dp.opener.search(norm, max(0, h.start - 16), h.start)
    start = opener.start() if opener and opener.group("o").lower() in ("from", "between") else h.start

    def compute(anchor: Anchor | None) -> Interval | None:
        iv = h.compute(anchor)
        if iv is None:
            return None
        return iv[0], None  # the end is the published date, filled in by api.py

    word = norm[h.end : end].split()[-1].lower() if norm[h.end : end].split() else ""
    offset = dp.pat.dates.deictic_days.get(word, 0)
    hit = DateHit(start, end, Kind.PERIOD, compute, h.absolute, unit_of=h.unit_of or h.compute, detail={"until": "present"})
    if offset:
        hit.detail["present_offset_days"] = str(offset)
    return hit


def _bounded(norm: str, h: DateHit, dp: DatePatterns) -> DateHit:
    m = dp.bound_before.search(norm, max(0, h.start - 24), h.start)
    if m is None or " ".join(m.group("b").lower().split()) in ("in", "on", "during", "from", "as of"):
        after = dp.bound_after.match(norm, h.end)
        if after is not None:
            return _wrap(h, h.start, after.end(), "since", dp)
    if m is None:
        return h
    word = " ".join(m.group("b").lower().split())
    if word in ("in", "on", "during", "from", "as of"):
        return h
    return _wrap(h, m.start(), h.end, word, dp)


def _wrap(h: DateHit, start: int, end: int, word: str, dp: DatePatterns) -> DateHit:
    inner = h.compute
    if word in ("since", "starting", "starting from", "starting in", "beginning", "as early as", "no earlier than", "not earlier than"):
        fn = lambda iv: (iv[0], None)  # noqa: E731
        q = Qualifier.LOWER_BOUND
    elif word in ("after", "later than"):
        fn = lambda iv: (iv[1], None)  # noqa: E731
        q = Qualifier.LOWER_BOUND
    elif word in ("before", "prior to", "earlier than", "ahead of", "no later than", "not later than"):
        fn = lambda iv: (None, iv[0])  # noqa: E731
        q = Qualifier.UPPER_BOUND
    elif word in ("by", "until", "till", "up to", "through", "to", "as late as"):
        fn = lambda iv: (None, iv[1])  # noqa: E731
        q = Qualifier.UPPER_BOUND
    else:
        return h

    def compute(anchor: Anchor | None) -> Interval | None:
        iv = inner(anchor)
        return fn(iv) if iv is not None else None

    return DateHit(start, end, Kind.PERIOD, compute, h.absolute, partial=None, unit_of=h.unit_of or inner, qualifier=q, detail={**h.detail, "bound": word})
