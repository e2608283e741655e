"""Money between currencies: the one place exchange rates are looked up and applied.

normalize dates each money claim (`Value.rate_date`: its own period's start,
else its article's date); evaluate converts with `RateTable.convert` (the
conversion and consistency rule types, through evaluate.compare.to_unit); the
HTML charts put two currencies on one axis with `RateTable.interval`. On a
known day, a pair the European Central Bank publishes is converted at its
daily reference rates of the month up to that day (factcheck.normalize.ecb),
and the label names the rates and the days. Otherwise the dated ranges of rules/knowledge/rates.yml are used
(currencies or days the ECB series lacks): the low and high rates of the
period that holds the claim's date, else every period on file, so a check
only fails when no plausible rate fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factcheck.knowledge import Knowledge
from factcheck.models import Claim
from factcheck.normalize.ecb import daily_rate, ecb_currencies, series_range


@dataclass(frozen=True)
class Rate:
    low: float
    high: float
    label: str  # e.g. "USD/CNY 7.2290-7.2552 (ECB reference rates, 2024-05-16..2024-06-14)" or "USD/CNY 7.00-7.33 (2024)"


class RateTable:
    """The ECB's daily reference rates, then the dated exchange-rate ranges of the knowledge files."""

    def __init__(self, knowledge: Knowledge, use_ecb: bool = True) -> None:
        self.pairs = {(p.base, p.quote): p for p in knowledge.rates}
        self.use_ecb = use_ecb
        ecb = ecb_currencies() if use_ecb else frozenset()
        self.currencies = frozenset(code for pair in self.pairs for code in pair) | ecb

    def rate(self, source: str, target: str, when: date | None) -> Rate | None:
        """Units of `target` per one unit of `source`, as a range, or None when unknown."""
        if source == target:
            return Rate(1.0, 1.0, f"{source}={target}")
        daily = daily_rate(source, target, when) if self.use_ecb and when is not None else None
        if daily is not None:
            return Rate(daily.low, daily.high, daily.label)
        if when is None and self.use_ecb and (whole := series_range(source, target)) is not None:
            # No date: the article may be from any year the series covers.
            return Rate(whole.low, whole.high, f"{whole.label.split(' (')[0]} (ECB reference rates {whole.first.year}-{whole.last.year}, date unknown)")
        inverse = False
        pair = self.pairs.get((source, target))
        if pair is None:
            pair = self.pairs.get((target, source))
            inverse = True
        if pair is None:
            return None
        periods = [p for p in pair.periods if when is not None and p.start <= when <= p.end]
        span = f"{periods[0].start.year}" if len(periods) == 1 else None
        if not periods:
            periods = list(pair.periods)
            span = f"{periods[0].start.year}-{periods[-1].end.year}, date unknown"
        lo = min(p.low for p in periods)
        hi = max(p.high for p in periods)
        label = f"{pair.base}/{pair.quote} {lo:g}-{hi:g} ({span})"
        if inverse:
            return Rate(1 / hi, 1 / lo, label)
        return Rate(lo, hi, label)

    def convert(self, low: float, high: float, source: str, target: str, when: date | None) -> tuple[float, float, Rate] | None:
        """[low, high] in `source` as [low, high] in `target` (low end at the low rate), with the rate used."""
        r = self.rate(source, target, when)
        if r is None:
            return None
        return low * r.low, high * r.high, r

    def interval(self, low: float, high: float, source: str, target: str, when: date | None) -> tuple[float, float] | None:
        """`convert` without the rate: the shape the report charts take (report.charts.Converter)."""
        got = self.convert(low, high, source, target, when)
        return (got[0], got[1]) if got is not None else None


def rate_date(claim: Claim, published: date | None, table: RateTable) -> date | None:
    """The day a money claim is converted at: its own period's start, else its article's date.

    None for claims in no currency the rate table knows (nothing could convert them)."""
    if claim.value.unit not in table.currencies:
        return None
    if claim.time is not None and claim.time.start is not None:
        return claim.time.start
    return published
