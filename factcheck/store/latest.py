"""Read back the latest recorded scan: its report and findings, the one source `explain`, `claims` and `triage` read."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from pydantic import ValidationError

from factcheck.errors import StoreError
from factcheck.models import Claim, KnownFinding, Report, Severity, Verdict
from factcheck.store.database import open_db
from factcheck.triage.policies import StoredFinding


@dataclass(frozen=True)
class LatestScan:
    """The latest recorded run: its id, its whole report, and its findings as triage sees them."""

    run: int
    report: Report | None  # None for a store written before the report table existed
    findings: list[StoredFinding]

    def by_id(self) -> dict[str, StoredFinding]:
        return {s.finding.id: s for s in self.findings}


def _known(row: dict) -> KnownFinding:
    return KnownFinding(
        id=row["id"],
        rule=row["rule"],
        verdict=Verdict(row["verdict"]) if row.get("verdict") else None,
        severity=Severity(row["severity"]) if row.get("severity") else None,
        entity=row.get("entity"),
        attribute=row.get("attribute"),
        period=row.get("period"),
        documents=tuple(json.loads(row.get("documents") or "[]")),
        message=row.get("message"),
        evidence=row.get("evidence"),
    )


def _report(db: sqlite_utils.Database, path: Path) -> Report | None:
    if not db["report"].exists():
        return None
    ordered = "claims" in db["report"].columns_dict
    row = db.execute(f"select payload, {'claims' if ordered else 'null'} from report order by run desc limit 1").fetchone()
    if row is None:
        return None
    try:
        report = Report.model_validate_json(row[0])
        if not report.claims and report.summary.claims and row[1] is not None:
            # written without its claims, each of which is stored once, in the claims table
            stored = {r[0]: r[1] for r in db.execute("select id, json from claims")}
            report = report.model_copy(update={"claims": [Claim.model_validate_json(stored[i]) for i in json.loads(row[1])]})
        return report
    except ValidationError as exc:
        raise StoreError(f"{path}: the recorded report is not a valid factcheck report ({exc.errors()[0]['msg']})") from exc


def latest_scan(path: Path) -> LatestScan:
    """The findings (present and absent) of the last scan recorded in the store at `path`."""
    missing = StoreError(f"{path}: no scan recorded yet; run factcheck scan first (or give --db)")
    if not path.exists():
        raise missing
    db = open_db(path)
    try:
        if not db["runs"].exists() or not db["findings"].exists():
            raise missing
        run = db.execute("select max(id) from runs").fetchone()[0]
        if run is None:
            raise missing
        places: dict[str, list[str]] = {}
        if db["finding_locations"].exists():
            for r in db.query("select finding, file, line, quote from finding_locations order by finding, position"):
                places.setdefault(r["finding"], []).append(f"{r['file']}:{r['line']}: {r['quote'] or ''}".rstrip(": "))
        present = [
            StoredFinding(
                _known(r),
                r.get("status") or "new",
                bool(r.get("blocking")),
                r.get("suppressed"),
                tuple(json.loads(r.get("explanation") or "[]")),
                tuple(places.get(r["id"], ())),
            )
            for r in db.query("select * from findings order by rule, id")
        ]
        absent = (
            [StoredFinding(_known(r), "absent") for r in db.query("select * from absent_findings order by id")]
            if db["absent_findings"].exists()
            else []
        )
        return LatestScan(run=int(run), report=_report(db, path), findings=[*present, *absent])
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot read the latest scan ({exc})") from exc
    finally:
        db.close()
