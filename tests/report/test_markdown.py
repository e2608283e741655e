"""The Markdown report: counts, problems at a glance, and a table of sources per finding that survives hostile text."""

from __future__ import annotations

import re

from reportkit import claim, conflict_report, finding, report

from factcheck.models import Severity, TriageDecision, Verdict
from factcheck.report.markdown import quote_cell, render_markdown, text_cell


def cells(row: str) -> list[str]:
    """A table row's cells, honouring escaped pipes."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def source_rows(md: str) -> list[list[str]]:
    lines = md.splitlines()
    start = lines.index("| Source | Lines | Quote | As written | Normalized | Period |")
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(cells(line))
    return rows


def test_conflict_lists_each_source_with_quote_value_as_written_and_normalized():
    rep, _ = conflict_report()
    rows = source_rows(render_markdown(rep))
    assert [r[0] for r in rows] == ["`a.md`", "`b.md`"]
    assert all(len(r) == 6 for r in rows)  # the pipe in b.md's sentence is escaped, not a new column
    assert "**\\$2 billion**" in rows[0][2]
    assert rows[0][3] == "\\$2 billion"
    assert rows[0][4] == "2 billion USD (exact), ±500 million USD"


def test_summary_tables_give_counts_severities_and_triage_states():
    rep, _ = conflict_report(TriageDecision(state="confirmed", note="checked"))
    md = render_markdown(rep)
    assert "| 2 | 2 | 1 | 0 | 0 | 0 | 0 |" in md
    assert "untriaged 0 · confirmed 1 · false positive 0 · resolved 0" in md
    assert "Triage: **confirmed** (note: checked)" in md


def test_problems_get_headings_and_agreements_fold_into_details():
    a = claim("a", "a.md", "$2 billion", "worth $2 billion", 2e9, unit="USD")
    b = claim("b", "b.md", "$2 billion", "at $2 billion", 2e9, unit="USD")
    fs = [finding("bad", [a, b]), finding("good", [a, b], Verdict.AGREEMENT, Severity.INFO)]
    md = render_markdown(report([a, b], fs))
    assert "### ✖ error: conflict · Acme · valuation · 2 sources" in md
    assert "<details><summary>agreement · Acme · valuation · 2 sources</summary>" in md
    assert md.index("## Problems at a glance") < md.index("## Conflicts between sources (1)") < md.index("## Agreements (1)")


def test_markdown_and_html_in_article_text_are_escaped():
    assert text_cell("a | b *c* <x> $1 and $2") == "a \\| b \\*c\\* \\<x\\> \\$1 and \\$2"


def test_quote_cell_bolds_the_value_and_keeps_the_spaces_around_it():
    c = claim("q", "a.md", "130B", "| Step-1 | 130B | dense |", 130e9, unit="params")
    assert quote_cell(c) == "“\\| Step-1 \\| **130B** \\| dense \\|”"


def test_the_same_report_gives_the_same_markdown(seed_report):
    assert render_markdown(seed_report) == render_markdown(seed_report)
