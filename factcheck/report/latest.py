"""The latest scan, read back from the report.json that `factcheck scan` writes.

`factcheck explain` and `factcheck claims` read report.json rather than the
SQLite store because the report carries everything they show (each claim's
notes, tolerance and time scope, each finding's explanation) in the published
`factcheck-report/1` contract, while the store keeps a flattened subset.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from factcheck.triage.lookup import resolve_id
from factcheck.errors import InputError, LookupFailedError
from factcheck.models import Finding, Report
from factcheck.report.build import SCHEMA
from factcheck.report.view import finding_title

DEFAULT_REPORT = Path("reports") / "report.json"
MOST_CANDIDATES = 10


def load_report(path: Path) -> Report:
    """The report at `path`; InputError when nothing was scanned yet or the file is not a factcheck report."""
    if not path.exists():
        raise InputError(f"{path}: no scan found; run `factcheck scan PATH` first (or pass --report FILE)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read the report ({exc})") from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(f"{path}: not a {SCHEMA} report (no matching \"schema\" field)")
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise InputError(f"{path}: invalid report at {where}: {first['msg']}") from exc


def find_finding(report: Report, prefix: str) -> Finding:
    """The one finding whose id starts with `prefix`; LookupFailedError naming the candidates otherwise."""
    by_id = {f.id: f for f in report.findings}
    found = resolve_id(
        prefix,
        by_id,
        describe=lambda i: f"{by_id[i].verdict.value}: {finding_title(by_id[i])}",
        hint="see reports/report.md or `factcheck triage list`",
    )
    return by_id[found]
