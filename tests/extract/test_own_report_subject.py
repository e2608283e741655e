"""An organisation that reports its own figure is its subject ("Acme Corp reported revenue of $5.2 billion");
a person who says a figure is not, and a name elsewhere in the clause still wins."""

from __future__ import annotations

import pytest

from factcheck.app.pipeline import scan_texts


@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        ("Acme Corp reported revenue of $5.2 billion in 2024.", "Acme"),
        ("Acme said revenue was $5.2 billion in 2024.", "Acme"),
        ("Acme's 2024 revenue was $4.1 billion.", "Acme"),
        ("Lopez said revenue was $9 billion in 2024.", None),
    ],
    ids=["reported", "said", "possessive", "person-says"],
)
def test_subject_of_a_reported_figure(toolkit, sentence, entity):
    result = scan_texts({"a.md": sentence + "\n"}, toolkit)
    (money,) = [c for c in result.claims if c.attribute == "revenue"]
    assert (money.entity or "").startswith(entity) if entity else money.entity is None  # "Acme Corp" alone stays so


def test_reported_and_stated_revenue_are_compared(toolkit):
    """The issue's miss: these two articles used to give no finding at all."""
    result = scan_texts(
        {"a.md": "Acme Corp reported revenue of $5.2 billion in 2024.\n", "b.md": "Acme's 2024 revenue was $4.1 billion.\n"},
        toolkit,
    )
    assert [(f.verdict.value, f.entity) for f in result.findings] == [("conflict", "Acme")]
