"""GitHub Actions workflow commands: `::error file=...,line=...::message` on the pull request's diff.

Only blocking findings are annotated (the rest are known or silenced). GitHub
shows at most 10 annotations per level and step, so at most 10 are written per
level and one `::notice::` says how many were left out (the SARIF and JSON
reports have them all).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping

from factcheck.models import Report, Severity
from factcheck.report.locations import finding_places

PER_LEVEL = 10
COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    """Escape a command's message (GitHub's toolkit rules)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    """Escape a command property value: also ':' and ','."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, *, paths: Mapping[str, str], blocking: Collection[str] = ()) -> str:
    """Annotation lines for the blocking findings, newest article's claim as the place."""
    blocked = set(blocking)
    shown: dict[Severity, int] = defaultdict(int)
    left_out = 0
    lines: list[str] = []
    for f in report.findings:
        if f.id not in blocked:
            continue
        if shown[f.severity] >= PER_LEVEL:
            left_out += 1
            continue
        shown[f.severity] += 1
        places = finding_places(f, report.claims_by_id, report.documents_by_id, paths)
        props = []
        if places:
            p = places[0]
            props = [f"file={_prop(p.path)}", f"line={p.line}", f"col={p.column}"]
            if p.end_column is not None:
                props.append(f"endColumn={p.end_column}")
        props.append(f"title={_prop(f'factcheck {f.rule} {f.verdict.value} ({f.status.value})')}")
        others = [f"{p.path}:{p.line}" for p in places[1:]]
        message = f.message + (f"\nOther sources: {', '.join(others)}" if others else "") + f"\nid: {f.id}"
        lines.append(f"::{COMMAND[f.severity]} {','.join(props)}::{_data(message)}")
    if left_out:
        lines.append(f"::notice::{left_out} more blocking findings not annotated (GitHub shows {PER_LEVEL} per level); see the SARIF or JSON report")
    return "".join(line + "\n" for line in lines)
