"""store: runs, documents, claims, findings, the ledger's mirror and the extraction cache in SQLite.

The only stage that touches the database (sqlite-utils); browse it with
`datasette reports/factcheck.db -m factcheck/store/datasette.yml`.
"""

from factcheck.store.cache import StoreCache
from factcheck.store.database import RunContext, last_outputs, mirror_ledger, open_db, record_reused, record_run, set_outputs
from factcheck.store.lock import BUSY_TIMEOUT_SECONDS, scan_lock
from factcheck.store.latest import LatestScan, latest_scan

__all__ = ["BUSY_TIMEOUT_SECONDS", "scan_lock", "LatestScan", "RunContext", "StoreCache", "latest_scan", "mirror_ledger", "open_db", "record_run", "last_outputs", "record_reused", "set_outputs"]
