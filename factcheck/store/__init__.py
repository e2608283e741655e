"""store: runs, documents, claims and findings in SQLite (the only stage that touches the database)."""

from factcheck.store.database import open_db, record_run

__all__ = ["open_db", "record_run"]
