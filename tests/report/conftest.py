"""Report fixtures: the seed report and its HTML, built once per session."""

from __future__ import annotations

import pytest

from factcheck.models import Report
from factcheck.api import build_report
from factcheck.report.html import rate_converter, render_html


@pytest.fixture(scope="session")
def seed_report(seed_result) -> Report:
    return build_report(seed_result)


@pytest.fixture(scope="session")
def seed_html(seed_report, seed_result) -> str:
    texts = {d.id: d.text for d in seed_result.documents}
    return render_html(seed_report, texts, rate_converter(seed_result.toolkit.knowledge))
