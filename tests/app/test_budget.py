"""The per-article budget bounds the work on one huge article, and each limit hit is a FC906 diagnostic.

Small limits stand in for the defaults, so the tests stay fast; benchmarks/robustness.py measures the defaults.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from factcheck.app.budget import Budget
from factcheck.app.pipeline import run_pipeline
from factcheck.ingest import cut, read_documents


def table(rows: int) -> str:
    lines = ["| Company | Year | Revenue |", "|---|---|---|"]
    return "\n".join(lines + [f"| Acme | 2020 | ${i}.5 million |" for i in range(rows)]) + "\n"


@given(st.text(alphabet="ab \n", max_size=300), st.integers(min_value=1, max_value=200))
def test_cut_is_a_prefix_within_the_limit(text, limit):
    """Cutting never adds or reorders text and never exceeds the limit."""
    head = cut(text, limit)
    assert text.startswith(head) and len(head) <= limit


def test_a_long_article_is_read_up_to_the_budget(tmp_path, toolkit):
    (tmp_path / "long.md").write_text("Acme had 12 staff in 2020.\n" * 200)
    got = read_documents([tmp_path], toolkit.knowledge, toolkit.lexicon, max_chars=1000)
    (doc,) = got.documents
    assert len(doc.text) <= 1000 and doc.text.endswith("2020.")
    assert [(d.code, d.file) for d in got.diagnostics] == [("FC906", "long.md")]


@pytest.mark.parametrize(
    ("budget", "claims", "note"),
    [
        (Budget(claims=None, group_claims=None), 60, None),
        (Budget(claims=25, group_claims=None), 25, "over the budget of 25; only the first 25 kept"),
        (Budget(claims=None, group_claims=10), 60, "over the budget of 10 compared in one group"),
    ],
    ids=["unbounded", "claims", "group"],
)
def test_claims_and_group_budgets(toolkit, budget, claims, note):
    """A table of 60 figures: the claim budget keeps the first N; the group budget compares only N of a group."""
    from factcheck.ingest import build_document

    text = table(60)
    doc = build_document("t.md", "t.md", text, "x", toolkit.knowledge, toolkit.lexicon)
    result = run_pipeline([doc], toolkit, budget=budget)
    revenue = [c for c in result.claims if c.attribute == "revenue"]
    assert len(result.claims) <= claims + 60 and (len(revenue) == 60) == (claims == 60)
    assert len(result.claims) == claims or claims == 60
    messages = [d.message for d in result.diagnostics]
    assert (messages == []) if note is None else any(note in m for m in messages), messages
