"""The store's tables, views and full-text index, created explicitly so empty scans still have every column.

Tables of the latest scan (dropped and created again by each run, so a newer
tool never trips over an older file's columns): documents, claims (+ FTS on
quote and sentence; each row also the whole claim as `json` and its `digest`, so
a run after an edit updates only the claims that changed, and the table is
kept while its columns are this version's), findings, finding_claims,
finding_locations, absent_findings, report (the JSON report without its
claims, and their ids in order: with the claims table, the latest scan's one
source). Tables kept across runs: runs (`reused` = 1 for a run whose report
files and scan tables were the last run's, `outputs` what named them), triage
(the ledger's mirror), extractions, scan_results, result_claims, file_stats,
block_results and normalize_state (the cache), commits (the token of the latest report set, factcheck.app.atomic). Views:
open_findings, finding_quotes.
"""

from __future__ import annotations

from collections.abc import Collection

import sqlite_utils

SCAN_TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...]]] = {
    "documents": ({"id": str, "path": str, "file": str, "sha256": str, "published": str, "title": str}, "id"),
    "claims": (
        {
            "id": str, "document": str, "start": int, "end": int, "line": int, "column": int, "text": str,
            "sentence": str, "kind": str, "entity": str, "attribute": str, "low": float, "high": float,
            "unit": str, "date_start": str, "date_end": str, "qualifier": str, "time_start": str,
            "time_end": str, "time_basis": str, "frame": str, "json": str, "digest": str,
        },
        "id",
    ),
    "findings": (
        {
            "id": str, "rule": str, "rule_name": str, "verdict": str, "severity": str, "entity": str,
            "attribute": str, "period": str, "message": str, "status": str, "blocking": int, "suppressed": str,
            "evidence": str, "documents": str, "explanation": str, "file": str, "line": int, "run": int,
        },
        "id",
    ),
    "finding_claims": ({"finding": str, "claim": str}, ("finding", "claim")),
    # factcheck-report/1 JSON without its claims (claims.json has them) and the claims' ids in the report's order
    "report": ({"run": int, "payload": str, "claims": str}, "run"),
    "finding_locations": (
        {"finding": str, "position": int, "document": str, "file": str, "line": int, "column": int, "claim": str, "quote": str},
        ("finding", "position"),
    ),
    "absent_findings": (
        {
            "id": str, "rule": str, "verdict": str, "severity": str, "entity": str, "attribute": str,
            "period": str, "documents": str, "message": str, "known_from": str, "triage_state": str,
        },
        "id",
    ),
}
KEPT_TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...]]] = {
    "runs": (
        {
            "id": int, "started": str, "command": str, "version": str, "documents": int, "extracted": int,
            "claims": int, "findings": int, "conflicts": int, "inconsistencies": int, "agreements": int,
            "compatible": int, "blocking": int, "absent": int, "fail_on": str, "baseline": str, "ledger": str,
            "timings": str, "outputs": str, "reused": int,
        },
        "id",
    ),
    "triage": (
        {
            "id": str, "state": str, "reason": str, "note": str, "who": str, "when": str, "evidence": str,
            "rule": str, "verdict": str, "entity": str, "attribute": str, "period": str, "documents": str,
        },
        "id",
    ),
    "extractions": (
        {"document": str, "sha256": str, "fingerprint": str, "source": str, "payload": str},
        ("document", "sha256", "fingerprint"),
    ),
    "scan_results": ({"key": str, "payload": str, "stored": int}, "key"),
    # the claims of a cached result, one row each: never one string of every claim of a large corpus
    "result_claims": ({"key": str, "position": int, "claim": str}, ("key", "position")),
    # each article's file as last read (path, size, modification time, sha256): an unchanged file is not read again
    "file_stats": ({"document": str, "path": str, "size": int, "mtime_ns": int, "sha256": str}, "document"),
    # each alignment block's findings under a toolkit fingerprint, with the digest of its claims (factcheck.app.blocks)
    "block_results": ({"block": str, "fingerprint": str, "digest": str, "payload": str}, "block"),
    # the latest complete scan's normalize decisions (factcheck.app.incremental): one row per fingerprint
    "normalize_state": ({"fingerprint": str, "corpus": str, "documents": str, "context": str}, "fingerprint"),
    # the token of the report set recorded with the latest run (factcheck.app.atomic: was the set committed?)
    "commits": ({"token": str, "run": int}, "token"),
}
VIEWS = {
    "open_findings": """
        select f.id, f.rule, f.verdict, f.severity, f.entity, f.attribute, f.period, f.status, f.blocking,
               f.file, f.line, f.message, t.state as triage_state, t.reason as triage_reason
        from findings f left join triage t on t.id = f.id
        where f.verdict in ('conflict', 'inconsistency') and f.suppressed is null
          and coalesce(t.state, '') not in ('confirmed', 'false_positive')
        order by f.blocking desc, f.severity, f.rule, f.id
    """,
    "finding_quotes": """
        select l.finding, f.rule, f.verdict, f.status, l.position, l.file, l.line, l.column,
               c.text as quote, c.sentence
        from finding_locations l join findings f on f.id = l.finding left join claims c on c.id = l.claim
        order by l.finding, l.position
    """,
}
FTS_COLUMNS = ("text", "sentence", "entity")


def ensure_kept_tables(db: sqlite_utils.Database) -> None:
    """Create the tables that outlive a scan; add columns a newer version brings to an older file."""
    for name, (columns, pk) in KEPT_TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(columns, pk=pk)
            continue
        have = set(table.columns_dict)
        for col, typ in columns.items():
            if col not in have:
                table.add_column(col, typ)


def claims_kept(db: sqlite_utils.Database) -> bool:
    """The claims table (and its full-text index) has this version's columns, so a run may update it in place."""
    table = db["claims"]
    return table.exists() and db["claims_fts"].exists() and set(table.columns_dict) == set(SCAN_TABLES["claims"][0])


UPDATED_TABLES = ("documents", "findings", "finding_claims", "finding_locations")  # updated row by row when kept


def kept_tables(db: sqlite_utils.Database) -> set[str]:
    """The tables of UPDATED_TABLES that exist with this version's columns: a run updates them in place."""
    return {name for name in UPDATED_TABLES if db[name].exists() and set(db[name].columns_dict) == set(SCAN_TABLES[name][0])}


def reset_scan_tables(db: sqlite_utils.Database, keep_claims: bool = False, keep: Collection[str] = ()) -> None:
    """Drop the latest scan's tables and views and create them empty (inside the caller's transaction); with
    `keep_claims`, the claims table and its index stay for the caller to update (see claims_kept), and so do the
    tables named in `keep` (see kept_tables)."""
    for view in VIEWS:
        db.execute(f"drop view if exists [{view}]")
    if not keep_claims:
        db["claims_fts"].drop(ignore=True)
    for name, (columns, pk) in SCAN_TABLES.items():
        if (keep_claims and name == "claims") or name in keep:
            continue
        db[name].drop(ignore=True)
        db[name].create(columns, pk=pk)
    if not keep_claims:
        db["claims"].enable_fts(list(FTS_COLUMNS), create_triggers=True)


def create_views(db: sqlite_utils.Database) -> None:
    for name, sql in VIEWS.items():
        db.execute(f"drop view if exists [{name}]")
        db.execute(f"create view [{name}] as {sql.strip()}")
