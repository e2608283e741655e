"""Reports and the database are replaced as a whole: an interruption leaves the old complete files or the new ones.

The kill test forks a writer that has everything rendered in memory and kills it with SIGKILL at a random moment
of its write (20 tries); every file must then be byte-for-byte the old or the new one, no temporary left where a
reader looks, and the database must pass `pragma integrity_check` with a whole scan recorded.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from factcheck.app.artifacts import Artifacts, publish, render_context, scan_lock
from factcheck.app.atomic import write_all
from factcheck.app.check import check
from factcheck.errors import FactcheckError, StoreError
from factcheck.store import latest_scan
from factcheck.triage.ledger import load_ledger

OLD = {"a.md": "Acme had 120 staff in 2020.\n", "b.md": "Acme had 150 staff in 2020.\n"}
NEW = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n" * 40,
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n" * 40,
}
NAMES = ["report.json", "report.md", "report.html"]


def corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def test_a_failure_while_staging_replaces_nothing(tmp_path):
    """When one file cannot be written, the files already staged are not moved into place."""
    good, blocked = tmp_path / "good.txt", tmp_path / "blocked" / "x.txt"
    good.write_text("old")
    (tmp_path / "blocked").write_text("a file where a folder must be")
    with pytest.raises(FactcheckError, match="cannot write"):
        write_all([(good, "new"), (blocked, "new")])
    assert good.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_failing_commit_replaces_nothing(tmp_path):
    """The database transaction runs before the renames: when it fails, the old reports stay."""
    target = tmp_path / "report.json"
    target.write_text("old")

    def commit():
        raise StoreError("disk full")

    with pytest.raises(StoreError):
        write_all([(target, "new")], commit)
    assert target.read_text() == "old" and len(list(tmp_path.iterdir())) == 1


def _publish(checked, artifacts, ctx, db, ledger):  # runs in the forked child
    publish(checked, artifacts, ctx, db, ledger, "error")
    os._exit(0)


def test_sigkill_during_the_write_leaves_the_old_or_the_new_set(tmp_path, toolkit):
    ledger = load_ledger(tmp_path / "none.yml")
    runs = {}
    for name, files in (("old", OLD), ("new", NEW)):
        checked = check([corpus(tmp_path / name, files)], toolkit, ledger=ledger)
        runs[name] = (checked, render_context(checked, cwd=tmp_path))
    base, db = tmp_path / "base", tmp_path / "base" / "fc.db"
    publish(*runs["old"][:1], Artifacts(base), runs["old"][1], db, ledger, "error")
    old = {n: (base / n).read_bytes() for n in NAMES}
    t0 = time.perf_counter()
    probe = tmp_path / "probe"
    publish(runs["new"][0], Artifacts(probe), runs["new"][1], probe / "fc.db", ledger, "error")
    span = time.perf_counter() - t0
    new = {n: (probe / n).read_bytes() for n in NAMES}
    fork = multiprocessing.get_context("fork")
    rng = random.Random(14)
    outcomes = []
    for i in range(20):
        work = tmp_path / f"try{i}"
        shutil.copytree(base, work)
        child = fork.Process(target=_publish, args=(runs["new"][0], Artifacts(work), runs["new"][1], work / "fc.db", ledger))
        child.start()
        time.sleep(rng.uniform(0.0, span * 1.5))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        got = {n: (work / n).read_bytes() for n in NAMES}
        assert all(got[n] in (old[n], new[n]) for n in NAMES), f"try {i}: a report file is neither old nor new"
        con = sqlite3.connect(work / "fc.db")
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
        con.close()
        scan = latest_scan(work / "fc.db")
        assert scan.report in (runs["old"][0].report, runs["new"][0].report)
        outcomes.append("new" if got["report.json"] == new["report.json"] else "old")
    print("\nkill outcomes:", {k: outcomes.count(k) for k in ("old", "new")}, f"write span {span:.3f} s")
    assert outcomes.count("old") >= 1, "no kill landed before the write finished: the test proves nothing"


def _hold(db, ready, release):  # runs in the forked child
    with scan_lock(db):
        ready.set()
        release.wait(30)
    os._exit(0)


def test_a_second_scan_on_the_same_database_refuses_at_once(tmp_path):
    """While one process holds the database's scan lock, another gets StoreError within a second."""
    db = tmp_path / "fc.db"
    fork = multiprocessing.get_context("fork")
    ready, release = fork.Event(), fork.Event()
    holder = fork.Process(target=_hold, args=(db, ready, release))
    holder.start()
    assert ready.wait(10)
    t0 = time.perf_counter()
    with pytest.raises(StoreError, match="another scan"):
        with scan_lock(db):
            pass
    assert time.perf_counter() - t0 < 1.0
    release.set()
    holder.join()
    with scan_lock(db):  # released with its process
        pass
