"""The latest scan: one source for `explain`, `claims` and `triage`, the store that `factcheck scan` records.

Every scan writes its whole `factcheck-report/1` report into the store in the
same transaction as its findings, so what `explain` shows, what `claims`
lists and what `triage` decides about always come from the same run. A
report file given explicitly (`--report FILE`, e.g. one from CI) is read
instead of the store's.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from factcheck.errors import InputError, StoreError
from factcheck.app.atomic import settle
from factcheck.models import REPORT_SCHEMA as SCHEMA
from factcheck.models import Finding, Report
from factcheck.report.view import finding_title
from factcheck.store import LatestScan, latest_scan, mirror_ledger, open_db
from factcheck.triage.ledger import Ledger
from factcheck.triage.lookup import resolve_id

DEFAULT_DB = Path("reports") / "factcheck.db"


def load_report(path: Path) -> Report:
    """The report at `path`; InputError when the file is missing or is not a factcheck report."""
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


def latest(db: Path = DEFAULT_DB) -> LatestScan:
    """The latest run recorded in the store at `db` (StoreError when there is none)."""
    settle(db)  # a report set a killed scan left half-replaced is finished first
    return latest_scan(db)


def latest_report(db: Path = DEFAULT_DB, report_file: Path | None = None) -> Report:
    """The latest scan's report: the file when one is given, else the one recorded in the store."""
    if report_file is not None:
        return load_report(report_file)
    report = latest(db).report
    if report is None:
        raise StoreError(f"{db}: recorded by an older factcheck without its report; run factcheck scan again")
    return report


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


def save_ledger(ledger: Ledger, db: Path = DEFAULT_DB) -> None:
    """Write the ledger, then refresh its mirror in the store so views such as open_findings agree."""
    ledger.save()
    store = open_db(db)
    try:
        with store.atomic():
            mirror_ledger(store, ledger)
    finally:
        store.close()
