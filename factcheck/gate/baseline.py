"""`--baseline FILE`: the findings of an earlier `factcheck-report/1` JSON report count as known.

Only the fields a status needs are read (id, evidence, and what the finding
was about), so reports from earlier versions of the tool still work as long as
they carry the same schema name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcheck.errors import BaselineError
from factcheck.models import KnownFinding, Severity, Verdict
from factcheck.report.build import SCHEMA
from factcheck.triage.status import Baseline


def _enum(kind: type[Verdict] | type[Severity], value: Any) -> Any:
    try:
        return kind(value) if value is not None else None
    except ValueError:
        return None


def _known(raw: Any, where: str) -> KnownFinding:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("rule"), str):
        raise BaselineError(f"{where}: expected a finding with string `id` and `rule`")
    return KnownFinding(
        id=raw["id"],
        rule=raw["rule"],
        verdict=_enum(Verdict, raw.get("verdict")),
        severity=_enum(Severity, raw.get("severity")),
        entity=raw.get("entity"),
        attribute=raw.get("attribute"),
        period=raw.get("period"),
        documents=tuple(raw.get("documents") or ()),
        message=raw.get("message"),
        evidence=raw.get("evidence") or None,
    )


def load_baseline_report(path: Path) -> Baseline:
    """Read an earlier JSON report; BaselineError (exit 2) names what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BaselineError(f"{path}: no such baseline report") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline report ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}:{exc.colno}: not JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise BaselineError(f"{path}: not a {SCHEMA} report (expected \"schema\": \"{SCHEMA}\")")
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f"{path}: expected a `findings` list")
    known = [_known(raw, f"{path}: findings[{i}]") for i, raw in enumerate(findings)]
    return Baseline(source=str(path), findings={k.id: k for k in known})
