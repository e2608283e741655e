"""Join neighbouring numbers: ranges, shared units, paired bounds, parameter notes.

"$2-3 billion", "$100-200 million", "150-200 employees", "between 20 and
30", "8- to 16-metre": one range, with the scale, currency and unit written
once applied to both ends. "5 and 6 kg" is two values that share the unit,
never a range. "at most 100 and at least 20" is one interval. "321B (38B
active)" makes both parameter counts. "rose from 10 to 20" is a change, so
it stays two values.
"""

from __future__ import annotations

import re

from factcheck.values.patterns import Patterns
from factcheck.values.readings import Reading, read_per
from factcheck.models import Kind, Qualifier

_AND_OR = re.compile(r"[ \t]+(?:and|or)[ \t]+", re.IGNORECASE)
_PAREN_OPEN = re.compile(r"[ \t]*\([ \t]*")


def join_readings(norm: str, readings: list[Reading], pat: Patterns) -> list[Reading]:
    out: list[Reading] = []
    i = 0
    n = len(readings)
    while i < n:
        r = readings[i]
        if i + 1 < n:
            nxt = readings[i + 1]
            joined = _range(norm, r, nxt, pat)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            if _minor_units(norm, r, nxt, pat):
                i += 2
                while i < n and _minor_units(norm, r, readings[i], pat):
                    i += 1  # "50元6角三分": several coins
                out.append(r)
                continue
            _share_unit(norm, r, nxt, pat)
        out.append(r)
        i += 1
    _parameters_in_parentheses(norm, out, pat)
    return _pair_bounds(norm, out, pat)


def _same_family(a: Reading, b: Reading) -> bool:
    if a.kind == b.kind and a.unit == b.unit:
        return True
    if a.kind == Kind.NUMBER and not a.suffixed and a.counted is None:
        return True  # "$2-3 billion", "8- to 16-metre": the first end borrows from the second
    if a.kind == Kind.MONEY and b.kind == Kind.NUMBER and not b.suffixed:
        return True  # "$0.14-0.27/M tokens", "$100-200 million valuations"
    return False


def _range(norm: str, a: Reading, b: Reading, pat: Patterns) -> Reading | None:
    if a.end > b.start or a.atom.vague or b.atom.vague:
        return None
    if a.qualifier not in (Qualifier.EXACT, Qualifier.APPROXIMATE) or b.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        return None
    gap_start = a.end
    m = pat.range_joiner.match(norm, gap_start)
    if m is None or m.end() not in (b.start, b.atom.start):
        return None
    if m.end() == b.atom.start and b.start < b.atom.start:
        if b.start < gap_start:
            return None
        # "20~100": the "~" read as b's "about" is the joiner
        b.start = b.atom.start
        b.qualifier = Qualifier.EXACT
    joiner = norm[gap_start : m.end()].strip().lower()
    is_and = joiner.split()[0] in pat.and_joiners if joiner.split() else False
    if is_and and a.opener.lower() not in pat.pair_openers:
        return None
    if not is_and and a.opener and a.opener.lower() not in pat.pair_openers:
        # "rose from 10 to 20", "est passé de 200 à 300", "è salito da 10 a 20": a change, not a range
        if _change_before(norm, a.opener_start, pat):
            return None
    elif not a.opener and joiner.lstrip("-").strip().startswith("to"):
        if _change_before(norm, a.start, pat):
            return None
    if not _same_family(a, b):
        return None
    if _year_like(a) and _year_like(b) and b.kind == Kind.NUMBER and b.counted is None:
        return None  # "2023-2024" is a period: dates.py reads it
    if a.atom.chinese != b.atom.chinese and "-" in joiner:
        return None
    lo_atom, hi_atom = a.atom, b.atom
    lo = lo_atom.value
    hi = hi_atom.value
    if lo_atom.scale == 1.0 and hi_atom.scale != 1.0:
        if lo_atom.base > hi_atom.base:
            return None  # "founded in 2021 to $148 million": 2021 cannot borrow the millions, so no range
        lo = lo_atom.base * hi_atom.scale
    if not lo < hi:
        return None
    if "-" in joiner and not a.opener and _looks_like_identifier_chain(norm, a, b):
        return None
    r = Reading(atom=b.atom, start=a.start, end=b.end)
    r.kind = b.kind if b.kind != Kind.NUMBER or a.kind == Kind.NUMBER else a.kind
    r.unit = b.unit if b.unit is not None else a.unit
    if a.kind == Kind.MONEY and b.kind == Kind.NUMBER:
        r.kind, r.unit = Kind.MONEY, a.unit
        if b.counted is not None:
            r.counted = None
            r.end = b.number_end
            b.counted = None
    r.low, r.high = lo, hi
    r.qualifier = Qualifier.RANGE
    r.tolerance = max(a.tolerance * (hi_atom.scale if lo_atom.scale == 1.0 and lo != lo_atom.value else 1.0), b.tolerance)
    r.per = b.per or a.per
    r.counted = b.counted
    r.detail = {**a.detail, **b.detail}
    r.currency_form = a.currency_form or b.currency_form
    r.suffixed = True
    r.number_end = b.number_end
    if a.opener and a.opener_start >= 0:
        r.start = min(r.start, a.opener_start)
    if r.kind == Kind.MONEY and r.per is None:
        read_per(norm, r, pat)
    return r


