"""Every machine-readable output by name, so one scan can write several (stdout carries one).

    json -> factcheck-report/1   markdown -> PR comment   sarif -> code scanning
    junit -> CI test results     github -> workflow annotations
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.models import Report
from factcheck.report.build import report_json
from factcheck.report.github import render_github
from factcheck.report.junit import render_junit
from factcheck.report.markdown import render_markdown
from factcheck.report.sarif import RuleInfo, render_sarif

FORMATS = ("text", "json", "markdown", "sarif", "junit", "github")


@dataclass(frozen=True)
class OutputContext:
    """What the file-pointing formats need beyond the report."""

    rules: Sequence[RuleInfo] = ()
    paths: Mapping[str, str] = field(default_factory=dict)  # document id -> path from the repository root
    blocking: Collection[str] = ()


def render(fmt: str, report: Report, ctx: OutputContext) -> str:
    """The report in `fmt` (any of FORMATS but text, which the terminal printer draws)."""
    if fmt == "json":
        return report_json(report)
    if fmt == "markdown":
        return render_markdown(report)
    if fmt == "sarif":
        return render_sarif(report, rules=ctx.rules, paths=ctx.paths, blocking=ctx.blocking)
    if fmt == "junit":
        return render_junit(report, paths=ctx.paths, blocking=ctx.blocking)
    if fmt == "github":
        return render_github(report, paths=ctx.paths, blocking=ctx.blocking)
    raise ValueError(f"no renderer for format {fmt!r}")
