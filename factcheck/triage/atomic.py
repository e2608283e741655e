"""Write a file so that readers see the old bytes or the new ones, never half of them.

The ledger is edited by hand and by `factcheck triage`; an interrupt (Ctrl-C,
a killed CI job) in the middle of a plain write would leave a truncated YAML
file in the working tree. Writing a temporary file beside it and renaming it
over the original is atomic on POSIX and Windows.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


NEW_FILE_MODE = 0o644  # owner writes, everyone reads: what a committed file usually has


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets NEW_FILE_MODE (reading the umask would
    mean changing it, process-wide, for a moment)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return NEW_FILE_MODE


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8) in one rename; on any interruption the old file stays."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
