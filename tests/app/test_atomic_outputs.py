"""Reports and the database are replaced as a whole: an interruption leaves the old complete files or the new ones.

The kill tests fork a writer that has everything rendered in memory and kill it with SIGKILL: at a random moment of
its write (20 tries), and at every step of the commit in turn. Every file must then be byte-for-byte the old or the
new one; once the journal is settled (what the next command does first) the files and the database must all be the
old scan or all the new one, with no temporary left and `pragma integrity_check` ok.
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

from factcheck.app import artifacts as artifacts_module
from factcheck.app import atomic
from factcheck.app.artifacts import Artifacts, publish, render_context, scan_lock
from factcheck.app.atomic import commit_set, journal_for, settle, write_all
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

    def commit(token):
        raise StoreError("disk full")

    with pytest.raises(StoreError):
        commit_set([(target, "new")], tmp_path / "fc.db.commit", commit, committed=lambda token: False)
    assert target.read_text() == "old" and len(list(tmp_path.iterdir())) == 1, "the temporaries and journal are gone"


def test_a_commit_that_lands_before_its_error_rolls_forward(tmp_path):
    """When the transaction committed and the error came after it, the database decides: the new files go in."""
    target = tmp_path / "report.json"
    target.write_text("old")
    recorded = []

    def commit(token):
        recorded.append(token)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        commit_set([(target, "new")], tmp_path / "fc.db.commit", commit, committed=lambda token: token in recorded)
    assert target.read_text() == "new" and len(list(tmp_path.iterdir())) == 1


def _publish(checked, artifacts, ctx, db, ledger):  # runs in the forked child
    publish(checked, artifacts, ctx, db, ledger, "error")
    os._exit(0)


def _sets(tmp_path, toolkit):
    """The old and the new scan, the old one published in base/; each set's file bytes."""
    ledger = load_ledger(tmp_path / "none.yml")
    runs = {}
    for name, files in (("old", OLD), ("new", NEW)):
        checked = check([corpus(tmp_path / name, files)], toolkit, ledger=ledger)
        runs[name] = (checked, render_context(checked, cwd=tmp_path))
    base = tmp_path / "base"
    publish(runs["old"][0], Artifacts(base), runs["old"][1], base / "fc.db", ledger, "error")
    probe = tmp_path / "probe"
    t0 = time.perf_counter()
    publish(runs["new"][0], Artifacts(probe), runs["new"][1], probe / "fc.db", ledger, "error")
    span = time.perf_counter() - t0
    sets = {"old": {n: (base / n).read_bytes() for n in NAMES}, "new": {n: (probe / n).read_bytes() for n in NAMES}}
    return runs, ledger, sets, span


def _check_whole_set(work: Path, runs, sets, label: str) -> str:
    """After a kill: no file is truncated; once the next command has settled the journal, every file and the
    database belong to the same scan, the old or the new. Returns which."""
    got = {n: (work / n).read_bytes() for n in NAMES}
    assert all(got[n] in (sets["old"][n], sets["new"][n]) for n in NAMES), f"{label}: a report file is neither old nor new"
    settle(work / "fc.db")  # what every next scan, explain, claims or triage does first
    assert not journal_for(work / "fc.db").exists(), f"{label}: the journal was not settled"
    got = {n: (work / n).read_bytes() for n in NAMES}
    which = [name for name, files in sets.items() if got == files]
    assert which, f"{label}: the report files are a mix of the old and the new set"
    con = sqlite3.connect(work / "fc.db")
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    con.close()
    assert latest_scan(work / "fc.db").report == runs[which[0]][0].report, f"{label}: the database disagrees with the files"
    assert [p.name for p in work.iterdir() if p.name.endswith(".tmp")] == [], f"{label}: a temporary was left"
    return which[0]


