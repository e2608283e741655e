"""report: a Report -> text, JSON (the factcheck-report/1 contract), Markdown, HTML, SARIF, JUnit, GitHub.

Renderers only: `render(fmt, report, ctx)` is the one entry (see formats.py);
building the report and writing files belong to factcheck.app.
"""

from factcheck.report.formats import FORMATS, RenderContext, Terminal, render
from factcheck.report.jsonfile import report_json
from factcheck.report.markdown import render_markdown

__all__ = ["FORMATS", "RenderContext", "Terminal", "render", "render_markdown", "report_json"]
