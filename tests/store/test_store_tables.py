"""The SQLite store: tables, locations, the ledger mirror, views, full-text search, and whole-run transactions."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from factcheck.app.artifacts import run_context
from factcheck.app.check import gate_scan
from factcheck.store import latest_scan, record_run
from factcheck.store import database
from factcheck.store.database import open_db
from factcheck.triage.ledger import load_ledger
from factcheck.models import TriageDecision
from factcheck.errors import StoreError

ARTICLES = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
    "c.md": "Zephyr released Nimbus-3, a model with 40 billion parameters.\n",
    "d.md": "Nimbus-3 has 70 billion parameters, according to Zephyr.\n",
}


@pytest.fixture(scope="module")
def gated(toolkit, tmp_path_factory):
    from factcheck.api import scan

    folder = tmp_path_factory.mktemp("arts")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    result = scan([folder], toolkit=toolkit)
    ledger = load_ledger(tmp_path_factory.mktemp("l") / "l.yml")
    return gate_scan(result, toolkit, ledger=ledger)


def record(path, gated, ledger=None):
    paths = {d.id: f"articles/{d.id}" for d in gated.result.documents}
    return record_run(path, gated.report, run_context(gated, paths, "error"), ledger)


def test_a_run_writes_findings_with_locations_and_a_run_row(tmp_path, gated):
    db_path = tmp_path / "fc.db"
    run = record(db_path, gated)
    db = sqlite_utils.Database(db_path)
    assert {"documents", "claims", "findings", "finding_claims", "finding_locations", "absent_findings", "runs", "triage",
            "extractions", "scan_results", "claims_fts"} <= set(db.table_names())
    assert {"open_findings", "finding_quotes"} <= set(db.view_names())
    conflicts = list(db.query("select id, file, line, blocking, status from findings where verdict = 'conflict' order by id"))
    assert len(conflicts) == 2 and all(r["blocking"] == 1 and r["status"] == "new" for r in conflicts)
    places = list(db.query("select position, file, line from finding_locations where finding = ?", [conflicts[0]["id"]]))
    assert [p["position"] for p in places] == [0, 1] and all(p["file"].startswith("articles/") for p in places)
    [row] = db.query("select documents, extracted, blocking, fail_on from runs where id = ?", [run])
    assert row == {"documents": 4, "extracted": 4, "blocking": 2, "fail_on": "error"}  # no cache: every article extracted


def test_full_text_search_finds_claims_by_their_quote(tmp_path, gated):
    db_path = tmp_path / "fc.db"
    record(db_path, gated)
    hits = list(sqlite_utils.Database(db_path)["claims"].search("Zephyr"))
    assert sorted(h["document"] for h in hits) == ["c.md", "d.md"]


def test_open_findings_follow_the_ledger_mirror(tmp_path, gated):
    """A confirmed finding leaves `open_findings` as soon as the ledger is mirrored."""
    db_path = tmp_path / "fc.db"
    ledger = load_ledger(tmp_path / "l.yml")
    record(db_path, gated, ledger)
    db = sqlite_utils.Database(db_path)
    first = [r["id"] for r in db.query("select id from open_findings")]
    assert len(first) == 2
    victim = next(f for f in gated.report.findings if f.id == first[0])
    ledger.record(victim, TriageDecision(state="confirmed", reason="known"))
    record(db_path, gated, ledger)
    assert [r["id"] for r in db.query("select id from open_findings")] == first[1:]
    assert [r["state"] for r in db.query("select state from triage")] == ["confirmed"]


def test_an_interrupted_run_leaves_the_previous_scan_whole(tmp_path, gated, monkeypatch):
    """SIGINT while writing: the transaction rolls back; the database still holds the last complete run."""
    db_path = tmp_path / "fc.db"
    record(db_path, gated)
    before = sqlite_utils.Database(db_path).execute("select count(*) from findings").fetchone()[0]

    original = database._update_rows

    def interrupted(db, table, *args, **kwargs):
        original(db, table, *args, **kwargs)
        if table == "finding_locations":  # the findings and their claims written, not yet the rest
            raise KeyboardInterrupt

    monkeypatch.setattr(database, "_update_rows", interrupted)
    with pytest.raises(KeyboardInterrupt):
        record(db_path, gated)
    monkeypatch.undo()
    db = sqlite_utils.Database(db_path)
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert db.execute("select count(*) from runs").fetchone()[0] == 1
    assert db.execute("select count(*) from findings").fetchone()[0] == before
    assert latest_scan(db_path).run == 1


def test_a_store_from_an_older_version_gains_the_new_columns(tmp_path, gated):
    db_path = tmp_path / "fc.db"
    old = sqlite3.connect(db_path)
    old.execute("create table runs (id integer primary key, started text, documents integer)")
    old.execute("create table findings (id text primary key, rule text)")
    old.commit()
    old.close()
    run = record(db_path, gated)
    db = sqlite_utils.Database(db_path)
    assert {"blocking", "absent", "extracted"} <= set(db["runs"].columns_dict)
    assert latest_scan(db_path).run == run


@pytest.mark.parametrize("setup", ["no-file", "empty-db"])
def test_reading_the_latest_scan_before_any_scan_says_to_run_one(tmp_path, setup):
    db_path = tmp_path / "fc.db"
    if setup == "empty-db":
        open_db(db_path).close()
    with pytest.raises(StoreError, match="run factcheck scan first"):
        latest_scan(db_path)
