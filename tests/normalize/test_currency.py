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
