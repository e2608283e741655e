"""evaluate.compare: qualifier-aware interval comparison, rounding and currencies."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.evaluate.compare import relate
from factcheck.evaluate.tolerance import FigureSlack
from factcheck.knowledge import builtin_rules_dir, load_knowledge
from factcheck.models import Claim, Kind, Qualifier, Value
from factcheck.normalize.currency import RateTable

RATES = RateTable(load_knowledge([builtin_rules_dir()]))


def claim(low, high=None, unit="USD", q=Qualifier.EXACT, tol=0.0, kind=Kind.MONEY, text="x") -> Claim:
    high = low if high is None and q not in (Qualifier.LOWER_BOUND,) else high
    return Claim(
        id="c", document="d", start=0, end=1, line=1, column=1, text=text, sentence="x", kind=kind,
        value=Value(low=low, high=high, unit=unit, tolerance=tol), qualifier=q,
    )


@pytest.mark.parametrize(
    "a, b, kind",
    [
        (claim(130e9, unit="params", tol=0.5e9), claim(100e9, unit="params", tol=0.5e9), "conflict"),
        (claim(1.4e9, tol=0.05e9), claim(1.43e9, tol=0.005e9), "agree"),
        (claim(100e9, unit="params", q=Qualifier.LOWER_BOUND, tol=0.5e9), claim(100e9, unit="params"), "agree"),
        (claim(22, unit=None, q=Qualifier.LOWER_BOUND), claim(23, unit=None, q=Qualifier.LOWER_BOUND), "bounds"),
        (claim(380e9, unit="CNY", q=Qualifier.LOWER_BOUND), claim(380e9, unit="CNY", q=Qualifier.LOWER_BOUND), "agree"),
        (claim(10, unit=None, q=Qualifier.UPPER_BOUND), claim(20, unit=None, q=Qualifier.LOWER_BOUND), "conflict"),
        (claim(2e9, 3e9, q=Qualifier.RANGE), claim(2.5e9), "agree"),
        (claim(100, unit=None, q=Qualifier.APPROXIMATE), claim(108, unit=None), "agree"),
        (claim(100, unit=None, q=Qualifier.APPROXIMATE), claim(115, unit=None), "conflict"),
        (claim(2e9), claim(14.4e9, unit="CNY", tol=0.05e9), "agree"),  # 14.4 as written: rounded to 0.1
        (claim(2e9), claim(140e9, unit="CNY"), "conflict"),
        (claim(5, unit="GBP"), claim(5, unit="XAU"), "incomparable"),
        (claim(6e6, tol=0.5e6, text="$6 million"), claim(5.6e6, tol=0.05e6, text="$5.6 million"), "agree"),
        (claim(2e5, unit="GBP", tol=5e4, text="£200,000 a week"), claim(1.8e5, unit="GBP", tol=5e3, text="£180,000 a week"), "conflict"),
        (claim(2, unit="year", tol=0.5, kind=Kind.DURATION), claim(2.5, unit="year", tol=0.05, kind=Kind.DURATION), "conflict"),
        (claim(6.4e6, tol=0.05e6), claim(6.2e6, tol=0.05e6), "conflict"),
        (claim(80e6, tol=0.5e6, text="$80 million"), claim(82e6, tol=0.5e6, text="$82 million"), "agree"),
        (claim(350e9, tol=0.5e9, text="$350 billion"), claim(349e9, tol=0.5e9, text="$349 billion"), "agree"),
        (claim(10e6, tol=0.5e6, text="$10 million"), claim(12e6, tol=0.5e6, text="$12 million"), "conflict"),
        (claim(80, unit=None, tol=0.5, kind=Kind.NUMBER), claim(82, unit=None, tol=0.5, kind=Kind.NUMBER), "conflict"),
    ],
    ids=[
        "130B vs 100B params", "1.4B rounded vs 1.43B", "100B+ holds 100B", "two lower bounds",
        "same lower bound", "upper below lower", "range holds point", "about 100 holds 108",
        "about 100 misses 115", "USD vs CNY at 2024 rates", "tenfold currency slip", "no rate",
        "$6 million reaches half its one digit", "£200,000 written with its zeros keeps them", "2 years is not 2 1/2", "two digits keep the cap",
        "$80 million may be rounded to its tens", "$350 billion too", "a round amount keeps the cap", "a count stays exact",
    ],
)
def test_relate(a, b, kind):
    assert relate(a, b, FigureSlack(), RATES, date(2024, 6, 1)).kind == kind


def test_rates_of_the_period_are_used_and_named():
    """The rates file's ranges (used where the ECB series has no rate, here switched off)."""
    file_only = RateTable(load_knowledge([builtin_rules_dir()]), use_ecb=False)
    r = file_only.rate("USD", "CNY", date(2024, 6, 1))
    assert (r.low, r.high) == (7.0, 7.33) and "2024" in r.label
    inverse = file_only.rate("CNY", "USD", date(2024, 6, 1))
    assert inverse.low == pytest.approx(1 / 7.33)


def test_unknown_date_uses_every_period():
    r = RATES.rate("USD", "CNY", None)
    assert r.low < 6.5 < 7.3 < r.high and "date unknown" in r.label


