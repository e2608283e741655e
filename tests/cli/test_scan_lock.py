"""Two scans on one database: the second refuses at its start, before it loads spaCy or reads a file, or waits when
asked (`--wait SECONDS`); two real scans started together never both write (the figure: benchmarks/robustness.py)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.cli import scan as scan_cli
from factcheck.gate.decide import FAIL_ON_CHOICES, UPDATED_BLOCKS_CHOICES
from factcheck.report.formats import STDOUT_FORMATS

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
ARTICLES = {"a.md": "Acme had 120 staff in 2020.\n", "b.md": "Acme had 150 staff in 2020.\n"}

HOLD = """
import sys, time
from pathlib import Path
from factcheck.store.lock import scan_lock
with scan_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


@pytest.mark.parametrize(
    ("written_out", "source"),
    [
        (scan_cli.STDOUT_FORMATS, STDOUT_FORMATS),
        (scan_cli.FAIL_ON_CHOICES, FAIL_ON_CHOICES),
        (scan_cli.UPDATED_BLOCKS_CHOICES, UPDATED_BLOCKS_CHOICES),
    ],
    ids=["format", "fail-on", "updated-blocks"],
)
def test_the_choices_written_out_in_the_scan_command_are_the_sources(written_out, source):
    """scan.py copies them to stay light at start-up; a choice added at the source must reach the command."""
    assert tuple(written_out) == tuple(source)


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    return folder


def _holder(db: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], env=ENV, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_scan_refuses_before_loading_anything_heavy(tmp_path):
    """While another process holds the database, `scan` exits 2 naming the other scan, and it never imported spaCy
    or read an article: the refusal costs only the start-up of the command line."""
    folder = _articles(tmp_path)
    db = tmp_path / "out" / "fc.db"
    holder = _holder(db, 60)
    try:
        t0 = time.perf_counter()
        second = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "factcheck", "scan", str(folder), "--out", str(tmp_path / "out"), "--db", str(db)],
            env=ENV, capture_output=True, text=True, timeout=120,
        )
        spent = time.perf_counter() - t0
    finally:
        holder.kill()
        holder.wait()
    print(f"\nrefused after {spent:.2f} s")
    assert second.returncode == 2, second.stderr[-2000:]
    messages = [line for line in second.stderr.splitlines() if not line.startswith("import time:")]
    assert any("another scan" in line for line in messages), messages
    imported = {line.split("|")[-1].strip() for line in second.stderr.splitlines() if line.startswith("import time:")}
    assert not imported & {"spacy", "factcheck.extract.claims", "factcheck.app.toolkit", "factcheck.report.html"}
    assert not (tmp_path / "out" / "report.json").exists(), "the refused scan wrote nothing"


def test_a_second_scan_that_may_wait_runs_once_the_first_is_done(tmp_path):
    folder = _articles(tmp_path)
    db = tmp_path / "out" / "fc.db"
    holder = _holder(db, 2)
    second = subprocess.run(
        [sys.executable, "-m", "factcheck", "scan", str(folder), "--out", str(tmp_path / "out"), "--wait", "120", "-q"],
        env=ENV, capture_output=True, text=True, timeout=300,
    )
    holder.wait()
    assert second.returncode in (0, 1), second.stderr
    assert (tmp_path / "out" / "report.json").exists()


def test_two_real_scans_started_together(tmp_path):
    """Both finish, or one refuses with a message; never a traceback, never a half-written store."""
    folder = _articles(tmp_path)
    command = [sys.executable, "-m", "factcheck", "scan", str(folder), "--out", str(tmp_path / "out"), "-q"]
    procs = [subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
    for code, err in results:
        assert "Traceback" not in err
        assert code in (0, 1) or (code == 2 and "another scan" in err), err
    assert any(code in (0, 1) for code, _ in results), results
    with sqlite3.connect(tmp_path / "out" / "factcheck.db") as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        runs = conn.execute("select count(*) from runs").fetchone()[0]
    assert runs == sum(1 for code, _ in results if code in (0, 1))
