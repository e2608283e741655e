"""The date regexes of a lexicon, built from named pieces and compiled once per lexicon.

Each way of writing a date is a *form*: a name and a regex written with
readable pieces ({month}, {year}, {day}...) and group names local to the
form (`month`, `day`, `year`). All forms of a pass are joined into one regex,
tried in the order listed, so one C-level scan finds them all; each form is
wrapped in a group named after it, so `match.lastgroup` says which form
matched and the recognizer dispatches to that form's reader (absolute.py,
relative.py). The gate in front only lets the scan start where a date can.
"""

from __future__ import annotations

import re

from factcheck.values.dates.forms import Pieces, absolute_forms, code_class, relative_forms
from factcheck.values.patterns import WB, WE, Patterns, alternation

IGNORE = re.IGNORECASE

Form = tuple[str, str]  # (name, regex with group names local to the form)


def compile_forms(gate: str, forms: list[Form]) -> re.Pattern[str]:
    """One regex for all `forms` in order; form F's group `g` is named `F__g`, the form itself `F`."""
    names = [name for name, _ in forms]
    if len(set(names)) != len(names):
        raise ValueError(f"date form names repeat: {names}")
    parts = []
    for name, body in forms:
        body = re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}__\1>", body)
        body = re.sub(r"\(\?P=(\w+)\)", rf"(?P={name}__\1)", body)
        parts.append(f"(?P<{name}>{body})")
    return re.compile(gate + "(?:" + "|".join(parts) + ")", IGNORE)


class DatePatterns:
    """Regexes for dates, compiled once per lexicon."""

    def __init__(self, pat: Patterns) -> None:
        self.pat = pat
        self.ordinal_words = pat.ordinals
        self.day_ordinals = {" ".join(k.lower().split()): v for k, v in pat.dates.day_ordinals.items()}
        self.months_amb = pat.ambiguous_months
        self.short_months = frozenset(m.lower() for m in pat.dates.short_months)
        p = Pieces.from_patterns(pat)
        self.absolute = compile_forms(_absolute_gate(pat, p), absolute_forms(p))
        self.relative = compile_forms(_relative_gate(pat, p), relative_forms(p))
        self._context_patterns(pat, p)

    def _context_patterns(self, pat: Patterns, p: Pieces) -> None:
        """Small anchored patterns read around a hit: qualifiers, bounds, joiners, lengths."""
        d = pat.dates
        q = pat.tables.cues.qualifiers
        self.more_than = {" ".join(w.lower().split()) for w in q.lower_bound}
        self.less_than = {" ".join(w.lower().split()) for w in q.upper_bound}
        self.offset_qualifier = re.compile(
            rf"{WB}(?P<q>less[ \t]+than|more[ \t]+than|nearly|almost|about|some|over|just|only|roughly|around|barely|{alternation(q.lower_bound + q.upper_bound)})[ \t]+$", IGNORE
        )
        self.within = {"within", *(" ".join(w.lower().split()) for w in d.within_words)}
        context = [*d.numeric_context, *(pat.weekdays if d.numeric_context else [])]
        self.numeric_context = re.compile(rf"{WB}(?:{alternation(context)})[ \t]+$", IGNORE) if context else None
        self.day_first = d.day_first
        self.earlier = {" ".join(w.lower().split()) for w in d.earlier_words}
        self.later = {" ".join(w.lower().split()) for w in d.later_words}
        # "next week Monday", "volgende week op dinsdag"; "Monday of next week", "lunes de la semana siguiente"
        on_words = alternation(["on", *d.numeric_context])
        self.week_then_day = re.compile(rf"[ \t]*(?:-[ \t]*|(?:{on_words})[ \t]+|,[ \t]*)?", IGNORE)
        self.day_of_week = re.compile(rf"[ \t]+(?:of|{alternation(d.of_words)})[ \t]+(?:{alternation(['the', *pat.tables.cues.articles])}[ \t]+)?", IGNORE)
        self.present_words = {" ".join(w.lower().split()) for w in d.present_words}
        self.half_letters = {"h", *(c.lower() for c in d.half_letters)}
        self.nearest_weekday = {" ".join(w.lower().split()) for w in d.nearest_weekday_words}
        # Words of the language before a short or ambiguous month name that make it a month: "van mei", "desde ago."
        preps = [*d.since_words, *d.until_words, *d.before_words, *d.after_words, *d.range_openers, *d.range_joiners, *d.pair_openers,
                 *d.pair_joiners, *d.of_words, *d.year_prepositions, *d.numeric_context, *d.relative_words, *d.month_parts, *d.from_words]
        self.month_preps = re.compile(rf"{WB}(?:{alternation(preps)})[ \t-]+$", IGNORE) if preps else None
        self.the_before = re.compile(r"(?<![\w])the[ \t]+$", IGNORE)
        articles = alternation(["the", *pat.tables.cues.articles])
        unit_words = alternation(["year", "calendar year", "cy", *[u for u, c in d.units.items() if c == "year"]])
        self.bound_before = re.compile(
            rf"{WB}(?P<b>{alternation(d.since_words + d.until_words + d.before_words + d.after_words + ['as of', 'in', 'on', 'during'])})"
            rf"[ \t]+(?:{articles}[ \t]+)?(?:(?:{unit_words})[ \t]+)?$",
            IGNORE,
        )
        onwards = alternation(["and later", "or later", "and after", "or after", "onward", "onwards", "and beyond", "and greater", "or greater", *d.onwards_words])
        self.bound_after = re.compile(rf"[ \t]*(?:,[ \t]*)?(?P<b>{onwards})(?![\w])(?![ \t]+[\w])", IGNORE)
        self.since = {w.lower() for w in d.since_words}
        self.until = {w.lower() for w in d.until_words}
        self.before = {" ".join(w.lower().split()) for w in d.before_words}
        self.after = {" ".join(w.lower().split()) for w in d.after_words}
        self.range_openers = {"from", "between", *(" ".join(w.lower().split()) for w in d.range_openers + d.pair_openers)}
        self.pair_openers = {"between", *(" ".join(w.lower().split()) for w in d.pair_openers)}
        self.pair_joiners = {"and", *(" ".join(w.lower().split()) for w in d.pair_joiners)}
        joiners = alternation(["to", "through", "thru", "till", "until", "and", *d.range_joiners, *d.pair_joiners])
        self.joiner = re.compile(rf"[ \t]*(?:-|~|{joiners})(?:[ \t]+|(?<=[-~])[ \t]*)(?:{articles}[ \t]+)?", IGNORE)
        self.present = re.compile(rf"[ \t]*(?:-|to|till|until|through|and)[ \t]+(?P<p>{alternation(d.present_words)})(?![\w])", IGNORE)
        self.opener = re.compile(rf"{WB}(?P<o>from|between|in|{alternation(d.range_openers + d.pair_openers)})[ \t]+(?:{articles}[ \t]+)?(?:(?:{unit_words})[ \t]+)?$", IGNORE)
        # "for 3 days starting next Monday", "2 weeks starting May 20th", "for 1 week, from 20th dec"
        self.length_before = re.compile(
            rf"{WB}(?:for[ \t]+)?(?P<n>{p.count})[ \t]+(?P<unit>{p.unit})[ \t]*,?[ \t]*(?:starting|beginning|commencing|from)(?:[ \t]+(?:from|on|in))?[ \t]+$",
            IGNORE,
        )
        # "the week of April 10th", "the week beginning February 4", "w/c Feb 4"
        self.week_of_before = re.compile(
            rf"{WB}(?:(?:the[ \t]+)?week[ \t]+(?:of|beginning|starting|commencing)(?:[ \t]+on)?|w/c)[ \t]+(?:the[ \t]+)?$", IGNORE
        )
        # "the 15th day of next month", "the twenty third day of September"
        self.day_of = re.compile(
            rf"{WB}(?:the[ \t]+)?(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|{p.day_word})[ \t]+day[ \t]+of[ \t]+(?:the[ \t]+)?$", IGNORE
        )


