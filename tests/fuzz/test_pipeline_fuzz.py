"""Fuzz target for the whole pipeline (hypothesis): any small set of random articles is scanned without an
exception, and every output format renders a report that is valid against the `factcheck-report/1` model.

CI runs it with a bounded number of examples (FACTCHECK_FUZZ_EXAMPLES, default 25, about 20 s); a longer
hunt: `FACTCHECK_FUZZ_EXAMPLES=2000 python -m pytest tests/fuzz -q`.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings, strategies as st

from factcheck.app.pipeline import scan_texts
from factcheck.app.reporting import build_report
from factcheck.models import Report
from factcheck.report.formats import RenderContext, render

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "25"))

NAMES = ["Acme", "Acme Corp", "Orbit Labs", "Rocket-7", "the company", "It"]
CUES = ["revenue", "staff", "employees", "parameters", "market share", "founded", "raised", "users"]
VALUES = ["$5.2 billion", "4.1 billion dollars", "1,2,3,4,5", "2\t1/2", "1e308", "-0", "1 million percent", "12%",
          "about 300", "at least 40", "10000", "year 10000", "2024", "March 3, 2021", "½", "三百万", "0", "7"]
GLUE = [" ", ", ", ". ", "\n", "\n\n", " | ", "\ufeff", "\t", " in ", " was ", " reported ", " said "]

piece = st.one_of(st.sampled_from(NAMES), st.sampled_from(CUES), st.sampled_from(VALUES), st.sampled_from(GLUE),
                  st.text(max_size=6))
article = st.lists(piece, min_size=1, max_size=30).map("".join)
table = st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(VALUES)), min_size=1, max_size=6).map(
    lambda rows: "| Company | Figure |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in rows)
)
corpus = st.dictionaries(st.sampled_from(["a.md", "b.md", "c.txt"]), st.one_of(article, table), min_size=1, max_size=3)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpus)
def test_random_articles_scan_and_every_format_renders(toolkit, articles):
    report = build_report(scan_texts(articles, toolkit))
    ctx = RenderContext(texts=articles)
    for fmt in ("text", "markdown", "html", "sarif", "junit", "github"):
        assert isinstance(render(fmt, report, ctx), str)
    assert Report.model_validate_json(render("json", report, ctx)) == Report.model_validate(json.loads(report.model_dump_json(by_alias=True)))
