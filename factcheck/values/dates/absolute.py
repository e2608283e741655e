"""Absolute dates and calendar units: "March 23, 2024", "2024-03-23", "Q1 2025", "early 2023",
"the 1990s", and their year-less forms ("March 23", "in May") that take the anchor's year."""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.models import Kind
from factcheck.values import calendar as cal
from factcheck.values.dates.hits import Anchor, DateHit, Interval, Partial, fixed, partial_hit
from factcheck.values.dates.patterns import DatePatterns
from factcheck.values.dates.words import read_day, read_month, read_year, read_year_part

def absolute_hits(norm: str, dp: DatePatterns) -> list[DateHit]:
    pat = dp.pat
    out: list[DateHit] = []
    for m in dp.absolute.finditer(norm):
        g = m.groupdict()
        hit: DateHit | None = None
        s, e = m.start(), m.end()
        try:
            if g["a1_mon"]:
                hit = _ymd(s, e, int(g["a1_year"]), read_month(g["a1_mon"], pat), read_day(g["a1_day"], dp))
            elif g["a2_mon"]:
                hit = _ymd(s, e, read_year(g["a2_year"]), read_month(g["a2_mon"], pat), read_day(g["a2_day"], dp))
            elif g["a3_year"]:
                hit = _ymd(s, e, int(g["a3_year"]), int(g["a3_mm"]), int(g["a3_dd"]))
            elif g["a4_year"]:
                mon = g["a4_mon"] or g["a4_mon2"]
                hit = _ymd(s, e, int(g["a4_year"]), read_month(mon, pat), int(g["a4_dd"] or g["a4_dd2"]))
            elif g["a5_mon"] or g["a5_mon2"] or g["a5_mon3"] or g["a5_mon4"]:
                mon = g["a5_mon"] or g["a5_mon2"] or g["a5_mon3"] or g["a5_mon4"]
                dd = g["a5_dd"] or g["a5_dd2"] or g["a5_dd3"] or g["a5_dd4"]
                yy = g["a5_year"] or g["a5_year2"] or g["a5_year3"] or g["a5_year4"]
                hit = _ymd(s, e, int(yy), read_month(mon, pat), int(dd))
            elif g["a6_a"]:
                a, b = int(g["a6_a"]), int(g["a6_b"])
                y = read_year(g["a6_year"])
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
                hit = partial_hit(s, e, read_year_part(g["a10_which"], int(g["a10_year"]), pat))
            elif g["a11_part"]:
                part = " ".join(g["a11_part"].lower().split())
                y = int(g["a11_year"])
                if g["a11_mon"]:
                    days = pat.dates.month_parts.get(part) or pat.dates.month_parts.get(part.rstrip("-"))
                    if days is None:
                        continue
                    hit = partial_hit(s, e, Partial(y, month=read_month(g["a11_mon"], pat), days=days))
                else:
                    months = pat.dates.year_parts.get(part) or pat.dates.year_parts.get(part.rstrip("-"))
                    if months is None:
                        continue
                    hit = partial_hit(s, e, Partial(y, months=months))
            elif g["a12_dec"]:
                y = int(g["a12_dec"])
                hit = DateHit(s, e, Kind.PERIOD, fixed((date(y, 1, 1), date(y + 10, 1, 1))), True, detail={"unit": "decade"})
            elif g["a13_cent"]:
                c = int(g["a13_cent"])
                if not 1 <= c <= 22:
                    continue
                y = (c - 1) * 100
                hit = DateHit(s, e, Kind.PERIOD, fixed((date(max(y, 1), 1, 1), date(y + 100, 1, 1))), True, detail={"unit": "century"})
            elif g["a14_mon"]:
                if g["a14_mon"].lower().rstrip(".") in dp.months_amb and not g["a14_mon"][0].isupper() and g["a14_mon"].lower() == "may":
                    continue
                hit = partial_hit(s, e, Partial(read_year(g["a14_year"]), month=read_month(g["a14_mon"], pat)))
            elif g["a15_mon"]:
                if g["a15_mon"].lower().rstrip(".") in dp.months_amb and g["a15_mon"].lower() in ("may", "march"):
                    continue
                hit = partial_hit(s, e, Partial(int(g["a15_year"]), month=read_month(g["a15_mon"], pat)))
            elif g["fy_year"]:
                y = int(g["fy_year"])
                if int(g["fy_next"]) != (y + 1) % 100:
                    mm = int(g["fy_next"])
                    if 1 <= mm <= 12 and norm[m.start("fy_next") - 1] == "-":
                        hit = partial_hit(s, e, Partial(y, month=mm))  # "2015-12": a month
                        out.append(hit)
                    continue
                hit = DateHit(s, e, Kind.PERIOD, fixed((date(y, 1, 1), date(y + 2, 1, 1))), True, unit_of=fixed(cal.year_interval(y + 1)), detail={"span": "range"})
            elif g["a16_year"] or g["a16_year2"]:
                y = int(g["a16_year"] or g["a16_year2"])
                mm = int(g["a16_mm"] or g["a16_mm2"])
                hit = partial_hit(s, e, Partial(y, month=mm))
            elif g["wk_n"]:
                n_text = g["wk_n"].lower()
                nth = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}.get(n_text, -1)
                mm = read_month(g["wk_mon"], pat) if g["wk_mon"] else None
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
                    return cal.nth_week(y, m_, nth)

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
                m1, m2 = read_month(g["s1_mon1"], pat), read_month(g["s1_mon2"], pat)
                p1 = Partial(y - (1 if m1 > m2 else 0), month=m1)
                p2 = Partial(y, month=m2)
                hit = DateHit(s, e, Kind.PERIOD, fixed((p1.interval()[0], p2.interval()[1])), True, unit_of=fixed(p2.interval()), detail={"span": "range"})
            elif g["s2_mon"]:
                mm = read_month(g["s2_mon"], pat)
                d1, d2 = read_day(g["s2_d1"], dp), read_day(g["s2_d2"], dp)
                if not (d1 and d2 and d1 < d2 and cal.valid_day(2000, mm, d2)):
                    continue
                pa, pb = Partial(None, month=mm, day=d1), Partial(None, month=mm, day=d2)
                if g["s2_year"]:
                    y = int(g["s2_year"])
                    hit = DateHit(s, e, Kind.PERIOD, fixed((pa.interval(y)[0], pb.interval(y)[1])), True, unit_of=fixed(pb.interval(y)), detail={"span": "range"})
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
                dd = read_day(g[f"{b}_day"], dp)
                mm = read_month(g[f"{b}_mon"], pat)
                if dd and cal.valid_day(2000, mm, dd):
                    hit = partial_hit(s, e, Partial(None, month=mm, day=dd))
            elif g["b3_mon"]:
                part = " ".join(g["b3_part"].lower().split())
                days = pat.dates.month_parts.get(part) or pat.dates.month_parts.get(part.rstrip("-"))
                if days is not None:
                    hit = partial_hit(s, e, Partial(None, month=read_month(g["b3_mon"], pat), days=days))
            elif g["b4_mon"]:
                if not _month_context(norm, m.start("b4_mon"), g["b4_mon"], dp, with_day=False):
                    continue
                hit = partial_hit(s, e, Partial(None, month=read_month(g["b4_mon"], pat)))
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


