"""Ctrl-C in the middle of a real scan leaves the database and the ledger readable, and the next scan completes."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from factcheck.triage.ledger import load_ledger

ROOT = Path(__file__).resolve().parents[2]


def test_sigint_during_a_scan(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(ROOT / "factcheck.triage.yml", tmp_path / "factcheck.triage.yml")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "factcheck", "scan", "seeds", "-q"]
    first = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    db = tmp_path / "reports" / "factcheck.db"
    deadline = time.monotonic() + 120
    while not db.exists() and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)  # the database appears once the toolkit is loaded and the scan starts
    first.send_signal(signal.SIGINT)
    _, err = first.communicate(timeout=120)
    assert first.returncode == 130 and b"interrupted" in err and b"Traceback" not in err, err

    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert len(load_ledger(tmp_path / "factcheck.triage.yml")) == len(load_ledger(ROOT / "factcheck.triage.yml"))

    second = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, timeout=300)
    assert second.returncode == 0, second.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from findings").fetchone()[0] > 0
        assert conn.execute("select documents from runs order by id desc").fetchone()[0] == 5
