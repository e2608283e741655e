"""Every way of writing a date that the recognizer reads, one named form each.

A form's regex is written with the named pieces below and group names local
to the form; patterns.py joins the forms of a pass into one regex, in the
order listed here (the first form that matches at a position wins, so
longer, more specific forms come first). absolute.py and relative.py hold
one reader per form name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.values.patterns import WB, WE, Patterns, alternation

YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"  # "23", "23rd"
DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"
MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
NOT_AFTER_NUMBER = r"(?<![\d.,/])(?<!\d-)"  # not the tail of "1.2024" or "138-2024"
NO_DIGIT_AFTER = r"(?![\d])"
SEP = r"(?:[ \t]*,[ \t]*|[ \t]+|,)"  # between day and year: "March 23, 2024", "March 23 2024"


@dataclass(frozen=True)
class Pieces:
    """The sub-patterns built from the lexicon's calendar words."""

    month: str  # "March", "Mar.", "sept"
    day_word: str  # "fourth", "twenty-third"
    year_part: str  # "early", "mid-", "the end of"
    month_part: str  # "early", "mid-" (days of a month)
    half_or_quarter: str  # "first half", "second quarter" (unwrapped alternation)
    count: str  # "3", "three", "twenty one", "a", "a few"
    unit: str  # "days", "months", "years"
    plural_unit: str
    relative_word: str  # "last", "this", "the same"
    weekday: str  # "Friday", "tues"
    holiday: str  # "independence day"
    day: str  # "23", "23rd", "20." (a language's day suffixes)
    of: str  # "of", "de", "del"
    unit_word: str  # "week", "Woche", "semaine"
    relative_after: str  # "dernier", "pasada"
    day_words: str  # "heute", "hier"
    ago: str  # "hace", "il y a" (before the count)
    offset_word: str  # "later", "geleden", "atrás" (after the unit)
    in_word: str  # "in", "dans", "over", "dentro de"
    before_after: str  # "before", "after", "antes de", "na", "à compter de"
    day_ref: str  # "today", "tomorrow", "hoy", "vandaag"
    decade_word: str  # "la década de", "les années"
    article: str  # "the", "el", "de"
    range_joiner: str  # "to", "a", "bis zum"
    pair_opener: str  # "between", "entre"
    pair_joiner: str  # "and", "y", "und"
    next_word: str  # relative words that look ahead: "next", "próximos", "komende"
    after_of: str  # "(?<=of )": a two-digit year only right after an of-word ("May of 87", "maio de 68")
    earlier_later: str  # "más tarde", "eerder"
    nth: str  # "primera", "laatste"
    code: str  # the letters of quarter and half codes: "[QqHhTtSs]"
    week: str  # "semana", "Woche"
    year_or_month: str  # "año", "maand"
    after_article: str  # right after an article: "(?<=\bthe )", "(?<=\blos )"
    tens_word: str  # "noventa", "negentig": a decade named in words
    century: str  # "century", "eeuw", "siècle"
    ordinal: str  # the endings of an ordinal in digits: "st", "nd", "e", "er"
    scale: str  # "million", "trillion", "Mrd.": after "14.8" it makes a number, never 14 August

    @classmethod
    def from_patterns(cls, pat: Patterns) -> "Pieces":
        d = pat.dates
        months = sorted(pat.months, key=len, reverse=True)
        full = [m for m in months if len(m) > 4]
        abbrev = [m for m in months if len(m) <= 4]
        number_words = sorted(list(pat.units) + list(pat.tens), key=len, reverse=True)
        return cls(
            month=r"(?:" + alternation(full) + r"|" + alternation(abbrev) + r"(?:\.(?![\d\n]|[ \t]*$))?)",
            day_word=r"(?:(?:twenty|thirty)[ \t-])?" + alternation(sorted(pat.ordinals, key=len, reverse=True))
            + (f"|{alternation(d.day_ordinals)}" if d.day_ordinals else "") + (f"|{pat.small_number_words}" if d.cardinal_days else ""),
            year_part=alternation(d.year_parts),
            month_part=alternation(d.month_parts),
            half_or_quarter=f"{alternation(d.halves)}|{alternation(d.quarters)}",
            count=r"(?:\d+|" + alternation(number_words) + r"(?:[ \t-]" + alternation(pat.units) + r")?|an?|several|a[ \t]+few|few)",
            unit=alternation(d.units),
            plural_unit=alternation([u for u in d.units if u.endswith("s")]),
            relative_word=alternation(d.relative_words),
            weekday=_weekday_piece([w for w in pat.weekdays if len(w) > 3] + d.short_weekdays),
            holiday=alternation(list(d.holidays) + list(d.easter_days)),
            day=r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th" + "".join("|" + re.escape(x) for x in d.day_suffixes) + ")?",
            of=alternation(["of", *d.of_words]),
            unit_word=alternation([u for u, c in d.units.items() if c not in ("day", "century") and u != c + "s"] + ["weekend", "workweek", "working week"]),
            relative_after=alternation(d.relative_after),
            day_words=alternation(d.day_words),
            ago=alternation(d.ago_words),
            offset_word=alternation(d.offset_words),
            in_word=alternation(["in", "within", *d.in_words, *d.within_words]),
            before_after=alternation(["after", "before", "from", *d.before_words, *d.after_words, *d.from_words]),
            day_ref=alternation(["today", "tomorrow", "tmrw", "yesterday", "now", *d.day_words]),
            decade_word=alternation(d.decade_words),
            article=alternation(["the", *pat.tables.cues.articles]),
            range_joiner=alternation(["to", "through", "till", "until", *d.range_joiners]),
            pair_opener=alternation(["between", *d.pair_openers]),
            pair_joiner=alternation(["and", *d.pair_joiners]),
            next_word=alternation([w for w, v in d.relative_words.items() if v > 0]),
            after_of="(?:" + "|".join(f"(?<={re.escape(w)} )" for w in sorted({"of", *d.of_words})) + ")",
            earlier_later=alternation(d.earlier_words + d.later_words),
            nth=alternation(d.nth_words),
            code=code_class(d.quarter_letters, d.half_letters),
            week=alternation([u for u, c in d.units.items() if c == "week"]),
            year_or_month=alternation([u for u, c in d.units.items() if c in ("year", "month")]),
            tens_word=alternation([w for w, v in pat.tens.items() if v % 10 == 0 and 10 <= v <= 90]),
            century=alternation(["century", *[u for u, c in d.units.items() if c == "century"]]),
            ordinal=alternation(["st", "nd", "rd", "th", *d.day_suffixes]),
            scale=alternation(sorted(pat.scales, key=len, reverse=True)),
            after_article="(?:" + "|".join(rf"(?<=(?<![\w]){re.escape(a)} )" for a in sorted({"the", *pat.tables.cues.articles})) + ")",
        )


