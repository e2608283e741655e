"""Relative dates: "last year", "two months later", "the first half of next year", "next Friday".

One reader per relative form of forms.py, dispatched on the form that
matched; a reader returns None when the match is not a date after all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from factcheck.models import Kind, Qualifier
from factcheck.values import calendar as cal
from factcheck.values.dates.hits import DateHit, Partial, relative_hit
from factcheck.values.dates.patterns import DatePatterns, FormMatch
from factcheck.values.dates.spans import month_year, offset_hit, part_of_unit_hit, rolling_hit, unit_offset, weekday_date
from factcheck.values.dates.words import read_count, read_month, read_year_part

Reader = Callable[[FormMatch], DateHit | None]

# Forms that take a "the" written before them into their span: "the past six months", "the first half".
_TAKES_THE = frozenset({"rolling", "half_or_quarter"})
# Words that place a date from the writer's now ("this year"), not from an earlier date in the text.
_DEICTIC = {"this", "last", "next", "current", "past", "coming", "upcoming", "the past", "the coming", "the current"}


def relative_hits(norm: str, dp: DatePatterns) -> list[DateHit]:
    """Every relative date expression in `norm`, in text order, to be resolved on an anchor."""
    out: list[DateHit] = []
    for m in dp.relative.finditer(norm):
        fm = FormMatch(m, norm, dp)
        hit = READERS[fm.form](fm)
        if hit is None:
            continue
        hit.deictic = _is_deictic(fm)
        if fm.form in _TAKES_THE and dp.the_before.search(norm, max(0, hit.start - 5), hit.start):
            hit.start = dp.the_before.search(norm, max(0, hit.start - 5), hit.start).start()
        out.append(hit)
    return out


def _said_now(word: str | None) -> bool:
    return bool(word) and " ".join((word or "").lower().split()) in _DEICTIC


def _is_deictic(fm: FormMatch) -> bool:
    """Said from the writer's now: "today", "this year", "last Friday", "the past six months"."""
    if fm.form in ("deictic_day", "year_to_date", "to_date"):
        return True
    if fm.form in ("relative_unit", "part_of_unit", "weekday"):
        return _said_now(fm["rel"])
    if fm.form == "rolling":
        return _said_now(fm["dir"]) and not (fm["year"] or fm["rel"])
    if fm.form in ("rel_count_unit", "count_rel_unit", "within"):
        return _said_now(fm["rel"])
    if fm.form == "half_or_quarter":
        of = fm["of"]
        return bool(of) and of.split()[0].lower() in ("this", "last", "next")
    return False


def _qualified_start(fm: FormMatch) -> tuple[int, str]:
    """Start and qualifier of an offset, taking in "less than", "about", "over" written before it."""
    qm = fm.dp.offset_qualifier.search(fm.norm, max(0, fm.start - 14), fm.start)
    if qm is None:
        return fm.start, ""
    q = " ".join(qm.group("q").lower().split())
    if q in _OFFSET_QUALIFIERS:
        return qm.start(), q
    return qm.start(), "more than" if q in fm.dp.more_than else "less than" if q in fm.dp.less_than else q


_OFFSET_QUALIFIERS = frozenset({"less than", "more than", "nearly", "almost", "about", "some", "over", "just", "only", "roughly", "around", "barely"})


def _unit(fm: FormMatch, group: str = "unit") -> str:
    return fm.dp.pat.dates.units[(fm[group] or "").lower()]


# ------------------------------------------------------------------ readers


_DAY_OFFSETS = {"today": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1, "otd": 0, "now": 0}


def _deictic_day(fm: FormMatch) -> DateHit | None:
    """"today", "tomorrow", "yesterday"."""
    off = _day_offset(fm["word"], fm)
    hit = relative_hit(fm.start, fm.end, Kind.DATE, lambda a: cal.day_interval(a[0] + timedelta(days=off)))
    hit.detail["_day"] = "1"  # one day, so "from yesterday to today" can join it
    return hit


def _year_to_date(fm: FormMatch) -> DateHit | None:
    """"year to date", "ytd": from January 1 to the anchor."""
    return relative_hit(fm.start, fm.end, Kind.PERIOD, lambda a: (date(a[0].year, 1, 1), a[0]))


def _to_date(fm: FormMatch) -> DateHit | None:
    """"to date", "until date": up to the anchor."""
    hit = relative_hit(fm.start, fm.end, Kind.PERIOD, lambda a: (None, a[0]))
    hit.qualifier = Qualifier.UPPER_BOUND
    return hit


def _rolling(fm: FormMatch) -> DateHit | None:
    """"the past six months", "the next three years", "first 11 months of 2024"."""
    n = read_count(fm["num"], fm.dp.pat)
    unit = _unit(fm)
    if n is None:
        return None
    return rolling_hit(fm.start, fm.end, (fm["dir"] or "").lower(), n, unit, fm["year"], fm["rel"])


