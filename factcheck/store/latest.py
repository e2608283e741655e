"""Read back the latest recorded scan: what `factcheck triage` decides about."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import StoreError
from factcheck.models import KnownFinding, Severity, Verdict
from factcheck.store.database import open_db


@dataclass(frozen=True)
class StoredFinding:
    """A finding of the latest scan (or an absent one) as the store keeps it."""

    finding: KnownFinding
    status: str
    blocking: bool = False
    suppressed: str | None = None
    explanation: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # "file:line: sentence", the primary place first


@dataclass(frozen=True)
class LatestScan:
    run: int
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
        return LatestScan(run=int(run), findings=[*present, *absent])
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot read the latest scan ({exc})") from exc
    finally:
        db.close()
