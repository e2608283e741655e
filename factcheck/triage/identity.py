"""Who took a triage decision and when: `git config user.name` (else $USER) and today's date.

Only the ledger holds these; reports never carry wall-clock times, so two
scans of the same articles give the same bytes.
"""

from __future__ import annotations

import getpass
import subprocess
from datetime import date


def reviewer() -> str:
    """The git user name, else the login name, else "unknown"."""
    try:
        done = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=10, check=False)
        name = done.stdout.strip()
        if done.returncode == 0 and name:
            return name
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError):
        return "unknown"


def today() -> str:
    return date.today().isoformat()
