"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers).

One result per conflict or inconsistency. `partialFingerprints.primaryLocationLineHash`
is our fingerprint, so an alert follows the finding across edits and commits; the
primary location is the claim in the newest article and the other sources are
`relatedLocations`. `baselineState` carries the status (a regressed finding is
`new` again). Findings silenced by an in-article directive carry an `inSource`
suppression, those triaged `confirmed` or `false_positive` an `external` one, so
code scanning does not raise them again. No timestamps: identical scans give
identical bytes.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any
from urllib.parse import quote

from factcheck.version import __version__
from factcheck.evaluate.fingerprint import verdict_class
from factcheck.evaluate.rulefile import RuleSpec
from factcheck.gate.suppress import DIRECTIVE_RULE, DIRECTIVE_RULE_DESCRIPTION, DIRECTIVE_RULE_NAME
from factcheck.models import Diagnostic, Finding, Report, Severity, Status
from factcheck.report.locations import Place, finding_places
from factcheck.report.rulepages import RuleInfo, help_text, rule_page

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
BASELINE_STATE = {Status.NEW: "new", Status.REGRESSED: "new", Status.UNCHANGED: "unchanged", Status.UPDATED: "updated"}
ACCEPTED = ("confirmed", "false_positive")
QUOTE_MAX = 300
MAX_RELATED = 1000  # GitHub code scanning keeps at most 1,000 related locations per result


def rule_infos(rules: Iterable[RuleSpec]) -> list[RuleInfo]:
    """The rule files' rules plus FC000 (malformed suppression directive), sorted by code."""
    infos = [
        RuleInfo(
            r.code,
            r.name,
            " ".join(r.description.split()) or r.name,
            r.severity,
            r.type,
            message=r.message,
            settings=tuple(r.settings_lines()),
            examples=tuple(t.name for t in r.tests),
        )
        for r in rules
    ]
    infos.append(RuleInfo(DIRECTIVE_RULE, DIRECTIVE_RULE_NAME, DIRECTIVE_RULE_DESCRIPTION, Severity.WARNING, "directive"))
    return sorted(infos, key=lambda r: r.code)


def _descriptor(r: RuleInfo) -> dict[str, Any]:
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.name.replace("-", " ")},
        "fullDescription": {"text": r.description},
        "help": {"text": help_text(r), "markdown": rule_page(r)},
        "helpUri": r.help_uri,
        "defaultConfiguration": {"level": LEVEL[r.severity]},
        "properties": {"tags": ["factcheck", r.type]},
    }


def _uri(path: str) -> dict[str, str]:
    if path.startswith("/"):
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def _physical(p: Place) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": p.line, "startColumn": p.column}
    if p.end_column is not None:
        region["endColumn"] = p.end_column
    if p.text:
        region["snippet"] = {"text": p.text}
    return {"artifactLocation": _uri(p.path), "region": region}


def _notification(d: Diagnostic) -> dict[str, Any]:
    """An article left out or cut short, as a SARIF toolExecutionNotification (not a result: it is no finding)."""
    physical: dict[str, Any] = {"artifactLocation": _uri(d.file)}
    if d.line is not None:
        physical["region"] = {"startLine": d.line, "startColumn": d.column or 1}
    return {
        "level": "warning",
        "descriptor": {"id": d.code},
        "message": {"text": d.message},
        "locations": [{"physicalLocation": physical}],
    }


def _suppressions(f: Finding, blocking: Collection[str] = ()) -> list[dict[str, str]]:
    """A finding that blocks (a known one that a new source joined) is an open alert whatever its triage."""
    out = []
    if f.suppressed:
        out.append({"kind": "inSource", "status": "accepted", "justification": f.suppressed})
    if f.triage is not None and f.triage.state in ACCEPTED and f.id not in blocking:
        out.append({"kind": "external", "status": "accepted", "justification": f.triage.reason or f.triage.state})
    return out


def _result(f: Finding, places: list[Place], rule_index: Mapping[str, int], blocking: Collection[str]) -> dict[str, Any]:
    left_out = max(0, len(places) - 1 - MAX_RELATED)
    more = f" ({left_out} more sources are not listed here: see report.json)" if left_out else ""
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVEL[f.severity],
        "message": {"text": f.message + more},
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    if places:
        result["locations"] = [{"physicalLocation": _physical(places[0])}]
    if len(places) > 1:
        result["relatedLocations"] = [
            {"id": i, "physicalLocation": _physical(p), "message": {"text": f"{p.path}:{p.line}: {p.quote[:QUOTE_MAX]}"}}
            for i, p in enumerate(places[1 : MAX_RELATED + 1], start=1)
        ]
    result["partialFingerprints"] = {"primaryLocationLineHash": f.id}
    if f.status in BASELINE_STATE:
        result["baselineState"] = BASELINE_STATE[f.status]
    suppressions = _suppressions(f, blocking)
    if suppressions:
        result["suppressions"] = suppressions
    result["properties"] = {
        "verdict": f.verdict.value,
        "status": f.status.value,
        "blocking": f.id in blocking,
        "entity": f.entity,
        "attribute": f.attribute,
        "period": f.period,
        "evidence": f.evidence,
        "triage": f.triage.state if f.triage else None,
    }
    return result


def render_sarif(
    report: Report,
    *,
    rules: Iterable[RuleInfo],
    paths: Mapping[str, str],
    blocking: Collection[str] = (),
    include_suppressed: bool = False,
) -> str:
    """The report's problems as a SARIF 2.1.0 log (JSON text). Suppressed and accepted (triaged confirmed or
    false positive) results are left out unless `include_suppressed`: code scanning shows them as open alerts."""
    infos = list(rules)
    rule_index = {r.code: i for i, r in enumerate(infos)}
    blocking = set(blocking)
    results = [
        _result(f, finding_places(f, report.claims_by_id, report.documents_by_id, paths), rule_index, set(blocking))
        for f in report.findings
        if verdict_class(f.verdict) == "problem" and (include_suppressed or not _suppressions(f, blocking))
    ]
    artifacts = [
        {"location": _uri(paths.get(d.id, d.path)), "hashes": {"sha-256": d.sha256}} for d in report.documents
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_descriptor(r) for r in infos],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": artifacts,
                "results": results,
            }
        ],
    }
    if report.diagnostics:
        log["runs"][0]["invocations"] = [
            {"executionSuccessful": True, "toolExecutionNotifications": [_notification(d) for d in report.diagnostics]}
        ]
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
