"""`find_mentions`: text in, normalized numeric and dated mentions out.

The steps: repair the text into a same-length copy (textnorm), find numbers
(numbers, chinese), read each number's context (readings), join ranges and
shared units (ranges), find dates and relative dates (dates), keep the best
non-overlapping set, then resolve relative dates against the nearest earlier
absolute date in the text or the published date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from factcheck.values.atoms import Atom
from factcheck.values.counts import is_plural
from factcheck.values.dates import DateHit, DatePatterns, Partial, absolute_hits, combine, partial_hit, relative_hits
from factcheck.values.lexicon import Lexicon
from factcheck.values.numbers import find_numbers
from factcheck.values.patterns import Patterns
from factcheck.values.percent import chinese_percents
from factcheck.values.ranges import join_readings
from factcheck.values.readings import Reading, read_number
from factcheck.values.sanity import sane_mentions
from factcheck.values.textnorm import normalize
from factcheck.models import Kind, Mention, Qualifier

__all__ = ["find_mentions", "find_numbers_in"]

_NUMBER_PRIORITY = 50
_YEAR_PRIORITY = 60


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    priority: int
    reading: Reading | None = None
    date: DateHit | None = None
    fields: dict = field(default_factory=dict)


def date_patterns(pat: Patterns) -> DatePatterns:
    """The date regexes of a lexicon, built on first use and kept on its Patterns."""
    dp = getattr(pat, "_date_patterns", None)
    if dp is None:
        dp = DatePatterns(pat)
        object.__setattr__(pat, "_date_patterns", dp)
    return dp


def find_numbers_in(text: str, lexicon: Lexicon) -> list[tuple[int, int, float]]:
    """Every number as (start, end, value), the view a plain number recognizer gives."""
    norm = normalize(text)
    pat = lexicon.patterns
    return [(a.start, a.end, a.value) for a in find_numbers(norm, pat) if _plain_number(norm, a, pat)]


_LETTERS = re.compile(r"[^\W\d_]+")
_WORD_NEXT = re.compile(r"[ \t\u00a0]+[^\W\d_]")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")


def _plain_number(norm: str, a: Atom, pat: Patterns) -> bool:
    """Is this number one on its own? Digits glued to a unit of measure ("180ml", "29km") are a
    measurement, and an article ("un vent", where "un" is "a") is no number; the number layer keeps
    both, so that mentions can read "180ml" as a quantity and "un sur trois" as a share."""
    if a.digits:
        glued = _LETTERS.match(norm, a.end)
        return glued is None or not (glued.group() in pat.unit_symbols or glued.group().lower() in pat.unit_words)
    return not (pat.article_units and a.words and _article(norm, a, pat))


def _article(norm: str, a: Atom, pat: Patterns) -> bool:
    """A lone article word before a word ("un vent") or paired with another by a slash ("un/une élève",
    both genders); not after a bound ("au moins un mort") nor a pronoun ending a clause ("il en reste
    un."), where it is the number one."""
    if norm[a.start : a.end].lower() not in pat.article_units:
        return False
    if _slash_pair(norm, a, pat):
        return True
    return _WORD_NEXT.match(norm, a.end) is not None and pat.qual_before.search(norm, max(0, a.start - 40), a.start) is None


def _slash_pair(norm: str, a: Atom, pat: Patterns) -> bool:
    """Is the word one of two article words joined by a slash ("un/une")?"""
    after = _LETTERS.match(norm, a.end + 1) if norm[a.end : a.end + 1] == "/" else None
    before = _LETTERS_BEFORE.search(norm, max(0, a.start - 12), a.start - 1) if norm[a.start - 1 : a.start] == "/" else None
    return any(m is not None and m.group().lower() in pat.article_units for m in (after, before))


def find_mentions(text: str, lexicon: Lexicon, published: date | None = None) -> list[Mention]:
    """Mentions sorted by start, non-overlapping, spans indexing `text` exactly."""
    norm = normalize(text)
    pat = lexicon.patterns
    dp = date_patterns(pat)
    atoms = find_numbers(norm, pat)
    readings: list[Reading] = []
    floor = 0
    for atom in atoms:
        r = read_number(norm, atom, pat, floor)
        readings.append(r)
        floor = max(floor, min(r.end, r.atom.end if r.kind == Kind.NUMBER else r.end))
    readings = join_readings(norm, readings, pat)

    cands: list[_Cand] = []
    date_hits: list[DateHit] = []
    for r in readings:
        if r.drop:
            continue
        year = _bare_year(norm, r, pat)
        if year is not None:
            y = int(r.atom.value)
            if year == "fiscal":
                # a fiscal or school year: a period whose calendar dates the text does not give
                hit = DateHit(r.atom.start, r.atom.end, Kind.PERIOD, lambda a: None, True, detail={"fiscal_year": str(y)})
            else:
                hit = partial_hit(r.atom.start, r.atom.end, Partial(y))
            hit.priority = _YEAR_PRIORITY
            date_hits.append(hit)
            continue
        if r.atom.words and r.kind == Kind.NUMBER and not _keep_word_number(r, pat):
            continue
        cands.append(_Cand(r.start, r.end, _NUMBER_PRIORITY + (5 if r.suffixed else 0), reading=r))
    for hit in chinese_percents(norm, pat):
        cands.append(_Cand(hit.start, hit.end, _NUMBER_PRIORITY + 6, fields={"kind": Kind.PERCENT, "unit": "percent", "low": hit.value, "high": hit.value, "detail": {"form": hit.form}}))
    for m in pat.multiplier_word.finditer(norm):
        word = m.group("word").lower()
        if not m.group("opener") and not word.endswith(("ed", "fold")):
            continue  # "double down", "the double shortage": not a multiplier
        v = pat.multiplier_words[word]
        start, qualifier = m.start(), Qualifier.EXACT
        bound = pat.qual_before.search(norm, max(0, start - 40), start)
        if bound is not None and bound.lastgroup in ("lower_bound", "upper_bound"):
            # "more than doubled": at least twice, not twice
            start, qualifier = bound.start(), Qualifier(bound.lastgroup)
        cands.append(_Cand(start, m.end(), _NUMBER_PRIORITY + 1, fields={"kind": Kind.MULTIPLIER, "unit": "x", "low": v, "high": v, "qualifier": qualifier, "detail": {"word": word}}))
    date_hits.extend(absolute_hits(norm, dp))
    date_hits.extend(relative_hits(norm, dp))
    for h in combine(norm, date_hits, dp):
        cands.append(_Cand(h.start, h.end, h.priority, date=h))

    chosen = _select(cands)
    return sane_mentions(text, _to_mentions(text, chosen, published))


_LABEL_BEFORE = re.compile(r"(?:\bthe|['’]s)[ \t]+$", re.I)
_LABEL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _year_label(norm: str, a: Atom) -> bool:
    """A year naming what follows ("the 2008 season", "2014 Oscars", "the 1959 conviction"), not counting it."""
    if not (a.digits and a.end - a.start == 4 and 1900 <= a.value <= 2100 and "," not in norm[a.start : a.end]):
        return False
    return bool(_LABEL_BEFORE.search(norm, max(0, a.start - 8), a.start) or _LABEL_AFTER.match(norm, a.end))


def _bare_year(norm: str, r: Reading, pat: Patterns) -> str | None:
    """"calendar" for a four-digit number 1900-2100 standing alone ("in 2024", "| 2024 |") or
    1000-1899 after a date preposition ("founded in 1892"),
    "fiscal" after "fiscal year"/"FY", else None."""
    a = r.atom
    if r.kind != Kind.NUMBER or r.qualifier != Qualifier.EXACT or r.start != a.start:
        return None
    label = _year_label(norm, a)
    if r.counted is not None and not label:
        return None
    if not a.digits or a.scale != 1.0 or not a.integer:
        return None
    if not (a.end - a.start == 4 and (r.end == a.end or label) and 1000 <= a.value <= 2100):
        return None
    if a.value < 1900 and not (pat.year_preposition and pat.year_preposition.search(norm, max(0, a.start - 16), a.start)):
        return None  # "1892 members" is a count; "founded in 1892" a year
    if pat.non_calendar_year.search(norm, max(0, a.start - 20), a.start):
        return "fiscal"  # "fiscal year 2008" is not the calendar year 2008
    head = norm[max(0, a.start - 8) : a.start]
    if re.search(r"\d[ \t]?-[ \t]?$", head) and not re.search(r"(?<!\d)(?:19|20)\d\d[ \t]?-[ \t]?$", head):
        return None  # "138-2010-2015": part of a digit chain
    tail = norm[a.end : a.end + 7]
    if re.match(r"[ \t]?-[ \t]?\d", tail) and not re.match(r"[ \t]?-[ \t]?(?:19|20)\d\d(?!\d)", tail):
        return None  # "2015-32": not a date at all
    return "calendar"


def _keep_word_number(r: Reading, pat: Patterns) -> bool:
    """Spelled-out numbers are kept when they count something, carry a scale, or are bounded."""
    a = r.atom
    if r.counted is not None and a.value == 1 and not is_plural(r.counted.split()[-1], pat):
        return False  # "one go", "One path": a singular noun after "one" is rarely a count worth checking
    if r.counted is not None or a.vague or a.scale != 1.0 or r.qualifier != Qualifier.EXACT:
        return True
    if a.fraction:
        return True
    return a.value not in (1.0, 0.0) and a.value.is_integer() and a.value > 10


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Best first (priority, then length), skipping any candidate that overlaps one already kept."""
    order = sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    starts: list[int] = []  # kept spans, sorted by start
    ends: list[int] = []
    chosen: list[_Cand] = []
    for c in order:
        if c.end <= c.start:
            continue
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and ends[i - 1] > c.start:
            continue
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _to_mentions(text: str, chosen: list[_Cand], published: date | None) -> list[Mention]:
    out: list[Mention] = []
    last_anchor: tuple[date, date] | None = None
    anchor_end = 0
    for c in chosen:
        start, end = _trim(text, c.start, c.end)
        if c.date is not None:
            usable = last_anchor if _anchors_weekday(text, c.date, last_anchor, anchor_end, start) else None
            m, anchor = _date_mention(text, start, end, c.date, usable, published)
            if anchor is not None:
                last_anchor, anchor_end = anchor, end
            if m is not None:
                out.append(m)
            continue
        if c.reading is not None:
            out.append(_number_mention(text, start, end, c.reading))
            continue
        f = c.fields
        out.append(Mention(kind=f["kind"], start=start, end=end, text=text[start:end], low=f["low"], high=f["high"], unit=f["unit"], qualifier=f.get("qualifier", Qualifier.EXACT), detail=f.get("detail", {})))
    return out


def _anchors_weekday(text: str, h: DateHit, anchor: tuple[date, date] | None, anchor_end: int, start: int) -> bool:
    """Can an earlier date of the text anchor this relative date? Not a decade or a century ("in the 1970s ...
    the next day" is no day of 1970); and a day said by name or from the writer's now ("died Thursday",
    "yesterday") only on a date of a day or a week in the same paragraph: a date told paragraphs before in a
    history does not date the article's own news."""
    if anchor is None:
        return True
    days = (anchor[1] - anchor[0]).days
    if "weekday" in h.detail or "_day" in h.detail:
        return days <= 7 and "\n" not in text[anchor_end:start]
    return days <= 366


def _clean(v: float | None) -> float | None:
    """Drop binary noise from scaling: 16.4 * 1e6 -> 16400000.0."""
    return None if v is None else float(f"{v:.12g}")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def _number_mention(text: str, start: int, end: int, r: Reading) -> Mention:
    q = r.qualifier
    v = r.atom.value
    if q == Qualifier.RANGE or q == Qualifier.VAGUE:
        low, high = r.low, r.high
    elif q == Qualifier.LOWER_BOUND:
        low, high = v, None
    elif q == Qualifier.UPPER_BOUND:
        low, high = None, v
    else:
        low = high = v
    detail = dict(r.detail)
    if r.atom.words and not any(ch.isdigit() for ch in text[r.atom.start : r.atom.end]):
        detail.setdefault("written", "words")
    return Mention(
        kind=r.kind,
        start=start,
        end=end,
        text=text[start:end],
        low=_clean(low),
        high=_clean(high),
        unit=r.unit,
        qualifier=q,
        tolerance=_clean(r.tolerance) or 0.0,
        per=r.per,
        counted=r.counted,
        detail=detail,
    )


def _safe(fn, anchor):  # type: ignore[no-untyped-def]
    """Run a date computation; impossible dates (Feb 29 of a common year) give None."""
    try:
        return fn(anchor)
    except (ValueError, OverflowError):
        return None


def _date_mention(
    text: str, start: int, end: int, h: DateHit, last_anchor: tuple[date, date] | None, published: date | None
) -> tuple[Mention | None, tuple[date, date] | None]:
    new_anchor = None
    anchor: tuple[date, date] | None = None
    extra_detail: dict[str, str] = {}
    relative = not h.absolute
    anchor_name = None
    resolved = True
    if "fiscal_year" in h.detail:
        iv, resolved = None, False
    elif h.absolute:
        iv = _safe(h.compute, None)
        unit = _safe(h.unit_of or h.compute, None)
        if unit is not None and unit[0] is not None and unit[1] is not None:
            new_anchor = (unit[0], unit[1])
    else:
        if last_anchor is not None:
            anchor, anchor_name = last_anchor, "text"
        elif published is not None:
            anchor, anchor_name = (published, published + timedelta(days=1)), "published"
        else:
            anchor = None
        iv = _safe(h.compute, anchor) if anchor is not None else None
        if anchor_name == "published" and "_day" in h.detail:
            anchor_name = "writer's day"  # "today", "yesterday": a day counted from the report's own day
        if iv is None:
            resolved = False
        elif h.deictic and anchor_name == "text" and published is not None:
            alt = _safe(h.compute, (published, published + timedelta(days=1)))
            if alt is not None and alt != iv:
                extra_detail["published_reading"] = f"{alt[0] or ''}/{alt[1] or ''}"
    ds, de = iv if iv is not None else (None, None)
    if h.detail.get("span") == "range" and h.unit_of is not None and iv is not None:
        last = _safe(h.unit_of, None if h.absolute else anchor)
        if last is not None and last[0] is not None:
            # where the last named unit starts: "2014-2018" read point to point ends here
            extra_detail["last_unit_start"] = last[0].isoformat()
    if h.detail.get("until") == "present" and iv is not None:
        shift = int(h.detail.get("present_offset_days", "0"))
        de = published + timedelta(days=shift) if published is not None else None
    detail = {k: v for k, v in {**h.detail, **extra_detail}.items() if not k.startswith("_")}
    m = Mention(
        kind=h.kind,
        start=start,
        end=end,
        text=text[start:end],
        qualifier=h.qualifier,
        date_start=ds,
        date_end=de,
        relative=relative,
        anchor=anchor_name,
        resolved=resolved,
        detail=detail,
    )
    return m, new_anchor