def _weekday_piece(names: list[str]) -> str:
    """Weekday names; an abbreviation may end in its dot ("miérc.", "thurs."), a full name leaves the
    sentence's full stop alone."""
    full = [w for w in names if len(w) > 5]
    short = [w for w in names if len(w) <= 5]
    return rf"(?:{alternation(full)}|{alternation(short)}(?:\.(?!\d))?)"


def code_class(quarter_letters: list[str], half_letters: list[str]) -> str:
    """The character class of quarter and half code letters: Q and H, and the language's ("T", "S")."""
    letters = "QH" + "".join(quarter_letters + half_letters).upper()
    return "[" + "".join(sorted({c for ch in letters for c in (ch.upper(), ch.lower())})) + "]"


def absolute_forms(p: Pieces) -> list[tuple[str, str]]:
    """Dates with a year first, then numeric and week forms, then year-less ones."""
    return _dates_with_year(p) + _periods_with_year(p) + _numeric_and_week_forms(p) + _dates_without_year(p)


def _dates_with_year(p: Pieces) -> list[tuple[str, str]]:
    mon, nb, ne, day, of = p.month, NOT_AFTER_NUMBER, NO_DIGIT_AFTER, rf"{p.day}|{p.day_word}", p.of
    dd = DAY_NUMBER
    return [
        # March 23, 2024 / Dec. 31 , 1994 / july 4th of 1995
        ("month_day_year", rf"(?P<month>{mon})[ \t]*(?:the[ \t]+)?(?P<day>{day})(?![\w]){SEP}(?:{of}[ \t]+|in[ \t]+)?(?P<year>{YEAR}){ne}"),
        # 23 March 2024 / 4th of july of 1995 / 15 April of 87 / 20. Juni 2025 / 20 de junio de 2025
        ("day_month_year", rf"{WB}(?<![\d.,]\d)(?<![\d][.,])(?P<day>{day})(?:[ \t]+{of})?[ \t]*[ \t-](?P<month>{mon})(?:{SEP}|[ \t]*-[ \t]*)(?:{of}[ \t]+|in[ \t]+)?(?P<year>{YEAR}|'\d\d|{p.after_of}\d\d){ne}"),
        # 2024-03-23 / 2024/3/23 / 2016 10 16
        ("numeric_year_month_day", rf"{nb}(?P<year>{YEAR})(?P<sep>[-/.]|[ \t])(?P<month>{MONTH_NUMBER})(?P=sep)(?P<day>{dd}){ne}(?![-/.]\d)"),
        # 2019/aug/01 / 2020/Sep/23 / 2020/23/Sep
        ("year_month_name_day", rf"{nb}(?P<year>{YEAR})[-/](?P<month>{mon})[-/](?P<day>{dd}){ne}"),
        ("year_day_month_name", rf"{nb}(?P<year>{YEAR})[-/](?P<day>{dd})[-/](?P<month>{mon}){ne}"),
        # 05-Aug-2016 / 23/Sep/2020 / Sep-23-2020 / September-2020-23 / 23-2020-September
        ("dashed_day_month_year", rf"{WB}(?P<day>{dd})[-/](?P<month>{mon})[-/](?P<year>{YEAR}){ne}"),
        ("dashed_month_day_year", rf"{WB}(?P<month>{mon})-(?P<day>{dd})-(?P<year>{YEAR}){ne}"),
        ("dashed_month_year_day", rf"{WB}(?P<month>{mon})-(?P<year>{YEAR})-(?P<day>{dd}){ne}"),
        ("dashed_day_year_month", rf"{WB}(?P<day>{dd})-(?P<year>{YEAR})-(?P<month>{mon}){ne}"),
        # 22.04.2016 / 1.3.25: day first, as Europe writes it
        ("dotted_day_month_year", rf"{nb}(?P<day>{dd})\.(?P<month>{MONTH_NUMBER})\.(?P<year>{YEAR}){ne}(?!\.\d)"),
        # 06/27 2025 / 5/17/2018 / 10-1-2018 / 12/12/30
        ("numeric_day_month_year", rf"{nb}(?P<first>{dd})(?P<sep>[/-])(?P<second>{dd})(?:(?P=sep)|[ \t]+)(?P<year>{YEAR}|\d\d){ne}(?![/.]\d)"),
        # 20161016
        ("compact_year_month_day", rf"(?<![\d.,])(?P<digits>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])){ne}"),
    ]


