"""Join date hits into periods ("2023-2024", "from January to August", "2024 to the present")
and apply open bounds ("since 2024", "before March", "2019 and later")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.models import Kind, Qualifier
from factcheck.values import calendar as cal
from factcheck.values.dates.hits import Anchor, DateHit, Interval, Partial
from factcheck.values.dates.patterns import DatePatterns
from factcheck.values.dates.words import read_count, read_day

def combine(norm: str, hits: list[DateHit], dp: DatePatterns) -> list[DateHit]:
    """Join "X to Y" into periods and apply "since/before/by X" bounds."""
    hits = _dedupe(_merge_weekdays(norm, sorted(hits, key=lambda h: (h.start, -h.end)), dp))
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
            opener = dp.opener.search(norm, max(0, h.start - 24), h.start)
            if opener and _opener_word(opener) in dp.range_openers:
                h.start = opener.start()
        out.append(_bounded(norm, h, dp))
        i += 1
    return out


_WEEKDAY_GLUE = re.compile(r"[ \t]*(?:,|\(|-|the)?[ \t]*")




def _day_in_week(start: int, end: int, week: DateHit, wd: int) -> DateHit:
    """"next week Monday", "tuesday of next week": that weekday inside the named week."""

    def compute(a: Anchor | None) -> Interval | None:
        iv = week.compute(a)
        if iv is None or iv[0] is None:
            return None
        return cal.day_interval(iv[0] + timedelta(days=wd))

    return DateHit(start, end, Kind.DATE, compute, week.absolute, priority=week.priority, deictic=week.deictic)


def _merge_weekdays(norm: str, hits: list[DateHit], dp: DatePatterns) -> list[DateHit]:
    """"Friday 7/6", "Tue May 9", "this Friday (jun-15)": the weekday only confirms the date after it.
    "next week Monday" and "Monday of next week" name one day of that week."""
    out: list[DateHit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        if i + 1 < len(hits):
            nxt = hits[i + 1]
            if "_week" in h.detail and "_weekday_index" in nxt.detail and dp.week_then_day.fullmatch(norm, h.end, nxt.start):
                out.append(_day_in_week(h.start, nxt.end, h, int(nxt.detail["_weekday_index"])))
                i += 2
                continue
            if "_weekday_index" in h.detail and "_week" in nxt.detail and dp.day_of_week.fullmatch(norm, h.end, nxt.start):
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
        n = read_count(m.group("n"), dp.pat)
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
        dd = read_day(m.group("day"), dp)
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
    j = " ".join(joiner.lower().split())
    if re.match(r"-\d", norm[b.end : b.end + 2]) or re.search(r"\d-$", norm[max(0, a.start - 2) : a.start]):
        return False  # "138-2010-2015": a phone number, not a period
    opener = dp.opener.search(norm, max(0, a.start - 24), a.start)
    if any(j == w or j.startswith(w + " ") for w in dp.pair_joiners) and not (opener and _opener_word(opener) in dp.pair_openers):
        return False
    if a.partial is None or b.partial is None:
        # "de ontem até hoje", "van 1 mei tot gisteren"; "to today" is left to the present-word reading
        return _one_day(a) and _one_day(b) and " ".join(norm[b.start : b.end].lower().split()) not in dp.present_words
    if a.detail.get("unit") or b.detail.get("unit"):
        return a.detail.get("unit") == b.detail.get("unit")
    return True


def _one_day(h: DateHit) -> bool:
    """A single day: a calendar day with its day written, or "today", "yesterday"."""
    return h.kind == Kind.DATE and ("_day" in h.detail or h.partial is not None and h.partial.day is not None)


def _day_span(start: int, a: DateHit, b: DateHit) -> DateHit:
    """From the first day through the second, each resolved on its own."""

    def compute(anchor: Anchor | None) -> Interval | None:
        ia, ib = a.compute(anchor), b.compute(anchor)
        if ia is None or ib is None or ia[0] is None or ib[1] is None or ib[1] <= ia[0]:
            return None
        return ia[0], ib[1]

    hit = DateHit(start, b.end, Kind.PERIOD, compute, a.absolute and b.absolute, unit_of=b.compute, detail={"span": "range"})
    hit.deictic = a.deictic or b.deictic
    return hit


def _span(norm: str, a: DateHit, b: DateHit, dp: DatePatterns) -> DateHit:
    pa, pb = a.partial, b.partial
    opener = dp.opener.search(norm, max(0, a.start - 24), a.start)
    start = opener.start() if opener and _opener_word(opener) in dp.range_openers else a.start
    if pa is None or pb is None:
        return _day_span(start, a, b)

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
    opener = dp.opener.search(norm, max(0, h.start - 24), h.start)
    start = opener.start() if opener and _opener_word(opener) in dp.range_openers else h.start

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
    if word == "by" and _names_a_thing(norm, m, h):
        return h
    return _wrap(h, m.start(), h.end, _bound_kind(word, dp), dp)


_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def _names_a_thing(norm: str, m: re.Match[str], h: DateHit) -> bool:
    """"killed by the 2004 tsunami": after "by" and an article, a date with a noun after it names the thing that
    did it (the agent of a passive verb), no deadline ("by the end of 2004", "by 2004" stay bounds)."""
    between = norm[m.end("b") : h.start].split()
    return bool(between) and _WORD_AFTER.match(norm, h.end) is not None


def _opener_word(m: re.Match[str]) -> str:
    return " ".join(m.group("o").lower().split())


def _bound_kind(word: str, dp: DatePatterns) -> str:
    """A language's bound word as the English word of the same reading ("antes de" -> "before")."""
    if word in _SINCE | _AFTER | _BEFORE | _UNTIL:
        return word
    if word in dp.before:
        return "before"
    if word in dp.after:
        return "after"
    if word in dp.since:
        return "since"
    if word in dp.until:
        return "until"
    return word


_SINCE = frozenset({"since", "starting", "starting from", "starting in", "beginning", "as early as", "no earlier than", "not earlier than"})
_AFTER = frozenset({"after", "later than"})
_BEFORE = frozenset({"before", "prior to", "earlier than", "ahead of", "no later than", "not later than"})
_UNTIL = frozenset({"by", "until", "till", "up to", "through", "to", "as late as"})


def _wrap(h: DateHit, start: int, end: int, word: str, dp: DatePatterns) -> DateHit:
    inner = h.compute
    if word in _SINCE:
        fn = lambda iv: (iv[0], None)  # noqa: E731
        q = Qualifier.LOWER_BOUND
    elif word in _AFTER:
        fn = lambda iv: (iv[1], None)  # noqa: E731
        q = Qualifier.LOWER_BOUND
    elif word in _BEFORE:
        fn = lambda iv: (None, iv[0])  # noqa: E731
        q = Qualifier.UPPER_BOUND
    elif word in _UNTIL:
        fn = lambda iv: (None, iv[1])  # noqa: E731
        q = Qualifier.UPPER_BOUND
    else:
        return h

    def compute(anchor: Anchor | None) -> Interval | None:
        iv = inner(anchor)
        return fn(iv) if iv is not None else None

    return DateHit(start, end, Kind.PERIOD, compute, h.absolute, partial=None, unit_of=h.unit_of or inner, qualifier=q, detail={**h.detail, "bound": word})
