"""Size caps: the Markdown report fits GitHub's 1 MiB job summary, the HTML page stays under its cap, and each
says what it left out; under the cap nothing changes."""

from __future__ import annotations

import pytest

from factcheck.report.html import render_html
from factcheck.report.markdown import MARKDOWN_MAX_BYTES, render_markdown


def size(text: str) -> int:
    return len(text.encode("utf-8"))


def test_the_default_markdown_cap_is_githubs_job_summary_limit():
    assert MARKDOWN_MAX_BYTES == 1024 * 1024


@pytest.mark.parametrize("cap", [8_000, 20_000, 30_000])
def test_markdown_over_the_cap_is_cut_at_a_whole_finding_with_a_line_saying_so(seed_report, cap):
    full = render_markdown(seed_report)
    assert size(full) > cap  # the seed report is bigger than every cap here
    cut = render_markdown(seed_report, max_bytes=cap)
    assert size(cut) <= cap
    assert cut.rstrip().splitlines()[-1].startswith(f"**Cut to fit {cap:,} bytes**")
    assert full.startswith(cut.split("\n---\n")[0].rstrip())  # what is kept is the report's own beginning


def test_markdown_under_the_cap_is_the_whole_report(seed_report):
    assert render_markdown(seed_report, max_bytes=10**7) == render_markdown(seed_report)


def test_html_under_the_cap_is_unchanged_and_over_it_drops_texts_without_problems_first(seed_report, seed_result):
    texts = {d.id: d.text for d in seed_result.documents}
    full = render_html(seed_report, texts, max_bytes=None)
    assert render_html(seed_report, texts, max_bytes=size(full)) == full
    no_texts = render_html(seed_report, {}, max_bytes=None)
    problem_docs = {d for f in seed_report.findings if f.verdict.value in ("conflict", "inconsistency") for d in f.documents}
    some = render_html(seed_report, {k: v for k, v in texts.items() if k in problem_docs}, max_bytes=None)
    middle = render_html(seed_report, texts, max_bytes=size(full) - 1)
    if size(some) < size(full):  # an article without problems exists: its text goes first
        assert "articles without a problem are left out" in middle
    tiny = render_html(seed_report, texts, max_bytes=size(no_texts) + 500)
    assert "the article texts are left out" in tiny and size(tiny) < size(full)


def test_html_still_over_the_cap_without_texts_keeps_only_the_first_sources_of_each_card(seed_report, monkeypatch):
    """A corpus of syndicated copies makes cards with hundreds of sources; past the cap they show a few and say so."""
    import factcheck.report.html as html

    monkeypatch.setattr(html, "CAPPED_SOURCES", 1)
    no_texts = render_html(seed_report, {}, max_bytes=None)
    compact = render_html(seed_report, {}, max_bytes=size(no_texts) - 1)
    assert "all but 1 sources of each finding are left out" in compact
    assert '<details class="article"' not in compact and '<details class="article"' in no_texts
    assert "more source" in compact and size(compact) < size(no_texts)