@pytest.mark.parametrize(
    "a, b, kind",
    [
        (claim(31, unit="year", tol=0.5, kind=Kind.NUMBER), claim(32, unit="year", tol=0.5, kind=Kind.NUMBER), "conflict"),
        (claim(31, unit="year", tol=0.5, kind=Kind.NUMBER), claim(31, unit="year", tol=0.5, kind=Kind.NUMBER), "agree"),
        (claim(5, unit=None, kind=Kind.NUMBER), claim(5, unit=None, kind=Kind.NUMBER), "agree"),
    ],
    ids=["roundings that only touch", "same rounding", "same point"],
)
def test_two_roundings_that_only_touch_are_two_values(a, b, kind):
    assert relate(a, b, FigureSlack(), RATES, None).kind == kind


def dated(weekday=None, start=None, end=None, text="x") -> Claim:
    return Claim(
        id="c", document="d", start=0, end=1, line=1, column=1, text=text, sentence=text, kind=Kind.DATE,
        value=Value(weekday=weekday, start=start, end=end),
    )


@pytest.mark.parametrize(
    "a, b, kind",
    [
        (dated(weekday=1, text="Tuesday"), dated(weekday=2, text="Wednesday"), "conflict"),
        (dated(weekday=1, start=date(2024, 3, 5), end=date(2024, 3, 6)), dated(weekday=1, start=date(2024, 3, 12), end=date(2024, 3, 13)), "agree"),
        (dated(weekday=4, text="Friday"), dated(start=date(2008, 12, 6), end=date(2008, 12, 7)), "conflict"),  # a Saturday
        (dated(weekday=5, text="Saturday"), dated(start=date(2008, 12, 6), end=date(2008, 12, 7)), "agree"),
    ],
    ids=["two weekdays", "one weekday resolved against two article dates", "weekday against a stated day", "the stated day's weekday"],
)
def test_a_weekday_compares_as_a_weekday(a, b, kind):
    """Each article resolves "on Tuesday" against its own date; the event's weekday is what they share."""
    assert relate(a, b, FigureSlack(), RATES, None).kind == kind


def yearless(code: str, text: str = "x") -> Claim:
    return Claim(
        id="c", document="d", start=0, end=1, line=1, column=1, text=text, sentence=text, kind=Kind.DATE,
        value=Value(yearless=code),
    )


@pytest.mark.parametrize(
    "a, b, kind",
    [
        (yearless("--12-06"), yearless("--12-07"), "conflict"),
        (yearless("--12-06"), yearless("--12"), "agree"),
        (yearless("--05"), yearless("--08"), "conflict"),
        (yearless("--12-06"), dated(start=date(2008, 12, 6), end=date(2008, 12, 7)), "agree"),
        (yearless("--12-06"), dated(start=date(2008, 11, 6), end=date(2008, 11, 7)), "conflict"),
    ],
    ids=["two days", "a day in its month", "two months", "a stated day", "a stated day of another month"],
)
def test_a_day_without_its_year_compares_by_month_and_day(a, b, kind):
    """An undated article's "on 6 December" cannot be placed in a year, but reports of one event share the day."""
    assert relate(a, b, FigureSlack(), RATES, None).kind == kind


@pytest.mark.parametrize(
    "a, b",
    [
        (dated(weekday=3, start=date(2013, 6, 6), end=date(2013, 6, 7), text="Thursday"),
         Claim(id="c", document="d", start=0, end=1, line=1, column=1, text="6 June", sentence="x", kind=Kind.DATE,
               value=Value(yearless="--06-06", start=date(1921, 6, 6), end=date(1921, 6, 7)))),
        (yearless("--06-06"), dated(weekday=0, text="Monday")),
    ],
    ids=["a day given a year from another date of its article", "a day with no year at all"],
)
def test_a_weekday_and_a_day_without_its_year_are_not_compared(a, b):
    """"Died on Thursday" and "died on 6 June": the year the second article's other dates lend the day (a birth
    year) gives it a weekday it never had; with no year told, the two cannot contradict each other."""
    assert relate(a, b, FigureSlack(), RATES, None).kind == "incomparable"


def record(counts: str, text: str | None = None) -> Claim:
    return Claim(
        id="c", document="d", start=0, end=1, line=1, column=1, text=text or counts, sentence="x", kind=Kind.RECORD,
        value=Value(record=counts),
    )


@pytest.mark.parametrize(
    "a, b, kind",
    [
        (record("52-3"), record("52-3"), "agree"),
        (record("53-3"), record("52-3"), "conflict"),
        (record("52-3"), record("52-4"), "conflict"),
        (record("45-7-2"), record("45-7-1"), "conflict"),
        (record("52-3"), record("52-3-0"), "agree"),
        (record("52-3"), claim(52, unit=None, kind=Kind.NUMBER), "incomparable"),
    ],
    ids=["the same record", "one more win", "one more loss", "one more draw", "no draws told and none", "a record and a count"],
)
def test_a_record_agrees_only_count_for_count(a, b, kind):
    """A record is its counts, not an interval: no rounding or slack brings "52-3" near "53-3"."""
    assert relate(a, b, FigureSlack(relative=0.1), RATES, None).kind == kind
