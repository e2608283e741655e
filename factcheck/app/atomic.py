"""Replace a whole set of files (and the database run beside them) so that an interruption leaves the old set or
the new one, never a mix and never a truncated file.

Why: renaming the report files one by one meant that a kill between two renames left `report.json` new beside an
old `report.html` and an old database. `commit_set` is a small write-ahead journal:

1. the journal `<db>.commit` (the token and every temporary -> target pair) is written to a temporary, flushed
   and renamed into place, so that whatever happens next can be finished or undone without this process;
2. every file is written in full beside its target (`.report.html.<token>.tmp`, same folder, so the rename is
   atomic) and flushed to disk;
3. `commit(token)` records the run in the database in one transaction, with the token: this is the commit point
   (without a database, the journal rewritten as `ready` is);
4. each temporary is renamed over its target, the folders flushed, the journal removed.

`recover(journal, committed)` finishes what a killed writer left: when the journal's token is in the database,
the remaining temporaries are renamed into place (roll forward), else they are removed (roll back). It runs at the
start of every `commit_set` and whenever a command reads the latest scan (`factcheck.app.latest`), under the scan
lock, so what a reader sees after any kill is the previous complete set with its database, or the new one.
Cost: one extra small file and two directory flushes per scan.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from factcheck.errors import FactcheckError, StoreError

log = logging.getLogger(__name__)

Artifact = tuple[Path, "str | bytes | Iterable[str] | None"]  # (target file, its content; None: remove it with the set)
Pair = tuple["Path | None", Path]  # (temporary, target); no temporary: the target is removed
Commit = Callable[[str], object]  # records the set's token in the database, in one transaction
Committed = Callable[[str], bool]  # whether the database holds a token


def journal_for(anchor: Path) -> Path:
    """The journal of the set recorded in the database `anchor` (beside it, like its lock)."""
    return anchor.with_name(anchor.name + ".commit")


def _temp(path: Path, token: str) -> Path:
    return path.with_name(f".{path.name}.{token}.tmp")


def _stale(path: Path) -> list[Path]:
    """Temporaries a killed earlier run left beside `path` before it wrote its journal."""
    return list(path.parent.glob(f".{path.name}.*.tmp")) if path.parent.is_dir() else []


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass  # never there (its folder could not be made): nothing to clean


def _sync_dir(folder: Path) -> None:
    """Flush a folder's entries (the renames) to disk; a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_synced(path: Path, data: str | bytes | Iterable[str | bytes]) -> None:
    with open(path, "wb") as fh:
        if isinstance(data, (str, bytes)):
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        else:  # written piece by piece: a large report.json is never held whole
            for piece in data:  # text, or bytes copied from an earlier file (factcheck.app.jsonreuse)
                fh.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
        fh.flush()
        os.fsync(fh.fileno())


def _stage(path: Path, data: str | bytes | Iterable[str], token: str) -> Path:
    tmp = _temp(path, token)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in _stale(path):
            _discard(old)
        _write_synced(tmp, data)
    except OSError as exc:
        _discard(tmp)
        raise FactcheckError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    return tmp


def _write_journal(journal: Path, token: str, staged: Sequence[Pair], database: bool, ready: bool) -> None:
    files = [[str(t.absolute()) if t is not None else None, str(p.absolute())] for t, p in staged]
    entry = {"token": token, "database": database, "ready": ready, "files": files}
    tmp = journal.with_name(journal.name + ".tmp")
    try:
        journal.parent.mkdir(parents=True, exist_ok=True)
        _write_synced(tmp, json.dumps(entry, indent=1))
        os.replace(tmp, journal)
    except OSError as exc:
        _discard(tmp)
        raise FactcheckError(f"{journal}: cannot write the commit journal ({exc.strerror or exc})") from exc
    _sync_dir(journal.parent)


def _roll_forward(pairs: Sequence[Pair]) -> None:
    for tmp, path in pairs:
        if tmp is None:
            try:
                path.unlink(missing_ok=True)  # a file of the old set the new one no longer has (an HTML page)
            except OSError as exc:
                raise FactcheckError(f"{path}: cannot remove ({exc.strerror or exc})") from exc
        elif tmp.exists():
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise FactcheckError(f"{path}: cannot replace ({exc.strerror or exc})") from exc
    for folder in dict.fromkeys(path.parent for _, path in pairs):
        _sync_dir(folder)


