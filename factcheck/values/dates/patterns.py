"""The date regexes of a lexicon, compiled once and kept on its `Patterns`."""

from __future__ import annotations

import re

from factcheck.values.patterns import WB, WE, Patterns, alternation

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
