"""store: runs, documents, claims, findings, the ledger's mirror and the extraction cache in SQLite.

The only stage that touches the database (sqlite-utils); browse it with
`datasette reports/factcheck.db -m factcheck/store/datasette.yml`.

Names are imported on first use: `factcheck.store.lock` must be importable in a few milliseconds, so that a scan
takes its lock before it loads spaCy (the cache below imports the extraction models).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.lazy import lazy_getattr

if TYPE_CHECKING:
    from factcheck.store.cache import StoreCache
    from factcheck.store.database import (
        RunContext,
        committed,
        last_outputs,
        mirror_ledger,
        open_db,
        record_reused,
        record_run,
        set_outputs,
    )
    from factcheck.store.latest import LatestScan, latest_scan
    from factcheck.store.lock import BUSY_TIMEOUT_SECONDS, scan_lock

_WHERE = {
    "StoreCache": "cache",
    "RunContext": "database",
    "committed": "database",
    "last_outputs": "database",
    "mirror_ledger": "database",
    "open_db": "database",
    "record_reused": "database",
    "record_run": "database",
    "set_outputs": "database",
    "LatestScan": "latest",
    "latest_scan": "latest",
    "BUSY_TIMEOUT_SECONDS": "lock",
    "scan_lock": "lock",
}

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "scan_lock",
    "LatestScan",
    "RunContext",
    "StoreCache",
    "committed",
    "last_outputs",
    "latest_scan",
    "mirror_ledger",
    "open_db",
    "record_reused",
    "record_run",
    "set_outputs",
]


__getattr__ = lazy_getattr("factcheck.store", _WHERE, globals())
