"""report: findings -> JSON (the factcheck-report/1 contract), Markdown and the terminal."""

from factcheck.report.build import build_report, report_json, summarize
from factcheck.report.markdown import render_markdown

__all__ = ["build_report", "render_markdown", "report_json", "summarize"]
