"""Publish a report paged one finding a page, for tests of paged HTML report sets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import factcheck.report.html as html
from articles_on_disk import write_articles
from factcheck.app.artifacts import Artifacts, publish, render_context
from factcheck.app.check import check
from factcheck.triage.ledger import load_ledger


def publish_paged(tmp_path: Path, articles: dict[str, str], toolkit, monkeypatch):
    """Scan `articles` from tmp_path/news and publish to tmp_path/out one finding a page.

    Returns the scan, its render context, the (empty) ledger and the output folder."""
    news = write_articles(tmp_path / "news", articles)
    ledger, out = load_ledger(tmp_path / "none.yml"), tmp_path / "out"
    monkeypatch.setattr(html, "PAGE_CARDS", 1)
    monkeypatch.setattr(html, "PAGED_OVER", 0)
    checked = check([news], toolkit, ledger=ledger)
    ctx = render_context(checked, cwd=tmp_path)
    publish(checked, Artifacts(out), dataclasses.replace(ctx, html_max_bytes=1), out / "fc.db", ledger, "error")
    assert len(list((out / "report-pages").glob("page-*.html"))) == len(checked.report.findings) - 1 > 0
    return checked, ctx, ledger, out
