"""Helpers for the SARIF, JUnit and GitHub tests: scan small articles and run the gate over them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from factcheck.api import Toolkit, scan
from factcheck.app.check import gate_scan
from factcheck.gate.review import GateOutcome
from factcheck.models import Report
from factcheck.report.formats import RenderContext
from factcheck.report.sarif import rule_infos
from factcheck.triage.ledger import Ledger, load_ledger


def write(folder: Path, files: Mapping[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def gated_report(toolkit: Toolkit, folder: Path, ledger: Ledger | None = None, fail_on: str = "error") -> tuple[Report, GateOutcome, RenderContext]:
    result = scan([folder], toolkit=toolkit)
    ledger = ledger or load_ledger(folder.parent / "no-ledger.yml")
    checked = gate_scan(result, toolkit, ledger=ledger, fail_on=fail_on)
    report, outcome = checked.report, checked.outcome
    ctx = RenderContext(
        rules=rule_infos(toolkit.rules.rules.values()),
        paths={d.id: f"articles/{d.id}" for d in result.documents},
        blocking=outcome.blocking,
    )
    return report, outcome, ctx