def _periods_with_year(p: Pieces) -> list[tuple[str, str]]:
    mon, nb, ne = p.month, NOT_AFTER_NUMBER, NO_DIGIT_AFTER
    return [
        # Q1 2025 / H2 2024 / 2019 H2 / 2017-q1 / q1 of 2017 / first half of 2025
        ("quarter_year", rf"{WB}(?P<code>{p.code}[1-4])[ \t]*(?:[-/'][ \t]*|of[ \t]+|[ \t])?(?:FY[ \t]*)?(?P<year>{YEAR}){ne}"),
        ("year_quarter", rf"{nb}(?P<year>{YEAR})[ \t]*[-\s]?[ \t]*(?P<code>{p.code}[1-4])(?![\w])"),
        # 2019 first quarter / 2017-trimestre1: the language's quarter or half words after the year
        ("year_half_or_quarter", rf"{nb}(?P<year>{YEAR})(?:[ \t]*-[ \t]*|[ \t]+)(?P<which>{p.half_or_quarter}){WE}"),
        ("half_or_quarter_of_year", rf"{WB}(?P<which>{p.half_or_quarter})(?:[ \t]*-[ \t]*|[ \t]+(?={YEAR})|[ \t]+{p.of}[ \t]+)(?:the[ \t]+year[ \t]+|fy[ \t]*|year[ \t]+)?(?P<year>{YEAR}){ne}"),
        # early 2023 / mid-2024 / the end of February 2025 / late 2024
        ("part_of_year", rf"{WB}(?P<part>{p.year_part})[ \t]*-?[ \t]*(?:(?P<month>{mon})[ \t]*,?[ \t]*(?:{p.of}[ \t]+)?)?(?P<year>{YEAR}){ne}"),
        # 1990s / the 1960s / 1990 s
        ("decade", rf"{WB}(?P<decade>(?:1[5-9]|20)\d0)[ \t]?'?s(?![\w])"),
        # la década de 1990 / les années 90 / de jaren '90
        ("decade_words", rf"{WB}(?P<word>{p.decade_word})[ \t]+(?:{p.article}[ \t]+)?(?:['’]?(?P<decade>(?:1[5-9]|20)\d0|[1-9]0)|(?P<tens>{p.tens_word}))(?![\w])"),
        ("century", rf"{WB}(?P<century>\d{{1,2}})(?:{p.ordinal})[ \t-]+(?:{p.century})(?![\w])"),
        # April 2023 / Mar 2024 / Dec-2018 / june of 1992 / April of 87
        ("month_year", rf"{WB}(?P<month>{mon})(?:[ \t]+{p.of}[ \t]+|[ \t]*,[ \t]*|[ \t]*[-/'][ \t]*|[ \t]+)(?P<year>{YEAR}|{p.after_of}\d\d){ne}"),
        # 2017 april
        ("year_month", rf"{nb}(?P<year>{YEAR})[ \t]+(?P<month>{mon})(?![\w])"),
        # 2013-14 (a season or fiscal span written with the second year shortened)
        ("split_year", rf"{nb}(?P<year>{YEAR})[-/](?P<next>\d\d){ne}(?![-/.]\d)"),
        # 2015-3 / 2015-12 / 12-2015
        ("numeric_year_month", rf"{nb}(?P<year>{YEAR})-(?P<month>{MONTH_NUMBER}){ne}(?![-/.]\d)"),
        ("numeric_month_year", rf"{nb}(?P<month>{MONTH_NUMBER})-(?P<year>{YEAR}){ne}(?![-/.]\d)"),
    ]


