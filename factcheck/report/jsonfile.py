"""The report as JSON text: the `factcheck-report/1` contract itself."""

from __future__ import annotations

from factcheck.models import Report


def report_json(report: Report) -> str:
    """Stable key order, no timestamps: the same input gives the same bytes."""
    return report.model_dump_json(by_alias=True, indent=2) + "\n"