def _year_like(r: Reading) -> bool:
    a = r.atom
    return a.digits and a.integer and a.scale == 1.0 and 1900 <= a.value <= 2100 and a.end - a.start == 4


def _looks_like_identifier_chain(norm: str, a: Reading, b: Reading) -> bool:
    """"1-222-2222" or "138-2010-2015": more hyphens and digits follow."""
    rest = norm[b.end : b.end + 2]
    before = norm[max(0, a.start - 1) : a.start]
    return (len(rest) == 2 and rest[0] == "-" and rest[1].isdigit()) or before == "-"


def _change_before(norm: str, pos: int, pat: Patterns) -> bool:
    words = re.findall(r"[^\W\d_][\w'-]*", norm[max(0, pos - 40) : pos].lower())[-3:]
    return any(w in pat.change_words for w in words)


def _share_unit(norm: str, a: Reading, b: Reading, pat: Patterns) -> None:
    """"5 and 6 kg", "45 and 50 mg": the first value gets the unit, stays a separate value."""
    if a.suffixed or a.counted is not None or not b.suffixed or a.kind != Kind.NUMBER or _year_like(a):
        return
    if b.kind not in (Kind.QUANTITY, Kind.DURATION, Kind.PERCENT) and not (b.kind == Kind.MONEY and b.currency_form in ("name", "code", "zh")):
        return
    m = _AND_OR.match(norm, a.end)
    if m is None or m.end() != b.start:
        return
    if a.opener.lower() in pat.pair_openers:
        return
    a.kind, a.unit = b.kind, b.unit
    if b.kind == Kind.MONEY:
        a.currency_form = b.currency_form
        if a.atom.scale == 1.0 and b.atom.scale != 1.0:
            a.atom.value = a.atom.base * b.atom.scale
            a.tolerance *= b.atom.scale
    a.detail["unit_from"] = "next"


def _minor_units(norm: str, a: Reading, b: Reading, pat: Patterns) -> bool:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "五元三毛": add the coins."""
    if a.kind != Kind.MONEY or a.currency_form not in ("name", "zh", "code") or a.qualifier != Qualifier.EXACT:
        return False
    if a.atom.scale != 1.0 or not (0 < b.atom.value < 100) or b.atom.scale != 1.0:
        return False
    m = pat.minor_join.match(norm, a.end)
    if m is None or m.end() != b.start:
        return False
    end = b.end
    if b.kind == Kind.MONEY:
        if b.unit in pat.minor_units:
            factor = pat.minor_units[b.unit]
        else:
            return False
    elif b.kind == Kind.NUMBER and b.counted is None and not b.suffixed:
        factor, end = _zh_minor(norm, b, a.unit, pat)
    else:
        return False
    a.atom.value = a.atom.value + b.atom.value * factor
    a.end = end
    return True


def _zh_minor(norm: str, b: Reading, unit: str | None, pat: Patterns) -> tuple[float, int]:
    """"五元三毛", "50元6角": a Chinese coin word after the number sets its factor."""
    pos = b.atom.end
    for word, (cur, factor) in sorted(pat.currency_zh_minor.items(), key=lambda kv: -len(kv[0])):
        if cur == unit and norm.startswith(word, pos):
            return factor, pos + len(word)
    return 0.01, b.end


def _parameters_in_parentheses(norm: str, readings: list[Reading], pat: Patterns) -> None:
    """"321B (38B active)": the total before a parenthesised parameter count is one too."""
    for a, b in zip(readings, readings[1:]):
        if b.kind != Kind.PARAMETERS or a.kind != Kind.NUMBER or a.atom.scale == 1.0:
            continue
        m = _PAREN_OPEN.match(norm, a.end)
        if m is not None and m.end() == b.start:
            a.kind, a.unit = Kind.PARAMETERS, "params"
            a.counted = None
            a.end = a.number_end if a.qualifier != Qualifier.LOWER_BOUND else a.end


def _pair_bounds(norm: str, readings: list[Reading], pat: Patterns) -> list[Reading]:
    """"at most 100 and at least 20" -> [20, 100]; inconsistent pairs stay apart."""
    out: list[Reading] = []
    i = 0
    while i < len(readings):
        a = readings[i]
        if i + 1 < len(readings):
            b = readings[i + 1]
            quals = {a.qualifier, b.qualifier}
            if quals == {Qualifier.LOWER_BOUND, Qualifier.UPPER_BOUND} and a.kind == b.kind and a.unit == b.unit:
                m = pat.bound_join.match(norm, a.end)
                if m is not None and m.end() == b.start:
                    lower, upper = (a, b) if a.qualifier == Qualifier.LOWER_BOUND else (b, a)
                    if lower.value < upper.value:
                        r = Reading(atom=b.atom, start=a.start, end=b.end, kind=a.kind, unit=a.unit)
                        r.low, r.high = lower.value, upper.value
                        r.qualifier = Qualifier.RANGE
                        r.tolerance = max(a.tolerance, b.tolerance)
                        r.detail = {**a.detail, **b.detail, "bounds": "paired"}
                        r.counted = b.counted or a.counted
                        r.suffixed = True
                        out.append(r)
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out
