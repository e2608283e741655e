"""store: a scan's documents, claims, findings and runs in SQLite (sqlite-utils).

The only module that touches the database. The scan tables hold the latest
scan, `runs` the history (with how many documents were extracted rather than
taken from the cache), `triage` a mirror of the ledger; the file opens in
Datasette for browsing (`datasette reports/factcheck.db -m factcheck/store/datasette.yml`).
A run is written in one transaction: an interrupt leaves the previous scan whole.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

import sqlite_utils
from pydantic import BaseModel

from factcheck.errors import StoreError
from factcheck.models import Claim, Finding, Report
from factcheck.store.claimdigest import ClaimDigests, json_digest
from factcheck.store.lock import BUSY_TIMEOUT_SECONDS
from factcheck.store.schema import SCAN_TABLES, claims_kept, create_views, ensure_kept_tables, kept_tables, reset_scan_tables
from factcheck.triage.ledger import Ledger
from factcheck.version import __version__


def open_db(path: Path) -> sqlite_utils.Database:
    """Open (creating) the store in WAL mode: readers such as Datasette never block a scan; a writer waits up to
    BUSY_TIMEOUT_SECONDS for another one's transaction instead of failing with "database is locked"."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS))
        db.execute(f"pragma busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
        db.execute("pragma journal_mode=wal")
        db.execute("pragma synchronous=normal")
        return db
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StoreError(f"{path}: cannot open the database ({exc})") from exc


class Place(Protocol):
    """Where a finding points in a file (factcheck.report.locations.Place has these fields)."""

    document: str
    path: str
    line: int
    column: int
    quote: str
    claim: str | None


@dataclass(frozen=True)
class RunContext:
    """What the gate decided, where files are and how the scan went, for the run record and the location tables."""

    command: str = "scan"
    fail_on: str | None = None
    baseline: str | None = None
    blocking: Collection[str] = ()
    paths: Mapping[str, str] = field(default_factory=dict)  # document id -> file path
    places: Mapping[str, Sequence[Place]] = field(default_factory=dict)  # finding id -> its places, primary first
    extracted: int = 0  # documents extracted in this run rather than taken from the cache
    timings: Mapping[str, float] = field(default_factory=dict)
    outputs: str | None = None  # what names this run's report files (factcheck.app.outputs), to skip rewriting them


def json_bytes(model: BaseModel, by_alias: bool = False) -> bytes:
    """`model.model_dump_json()` as the UTF-8 bytes pydantic makes it in: a large report's findings are tens of
    megabytes, and the text made from them (with the UTF-8 copy SQLite binds) tripled that at the scan's peak.
    Stored with `cast(? as text)`, the column holds the same text."""
    return model.__pydantic_serializer__.to_json(model, by_alias=by_alias)


def _claim_row(c: Claim, text: str | None = None) -> dict:
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
        "frame": c.frame.model_dump_json(),
        "json": text if text is not None else c.model_dump_json(),  # the whole claim: the stored report refers to these rows (see _write_scan)
    }


def _write_claims(db: sqlite_utils.Database, claims: Sequence[Claim], keep: bool, digests: ClaimDigests | None = None) -> None:
    """The claims table as `claims`. When it was kept from the last run, only claims that are new or changed
    (by digest of their JSON) are written and the ones gone are deleted: after one article is edited, a
    handful of rows instead of every claim of the corpus and its full-text index. `digests` knows the digest
    of a claim read back from the store without serializing it (factcheck.store.claimdigest)."""
    old: dict[str, str] = dict(db.execute("select id, digest from claims").fetchall()) if keep else {}

    def rows() -> Iterator[dict]:
        for c in claims:
            known = digests.known(c) if digests is not None and keep else None
            if known is not None and old.get(c.id) == known:
                del old[c.id]  # as it was: not serialized again
                continue
            text = c.model_dump_json()
            digest = json_digest(text)
            if old.pop(c.id, None) != digest:  # the row's other columns only for a claim that changed
                yield {**_claim_row(c, text), "digest": digest}

    if keep:
        db["claims"].upsert_all(rows(), pk="id", batch_size=1000)  # a few rows: updated, their index follows
    else:  # every claim, streamed in one statement (sqlite-utils' insert_all spent its time building batches)
        columns = list(SCAN_TABLES["claims"][0])
        db.conn.executemany(
            f"insert into claims ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})",
            (tuple(row[c] for c in columns) for row in rows()),
        )
    gone = list(old)
    for i in range(0, len(gone), 500):
        chunk = gone[i : i + 500]
        db.execute(f"delete from claims where id in ({', '.join('?' * len(chunk))})", chunk)