def _numeric_and_week_forms(p: Pieces) -> list[tuple[str, str]]:
    mon, nb, ne, day = p.month, NOT_AFTER_NUMBER, NO_DIGIT_AFTER, rf"{DAY}|{p.day_word}"
    return [
        # Chinese: 2016年3月5日
        ("chinese_date", rf"{nb}(?P<year>{YEAR})[ \t]*年(?:[ \t]*(?P<month>{MONTH_NUMBER})[ \t]*月(?:[ \t]*(?P<day>{DAY_NUMBER})[ \t]*[日号])?)?"),
        ("chinese_month_day", rf"{nb}(?P<month>{MONTH_NUMBER})[ \t]*月[ \t]*(?P<day>{DAY_NUMBER})[ \t]*[日号]"),
        # the first week of 2015 / last week of Dec 2016 / week 31 / week 3 of 2027 (ISO weeks)
        ("nth_week", rf"{WB}(?P<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)[ \t]+week[ \t]+of[ \t]+(?:(?P<month>{mon})(?:[ \t]*,?[ \t]*(?P<year>{YEAR}){ne})?|(?P<bare_year>{YEAR}){ne}|(?P<rel>this|last|next)[ \t]+(?P<unit>month|year))"),
        # la primera semana de 2015 / de laatste week van juli / der letzten Woche im Juli
        ("nth_week_words", rf"{WB}(?P<nth>{p.nth})[ \t]+(?:{p.week})[ \t]+(?:{p.of}|in|im)[ \t]+(?:(?P<month>{mon})(?:(?:{SEP}|[ \t]+{p.of}[ \t]+)(?P<year>{YEAR}){ne})?|(?P<bare_year>{YEAR}){ne})"),
        ("week_number", rf"{WB}(?P<word>week|wk|{p.week})[ \t]*(?P<number>[1-9]|[1-4]\d|5[0-3])(?!\d)(?:[ \t]+of[ \t]+(?:(?P<year>{YEAR}){ne}|(?P<rel>this|last|next)[ \t]+year))?"),
        # Jan-Feb 2017 / Nov-Feb 2017
        ("month_range_year", rf"{WB}(?P<first>{mon})[ \t]*(?:-|to|through|till)[ \t]*(?P<last>{mon})[ \t]*,?[ \t]*(?P<year>{YEAR}){ne}"),
        # November 18-19 / april 9th through 17th (, 2017)
        ("day_range", rf"{WB}(?P<month>{mon})[ \t]*(?:the[ \t]+)?(?P<first>{day})[ \t]*(?:-|to|through|till|until)[ \t]*(?:the[ \t]+)?(?P<last>{day})(?![\w/:.]\d|[\w%])(?:[ \t]*,?[ \t]*(?P<year>{YEAR}){ne})?"),
        # 4-23 de mayo / vom 4. bis zum 23. Mai / 3 to 12 September
        ("day_day_month", rf"{WB}(?<![\d.,/])(?P<first>{p.day})(?:[ \t]*[-~][ \t]*|[ \t]+(?:{p.range_joiner})[ \t]+)(?:{p.article}[ \t]+)?(?P<last>{p.day})(?:[ \t]+{p.of})?[ \t]+(?P<month>{mon})(?![\w])(?:(?:{SEP}|[ \t]+{p.of}[ \t]+)(?P<year>{YEAR}){ne})?"),
        # entre el 3 y el 12 de septiembre / tussen 3 en 12 sept
        ("pair_day_month", rf"{WB}(?:{p.pair_opener})[ \t]+(?:{p.article}[ \t]+)?(?P<first>{p.day})[ \t]+(?:{p.pair_joiner})[ \t]+(?:{p.article}[ \t]+)?(?P<last>{p.day})(?:[ \t]+{p.of})?[ \t]+(?P<month>{mon})(?![\w])(?:(?:{SEP}|[ \t]+{p.of}[ \t]+)(?P<year>{YEAR}){ne})?"),
        # holidays with fixed dates: independence day (of) 2010
        ("holiday", rf"{WB}(?P<name>{p.holiday})(?:[ \t]+(?:(?:of|in|{p.of})[ \t]+)?(?:(?:{p.year_or_month})[ \t]+)?(?P<year>{YEAR}){ne})?{WE}"),
        # on 22/04, from 10/1 to 11/7: month/day without a year, after a date word
        ("numeric_month_day", rf"(?<=[ \t])(?P<first>1[0-2]|0?[1-9]|3[01]|[12]\d)[/.](?P<second>{DAY_NUMBER})(?![\d/]|\.\d|[ \t]*(?:%|percent|of[ \t])|[ \t]+(?:{p.scale})(?![\w]))"),
        # on the 18th / until the 4th (a day of the anchor's month)
        ("day_of_month", rf"(?<=on[ \t]the[ \t])(?P<day>{DAY_NUMBER})(?:st|nd|rd|th)(?=[ \t]*(?:$|[.,;:!?)]|of[ \t]+(?:this|the|next|last)[ \t]+month))"),
    ]


