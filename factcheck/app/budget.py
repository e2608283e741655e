"""The per-article budget: how much one article may cost a scan before it is cut short or left out.

Measured by `python benchmarks/robustness.py` (figures in its docstring): with these limits a 10,000-row Markdown
table and a 5 MB single-line file each scan well under a minute and a gigabyte.

Why: one pathological file (a 50 MB log saved as .txt, a generated table of
100,000 rows) must not hold the whole scan hostage. Each limit that is hit
becomes a diagnostic (FC906) on that article, and the scan goes on.

- characters: only the first N characters of a longer article are read (cut at a line or word break); below it,
  a long article is extracted in pieces (factcheck.app.pieces), so its length costs time, not memory
- claims: only the first N claims of an article are kept (the rules compare the distinct values of a group
  pairwise, so this bounds the evaluation of a huge table); the pieces after the one that reaches N are not
  extracted
- group_claims: a group (one entity, one attribute) holding more claims keeps the first N in article order;
  the rules compare the distinct values of a group pairwise, so this bounds evaluation to N² per group
- seconds: once an article's extraction has taken longer, its remaining pieces are not extracted (the claims
  found are kept, a diagnostic names the file and how much of it was read). An article of one piece is never cut
  by time, so the findings on ordinary articles never depend on the machine's speed.
"""

from __future__ import annotations

from dataclasses import dataclass

PIECE_CHARS = 50_000  # above a long-form feature (~50,000 characters), far below spaCy's max_length


@dataclass(frozen=True)
class Budget:
    """Limits per article; None switches one off."""

    characters: int | None = 20_000_000  # a sanity bound on one file (20 MB of text); pieces do the rest
    claims: int | None = 1_000  # a long news article states a few hundred figures; a huge table many more
    group_claims: int | None = 200  # claims of one aligned group compared pairwise (the seeds' largest: 7)
    seconds: float | None = 60.0
    piece_chars: int = PIECE_CHARS  # a longer article is extracted in pieces of at most this many characters


DEFAULT_BUDGET = Budget()
