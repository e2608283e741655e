"""Convert money between currencies with dated exchange-rate ranges from rules/knowledge/rates.yml.

A conversion gives an interval, never a point: the low and high rates of the
period that holds the claim's date (else the article's date, else every
period on file), so a check only fails when no plausible rate fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factcheck.knowledge import Knowledge


@dataclass(frozen=True)
class Rate:
    low: float
    high: float
    label: str  # e.g. "USD/CNY 7.00-7.33 (2024)"


class RateTable:
    def __init__(self, knowledge: Knowledge) -> None:
        self.pairs = {(p.base, p.quote): p for p in knowledge.rates}

    def rate(self, source: str, target: str, when: date | None) -> Rate | None:
        """Units of `target` per one unit of `source`, as a range, or None when unknown."""
        if source == target:
            return Rate(1.0, 1.0, f"{source}={target}")
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
        r = self.rate(source, target, when)
        if r is None:
            return None
        return low * r.low, high * r.high, r