def _dates_without_year(p: Pieces) -> list[tuple[str, str]]:
    mon, day = p.month, rf"{p.day}|{p.day_word}"
    return [
        # March 23 / July 1st / Oct/2 / the 4th of july (no year: relative)
        ("month_day", rf"{WB}(?P<month>{mon})(?:[ \t]*/[ \t]*|[ \t]*(?:the[ \t]+)?)(?P<day>{day})(?![\w:.,]\d|[\w%])"),
        ("day_month", rf"(?<![\w/])(?<![\d][.,])(?<![$€£¥])(?<![$€£¥][ \t])(?P<day>{day})(?:[ \t]+{p.of})?(?:[ \t]+|(?<=\.))(?P<month>{mon})(?![\w])"),
        # early/mid/late March (no year)
        ("part_of_month", rf"{WB}(?P<part>{p.month_part})[ \t]*-?[ \t]*(?P<month>{mon})(?![\w])"),
        # a month alone: November / in May
        ("month", rf"{WB}(?P<month>{mon})(?![\w])"),
    ]


def relative_forms(p: Pieces) -> list[tuple[str, str]]:
    """Relative dates, in the order they are tried."""
    n, unit = p.count, p.unit
    return [
        ("deictic_day", rf"{WB}(?P<word>today|tomorrow|yesterday|tmrw|otd|{p.day_words}){WE}"),
        ("year_to_date", rf"{WB}(?P<word>year[ \t-]+to[ \t-]+date|ytd){WE}"),
        ("to_date", rf"{WB}(?<!up[ \t])(?<!equals[ \t])(?P<word>(?:till|to|until)[ \t]+date){WE}(?![ \t]*[-/])"),
        # first 11 months of 2024 / the past six months / the next three years
        ("rolling", rf"{WB}(?P<dir>last|past|next|previous|prior|coming|following|upcoming|first|final|remaining)[ \t]+(?P<num>{n})[ \t]+(?P<unit>{unit})(?:[ \t]+of[ \t]+(?:(?P<year>(?:1[5-9]|20|21)\d\d)|(?P<rel>this|last|next|the)[ \t]+year))?{WE}"),
        # two days after today / three weeks from tomorrow / 2 days before yesterday
        ("offset_from_day", rf"{WB}(?P<num>{n})[ \t]+(?P<unit>{unit})[ \t]+(?P<dir>{p.before_after})[ \t]+(?P<ref>{p.day_ref}){WE}"),
        # less than two months later / a year ago / three weeks from now / drie jaar geleden
        ("offset", rf"{WB}(?P<num>{n})[ \t]+(?P<unit>{unit})(?:[ \t]+and[ \t]+(?P<num2>{n})[ \t]+(?P<unit2>{unit}))?[ \t]+(?P<dir>later|afterwards|earlier|ago|from[ \t]+now|hence|before|after|{p.offset_word}){WE}"),
        # hace dos meses / il y a 2 ans / vor zwei Jahren
        ("ago_offset", rf"{WB}(?P<ago>{p.ago})[ \t]+(?P<num>{n})[ \t]+(?P<unit>{unit}){WE}"),
        # in two years / within three months / dans 2 semaines / binnen de komende 10 maanden
        ("within", rf"{WB}(?P<in>{p.in_word})[ \t]+(?P<rel>(?:{p.article}[ \t]+)?(?:{p.next_word})[ \t]+)?(?P<num>{n})[ \t]+(?P<unit>{unit})(?:'s?)?(?:[ \t]+time)?{WE}(?![ \t]+(?:since|of|ago|later|{p.before_after}|{p.offset_word}|{p.relative_after})(?![\w]))"),
        # los próximos tres días / die nächsten 3 Tage / les 3 prochains jours / 5 años pasados
        ("rel_count_unit", rf"{WB}(?P<rel>{p.relative_word})[ \t]+(?P<num>{n})[ \t]+(?P<unit>{unit}){WE}(?![ \t]+{p.of}[ \t])"),
        ("count_rel_unit", rf"{WB}{p.after_article}(?P<num>{n})[ \t]+(?P<rel>{p.relative_word})[ \t]+(?P<unit>{unit}){WE}"),
        ("count_unit_rel", rf"{WB}(?P<num>{n})[ \t]+(?P<unit>{unit})[ \t]+(?P<rel>{p.relative_after}){WE}"),
        # the first half of the year / second half of last year / Q1
        ("half_or_quarter", rf"{WB}(?P<which>{p.half_or_quarter})(?:[ \t]+of[ \t]+(?P<of>the[ \t]+year|this[ \t]+year|last[ \t]+year|next[ \t]+year|the[ \t]+previous[ \t]+year|the[ \t]+following[ \t]+year|that[ \t]+year|the[ \t]+same[ \t]+year))?{WE}"),
        # earlier this year / the end of this month / later in the year
        ("part_of_unit", rf"{WB}(?P<part>{p.year_part}|earlier|later|{p.earlier_later})[ \t]+(?:(?:in|{p.of}|{p.in_word})[ \t]+)?(?:(?P<rel>this|last|next|the|{p.article}|{p.relative_word})[ \t]+)?(?P<unit>year|month|{p.year_or_month}){WE}"),
        # last year / this month / next week / the same year / that year
        ("relative_unit", rf"{WB}(?P<rel>{p.relative_word}|that)[ \t]+(?:calendar[ \t]+)?(?P<unit>{p.unit_word})(?:'s)?{WE}"),
        # l'an dernier / la semana pasada / het afgelopen jaar is above: the word after the unit
        ("unit_relative", rf"{WB}(?P<unit>{p.unit_word})[ \t]+(?P<after>{p.relative_after}){WE}"),
        # this August / last November / next May
        ("relative_month", rf"{WB}(?P<rel>this|last|next|coming|past|previous|{p.relative_word})[ \t]+(?P<month>{p.month}){WE}"),
        # 5 upcoming years / 10 previous weeks
        ("count_then_direction", rf"{WB}(?P<num>{n})[ \t]+(?P<dir>upcoming|next|coming|following|past|previous|last)[ \t]+(?P<unit>{p.plural_unit}){WE}"),
        # last Friday / next Monday / on Tuesday
        ("weekday", rf"{WB}(?:(?P<rel>last|this|next|previous|coming|following|past|upcoming|{p.relative_word})[ \t]+)?(?P<weekday>{p.weekday}){WE}(?:[ \t]+(?P<after>{p.relative_after}){WE})?"),
    ]
