"""Compare two figures as intervals, respecting qualifiers, rounding and units.

"$1.4B" covers 1.35-1.45 billion (the digits given, never more than the rule's
`rounding_cap` share of the figure); "about X" reaches the
rule's `approximate` share either side; "at least X" is open above; money in
two currencies is compared through the exchange-rate range of the period.
The result says whether the two figures agree, conflict, or are both true
without saying the same thing (two different lower bounds).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from factcheck.evaluate.tolerance import FigureSlack
from factcheck.models import Claim, Kind, Qualifier
from factcheck.normalize.currency import RateTable

INF = math.inf


@dataclass(frozen=True)
class Span:
    lo: float
    hi: float
    unit: str | None

    def show(self) -> str:
        def f(x: float) -> str:
            if math.isinf(x):
                return "∞" if x > 0 else "-∞"
            return human(x)

        if self.lo == self.hi:
            return f"{f(self.lo)} {self.unit or ''}".strip()
        return f"{f(self.lo)}–{f(self.hi)} {self.unit or ''}".strip()


@dataclass(frozen=True)
class Relation:
    kind: str  # agree | conflict | bounds | incomparable
    reason: str
    a: Span | None = None
    b: Span | None = None


def human(x: float) -> str:
    """1.4e9 -> '1.4 billion', 62500 -> '62,500', 0.14 -> '0.14'."""
    ax = abs(x)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if ax >= size:
            return f"{x / size:.4g} {word}"
    if ax >= 1000:
        return f"{x:,.0f}"
    return f"{x:.4g}"


ROUND_TENS_DIGITS = 1000  # "$80 million", "$350 billion": at most three digits before a scale word


def _round_tens(claim: Claim) -> bool:
    """An amount of money written with a scale word whose last digit is a zero ("$80 million", "$350 billion"):
    outlets round such a figure to its tens ("$82 million" told as "$80 million"), so the zero is no digit read
    exactly; "£200,000" writes out its zeros and keeps them."""
    v = claim.value
    if claim.kind != Kind.MONEY or v.tolerance <= 0 or v.low is None or v.low != v.high:
        return False
    written = v.low / (2 * v.tolerance)  # the number as its digits are written ("80" of "$80 million")
    whole = round(written)
    return math.isclose(written, whole, rel_tol=1e-9) and whole % 10 == 0 and 0 < whole < ROUND_TENS_DIGITS


def span(claim: Claim, tol: FigureSlack) -> Span:
    """The interval a claim allows, given how it was bounded."""
    v = claim.value
    lo = v.low if v.low is not None else -INF
    hi = v.high if v.high is not None else INF
    base = v.low if v.low is not None else (v.high if v.high is not None else 0.0)
    # Rounding slack from the digits given, capped ("$2.4 billion" means 2.35 to 2.45), except for an amount of
    # money written as one digit and a scale word, which reviewers read to half that digit ("$6 million": 5.5 to
    # 6.5 million; ANNOTATION.md); "£200,000" shows its zeros and keeps them, a count stays exact.
    one_digit = (
        claim.kind == Kind.MONEY and v.tolerance > 0 and abs(base) < 20 * v.tolerance and sum(ch.isdigit() for ch in claim.text) == 1
    )
    digits = 10 * v.tolerance if _round_tens(claim) else v.tolerance  # "$80 million" may be rounded to its tens
    slack = (v.tolerance if one_digit else min(digits, tol.rounding_cap * abs(base))) + tol.relative * abs(base)
    q = claim.qualifier
    if q == Qualifier.APPROXIMATE:
        slack = max(slack, tol.approximate * abs(base))
    elif q == Qualifier.VAGUE:
        slack = max(slack, tol.vague * abs(base))
    if q == Qualifier.LOWER_BOUND:
        return Span(lo - slack, INF, v.unit)
    if q == Qualifier.UPPER_BOUND:
        return Span(-INF, hi + slack, v.unit)
    return Span(lo - slack, hi + slack, v.unit)


def to_unit(s: Span, target: str | None, rates: RateTable, when: date | None) -> tuple[Span | None, str]:
    if s.unit == target or target is None or s.unit is None:
        return s, ""
    conv = rates.convert(s.lo, s.hi, s.unit, target, when)
    if conv is None:
        return None, f"no exchange rate from {s.unit} to {target}"
    lo, hi, r = conv
    return Span(lo, hi, target), f"converted at {r.label}"


def _bounded(q: Qualifier) -> str | None:
    return {Qualifier.LOWER_BOUND: "lower", Qualifier.UPPER_BOUND: "upper"}.get(q)


def relate_numbers(a: Claim, b: Claim, tol: FigureSlack, rates: RateTable, when: date | None) -> Relation:
    sa = span(a, tol)
    sb, how = to_unit(span(b, tol), sa.unit, rates, when)
    if sb is None:
        return Relation("incomparable", how)
    note = f" ({how})" if how else ""
    overlap = sa.lo <= sb.hi and sb.lo <= sa.hi
    if overlap and sa.lo < sa.hi and sb.lo < sb.hi and (sa.hi == sb.lo or sb.hi == sa.lo):
        # Two roundings that only touch ("31" and "32" years: 30.5–31.5 and 31.5–32.5) are two values:
        # a rounding interval holds its lower end and not its upper one.
        overlap = False
    ba, bb = _bounded(a.qualifier), _bounded(b.qualifier)
    if not overlap:
        return Relation("conflict", f"{sa.show()} and {sb.show()} do not overlap{note}", sa, sb)
    if ba and bb:
        same = (ba == bb == "lower" and abs(sa.lo - sb.lo) <= max(a.value.tolerance, b.value.tolerance, 1e-9 * abs(sa.lo))) or (
            ba == bb == "upper" and abs(sa.hi - sb.hi) <= max(a.value.tolerance, b.value.tolerance, 1e-9 * abs(sa.hi))
        )
        if same:
            return Relation("agree", f"the same bound{note}", sa, sb)
        return Relation("bounds", f"both are bounds ({sa.show()}; {sb.show()}): both can hold{note}", sa, sb)
    return Relation("agree", f"{sa.show()} and {sb.show()} overlap{note}", sa, sb)


def relate_dates(a: Claim, b: Claim) -> Relation:
    def iv(c: Claim) -> tuple[date, date]:
        return (c.value.start or date.min, c.value.end or date.max)

    (a0, a1), (b0, b1) = iv(a), iv(b)
    show = lambda c: c.text  # noqa: E731 - quotes read better than ISO intervals here
    if a0 < b1 and b0 < a1:
        return Relation("agree", f"'{show(a)}' and '{show(b)}' overlap")
    return Relation("conflict", f"'{show(a)}' ({a0 if a0 != date.min else '…'} to {a1 if a1 != date.max else '…'}) and '{show(b)}' ({b0 if b0 != date.min else '…'} to {b1 if b1 != date.max else '…'}) do not overlap")


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday_of(c: Claim) -> int | None:
    """The weekday a claim names: its own ("on Tuesday"), or that of a stated single day."""
    v = c.value
    if v.weekday is not None:
        return v.weekday
    if v.start is not None and v.end is not None and (v.end - v.start).days == 1 and c.frame.relative_date is None:
        return v.start.weekday()
    return None


def relate_weekdays(a: Claim, b: Claim) -> Relation | None:
    """Two reports of one event name its weekday: compare the weekdays, not the days they were
    resolved to (each against its own article's date). None when neither names a weekday."""
    if a.value.weekday is None and b.value.weekday is None:
        return None
    wa, wb = _weekday_of(a), _weekday_of(b)
    if wa is None or wb is None:
        return None
    if wa == wb:
        return Relation("agree", f"'{a.text}' and '{b.text}' name the same weekday ({WEEKDAYS[wa]})")
    return Relation("conflict", f"'{a.text}' is a {WEEKDAYS[wa]}, '{b.text}' a {WEEKDAYS[wb]}")


def _month_day(c: Claim) -> tuple[int, int | None] | None:
    """(month, day or None) of a date told without its year, or of a stated single day or month."""
    v = c.value
    if v.yearless:
        month, _, day = v.yearless[2:].partition("-")
        return int(month), int(day) if day else None
    if v.start is not None and v.end is not None and c.frame.relative_date is None:
        days = (v.end - v.start).days
        if days == 1:
            return v.start.month, v.start.day
        if 28 <= days <= 31 and v.start.day == 1:
            return v.start.month, None
    return None


def relate_yearless(a: Claim, b: Claim) -> Relation | None:
    """A day or month told without its year ("on 6 December") against another: compare month and day at
    the precision both give. None when neither is yearless."""
    if not a.value.yearless and not b.value.yearless:
        return None
    ma, mb = _month_day(a), _month_day(b)
    if ma is None or mb is None:
        return None
    same = ma[0] == mb[0] and (ma[1] is None or mb[1] is None or ma[1] == mb[1])
    if same:
        return Relation("agree", f"'{a.text}' and '{b.text}' name the same day or month of the year")
    return Relation("conflict", f"'{a.text}' and '{b.text}' name different days or months of the year")


def _counts(record: str) -> tuple[int, ...]:
    """Wins, losses and draws of a record ("52-3" -> (52, 3, 0)): a record told without draws has none."""
    parts = [int(p) for p in record.split("-")]
    return tuple((parts + [0, 0, 0])[:3])


def relate_records(a: Claim, b: Claim) -> Relation | None:
    """Two win-loss records agree only when every count is the same ("52-3" and "52-3-0"); a record against
    any other figure says nothing. None when neither is a record."""
    if a.value.record is None and b.value.record is None:
        return None
    if a.value.record is None or b.value.record is None:
        return Relation("incomparable", f"'{a.text}' and '{b.text}': a win-loss record and another figure")
    if _counts(a.value.record) == _counts(b.value.record):
        return Relation("agree", f"'{a.text}' and '{b.text}' are the same record")
    return Relation("conflict", f"'{a.text}' and '{b.text}' are different records")


def relate(a: Claim, b: Claim, tol: FigureSlack, rates: RateTable, when: date | None) -> Relation:
    if (records := relate_records(a, b)) is not None:
        return records
    if (a.value.weekday is not None and b.value.yearless) or (b.value.weekday is not None and a.value.yearless):
        # "on Thursday" against "on 6 June": the weekday of a day told without its year is unknown, and the
        # year an article's other dates lend it is often another one (a birth year, an earlier event)
        return Relation("incomparable", f"'{a.text}' and '{b.text}': a weekday and a day whose year is not told")
    if (weekdays := relate_weekdays(a, b)) is not None:
        return weekdays
    if (yearless := relate_yearless(a, b)) is not None:
        return yearless
    if a.value.start is not None or a.value.end is not None or b.value.start is not None or b.value.end is not None:
        if (a.value.start or a.value.end) and (b.value.start or b.value.end):
            return relate_dates(a, b)
        return Relation("incomparable", "a date and a number")
    if a.value.low is None and a.value.high is None or b.value.low is None and b.value.high is None:
        return Relation("incomparable", "no value")
    return relate_numbers(a, b, tol, rates, when)
