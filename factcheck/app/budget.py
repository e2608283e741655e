"""The per-article budget: how much one article may cost a scan before it is cut short or left out.

Measured by `python benchmarks/robustness.py`: with these limits a 10,000-row Markdown table (18 s, 359 MB) and a 5 MB
single-line file (13 s, 297 MB) each scan well under a minute and a gigabyte.

Why: one pathological file (a 50 MB log saved as .txt, a generated table of
100,000 rows) must not hold the whole scan hostage. Each limit that is hit
becomes a diagnostic (FC906) on that article, and the scan goes on.

- characters: only the first N characters of a longer article are read (cut at a line or word break)
- claims: only the first N claims of an article are kept (the rules compare the distinct values of a group
  pairwise, so this bounds the evaluation of a huge table)
- group_claims: a group (one entity, one attribute) holding more claims keeps the first N in article order;
  the rules compare the distinct values of a group pairwise, so this bounds evaluation to N² per group
- seconds: an article whose extraction took longer is reported (its claims are kept; the figure tells the
  user which file to look at, it never changes the findings of a fast machine against a slow one)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    """Limits per article; None switches one off."""

    characters: int | None = 150_000  # a long-form feature is ~50,000; the seeds' longest article ~24,000
    claims: int | None = 1_000  # a long news article states a few hundred figures; a huge table many more
    group_claims: int | None = 200  # claims of one aligned group compared pairwise (the seeds' largest: 7)
    seconds: float | None = 60.0


DEFAULT_BUDGET = Budget()
