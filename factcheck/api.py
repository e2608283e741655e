"""The public Python API, re-exported by `factcheck`: scan files or texts, get findings back.

    import factcheck
    result = factcheck.scan(["seeds"])              # a ScanResult: documents, claims, findings
    report = factcheck.build_report(result)         # the factcheck-report/1 Report
    print(factcheck.render("markdown", report))     # any format: text, json, markdown, html, sarif, junit, github

Nothing is written to disk unless asked for. Errors are the typed
`factcheck.FactcheckError` family; the CLI is the only place that prints them.
"""

from __future__ import annotations

from factcheck.app.pipeline import ExtractionCache, Progress, ScanResult, scan, scan_texts
from factcheck.app.reporting import build_report, summarize
from factcheck.app.toolkit import Toolkit
from factcheck.report.formats import FORMATS, RenderContext, render

__all__ = [
    "FORMATS",
    "ExtractionCache",
    "Progress",
    "RenderContext",
    "ScanResult",
    "Toolkit",
    "build_report",
    "render",
    "scan",
    "scan_texts",
    "summarize",
]
