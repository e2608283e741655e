"""Report fixtures: the seed report and its HTML, built once per session."""

from __future__ import annotations

import pytest

from factcheck.models import Report
from factcheck.report import build_report
from factcheck.report.html import render_scan_html


@pytest.fixture(scope="session")
def seed_report(seed_result) -> Report:
    return build_report(seed_result)


@pytest.fixture(scope="session")
def seed_html(seed_report, seed_result) -> str:
    return render_scan_html(seed_report, seed_result)