def mirror_ledger(db: sqlite_utils.Database, ledger: Ledger) -> None:
    """Replace the `triage` table with the ledger's entries (the file stays the source of truth)."""
    ensure_kept_tables(db)
    db["triage"].delete_where()
    db["triage"].insert_all(
        (
            {
                **e.finding.model_dump(mode="json", include={"id", "rule", "verdict", "entity", "attribute", "period"}),
                **e.decision.model_dump(),
                "documents": json.dumps(list(e.finding.documents)),
            }
            for e in ledger.entries.values()
        ),
        pk="id",
    )


def _finding_row(f: Finding, places: Sequence[Place], blocking: bool, run: int) -> dict:
    return {
        "id": f.id,
        "rule": f.rule,
        "rule_name": f.rule_name,
        "verdict": f.verdict.value,
        "severity": f.severity.value,
        "entity": f.entity,
        "attribute": f.attribute,
        "period": f.period,
        "message": f.message,
        "status": f.status.value,
        "blocking": int(blocking),
        "suppressed": f.suppressed,
        "evidence": f.evidence,
        "documents": json.dumps(f.documents),
        "explanation": json.dumps(f.explanation),
        "file": places[0].path if places else None,
        "line": places[0].line if places else None,
        "run": run,
    }


def _update_rows(db: sqlite_utils.Database, table: str, rows: Iterable[dict], kept: bool, ignore: tuple[str, ...] = ()) -> None:
    """Make `table` hold exactly `rows`: when it was kept from the last run, rows as they were (columns in `ignore`
    aside) stay, the others are deleted and the new ones inserted, in bulk; else every row is inserted. Why:
    after one edit, a few findings change, and inserting the hundreds of thousands of rows of a large corpus's
    findings, their claims and their places again was most of recording the run."""
    columns = list(SCAN_TABLES[table][0])
    pk = SCAN_TABLES[table][1]
    keys = [pk] if isinstance(pk, str) else list(pk)
    compared = [i for i, c in enumerate(columns) if c not in ignore]
    insert = f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})"
    tuples = (tuple(row.get(c) for c in columns) for row in rows)
    if not kept:  # streamed: a cold scan's hundreds of thousands of rows are never held together
        db.conn.executemany(insert, tuples)
        return
    new = list(dict.fromkeys(tuples))  # in the report's order
    old = set(db.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}]").fetchall())

    def seen(rows: Iterable[tuple]) -> set[tuple]:
        return {tuple(r[i] for i in compared) for r in rows}

    same = seen(old) & seen(new)
    gone = [r for r in old if tuple(r[i] for i in compared) not in same]
    new = [r for r in new if tuple(r[i] for i in compared) not in same]
    at = [columns.index(k) for k in keys]
    where = " and ".join(f"[{k}] = ?" for k in keys)
    db.conn.executemany(f"delete from [{table}] where {where}", [[r[i] for i in at] for r in gone])
    db.conn.executemany(insert, new)


def _write_scan(db: sqlite_utils.Database, run: int, report: Report, ctx: RunContext, digests: ClaimDigests | None = None) -> None:
    keep = claims_kept(db)
    kept = kept_tables(db)
    reset_scan_tables(db, keep_claims=keep, keep=kept)
    _update_rows(
        db,
        "documents",
        ({
            "id": d.id,
            "path": d.path,
            "file": ctx.paths.get(d.id),
            "sha256": d.sha256,
            "published": d.published.isoformat() if d.published else None,
            "title": d.title,
        }
        for d in report.documents),
        "documents" in kept,
    )
    _write_claims(db, report.claims, keep, digests)
    # the report without its claims, which are the claims table's `json` (factcheck.store.latest puts them back in
    # this order): each claim is stored once, and no 450 MB string is built for a large corpus
    db.execute(
        "insert into report (run, payload, claims) values (?, cast(? as text), ?)",
        [run, json_bytes(report.model_copy(update={"claims": []}), by_alias=True), json.dumps([c.id for c in report.claims])],
    )
    blocking = set(ctx.blocking)
    # Bulk, and in place after an edit: only the rows that changed are deleted and inserted (`run` is set below)
    rows = (_finding_row(f, ctx.places.get(f.id, ()), f.id in blocking, run) for f in report.findings)
    _update_rows(db, "findings", rows, "findings" in kept, ignore=("run",))
    db.execute("update findings set run = ? where run != ?", [run, run])
    _update_rows(db, "finding_claims", ({"finding": f.id, "claim": c} for f in report.findings for c in f.claims), "finding_claims" in kept)
    _update_rows(
        db,
        "finding_locations",
        (
            {
                "finding": f.id,
                "position": i,
                "document": p.document,
                "file": p.path,
                "line": p.line,
                "column": p.column,
                "claim": p.claim,
                "quote": p.quote,
            }
            for f in report.findings
            for i, p in enumerate(ctx.places.get(f.id, ()))
        ),
        "finding_locations" in kept,
    )
    db["absent_findings"].insert_all(
        {
            "id": a.id,
            "rule": a.rule,
            "verdict": a.verdict.value if a.verdict else None,
            "severity": a.severity.value if a.severity else None,
            "entity": a.entity,
            "attribute": a.attribute,
            "period": a.period,
            "documents": json.dumps(a.documents),
            "message": a.message,
            "known_from": json.dumps(a.known_from),
            "triage_state": a.triage.state if a.triage else None,
        }
        for a in report.absent
    )
    create_views(db)


