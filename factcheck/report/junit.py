"""JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure): one testcase per finding.

A blocking finding is a `<failure>`; one silenced by a directive or triaged
`false_positive` is `<skipped>`; every other finding (agreements, known
conflicts) passes, with its status in `<system-out>`. An article left out of
the scan (a diagnostic) is a `<skipped>` testcase in its own suite, so CI shows
which file was not checked. No timestamps or times.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Collection, Mapping

from factcheck.models import Finding, Report
from factcheck.report.locations import finding_places


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    """Characters XML 1.0 cannot carry (control characters from an article) become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _name(f: Finding) -> str:
    about = " · ".join(x for x in (f.entity, (f.attribute or "").replace("_", " "), f.period) if x)
    return f"{f.verdict.value}: {about or f.rule_name} [{f.id}]"


def _skip_reason(f: Finding) -> str | None:
    if f.suppressed:
        return f"suppressed in the article: {f.suppressed}"
    if f.triage is not None and f.triage.state == "false_positive":
        return f"triaged false_positive: {f.triage.reason or 'no reason given'}"
    return None


def render_junit(report: Report, *, paths: Mapping[str, str], blocking: Collection[str] = ()) -> str:
    """The report's findings as a JUnit XML document (text)."""
    blocked = set(blocking)
    suite = ET.Element("testsuite", name="factcheck")
    failures = skipped = 0
    for f in report.findings:
        places = finding_places(f, report.claims_by_id, report.documents_by_id, paths)
        case = ET.SubElement(suite, "testcase", classname=f"factcheck.{f.rule}", name=_xml(_name(f)))
        if places:
            case.set("file", _xml(places[0].path))
            case.set("line", str(places[0].line))
        where = [f"{p.path}:{p.line}: {p.quote}" for p in places]
        triage = f", triaged {f.triage.state}" if f.triage else ""
        if f.id in blocked:
            failures += 1
            failure = ET.SubElement(case, "failure", message=_xml(f.message), type=f"{f.severity.value} {f.verdict.value}")
            failure.text = _xml("\n".join([f"status: {f.status.value}{triage}", *where, *f.explanation]))
        elif (reason := _skip_reason(f)) is not None:
            skipped += 1
            ET.SubElement(case, "skipped", message=_xml(reason))
        else:
            ET.SubElement(case, "system-out").text = _xml(f"{f.message}\nstatus: {f.status.value}{triage}")
    counts = {"tests": str(len(report.findings)), "failures": str(failures), "errors": "0", "skipped": str(skipped)}
    for key, value in counts.items():
        suite.set(key, value)
    root = ET.Element("testsuites", name="factcheck", **counts)
    root.append(suite)
    if report.diagnostics:
        inputs = ET.SubElement(root, "testsuite", name="factcheck inputs", tests=str(len(report.diagnostics)))
        inputs.set("failures", "0")
        inputs.set("errors", "0")
        inputs.set("skipped", str(len(report.diagnostics)))
        for d in report.diagnostics:
            case = ET.SubElement(inputs, "testcase", classname=f"factcheck.{d.code}", name=_xml(f"input: {d.file}"))
            case.set("file", _xml(d.file))
            if d.line is not None:
                case.set("line", str(d.line))
            ET.SubElement(case, "skipped", message=_xml(str(d)))
        root.set("tests", str(len(report.findings) + len(report.diagnostics)))
        root.set("skipped", str(skipped + len(report.diagnostics)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
