"""A diagnostic (an article left out) shows in every output format, with its file and code."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from factcheck.app.reporting import build_report
from factcheck.app.pipeline import scan_texts
from factcheck.models import Diagnostic
from factcheck.report.formats import RenderContext, render

DIAG = Diagnostic(code="FC904", file="odd.md", message="NUL byte: binary content; file skipped", line=3, column=7)


@pytest.fixture(scope="module")
def report(toolkit):
    result = scan_texts({"a.md": "Acme had 12 staff in 2020.\n"}, toolkit)
    result.diagnostics.append(DIAG)
    result.warnings.append(str(DIAG))
    return build_report(result)


def test_json_carries_the_diagnostic(report):
    data = json.loads(render("json", report, RenderContext()))
    assert data["diagnostics"] == [{"code": "FC904", "file": "odd.md", "message": DIAG.message, "line": 3, "column": 7}]


def test_sarif_has_a_tool_execution_notification(report):
    run = json.loads(render("sarif", report, RenderContext()))["runs"][0]
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["descriptor"]["id"] == "FC904"
    assert note["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 7}


def test_junit_has_a_skipped_input_case(report):
    root = ET.fromstring(render("junit", report, RenderContext()))
    (case,) = [c for c in root.iter("testcase") if c.get("classname") == "factcheck.FC904"]
    assert case.get("file") == "odd.md" and case.find("skipped") is not None


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_formats_show_path_line_col(report, fmt):
    assert "odd.md:3:7: NUL byte" in render(fmt, report, RenderContext())