def _run_row(report: Report, ctx: RunContext, ledger: Ledger | None, reused: bool) -> dict:
    return {
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": ctx.command,
        "version": __version__,
        "documents": report.summary.documents,
        "extracted": ctx.extracted,
        "claims": report.summary.claims,
        "findings": len(report.findings),
        "conflicts": report.summary.conflicts,
        "inconsistencies": report.summary.inconsistencies,
        "agreements": report.summary.agreements,
        "compatible": report.summary.compatible,
        "blocking": report.summary.blocking,
        "absent": len(report.absent),
        "fail_on": ctx.fail_on,
        "baseline": ctx.baseline,
        "ledger": str(ledger.path) if ledger is not None else None,
        "timings": json.dumps({k: round(v, 4) for k, v in ctx.timings.items()}),
        "outputs": ctx.outputs,
        "reused": int(reused),
    }


def record_run(
    path: Path, report: Report, ctx: RunContext | None = None, ledger: Ledger | None = None, token: str | None = None,
    digests: ClaimDigests | None = None,
) -> int:
    """Replace the latest scan's tables with this run and append it to `runs`, in one transaction. Returns the run id.
    `digests`: the digests of claims read back from the store (factcheck.store.claimdigest), to find changed rows.

    `token` names the report set written with this run (factcheck.app.atomic): recorded in the same transaction,
    it is what tells a later start whether the set was committed."""
    ctx = ctx or RunContext()
    db = open_db(path)
    try:
        db.execute("pragma synchronous=full")  # this commit decides the report set: durable even on power loss
        with db.atomic():
            ensure_kept_tables(db)
            run = db["runs"].insert(_run_row(report, ctx, ledger, reused=False)).last_pk
            _write_scan(db, int(run), report, ctx, digests)
            if ledger is not None:
                mirror_ledger(db, ledger)
            if token is not None:
                db["commits"].delete_where()
                db["commits"].insert({"token": token, "run": int(run)})
        return int(run)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot write the scan ({exc})") from exc
    finally:
        db.close()


def committed(path: Path, token: str) -> bool:
    """Whether the run of the report set `token` was recorded in the store at `path` (see record_run)."""
    if not path.exists():
        return False
    db = open_db(path)
    try:
        if not db["commits"].exists():
            return False
        return db.execute("select 1 from commits where token = ?", [token]).fetchone() is not None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot read the database ({exc})") from exc
    finally:
        db.close()


def last_outputs(path: Path) -> str | None:
    """The `outputs` of the latest run (None without a store, a run, or one recorded before outputs were)."""
    if not path.exists():
        return None
    db = open_db(path)
    try:
        if not db["runs"].exists() or "outputs" not in db["runs"].columns_dict:
            return None
        row = db.execute("select outputs from runs order by id desc limit 1").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot read the runs ({exc})") from exc
    finally:
        db.close()


def record_reused(path: Path, report: Report, ctx: RunContext, ledger: Ledger | None = None) -> int:
    """Append a `runs` row for a scan whose report is the latest one's, byte for byte: the scan tables stay
    (their `run` column names the run that wrote them). Why: rewriting them costs as much as the scan itself."""
    db = open_db(path)
    try:
        with db.atomic():
            ensure_kept_tables(db)
            run = db["runs"].insert(_run_row(report, ctx, ledger, reused=True)).last_pk
        return int(run)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot write the scan ({exc})") from exc
    finally:
        db.close()


def set_outputs(path: Path, run: int, outputs: str | None) -> None:
    """Keep on run `run` what names its report files (factcheck.app.outputs), once they are in place."""
    db = open_db(path)
    try:
        with db.atomic():
            db.execute("update runs set outputs = ? where id = ?", [outputs, run])
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot write the scan ({exc})") from exc
    finally:
        db.close()