def _part_words(pat: Patterns) -> set[str]:
    """First words of the parts of years and months ("early", "end"), which can open a date."""
    d = pat.dates
    return {k.split()[0].rstrip("-") for k in list(d.year_parts) + list(d.month_parts)} - {"the"}


def _absolute_gate(pat: Patterns, p: Pieces) -> str:
    """Where an absolute date can start: a digit, Q1/H2, or a calendar word."""
    d = pat.dates
    part_words = _part_words(pat)
    gate_words = (
        ["week", "wk", "last", "final", "fifth", "5th"] + [h.split()[0] for h in list(d.holidays) + list(d.easter_days)] + list(pat.months) + list(part_words)
        + list(d.halves) + list(d.quarters) + list(pat.ordinals) + ["twenty", "thirty"]
        + [w.split()[0] for w in d.decade_words + d.pair_openers + list(d.nth_words) + list(d.day_ordinals)]
        + (list(pat.units) + list(pat.tens) if d.cardinal_days else [])
        + [u for u, c in d.units.items() if c == "week"]
    )
    codes = code_class(d.quarter_letters, d.half_letters)
    return rf"(?=\d|{codes}[1-4]|{WB}(?:{alternation(gate_words)}|the[ \t]+{alternation(part_words)}))"


def _relative_gate(pat: Patterns, p: Pieces) -> str:
    """Where a relative date can start; common words ("in", "a", "to") only before what can follow them."""
    d = pat.dates
    gate_words = (
        ["today", "tomorrow", "yesterday", "tmrw", "otd", "year", "ytd", "within", "earlier", "later", "several", "few"]
        + ["last", "past", "next", "previous", "prior", "coming", "following", "upcoming", "first", "final", "remaining"]
        + list(pat.units) + list(pat.tens) + list(d.halves) + list(d.quarters) + list(_part_words(pat))
        + [k.split()[0] for k in d.relative_words] + [w for w in pat.weekdays if len(w) > 3] + d.short_weekdays
        + [u for u, c in d.units.items() if u != c + "s"] + list(d.day_words)
        + [w.split()[0] for w in d.ago_words + d.in_words + d.within_words + d.earlier_words + d.later_words]
    )
    small_numbers = alternation(list(pat.units) + list(pat.tens) + ["a", "an", "several", "few"])
    common = (
        rf"(?:till|to|until)[ \t]+date|in[ \t]+(?:the[ \t]+next[ \t]+)?(?:\d|{small_numbers}(?![\w]))"
        rf"|an?[ \t]+(?:few[ \t]+)?{p.unit}|that[ \t]+(?:week|month|year|quarter|decade)"
    )
    return rf"(?=\d|[QqHh][1-4]|{WB}(?:(?:{alternation(gate_words)}){WE}|{common}))"


class FormMatch:
    """One match of a date form, its groups read by their names inside the form."""

    __slots__ = ("match", "form", "norm", "dp", "start", "end")

    def __init__(self, match: re.Match[str], norm: str, dp: DatePatterns) -> None:
        self.match = match
        self.form: str = match.lastgroup or ""
        self.norm = norm
        self.dp = dp
        self.start = match.start()
        self.end = match.end()

    def __getitem__(self, group: str) -> str | None:
        return self.match.group(f"{self.form}__{group}")

    def position(self, group: str) -> int:
        """Where `group` starts in the text."""
        return self.match.start(f"{self.form}__{group}")

    @property
    def text(self) -> str:
        return self.match.group(0)
