"""normalize.currency: the one home of exchange rates; normalize dates money, evaluate and charts convert."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.api import scan_texts
from factcheck.knowledge import builtin_rules_dir, load_knowledge
from factcheck.models import Claim, Kind, TimeScope, Value
from factcheck.normalize.currency import RateTable, rate_date

RATES = RateTable(load_knowledge([builtin_rules_dir()]))
PUBLISHED = date(2025, 3, 10)


def money(unit: str | None, start: date | None = None) -> Claim:
    return Claim(
        id="c", document="d", start=0, end=1, line=1, column=1, text="x", sentence="x", kind=Kind.MONEY,
        value=Value(low=1.0, high=1.0, unit=unit), time=TimeScope(start=start, end=start) if start else None,
    )


@pytest.mark.parametrize(
    "claim, published, expected",
    [
        (money("USD", date(2024, 6, 1)), PUBLISHED, date(2024, 6, 1)),
        (money("CNY"), PUBLISHED, PUBLISHED),
        (money("USD"), None, None),
        (money("params", date(2024, 6, 1)), PUBLISHED, None),
        (money(None), PUBLISHED, None),
    ],
    ids=["its own period", "the article's date", "no date at all", "no currency", "no unit"],
)
def test_rate_date(claim, published, expected):
    assert rate_date(claim, published, RATES) == expected


def test_interval_is_convert_without_the_rate():
    lo, hi, rate = RATES.convert(2e9, 2e9, "USD", "CNY", date(2024, 6, 1))
    assert RATES.interval(2e9, 2e9, "USD", "CNY", date(2024, 6, 1)) == (lo, hi)
    assert (lo, hi) == (2e9 * rate.low, 2e9 * rate.high)
    assert RATES.interval(1.0, 1.0, "USD", "XAU", None) is None


def test_normalize_dates_money_for_its_exchange_rate(toolkit):
    text = "Published: 2024-06-14\n\nAcme is worth $2 billion (approximately 14 billion RMB).\n"
    claims = scan_texts({"a.md": text}, toolkit).claims
    dated = {c.text: c.value.rate_date for c in claims if c.value.unit in ("USD", "CNY")}
    assert dated and set(dated.values()) == {date(2024, 6, 14)}, dated


@pytest.mark.parametrize(
    ("source", "target", "when", "label"),
    [
        ("USD", "CNY", date(2024, 6, 14), "USD/CNY 7.2179-7.2552 (ECB reference rates, 2024-05-16..2024-06-14)"),
        ("USD", "CNY", date(2024, 6, 1), "USD/CNY 7.2069-7.2493 (ECB reference rates, 2024-05-03..2024-05-31)"),  # a Saturday
        ("CNY", "USD", date(2024, 6, 14), "CNY/USD 0.1378-0.1385 (ECB reference rates, 2024-05-16..2024-06-14)"),
        ("GBP", "CHF", date(2021, 1, 4), "GBP/CHF 1.1687-1.2084 (ECB reference rates, 2020-12-07..2021-01-04)"),  # not in rates.yml
    ],
)
def test_a_dated_conversion_uses_the_ecb_rates_of_the_month_before_and_names_them_and_the_days(source, target, when, label):
    """The ECB series is far tighter than yearly ranges and covers every currency it publishes."""
    rate = RATES.rate(source, target, when)
    assert rate is not None and rate.label == label
    assert rate.high / rate.low < 1.05


@pytest.mark.parametrize(
    ("source", "target", "when", "label"),
    [
        ("USD", "CNY", date(2027, 6, 1), "USD/CNY 6.11-7.35 (2015-2026, date unknown)"),  # after the series ends
    ],
)
def test_without_an_ecb_rate_the_rates_file_is_used(source, target, when, label):
    rate = RATES.rate(source, target, when)
    assert rate is not None and rate.label == label


def test_the_ecb_series_can_be_turned_off():
    table = RateTable(load_knowledge([builtin_rules_dir()]), use_ecb=False)
    assert table.rate("USD", "CNY", date(2024, 6, 14)).label == "USD/CNY 7-7.33 (2024)"
    assert table.rate("GBP", "CHF", date(2021, 1, 4)) is None


@pytest.mark.parametrize(("source", "target"), [("EUR", "USD"), ("USD", "CNY"), ("GBP", "USD")])
def test_an_undated_figure_is_converted_at_any_rate_the_series_ever_had(source, target):
    """An article with no date may be from any year: a 2008 euro figure must not be judged at 2024's rate."""
    rate = RATES.rate(source, target, None)
    dated = [RATES.rate(source, target, date(y, 6, 1)) for y in (2001, 2008, 2015, 2022)]
    assert rate is not None and "date unknown" in rate.label
    assert all(d is not None and rate.low <= d.low and d.high <= rate.high for d in dated)
