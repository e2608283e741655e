"""The per-article budget: how much one article may cost a scan before it is cut short or left out.

Why: one pathological file (a 50 MB log saved as .txt, a generated table of
100,000 rows) must not hold the whole scan hostage. Each limit that is hit
becomes a diagnostic (FC906) on that article, and the scan goes on.

- characters: longer articles are left out before any work is spent on them
- claims: only the first N claims of an article are kept
- seconds: an article whose extraction took longer is reported (its claims are kept; the figure tells the
  user which file to look at, it never changes the findings of a fast machine against a slow one)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    """Limits per article; None switches one off."""

    characters: int | None = 8_000_000
    claims: int | None = 20_000
    seconds: float | None = 120.0


DEFAULT_BUDGET = Budget()
