"""ingest.structure: headings, labels, bullets and table cells with their row and column."""

from __future__ import annotations

import pytest

from factcheck.ingest.structure import parse_structure

TABLE = """| Product | Parameters | Release |
|---------|-----------|---------|
| **Step-1** | 130B dense | Mar 2024 |
| **Step-2** | 1T+ MoE | 2024 |
"""


def test_table_cells_know_their_row_subject_and_column_header():
    _, cells = parse_structure(TABLE)
    got = [(c.row_label, c.header, TABLE[c.start : c.end]) for c in cells]
    assert ("Step-1", "Parameters", "130B dense") in got
    assert ("Step-2", "Release", "2024") in got
    assert all(c.first_header == "Product" for c in cells)


@pytest.mark.parametrize(
    "line, kind, text",
    [
        ("## 2.1 Funding and Valuation", "heading", "2.1 Funding and Valuation"),
        ("**Key Findings:**", "label", "Key Findings:"),
        ("- **Valuation**: $2 billion (June 2024)", "bullet", "Valuation: $2 billion (June 2024)"),
        ("1. **Scaling RL**: From imitation", "bullet", "Scaling RL: From imitation"),
        ("StepStar was founded in April 2023, and is headquartered in Shanghai.", "paragraph", None),
    ],
    ids=["markdown heading", "bold label", "bullet", "numbered bullet", "prose"],
)
def test_line_kinds(line, kind, text):
    blocks, _ = parse_structure(line + "\n")
    assert blocks[0].kind == kind
    if text is not None:
        assert blocks[0].text == text


def test_short_line_set_apart_in_plain_text_is_a_heading():
    text = "Intro paragraph that ends.\n\nThe Low-Profile Unicorn\n\nMore text here."
    blocks, _ = parse_structure(text)
    assert [b.kind for b in blocks] == ["paragraph", "heading", "paragraph"]


def test_offsets_point_into_the_original_text():
    text = "# Title\n\n| a | b |\n|---|---|\n| x | 42 |\n"
    _, cells = parse_structure(text)
    assert [text[c.start : c.end] for c in cells] == ["x", "42"]


def test_a_repeated_short_line_is_boilerplate_not_a_heading():
    text = "Intro.\n\nAdvertisements\n\nBody text here.\n\nAdvertisements\n\nMore.\n\nReal Heading\n\nEnd."
    blocks, _ = parse_structure(text)
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["Advertisements"] == "paragraph" and kinds["Real Heading"] == "heading"


def test_fenced_code_is_code_not_headings():
    text = "Intro.\n\n```python\n# not a heading\nrevenue = 2024\n```\n\n## Real heading\n"
    blocks, _ = parse_structure(text)
    assert [b.kind for b in blocks] == ["paragraph", "code", "code", "code", "code", "heading"]
