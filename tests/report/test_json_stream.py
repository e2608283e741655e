"""The JSON report is built for size: the summary comes before the bulk (a streaming reader gets the
counts without reading every claim), and findings name their claims by id, so each claim is written once."""

from __future__ import annotations

import json

from factcheck.report import RenderContext, render


def test_summary_before_the_bulk(seed_report) -> None:
    keys = list(json.loads(render("json", seed_report, RenderContext())))
    assert keys.index("summary") < min(keys.index(k) for k in ("documents", "claims", "findings"))


def test_each_claim_written_once(seed_report) -> None:
    out = json.loads(render("json", seed_report, RenderContext()))
    ids = [c["id"] for c in out["claims"]]
    assert len(ids) == len(set(ids))
    assert all(isinstance(c, str) and c in set(ids) for f in out["findings"] for c in f["claims"])
