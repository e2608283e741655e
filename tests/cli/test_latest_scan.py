"""One latest scan: `explain`, `claims` and `triage` read the same run from the store, whatever --out was."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from factcheck.cli import main

FIRST = {
    "a.md": "Acme released Rocket-7, a model with 130 billion parameters.\n",
    "b.md": "Rocket-7 has 100 billion parameters, according to Acme.\n",
}
SECOND = {
    "c.md": "Zephyr released Nimbus-3, a model with 40 billion parameters.\n",
    "d.md": "Nimbus-3 has 70 billion parameters, according to Zephyr.\n",
}


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write(folder, files):
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def project(tmp_path, monkeypatch):
    """Two scans into one store: the first with the default --out, the second into another folder."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "first", FIRST)
    write(tmp_path / "second", SECOND)
    assert invoke("scan", "first", "-q").exit_code == 1
    assert invoke("scan", "second", "-q", "--out", "elsewhere", "--db", "reports/factcheck.db").exit_code == 1
    return tmp_path


def entities_of(stdout: str) -> set[str]:
    return {c["entity"] for c in json.loads(stdout) if c["entity"]}


@pytest.mark.parametrize(
    ("command", "shows"),
    [
        (["claims", "--format", "json"], lambda out: entities_of(out) == {"Nimbus-3"}),
        (["triage", "list"], lambda out: "Nimbus-3" in out and "Rocket-7" not in out),
    ],
    ids=["claims", "triage"],
)
def test_every_reader_sees_the_latest_run_in_the_store(project, command, shows):
    res = invoke(*command)
    assert res.exit_code == 0, res.output
    assert shows(res.stdout)


def test_explain_finds_the_latest_run_s_finding_that_triage_lists(project):
    listed = invoke("triage", "list").stdout.splitlines()[0].split()[0]
    res = invoke("explain", listed[:8])
    assert res.exit_code == 0, res.output
    assert "Nimbus-3" in res.stdout


def test_a_report_file_given_explicitly_is_read_instead(project):
    res = invoke("claims", "--format", "json", "--report", "reports/report.json")
    assert entities_of(res.stdout) == {"Rocket-7"}, "reports/report.json is the first scan's"


@pytest.mark.parametrize("command", [["explain", "abcd"], ["claims"], ["triage", "list"]])
def test_no_store_yet_exits_2_with_what_to_do(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    res = invoke(*command)
    assert res.exit_code == 2
    assert "no scan recorded yet; run factcheck scan first" in res.stderr


def test_a_store_from_before_the_report_table_asks_for_a_new_scan(project):
    with sqlite3.connect(project / "reports" / "factcheck.db") as db:
        db.execute("drop table report")
    res = invoke("claims")
    assert res.exit_code == 2
    assert "run factcheck scan again" in res.stderr