def _day_offset(word: str | None, fm: FormMatch) -> int:
    """"today" 0, "yesterday" -1, "anteayer" -2: the built-in words, then the language's."""
    key = " ".join((word or "").lower().split())
    return _DAY_OFFSETS[key] if key in _DAY_OFFSETS else fm.dp.pat.dates.day_words[key]


def _offset_from_day(fm: FormMatch) -> DateHit | None:
    """"two days after today", "three weeks from tomorrow", "dos días antes de ayer"."""
    n = read_count(fm["num"], fm.dp.pat)
    if n is None:
        return None
    unit = _unit(fm)
    ref = _day_offset(fm["ref"], fm)
    direction = " ".join((fm["dir"] or "").lower().split())
    sign = -1 if direction == "before" or direction in fm.dp.before else 1
    start, q = _qualified_start(fm)
    return offset_hit(start, fm.end, n, unit, sign, q, None, day_shift=ref)


def _offset(fm: FormMatch) -> DateHit | None:
    """"less than two months later", "a year ago", "two years and three months earlier"."""
    pat = fm.dp.pat
    n = read_count(fm["num"], pat)
    if n is None:
        return None
    unit = _unit(fm)
    extra = None
    if fm["num2"]:
        n2 = read_count(fm["num2"], pat)
        if n2 is not None:
            extra = (n2, _unit(fm, "unit2"))
    written = " ".join((fm["dir"] or "").lower().split())
    direction = written.split()[0]
    if direction in ("before", "after"):
        return None  # needs a reference point written after it
    if direction in ("later", "afterwards", "earlier", "ago", "from", "hence"):
        sign = -1 if direction in ("earlier", "ago") else 1
    else:
        sign = -1 if pat.dates.offset_words.get(written, 1) < 0 else 1
    start, q = _qualified_start(fm)
    return offset_hit(start, fm.end, n, unit, sign, q, extra)


def _within(fm: FormMatch) -> DateHit | None:
    """"within three months" (a period from the anchor), "in two years" (a day that far on)."""
    n = read_count(fm["num"], fm.dp.pat)
    if n is None:
        return None
    unit = _unit(fm)
    if fm["rel"]:
        return rolling_hit(fm.start, fm.end, "next", n, unit, None, None)
    if " ".join((fm["in"] or "").lower().split()) in fm.dp.within:
        return relative_hit(fm.start, fm.end, Kind.PERIOD, lambda a: (a[0], cal.shift(a[0], unit, n)))
    return relative_hit(fm.start, fm.end, Kind.DATE, lambda a: cal.day_interval(cal.shift(a[0], unit, n)))


_YEAR_OFFSETS = {
    "": 0, "the year": 0, "this year": 0, "that year": 0, "the same year": 0,
    "last year": -1, "the previous year": -1, "next year": 1, "the following year": 1,
}


def _ago_offset(fm: FormMatch) -> DateHit | None:
    """"hace dos meses", "il y a 2 ans": a day that far before the anchor, the word before the count."""
    n = read_count(fm["num"], fm.dp.pat)
    if n is None:
        return None
    return offset_hit(fm.start, fm.end, n, _unit(fm), -1, "", None)


def _relative_sign(fm: FormMatch) -> int:
    """The offset of a language's relative word, before the unit ("próximos") or after it ("pasados")."""
    word = " ".join((fm["rel"] or "").lower().split())
    dates = fm.dp.pat.dates
    return dates.relative_words.get(word, dates.relative_after.get(word, 0))


def _rel_rolling(fm: FormMatch) -> DateHit | None:
    """"los próximos tres días", "les 3 prochains jours", "5 años pasados": n units before or after the anchor."""
    n = read_count(fm["num"], fm.dp.pat)
    sign = _relative_sign(fm)
    if n is None or sign == 0:
        return None
    return rolling_hit(fm.start, fm.end, "past" if sign < 0 else "next", n, _unit(fm), None, None)


def _rel_as_english(fm: FormMatch, english: tuple[str, ...], ahead: str = "next", back: str = "last") -> str:
    """The written relative word if English, else `back`/"this"/`ahead` by its offset ("pasado" -> "last")."""
    rel = " ".join((fm["rel"] or "").lower().split())
    after = fm["after"] if fm.form == "weekday" else None
    if rel in english or not (rel or after):
        return rel
    word = rel or " ".join((after or "").lower().split())
    dates = fm.dp.pat.dates
    sign = dates.relative_words.get(word, dates.relative_after.get(word, 0))
    return back if sign < 0 else ahead if sign > 0 else "this"