def test_sigkill_during_the_write_leaves_the_old_or_the_new_set(tmp_path, toolkit):
    """20 kills at random moments of the write: always the whole old set or the whole new one, database included."""
    runs, ledger, sets, span = _sets(tmp_path, toolkit)
    fork = multiprocessing.get_context("fork")
    rng = random.Random(14)
    outcomes = []
    for i in range(20):
        work = tmp_path / f"try{i}"
        shutil.copytree(tmp_path / "base", work)
        child = fork.Process(target=_publish, args=(runs["new"][0], Artifacts(work), runs["new"][1], work / "fc.db", ledger))
        child.start()
        time.sleep(rng.uniform(0.0, span * 1.5))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        outcomes.append(_check_whole_set(work, runs, sets, f"try {i}"))
    print("\nkill outcomes:", {k: outcomes.count(k) for k in ("old", "new")}, f"write span {span:.3f} s")
    assert outcomes.count("old") >= 1, "no kill landed before the write finished: the test proves nothing"


class _Killed(Exception):
    pass


def _kill_at(step: int, counter: list[int], work: Path, runs, ledger) -> None:  # runs in the forked child
    """Publish, dying by SIGKILL at the `step`-th file operation (a staged write, a rename, a folder flush, the
    database commit); step 0 counts them and reports the total through the exit code."""
    def tick(fn):
        def wrapped(*args, **kwargs):
            counter[0] += 1
            if counter[0] == step:
                os.kill(os.getpid(), signal.SIGKILL)
            result = fn(*args, **kwargs)
            return result
        return wrapped

    atomic.os.replace = tick(os.replace)  # the module's own os: patched in this child only
    atomic._write_synced = tick(atomic._write_synced)
    atomic._sync_dir = tick(atomic._sync_dir)
    artifacts_module.record = tick(artifacts_module.record)
    publish(runs["new"][0], Artifacts(work), runs["new"][1], work / "fc.db", ledger, "error")
    os._exit(min(counter[0], 255) if step == 0 else 0)


def test_a_kill_between_any_two_steps_of_the_commit(tmp_path, toolkit):
    """Every gap of the commit, deterministically: a kill after each staged file, the journal, the database commit
    and each rename leaves (after settling) one whole set; before the commit the old one, after it the new one."""
    runs, ledger, sets, _ = _sets(tmp_path, toolkit)
    fork = multiprocessing.get_context("fork")
    dry = fork.Process(target=_kill_at, args=(0, [0], tmp_path / "dry", runs, ledger))
    dry.start()
    dry.join()
    steps = dry.exitcode
    assert steps and steps > len(NAMES) * 2, f"counted {steps} steps"
    outcomes = []
    for step in range(1, steps + 1):
        work = tmp_path / f"step{step}"
        shutil.copytree(tmp_path / "base", work)
        child = fork.Process(target=_kill_at, args=(step, [0], work, runs, ledger))
        child.start()
        child.join()
        assert child.exitcode == -signal.SIGKILL, f"step {step}: not killed ({child.exitcode})"
        outcomes.append(_check_whole_set(work, runs, sets, f"step {step}"))
    print("\nstep outcomes:", outcomes)
    flips = [i for i in range(1, len(outcomes)) if outcomes[i] != outcomes[i - 1]]
    assert outcomes[0] == "old" and outcomes[-1] == "new" and len(flips) == 1, "the set must switch once, at the commit"


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


@pytest.mark.parametrize("lands", [True, False], ids=["committed", "rolled-back"])
def test_a_file_the_new_set_no_longer_has_goes_with_the_set(tmp_path, lands):
    """A page of the old report that the new one does not have (content None) is removed only when the set commits."""
    page, report = tmp_path / "page-2.html", tmp_path / "report.json"
    page.write_text("old page")
    report.write_text("old")
    recorded = []

    def commit(token):
        if not lands:
            raise StoreError("disk full")
        recorded.append(token)

    try:
        commit_set([(report, "new"), (page, None)], tmp_path / "fc.db.commit", commit, lambda token: token in recorded)
    except StoreError:
        pass
    assert page.exists() is not lands and report.read_text() == ("new" if lands else "old")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["report.json"] + ([] if lands else ["page-2.html"]))
