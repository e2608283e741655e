"""GitHub Actions workflow commands: `::error file=...,line=...::message` on the pull request's diff.

Blocking findings are annotated at their severity (`::error`, or `::warning`
for a warning that --fail-on made blocking); problems that do not block but are
not known or silenced either (new below --fail-on, updated) are annotated as
`::warning` (`::notice` for info), so warnings reach the pull request too. A
finding that a new source joined is annotated on the new claim. GitHub shows
at most 10 annotations per level and step, so each level is capped on its own
and one `::notice::` per level says how many were left out (the SARIF and JSON
reports have them all).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping

from factcheck.evaluate.fingerprint import verdict_class
from factcheck.models import Finding, Report, Severity, Status
from factcheck.report.locations import finding_places

PER_LEVEL = 10
COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
OPEN = (Status.NEW, Status.UPDATED, Status.REGRESSED)
ACCEPTED = ("confirmed", "false_positive")


def _data(text: str) -> str:
    """Escape a command's message (GitHub's toolkit rules)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    """Escape a command property value: also ':' and ','."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _level(f: Finding, blocked: set[str]) -> str | None:
    """The annotation command for a finding, or None when it is known, silenced or not a problem."""
    if f.id in blocked:
        return COMMAND[f.severity]
    if verdict_class(f.verdict) != "problem" or f.suppressed or f.status not in OPEN:
        return None
    if f.triage is not None and f.triage.state in ACCEPTED and not f.introduced:
        return None
    return "notice" if f.severity == Severity.INFO else "warning"


def render_github(report: Report, *, paths: Mapping[str, str], blocking: Collection[str] = ()) -> str:
    """Annotation lines: blocking findings, then the open warnings, each level capped on its own."""
    blocked = set(blocking)
    shown: dict[str, int] = defaultdict(int)
    left_out: dict[str, int] = defaultdict(int)
    lines: list[str] = []
    ordered = sorted(report.findings, key=lambda f: f.id not in blocked)  # blocking first, stable otherwise
    for f in ordered:
        level = _level(f, blocked)
        if level is None:
            continue
        if shown[level] >= PER_LEVEL:
            left_out[level] += 1
            continue
        shown[level] += 1
        places = finding_places(f, report.claims_by_id, report.documents_by_id, paths)
        props = []
        if places:
            p = places[0]
            props = [f"file={_prop(p.path)}", f"line={p.line}", f"col={p.column}"]
            if p.end_column is not None:
                props.append(f"endColumn={p.end_column}")
        state = f.status.value + ("" if f.id in blocked else ", does not block")
        props.append(f"title={_prop(f'factcheck {f.rule} {f.verdict.value} ({state})')}")
        others = [f"{p.path}:{p.line}" for p in places[1:]]
        message = f.message + (f"\nOther sources: {', '.join(others)}" if others else "") + f"\nid: {f.id}"
        lines.append(f"::{level} {','.join(props)}::{_data(message)}")
    for level, n in sorted(left_out.items()):
        lines.append(f"::notice::{n} more {level} annotations left out (GitHub shows {PER_LEVEL} per level); see the SARIF or JSON report")
    return "".join(line + "\n" for line in lines)
