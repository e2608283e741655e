"""One scan at a time per database: a second scan refuses at its start instead of failing at its end.

Why: two scans on one database used to both do all their work, then the
second failed with "database is locked" after overwriting its report files.
`scan_lock(db)` takes an exclusive advisory lock on `<db>.lock` (flock on
POSIX, the lock dies with the process, so a killed scan never leaves it
held); when another scan holds it, StoreError at once (or after `wait`
seconds), before any article is read. This module imports nothing heavy:
`factcheck scan` takes the lock before it loads spaCy, so a refusal takes
the command line's start-up only (well under a second).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.errors import StoreError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks here; SQLite's busy timeout still serializes the writes
    fcntl = None  # type: ignore[assignment]

BUSY_TIMEOUT_SECONDS = 30.0  # how long a write waits for another connection's transaction (pragma busy_timeout)


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


@contextmanager
def scan_lock(db: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the database's scan lock for the block; StoreError when another process holds it past `wait` s."""
    if fcntl is None:
        yield
        return
    path = lock_path(db)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the scan lock ({exc.strerror or exc})") from exc
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
                    raise StoreError(
                        f"{db}: another scan (pid {holder}) is using this database; wait for it to finish "
                        "(--wait SECONDS) or give another --db"
                    ) from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock
