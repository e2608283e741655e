"""store: a scan's documents, claims, findings and runs in SQLite (sqlite-utils).

The only module that touches the database. The tables hold the latest scan
(documents, claims, findings, finding_claims) and the history of runs; the
file opens in Datasette for browsing.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from factcheck import __version__
from factcheck.api import ScanResult
from factcheck.errors import StoreError
from factcheck.models import Report


def open_db(path: Path) -> sqlite_utils.Database:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(path)
        db.execute("pragma journal_mode=wal")
        return db
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StoreError(f"{path}: cannot open the database ({exc})") from exc


def _claim_row(c) -> dict:
    return {
        "id": c.id,
        "document": c.document,
        "start": c.start,
        "end": c.end,
        "line": c.line,
        "column": c.column,
        "text": c.text,
        "sentence": c.sentence,
        "kind": c.kind.value,
        "entity": c.entity,
        "attribute": c.attribute,
        "low": c.value.low,
        "high": c.value.high,
        "unit": c.value.unit,
        "date_start": c.value.start.isoformat() if c.value.start else None,
        "date_end": c.value.end.isoformat() if c.value.end else None,
        "qualifier": c.qualifier.value,
        "time_start": c.time.start.isoformat() if c.time and c.time.start else None,
        "time_end": c.time.end.isoformat() if c.time and c.time.end else None,
        "time_basis": c.time.basis if c.time else None,
        "facets": json.dumps(c.facets, sort_keys=True),
    }


def record_run(path: Path, result: ScanResult, report: Report, command: str = "scan") -> int:
    """Replace the current scan's tables with this run and append it to `runs`. Returns the run id."""
    db = open_db(path)
    try:
        with db.conn:
            run = db["runs"].insert(
                {
                    "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "command": command,
                    "version": __version__,
                    "documents": len(result.documents),
                    "extracted": result.extracted,
                    "claims": len(result.claims),
                    "findings": len(result.findings),
                    "conflicts": report.summary.conflicts,
                    "inconsistencies": report.summary.inconsistencies,
                    "agreements": report.summary.agreements,
                    "compatible": report.summary.compatible,
                    "timings": json.dumps({k: round(v, 4) for k, v in result.timings.items()}),
                },
                pk="id",
            ).last_pk
            for table in ("finding_claims", "findings", "claims", "documents"):
                if db[table].exists():
                    db[table].delete_where()
            db["documents"].insert_all(
                (
                    {
                        "id": d.id,
                        "path": d.path,
                        "sha256": d.sha256,
                        "published": d.published.isoformat() if d.published else None,
                        "title": d.title,
                    }
                    for d in result.documents
                ),
                pk="id",
                replace=True,
            )
            db["claims"].insert_all((_claim_row(c) for c in result.claims), pk="id", replace=True)
            db["findings"].insert_all(
                (
                    {
                        "id": f.id,
                        "rule": f.rule,
                        "verdict": f.verdict.value,
                        "severity": f.severity.value,
                        "entity": f.entity,
                        "attribute": f.attribute,
                        "period": f.period,
                        "message": f.message,
                        "status": f.status.value,
                        "evidence": f.evidence,
                        "explanation": json.dumps(f.explanation),
                        "run": run,
                    }
                    for f in result.findings
                ),
                pk="id",
                replace=True,
            )
            db["finding_claims"].insert_all(
                ({"finding": f.id, "claim": c} for f in result.findings for c in f.claims),
                pk=("finding", "claim"),
                replace=True,
            )
        return int(run)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot write the scan ({exc})") from exc