def recover(journal: Path, committed: Committed | None = None) -> str | None:
    """Finish the set a killed writer left behind `journal`: "forward", "back", or None when nothing was pending.

    Call it with the scan lock held (no writer may be running). `committed` answers whether the database holds the
    journal's token; a journal written without a database is committed by its own presence."""
    _discard(journal.with_name(journal.name + ".tmp"))  # a journal never renamed into place: nothing was committed
    if not journal.exists():
        return None
    try:
        entry = json.loads(journal.read_text(encoding="utf-8"))
        token = str(entry["token"])
        pairs: list[Pair] = [(Path(t) if t is not None else None, Path(p)) for t, p in entry["files"]]
        database = bool(entry.get("database", True))
        ready = bool(entry.get("ready", False))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FactcheckError(f"{journal}: unreadable commit journal ({exc}); remove it to go on") from exc
    if database and committed is None:
        raise FactcheckError(f"{journal}: a report set is half-written; run factcheck scan to finish it")
    forward = ready if not database else (committed is not None and committed(token))
    if forward:
        _roll_forward(pairs)
    else:
        for tmp, _ in pairs:
            if tmp is not None:
                _discard(tmp)
    journal.unlink(missing_ok=True)
    _sync_dir(journal.parent)
    log.info("%s: an interrupted report set was rolled %s", journal, "forward" if forward else "back")
    return "forward" if forward else "back"


def commit_set(
    files: Sequence[Artifact], journal: Path, commit: Commit | None = None, committed: Committed | None = None
) -> list[Path]:
    """Replace every (path, content) of `files` and record `commit(token)` as one set: after any interruption,
    all the old files with the old database, or all the new ones (see the module docstring). A content may be an
    iterable of strings, staged piece by piece (report.json of a large corpus is never held whole); a content of
    None removes that file with the set (an old page the new report no longer has). The files written or removed.

    `committed(token)` must tell whether `commit` recorded the token (needed with `commit`); `journal` is one file
    per set of artifacts (`journal_for(db)`), written only while the scan lock is held."""
    if commit is not None and committed is None:
        raise ValueError("commit_set: a database commit needs `committed` to recover from")
    recover(journal, committed)
    token = uuid.uuid4().hex[:16]
    content = dict(files)  # a file named twice is written once, its last content
    staged: list[Pair] = [(_temp(path, token) if data is not None else None, path) for path, data in content.items()]
    database = commit is not None
    try:
        _write_journal(journal, token, staged, database, ready=False)
        for path, data in content.items():
            if data is not None:
                _stage(path, data, token)
        if not database:
            _write_journal(journal, token, staged, database, ready=True)  # the commit point without a database
    except BaseException:  # KeyboardInterrupt too: nothing committed, so the temporaries go and the old files stay
        try:
            recover(journal, committed)
        except FactcheckError:
            pass  # left for the next start
        raise
    if commit is not None:
        try:
            commit(token)
        except BaseException:
            # The transaction rolled back, or committed just before the error: the database decides, as after a kill.
            try:
                recover(journal, committed)
            except FactcheckError:
                pass  # left for the next start
            raise
    _roll_forward(staged)
    journal.unlink(missing_ok=True)
    _sync_dir(journal.parent)
    return [path for _, path in staged]


def settle(db: Path) -> str | None:
    """Before reading the latest scan: finish a report set a killed scan left half-replaced, unless a scan is running
    (it holds the lock and finishes its own set). What `recover` did, or None."""
    journal = journal_for(db)
    if not journal.exists() and not journal.with_name(journal.name + ".tmp").exists():
        return None
    from factcheck.store.database import committed
    from factcheck.store.lock import scan_lock

    try:
        with scan_lock(db):
            return recover(journal, lambda token: committed(db, token))
    except StoreError:
        return None  # another scan holds the lock: the set is its to finish


def write_all(files: Sequence[Artifact], journal: Path | None = None) -> list[Path]:
    """Replace a set of files with no database beside them (`commit_set` without a commit); the journal goes beside
    the first file unless given."""
    if not files:
        return []
    return commit_set(files, journal or files[0][0].with_name(".factcheck.commit"))