def _half_or_quarter(fm: FormMatch) -> DateHit | None:
    """"the first half of the year", "second half of last year", "Q1"."""
    which = fm["which"] or ""
    off = _YEAR_OFFSETS.get(" ".join((fm["of"] or "").lower().split()), 0)
    try:
        part = read_year_part(which, None, fm.dp.pat)
    except KeyError:
        code = which.lower()
        if code[0] == "h" and int(code[1]) > 2:
            return None
        part = Partial(None, quarter=int(code[1])) if code[0] == "q" else Partial(None, half=int(code[1]))
    return relative_hit(fm.start, fm.end, Kind.DATE, lambda a: part.interval(a[0].year + off))


def _part_of_unit(fm: FormMatch) -> DateHit | None:
    """"earlier this year", "the end of this month", "later in the year"."""
    dates = fm.dp.pat.dates
    part = " ".join((fm["part"] or "").lower().split())
    part = "earlier" if part in fm.dp.earlier else "later" if part in fm.dp.later else part
    rel = " ".join((fm["rel"] or "the").lower().split())
    off = {"this": 0, "the": 0, "last": -1, "next": 1}.get(rel, dates.relative_words.get(rel, 0))
    unit = " ".join((fm["unit"] or "").lower().split())
    return part_of_unit_hit(fm.start, fm.end, part, dates.units.get(unit, unit), off, fm.dp.pat)


def _relative_unit(fm: FormMatch) -> DateHit | None:
    """"last year", "this month", "next week", "the same year", "the past year"."""
    dates = fm.dp.pat.dates
    after = fm["after"] if fm.form == "unit_relative" else None
    rel = " ".join((fm["rel"] or "").lower().split()) if after is None else ""
    unit = " ".join((fm["unit"] or "").lower().split())
    unit = "workweek" if unit in ("workweek", "working week") else dates.units.get(unit, unit)
    off = dates.relative_words.get(rel, 0) if after is None else dates.relative_after.get(" ".join(after.lower().split()), 0)
    if rel in ("past", "the past") and unit not in ("weekend", "quarter"):
        return relative_hit(fm.start, fm.end, Kind.PERIOD, lambda a: (cal.shift(a[0], unit, -1), a[0]))
    hit = relative_hit(fm.start, fm.end, Kind.DATE, lambda a: unit_offset(a, unit, off))
    if unit == "week":
        hit.detail["_week"] = str(off)
    if unit == "month":
        hit.detail["_month_unit"] = "1"
    return hit


def _relative_month(fm: FormMatch) -> DateHit | None:
    """"this August", "last November"; not "this may be" or "this march"."""
    word = fm["month"] or ""
    if word.lower() in ("may", "march", "mar") and not word[0].isupper():
        return None
    mm = read_month(word, fm.dp.pat)
    rel = _rel_as_english(fm, ("this", "last", "next", "coming", "past", "previous"))
    return relative_hit(fm.start, fm.end, Kind.DATE, lambda a: cal.month_interval(month_year(a[0], mm, rel), mm))


def _count_then_direction(fm: FormMatch) -> DateHit | None:
    """"5 upcoming years", "10 previous weeks"."""
    n = read_count(fm["num"], fm.dp.pat)
    if n is None:
        return None
    direction = "past" if (fm["dir"] or "").lower() in ("past", "previous", "last") else "next"
    return rolling_hit(fm.start, fm.end, direction, n, _unit(fm), None, None)


def _weekday(fm: FormMatch) -> DateHit | None:
    """"last Friday", "next Monday", "on Tuesday"."""
    word = fm["weekday"] or ""
    wd = fm.dp.pat.weekdays[word.lower().rstrip(".")]
    # "el martes pasado": last week's; "aanstaande vrijdag" (a word of `nearest_weekday_words`): the nearest one
    written = " ".join((fm["rel"] or fm["after"] or "").lower().split())
    nearest = written in fm.dp.nearest_weekday
    english = ("last", "this", "next", "previous", "coming", "following", "past", "upcoming")
    rel = _rel_as_english(fm, english, "coming", "past") if nearest else _rel_as_english(fm, english)
    hit = relative_hit(fm.start, fm.end, Kind.DATE, lambda a: cal.day_interval(weekday_date(a[0], wd, rel)))
    hit.detail["weekday"] = word
    hit.detail["_weekday_index"] = str(wd)
    hit.detail["weekday_index"] = str(wd)  # kept on the mention: a weekday compares as a weekday
    return hit


READERS: dict[str, Reader] = {
    "deictic_day": _deictic_day,
    "year_to_date": _year_to_date,
    "to_date": _to_date,
    "rolling": _rolling,
    "offset_from_day": _offset_from_day,
    "offset": _offset,
    "ago_offset": _ago_offset,
    "within": _within,
    "rel_count_unit": _rel_rolling,
    "count_rel_unit": _rel_rolling,
    "count_unit_rel": _rel_rolling,
    "half_or_quarter": _half_or_quarter,
    "part_of_unit": _part_of_unit,
    "relative_unit": _relative_unit,
    "unit_relative": _relative_unit,
    "relative_month": _relative_month,
    "count_then_direction": _count_then_direction,
    "weekday": _weekday,
}
