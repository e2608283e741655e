"""Write a set of files so that an interruption leaves the old set or the new one, never a truncated file.

Why: Ctrl-C, SIGTERM, SIGKILL or a full disk while `report.html` was being
written used to leave it empty and the previous report lost. Every file is
first written in full beside its target (`.report.html.<pid>.tmp`) and
flushed to disk; only then is the database transaction committed and each
temporary renamed over its target (`os.replace`, atomic on POSIX and Windows).
A failure before the renames removes the temporaries and leaves every old
file in place; the renames themselves take microseconds.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from factcheck.errors import FactcheckError


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _stale(path: Path) -> list[Path]:
    """Temporaries a killed earlier run left beside `path`."""
    return list(path.parent.glob(f".{path.name}.*.tmp")) if path.parent.is_dir() else []


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass  # never there (its folder could not be made): nothing to clean


def _stage(path: Path, text: str | Iterable[str]) -> Path:
    tmp = _temp(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in _stale(path):
            _discard(old)
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:  # written piece by piece: a large report.json is never held whole
                fh.writelines(text)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        _discard(tmp)
        raise FactcheckError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    return tmp


def write_all(files: Sequence[tuple[Path, str | Iterable[str]]], commit: Callable[[], None] = lambda: None) -> list[Path]:
    """Write every (path, text or its pieces), call `commit` (e.g. the database transaction) once all are staged, then move them
    into place. Nothing is replaced when staging or `commit` fails."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files:
            staged.append((_stage(path, text), path))
        commit()
    except BaseException:  # KeyboardInterrupt too: the temporaries go, the old files stay
        for tmp, _ in staged:
            _discard(tmp)
        raise
    for tmp, path in staged:
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise FactcheckError(f"{path}: cannot replace ({exc.strerror or exc})") from exc
    return [path for _, path in staged]
